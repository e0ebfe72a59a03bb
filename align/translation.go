package align

import (
	"github.com/synoptic-text/synoptic/editions"
)

// alignSentences aligns edition b, a translation or another printing, to
// edition a, sentence by sentence. It returns a two-edition alignment whose rows
// are the beads found: matches (1-1, 1-2, 2-1, 2-2, 1-3, 3-1), sentences
// only in a (Deleted) and sentences only in b (Inserted).
//
// Time and memory are linear in the number of sentences times the width
// of the search band, which stays small (tens of sentences) unless the
// editions diverge widely.
func alignSentences(a, b *editions.Edition) *Alignment {
	return alignWith(a, b, defaultParams())
}

func alignWith(a, b *editions.Edition, p *params) *Alignment {
	sa, sb, v := newSides(a, b, p)
	nBase := len(v.class)
	// The first pass's costs, before learning changes the features,
	// for the comparison with chance (chance.go).
	var first []float64
	m, path, width := alignSides(sa, sb, v, p, func(m *model, path []step) {
		first, _, _ = sourceCosts(m, path)
	})
	rows := make([]Row, 0, len(path))
	for _, st := range path {
		bt := beadTypes[st.t]
		rows = append(rows, m.beadRow(st, span(st.i-bt.a, st.i), span(st.j-bt.b, st.j)))
	}
	// The same aligner on a text of the same kind that does not
	// correspond (chance.go).
	na, nb, nv := nullSides(sa, sb, v, nBase, p)
	nm, npath := alignNull(na, nb, nv, p, width)
	al := &Alignment{Editions: []*editions.Edition{a, b}}
	var warns []Warning
	al.Rows, warns = againstChance(rows, path, m, first, nm, npath)
	al.placeWarnings(warns)
	return al
}

// alignSides finds the best path of beads between two sides, and returns
// it with the model of its second pass, which scored it, and the
// half-width of the band it searched. firstPass, when not nil, is called
// with the first pass's model and path, before learning.
func alignSides(sa, sb *side, v *vocab, p *params, firstPass func(*model, []step)) (*model, []step, int) {
	m := newModel(sa, sb, v, p)

	// First pass: lengths and visibly shared features, in a band around
	// the guide, widened while the best path runs along its edge.
	c := guide(sa, sb, v)
	var path []step
	var bd *band
	w := minBand
	for ; ; w *= 2 {
		bd = bandAround(c, w, sb.n)
		var touched bool
		path, touched = m.search(bd)
		if !touched || w > sa.n+sb.n || 2*bd.size > maxCells {
			break
		}
	}

	// Second pass: with the word pairs learnt from the first, and the
	// length ratio of what it matched.
	if firstPass != nil {
		firstPass(m, path)
	}
	learn(sa, sb, v, path, p)
	ratio := m.matchedRatio(path)
	m = newModel(sa, sb, v, p)
	m.ratio = ratio
	path, _ = m.search(bd)
	return m, path, w
}

// beadRow makes the row of step st of a search path, whose sentences are
// src and tgt: a match with the model's confidence, or a sentence with no
// counterpart.
func (m *model) beadRow(st step, src, tgt []int) Row {
	row := Row{Cells: [][]int{src, tgt}}
	switch {
	case len(tgt) == 0:
		// The search weighs no evidence for a sentence being
		// untranslated, only against its matches: 0.5 says so.
		row.Kind, row.Score = Deleted, 0.5
	case len(src) == 0:
		row.Kind, row.Score = Inserted, 0.5
	default:
		row.Kind, row.Score = Match, m.confidence(st)
	}
	return row
}

func span(lo, hi int) []int {
	s := make([]int, 0, hi-lo)
	for k := lo; k < hi; k++ {
		s = append(s, k)
	}
	return s
}
