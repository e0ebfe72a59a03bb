// The decision between a merge and an omission: which sentences of the
// original a translation leaves out, made once, in the alignment.

package align

import (
	"math"
	"sort"

	"github.com/synoptic-text/synoptic/editions"
)

// decideOmissions decides, in rows, a first alignment of src and its
// translation tgt, which source sentences the translation leaves out,
// and returns the rows that say so: a sentence found left out stands in
// a Deleted row, a sentence found translated in a match. Every view of
// the alignment — compare, export, the demo, the JSON, and the coverage
// check, which reports on these rows and decides nothing again — shows
// the same rows.
//
// The search cannot make this decision alone. Its length model is
// generous, so as not to reject true pairs of unusual length, and it
// takes an omission for rare (beadProbOmit): where a translation leaves
// out a short sentence and the translation of its neighbour is long
// enough for both, it merges the two (on the bundled sample, the 1972
// translation drops "Ils étaient 212 sur 240 : seuls les correcteurs
// restèrent à leur poste." and the search made a 2-1 of it with the
// sentence before); where it does leave a sentence out beside a match,
// that was often a coin toss, and a translation that renders the
// sentence in its neighbour's then shows it unmatched. What decides is
// what a first alignment teaches about this translator, which the
// search has not seen: the spread of their lengths (measureLengths),
// the word pairs of the two texts (learnWords) and how much of a
// sentence its own translation visibly shows compared with its
// neighbour's (prepareLex), and how often they merge (mergeRate). With
// those, in this order,
//
//   - the neighbourhood of each passage the search left unmatched is
//     aligned again, a passage left out being one event (refine);
//   - each sentence left unmatched alone between matches is weighed as
//     left out against merged into the match before or after it, and
//     against such a merge leaving out another sentence (besideMatch);
//   - each end of a merge is weighed as left out against translated
//     in it (mergedOmission), and a merge whose translation is far too
//     short for it loses the ends that it is too short for
//     (trimmedMerge);
//   - a sentence left unmatched alone may be the wrong one of two
//     similar neighbours: the omission moves to the sentence whose
//     translation its neighbour's is (reattribute, shift).
//
// Each decision replaces a few rows; a decision whose rows another has
// already replaced is not made. A Deleted row a decision made, or kept
// by weighing it, holds in omitP the probability the decision gave it,
// which the coverage check reports as the omission's confidence.
//
// Measured by go run ./bench/coverage, on translations damaged in
// known ways (the README's "The coverage check" has the figures), and
// by go run ./bench/textberg, whose strict F1 the decision must not
// lower.
func decideOmissions(src, tgt *editions.Edition, rows []Row) []Row {
	p := defaultParams()
	sa, sb, v := newSides(src, tgt, p)
	out, _ := decideWith(src, tgt, rows, sa, sb, v, p, 0, 0)
	return out
}

// decideWith is decideOmissions with the sides of the two editions
// already made, without learnt features (unlearntSides), and endCost
// and openCost the costs the search charged a match for ending unalike
// (ends.go, ends_open.go), which refine charges as the search did; it
// changes the sides. It returns the rows decided, and the passages left
// out in them whose translation stands across a match (transpositions),
// which markMoves makes moves of.
func decideWith(src, tgt *editions.Edition, rows []Row, sa, sb *side, v *vocab, p *params, endCost, openCost float64) ([]Row, []transposition) {
	if len(src.Sentences) == 0 || len(tgt.Sentences) == 0 {
		return rows, nil
	}
	d := newDecider(src, tgt, rows, sa, sb, v, p)
	d.m.endCost, d.m.openCost = endCost, openCost
	d.refine()
	return d.transpositions(d.weigh())
}

// newDecider returns the decider of rows, with what it learns from them
// before any is changed: the translator's lengths and word pairs.
func newDecider(src, tgt *editions.Edition, rows []Row, sa, sb *side, v *vocab, p *params) *decider {
	d := &decider{src: src, tgt: tgt, rows: rows}
	d.translatorLengths = measureLengths(src, tgt, rows)
	d.learnWords(sa, sb, v, p)
	return d
}

// weigh makes the decisions on d's rows, refined or not, and returns the
// rows they leave.
func (d *decider) weigh() []Row {
	d.prepareLex()
	d.mergeRate = d.estimateMergeRate()
	d.seams = len(d.m.a.weakEnd) == len(d.src.Sentences) && weakShare(d.m.a.weakEnd) < 0.5
	d.taken = make([]bool, len(d.rows))
	d.decide()
	return d.apply()
}

