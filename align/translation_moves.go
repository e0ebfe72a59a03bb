// Passages moved in a translation: source sentences left without
// counterpart where they stand whose translation stands elsewhere.

package align

import "math"

// markMoves finds, in a translation's alignment, the passages moved: a
// run of source sentences left without counterpart (the Deleted rows of
// a gap between matches) whose translation is a run of translation
// sentences without source elsewhere (the Inserted rows of another gap)
// — a paragraph the printer set in the wrong place, a chapter out of
// order. Either end alone is right (nothing stands for it where it
// should), but the two together said that text was missing,
// confidently, and that other text was added, where the translation
// renders every sentence. The rows of such a pair become Moved rows,
// each pointing (Peer) at the row that holds its counterpart, so that
// compare, export and the page show the move, and the coverage check
// reads it from the rows (a finding of kind MovedPassage, its sentences
// covered) instead of deciding it again.
//
// A pair is a move when the omitted run, aligned alone against the
// added one (alignWith, with its tests of chance), corresponds better
// than chance and pairs at least minMovedShare of the run's sentences,
// with matches more likely right than wrong on average (their mean
// score DoubtfulBelow or more: a move less sure than that would hide an
// omission and an addition behind rows nothing reports). Of the pair,
// the rows whose sentences the sub-alignment pairs, all of them, become
// Moved, scored by the least score of those matches; the others stay
// Deleted or Inserted, an omission or an addition inside the passage.
// A row's Peer is the row of the counterpart of its first sentence; a
// 2-1 match of the sub-alignment makes two rows pointing at one.
//
// Only runs of minMovedSentences or more at both ends are tried, each
// omitted run against the added ones in reading order until one fits:
// shorter ones are what the tests of chance do not judge. A passage
// moved carries its length with it: a pair whose lengths this
// translator's length model (lengths.go) puts shortZ standard deviations
// or more apart, the bound past which the coverage check calls a
// translation too short, is not tried; and at most maxMoveTries pairs
// are aligned, so that a translation with hundreds of runs left out and
// hundreds added costs no more than a few hundred short alignments. An
// added run is taken whole: passages moved into one block (several
// paragraphs set together at the end) make one run, against which only
// one of them can be found so; the others stay omissions, and the block
// an addition. Rows a person confirmed (pins) are not touched: a run
// holding one is not tried.
//
// The number of rows and their order do not change, so that every
// sentence stays in one row, in reading order, and the warnings' rows
// stay where they were.
//
// (Until 2026-12-07 the coverage check found these moves on its own
// report, and compare showed the rows deleted and inserted: the check
// and the views disagreed, which issue 15 asks never to happen.)
func (al *Alignment) markMoves() {
	omitted, added := al.unmatchedRuns()
	if len(omitted) == 0 || len(added) == 0 {
		return
	}
	src, tgt := al.Editions[0], al.Editions[1]
	lengths := measureLengths(src, tgt, al.Rows)
	used := make([]bool, len(added))
	tries := 0
	for _, o := range omitted {
		la := lengths.sum(lengths.srcLen, o.sentences)
		for k, ad := range added {
			if used[k] || tries >= maxMoveTries ||
				math.Abs(lengths.zScore(la, lengths.sum(lengths.tgtLen, ad.sentences))) >= shortZ {
				continue
			}
			tries++
			if al.moveRuns(o, ad) {
				used[k] = true
				break
			}
		}
	}
}

// A movedRun is the rows of one side of a gap that could be one end of a
// move, and their sentences, in order.
type movedRun struct {
	rows      []int
	sentences []int
}

// unmatchedRuns returns, gap by gap (the rows between two matches), the
// runs of Deleted rows and of Inserted rows of minMovedSentences
// sentences or more, none with a row a person confirmed.
func (al *Alignment) unmatchedRuns() (omitted, added []movedRun) {
	rows := al.Rows
	for r := 0; r < len(rows); {
		if rows[r].Kind == Match {
			r++
			continue
		}
		var o, a movedRun
		confirmed := [2]bool{}
		for ; r < len(rows) && rows[r].Kind != Match; r++ {
			side, run := 0, &o
			if rows[r].Kind == Inserted {
				side, run = 1, &a
			} else if rows[r].Kind != Deleted {
				continue
			}
			confirmed[side] = confirmed[side] || rows[r].Confirmed
			run.rows = append(run.rows, r)
			run.sentences = append(run.sentences, rows[r].Cells[side]...)
		}
		if len(o.sentences) >= minMovedSentences && !confirmed[0] {
			omitted = append(omitted, o)
		}
		if len(a.sentences) >= minMovedSentences && !confirmed[1] {
			added = append(added, a)
		}
	}
	return omitted, added
}

