package align

import (
	"math"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// TestFirstPassMargins checks what alignSides relies on when its first
// pass prunes match beads against a cell's best alone
// (model.unalignedMargins): the same path, bead for bead and to the bit
// of each step's similarity, and the same margins for every step that
// leaves sentences unaligned, the only margins of that pass anyone
// reads (those of texts found unrelated as a whole, whose matches are
// split into unaligned rows) — on a translation and on unrelated texts,
// whose path runs along the band's edge.
func TestFirstPassMargins(t *testing.T) {
	a, b, _ := synthetic(1500)
	_, other, _ := synthetic(1700)
	for _, c := range []struct {
		name string
		b    *editions.Edition
	}{{"translation", b}, {"unrelated", greek(other)}} {
		p := defaultParams()
		sa, sb, v := newSides(a, c.b, p)
		bd := bandAround(guide(sa, sb, v), minBand, sb.n)
		full := newModel(sa, sb, v, p)
		want, wantTouched := full.search(bd)
		pruned := newModel(sa, sb, v, p)
		pruned.unalignedMargins = true
		got, touched := pruned.search(bd)
		if touched != wantTouched || len(got) != len(want) {
			t.Fatalf("%s: %d steps (edge %v), want %d (edge %v)", c.name, len(got), touched, len(want), wantTouched)
		}
		unaligned, matches := 0, 0
		for k := range want {
			g, w := got[k], want[k]
			if g.i != w.i || g.j != w.j || g.t != w.t || g.state != w.state || math.Float64bits(g.sim) != math.Float64bits(w.sim) {
				t.Fatalf("%s: step %d is %+v, want %+v", c.name, k, g, w)
			}
			if w.state == stMatch {
				matches++
				continue
			}
			unaligned++
			if g.margin10 != w.margin10 {
				t.Fatalf("%s: unaligned step %d has margin %v, want %v", c.name, k, g.margin(), w.margin())
			}
		}
		t.Logf("%s: %d matches, %d unaligned steps, edge %v", c.name, matches, unaligned, touched)
		if unaligned == 0 {
			t.Fatalf("%s: no unaligned step to compare", c.name)
		}
	}
}
