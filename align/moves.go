package align

import "github.com/synoptic-text/synoptic/editions"

// Moves between versions: step 3 of the comparison of versions (see
// versions.go).

// findMoves pairs deleted and inserted sentences that are the same
// sentence standing elsewhere: identical comparison forms first, then
// the most similar candidate sharing a word with it, above minMovedSim;
// a move of repeated text stands only as part of a block
// (dropLoneRepeatedMoves).
func (c *versionComparer) findMoves(rows []Row) []Row {
	// Row indices, in lists made at their size: grown by append (a
	// quarter at a time, past a few hundred), the lists of
	// bench/pathological's paragraph-versions (295k deleted rows) made
	// 25 MB to drop.
	nd, ni := 0, 0
	for _, r := range rows {
		switch {
		case r.Kind == Deleted && len(r.Cells[0]) == 1:
			nd++
		case r.Kind == Inserted && len(r.Cells[1]) == 1:
			ni++
		}
	}
	deleted, inserted := make([]int, 0, nd), make([]int, 0, ni)
	for k, r := range rows {
		switch {
		case r.Kind == Deleted && len(r.Cells[0]) == 1:
			deleted = append(deleted, k)
		case r.Kind == Inserted && len(r.Cells[1]) == 1:
			inserted = append(inserted, k)
		}
	}
	if len(deleted) == 0 || len(inserted) == 0 {
		return rows
	}
	// Candidates by each word of the inserted sentences; the rarest word
	// of a deleted sentence names few candidates to score.
	byWord := map[int32][]int{}
	byNorm := map[string][]int{}
	for _, k := range inserted {
		j := rows[k].Cells[1][0]
		byNorm[c.b.Sentences[j].Norm] = append(byNorm[c.b.Sentences[j].Norm], k)
		for x, w := range c.wb.at(j) {
			if x > 0 && w == c.wb.at(j)[x-1] {
				continue // each word once
			}
			byWord[w] = append(byWord[w], k)
		}
	}
	taken := map[int]bool{}
	link := func(kd, ki int) {
		taken[ki] = true
		i, j := rows[kd].Cells[0][0], rows[ki].Cells[1][0]
		moved := c.pairRow([]int{i}, []int{j})
		for _, k := range []int{kd, ki} {
			rows[k].Kind, rows[k].Diffs, rows[k].Score = Moved, moved.Diffs, moved.Score
		}
		rows[kd].Peer, rows[ki].Peer = ki, kd
	}
	// Identical texts pair in order, the first deleted with the first
	// inserted: each list is consumed from its head, so that a text
	// deleted and inserted many times costs time in its count, not its
	// square.
	rest := make([]int, 0, len(deleted))
	for _, kd := range deleted {
		norm := c.a.Sentences[rows[kd].Cells[0][0]].Norm
		if q := byNorm[norm]; len(q) > 0 {
			link(kd, q[0])
			byNorm[norm] = q[1:]
		} else {
			rest = append(rest, kd)
		}
	}
	// maxCandidates bounds the inserted sentences a deleted one is
	// compared with (those sharing its rarest word), so that a text that
	// repeats a word everywhere costs linear time, not quadratic; chosen by
	// hand with the first comparison of versions (commit 2ac82f9).
	const maxCandidates = 64
	for _, kd := range rest {
		i := rows[kd].Cells[0][0]
		var best []int
		for x, w := range c.wa.at(i) {
			if x > 0 && w == c.wa.at(i)[x-1] {
				continue // each word once
			}
			if cands := byWord[w]; len(cands) > 0 && (best == nil || len(cands) < len(best)) {
				best = cands
			}
		}
		bestK, bestSim := -1, minMovedSim
		for x, ki := range best {
			if x == maxCandidates {
				break
			}
			if taken[ki] {
				continue
			}
			if sim := c.similarity([]int{i}, []int{rows[ki].Cells[1][0]}); sim >= bestSim {
				bestK, bestSim = ki, sim
			}
		}
		if bestK >= 0 {
			link(kd, bestK)
		}
	}
	c.dropLoneRepeatedMoves(rows, deleted)
	return rows
}

// dropLoneRepeatedMoves undoes the moves of repeated text that were not
// made in a block. A sentence whose text stands more than once in the
// two versions — a refrain, a response, a line of a passage repeated —
// and is deleted here and inserted there is not evidence of a move: one
// occurrence dropped and another added are as likely, and a reader told
// that "Pray for us." moved from one invocation to another is told
// something false. Two or more such sentences moved together, in the
// same order at both ends (a paragraph of a repeated passage moved), are
// a move. The test is the one patience diff makes of anchors: only what
// is unique, or a run of lines whose order makes it so, is trusted.
func (c *versionComparer) dropLoneRepeatedMoves(rows []Row, deleted []int) {
	count := map[string]int{}
	for _, kd := range deleted {
		if rows[kd].Kind == Moved {
			count[c.a.Sentences[rows[kd].Cells[0][0]].Norm] = 0
			count[c.b.Sentences[rows[rows[kd].Peer].Cells[1][0]].Norm] = 0
		}
	}
	for _, e := range []*editions.Edition{c.a, c.b} {
		for _, s := range e.Sentences {
			if n, ok := count[s.Norm]; ok {
				count[s.Norm] = n + 1
			}
		}
	}
	// block reports whether the move at row k has a neighbouring move
	// whose other end neighbours its own the same way.
	block := func(k int) bool {
		p := rows[k].Peer
		for _, d := range []int{-1, 1} {
			n := k + d
			if n >= 0 && n < len(rows) && rows[n].Kind == Moved && rows[n].Peer == p+d {
				return true
			}
		}
		return false
	}
	var undo []int
	for _, kd := range deleted {
		if rows[kd].Kind != Moved {
			continue
		}
		ki := rows[kd].Peer
		repeated := count[c.a.Sentences[rows[kd].Cells[0][0]].Norm] > 2 || count[c.b.Sentences[rows[ki].Cells[1][0]].Norm] > 2
		if repeated && !block(kd) {
			undo = append(undo, kd)
		}
	}
	for _, kd := range undo {
		ki := rows[kd].Peer
		rows[kd] = Row{Cells: rows[kd].Cells, Kind: Deleted, Score: 1}
		rows[ki] = Row{Cells: rows[ki].Cells, Kind: Inserted, Score: 1}
	}
}
