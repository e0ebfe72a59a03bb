//go:build !unix

package cputime

import "time"

// Process is not measured here: benchmarks report the clock alone.
func Process() (time.Duration, bool) { return 0, false }
