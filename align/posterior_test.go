package align

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// The German log without the mainmast's sentence (7) in translation
// (as in TestOmissionDroppedBesideMerge): the second pass's search
// merges it with sentence 6, the two against one English sentence long
// enough for both; the path made bead by bead leaves it out, with
// sentence 6 matched alone.
func TestPosteriorLeavesOutBesideMerge(t *testing.T) {
	src := paragraphs(t, "adele.de.txt", "de", adeleDE)
	storm := append(append([]string{}, adeleEN[1][:4]...), adeleEN[1][5:]...)
	tgt := paragraphs(t, "adele.en.txt", "en", [][]string{adeleEN[0], storm, adeleEN[2], adeleEN[3]})
	r := searchedRun(src, tgt)
	beads := func(path []step) []Bead { return (&Alignment{Rows: r.m.pathRows(path)}).Beads() }
	searched, decoded := beads(r.path), beads(r.m.posteriorPath(r.path))
	has := func(beads []Bead, want string) bool {
		return slices.ContainsFunc(beads, func(b Bead) bool { return b.String() == want })
	}
	if !has(searched, "[6, 7]:[6]") {
		t.Fatalf("the search's beads %v do not merge sentences 6 and 7: this test needs another example", searched)
	}
	for _, want := range []string{"[6]:[6]", "[7]:[]"} {
		if !has(decoded, want) {
			t.Errorf("decoded beads %v, want %s", decoded, want)
		}
	}
	if fmt.Sprint(decoded[:6]) != fmt.Sprint(searched[:6]) {
		t.Errorf("decoded beads %v, the search's before the merge %v", decoded[:6], searched[:6])
	}
}

// TestPosteriorMarginals checks the forward–backward pass over a band
// (posterior.go): every sentence of either text is in exactly one bead
// of every path, so the posterior probabilities of the beads that hold
// it sum to 1; and at a temperature near 0 the sums are minima, the
// only bead of weight is the search's, and the decode gives back the
// search's path.
func TestPosteriorMarginals(t *testing.T) {
	m, path := searchedSynthetic(400)
	sa, sb := m.a, m.b
	bd := aroundPath(path, sa.n, sb.n, mbrWidth)
	l := newLattice(m, bd, 1)
	l.reset(0, 0, sa.n, sb.n)
	l.forward()
	l.backward()
	inA, inB := make([]float64, sa.n), make([]float64, sb.n)
	for i := range bd.rows() {
		for j := bd.lo(i); j <= bd.hi(i); j++ {
			k, _ := l.index(i, j)
			for ty, bt := range beadTypes {
				if l.post[k][ty] == 0 {
					continue
				}
				for x := i - bt.a; x < i; x++ {
					inA[x] += float64(l.post[k][ty])
				}
				for y := j - bt.b; y < j; y++ {
					inB[y] += float64(l.post[k][ty])
				}
			}
		}
	}
	uncertain := 0
	for side, sums := range [][]float64{inA, inB} {
		for x, s := range sums {
			if math.Abs(s-1) > 1e-3 {
				t.Fatalf("sentence %d of side %d: posterior probabilities sum to %.6f", x, side, s)
			}
		}
	}
	for k := range l.post {
		for ty := range beadTypes {
			if p := l.post[k][ty]; p > 0.05 && p < 0.95 {
				uncertain++
			}
		}
	}
	if uncertain == 0 {
		t.Fatal("no bead of probability between 0.05 and 0.95: the sums test nothing")
	}
	cold := newLattice(m, bd, 0.01)
	cold.reset(0, 0, sa.n, sb.n)
	cold.forward()
	cold.backward()
	samePath(t, "cold decode", cold.decode(0.5), path)
}

// TestPosteriorStretches checks that a text taken in stretches
// (posteriorIn, cutAt) is decoded as it is whole, with the cuts at
// matches of a wide margin.
func TestPosteriorStretches(t *testing.T) {
	m, path := searchedSynthetic(1500)
	sa, sb := m.a, m.b
	whole := m.posteriorIn(path, math.MaxInt)
	type bead struct{ i, j, t int }
	searched := map[bead]bool{}
	for _, st := range path {
		searched[bead{st.i, st.j, int(st.t)}] = true
	}
	changed := 0
	for _, st := range whole {
		if !searched[bead{st.i, st.j, int(st.t)}] {
			changed++
		}
	}
	t.Logf("%d beads searched, %d decoded, %d of them not the search's", len(path), len(whole), changed)
	if changed == 0 {
		t.Fatal("the decode keeps every bead of the search: the stretches test nothing")
	}
	if bd := aroundPath(path, sa.n, sb.n, mbrWidth); bd.size < 4*5000 {
		t.Fatalf("a lattice of %d cells: too few for stretches of 5000", bd.size)
	}
	for _, cells := range []int{2000, 5000} {
		samePath(t, "in stretches", m.posteriorIn(path, cells), whole)
	}
}

// searchedRun returns the run of b aligned to a as a translation up to
// the second search, its path the search's, not decoded: an unchecked
// run's (alignSides).
func searchedRun(a, b *editions.Edition) *translationRun {
	r := translationSides(a, b, defaultParams(), nil)
	r.unchecked = true
	r.alignSides(defaultParams())
	return r
}

// searchedSynthetic returns the first pass's model of the synthetic
// text of n sentences (synthetic) and its search's path.
func searchedSynthetic(n int) (*model, []step) {
	a, b, _ := synthetic(n)
	p := defaultParams()
	sa, sb, v := newSides(a, b, p)
	m := newModel(sa, sb, v, p)
	path, _ := m.search(bandAround(guide(sa, sb, v), minBand, sb.n))
	return m, path
}

func samePath(t *testing.T, what string, got, want []step) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d beads, want %d", what, len(got), len(want))
	}
	for k := range got {
		if got[k].i != want[k].i || got[k].j != want[k].j || got[k].t != want[k].t {
			t.Fatalf("%s: bead %d is %+v, want %+v", what, k, got[k], want[k])
		}
	}
}
