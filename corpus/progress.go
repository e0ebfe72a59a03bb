package corpus

// Progress of a batch on stderr.

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Progress hears of a batch's jobs as they end. Run calls Done from one
// goroutine at a time.
type Progress interface {
	Start(jobs int)
	Done(res Result, skipped bool)
	Finish()
}

// NewProgress returns the progress report written to w: on a terminal
// (terminal set) a line redrawn in place with a bar, the jobs done, the
// sentences aligned per second and the time left; elsewhere a line per
// job. Quiet leaves out all but failures and warnings, which are always
// said.
func NewProgress(w io.Writer, terminal, quiet bool) Progress {
	return &report{w: w, terminal: terminal && !quiet, quiet: quiet}
}

type report struct {
	w               io.Writer
	terminal, quiet bool
	total, done     int
	ran             int // jobs run, not skipped
	sentences       int // of the jobs run
	start           time.Time
	drawn           bool
}

func (r *report) Start(jobs int) {
	r.total, r.start = jobs, time.Now()
	r.draw()
}

func (r *report) Done(res Result, skipped bool) {
	r.done++
	n := 0
	for _, e := range res.Editions {
		n += e.Sentences
	}
	if !skipped {
		r.ran++
		r.sentences += n
	}
	r.clear()
	switch {
	case res.Status != StatusOK:
		fmt.Fprintf(r.w, "synoptic: job %s (line %d) failed: %s\n", res.ID, res.Line, res.Message)
	case !r.quiet && !r.terminal:
		what := fmt.Sprintf("%d sentences, %.2f s", n, res.Seconds)
		if skipped {
			what = "done before, skipped"
		}
		fmt.Fprintf(r.w, "synoptic: [%d/%d] %s: %s\n", r.done, r.total, res.ID, what)
	}
	if !skipped {
		for _, w := range res.Warnings {
			fmt.Fprintf(r.w, "synoptic: warning: job %s: %s\n", res.ID, w)
		}
	}
	r.draw()
}

func (r *report) Finish() {
	r.clear()
	if r.quiet {
		return
	}
	el := time.Since(r.start)
	fmt.Fprintf(r.w, "synoptic: %d jobs, %d run (%d sentences, %.0f sentences/s), %d skipped as done, in %s\n",
		r.total, r.ran, r.sentences, r.rate(el), r.done-r.ran, el.Round(time.Millisecond))
}

func (r *report) rate(el time.Duration) float64 {
	if el <= 0 {
		return 0
	}
	return float64(r.sentences) / el.Seconds()
}

// barWidth is the width of the bar, in cells: with the figures beside
// it, the line fits in 80 columns.
const barWidth = 24

// draw redraws the progress line, on a terminal.
func (r *report) draw() {
	if !r.terminal {
		return
	}
	el := time.Since(r.start)
	filled := 0
	if r.total > 0 {
		filled = barWidth * r.done / r.total
	}
	eta := "ETA -"
	if r.ran > 0 && r.done < r.total {
		left := time.Duration(float64(el) / float64(r.ran) * float64(r.total-r.done))
		eta = "ETA " + left.Round(time.Second).String()
	}
	fmt.Fprintf(r.w, "\r[%s%s] %d/%d jobs, %.0f sentences/s, %s\x1b[K",
		strings.Repeat("#", filled), strings.Repeat(".", barWidth-filled), r.done, r.total, r.rate(el), eta)
	r.drawn = true
}

// clear erases the progress line, so that a message takes its place.
func (r *report) clear() {
	if r.drawn {
		fmt.Fprint(r.w, "\r\x1b[K")
		r.drawn = false
	}
}
