package align

import (
	"github.com/synoptic-text/synoptic/dict"
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
	return alignWith(a, b, defaultParams(), nil)
}

// alignWith aligns as alignSentences does, with parameters p and the word
// pairs of dictionaries (dictionary.go).
func alignWith(a, b *editions.Edition, p *params, dicts []*dict.Dictionary) *Alignment {
	return alignBuilt(a, b, p, dicts, nil)
}

// builtSides are the sides and vocabulary of two editions as newSides
// makes them, made before the run that aligns the editions: by
// alignReordered, which reads them to find paragraphs set in another
// order, for the run that aligns the texts as they are when it finds
// none, so that a translation in order has its features read once.
type builtSides struct {
	sa, sb *side
	v      *vocab
}

// alignBuilt is alignWith on the sides built already, or made here
// where built is nil.
func alignBuilt(a, b *editions.Edition, p *params, dicts []*dict.Dictionary, built *builtSides) *Alignment {
	r := runTranslation(a, b, p, dicts, true, built)
	scores := r.m.translationScores(r.path, r.first)
	// The same aligner on a text of the same kind that does not
	// correspond (chance.go), unless the search already made it.
	if r.null == nil {
		r.null = r.nullAt(p, r.width)
	}
	matched, total := sourceSizes(r.m, r.path)
	rows := r.rows
	if rows == nil {
		// Found unrelated as a whole, the texts have no rows yet: they
		// are made once the sides, the model and the vocabulary, which
		// nothing reads any more, are let go, so that the two are not
		// held at once (for bench/pathological's 20 MB paragraph
		// against a novel, 66 MB of sides and 31 MB of rows).
		// Each match will be split into two rows (againstChance), in
		// place: the rows are made with room for them.
		raw := make([]float64, len(r.path))
		matches := 0
		for k, st := range r.path {
			if beadTypes[st.t].a > 0 && beadTypes[st.t].b > 0 {
				raw[k] = r.m.confidence(st)
				matches++
			}
		}
		path := r.path
		*r = translationRun{firstCosts: r.firstCosts, firstMatched: r.firstMatched, null: r.null, dicts: r.dicts}
		// Letting them go frees nothing until the collector runs, and
		// the heap goal, twice what was live during the search, is
		// then far off: without a collection here the rows were made
		// on top of the dead sides, and the alignment's peak heap was
		// 224 MB (bench/pathological's paragraph; 111 MB live at the
		// last collection). One collection, of a heap most of which
		// is the editions, takes a few hundredths of a second there,
		// and texts found unrelated as a whole are rare.
		collectIfLarge(len(a.Sentences) + len(b.Sentences))
		rows = rowsOf(path, raw, matches)
	}
	for k := range rows {
		// A merge the omission decision kept whole is right only if
		// none of its ends is left out (Row.apartP).
		rows[k].Score = scores[k] * (1 - rows[k].apartP)
	}
	al := &Alignment{Editions: []*editions.Edition{a, b}, Dictionaries: r.dicts, transposed: r.transposed}
	var warns []Warning
	var full *stretchTest
	if r.searchCosts != nil && needsFullTest(r.firstCosts, r.firstMatched, r.null, matched, total) {
		// Short texts: the whole aligner against many nulls
		// (chance_full.go).
		v, share, best := fullChance(r, a, b, p, dicts)
		full = &stretchTest{verdict: v, share: share, nullBest: best}
	}
	al.Rows, warns = againstChance(rows, r.firstCosts, r.firstMatched, matched, total, r.null, full)
	if st := r.order; len(warns) == 0 && r.ordered && st.verdict != Related {
		// Related as a whole and in every window, but not shown so in
		// the order of the sentences within paragraphs
		// (chance_order.go).
		warns = []Warning{{Kind: Undecided, Order: true, Z: st.z, Margin: st.up, Density: st.density,
			Sentences: [][2]int{{0, len(a.Sentences)}, {0, len(b.Sentences)}}}}
	}
	al.placeWarnings(warns)
	al.doubtUndecided()
	al.warnDrift()
	return al
}

