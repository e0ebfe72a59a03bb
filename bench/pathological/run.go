package main

// One case, run in a process of its own (the child): every stage of what
// the synoptic command does with the files, each timed, with the peak of
// the heap during it; then the peak resident memory of the whole process.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// stageNames are the stages in the order run and shown.
var stageNames = []string{"read", "align", "view", "html", "json", "coverage", "segment"}

// runChild runs case c on the files in dir, writing a line per stage to
// out ("start NAME" before it, "stage NAME SECONDS PEAKHEAP OUTBYTES
// CPUSECONDS" after), its resident memory before the first stage, "floor BYTES", and its peak at the end, "rss BYTES". With profile set, it writes a CPU
// profile there; with memProfiles set, a heap profile after each stage
// in that directory.
func runChild(c benchCase, dir string, files []input, profile, memProfiles string, out io.Writer) error {
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		stopProfile := func() {
			pprof.StopCPUProfile()
			f.Close()
		}
		defer stopProfile()
		// A case stopped for taking too long still leaves its profile,
		// which shows where the time went.
		interrupt := make(chan os.Signal, 1)
		signal.Notify(interrupt, os.Interrupt)
		go func() {
			<-interrupt
			stopProfile()
			os.Exit(3)
		}()
	}
	// What the process holds before it reads anything: the program,
	// the runtime and what the packages' initialisers made, which no
	// input changes ("floor", against "rss" at the end).
	fmt.Fprintf(out, "floor %.0f\n", procStatus(os.Getpid(), "VmRSS:"))
	var peak atomic.Uint64
	var live liveWatch
	stop := make(chan struct{})
	defer close(stop)
	go sampleHeap(&peak, &live, stop)

	var eds []*editions.Edition
	var al *align.Alignment
	stage := func(name string, release func(), run func(w io.Writer) error) error {
		fmt.Fprintf(out, "start %s\n", name)
		if release != nil {
			release()
		}
		runtime.GC()
		peak.Store(heapBytes())
		if memProfiles != "" {
			live.start(filepath.Join(memProfiles, c.name+"-"+name+"-live.heap"))
		}
		cw := &countWriter{}
		t, cpu := time.Now(), cpuSeconds()
		err := run(cw)
		d, dcpu := time.Since(t), cpuSeconds()-cpu
		if h := heapBytes(); h > peak.Load() {
			peak.Store(h)
		}
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		fmt.Fprintf(out, "stage %s %.3f %d %d %.3f\n", name, d.Seconds(), peak.Load(), cw.n, dcpu)
		if memProfiles != "" {
			live.stop()
			return writeHeapProfile(filepath.Join(memProfiles, c.name+"-"+name+".heap"))
		}
		return nil
	}
	// A step's release lets go, before the stage's collection, of what
	// the command it stands for would not hold: the stage then starts
	// from the heap that command would start from, not with a heap
	// goal set by structures it never has.
	steps := []struct {
		name    string
		release func()
		run     func(w io.Writer) error
	}{
		{"read", nil, func(io.Writer) error {
			for _, f := range files {
				e, err := editions.Read(filepath.Join(dir, f.name), editions.Options{Lang: f.lang})
				if err != nil {
					return err
				}
				eds = append(eds, e)
			}
			return nil
		}},
		{"align", nil, func(io.Writer) error {
			al, _ = align.Align(eds, align.Options{Mode: c.mode})
			if c.copies {
				writeOwn(out, al)
			}
			return nil
		}},
		{"view", nil, func(w io.Writer) error {
			return output.WriteView(w, al, output.ViewOptions{Width: output.DefaultWidth, Color: true})
		}},
		{"html", nil, func(w io.Writer) error {
			return output.WriteAlignmentHTML(w, al, output.HTMLOptions{})
		}},
		{"json", nil, func(w io.Writer) error { return output.WriteAlignmentJSON(w, al) }},
		{"coverage", func() {
			if len(eds) != 2 {
				// synoptic coverage holds no other alignment: the
				// case's own, which no later stage reads, is let go
				// before the stage starts.
				al = nil
			}
		}, func(w io.Writer) error {
			// As synoptic coverage --mode MODE, the case's mode, of
			// the first two editions: the alignment of a case of two
			// editions is that very alignment (a translation's, or a
			// comparison of versions, on whose rows the report is
			// read), and is reused; with more editions, the first two
			// are aligned in that mode. Then the report in text and
			// JSON.
			cal := al
			if cal == nil {
				cal, _ = align.Align(eds[:2], align.Options{Mode: c.mode})
			}
			rep := align.Coverage(cal, align.CoverageOptions{})
			if err := output.WriteCoverage(w, rep, "text", output.DefaultWidth, output.BidiTerminal); err != nil {
				return err
			}
			return output.WriteCoverage(w, rep, "json", 0, output.BidiTerminal)
		}},
		{"segment", nil, func(w io.Writer) error {
			return output.WriteSegmentation(w, eds[0], "text", output.DefaultWidth, output.BidiTerminal)
		}},
	}
	for _, s := range steps {
		if err := stage(s.name, s.release, s.run); err != nil {
			return err
		}
	}
	fmt.Fprintf(out, "rss %.0f\n", peakRSS(os.Getpid()))
	return nil
}

