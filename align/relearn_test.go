package align

import (
	"fmt"
	"testing"
)

// TestLearnFromMerges checks that the third pass learns a word pair
// that a translation shows only where it joins two sentences into one
// (relearn.go), and not from such a merge one of whose sentences shares
// nothing with the other side: a sentence the translation leaves out,
// hidden in a merge, teaches nothing.
func TestLearnFromMerges(t *testing.T) {
	// Four German pairs of sentences, each joined into one French
	// sentence; the names say which, and "Gipfel" is "sommet". Then a
	// sentence pair outside the path learnt from, which shares nothing
	// more than its punctuation but that word pair.
	var de, fr []string
	var path []step
	for k := range 4 {
		i, j := len(de), len(fr)
		de = append(de, fmt.Sprintf("Der Gipfel von Ortschaft%c ist hoch .", 'A'+k),
			fmt.Sprintf("Bergführer%c stieg hinauf .", 'A'+k))
		fr = append(fr, fmt.Sprintf("Le sommet d'Ortschaft%c est haut , Bergführer%c y monta .", 'A'+k, 'A'+k))
		path = append(path, step{i: i + 2, j: j + 1, t: 3}) // 2-1
	}
	de = append(de, "Gipfel !")
	fr = append(fr, "Sommet !")
	last := [2]int{len(de) - 1, len(fr) - 1}
	for _, hidden := range []bool{false, true} {
		des := append([]string(nil), de...)
		if hidden {
			// The second sentence of each merge shares nothing with
			// its French sentence: it names another merge's guide.
			for k := range 4 {
				des[2*k+1] = fmt.Sprintf("Bergführer%c blieb unten .", 'A'+(k+1)%4)
			}
		}
		a, b := linesEdition("de", "de", des), linesEdition("fr", "fr", fr)
		p := defaultParams()
		sa, sb, v := newSides(a, b, p)
		m := newModel(sa, sb, v, p)
		for k, st := range path {
			_, path[k].sim = m.cost(int(st.t), st.i, st.j, nil)
		}
		before := m.shared(last[0], last[1])
		learnFrom(sa, sb, v, path, p, m)
		got := newModel(sa, sb, v, p).shared(last[0], last[1])
		if learnt := got > before; learnt == hidden {
			t.Errorf("hidden sentences %v: \"Gipfel !\" and \"Sommet !\" share %.3f after learning, %.3f before", hidden, got, before)
		}
	}
	// learn, from the 1-1 beads alone, learns nothing here.
	a, b := linesEdition("de", "de", de), linesEdition("fr", "fr", fr)
	p := defaultParams()
	sa, sb, v := newSides(a, b, p)
	before := newModel(sa, sb, v, p).shared(last[0], last[1])
	learn(sa, sb, v, path, p)
	if got := newModel(sa, sb, v, p).shared(last[0], last[1]); got > before {
		t.Errorf("learnt from merges without a model: share %.3f, %.3f before", got, before)
	}
}