// alignEvidence aligns b to a with parameters p and returns, beside the
// alignment, the evidence of each row that calibrate.go turns into its
// score; the rows' scores are the aligner's raw confidence, and the
// alignment is not tested against chance.
func alignEvidence(a, b *editions.Edition, p *params) (*Alignment, [][]float64) {
	r := runTranslation(a, b, p, nil, false, nil)
	if r.rows == nil {
		r.rows = r.m.pathRows(r.path)
	}
	return &Alignment{Editions: []*editions.Edition{a, b}, Rows: r.rows}, r.m.translationEvidence(r.path, r.first)
}

// A translationRun is what aligning two editions as a translation
// leaves: the sides and vocabulary, the model of the second pass and its
// path with a row per step (scored with the raw confidence), the first
// pass's path and the cost of each source sentence on it, the
// half-width of the band searched, and the costs of the null alignment
// of chance.go (nullCosts) when the search needed it to stop widening.
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
	dicts      []string       // the dictionaries that gave word pairs
	refuted    map[int32]bool // their links the first pass belied (learn)
	null       *nullRun
	// withNull says that the run's caller compares it with chance
	// (alignWith; alignEvidence does not): the null alignment at the
	// first band's half-width is then made beside the first search
	// (alignSides), and kept in firstNull.
	withNull  bool
	firstNull *nullRun
	// widthNull is the null alignment at the half-width searched (width)
	// when the test of the last widening (widenedByChance) made it.
	widthNull *nullRun
	// unchecked says that the band is widened as the path needs, with
	// no test against chance on the way: the runs of the test of short
	// texts (chance_full.go), which are as free as the run they test.
	unchecked bool
	// searchCosts are the costs of the source sentences on the second
	// pass's path, for the test of short texts (chance_full.go): set
	// when withNull and the texts are short enough (fullTestable).
	searchCosts []float64
	// firstMatched and searchMatched say which source sentences are in
	// match rows of the paths firstCosts and searchCosts are of, for
	// the test of short texts (chance_full.go), which compares only
	// sentences matched in both of the alignments it compares.
	firstMatched, searchMatched []bool
	// order is the test of the first pass's order within paragraphs
	// (chance_order.go), made when ordered, for alignWith.
	order   stretchTest
	ordered bool
	// transposed are the passages the omission decision left out whose
	// translation stands across a match (transpositions).
	transposed []transposition
}

// nullAt returns the costs of r's null alignment at half-width width
// (nullCosts): the one made beside the first search when it is of that
// width.
func (r *translationRun) nullAt(p *params, width int) *nullRun {
	if width == minBand && r.firstNull != nil {
		return r.firstNull
	}
	if width == r.width && r.widthNull != nil {
		return r.widthNull
	}
	return nullCosts(r.sa, r.sb, r.v, r.nBase, p, width)
}

// runTranslation aligns b to a as a translation (see alignSides), on the
// sides built already unless built is nil; with withNull, the caller
// will compare the alignment with chance.
func runTranslation(a, b *editions.Edition, p *params, dicts []*dict.Dictionary, withNull bool, built *builtSides) *translationRun {
	r := searchTranslation(a, b, p, dicts, withNull, built)
	if r.null != nil {
		// Unrelated as a whole (alignSides): chance.go unaligns every
		// row, and there is nothing left out to decide. The rows are
		// left to the caller (alignWith), which makes them once it has
		// let the sides go.
		return r
	}
	// The second search's cells are dead (alignSides): collected before
	// the rows and the omission decision are made on top of them. With
	// the collections of alignSides and the one after the decision,
	// bench/pathological's tiny paragraphs as a translation (277k
	// sentences): align stage's peak heap 336 → 194–196 MB, a collection
	// of about 100 MB of heap each.
	collectIfLarge(len(a.Sentences) + len(b.Sentences))
	r.rows = r.m.pathRows(r.path)
	// Which sentences the translation leaves out, decided on the rows
	// of the path (omissions.go); the path is then that of the rows
	// decided. The decision learns its own word pairs, from the rows,
	// on top of the dictionary's that the second pass kept: the links
	// the first pass refuted are left out of its sides as they were
	// out of the second pass's, so that the decision, and the coverage
	// report that gives its figures, weigh the word pairs the aligner
	// aligned with.
	ua, ub, uv := unlearntSides(r.sa, r.sb, r.v, r.nBase, p, nil, r.refuted)
	decided, transposed := decideWith(a, b, r.rows, ua, ub, uv, p, r.m.endCost, r.m.openCost)
	r.transposed = transposed
	r.path = r.m.stepsOf(decided, r.path)
	r.rows = r.m.pathRows(r.path)
	for k := range r.rows {
		r.rows[k].omitP, r.rows[k].weighed, r.rows[k].apartP = decided[k].omitP, decided[k].weighed, decided[k].apartP
	}
	// And what the decision leaves dead (its sides, its rows), before
	// the scores and the comparison with chance are made on top of it.
	collectIfLarge(len(a.Sentences) + len(b.Sentences))
	return r
}