// moveRuns aligns the omitted run o alone against the added run ad and,
// when they correspond as markMoves says a move does, makes their rows
// Moved; it reports whether it did.
func (al *Alignment) moveRuns(o, ad movedRun) bool {
	s0, t0 := o.sentences[0], ad.sentences[0]
	sub := alignWith(al.Editions[0].Sub(s0, o.sentences[len(o.sentences)-1]+1),
		al.Editions[1].Sub(t0, ad.sentences[len(ad.sentences)-1]+1), defaultParams(), nil)
	if len(sub.Warnings) > 0 {
		return false
	}
	paired, score, matches := 0, 0.0, 0
	// Each sentence's sub-alignment match: its score and the first
	// sentence of the other side, for the whole editions.
	type counterpart struct {
		first int
		score float64
	}
	bySrc := make(map[int]counterpart)
	byTgt := make(map[int]counterpart)
	for _, r := range sub.Rows {
		if r.Kind != Match {
			continue
		}
		paired += len(r.Cells[0])
		score += r.Score
		matches++
		for _, s := range r.Cells[0] {
			bySrc[s0+s] = counterpart{t0 + r.Cells[1][0], r.Score}
		}
		for _, t := range r.Cells[1] {
			byTgt[t0+t] = counterpart{s0 + r.Cells[0][0], r.Score}
		}
	}
	if matches == 0 || float64(paired) < minMovedShare*float64(len(o.sentences)) || score < DoubtfulBelow*float64(matches) {
		return false
	}
	// The row of each sentence of the two runs, to point at.
	rowOf := make(map[[2]int]int) // {side, sentence} → row
	for side, run := range [2]movedRun{o, ad} {
		for _, r := range run.rows {
			for _, s := range al.Rows[r].Cells[side] {
				rowOf[[2]int{side, s}] = r
			}
		}
	}
	for side, run := range [2]movedRun{o, ad} {
		by := [2]map[int]counterpart{bySrc, byTgt}[side]
	rows:
		for _, r := range run.rows {
			row := &al.Rows[r]
			least := 1.0
			for _, s := range row.Cells[side] {
				c, ok := by[s]
				if !ok {
					continue rows // a sentence the passage does not render
				}
				least = math.Min(least, c.score)
			}
			row.Kind, row.Score = Moved, least
			row.Peer = rowOf[[2]int{1 - side, by[row.Cells[side][0]].first}]
		}
	}
	return true
}

const (
	// minMovedSentences is the fewest sentences at each end of a move:
	// those the tests of chance judge (chanceMinSentences; a text
	// shorter gets no verdict, and so no warning). With 2, Verne's
	// English with 150 paragraphs set together at its end had three
	// moves found against its French, all false ("--Oui. Un Français
	// nommé Passepartout." against two lines of a table; runs of 5 and
	// 6 sentences against paragraphs of other chapters), their matches
	// scored 0.53 to 0.71 on average.
	minMovedSentences = chanceMinSentences
	// minMovedShare is the least share of the omitted run's sentences
	// that the sub-alignment must pair: a passage moved is translated
	// throughout, as the passages of a translation left in place are
	// (coverage 0.94 or more of Ruth and Jonah into English,
	// TestChanceBibleBooks); a half is far below that, and far above
	// what a fitting coincidence pairs. Chosen by hand, not measured.
	minMovedShare = 0.5
	// maxMoveTries bounds the pairs markMoves aligns: chosen by hand,
	// not measured; a few hundred alignments of short runs take about a
	// second (Verne's English with 150 paragraphs set together at its
	// end, against the French: 167 omissions, 1.5 s for the whole
	// coverage check).
	maxMoveTries = 300
)
