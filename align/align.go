package align

import (
	"math"

	"github.com/synoptic-text/synoptic/editions"
)

// Align aligns edition b, a translation or another printing, to edition
// a, sentence by sentence.
func Align(a, b *editions.Edition) *Alignment {
	return alignWith(a, b, defaultParams())
}

func alignWith(a, b *editions.Edition, p *params) *Alignment {
	sa, sb, v := newSides(a, b, p)
	m := newModel(sa, sb, v, p)
	c := guide(sa, sb, v)
	w := minBand
	var path []step
	var bd *band
	for {
		bd = bandAround(c, w, sb.n)
		var touched bool
		path, touched = m.search(bd)
		if !touched || w > sa.n+sb.n {
			break
		}
		w *= 2
	}
	for it := 0; it < p.iters; it++ {
		learn(sa, sb, v, path, p)
		if p.adapt > 0 {
			p = adaptPriors(p, path)
		}
		ratio := m.matchedRatio(path)
		m = newModel(sa, sb, v, p)
		m.ratio = ratio
		path, _ = m.search(bd)
	}
	al := &Alignment{Editions: []*editions.Edition{a, b}}
	for _, st := range path {
		bt := beadTypes[st.t]
		row := Row{Cells: [][]int{span(st.i-bt.a, st.i), span(st.j-bt.b, st.j)}}
		switch {
		case bt.b == 0:
			// The search weighs no evidence for a sentence being
			// untranslated, only against its matches: 0.5 says so.
			row.Kind = Deleted
			row.Score = 0.5
		case bt.a == 0:
			row.Kind = Inserted
			row.Score = 0.5
		default:
			row.Kind = Match
			row.Score = m.confidence(st)
		}
		al.Rows = append(al.Rows, row)
	}
	return al
}

// adaptPriors returns a copy of p whose bead-type costs are re-estimated
// from the bead types of a first alignment, smoothed towards p's own with
// the weight of p.adapt beads: a text with many untranslated sentences
// makes them cheaper, one with none dearer.
func adaptPriors(p *params, path []step) *params {
	q := *p
	var counts [len(beadTypes)]float64
	for _, st := range path {
		counts[st.t]++
	}
	total := float64(len(path))
	for t := range beadTypes {
		prior := math.Exp(-p.prior[t])
		q.prior[t] = -math.Log((counts[t] + p.adapt*prior) / (total + p.adapt))
	}
	return &q
}

// confidence turns the evidence for a matched bead into a number in
// [0,1]: the log-probability of its lengths plus its lexical similarity
// beyond what a typical true pair shows, through a logistic function
// centred so that a pair of typical length difference and typical
// similarity scores about 0.85, one with no shared features and lengths
// far apart near 0.
func (m *model) confidence(st step) float64 {
	bt := beadTypes[st.t]
	la, lb := 0.0, 0.0
	for k := st.i - bt.a; k < st.i; k++ {
		la += m.a.length[k]
	}
	for k := st.j - bt.b; k < st.j; k++ {
		lb += m.b.length[k]
	}
	e := 2.5 - m.lengthCost(la, lb) + m.p.sim*(st.sim-m.p.simBase)
	return 1 / (1 + math.Exp(-e))
}

func span(lo, hi int) []int {
	s := make([]int, 0, hi-lo)
	for k := lo; k < hi; k++ {
		s = append(s, k)
	}
	return s
}
