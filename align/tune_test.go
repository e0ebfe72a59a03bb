package align

import (
	"os"
	"sort"
	"testing"
)

// TestTune searches the cost model's weights by coordinate descent on the
// Text+Berg dev document, printing the test score of each improvement
// for information only. Run with ALIGN_TUNE=1; results are copied by hand
// into defaultParams.
func TestTune(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") == "" {
		t.Skip("set ALIGN_TUNE=1 to tune the cost model on the dev set")
	}
	p := defaultParams()
	k := knobs(p)
	names := make([]string, 0, len(k))
	for name := range k {
		names = append(names, name)
	}
	sort.Strings(names)
	best := scoreWith(t, p, "dev").F1
	t.Logf("start dev F1 %.4f test %s", best, fmtScores(scoreWith(t, p, testDocs...)))
	for round := 0; round < 2; round++ {
		for _, name := range names {
			ptr := k[name]
			for _, f := range []float64{1.5, 1 / 1.5, 1.2, 1 / 1.2} {
				old := *ptr
				*ptr = old * f
				if v := scoreWith(t, p, "dev").F1; v > best+1e-9 {
					best = v
					t.Logf("%s=%.4g dev F1 %.4f test %s", name, *ptr, best, fmtScores(scoreWith(t, p, testDocs...)))
				} else {
					*ptr = old
				}
			}
		}
	}
}
