package align

import (
	"math"
	"testing"
)

// TestSharedRowBits checks that the search's row of pair weights
// (sharedRow) is, to the bit, the merge of each pair's feature lists
// (sharedWeight), before and after learning word pairs: alignments must
// not change with the way the weights are summed.
func TestSharedRowBits(t *testing.T) {
	a, b, _ := synthetic(400)
	p := defaultParams()
	sa, sb, v := newSides(a, b, p)
	check := func(m *model, when string) {
		mark := make([]int32, len(m.w))
		out := make([]float32, sb.n)
		for i := range sa.n {
			m.sharedRow(out, i, 0, mark)
			for j := range sb.n {
				want := float32(m.shared(i, j))
				if math.Float32bits(out[j]) != math.Float32bits(want) {
					t.Fatalf("%s: pair %d,%d: sharedRow %v, sharedWeight %v", when, i, j, out[j], want)
				}
			}
		}
		for id, n := range mark {
			if n != 0 {
				t.Fatalf("%s: mark[%d] left at %d", when, id, n)
			}
		}
	}
	m := newModel(sa, sb, v, p)
	check(m, "first pass")
	path, _ := m.search(bandAround(guide(sa, sb, v), minBand, sb.n))
	learn(sa, sb, v, path, p)
	check(newModel(sa, sb, v, p), "after learning")
}
