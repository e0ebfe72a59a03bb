//go:build !linux

package review

import "time"

// treeCPU is not measured here (it reads Linux's /proc): the browser's
// benchmarks report the clock alone.
func treeCPU(pid int) (map[int]time.Duration, bool) { return nil, false }

func cpuSince(then, now map[int]time.Duration) time.Duration { return 0 }
