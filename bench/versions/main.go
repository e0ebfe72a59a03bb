// Command versions measures synoptic's comparison of versions of one text
// on texts that repeat themselves, where a diff that pairs only unique
// sentences goes wrong (issue 14). It prints, for each case, what a user
// would check by eye:
//
//   - Psalm 136, King James Version against American Standard Version
//     (../shared/eval/bible, running text; a refrain in every verse, and
//     the two versions end their sentences at different verses): how
//     many verses lie in the row of the same verse of the other version,
//     the verses located by their text from the .tsv files, and how many
//     rows are called moved (none should be); the same for Genesis, Ruth,
//     Jonah and Mark, texts without refrains, for reference.
//   - Verne's Around the World in Eighty Days in English
//     (../shared/eval/verne) three times over, against a copy of that
//     with edits made here with a fixed seed: sentences deleted,
//     sentences inserted, a word substituted in others, one paragraph of
//     the second copy moved twenty paragraphs on. Every sentence's row is
//     checked against where the edits put it: the edits found (a deleted
//     sentence alone in a deleted row, an inserted one in an inserted
//     row, a substituted one in a changed row with its own counterpart,
//     the moved paragraph's sentences in moved rows pointing at their own
//     new place), the moves reported that are not the real one, and the
//     sentences in any other row than expected. Then the coverage report
//     read from that comparison (synoptic coverage of the two): the
//     deleted sentences must be its omissions and nothing else, the
//     inserted ones its additions and nothing else, the moved paragraph
//     covered, and no mismatch (coverage.go).
//   - "Amen." on 50,000 lines against the same with four edits (one
//     sentence changed in a word, one in punctuation, one deleted, one
//     inserted): rows other than equal, moves, and the time and memory
//     of the comparison. It needs no evaluation data.
//   - Inputs built to be hard, one sentence a line: two lines alternating
//     against the same two swapped, one line repeated against half as
//     many, 50,000 distinct lines against the same shuffled, and against
//     50,000 others with no word in common: the rows by kind, the time
//     and the memory.
//
// Time is that of align.Align on editions already read, the best of
// -runs runs; memory is the peak of the Go heap sampled every
// millisecond during one comparison, less the heap before it, and the
// bytes it allocated in all, both beside the size of the two input texts.
//
// Run it from the repository root:
//
//	go run ./bench/versions [-eval ../shared/eval] [-seed 1] [-runs 3] [-v]
//
// -v lists every check that fails.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

func main() {
	eval := flag.String("eval", evaldata.Path("eval"), "evaluation data directory")
	seed := flag.Int64("seed", 1, "random seed of the edits to Verne")
	runs := flag.Int("runs", 3, "runs of each comparison timed (the best is printed)")
	verbose := flag.Bool("v", false, "list every failed check")
	flag.Parse()
	ok := true
	if _, err := os.Stat(*eval); err != nil {
		fmt.Fprintf(os.Stderr, "versions: evaluation data not found at %s (it lives beside the repository; see -eval): Psalm 136 and Verne skipped\n", *eval)
	} else {
		ok = bible(*eval, *runs) && ok
		ok = verne(*eval, *seed, *runs, *verbose) && ok
	}
	ok = amen(*runs, *verbose) && ok
	pathological(*runs)
	if !ok {
		os.Exit(1)
	}
}

// compare aligns b to a as versions, runs times, and returns the
// alignment and the measures of the comparison.
func compare(a, b *editions.Edition, runs int) (*align.Alignment, measures) {
	var al *align.Alignment
	var m measures
	for r := 0; r < max(1, runs); r++ {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		var peak atomic.Uint64
		done := make(chan struct{})
		sampled := make(chan struct{})
		go func() {
			defer close(sampled)
			var ms runtime.MemStats
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peak.Load() {
					peak.Store(ms.HeapAlloc)
				}
				select {
				case <-done:
					return
				case <-time.After(time.Millisecond):
				}
			}
		}()
		start := time.Now()
		al, _ = align.Align([]*editions.Edition{a, b}, align.Options{Mode: align.VersionsMode})
		el := time.Since(start)
		close(done)
		<-sampled
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		if r == 0 || el < m.elapsed {
			m.elapsed = el
		}
		m.peak = max(m.peak, peak.Load()-min(peak.Load(), before.HeapAlloc))
		m.alloc = after.TotalAlloc - before.TotalAlloc
	}
	m.input = len(a.Text) + len(b.Text)
	return al, m
}