// decider holds what the decision derives from the first alignment.
type decider struct {
	src, tgt *editions.Edition
	// rows are the first alignment's, with the passages realigned
	// (refine); the decisions read them, and replace some (edits).
	rows []Row
	translatorLengths
	// m scores what two sentences share, with the aligner's features
	// and the word pairs learnt from the rows.
	m *model
	// lex are the 1-1 matches' lexSamples, by weight; mergeRate is the
	// share of matches that merge several source sentences.
	lex       []lexSample
	mergeRate float64
	// seams says whether a source sentence that ends weakly marks one
	// the segmenter cut in two (splitSeam): whether fewer than half of
	// the source's sentences end weakly (chosen by hand: see there).
	seams bool
	// cog is what the long cognates of merged sentences are weighed by
	// (longCognate).
	cog cognates

	edits []rowEdit
	taken []bool // rows an edit replaces

	bags [4][]fcount // sharedSet's buffers (bagOf)
}

// A rowEdit replaces rows lo..hi-1 of decider.rows.
type rowEdit struct {
	lo, hi int
	rows   []Row
}

// edit replaces rows lo..hi-1 by rows, unless another decision has
// replaced any of them; it reports whether it did.
func (d *decider) edit(lo, hi int, rows []Row) bool {
	for k := lo; k < hi; k++ {
		if d.taken[k] {
			return false
		}
	}
	for k := lo; k < hi; k++ {
		d.taken[k] = true
	}
	d.edits = append(d.edits, rowEdit{lo, hi, rows})
	return true
}

// apply returns the rows with the edits made.
func (d *decider) apply() []Row {
	if len(d.edits) == 0 {
		return d.rows
	}
	sort.Slice(d.edits, func(i, j int) bool { return d.edits[i].lo < d.edits[j].lo })
	out := make([]Row, 0, len(d.rows))
	last := 0
	for _, e := range d.edits {
		out = append(out, d.rows[last:e.lo]...)
		out = append(out, e.rows...)
		last = e.hi
	}
	return append(out, d.rows[last:]...)
}

// decide makes the decisions, in the order decideOmissions gives: the
// lone unmatched sentences first, since one merged into a match takes
// that match with it; then, in reading order, the merges and the other
// sentences left unmatched.
func (d *decider) decide() {
	rows := d.rows
	judged := make([]bool, len(rows))
	for r := range rows {
		if d.lone(r) {
			judged[r] = d.besideMatch(r)
		}
	}
	for r := 0; r < len(rows); r++ {
		if judged[r] || d.taken[r] {
			continue
		}
		switch rows[r].Kind {
		case Deleted:
			r = d.unmatchedRun(r) - 1
		case Match:
			if len(rows[r].Cells[0]) > 1 && !d.mergedOmission(r) {
				d.trimmedMerge(r)
			}
		}
	}
}

// lone reports whether row r is a single source sentence left
// unmatched between matches, with no translation sentence unmatched
// beside it.
func (d *decider) lone(r int) bool {
	rows := d.rows
	if rows[r].Kind != Deleted || len(rows[r].Cells[0]) != 1 {
		return false
	}
	for _, k := range []int{r - 1, r + 1} {
		if k >= 0 && k < len(rows) && rows[k].Kind != Match {
			return false
		}
	}
	return true
}

// unmatchedRun looks at the run of unmatched rows that starts at row r,
// up to the next match, and returns the row after it. A run of one
// source sentence with no translation sentence unmatched in it or just
// before it may be the wrong sentence of two (reattribute).
func (d *decider) unmatchedRun(r int) int {
	rows := d.rows
	end := r
	var run []int
	tgtChars := 0.0
	for end < len(rows) && rows[end].Kind != Match {
		if rows[end].Kind == Deleted {
			run = append(run, rows[end].Cells[0]...)
		} else {
			tgtChars += d.sum(d.tgtLen, rows[end].Cells[1])
		}
		end++
	}
	for k := r - 1; k >= 0 && rows[k].Kind == Inserted; k-- {
		tgtChars += d.sum(d.tgtLen, rows[k].Cells[1])
	}
	if len(run) == 1 && tgtChars == 0 && end == r+1 {
		d.reattribute(r)
	}
	return end
}

