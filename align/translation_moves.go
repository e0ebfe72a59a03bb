// Passages moved in a translation: source sentences left without
// counterpart where they stand whose translation stands elsewhere.

package align

import "math"

// markMoves finds, in a translation's alignment, the passages moved: a
// run of source sentences left without counterpart (the Deleted rows of
// a gap between matches) whose translation is a run of translation
// sentences without source in another gap (its Inserted rows) — a
// paragraph the printer set in the wrong place, a chapter out of order.
// Either end alone is right (nothing stands for it where it should),
// but the two together said that text was missing, confidently, and
// that other text was added, where the translation renders every
// sentence. Such a pair becomes Moved rows, so that compare, export and
// the page show the move, and the coverage check reads it from the rows
// (a finding of kind MovedPassage, its sentences covered, their
// numbers, dates and notes compared) instead of deciding it again.
//
// A pair is a move when the omitted run, aligned alone against the
// added one (alignWith, with its tests of chance), corresponds better
// than chance and pairs at least minMovedShare of the run's sentences,
// with matches more likely right than wrong on average (their mean
// score DoubtfulBelow or more: a move less sure than that would hide an
// omission and an addition behind rows nothing reports). Each match of
// that sub-alignment becomes two Moved rows, one at each place, each
// the other's Peer, scored as the match; the sentences it leaves
// unmatched stay Deleted or Inserted, an omission or an addition inside
// the passage.
//
// Only runs of minMovedSentences or more at both ends are tried, each
// omitted run against the added ones in reading order until one fits:
// shorter ones are what the tests of chance do not judge. A passage
// moved carries its length with it: a pair whose lengths this
// translator's length model (lengths.go) puts shortZ standard deviations
// or more apart, the bound past which the coverage check calls a
// translation too short, is not tried; and at most maxMoveTries pairs
// are aligned, of moveWork times the texts' sentences in all, among
// moveLooks pairs looked at for each run, so that a translation with
// thousands of runs left out and thousands added costs no more than a
// few alignments of the texts. An added run is taken whole: passages
// moved into one block (several paragraphs set together at the end)
// make one run, against which only one of them can be found so; the
// others stay omissions, and the block an addition. So do the
// passages of a translation whose paragraphs are shuffled: where the
// search leaves its stretches unmatched, an omitted run holds several
// paragraphs whose translations stand in as many added runs, and none
// pairs half of it (bench/pathological's paragraphs-shuffled at -scale
// 0.25 with maxCells 1,000,000: 13 omitted runs of 7 sentences or more,
// 10 of them of 30 or more, 7 moves found; trying first, for each run,
// the added runs sharing the most rare words with it, 2026-12-07,
// found the same 7). And with the band widened as it is, to maxCells,
// the search matches most of those sentences wrongly instead: 189 of
// 4,813 sentences with their own translation, in 27 s. Such texts
// have their paragraphs out of order found before the search since
// (alignReordered, reorder.go): 4,732 with their own translation, in
// 1.1 s; what the votes it reads do not pair clearly is still found
// here, or not. A pin of one side (what review makes of a Moved row a
// person confirmed) says where its sentences stand, which a move does
// not change: its row may be one end of a move, so that a move
// confirmed is found again when the texts are aligned again with it.
//
// Every sentence stays in one row, in reading order: a run's new rows
// stand where its first row stood, the other rows of its gap (the other
// edition's) after them.
//
// (Until 2026-12-07 the coverage check found these moves on its own
// report, and compare showed the rows deleted and inserted: the check
// and the views disagreed, which issue 15 asks never to happen.)
func (al *Alignment) markMoves() {
	moves := al.longMoves()
	if short := al.transposedMoves(moves); len(short) > 0 {
		moves = append(moves, short...)
	}
	if len(moves) > 0 {
		al.applyMoves(moves)
	}
}

