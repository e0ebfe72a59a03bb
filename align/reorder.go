// Paragraphs of a translation set in another order than the source's,
// found before the search.

package align

import (
	"slices"

	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// alignReordered aligns b to a as a translation (alignWith), the
// passages b sets in another order than a taken out first and aligned
// each against its translation apart, as moves.
//
// The search follows its guide along one line from the start of both
// texts to their end: a translation whose paragraphs stand in another
// order (a printer's, a compiler's) has no such line, and the band,
// widened to maxCells, matched most sentences wrongly (bench/pathological's
// paragraphs-shuffled at -scale 0.25: 189 of 4,813 source sentences with
// their own translation, no move, 23 s); what markMoves finds after the
// search is too little and too late (its comment). So the order is
// read before the search, from evidence that survives it: the sentence
// pairs that share a feature found once on each side (uniquePairs, the
// guide's), each a vote for the pair of paragraphs that hold them.
// Each source paragraph goes with the translation's paragraph most of
// its votes are for (reorderedPairs); the longest chain of those pairs
// in order on both sides is the translation in place, and the pairs off
// it are paragraphs set elsewhere, those that follow each other on both
// sides one passage (reorderedBlocks). Each such passage is aligned
// alone against its translation and kept as a move as markMoves keeps
// one (moveOf: better than chance, half of it paired, its matches not
// doubtful on average); the rest of the texts, the passages moved
// taken out (editions.Pick), is aligned as any translation, and the
// moves' rows put in where their sentences stand (applyMoves).
//
// Where nothing is found out of order, or nothing of it holds as a
// move, the texts are aligned as they were, whole: a translation in
// order is aligned as before, at the cost of its features read once
// more to find that out.
func alignReordered(a, b *editions.Edition, p *params, dicts []*dict.Dictionary) *Alignment {
	moves := reorderedMoves(a, b, p)
	if len(moves) == 0 {
		return alignWith(a, b, p, dicts)
	}
	keep := [2][]int{outsideMoves(len(a.Sentences), moves, 0), outsideMoves(len(b.Sentences), moves, 1)}
	rest := alignWith(a.Pick(keep[0]), b.Pick(keep[1]), p, dicts)
	al := rest.liftedWith(a, b, keep, moves)
	al.applyMoves(moves)
	return al
}

// reorderedMoves returns the passages of b set in another order than
// a's that hold as moves (alignReordered), in the order of a, their
// runs' sentences set and their rows not yet.
func reorderedMoves(a, b *editions.Edition, p *params) []move {
	blocks := reorderedBlocks(a, b, p)
	if len(blocks) == 0 {
		return nil
	}
	at := &Alignment{Editions: []*editions.Edition{a, b}}
	var moves []move
	for _, bl := range blocks {
		o := movedRun{sentences: span(bl[0][0], bl[0][1])}
		ad := movedRun{sentences: span(bl[1][0], bl[1][1])}
		if m, ok := at.moveOf(o, ad); ok {
			moves = append(moves, m)
		}
	}
	return moves
}

// A block is a passage of each text, sentences [lo, hi) of a and of b.
type block [2][2]int

// reorderedBlocks returns the passages of b, whole paragraphs, that
// stand in another order than their source's in a (alignReordered), as
// blocks in a's order: of minMovedSentences sentences or more on each
// side, as markMoves tries, and no two sharing a paragraph.
func reorderedBlocks(a, b *editions.Edition, p *params) []block {
	if len(a.Paragraphs) < 2 || len(b.Paragraphs) < 2 {
		return nil
	}
	pairs := reorderedPairs(a, b, p)
	// The pairs in order on both sides: the longest chain of them.
	// (With target paragraphs allowed to repeat, for two source
	// paragraphs a translator made one, a wrong pair sharing a right
	// one's target outran the right pair after it: Jonah in English
	// against Darby's French, its chapters' paragraphs paired 0-0, 1-1,
	// 2-2 and 3-1, chained 0-0, 1-1, 3-1. A paragraph paired with one
	// the chain holds is left to the search, as a merge is.)
	n := len(pairs)
	chain := longestIncreasing(n, func(x int) int { return pairs[x][1] })
	var paired [2]map[int]bool // the paragraphs of the pairs, each side's
	for side := range 2 {
		paired[side] = make(map[int]bool, n)
		for _, pr := range pairs {
			paired[side][pr[side]] = true
		}
	}
	onChain := make([]bool, n)
	taken := make(map[int]bool) // target paragraphs of the chain and of the blocks
	for _, x := range chain {
		onChain[x] = true
		taken[pairs[x][1]] = true
	}
	var out []block
	for x := 0; x < n; {
		if onChain[x] {
			x++
			continue
		}
		// The pairs off the chain that follow each other on both sides.
		y := x + 1
		for y < n && !onChain[y] && pairs[y][0] == pairs[y-1][0]+1 && pairs[y][1] == pairs[y-1][1]+1 {
			y++
		}
		// Off the chain, but between the chain's pairs around them on
		// both sides: in order, a chain of two that a wrong pair
		// outran (Jonah in English against Darby's French, a chapter
		// removed, its fourth verse paragraph paired in place off
		// the chain), not a passage moved.
		prevB, nextB := -1, len(b.Paragraphs)
		for k := x - 1; k >= 0 && prevB < 0; k-- {
			if onChain[k] {
				prevB = pairs[k][1]
			}
		}
		for k := y; k < n && nextB == len(b.Paragraphs); k++ {
			if onChain[k] {
				nextB = pairs[k][1]
			}
		}
		free := prevB >= pairs[x][1] || pairs[y-1][1] >= nextB
		for k := x; k < y; k++ {
			free = free && !taken[pairs[k][1]]
		}
		bl := block{
			{int(a.Paragraphs[headed(a, pairs[x][0], paired[0])].First), int(a.Paragraphs[pairs[y-1][0]].Limit)},
			{int(b.Paragraphs[headed(b, pairs[x][1], paired[1])].First), int(b.Paragraphs[pairs[y-1][1]].Limit)},
		}
		if free && bl[0][1]-bl[0][0] >= minMovedSentences && bl[1][1]-bl[1][0] >= minMovedSentences {
			out = append(out, bl)
			for k := x; k < y; k++ {
				taken[pairs[k][1]] = true
			}
		}
		x = y
	}
	return out
}

// headed returns the first of the headings right before paragraph p of
// e that no pair holds (paired), or p where there are none: a heading
// goes with what it heads, and moves with it (a chapter's number set
// apart from its verses, Genesis in Darby's French).
func headed(e *editions.Edition, p int, paired map[int]bool) int {
	for p > 0 && e.Paragraphs[p-1].Kind == editions.Heading && !paired[p-1] {
		p--
	}
	return p
}

// reorderedPairs returns, for each paragraph of a in order, the
// paragraph of b its votes are for (alignReordered): the weights of its
// sentence pairs sharing a feature rare on both sides (rarePairs, of
// rareMost sentences or fewer) that fall in that paragraph, summed, at
// least minReorderVotes and more than twice any other paragraph's.
// Paragraphs with no such paragraph are left out.
func reorderedPairs(a, b *editions.Edition, p *params) [][2]int {
	sa, sb, v := newSides(a, b, p)
	type vote struct {
		pa, pb int
		w      float64
	}
	var votes []vote
	for _, pt := range rarePairs(sa, sb, v, rareMost, true) {
		votes = append(votes, vote{int(a.Sentences[pt.i].Paragraph), int(b.Sentences[pt.j].Paragraph), pt.w})
	}
	// In order of a's paragraphs (rarePairs' order), then of b's.
	slices.SortStableFunc(votes, func(x, y vote) int {
		if x.pa != y.pa {
			return x.pa - y.pa
		}
		return x.pb - y.pb
	})
	var pairs [][2]int
	for x := 0; x < len(votes); {
		// Paragraph votes[x].pa's votes, x..y-1, by paragraph of b.
		y := x
		best, most, second := 0, 0.0, 0.0
		for y < len(votes) && votes[y].pa == votes[x].pa {
			z, sum := y, 0.0
			for ; z < len(votes) && votes[z].pa == votes[y].pa && votes[z].pb == votes[y].pb; z++ {
				sum += votes[z].w
			}
			switch {
			case sum > most:
				best, most, second = votes[y].pb, sum, most
			case sum > second:
				second = sum
			}
			y = z
		}
		if most >= minReorderVotes && most > 2*second {
			pairs = append(pairs, [2]int{votes[x].pa, best})
		}
		x = y
	}
	return pairs
}

const (
	// rareMost is the most sentences of each text a feature may be
	// found in to vote for a pair of paragraphs (reorderedPairs): the
	// names of a translation's characters, found in a few paragraphs
	// each, pair paragraphs few words can (Ruth in English against
	// Darby's French: 18 pairs sharing a feature unique on both sides,
	// and 2 paragraphs of 11 paired by them). Chosen by hand, not
	// measured.
	rareMost = 4
	// minReorderVotes is the least weight of votes that pairs two
	// paragraphs: as much as two pairs of sentences sharing a feature
	// found once on each side. One may be a coincidence, or a name met
	// once in each text at different places; two that agree on a
	// paragraph are much less often. Chosen by hand, not measured; a
	// pair is then tried as a move (moveOf), which a coincidence does
	// not pass.
	minReorderVotes = 2.0
)

// outsideMoves returns the sentences of side side (0 the source, 1 the
// translation) of a text of n sentences that none of the moves' runs
// holds, in order.
func outsideMoves(n int, moves []move, side int) []int {
	in := make([]bool, n)
	for _, m := range moves {
		for _, s := range m.runs[side].sentences {
			in[s] = true
		}
	}
	var out []int
	for s := range n {
		if !in[s] {
			out = append(out, s)
		}
	}
	return out
}

// liftedWith returns al, the alignment of the sentences keep[0] of a
// and keep[1] of b (alignReordered), as an alignment of a and b: its
// rows with their sentences numbered in a and b, and, for each run of
// moves, a Deleted or Inserted row for each of its sentences, put in
// where they stand in their edition's order; the runs' rows set to
// those, for applyMoves. The warnings' sentences are numbered in a and
// b too (applyMoves places them).
func (al *Alignment) liftedWith(a, b *editions.Edition, keep [2][]int, moves []move) *Alignment {
	// The runs' sentences of each side, in order, with their move.
	type runAt struct{ move, first int }
	var runs [2][]runAt
	for k, m := range moves {
		for side := range 2 {
			runs[side] = append(runs[side], runAt{k, m.runs[side].sentences[0]})
		}
	}
	for side := range 2 {
		slices.SortFunc(runs[side], func(x, y runAt) int { return x.first - y.first })
	}
	out := &Alignment{Editions: []*editions.Edition{a, b}, Dictionaries: al.Dictionaries}
	rows := make([]Row, 0, len(al.Rows)+len(a.Sentences)+len(b.Sentences)-len(keep[0])-len(keep[1]))
	next := [2]int{} // each side's next run
	// flush puts in the rows of side's runs that start before sentence
	// before.
	flush := func(side, before int) {
		for ; next[side] < len(runs[side]) && runs[side][next[side]].first < before; next[side]++ {
			r := &moves[runs[side][next[side]].move].runs[side]
			r.rows = r.rows[:0]
			for _, s := range r.sentences {
				cells := [][]int{{}, {}}
				cells[side] = []int{s}
				r.rows = append(r.rows, len(rows))
				rows = append(rows, Row{Cells: cells, Kind: [2]RowKind{Deleted, Inserted}[side], Score: 1})
			}
		}
	}
	// put puts in a row of side's sentences ids alone, after the runs
	// before them.
	put := func(side int, ids []int) {
		flush(side, ids[0])
		cells := [][]int{{}, {}}
		cells[side] = ids
		rows = append(rows, rowOf(0, cells[0], cells[1]))
	}
	for _, row := range al.Rows {
		// A bead of the rest may join sentences a run stood between (a
		// merge across a passage taken out): the row keeps the longest
		// part of each side's cell, the others stand alone before or
		// after it, so that each edition's order is kept.
		var parts [2][][]int
		var main [2]int
		for side := range 2 {
			parts[side] = contiguous(liftIDs(row.Cells[side], keep[side]))
			for k, part := range parts[side] {
				if len(part) > len(parts[side][main[side]]) {
					main[side] = k
				}
			}
		}
		cells := make([][]int, 2)
		for side := range 2 {
			if len(parts[side]) == 0 {
				cells[side] = []int{}
				continue
			}
			for _, part := range parts[side][:main[side]] {
				put(side, part)
			}
			cells[side] = parts[side][main[side]]
		}
		for side := range 2 {
			if len(cells[side]) > 0 {
				flush(side, cells[side][0])
			}
		}
		row.Cells = cells
		rows = append(rows, row)
		for side := range 2 {
			if len(parts[side]) > 0 {
				for _, part := range parts[side][main[side]+1:] {
					put(side, part)
				}
			}
		}
	}
	flush(0, len(a.Sentences))
	flush(1, len(b.Sentences))
	out.Rows = rows
	lift := func(side, s int) int {
		if s < len(keep[side]) {
			return keep[side][s]
		}
		return len(out.Editions[side].Sentences)
	}
	for _, w := range al.Warnings {
		w.Sentences = slices.Clone(w.Sentences)
		for side := range 2 {
			lo, hi := w.Sentences[side][0], w.Sentences[side][1]
			w.Sentences[side] = [2]int{lift(side, lo), lift(side, lo)}
			if hi > lo {
				w.Sentences[side][1] = keep[side][hi-1] + 1
			}
		}
		out.Warnings = append(out.Warnings, w)
	}
	for _, t := range al.transposed {
		t.src, t.tgt = liftIDs(t.src, keep[0]), liftIDs(t.tgt, keep[1])
		out.transposed = append(out.transposed, t)
	}
	return out
}

// contiguous returns ids, in ascending order, cut where one does not
// follow the one before: none for none.
func contiguous(ids []int) [][]int {
	var out [][]int
	for k := 0; k < len(ids); {
		j := k + 1
		for j < len(ids) && ids[j] == ids[j-1]+1 {
			j++
		}
		out = append(out, ids[k:j])
		k = j
	}
	return out
}

// liftIDs returns ids, sentences of a text made of the sentences keep,
// numbered in the whole.
func liftIDs(ids, keep []int) []int {
	out := make([]int, len(ids))
	for k, s := range ids {
		out[k] = keep[s]
	}
	return out
}