// SearchBeads returns the beads the search makes of b aligned to a as a
// translation with the word pairs of dicts, before the omission decision
// (decideOmissions) replaces any: what bench/textberg -decision compares
// with the alignment's, to measure the decision against a gold standard.
func SearchBeads(a, b *editions.Edition, dicts []*dict.Dictionary) []Bead {
	r := searchTranslation(a, b, defaultParams(), dicts, false, nil)
	return (&Alignment{Rows: r.m.pathRows(r.path)}).Beads()
}

// searchTranslation is runTranslation up to the omission decision: the
// run with the search's path, whose rows the caller makes; with
// withNull, the caller will compare the alignment with chance.
func searchTranslation(a, b *editions.Edition, p *params, dicts []*dict.Dictionary, withNull bool, built *builtSides) *translationRun {
	r := translationSides(a, b, p, dicts, built)
	r.withNull = withNull
	r.alignSides(p)
	return r
}

// translationSides is searchTranslation before the search: the run with
// its sides and vocabulary (built, unless nil), the dictionaries' word
// pairs among their features.
func translationSides(a, b *editions.Edition, p *params, dicts []*dict.Dictionary, built *builtSides) *translationRun {
	r := &translationRun{}
	if built != nil {
		r.sa, r.sb, r.v = built.sa, built.sb, built.v
	} else {
		r.sa, r.sb, r.v = newSides(a, b, p)
	}
	// A dictionary's word pairs are known before aligning, as shared
	// names and numbers are: features of the first pass.
	var links []wordLink
	if links, r.dicts = dictionaryLinks(a, b, r.sa, r.sb, r.v, dicts); len(links) > 0 {
		first := int32(len(r.v.class))
		// The links join the base features, all of them: those of
		// weight 0 too, which weigh leaves out of feats, since learn
		// counts a link met on one side only (refuted).
		linkWords(r.sa, r.sb, r.v, links, nil)
		for _, s := range []*side{r.sa, r.sb} {
			s.base = s.feats
		}
		r.v.weigh(r.sa, r.sb, p, false) // base shares the lists
		r.v.dictLinks = make(map[int32]wordLink, len(links))
		for k, l := range links {
			r.v.dictLinks[first+int32(k)] = l
		}
	}
	r.nBase = len(r.v.class)
	return r
}

// pathRows returns a row for each step of path.
func (m *model) pathRows(path []step) []Row {
	raw := make([]float64, len(path))
	for k, st := range path {
		if beadTypes[st.t].a > 0 && beadTypes[st.t].b > 0 {
			raw[k] = m.confidence(st)
		}
	}
	return rowsOf(path, raw, 0)
}

// rowsOf returns a row for each step of path, raw[k] the model's
// confidence in step k when it is a match (model.confidence), in a
// slice with room for room rows more.
func rowsOf(path []step, raw []float64, room int) []Row {
	rows := make([]Row, 0, len(path)+room)
	for k, st := range path {
		bt := beadTypes[st.t]
		rows = append(rows, rowOf(raw[k], span(st.i-bt.a, st.i), span(st.j-bt.b, st.j)))
	}
	return rows
}

