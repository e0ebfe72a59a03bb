//go:build linux

package review

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// treeCPU is the processor time used so far by process pid and the
// processes under it (a browser and its renderers), from /proc: by
// process, so that a process started since counts from nothing.
func treeCPU(pid int) (map[int]time.Duration, bool) {
	dirs, err := os.ReadDir("/proc")
	if err != nil {
		return nil, false
	}
	parent := map[int]int{}
	used := map[int]time.Duration{}
	for _, d := range dirs {
		p, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		data, err := os.ReadFile("/proc/" + d.Name() + "/stat")
		if err != nil {
			continue
		}
		// The fields after the command's name, which ends at the last
		// ")": state, ppid, ..., utime and stime (the 12th and 13th).
		f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
		if len(f) < 13 {
			continue
		}
		pp, _ := strconv.Atoi(f[1])
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		parent[p] = pp
		used[p] = time.Duration(ut+st) * time.Second / clockTicks
	}
	out := map[int]time.Duration{}
	for p, t := range used {
		for q := p; q > 1; q = parent[q] {
			if q == pid {
				out[p] = t
				break
			}
		}
	}
	return out, len(out) > 0
}

// clockTicks is the unit of /proc's times: USER_HZ, 100 on Linux
// (sysconf(_SC_CLK_TCK) on every architecture Go supports).
const clockTicks = 100

// cpuSince is the processor time the processes of now used since then.
func cpuSince(then, now map[int]time.Duration) time.Duration {
	var d time.Duration
	for p, t := range now {
		d += t - then[p]
	}
	return d
}
