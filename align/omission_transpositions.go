// Sentences set across a neighbour: a source sentence left unmatched on
// one side of a match whose translation stands unmatched on the other.

package align

import (
	"math"
	"sort"

	"github.com/synoptic-text/synoptic/editions"
)

// A transposition is a source passage src the decision left out whose
// translation tgt the alignment has as added on the other side of a
// match or two, with p, the probability that tgt renders src.
type transposition struct {
	src, tgt []int
	p        float64
	// matches are its Moved matches (passageMatches), made when it is
	// confirmed, or when it is chosen.
	matches []Row
}

// transposedPrior is the log-odds, before the evidence of words and
// lengths, of a transposition across d matches against an omission
// beside an addition: a translator is taken to set a sentence across
// its neighbours about as often as to leave one out (nothing measured
// says otherwise), while an omission has an addition within d matches
// of it, on either side, by coincidence, only as often as the aligner's
// rate of additions (beadProbAdd) gives for the 2·d gaps in that reach.
// Across one match (a heading between the two ends: Jonah 1:17 in the
// King James Version is 2:1 in Crampon's French, after the chapter
// heading "2"; Genesis 31:55 is 32:1 in the German), one time in ten:
// the same observation, a sentence left out and one added across a
// match, is ten times likelier as one event than as two; across two
// (such a heading and the verse beside it), five.
func transposedPrior(d int) float64 {
	return -math.Log(beadProbAdd * 2 * float64(d))
}

// maxCrossRows is the most matches a transposition crosses: the reach
// at which its prior falls to even odds, an addition that far being as
// likely a coincidence as a translator's move. A passage of a few
// sentences set further on is then weighed by its words and lengths
// alone (Text+Berg's test6 sets three sentences on three climbing shoes
// four sentences further on in its French; TestPassageSetFurtherOn).
// Further than that a passage is a move that markMoves finds when it
// is long enough to be tested against chance; a short one further off
// is what this test cannot tell from an omission beside an unrelated
// addition.
const maxCrossRows = int(1 / (2 * beadProbAdd))

// nearCross is the reach within which the decision's weighing of the
// two passages as wholes decides a transposition alone: a heading, and
// the verse or sentence beside it (until 2026-12-08 the only reach,
// chosen by hand). Further, the passages must also align alone as a
// move does (passageMatches).
const nearCross = 2

