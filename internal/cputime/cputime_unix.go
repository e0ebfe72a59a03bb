//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Process is the processor time this process has used (user and
// system), which, unlike the time on the clock, does not grow when other
// processes hold the processors; false where it cannot be read.
func Process() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