// alignSides finds the best path of beads between r's two sides and
// sets r's model of the second pass, which scored it, its path, the
// first pass's path and costs (before learning changes the features:
// evidence for calibration, calibrate.go, and for the comparison with
// chance, chance.go; the path made again where the whole texts' length
// ratio misled it, the costs those of the pass made with that ratio, as
// the null is), and the half-width of the band searched.
//
// The first pass searches a band around the guide, widened while the
// best path runs along its edge — but not past the point where the
// path is no better than chance. Texts that do not correspond give no
// evidence to follow: their path runs along the edge of any band, and
// was widened to maxCells (bench/pathological's 20 MB unpunctuated
// paragraph against a novel: 70 s of processor time in all), only to be
// declared unrelated by chance.go in the end.
// So before widening, the path is compared with the null alignment at
// the same half-width, as alignWith will compare the final one; when
// the whole is unrelated, the band is not widened, and the second pass
// is skipped: chance.go would unalign every row it made. The verdict is
// the one alignWith gives, on the same two alignments. Once a band's
// path is related, that verdict is not tested again; but each widening
// from then on is tested against the null's widening (widenedByChance):
// a related path may gain from a wider band nothing but chance. While
// the whole is undecided, the verdict alone decides: a short text
// against a long unrelated one is found unrelated only after a few
// doublings, each no better than chance (stopped by that test,
// TestChanceShortAgainstLong's pairs stayed undecided and kept their
// rows).
func (r *translationRun) alignSides(p *params) {
	sa, sb := r.sa, r.sb
	m := newModel(sa, sb, r.v, p)
	// The searches of the band take their cells from one room, let go
	// before learning and when the second pass is done: what the models
	// keep afterwards is their paths, not the cells.
	room := &cellRoom{}
	defer func() { *room = cellRoom{} }()
	m.room = room
	// The first pass's margins are read only where it is the alignment,
	// texts found unrelated as a whole, and there only those of its
	// unaligned steps: every match of such texts is split into two
	// unaligned rows of score 0.5 (againstChance), and learning, the
	// second pass and calibration read of the first pass's path its
	// beads, not its margins. So the search prunes its match beads
	// against a cell's best alone, as the null's does, and keeps the
	// margins of unaligned steps exact (search): the same path and
	// rows (TestFirstPassMargins), for a sixth less of the first
	// search's processor time (synthetic 20k: median 0.654 s against
	// 0.770 s keeping every margin, 5 runs alternated in one process;
	// match beads costed 4.7 million against 6.9).
	m.unalignedMargins = true

	// First pass: lengths and visibly shared features, in a band around
	// the guide, widened while the best path runs along its edge.
	//
	// The null alignment at the first band's half-width is always
	// needed by alignWith: by the loop below when the first band's path
	// touches its edge, else after the run. It reads the sides only, as
	// the first search does, so the two are made at once, on two cores
	// where there are two (the null is as long as the search: 0.7 s of
	// bench/pathological's paragraph); learning, which changes the
	// sides, waits for it.
	var early chan *nullRun
	if r.withNull {
		early = make(chan *nullRun, 1)
		go func() { early <- nullCosts(sa, sb, r.v, r.nBase, p, minBand) }()
	}
	c := guide(sa, sb, r.v)
	var path []step
	var bd *band
	// Short texts are tested by chance_full.go on the final alignment,
	// and cheap to widen: the band is not held back.
	short := r.withNull && fullTestable(sa.n, sb.n)
	// related says that the whole was found related: its verdict is not
	// made again.
	related := false
	// The costs of the real path and the null at the half-width before,
	// for the test of each widening.
	var prevCosts []float64
	var prevNull *nullRun
	for r.width = minBand; ; r.width *= 2 {
		bd = bandAround(c, r.width, sb.n)
		var touched bool
		path, touched = m.search(bd)
		if early != nil {
			r.firstNull, early = <-early, nil
		}
		r.first = path
		r.firstCosts, r.firstMatched = nil, nil
		if !touched || r.width > sa.n+sb.n || 2*bd.size > maxCells {
			break
		}
		if short || r.unchecked {
			continue
		}
		r.firstCosts, r.firstMatched = sourceCosts(m, path), matchedSources(path, sa.n)
		null := r.nullAt(p, r.width)
		if !related {
			switch wholeVerdict(m, path, r.firstCosts, null) {
			case Unrelated:
				r.null, r.m, r.path = null, m, path
				return
			case Related:
				related = true
			}
		}
		if related && prevCosts != nil && widenedByChance(prevCosts, r.firstCosts, prevNull.cost, null.cost) {
			r.widthNull = null
			break
		}
		prevCosts, prevNull = r.firstCosts, null
	}
	if r.firstCosts == nil {
		r.firstCosts, r.firstMatched = sourceCosts(m, path), matchedSources(path, sa.n)
	}
	// The pass expected the lengths of the whole texts; where what it
	// matched says another ratio (ratioMisled), it is made again with
	// that one, for learning and the second pass. The comparison with
	// chance keeps the costs of the pass made as the null is, with the
	// whole texts' ratio (firstCosts).
	if mr := m.matchedRatio(path); ratioMisled(m.ratio, mr) {
		m.ratio = mr
		path, _ = m.search(bd)
		r.first = path
	}
	// The order of the first pass's sentences within paragraphs
	// (chance_order.go), its null searched in the first pass's cells,
	// dead now: alignWith reads the verdict.
	if r.withNull {
		r.order, r.ordered = r.orderTest(p, room)
	}

	// Second pass: with the word pairs learnt from the first, and the
	// length ratio and the rate of mismatched sentence ends (ends.go)
	// of what it matched.
	//
	// The first pass's cells are let go and collected before learning,
	// and what learning leaves dead after it: the heap goal was set while
	// the first search and the null's ran at once, and learning and the
	// second search were made on top of the dead cells
	// (bench/pathological's tiny paragraphs as a translation: 161 MB live
	// then; learning's peak heap 210 MB, kept with the cells for the
	// second search, 82 MB let go).
	r.searchAgain(p, m, path, false, bd, room)
	if short || r.unchecked {
		r.searchCosts = sourceCosts(r.m, r.path)
		r.searchMatched = matchedSources(r.path, sa.n)
	}
	// Third pass, where the second changed the first enough
	// (relearn.go): not in the runs of the test of short texts, which
	// compares the first two passes with chance.
	if !r.unchecked {
		r.relearn(p, path, bd, room)
	}
}