// trimmedMerge checks a merge whose ends mergedOmission did not find
// left out against the lengths alone: when its translation is far too
// short for it (shortZ standard deviations and shortMinChars characters
// or more) and leaving out sentences at either end brings the rest
// within two standard deviations of its expected length (the nearest
// such rest is kept), those sentences are left out, with the
// probability shortenedConfidence gives. It reports whether it decided
// so.
func (d *decider) trimmedMerge(r int) bool {
	sc, tc := d.rows[r].Cells[0], d.rows[r].Cells[1]
	la, lb := d.sum(d.srcLen, sc), d.sum(d.tgtLen, tc)
	z := d.zScore(la, lb)
	if la*d.ratio-lb < shortMinChars || z > -shortZ {
		return false
	}
	best, keepLo, keepHi := math.Inf(1), -1, -1
	for lo := 0; lo < len(sc); lo++ {
		for hi := lo + 1; hi <= len(sc); hi++ {
			if lo == 0 && hi == len(sc) {
				continue
			}
			if lo > 0 && hi < len(sc) {
				continue // an omission in the middle would not be merged this way
			}
			if _, ok := beadTypeOf(hi-lo, len(tc)); !ok {
				continue
			}
			// The rest must fit within two standard deviations
			// (chosen by hand, commit a564e4f).
			zk := math.Abs(d.zScore(d.sum(d.srcLen, sc[lo:hi]), lb))
			if zk < best && zk < 2 {
				best, keepLo, keepHi = zk, lo, hi
			}
		}
	}
	if keepLo < 0 {
		return false
	}
	p := shortenedConfidence(z)
	out := deletedRows(sc[:keepLo], p)
	out = append(out, matchRow(sc[keepLo:keepHi], tc))
	out = append(out, deletedRows(sc[keepHi:], p)...)
	return d.edit(r, r+1, out)
}

// shortenedConfidence is the probability that a translation z standard
// deviations too short (z < -shortZ) leaves out what it is too short
// for: beyond the threshold, each further standard deviation makes a
// chance shortfall less likely, a logistic in the excess, 0.62 at the
// threshold (its offset of 0.5 chosen by hand, commit a564e4f).
func shortenedConfidence(z float64) float64 {
	return 1 / (1 + math.Exp(-(-z-shortZ)-0.5))
}

// deletedRows are the rows of source sentences sc left out, a row for
// each as the search makes them, with probability p (omitP).
func deletedRows(sc []int, p float64) []Row {
	var out []Row
	for _, s := range sc {
		out = append(out, Row{Cells: [][]int{{s}, {}}, Kind: Deleted, Score: 0.5, raw: 0.5, omitP: p, weighed: true})
	}
	return out
}

// matchRow is the row of source sentences sc matched with translation
// sentences tc. Its scores are placeholders: the aligner scores the
// rows it returns afterwards (see runTranslation).
func matchRow(sc, tc []int) Row {
	return Row{Cells: [][]int{sc, tc}, Kind: Match, Score: 0.5, raw: 0.5, weighed: true}
}

// beadTypeOf returns the index in beadTypes of the shape a-b.
func beadTypeOf(a, b int) (int, bool) {
	for t, bt := range beadTypes {
		if bt.a == a && bt.b == b {
			return t, true
		}
	}
	return 0, false
}

// sigmoid is the probability of log-odds x.
func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// stepsOf returns the path of rows, which are those of path with some
// replaced (decideOmissions): a row that is a step of path keeps that
// step, a new one gets a step weighed by m, with no margin over the
// other ways into its cell, since it is not the search's own choice.
func (m *model) stepsOf(rows []Row, path []step) []step {
	type key struct{ t, i, j int }
	old := make(map[key]step, len(path))
	for _, st := range path {
		old[key{int(st.t), st.i, st.j}] = st
	}
	out := make([]step, 0, len(rows))
	i, j := 0, 0
	for _, r := range rows {
		a, b := len(r.Cells[0]), len(r.Cells[1])
		i, j = i+a, j+b
		t, _ := beadTypeOf(a, b)
		if st, ok := old[key{t, i, j}]; ok {
			out = append(out, st)
			continue
		}
		st := step{t: uint8(t), i: i, j: j}
		switch {
		case b == 0:
			st.state = stOmit
		case a == 0:
			st.state = stAdd
		default:
			_, st.sim = m.cost(t, i, j, nil)
		}
		out = append(out, st)
	}
	return out
}
