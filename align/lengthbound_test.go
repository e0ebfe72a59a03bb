package align

import (
	"math/rand/v2"
	"testing"
)

// TestLengthBoundSound checks the search's length bound against the
// length cost it stands for: whenever it says a bead's lengths reach a
// level, lengthCost, computed as the search computes it, does, with its
// slack to spare; and it does say so for most beads well past the
// level, or it would spare nothing.
func TestLengthBoundSound(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	said, clear := 0, 0
	for _, ratio := range []float64{0.5, 0.93, 1, 1.17, 2.4} {
		m := &model{p: defaultParams(), ratio: ratio}
		b := m.newLengthBound()
		for range 200000 {
			la := float64(rng.IntN(400))
			lb := float64(rng.IntN(400))
			if rng.IntN(10) == 0 {
				lb = float64(int(la*ratio) + rng.IntN(5) - 2) // near the diagonal
				lb = max(lb, 0)
			}
			level := rng.Float64()*34 - 2
			scale := rng.Float64() * 1e5
			c := m.lengthCost(la, lb)
			if b.reaches(la, lb, level, scale) {
				said++
				if c < level+boundSlack*(1+scale) {
					t.Fatalf("ratio %g: lengths %g, %g said to reach %g; cost %g", ratio, la, lb, level, c)
				}
			} else if c >= level+0.1 && level > 0 && c < tailTable[len(tailTable)-1] {
				clear++
			}
		}
	}
	t.Logf("said %d, missed %d", said, clear)
	if said == 0 || clear > said/20 {
		t.Errorf("the bound said %d beads reach their level, and missed %d that clearly did", said, clear)
	}
}
