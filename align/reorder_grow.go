// A passage set out of order grown from its clearly paired paragraphs
// over those around it that its alignment confirms.

package align

import (
	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// grownMoves returns moves, the passages found moved (reorderedMoves,
// in a's order), each grown over its room (rooms, passageRooms) as far
// as the room's alignment confirms (grownPassage), and kept so if,
// aligned alone, it holds as a move as before (movedMatches, no
// warning on any of it); a
// passage whose room is itself, or that grows over nothing or does
// not hold so, stays as it was.
//
// Verne's English with chapters V and XX swapped, against the French
// (TestSwappedChaptersVerne): of the 201 French sentences of the two
// chapters, 48 were moved with their translation as the alignment in
// order pairs them, with 7 sentences of other chapters moved and a
// coverage of 0.949; grown, 192 (95.5 %), none elsewhere, 0.984.
//
// Tried and not kept, on that Verne and on others of its chapters
// swapped (XIV and XXVII, II and XXX), and on Genesis (chapters 5 and
// 20, 10 and 40, 1 and 2, 30 and 45 swapped in the King James against
// Darby, the American Standard against the Elberfelder, Luther's
// against Crampon's), with rooms bounded by the headings of either
// side then (92.0 % of Verne's V and XX, 94.1 % of XIV and XXVII;
// grownPassage): each end grown kept only if it held as a move by
// itself (moveOf), 90.5 % and 89.8 %, and it let Genesis 10's German
// passage take the end of chapter 9 all the same; the clear pairs of a
// passage not held within blockGap of each other, a pair out of order
// skipped, up to a clear pair of the chain on either side: V and XX
// 90.5 %, II and XXX still nothing moved (chapter II's clear pairs, 77,
// 79 and 80 of the French, stand around a clear pair of the chain,
// 1,684 with 1,423, a wrong one); passages of two sentences or more
// tried, kept if grown to minMovedSentences: II and XXX 56.6 % where
// nothing was, but XIV and XXVII nothing, and V and XX 86.6 %.
func grownMoves(a, b *editions.Edition, moves []move, rooms []block, p *params, dicts []*dict.Dictionary) []move {
	k := 0
	for i, m := range moves {
		o, ad := m.runs[0].sentences, m.runs[1].sentences
		bl := block{{o[0], last(o) + 1}, {ad[0], last(ad) + 1}}
		for rooms[k][0][1] <= bl[0][0] {
			k++
		}
		r := rooms[k]
		if r == bl {
			continue
		}
		sub := alignWith(a.Sub(r[0][0], r[0][1]), b.Sub(r[1][0], r[1][1]), p, dicts)
		// In the room's numbers from here.
		for side := range 2 {
			bl[side] = [2]int{bl[side][0] - r[side][0], bl[side][1] - r[side][0]}
		}
		warned := warnedSentences(sub)
		var rows []Row
		for _, row := range sub.Rows {
			if row.Kind == Match {
				rows = append(rows, row)
			}
		}
		heading := func(side, s int) bool {
			e := [2]*editions.Edition{a, b}[side]
			return e.Paragraphs[e.Sentences[r[side][0]+s].Paragraph].Kind == editions.Heading
		}
		g := grownPassage(rows, bl, warned, heading)
		for side := range 2 { // in the whole texts' numbers
			g[side] = [2]int{g[side][0] + r[side][0], g[side][1] + r[side][0]}
			bl[side] = [2]int{bl[side][0] + r[side][0], bl[side][1] + r[side][0]}
		}
		if g == bl {
			continue
		}
		held := false // a warning about a sentence of the passage
		for side := range 2 {
			for s := g[side][0]; s < g[side][1]; s++ {
				held = held || warned[side][s-r[side][0]]
			}
		}
		if held {
			continue
		}
		// The passage grown aligned alone: in its room, a side much
		// longer than the other spread the matches of the passage over
		// it (Genesis in Crampon's French, chapters 5 and 20 of Luther's
		// German swapped: chapter 5's room, 79 French sentences against
		// 17 German, paired 36 of the chapters' 60 sentences as in
		// order, against 53 aligned alone).
		if matches, ok := heldAlone(a, b, g, p, dicts); ok {
			moves[i] = move{runs: [2]movedRun{{sentences: span(g[0][0], g[0][1])}, {sentences: span(g[1][0], g[1][1])}}, matches: matches}
		}
	}
	return moves
}

// passageRooms returns, for each of blocks (reorderedBlocks), the
// sentences of each side it may grow over: its own and those of the
// paragraphs next to it that no wall holds (walls, each side's
// paragraphs that a clear pair of the chain holds), or, where another
// block stands first, half-way to it, so that no two rooms share a
// sentence.
//
// A novel's paragraphs are short and few of them are paired clearly
// (blockGap): a chapter moved is a few clear paragraphs in a stretch
// of others that no vote places, or places wrongly, and the passage of
// those few is a small part of the chapter. Between the clear pairs of
// the chain around it, on each side, stands what was moved and what
// stands in place but was not clearly paired; the alignment of the
// room says which is which (grownPassage).
func passageRooms(e [2]*editions.Edition, blocks []block, walls [2][]bool) []block {
	rooms := make([]block, len(blocks))
	for side := range 2 {
		ed := e[side]
		para := func(s int) int { return int(ed.Sentences[s].Paragraph) }
		n := len(ed.Paragraphs)
		const free, wall = -1, -2
		owner := make([]int, n) // free, a wall, or the block holding the paragraph
		for p := range owner {
			owner[p] = free
			if walls[side][p] {
				owner[p] = wall
			}
		}
		for k, bl := range blocks {
			for p := para(bl[side][0]); p <= para(bl[side][1]-1); p++ {
				owner[p] = k
			}
		}
		for k, bl := range blocks {
			lo, hi := para(bl[side][0]), para(bl[side][1]-1)
			d := lo
			for d > 0 && owner[d-1] == free {
				d--
			}
			if d > 0 && owner[d-1] >= 0 && d < lo {
				d = (d + lo) / 2 // the free paragraphs [d, lo) shared: the upper half
			}
			u := hi
			for u+1 < n && owner[u+1] == free {
				u++
			}
			if u+1 < n && owner[u+1] >= 0 && u > hi {
				u = (hi+u+2)/2 - 1 // the free paragraphs (hi, u] shared: the lower half
			}
			rooms[k][side] = [2]int{min(int(ed.Paragraphs[d].First), bl[side][0]), max(int(ed.Paragraphs[u].Limit), bl[side][1])}
		}
	}
	return rooms
}

// grownPassage returns block bl grown over its room as its alignment
// confirms: rows are the matches of bl's room (passageRooms) aligned
// against its translation, in order, in the room's numbers, warned
// says, of each side's sentences, those a warning of that alignment is
// about, and heading those of a heading. From bl, at each end, the
// passage takes in the next match that is sound (not doubtful, no
// sentence of it under a warning) if it stands within maxGrowSkip
// sentences of the passage on both sides, and stops at the first that
// does not: the paragraphs next to a passage moved that stand in place
// are aligned against those next to its translation, which are not
// theirs, and match doubtfully, under a warning, or not at all.
//
// Headings on both sides are where a section begins: the passage grows
// back over its own (a run of matches of headings, after which it
// stops), not at all if it begins with headings on both sides, and
// forward up to the next. Sound matches do not say enough where
// chapters are one paragraph each: Genesis in the American Standard
// Version against the Elberfelder, chapters 10 and 40 swapped, chapter
// 10's German passage, headings and all, grew back over the end of
// chapter 9, matched soundly against the end of chapter 39 beside
// chapter 10's English, 16 sentences more moved elsewhere; and
// forward, Verne's chapter V took the next chapter's number, its French
// "VI" matched with the English "CHAPTER XXI.". Headings on one side
// only do not stop it (Verne's English sets a telegram's signature,
// "FIX, _Detective_.", as a heading, the French as a quotation: a
// room bounded by the headings of either side stopped there, 92.0 %
// of chapters V and XX moved instead of 95.5 %).
func grownPassage(rows []Row, bl block, warned [2][]bool, heading func(side, s int) bool) block {
	sound := func(r Row) bool {
		if r.Score < DoubtfulBelow {
			return false
		}
		for side := range 2 {
			for _, s := range r.Cells[side] {
				if warned[side][s] {
					return false
				}
			}
		}
		return true
	}
	g := bl
	// Down: the rows before bl's source sentences, nearest first.
	k := 0
	for k < len(rows) && last(rows[k].Cells[0]) < bl[0][0] {
		k++
	}
	heads := func(r Row) bool { // headings on both sides
		for side := range 2 {
			for _, s := range r.Cells[side] {
				if !heading(side, s) {
					return false
				}
			}
		}
		return true
	}
	headed := false // the passage begins with headings on both sides
	for j := k - 1; j >= 0 && !(heading(0, bl[0][0]) && heading(1, bl[1][0])); j-- {
		r := rows[j]
		if !sound(r) {
			continue
		}
		if g[0][0]-(last(r.Cells[0])+1) > maxGrowSkip || g[1][0]-(last(r.Cells[1])+1) > maxGrowSkip || headed && !heads(r) {
			break
		}
		g[0][0], g[1][0] = min(g[0][0], r.Cells[0][0]), min(g[1][0], r.Cells[1][0])
		headed = heads(r)
	}
	// Up: the rows after bl's source sentences.
	for ; k < len(rows) && rows[k].Cells[0][0] < bl[0][1]; k++ {
	}
	for _, r := range rows[k:] {
		if !sound(r) {
			continue
		}
		if r.Cells[0][0]-g[0][1] > maxGrowSkip || r.Cells[1][0]-g[1][1] > maxGrowSkip || heads(r) {
			break
		}
		g[0][1], g[1][1] = max(g[0][1], last(r.Cells[0])+1), max(g[1][1], last(r.Cells[1])+1)
	}
	return g
}

// maxGrowSkip is the most sentences of each side that may stand
// between a passage and the next sound match it grows over
// (grownPassage): a few a translator left out, added, or joined to a
// doubtful match. Verne's English with chapters V and XX swapped
// (TestSwappedChaptersVerne): 93.5 % of the chapters' French sentences
// moved with their translation at 2, 95.5 % at 3 and at 5; chapters
// XIV and XXVII swapped, 92.5 % at each.
const maxGrowSkip = 3