// searchAgain learns word pairs from path, the path model m found (from
// its sure merges too with merges, relearn.go), and sets r's refuted
// links, its model, with those pairs and with path's length ratio,
// rate of mismatched sentence ends and cost of open ends (ends.go), and
// its path, searched in band bd, the cells kept in room. The cells of
// the search before are let go and collected before learning, and what
// learning leaves dead after it (see alignSides).
func (r *translationRun) searchAgain(p *params, m *model, path []step, merges bool, bd *band, room *cellRoom) {
	sa, sb := r.sa, r.sb
	*room = cellRoom{}
	collectIfLarge(sa.n + sb.n)
	var from *model
	if merges {
		from = m
	}
	r.refuted = learnFrom(sa, sb, r.v, path, p, from)
	collectIfLarge(sa.n + sb.n)
	r.m = newModel(sa, sb, r.v, p)
	r.m.ratio = m.matchedRatio(path)
	r.m.endCost = m.endCostOf(path)
	r.m.openCost = m.openCostOf(path)
	r.m.room = room
	r.path, _ = r.m.search(bd)
}

// beadRow makes the row of step st of a search path, whose sentences are
// src and tgt: a match with the model's confidence, or a sentence with no
// counterpart.
func (m *model) beadRow(st step, src, tgt []int) Row {
	raw := 0.0
	if len(src) > 0 && len(tgt) > 0 {
		raw = m.confidence(st)
	}
	return rowOf(raw, src, tgt)
}

// rowOf makes the row of a step whose sentences are src and tgt: a match
// with the model's confidence raw, or a sentence with no counterpart.
func rowOf(raw float64, src, tgt []int) Row {
	row := Row{Cells: [][]int{src, tgt}}
	switch {
	case len(tgt) == 0:
		// The search weighs no evidence for a sentence being
		// untranslated, only against its matches: 0.5 says so.
		row.Kind, row.raw = Deleted, 0.5
	case len(src) == 0:
		row.Kind, row.raw = Inserted, 0.5
	default:
		row.Kind, row.raw = Match, raw
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