// transpositions finds, in rows (the decision's, made), the source
// passages left out whose translation stands added a match or two away,
// across them (maxCrossRows): a passage the search, which keeps both
// texts in order, could not pair, and the decision then reported as left
// out, confidently, though the translation renders it. Each such pair is
// weighed, as the decision weighs a merge, by what the alignment's own
// 1-1 matches show (transposedLogLR): how much of a sentence its own
// translation shows, and how long that is, against what the translation
// of the next sentence shows of it, and how long that is, the
// translation of another sentence near it being what an addition beside
// an omission most resembles; with transposedPrior, a pair is a
// transposition when its log-odds are above 0. Only passages shorter
// than minMovedSentences at both ends: a longer one is markMoves's, with
// its test against chance. Each end is paired once, the likeliest pairs
// first.
//
// A passage may begin in the match beside it on the side away from the
// crossing (extendTransposition): the King James Version cuts Jonah 1:17
// in two sentences, and the search merged the first with 1:16. The
// match then gives those sentences up: it returns rows with such
// matches trimmed, the sentences taken standing in Deleted rows.
// The pairs become Moved rows in markMoves, with the moves it finds,
// after the comparison with chance, which may unalign a stretch around
// them (transposedMoves).
func (d *decider) transpositions(rows []Row) ([]Row, []transposition) {
	type gap struct {
		lo, hi         int // its rows
		omitted, added []int
	}
	var gaps []gap
	for r := 0; r < len(rows); {
		if rows[r].Kind == Match {
			r++
			continue
		}
		g := gap{lo: r}
		for ; r < len(rows) && rows[r].Kind != Match; r++ {
			switch rows[r].Kind {
			case Deleted:
				g.omitted = append(g.omitted, rows[r].Cells[0]...)
			case Inserted:
				g.added = append(g.added, rows[r].Cells[1]...)
			}
		}
		g.hi = r
		gaps = append(gaps, g)
	}
	type candidate struct {
		src, tgt int // gaps
		tr       transposition
		odds     float64
		trim     int // the match the source passage takes its end from, -1 if none
		kept     []int
		cutOdds  float64
	}
	var cands []candidate
	for h := 1; h < len(gaps); h++ {
		crossed := gaps[h].lo - gaps[h-1].hi
		if crossed > maxCrossRows {
			continue
		}
		for _, c := range [2]candidate{{src: h - 1, tgt: h}, {src: h, tgt: h - 1}} {
			s, t := gaps[c.src].omitted, gaps[c.tgt].added
			if len(s) == 0 || len(t) == 0 || len(s) >= minMovedSentences || len(t) >= minMovedSentences {
				continue
			}
			c.trim = -1
			c.odds = math.Inf(-1)
			if odds, ok := d.transposedLogLR(s, t); ok {
				c.odds, c.tr = odds, transposition{src: s, tgt: t}
			}
			// The passage may begin in the match on its far side: a
			// verse the segmenter cut in two, its first half merged
			// with the verse before.
			before := c.src < c.tgt
			m := gaps[c.src].hi // the match after the passage
			if before {
				m = gaps[c.src].lo - 1
			}
			if m >= 0 && m < len(rows) && rows[m].Kind == Match {
				d.extendTransposition(rows[m].Cells, s, t, before, func(ext, kept []int, odds, cut float64) {
					if odds > c.odds {
						c.odds, c.tr, c.trim, c.kept, c.cutOdds = odds, transposition{src: ext, tgt: t}, m, kept, cut
					}
				})
			}
			if c.odds += transposedPrior(crossed); c.odds > 0 {
				if crossed > nearCross {
					// Further than a heading and a verse: the passages
					// must align as a move does (passageMatches).
					m, ok := passageMatches(d.src, d.tgt, c.tr.src, c.tr.tgt)
					if !ok {
						continue
					}
					c.tr.matches = m
				}
				cands = append(cands, c)
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].odds > cands[j].odds })
	usedSrc, usedTgt, usedRow := make(map[int]bool), make(map[int]bool), make(map[int]bool)
	var out []transposition
	var trims []trim
	for _, c := range cands {
		if usedSrc[c.src] || usedTgt[c.tgt] || (c.trim >= 0 && usedRow[c.trim]) {
			continue
		}
		usedSrc[c.src], usedTgt[c.tgt] = true, true
		c.tr.p = sigmoid(c.odds)
		if c.tr.matches == nil && len(c.tr.src) > 1 && len(c.tr.tgt) > 1 {
			c.tr.matches, _ = passageMatches(d.src, d.tgt, c.tr.src, c.tr.tgt)
		}
		if len(c.tr.matches) < 2 {
			// One match: right if the passages correspond.
			c.tr.matches = []Row{{Cells: [][]int{c.tr.src, c.tr.tgt}, Kind: Moved, Score: 1}}
		}
		// Each match is right if the passages correspond and it pairs
		// their sentences rightly.
		for k := range c.tr.matches {
			c.tr.matches[k].Score *= c.tr.p
		}
		if c.trim >= 0 {
			usedRow[c.trim] = true
			trims = append(trims, trim{row: c.trim, kept: c.kept, p: sigmoid(c.cutOdds)})
		}
		out = append(out, c.tr)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].src[0] < out[j].src[0] })
	return trimMatches(rows, trims), out
}

// A trim takes from match row the source sentences at one end that a
// transposition's passage began with, the row keeping kept; the
// sentences taken stand in Deleted rows, as left out with probability
// p, until markMoves makes them one end of the move.
type trim struct {
	row  int
	kept []int
	p    float64
}

