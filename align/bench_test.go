package align

import (
	"runtime"
	"testing"
	"time"

	"github.com/synoptic-text/synoptic/internal/cputime"
)

// TestSynthetic checks the aligner on a generated text where the gold is
// known: with lengths, numbers, names and learnt word pairs to go on, it
// should get nearly all of it.
func TestSynthetic(t *testing.T) {
	a, b, gold := synthetic(3000)
	al := alignSentences(a, b)
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	s := Score([][]Bead{gold}, [][]Bead{al.Beads()})
	t.Logf("synthetic 3000: %s", fmtScores(s))
	if s.F1 < 0.95 {
		t.Errorf("strict F1 %.3f < 0.95 on synthetic text", s.F1)
	}
}

// benchmarkAlign aligns the synthetic texts of n sentences. Beside the
// clock it reports the processor time of the alignments alone (cpu-s/op,
// both cores, the making of the texts left out), which other processes
// on a shared machine inflate far less than the clock, the strict F1
// against the gold, and the peak heap.
func benchmarkAlign(b *testing.B, n int) {
	a, bb, gold := synthetic(n)
	b.ResetTimer()
	var peak uint64
	var al *Alignment
	var cpu time.Duration
	for range b.N {
		start, ok := cputime.Process()
		al = alignSentences(a, bb)
		if end, _ := cputime.Process(); ok {
			cpu += end - start
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapSys)
	}
	b.StopTimer()
	s := Score([][]Bead{gold}, [][]Bead{al.Beads()})
	b.ReportMetric(s.F1, "F1")
	b.ReportMetric(float64(peak)/(1<<20), "MB-heap")
	if cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
}

// The sizes of the issue: a book is about 10k sentences, a corpus 100k.
func BenchmarkAlign10k(b *testing.B)  { benchmarkAlign(b, 10000) }
func BenchmarkAlign100k(b *testing.B) { benchmarkAlign(b, 100000) }