// longMoves returns the moves of runs of minMovedSentences or more
// (markMoves).
func (al *Alignment) longMoves() []move {
	omitted, added := al.unmatchedRuns()
	if len(omitted) == 0 || len(added) == 0 {
		return nil
	}
	src, tgt := al.Editions[0], al.Editions[1]
	lengths := measureLengths(src, tgt, al.Rows)
	used := make([]bool, len(added))
	var moves []move
	tries := 0
	// The sentences the tries may align in all: a few times the texts',
	// so that the time stays linear in them however many runs there
	// are and however long (moveWork).
	work := moveWork * (len(src.Sentences) + len(tgt.Sentences))
	// And the pairs looked at, lengths and all: as many for each run as
	// moveLooks, so that a text cut into thousands of runs each way is
	// not weighed pair by pair, thousands times thousands.
	looks := moveLooks * (len(omitted) + len(added))
	lb := make([]float64, len(added))
	for k, ad := range added {
		lb[k] = lengths.sum(lengths.tgtLen, ad.sentences)
	}
	for _, o := range omitted {
		la := lengths.sum(lengths.srcLen, o.sentences)
		for k, ad := range added {
			if looks--; looks < 0 {
				break
			}
			size := len(o.sentences) + len(ad.sentences)
			if used[k] || ad.gap == o.gap || tries >= maxMoveTries || size > work ||
				math.Abs(lengths.zScore(la, lb[k])) >= shortZ {
				continue
			}
			tries++
			work -= size
			if m, ok := al.moveOf(o, ad); ok {
				moves = append(moves, m)
				used[k] = true
				break
			}
		}
	}
	return moves
}

// A movedRun is the rows of one side of a gap that could be one end of a
// move, and their sentences, in order.
type movedRun struct {
	gap       int // the gap's index, in reading order
	rows      []int
	sentences []int
}

// unmatchedRuns returns, gap by gap (the rows between two matches or
// moves), the runs of Deleted rows and of Inserted rows of
// minMovedSentences sentences or more. A Moved row (a passage found
// out of order before, alignReordered) ends a gap as a match does: the
// Inserted rows on each side of a passage moved are no one run (Verne's
// English, chapters V and XX swapped, what the passage of chapter XX
// did not take at either end made one run around it, tried as one
// move over the passage's own sentences, and the rows came out of the
// edition's order).
func (al *Alignment) unmatchedRuns() (omitted, added []movedRun) {
	rows := al.Rows
	for r, gap := 0, 0; r < len(rows); gap++ {
		if rows[r].Kind == Match || rows[r].Kind == Moved {
			r++
			continue
		}
		o, a := movedRun{gap: gap}, movedRun{gap: gap}
		for ; r < len(rows) && rows[r].Kind != Match && rows[r].Kind != Moved; r++ {
			side, run := 0, &o
			if rows[r].Kind == Inserted {
				side, run = 1, &a
			} else if rows[r].Kind != Deleted {
				continue
			}
			run.rows = append(run.rows, r)
			run.sentences = append(run.sentences, rows[r].Cells[side]...)
		}
		if len(o.sentences) >= minMovedSentences {
			omitted = append(omitted, o)
		}
		if len(a.sentences) >= minMovedSentences {
			added = append(added, a)
		}
	}
	return omitted, added
}

// A move is an omitted run and an added run found to be one passage, and
// the matches of their sub-alignment, in the whole editions' indices.
type move struct {
	runs    [2]movedRun
	matches []Row
}

// moveOf aligns the omitted run o alone against the added run ad and
// reports whether they correspond as markMoves says a move does, with
// the move if so.
func (al *Alignment) moveOf(o, ad movedRun) (move, bool) {
	s0, t0 := o.sentences[0], ad.sentences[0]
	a := al.Editions[0].Sub(s0, o.sentences[len(o.sentences)-1]+1)
	b := al.Editions[1].Sub(t0, ad.sentences[len(ad.sentences)-1]+1)
	// First without the tests of chance, which for runs this short
	// align forty nulls over the whole grid (chance_full.go): a pair
	// whose alignment alone pairs too little of the run, or no better
	// than doubtfully, is no move, and most pairs tried are not one (a
	// translation with its paragraphs shuffled, bench/pathological's
	// paragraphs-shuffled at -scale 0.1, 15 moves found either way:
	// compare took 3.3 s of wall clock without the moves and 4.5 s
	// with every pair tested against chance, the nulls running on both
	// cores; of processor time, the least of four runs on a loaded
	// machine, 2.18 s without, 2.25 s with every pair tested, 2.07 s
	// so).
	quick := runTranslation(a, b, defaultParams(), nil, false, nil)
	scores := quick.m.translationScores(quick.path, quick.first)
	for k := range quick.rows {
		quick.rows[k].Score = scores[k]
	}
	if _, ok := movedMatches(quick.rows, len(o.sentences), 0, 0); !ok {
		return move{}, false
	}
	sub := alignWith(a, b, defaultParams(), nil)
	if len(sub.Warnings) > 0 {
		return move{}, false
	}
	matches, ok := movedMatches(sub.Rows, len(o.sentences), s0, t0)
	return move{runs: [2]movedRun{o, ad}, matches: matches}, ok
}