// trimMatches returns rows with the trims made.
func trimMatches(rows []Row, trims []trim) []Row {
	if len(trims) == 0 {
		return rows
	}
	sort.Slice(trims, func(i, j int) bool { return trims[i].row < trims[j].row })
	out := make([]Row, 0, len(rows)+len(trims))
	last := 0
	for _, t := range trims {
		out = append(out, rows[last:t.row]...)
		sc, tc := rows[t.row].Cells[0], rows[t.row].Cells[1]
		if t.kept[0] == sc[0] { // the end taken is the last
			out = append(out, matchRow(t.kept, tc))
			out = append(out, deletedRows(sc[len(t.kept):], t.p)...)
		} else {
			out = append(out, deletedRows(sc[:len(sc)-len(t.kept)], t.p)...)
			out = append(out, matchRow(t.kept, tc))
		}
		last = t.row + 1
	}
	return append(out, rows[last:]...)
}

// extendTransposition weighs the passage s of a transposition to t
// begun in the match cells beside it (before it when before, else
// after): for each run of that match's source sentences at the end
// next to s, all but one at most, found calls back with the passage
// so extended, the match's sentences left, and the log-odds of the
// whole: the evidence that the run is not rendered by the match's
// translation (cuts, without its prior of an omission) and that t
// renders the passage extended (transposedLogLR).
func (d *decider) extendTransposition(cells [][]int, s, t []int, before bool, found func(ext, kept []int, odds, cut float64)) {
	sc, tc := cells[0], cells[1]
	if len(sc) < 2 {
		return
	}
	prior := d.cutPrior()
	for _, c := range d.cuts(sc, tc, [2]bool{}) {
		k := len(c.omitted)
		if before && c.omitted[k-1] != sc[len(sc)-1] || !before && c.omitted[0] != sc[0] {
			continue // the run at the other end
		}
		var ext, kept []int
		if before {
			ext = append(append(ext, c.omitted...), s...)
			kept = sc[:len(sc)-k]
		} else {
			ext = append(append(ext, s...), c.omitted...)
			kept = sc[k:]
		}
		if len(ext) >= minMovedSentences {
			continue
		}
		if odds, ok := d.transposedLogLR(ext, t); ok {
			found(ext, kept, c.odds-prior+odds, c.odds)
		}
	}
}

// transposedLogLR is the log of how much likelier the translation
// sentences tc are to show what they show of the source sentences sc,
// and to be as long as they are, when they render sc than when they
// render a sentence beside it: the share of sc's weight they show and
// their standardized length difference, each against the same
// measures of the 1-1 matches of about sc's weight (lexWindow), taken
// with their own translation and with the next match's (lexSample's
// alone and beside, zOwn and zBeside). It reports false when sc weighs
// too little for what is shared to say anything (minLexWeight).
func (d *decider) transposedLogLR(sc, tc []int) (float64, bool) {
	w := 0.0
	for _, s := range sc {
		w += d.m.a.weight[s]
	}
	if w < minLexWeight || len(d.lex) == 0 {
		return 0, false
	}
	m := d.marginalShare(sc, nil, tc)
	z := d.zScore(d.sum(d.srcLen, sc), d.sum(d.tgtLen, tc))
	return -d.shareLogLR(w, m, true) + d.lengthLogLR(w, z), true
}

// lengthLogLR is the log of how much likelier a standardized length
// difference z is between a sentence of weight w and its translation
// than between it and the translation of the next: kernel estimates of
// the two densities over the 1-1 matches of nearest weight, as
// lexLogLR's, each Gaussian kernel as wide as Silverman's rule of thumb
// gives for those differences (1.06 σ n^-1/5: Silverman, Density
// Estimation for Statistics and Data Analysis, 1986, §3.4.2), with
// the pseudo-count of half a match lexLogLR adds.
func (d *decider) lengthLogLR(w, z float64) float64 {
	n := len(d.lex)
	i := sort.Search(n, func(i int) bool { return d.lex[i].weight >= w })
	xs := d.lex[max(0, i-lexWindow):min(n, i+lexWindow)]
	density := func(at func(lexSample) float64) float64 {
		k := float64(len(xs))
		mean, sq := 0.0, 0.0
		for _, x := range xs {
			mean += at(x)
		}
		mean /= k
		for _, x := range xs {
			sq += (at(x) - mean) * (at(x) - mean)
		}
		h := 1.06 * math.Sqrt(sq/k) * math.Pow(k, -0.2)
		if h <= 0 {
			h = 1 // samples all alike: a standard deviation of the length model
		}
		sum := 0.5 // the pseudo-count, spread as one kernel's height
		for _, x := range xs {
			u := (z - at(x)) / h
			sum += math.Exp(-u * u / 2)
		}
		return sum / (k * h)
	}
	return math.Log(density(func(x lexSample) float64 { return x.zOwn }) /
		density(func(x lexSample) float64 { return x.zBeside }))
}

