package align

import "testing"

// TestWidenedByChance: a doubling that re-aligns a few sentences at a
// gain well above what the null gains on the many it moves is kept; one
// that raises the real path's charge, or gains it no more per changed
// sentence than the null, is not widened again.
func TestWidenedByChance(t *testing.T) {
	const n = 1000
	flat := func(c float64) []float64 {
		s := make([]float64, n)
		for k := range s {
			s[k] = c
		}
		return s
	}
	before, nullBefore := flat(1), flat(4)
	gap := flat(1) // a gap found: 20 sentences 1 nat cheaper each
	for k := 500; k < 520; k++ {
		gap[k] = 0
	}
	drift := flat(4) // the null: most sentences moved, a little cheaper
	for k := range 800 {
		drift[k] = 3.95
	}
	worse := flat(1.2) // chance: every sentence moved, dearer
	cases := []struct {
		name        string
		after, null []float64
		want        bool
	}{
		{"gap found", gap, drift, false},
		{"null unchanged", gap, nullBefore, false},
		{"path dearer", worse, drift, true},
		{"path unchanged", before, drift, true},
		{"no better than the null", flat(0.96), flat(3.9), true},
	}
	for _, c := range cases {
		if got := widenedByChance(before, c.after, nullBefore, c.null); got != c.want {
			t.Errorf("%s: widenedByChance %v, want %v", c.name, got, c.want)
		}
	}
}
