package corpus

// Running a batch: the jobs of a shard through a pool of workers, and
// the summaries.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/internal/atomicfile"
)

// A Shard is part I of N of a manifest: every N-th job, starting at the
// I-th (0-based), in manifest order. N shards cover the manifest once.
type Shard struct{ I, N int }

// ParseShard reads "I/N", 0 ≤ I < N.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("--shard %q: want I/N, 0 ≤ I < N (such as 0/4: the first of four shards)", s)
	}
	return Shard{I: i, N: n}, nil
}

// whole reports the shard that is the whole manifest.
func (s Shard) whole() bool { return s.N <= 1 }

// Pick returns the shard's jobs.
func (s Shard) Pick(jobs []Job) []Job {
	if s.whole() {
		return jobs
	}
	var out []Job
	for k := s.I; k < len(jobs); k += s.N {
		out = append(out, jobs[k])
	}
	return out
}

// SummaryName returns the name of the summary with extension ext
// (".tsv", ".jsonl") in the output folder: summary.tsv, or for a shard
// summary.shard-I-of-N.tsv, so that the shards of one run can share a
// folder.
func (s Shard) SummaryName(ext string) string {
	if s.whole() {
		return "summary" + ext
	}
	return fmt.Sprintf("summary.shard-%d-of-%d%s", s.I, s.N, ext)
}

// Run runs the jobs of the shard o.Shard, o.Jobs at a time, reports each
// to progress as it ends, writes the summaries and returns the results
// in manifest order. A job's failure is in its result; the error is for
// what stops the whole run (the summaries cannot be written).
func Run(jobs []Job, o Options, progress Progress) ([]Result, error) {
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, editions.WithPath(o.Dir, err) // "out: not a directory", not "mkdir out: …"
	}
	mine := o.Shard.Pick(jobs)
	o.removeLeftovers(mine)
	results := make([]Result, len(mine))
	workers := max(1, min(o.Jobs, len(mine)))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex // progress
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				res, skipped := Result{}, false
				if !o.Force {
					res, skipped = o.done(mine[k])
				}
				if !skipped {
					res = o.run(mine[k])
				}
				results[k] = res
				mu.Lock()
				progress.Done(res, skipped)
				mu.Unlock()
			}
		}()
	}
	progress.Start(len(mine))
	for k := range mine {
		next <- k
	}
	close(next)
	wg.Wait()
	progress.Finish()
	header := o.Shard.whole() || o.Shard.I == 0
	if err := atomicfile.Write(filepath.Join(o.Dir, o.Shard.SummaryName(".tsv")), func(w io.Writer) error {
		return WriteTSV(w, results, header)
	}); err != nil {
		return results, err
	}
	return results, atomicfile.Write(filepath.Join(o.Dir, o.Shard.SummaryName(".jsonl")), func(w io.Writer) error {
		return WriteJSONL(w, results)
	})
}

// removeLeftovers removes the temporary files that a run of these jobs
// killed outright (SIGKILL, a machine lost; on SIGTERM and SIGINT it
// cleans up) left in the output folder: those of the jobs' files and
// records and of the shard's summaries, never another shard's, which may
// be running beside this one.
func (o *Options) removeLeftovers(jobs []Job) {
	entries, err := os.ReadDir(o.Dir)
	if err != nil {
		return
	}
	mine := map[string]bool{o.Shard.SummaryName(".tsv"): true, o.Shard.SummaryName(".jsonl"): true}
	for _, job := range jobs {
		mine[filepath.Base(o.recordPath(job.ID))] = true
		for _, f := range o.formats() {
			mine[filepath.Base(o.outputPath(job.ID, f))] = true
		}
	}
	for _, e := range entries {
		if target, ok := atomicfile.TemporaryOf(e.Name()); ok && mine[target] {
			os.Remove(filepath.Join(o.Dir, e.Name()))
		}
	}
}