// movedMatches returns the matches of rows, the alignment of a run of n
// source sentences alone against a run of the translation, as Moved
// rows with their sentences shifted by s0 and t0, and whether they make
// a move: minMovedShare of the run paired, with scores of DoubtfulBelow
// or more on average.
func movedMatches(rows []Row, n, s0, t0 int) ([]Row, bool) {
	var matches []Row
	paired, score := 0, 0.0
	for _, r := range rows {
		if r.Kind != Match {
			continue
		}
		paired += len(r.Cells[0])
		score += r.Score
		matches = append(matches, Row{Cells: [][]int{shift(r.Cells[0], s0), shift(r.Cells[1], t0)}, Kind: Moved, Score: r.Score})
	}
	k := len(matches)
	return matches, k > 0 && float64(paired) >= minMovedShare*float64(n) && score >= DoubtfulBelow*float64(k)
}

// applyMoves rewrites the rows of the runs of moves: at each end, a
// Moved row for each match, holding that end's sentences, and a Deleted
// or Inserted row for each sentence no match holds, in the edition's
// order, where the run's first row stood; then the peers, and the
// warnings' rows.
func (al *Alignment) applyMoves(moves []move) {
	type end struct{ move, side int }
	first := make(map[int]end)    // the first row of a run → its move and side
	skip := make(map[int]bool)    // the other rows of the runs
	alone := make(map[[2]int]Row) // {side, sentence} → its row, when the sentence is alone in it
	for k, m := range moves {
		for side, run := range m.runs {
			first[run.rows[0]] = end{k, side}
			for _, r := range run.rows[1:] {
				skip[r] = true
			}
			for _, r := range run.rows {
				if c := al.Rows[r].Cells[side]; len(c) == 1 {
					alone[[2]int{side, c[0]}] = al.Rows[r]
				}
			}
		}
	}
	at := make([][2][]int, len(moves)) // move → side → match → its new row
	rows := make([]Row, 0, len(al.Rows))
	// The rows kept as they were → their new index: the Moved rows
	// among them (moves found before, alignReordered) point at their
	// peers' new rows.
	kept := make([]int, len(al.Rows))
	for r, row := range al.Rows {
		e, ok := first[r]
		if !ok {
			if !skip[r] {
				kept[r] = len(rows)
				rows = append(rows, row)
			}
			continue
		}
		m := moves[e.move]
		at[e.move][e.side] = make([]int, len(m.matches))
		k := 0 // the next match
		for _, s := range m.runs[e.side].sentences {
			for k < len(m.matches) && last(m.matches[k].Cells[e.side]) < s {
				k++
			}
			if k < len(m.matches) && m.matches[k].Cells[e.side][0] == s {
				mr := m.matches[k]
				cells := [][]int{{}, {}}
				cells[e.side] = mr.Cells[e.side]
				at[e.move][e.side][k] = len(rows)
				rows = append(rows, Row{Cells: cells, Kind: Moved, Score: mr.Score})
				continue
			}
			if k < len(m.matches) && m.matches[k].Cells[e.side][0] < s {
				continue // a later sentence of the match's
			}
			// Left unmatched by the passage: the sentence's row as the
			// aligner made it (its score, the omission decision's
			// probability), or one of its own.
			row, ok := alone[[2]int{e.side, s}]
			if !ok {
				cells := [][]int{{}, {}}
				cells[e.side] = []int{s}
				row = Row{Cells: cells, Kind: [2]RowKind{Deleted, Inserted}[e.side], Score: 1}
			}
			rows = append(rows, row)
		}
	}
	for r := range rows {
		if rows[r].Kind == Moved {
			rows[r].Peer = kept[rows[r].Peer] // the new moves' are set below
		}
	}
	for _, a := range at {
		for k := range a[0] {
			rows[a[0][k]].Peer, rows[a[1][k]].Peer = a[1][k], a[0][k]
		}
	}
	al.Rows = rows
	al.placeWarnings(al.Warnings)
}

func last(ids []int) int { return ids[len(ids)-1] }

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
	// moveWork bounds the sentences the tries align together, as a
	// multiple of the two texts' (each try aligns both of its runs):
	// maxMoveTries alone let a text cut into a few hundred long runs
	// each way be aligned a few hundred times over. Four times leaves
	// room for every run of a text found twice or so and tried against
	// an addition or two of the same length that is not it. Chosen by
	// hand, not measured.
	moveWork = 4
	// moveLooks is how many pairs markMoves may look at for each run,
	// on average: far more than a translation with a few passages moved
	// needs (Verne's English with 150 paragraphs set together at its
	// end: 167 omitted runs against one block, 167 pairs), and a bound
	// linear in the runs where there are thousands. Chosen by hand, not
	// measured.
	moveLooks = 64
)
