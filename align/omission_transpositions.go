// Sentences set across a neighbour: a source sentence left unmatched on
// one side of a match whose translation stands unmatched on the other.

package align

import (
	"math"
	"sort"
)

// A transposition is a source passage src the decision left out whose
// translation tgt the alignment has as added on the other side of a
// match or two, with p, the probability that tgt renders src.
type transposition struct {
	src, tgt []int
	p        float64
}

// maxCrossRows is the most matches a transposition crosses: one, a
// heading between the two ends (the Bible's chapters, whose numbering
// differs between traditions: Jonah 1:17 in the King James Version is
// 2:1 in Crampon's French, after the chapter heading "2"; Genesis
// 31:55 is 32:1 in the German) or a sentence the translator put before
// its neighbour instead of after it; two, such a heading and the
// verse or sentence beside it. Further than that a passage is a move,
// which markMoves finds when it is long enough to be tested against
// chance; a short one further off is what this test cannot tell from an
// omission beside an unrelated addition. Chosen by hand.
const maxCrossRows = 2

// transposedPrior is the log-odds, before the evidence of words and
// lengths, of a transposition against an omission beside an addition:
// a translator is taken to set a sentence across its neighbour about as
// often as to leave one out (nothing measured says otherwise), while
// an omission has an addition on the crossing side of its one or two
// neighbouring matches, by coincidence, only as often as the aligner's
// rate of additions (beadProbAdd, each of the 2·maxCrossRows gaps in
// reach) gives: about one time in five. So the same observation, a
// sentence left out and one added across a match, is about five times
// likelier as one event than as two.
var transposedPrior = -math.Log(beadProbAdd * 2 * maxCrossRows)

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
		if gaps[h].lo-gaps[h-1].hi > maxCrossRows {
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
			if c.odds += transposedPrior; c.odds > 0 {
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
		out = append(out, move{runs: runs, matches: []Row{{Cells: [][]int{tr.src, tr.tgt}, Kind: Moved, Score: tr.p}}})
	}
	return out
}