type measures struct {
	elapsed     time.Duration
	peak, alloc uint64
	input       int
}

func (m measures) String() string {
	return fmt.Sprintf("%v; heap peak %.1f MB, allocated %.1f MB, for %.2f MB of input (peak %.1f×)",
		m.elapsed.Round(time.Millisecond), float64(m.peak)/1e6, float64(m.alloc)/1e6, float64(m.input)/1e6, float64(m.peak)/float64(m.input))
}

// kinds counts the rows of al by kind.
func kinds(al *align.Alignment) map[align.RowKind]int {
	out := map[align.RowKind]int{}
	for _, r := range al.Rows {
		out[r.Kind]++
	}
	return out
}

// rowsOf returns, for each sentence of edition e, the index of its row.
func rowsOf(al *align.Alignment, e int) []int {
	out := make([]int, len(al.Editions[e].Sentences))
	for k, r := range al.Rows {
		for _, s := range r.Cells[e] {
			out[s] = k
		}
	}
	return out
}

// bible compares the KJV and the ASV of Psalm 136, and of the other
// books both have in the evaluation data for reference, and reports
// whether every verse of the psalm is in the row of the same verse,
// with no row moved.
func bible(eval string, runs int) bool {
	ok := true
	for _, book := range []string{"Ps136", "Gen", "Ruth", "Jonah", "Mark"} {
		same, total, moved, n, m, ms, err := sameRows(filepath.Join(eval, "bible"), book, runs)
		if err != nil {
			fmt.Fprintln(os.Stderr, "versions:", err)
			return false
		}
		name := book
		if book == "Ps136" {
			name = "Psalm 136"
			ok = same == total && moved == 0
		}
		fmt.Printf("%s, KJV against ASV (%d and %d sentences): %d of %d verses in the row of the same verse, %d rows moved; %v\n",
			name, n, m, same, total, moved, ms.elapsed.Round(time.Millisecond))
	}
	return ok
}

// sameRows compares book in the KJV and the ASV, and counts the verses
// in the row of the same verse of the other version.
func sameRows(dir, book string, runs int) (same, total, moved, n, m int, ms measures, err error) {
	var eds []*editions.Edition
	var verses []map[string]int
	for _, v := range []string{"en-KJV", "en-ASV"} {
		e, err := editions.Read(filepath.Join(dir, v+"."+book+".txt"), editions.Options{})
		if err != nil {
			return 0, 0, 0, 0, 0, ms, err
		}
		at, err := locateVerses(filepath.Join(dir, v+"."+book+".tsv"), e)
		if err != nil {
			return 0, 0, 0, 0, 0, ms, err
		}
		eds = append(eds, e)
		verses = append(verses, at)
	}
	al, ms := compare(eds[0], eds[1], runs)
	ra, rb := rowsOf(al, 0), rowsOf(al, 1)
	for ref, i := range verses[0] {
		j, ok := verses[1][ref]
		if !ok {
			continue
		}
		total++
		if ra[i] == rb[j] {
			same++
		}
	}
	return same, total, kinds(al)[align.Moved], len(eds[0].Sentences), len(eds[1].Sentences), ms, nil
}

// locateVerses returns the sentence of e where each verse of the .tsv
// file begins.
func locateVerses(tsv string, e *editions.Edition) (map[string]int, error) {
	verses, err := evaldata.ReadVerses(tsv)
	if err != nil {
		return nil, err
	}
	starts, err := evaldata.VerseStarts(verses, e.Text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tsv, err)
	}
	out := map[string]int{}
	s := 0
	for k, v := range verses {
		for s+1 < len(e.Sentences) && int(e.Sentences[s].End) <= starts[k] {
			s++
		}
		out[v.Ref] = s
	}
	return out, nil
}
