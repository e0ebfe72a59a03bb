//go:build !unix

package align

import "time"

// processCPU is not measured here: benchmarks report the clock alone.
func processCPU() (time.Duration, bool) { return 0, false }
