package align

import (
	"testing"
)

// A corpus in which each of twelve words of one language always comes
// with its translation in the other, in changing company, and every
// sentence has "le" / "the": Model 1 must give each word its
// translation, in both directions, and the pairs likely both ways must
// be exactly the twelve and le/the — not "the" with whatever it meets.
func TestModel1FindsTranslations(t *testing.T) {
	const the, le = 150, 50
	var pairs model1Pairs
	x := uint32(1)
	for k := 0; k < 60; k++ {
		seen := map[int32]bool{}
		var fr, en []int32
		for len(fr) < 4 {
			x = x*1664525 + 1013904223 // a fixed pseudo-random company
			c := int32(x>>16) % 12
			if seen[c] {
				continue
			}
			seen[c] = true
			fr = append(fr, c)
			en = append(en, 100+c)
		}
		pairs = append(pairs, [2][]int32{uniq(append(fr, le)), uniq(append(en, the))})
	}
	fe := model1(pairs, 0, 1, 2)
	ef := model1(pairs, 1, 0, 2)
	for c := int32(0); c < 12; c++ {
		best, bestP := int32(-1), 0.0
		for f := int32(100); f <= the; f++ {
			if p := fe.prob(c, f); p > bestP {
				best, bestP = f, p
			}
		}
		if best != 100+c {
			t.Errorf("t(f|%d) is highest for %d (%.2f), want %d", c, best, bestP, 100+c)
		}
	}
	linked := fe.linked(ef, model1MinProb)
	if len(linked) != 13 {
		t.Errorf("linked %v, want the 12 translations and le/the", linked)
	}
	for _, k := range linked {
		if k[1] != 100+k[0] && !(k[0] == le && k[1] == the) {
			t.Errorf("linked %d with %d", k[0], k[1])
		}
	}
}
