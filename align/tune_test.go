package align

import (
	"math"
	"os"
	"testing"
)

// TestTune searches the cost model's weights by coordinate descent on the
// Text+Berg dev document, printing the test score of each improvement
// for information only. Run with ALIGN_TUNE=1; the result is copied by
// hand into defaultParams.
func TestTune(t *testing.T) {
	if os.Getenv("ALIGN_TUNE") == "" {
		t.Skip("set ALIGN_TUNE=1 to tune the cost model on the dev set")
	}
	p := defaultParams()
	knobs := []struct {
		name string
		ptr  *float64
	}{
		{"ext10", &p.extend[1]}, {"ext01", &p.extend[2]}, {"raw", &p.raw}, {"miss", &p.miss}, {"sim", &p.sim}, {"simBase", &p.simBase}, {"delLen", &p.delLen}, {"variance", &p.variance},
		{"prior11", &p.prior[0]}, {"prior10", &p.prior[1]}, {"prior01", &p.prior[2]},
		{"prior21", &p.prior[3]}, {"prior12", &p.prior[4]}, {"prior22", &p.prior[5]},
		{"prior13", &p.prior[6]}, {"prior31", &p.prior[7]},
		{"wWord", &p.classWeight[fWord]}, {"wPrefix", &p.classWeight[fPrefix]},
		{"wNumber", &p.classWeight[fNumber]}, {"wName", &p.classWeight[fName]},
		{"wPunct", &p.classWeight[fPunct]}, {"wDate", &p.classWeight[fDate]},
		{"wTrans", &p.classWeight[fTrans]}, {"learnDice", &p.learnDice},
	}
	objective := func() float64 {
		d := scoreWith(t, p, "dev")
		return d.F1
	}
	best := objective()
	t.Logf("start dev F1 %.4f test %s", best, fmtScores(scoreWith(t, p, testDocs...)))
	for round := 0; round < 2; round++ {
		for _, k := range knobs {
			for _, f := range []float64{1.5, 1 / 1.5, 1.2, 1 / 1.2} {
				old := *k.ptr
				*k.ptr = old * f
				if old == 0 {
					*k.ptr = 0.1 * f
				}
				if v := objective(); v > best+1e-9 {
					best = v
					t.Logf("%s=%.4g dev F1 %.4f test %s", k.name, *k.ptr, best, fmtScores(scoreWith(t, p, testDocs...)))
				} else {
					*k.ptr = old
				}
			}
		}
	}
	for _, k := range knobs {
		t.Logf("%s: %.4g (%.4g)", k.name, *k.ptr, math.Exp(-*k.ptr))
	}
}