// writeHeapProfile writes the heap profile to path.
func writeHeapProfile(path string) error {
	// The profile's in-use figures are those of the last collection:
	// one now makes them what the stage left live.
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// cpuSeconds returns the processor time the process has used, user and
// system, on every core.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// heapBytes returns the bytes of the heap's objects, live or not yet
// collected.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap keeps in peak the largest heap seen, reading it every
// millisecond until stop is closed, and has live look at the live heap
// as often. (runtime/metrics does not stop the world, unlike
// runtime.ReadMemStats.)
func sampleHeap(peak *atomic.Uint64, live *liveWatch, stop chan struct{}) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if h := heapBytes(); h > peak.Load() {
				peak.Store(h)
			}
			live.check()
		}
	}
}

// A liveWatch writes, while a stage runs, the heap profile of the
// largest live heap a collection found during it: the peak heap is that
// live heap and what was allocated before the next collection, and a
// profile after the stage shows only what the stage kept, not what it
// held on the way. Whenever a collection has found a live heap a tenth
// larger than the largest before (and more than 4 MB), the profile is
// written (after a collection of its own: a heap profile is as of the
// last collection but one), and the last written is of the largest,
// within a tenth. The collections it makes lower the peaks a little.
type liveWatch struct {
	mu   sync.Mutex
	path string // "" when no stage is watched
	most uint64
}

// start watches a stage, writing to path.
func (w *liveWatch) start(path string) {
	w.mu.Lock()
	w.path, w.most = path, 4<<20
	w.mu.Unlock()
}

// stop ends the watch of the stage.
func (w *liveWatch) stop() {
	w.mu.Lock()
	w.path = ""
	w.mu.Unlock()
}

// check writes the profile if the live heap has grown a tenth.
func (w *liveWatch) check() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.path == "" {
		return
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if h := s[0].Value.Uint64(); h > w.most+w.most/10 {
		w.most = h
		if err := writeHeapProfile(w.path); err != nil {
			fmt.Fprintln(os.Stderr, err)
			w.path = ""
		}
	}
}

// peakRSS returns the peak resident memory of process pid, VmHWM in
// /proc/PID/status (Linux), or 0 where that cannot be read. getrusage is
// no use here: a child's ru_maxrss starts from its parent's peak at the
// fork, and the parent holds the inputs it made.
func peakRSS(pid int) float64 { return procStatus(pid, "VmHWM:") }

// procStatus returns the memory figure named field ("VmHWM:", "VmRSS:")
// in /proc/PID/status, in bytes, or 0 where that cannot be read.
func procStatus(pid int, field string) float64 {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			if err == nil {
				return kb * 1024
			}
		}
	}
	return 0
}

// A countWriter counts the bytes written to it and drops them.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// A result is what the child reported of one case.
type result struct {
	stages  map[string][4]float64 // seconds, peak heap, output bytes, processor seconds
	started string                // the last stage started
	rss     float64
	floor   float64 // the resident memory before the first stage
	// own is the child's ownShare, for a case of copies: source
	// sentences with their own translation, all of them, Moved rows.
	own []int
}

// parseChild reads the child's lines.
func parseChild(r io.Reader) result {
	res := result{stages: map[string][4]float64{}}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "start":
			res.started = f[1]
		case len(f) == 2 && f[0] == "rss":
			fmt.Sscan(f[1], &res.rss)
		case len(f) == 4 && f[0] == "own":
			res.own = make([]int, 3)
			for i := range res.own {
				fmt.Sscan(f[1+i], &res.own[i])
			}
		case len(f) == 2 && f[0] == "floor":
			fmt.Sscan(f[1], &res.floor)
		case len(f) == 6 && f[0] == "stage":
			var v [4]float64
			for i := range v {
				fmt.Sscan(f[2+i], &v[i])
			}
			res.stages[f[1]] = v
		}
	}
	return res
}
