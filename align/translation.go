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
	al, evidence := alignEvidence(a, b, p)
	for k, x := range evidence {
		al.Rows[k].Score = probability(translationWeights[:], x)
	}
	return al
}

// alignEvidence aligns b to a with parameters p and returns, beside the
// alignment, the evidence of each row that calibrate.go turns into its
// score; the rows' scores are the aligner's raw confidence.
func alignEvidence(a, b *editions.Edition, p *params) (*Alignment, [][]float64) {
	sa, sb, v := newSides(a, b, p)
	m := newModel(sa, sb, v, p)

	// First pass: lengths and visibly shared features, in a band around
	// the guide, widened while the best path runs along its edge.
	c := guide(sa, sb, v)
	var path []step
	var bd *band
	for w := minBand; ; w *= 2 {
		bd = bandAround(c, w, sb.n)
		var touched bool
		path, touched = m.search(bd)
		if !touched || w > sa.n+sb.n || 2*bd.size > maxCells {
			break
		}
	}

	// Second pass: with the word pairs learnt from the first, and the
	// length ratio of what it matched.
	first := path
	learn(sa, sb, v, path, p)
	ratio := m.matchedRatio(path)
	m = newModel(sa, sb, v, p)
	m.ratio = ratio
	path, _ = m.search(bd)

	al := &Alignment{Editions: []*editions.Edition{a, b}, Rows: make([]Row, 0, len(path))}
	for _, st := range path {
		bt := beadTypes[st.t]
		al.Rows = append(al.Rows, m.beadRow(st, span(st.i-bt.a, st.i), span(st.j-bt.b, st.j)))
	}
	return al, m.translationEvidence(path, first)
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
		row.Kind, row.raw = Deleted, 0.5
	case len(src) == 0:
		row.Kind, row.raw = Inserted, 0.5
	default:
		row.Kind, row.raw = Match, m.confidence(st)
	}
	row.Score = row.raw
	return row
}

func span(lo, hi int) []int {
	s := make([]int, 0, hi-lo)
	for k := lo; k < hi; k++ {
		s = append(s, k)
	}
	return s
}
