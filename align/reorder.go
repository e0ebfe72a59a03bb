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
// against their translations apart, as moves.
//
// The search follows its guide along one line from the start of both
// texts to their end: a translation whose paragraphs stand in another
// order (a printer's, a compiler's) has no such line, and the band,
// widened to maxCells, matched most sentences wrongly (bench/pathological's
// paragraphs-shuffled at -scale 0.25: 189 of 4,813 source sentences with
// their own translation, no move, 23 s); what markMoves finds after the
// search is too little and too late (its comment). So the order is
// read before the search, from evidence that survives it: the sentence
// pairs that share a feature rare on both sides (rareShared, the
// guide's evidence widened to features found a few times), each a vote
// for the pair of paragraphs that hold them. Each source paragraph goes
// with the translation's paragraph most of its votes are for, clearly
// or not (reorderedPairs); the heaviest chain of those pairs in order
// on both sides is the translation in place, and the clear pairs off it
// and out of order with the chain around them are paragraphs set
// elsewhere, those that follow each other on both sides one passage
// (reorderedBlocks). The passages are aligned against their
// translations and each kept as a move as markMoves keeps one
// (reorderedMoves: better than chance, half of it paired, its matches
// not doubtful on average); the rest of the texts, the passages moved
// taken out (editions.Pick), is aligned as any translation, and the
// moves' rows put in where their sentences stand (applyMoves). Before
// that, each passage kept as a move is grown over the paragraphs
// around it that the votes left unplaced, as far as its alignment
// confirms (grownMoves): a chapter moved, of which the votes pair a
// few short paragraphs clearly, moves whole. What the votes do not
// pair clearly is left to markMoves after the search, as before.
//
// bench/pathological's paragraphs-shuffled (4,813 source sentences in
// paragraphs of eight at -scale 0.25; 19,146 at full size): 4,732
// (98.3 %) with their own translation in 1.1 s of align, 18,556 (96.9
// %) in 6.1 s at full size, against 189 in 23 s and 400 (2.1 %) in
// 199 s (121.6 s of processor time, a loaded machine) before.
//
// Where nothing is found out of order, or nothing of it holds as a
// move, the texts are aligned as they were, whole: a translation in
// order is aligned as before, at the cost of its features read once
// more to find that out.
func alignReordered(a, b *editions.Edition, p *params, dicts []*dict.Dictionary) *Alignment {
	if len(a.Paragraphs) < 2 || len(b.Paragraphs) < 2 {
		return alignWith(a, b, p, dicts)
	}
	sa, sb, v := newSides(a, b, p)
	blocks, rooms := reorderedBlocks(a, b, sa, sb, v)
	if len(blocks) == 0 {
		return alignBuilt(a, b, p, dicts, &builtSides{sa, sb, v})
	}
	sa, sb, v = nil, nil, nil // let go before the passages are aligned
	moves := grownMoves(a, b, reorderedMoves(a, b, blocks, p, dicts), rooms, p, dicts)
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
// a's, blocks, that hold as moves (alignReordered), in the order of a,
// their runs' sentences set and their rows not yet.
//
// The passages are aligned all at once: a's in its order against b's
// set in the same order (editions.Pick), a translation in order then,
// which the search and the tests of chance weigh as any (for each
// passage alone, as markMoves tries them (moveOf), bench/pathological's
// paragraphs-shuffled at -scale 0.25 spent 58 % of its processor time
// in the forty nulls that each short alignment is tested against,
// chance_full.go: align 5.8 to 6.8 s, against 1.2 to 1.3 s so). A
// passage is a move as markMoves keeps one (movedMatches): half of it
// paired within it, its matches not doubtful on average, and no
// warning on any of it.
//
// Aligned together, a wrong passage is judged with the right ones, and
// may pass where alone it would not: the Elberfelder's Genesis 45
// against the American Standard Version's 29 (a pair of paragraphs
// the votes once made clear by coincidence, reorderedPairs), aligned
// alone, had an undecided warning (z 1.29) and matches 0.42 on
// average; aligned with chapters 5 and 20 swapped, the whole was
// related, its window undecided and so not warned (chance.go), and its
// matches 0.69 on average. The votes must then be sure of a passage;
// and the passages kept, the least sure first, are tested again each
// alone, within a bound on the work (aloneHeld).
func reorderedMoves(a, b *editions.Edition, blocks []block, p *params, dicts []*dict.Dictionary) []move {
	// The passages' sentences, each side's in the passages' order, and
	// the passage of each.
	var ids, of [2][]int
	for k, bl := range blocks {
		for side := range 2 {
			for s := bl[side][0]; s < bl[side][1]; s++ {
				ids[side] = append(ids[side], s)
				of[side] = append(of[side], k)
			}
		}
	}
	sub := alignWith(a.Pick(ids[0]), b.Pick(ids[1]), p, dicts)
	warned := make([]bool, len(blocks))
	for side, ws := range warnedSentences(sub) {
		for s, w := range ws {
			warned[of[side][s]] = warned[of[side][s]] || w
		}
	}
	rows := make([][]Row, len(blocks)) // each passage's matches within it
	for _, r := range sub.Rows {
		if r.Kind != Match {
			continue
		}
		k := of[0][r.Cells[0][0]]
		if of[0][last(r.Cells[0])] != k || of[1][r.Cells[1][0]] != k || of[1][last(r.Cells[1])] != k {
			continue // across two passages
		}
		r.Cells = [][]int{liftIDs(r.Cells[0], ids[0]), liftIDs(r.Cells[1], ids[1])}
		rows[k] = append(rows[k], r)
	}
	var moves []move
	for k, bl := range blocks {
		if warned[k] {
			continue
		}
		if matches, ok := movedMatches(rows[k], bl[0][1]-bl[0][0], 0, 0); ok {
			o, ad := movedRun{sentences: span(bl[0][0], bl[0][1])}, movedRun{sentences: span(bl[1][0], bl[1][1])}
			moves = append(moves, move{runs: [2]movedRun{o, ad}, matches: matches})
		}
	}
	return aloneHeld(a, b, moves, p, dicts)
}

// A block is a passage of each text, sentences [lo, hi) of a and of b.
type block [2][2]int

// reorderedBlocks returns the passages of b, whole paragraphs, that
// stand in another order than their source's in a (alignReordered),
// read from their sides sa and sb and vocabulary v (newSides), as
// blocks in a's order: of minMovedSentences sentences or more on each
// side, as markMoves tries, and no two sharing a paragraph; and the
// room around each that it may grow over (passageRooms).
func reorderedBlocks(a, b *editions.Edition, sa, sb *side, v *vocab) ([]block, []block) {
	pairs := reorderedPairs(a, b, sa, sb, v)
	// The pairs in order on both sides: the heaviest chain of them,
	// each clear pair weighing more than all the others together, the
	// pairs not clear in it where they fit. (Of clear pairs only, the
	// chain was too sparse to say which of two is out of order: Ruth in
	// English, paragraphs 2 and 7 swapped, against Darby's French,
	// paragraphs 0, 1, 2, 3, 7, 9 and 10 clearly paired, chained 0, 1,
	// 2→7, 9, 10, and 3 found moved; with the others, 4 and 8 paired
	// right, 5 and 6 wrong, chained 0, 1, 3, 4, 8, 9, 10. Of all pairs
	// alike, a wrong pair not clear outran a clear one: Ruth in
	// English against the French, its chapters paired 0-0, 1-1, 2-1
	// (not clear) and 3-2, chained 0-0, 2-1, 3-2, and chapter 1 found
	// moved in place.) The target paragraphs strictly increase: a
	// paragraph paired with one a clear pair of the chain holds (two
	// source paragraphs a translator made one) is left to the search,
	// as a merge is.
	n := len(pairs)
	chain := heaviestIncreasing(pairs, len(b.Paragraphs))
	var paired [2]map[int]bool // the paragraphs of the pairs, each side's
	for side := range 2 {
		paired[side] = make(map[int]bool, n)
		for _, pr := range pairs {
			paired[side][[2]int{pr.pa, pr.pb}[side]] = true
		}
	}
	onChain := make([]bool, n)
	taken := make(map[int]bool) // target paragraphs of the chain's clear pairs and of the blocks
	for _, x := range chain {
		onChain[x] = true
		if pairs[x].clear {
			taken[pairs[x].pb] = true
		}
	}
	var out []block
	for x := 0; x < n; {
		if onChain[x] || !pairs[x].clear {
			x++
			continue
		}
		// The clear pairs off the chain that follow each other on both
		// sides, within blockGap paragraphs, with no clear pair of the
		// chain between them on either side.
		y, end := x+1, x // end: the last pair of the passage
		for ; y < n; y++ {
			if onChain[y] && pairs[y].clear {
				break
			}
			if onChain[y] || !pairs[y].clear {
				continue
			}
			da, db := pairs[y].pa-pairs[end].pa, pairs[y].pb-pairs[end].pb
			if da > blockGap+1 || db < 0 || db > blockGap+1 {
				break
			}
			end = y
		}
		// Off the chain, but between the chain's pairs around them on
		// both sides: in order, a chain of two that a wrong pair
		// outran, not a passage moved.
		prevB, nextB := -1, len(b.Paragraphs)
		for k := x - 1; k >= 0 && prevB < 0; k-- {
			if onChain[k] && pairs[k].clear {
				prevB = pairs[k].pb
			}
		}
		for k := end + 1; k < n && nextB == len(b.Paragraphs); k++ {
			if onChain[k] && pairs[k].clear {
				nextB = pairs[k].pb
			}
		}
		free := prevB >= pairs[x].pb || pairs[end].pb >= nextB
		for q := pairs[x].pb; q <= pairs[end].pb; q++ {
			free = free && !taken[q]
		}
		bl := block{
			{int(a.Paragraphs[headed(a, pairs[x].pa, paired[0])].First), int(a.Paragraphs[pairs[end].pa].Limit)},
			{int(b.Paragraphs[headed(b, pairs[x].pb, paired[1])].First), int(b.Paragraphs[pairs[end].pb].Limit)},
		}
		if free && bl[0][1]-bl[0][0] >= minMovedSentences && bl[1][1]-bl[1][0] >= minMovedSentences {
			out = append(out, bl)
			for q := pairs[x].pb; q <= pairs[end].pb; q++ {
				taken[q] = true
			}
		}
		x = end + 1
	}
	var walls [2][]bool // each side's paragraphs that a clear pair of the chain holds
	for side, e := range [2]*editions.Edition{a, b} {
		walls[side] = make([]bool, len(e.Paragraphs))
		for x, pr := range pairs {
			if pr.clear && onChain[x] {
				walls[side][[2]int{pr.pa, pr.pb}[side]] = true
			}
		}
	}
	return out, passageRooms([2]*editions.Edition{a, b}, out, walls)
}

// blockGap is the most paragraphs of each text that may stand between
// two clear pairs of one passage out of order, paired less clearly or
// not at all (reorderedBlocks): a novel's paragraphs are short, and few
// of them share enough rare words with their translation to be paired
// clearly (Verne's French and English, 302 clear pairs of 2,102
// paragraphs; chapters 5 and 20 of the English swapped, chapter 20's
// paragraphs 1,127, 1,128, 1,129 and 1,131 paired with 271, 271, 272
// and 274: with blockGap 0, 26 Moved rows, with 2, 76; compare on
// main made 26 too). Chosen by hand, not measured.
//
// Grown further here, each passage on each side over all the
// paragraphs next to it that no clear pair holds, the paragraphs so
// taken that no match of the passage held given back to the rest, 140
// Moved rows of that Verne; but Ruth with paragraphs 2 and 7 swapped
// had none (the passage of paragraph 7 took 4, 5, 6 and 8, which stand
// in place, and the alignment of the passages together matched them
// across two passages), and Genesis with chapter 10 moved lost its
// move. Not kept: a passage found moved is grown after, each alone and
// as far as its own alignment confirms (grownMoves, reorder_grow.go).
const blockGap = 2

// heaviestIncreasing returns, in order, the indices of the heaviest
// chain of pairs (in order of pa) whose pb strictly increase, pb below
// m: a clear pair weighs more than all the others together, each other
// one. It keeps, for each pb, the heaviest chain ending there, in a
// Fenwick tree of prefix maxima: O(n log m).
func heaviestIncreasing(pairs []parPair, m int) []int {
	heavy := len(pairs) + 1
	type best struct{ w, at int } // a chain's weight and its last pair, at+1 (0: none)
	tree := make([]best, m+1)
	prev := make([]int, len(pairs))
	top := best{}
	for x, pr := range pairs {
		// The heaviest chain ending below pr.pb.
		b := best{}
		for k := pr.pb; k > 0; k -= k & -k {
			if tree[k].w > b.w {
				b = tree[k]
			}
		}
		prev[x] = b.at - 1
		w := 1
		if pr.clear {
			w = heavy
		}
		c := best{b.w + w, x + 1}
		for k := pr.pb + 1; k <= m; k += k & -k {
			if c.w > tree[k].w {
				tree[k] = c
			}
		}
		if c.w > top.w {
			top = c
		}
	}
	var out []int
	for x := top.at - 1; x >= 0; x = prev[x] {
		out = append(out, x)
	}
	slices.Reverse(out)
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

// A parPair is a paragraph of each text, pa of a and pb of b, that the
// votes pair (reorderedPairs); clear says they pair it clearly.
type parPair struct {
	pa, pb int
	clear  bool
}

// reorderedPairs returns, for each paragraph of a in order that shares
// a feature rare on both sides (rareShared, of rareMost sentences or
// fewer) with b, the paragraph of b its votes are most for: each pair
// of sentences sharing such a feature is a vote of weight 1/(ca cb), the
// feature in ca sentences of a and cb of b (of the ca×cb pairs it makes,
// at most the fewer of ca and cb are right), summed by paragraph of b.
// The pair is clear with minReorderVotes votes or more for it, more
// than twice the weight of any other paragraph's, and more than that
// weight without its heaviest vote: one pair of sentences sharing a
// feature found once in each text weighs 1, more than all the votes of
// a paragraph whose words are common, and may be a coincidence (a
// prefix shared by chance). Without that last test, Genesis with
// chapters 5 and 20 swapped had a wrong passage moved besides the
// right ones: the Elberfelder's chapter 45 paired clearly with the
// American Standard Version's 29 by "beauftragt" and "beautiful" (1.09
// against 0.30, the votes for its own chapter spread over common
// names), 36 German sentences moved elsewhere; Crampon's chapter 42
// with Luther's 3 by "feignit" and "Feigenblatter" (1.16), 41 French
// ones (TestSwappedChaptersGenesisGerman). With it, none; the
// chapters swapped, Verne's V and XX, Ruth's paragraphs and
// bench/pathological's paragraphs-shuffled are found as before.
func reorderedPairs(a, b *editions.Edition, sa, sb *side, v *vocab) []parPair {
	type tally struct {
		w, top float64 // the votes' weight, and the heaviest one's
		n      int
	}
	var pairs []parPair
	votes := make(map[int]tally) // the current paragraph's, by paragraph of b
	pa := -1
	// done decides paragraph pa on its votes.
	done := func() {
		best, most, second := 0, tally{}, 0.0
		for pb, t := range votes {
			switch {
			case t.w > most.w || t.w == most.w && pb < best:
				best, most, second = pb, t, most.w
			case t.w > second:
				second = t.w
			}
		}
		pairs = append(pairs, parPair{pa, best, most.n >= minReorderVotes && most.w > 2*second && most.w-most.top > second})
		clear(votes)
	}
	rareShared(sa, sb, v, rareMost, true, func(i, j, ca, cb int) {
		if q := int(a.Sentences[i].Paragraph); q != pa {
			if pa >= 0 {
				done()
			}
			pa = q
		}
		t := votes[int(b.Sentences[j].Paragraph)]
		w := 1 / float64(ca*cb)
		votes[int(b.Sentences[j].Paragraph)] = tally{t.w + w, max(t.top, w), t.n + 1}
	})
	if pa >= 0 {
		done()
	}
	return pairs
}

const (
	// rareMost is the most sentences of each text a feature may be
	// found in to vote for a pair of paragraphs (reorderedPairs): the
	// names of a translation's characters, found in a few paragraphs
	// each, pair paragraphs few words can (Ruth in English against
	// Darby's French: 18 pairs sharing a feature unique on both sides,
	// and 2 paragraphs of 11 paired by them); and in a long text few
	// words are found once (bench/pathological's paragraphs-shuffled
	// at full size, 19,146 sentences drawn from the words of a novel of
	// 4,396: with features of 4 sentences or fewer, 16.5 % of the
	// sentences found with their translation). The calls, and so the
	// time, are at most rareMost times the features' occurrences.
	// Chosen by hand, not measured.
	rareMost = 16
	// minReorderVotes is the least vote that pairs two paragraphs: as
	// much as two pairs of sentences sharing a feature found once in
	// each text. One may be a coincidence, or a name met once in each
	// text at different places; two that agree on a paragraph are much
	// less often. Chosen by hand, not measured; a pair is then tried as
	// a move (reorderedMoves), which a coincidence does not pass.
	minReorderVotes = 2
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