// transposedMoves returns the transpositions the omission decision found
// (Alignment.transposed) as moves of their rows, a Moved row at each
// end, scored as likely as the decision found the pair: those whose
// sentences still stand in Deleted and Inserted rows of their own, as
// the comparison with chance may have changed the rows around them, and
// that none of the moves already found takes a row of.
func (al *Alignment) transposedMoves(found []move) []move {
	if len(al.transposed) == 0 {
		return nil
	}
	taken := make(map[int]bool)
	for _, m := range found {
		for _, run := range m.runs {
			for _, r := range run.rows {
				taken[r] = true
			}
		}
	}
	// The row of each sentence of a transposition, by side.
	var at [2]map[int]int
	for side := range at {
		at[side] = make(map[int]int)
	}
	for _, tr := range al.transposed {
		for side, ids := range [2][]int{tr.src, tr.tgt} {
			for _, s := range ids {
				at[side][s] = -1
			}
		}
	}
	kinds := [2]RowKind{Deleted, Inserted}
	for r, row := range al.Rows {
		for side := range at {
			if row.Kind != kinds[side] {
				continue
			}
			for _, s := range row.Cells[side] {
				if _, ok := at[side][s]; ok {
					at[side][s] = r
				}
			}
		}
	}
	var out []move
next:
	for _, tr := range al.transposed {
		var runs [2]movedRun
		for side, ids := range [2][]int{tr.src, tr.tgt} {
			runs[side].sentences = ids
			in := make(map[int]bool, len(ids))
			for _, s := range ids {
				in[s] = true
			}
			for _, s := range ids {
				r := at[side][s]
				if r < 0 || taken[r] {
					continue next
				}
				for _, other := range al.Rows[r].Cells[side] {
					if !in[other] {
						continue next // its row holds a sentence of no transposition
					}
				}
				if n := len(runs[side].rows); n == 0 || runs[side].rows[n-1] != r {
					runs[side].rows = append(runs[side].rows, r)
				}
			}
		}
		out = append(out, move{runs: runs, matches: tr.matches})
	}
	return out
}

// passageMatches aligns the source passage s alone against its
// translation t, as moveOf looks at a long move: when that pairs every
// sentence of both with matches more likely right than wrong on average
// (DoubtfulBelow), it returns them as Moved matches, each scored as the
// passage's alignment scores it (the probability that it is right if
// the passages correspond), and true; else nil and false.
//
// A passage of several sentences set across its neighbours is
// translated sentence by sentence as the text around it is (Text+Berg's
// test6, four German sentences on three climbing shoes standing four
// French sentences further on: 99:105 and 100:106 in the gold); one
// match of four against four would say less than the aligner knows.
// Beyond nearCross it is also the test a transposition must pass:
// there the prior no longer outweighs a coincidence, and the words and
// lengths the decision weighs the two passages by as wholes did not
// tell three sentences on water in the desert from one on salt
// merchants, in two versions read as a translation
// (TestCoverageOfVersionsTranslationUnchanged).
func passageMatches(src, tgt *editions.Edition, s, t []int) ([]Row, bool) {
	sub := alignWith(src.Pick(s), tgt.Pick(t), defaultParams(), nil)
	matches := make([]Row, 0, len(sub.Rows))
	score := 0.0
	for _, r := range sub.Rows {
		if r.Kind != Match {
			return nil, false
		}
		cells := [][]int{make([]int, len(r.Cells[0])), make([]int, len(r.Cells[1]))}
		for k, i := range r.Cells[0] {
			cells[0][k] = s[i]
		}
		for k, j := range r.Cells[1] {
			cells[1][k] = t[j]
		}
		matches = append(matches, Row{Cells: cells, Kind: Moved, Score: r.Score})
		score += r.Score
	}
	if len(matches) == 0 || score < DoubtfulBelow*float64(len(matches)) {
		return nil, false
	}
	return matches, true
}
