package align

import (
	"math"
	"testing"
)

// TestSearchBlocks checks that the search in blocks of rows, worked out
// again from checkpoints as the trace enters them (search_blocks.go),
// finds the path of the search that keeps every cell, to the bit: the
// same beads, similarities, states and margins, and the same verdict on
// the band's edge; for the first pass, the second (after learning), the
// null alignment's model (no margins) and a band too narrow for the
// path.
func TestSearchBlocks(t *testing.T) {
	a, b, _ := synthetic(1500)
	p := defaultParams()
	sa, sb, v := newSides(a, b, p)
	c := guide(sa, sb, v)
	same := func(what string, m *model, bd *band) {
		t.Helper()
		n := bd.rows()
		want, wantTouched := m.newSearcher(bd).run(n)
		for _, rows := range []int{keepRows, 37, 500, n - 1} {
			got, touched := m.newSearcher(bd).run(rows)
			if touched != wantTouched {
				t.Errorf("%s, blocks of %d rows: touched %v, kept whole %v", what, rows, touched, wantTouched)
			}
			if len(got) != len(want) {
				t.Fatalf("%s, blocks of %d rows: %d steps, kept whole %d", what, rows, len(got), len(want))
			}
			for k := range got {
				g, w := got[k], want[k]
				if g.i != w.i || g.j != w.j || g.t != w.t || g.state != w.state || g.margin10 != w.margin10 ||
					math.Float64bits(g.sim) != math.Float64bits(w.sim) {
					t.Fatalf("%s, blocks of %d rows: step %d is %+v, kept whole %+v", what, rows, k, g, w)
				}
			}
		}
	}
	m := newModel(sa, sb, v, p)
	bd := bandAround(c, minBand, sb.n)
	path, _ := m.search(bd)
	same("first pass", m, bd)
	// The diagonal, not the guide: the path strays from it by the
	// passages one side lacks.
	diag := make([]float64, sa.n+1)
	for i := range diag {
		diag[i] = float64(i) * float64(sb.n) / float64(sa.n)
	}
	narrow := bandAround(diag, 3, sb.n)
	if _, touched := m.search(narrow); !touched {
		t.Fatal("the path does not touch the edge of a narrow band: the test needs one that does")
	}
	same("narrow band", m, narrow)
	null := newModel(sa, sb, v, p)
	null.noMargins = true
	same("no margins", null, bd)
	learn(sa, sb, v, path, p)
	same("second pass", newModel(sa, sb, v, p), bd)
}
