package align

import (
	"github.com/synoptic-text/synoptic/editions"
)

// alignSentences aligns edition b, a translation or another printing, to
// edition a, sentence by sentence. It returns a two-edition alignment whose rows
// are the beads found: matches (of the shapes of beadTypes), sentences
// only in a (Deleted) and sentences only in b (Inserted).
//
// Time and memory are linear in the number of sentences times the width
// of the search band, which stays small (tens of sentences) unless the
// editions diverge widely.
func alignSentences(a, b *editions.Edition) *Alignment {
	return alignWith(a, b, defaultParams())
}

func alignWith(a, b *editions.Edition, p *params) *Alignment {
	r := runTranslation(a, b, p)
	for k, x := range r.m.translationEvidence(r.path, r.first) {
		r.rows[k].Score = probability(translationWeights[:], x)
	}
	// The same aligner on a text of the same kind that does not
	// correspond (chance.go).
	na, nb, nv := nullSides(r.sa, r.sb, r.v, r.nBase, p)
	nm, npath := alignNull(na, nb, nv, p, r.width)
	al := &Alignment{Editions: []*editions.Edition{a, b}}
	var warns []Warning
	al.Rows, warns = againstChance(r.rows, r.path, r.m, r.firstCosts, nm, npath)
	al.placeWarnings(warns)
	return al
}

// alignEvidence aligns b to a with parameters p and returns, beside the
// alignment, the evidence of each row that calibrate.go turns into its
// score; the rows' scores are the aligner's raw confidence, and the
// alignment is not tested against chance.
func alignEvidence(a, b *editions.Edition, p *params) (*Alignment, [][]float64) {
	r := runTranslation(a, b, p)
	return &Alignment{Editions: []*editions.Edition{a, b}, Rows: r.rows}, r.m.translationEvidence(r.path, r.first)
}

// A translationRun is what aligning two editions as a translation
// leaves: the sides and vocabulary, the model of the second pass and its
// path with a row per step (scored with the raw confidence), the first
// pass's path and the cost of each source sentence on it, and the
// half-width of the band searched.
type translationRun struct {
	sa, sb     *side
	v          *vocab
	nBase      int // the vocabulary's classes before learning
	m          *model
	path       []step
	rows       []Row
	first      []step
	firstCosts []float64
	width      int
}

func runTranslation(a, b *editions.Edition, p *params) *translationRun {
	r := &translationRun{}
	r.sa, r.sb, r.v = newSides(a, b, p)
	r.nBase = len(r.v.class)
	// The first pass's path and costs, before learning changes the
	// features: evidence for calibration (calibrate.go) and the
	// comparison with chance (chance.go).
	r.m, r.path, r.width = alignSides(r.sa, r.sb, r.v, p, func(m *model, path []step) {
		r.first = path
		r.firstCosts, _, _ = sourceCosts(m, path)
	})
	r.rows = make([]Row, 0, len(r.path))
	for _, st := range r.path {
		bt := beadTypes[st.t]
		r.rows = append(r.rows, r.m.beadRow(st, span(st.i-bt.a, st.i), span(st.j-bt.b, st.j)))
	}
	return r
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
