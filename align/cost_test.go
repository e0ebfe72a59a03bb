package align

import (
	"math"
	"testing"
)

// TestAddedRate: the second pass prices an added sentence by how often
// the first pass found one, commoner than the fixed prior in a
// translation full of captions and notes, never rarer, and changes
// nothing else.
func TestAddedRate(t *testing.T) {
	p := defaultParams()
	fixed := math.Exp(-p.prior[2])
	path := func(n, added int) []step {
		var s []step
		for k := range n {
			st := step{t: 0}
			if k < added {
				st.t = 2
			}
			s = append(s, st)
		}
		return s
	}
	for _, c := range []struct {
		n, added int
		want     float64
	}{
		{100, 50, 55.0 / 200},   // half the beads added: shrunk towards 0.05 by 100 beads
		{300, 30, 35.0 / 400},   // a tenth
		{1000, 0, fixed},        // none added: no rarer than the fixed prior
		{0, 0, fixed},           // nothing to learn from
		{1000, 50, 55.0 / 1100}, // as often as the fixed prior says
	} {
		q := p.withAddedRate(path(c.n, c.added))
		if got := math.Exp(-q.prior[2]); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%d added in %d beads: P(0-1) %.5f, want %.5f", c.added, c.n, got, c.want)
		}
		for k := range q.prior {
			if k != 2 && q.prior[k] != p.prior[k] {
				t.Errorf("prior of %v changed: %v → %v", beadTypes[k], p.prior[k], q.prior[k])
			}
		}
		if q.extend != p.extend || q.sim != p.sim {
			t.Errorf("parameters other than the 0-1 prior changed")
		}
	}
	if math.Exp(-p.prior[2]) != fixed {
		t.Errorf("withAddedRate changed its receiver")
	}
}
