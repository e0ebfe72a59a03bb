//go:build unix

package align

import (
	"syscall"
	"time"
)

// processCPU is the processor time this process has used (user and
// system), which, unlike the time on the clock, does not grow when other
// processes hold the processors.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
