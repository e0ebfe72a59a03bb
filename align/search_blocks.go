package align

import "math"

// What the search keeps, and how much of it.
//
// The search (search.go) works a row of the band at a time from the rows
// before it, of which it keeps the last keepRows as a ring: each
// state's cost, the cheapest state's cost and state, and the pair
// weights of the row's sentences. What it keeps of every cell is what
// the trace back reads: the back pointers of its states, two bytes
// (packBack), and the margin of each state, a byte each (none for a
// model without margins, the null alignment's, chance.go). Until
// 2026-12-07 it also kept every cell's pair weight, four bytes, and a
// byte a back pointer: 14 bytes a cell (9 for the null), little beside
// sentences of a hundred letters, but bench/pathological's tiny
// paragraphs (sentences of one to three words, 10.5 letters, in a band
// of 82 columns: three searches of 12 million cells for 4 MB of text)
// reached 606 MB of peak RSS, 155 times the input.
//
// So the cells are kept whole only while they weigh little beside the
// texts (cellBudget); past that the rows are cut into blocks, the ring
// is saved at the start of each (a checkpoint: the reach rows a bead
// reads back, 22 KB for a band of 82 columns), and the trace keeps
// one block of cells at a time, working out again from its checkpoint
// each block it enters (all but the last, whose cells the first pass
// keeps). The costs are the same sums in the same order, so the path is
// the same to the bit (TestSearchBlocks); what it costs is the search
// made about twice, a little less as the pass that only saves the
// checkpoints keeps no cells and so sets no margins either (fill).

// cellBudget is the most bytes the cells kept whole may take per
// letter of the two texts (their sides' lengths: characters other than
// spaces). Blocks bound the memory but cost time: 1.5 to 1.8 times the
// search's processor time (TestSearchBlocks's text of 20,000 sentences
// a side: 1.7 and 1.9 s whole, 2.9 and 3.6 s in blocks; align stage of
// bench/pathological's tiny paragraphs as a translation: 21 s whole,
// 34 s in blocks). So they are kept for bands whose cells would be
// most of the alignment's memory: the editions and the sides hold about
// 30 bytes a letter of a text of the shortest units (the tiny
// paragraphs' read stage alone is 21 times the input), and the budget
// is about that. Below it, for a band of minBand (82 columns of 7
// bytes against a row's two sentences): prose (Verne's French and
// English, 81 letters a sentence, 3.2 bytes a letter; BenchmarkAlign100k's
// synthetic text, 76 letters, 3.7) and units of a few words (the tiny
// paragraphs, 10.5 letters, 27 bytes a letter) keep their cells whole
// and their time, at 344 MB of peak heap in the align stage for the
// tiny paragraphs' 4 MB against 248 MB in blocks (one run each of
// bench/pathological's child, one after the other; 259 MB whole in a
// run of the bench), and 609 MB with the cells of 14 bytes kept
// before. Above it: units of a word or two, and bands widened for
// texts that diverge, up to maxCells (at a half-width of 640 sentences,
// prose is past it).
const cellBudget = 32.0

// searcher is the state of one search: the band, the ring of the last
// rows, and what every cell's work reads.
type searcher struct {
	m    *model
	bd   *band
	rg   *searchRing
	mark []int32 // all zeros between rows (sharedRow)
	// least is the least a match bead of each type can cost: its prior,
	// with all its words shared.
	least [len(beadTypes)]float64
	bound *lengthBound
	// above is how much more than a cell's best a match bead can cost
	// and still matter to the cell: up to marginCap, as the runner-up
	// sets the margin; nothing where no one reads the margins (the null
	// alignment's, chance.go), as only the best is then kept, nor where
	// only unaligned steps' margins are read (the first pass's,
	// alignSides): an unaligned state's margin is set by the best of
	// each state and its own runner-up, never by a match's runner-up.
	above float64
}

// searchRing is the last keepRows rows of the search: row i at i %
// keepRows, column j at j - lo(i).
type searchRing struct {
	best [keepRows][nStates][]float64
	// low and lowState are the cost and state of the cheapest state of
	// each cell, filled with the cell: every bead into a cell starts
	// from one.
	low      [keepRows][]float64
	lowState [keepRows][]int8
	// pairs is the shared weight of a[i-1], b[j-1] at cell (i, j),
	// float32 as it was cached for every cell: the search's sums are
	// of these values.
	pairs pairCache
}

func (m *model) newSearcher(bd *band) *searcher {
	width := 0
	for i := range bd.rows() {
		width = max(width, bd.hi(i)-bd.lo(i)+1)
	}
	rg := &searchRing{pairs: pairCache{bd: bd}}
	for r := range keepRows {
		for s := range nStates {
			rg.best[r][s] = make([]float64, width)
		}
		rg.low[r], rg.lowState[r] = make([]float64, width), make([]int8, width)
		rg.pairs.rows[r] = make([]float32, width)
	}
	sr := &searcher{m: m, bd: bd, rg: rg, mark: make([]int32, len(m.w)), bound: m.newLengthBound()}
	for t := range beadTypes {
		sr.least[t] = m.p.prior[t] + m.p.sim*(m.p.simBase-1)
		if waivable(beadTypes[t]) {
			sr.least[t] -= crossWaiver
		}
	}
	if !m.noMargins && !m.unalignedMargins {
		sr.above = marginCap
	}
	return sr
}

// cheapest returns the cheapest state at cell (i, j) and its cost, from
// the ring.
func (sr *searcher) cheapest(i, j int) (float64, int) {
	bd := sr.bd
	if i < 0 || j < bd.lo(i) || j > bd.hi(i) {
		return math.Inf(1), 0
	}
	return sr.rg.low[i%keepRows][j-bd.lo(i)], int(sr.rg.lowState[i%keepRows][j-bd.lo(i)])
}

// searchCells holds the back pointers and margins of the cells of rows
// from onwards: cell k of the band (band.index) at k - base.
type searchCells struct {
	from   int
	base   int32
	back   []uint16        // packBack
	margin [][nStates]int8 // nil for a model without margins
}

// newCells returns room for n cells from row from: zeros, new or, for
// a model with a cellRoom, that room's cleared.
func (sr *searcher) newCells(n, from int) *searchCells {
	cs := &searchCells{from: from, base: sr.bd.off[from]}
	room := sr.m.room
	if room == nil {
		room = &cellRoom{}
	}
	if cap(room.back) >= n {
		cs.back = room.back[:n]
		clear(cs.back)
	} else {
		cs.back = make([]uint16, n)
	}
	room.back = cs.back
	if !sr.m.noMargins {
		if cap(room.margin) >= n {
			cs.margin = room.margin[:n]
			clear(cs.margin)
		} else {
			cs.margin = make([][nStates]int8, n)
		}
		room.margin = cs.margin
	}
	return cs
}

// A cellRoom is the memory of a search's cells (searchCells), handed
// from one search to the next: alignSides searches a band again (its
// first pass widened, or made again with another length ratio), each
// search's cells dead once its path is traced. Made anew, the cells of
// the next search came on top of the dead ones, which the collector had
// not yet reclaimed (bench/pathological's tiny paragraphs as a
// translation: a band of 11.9 million cells of 7 bytes, 83 MB made again
// with 190 MB of heap in use). Kept from the first pass for the second,
// they were live through learning, between the two: let go and collected
// there instead, the align stage's peak heap was 194–196 MB, not 219.
type cellRoom struct {
	back   []uint16
	margin [][nStates]int8
}

// cellBytes is what the search keeps of a cell: its back pointers, two
// bytes (packBack), and for a model with margins, a margin for each
// state.
func (sr *searcher) cellBytes() int {
	if sr.m.noMargins {
		return 2
	}
	return 2 + nStates
}

// blockRows returns the rows of a block: all of them when the band's
// cells fit cellBudget, else about as many as make a block's cells weigh
// what the checkpoints do (the square root of the rows times a
// checkpoint's bytes over a row's cells', which makes the sum of the two
// least), and keepRows at least.
func (sr *searcher) blockRows() int {
	bd, m := sr.bd, sr.m
	n := bd.rows()
	letters := m.a.sumLength(0, m.a.n) + m.b.sumLength(0, m.b.n)
	if float64(bd.size*sr.cellBytes()) <= cellBudget*letters {
		return n
	}
	// A checkpoint keeps reach rows of the ring: nStates costs, the
	// cheapest cost and state, and a pair weight a column.
	ckpt := float64(reach * (nStates*8 + 8 + 1 + 4))
	rows := math.Sqrt(float64(n) * ckpt / float64(sr.cellBytes()))
	return max(keepRows, min(n, int(rows)))
}

// checkpoint is the ring as the rows before a block left it: rows
// from-reach..from-1 (those there are), each state's cost, the cheapest
// cost and state, and the pair weights, column by column of each row.
type checkpoint struct {
	costs []float64
	state []int8
	pairs []float32
}

// save returns the checkpoint of the block starting at row from.
func (sr *searcher) save(from int) checkpoint {
	bd, rg := sr.bd, sr.rg
	var c checkpoint
	cols := 0
	for i := max(0, from-reach); i < from; i++ {
		cols += bd.hi(i) - bd.lo(i) + 1
	}
	c.costs = make([]float64, 0, cols*(nStates+1))
	c.state = make([]int8, 0, cols)
	c.pairs = make([]float32, 0, cols)
	for i := max(0, from-reach); i < from; i++ {
		r, w := i%keepRows, bd.hi(i)-bd.lo(i)+1
		for s := range nStates {
			c.costs = append(c.costs, rg.best[r][s][:w]...)
		}
		c.costs = append(c.costs, rg.low[r][:w]...)
		c.state = append(c.state, rg.lowState[r][:w]...)
		c.pairs = append(c.pairs, rg.pairs.rows[r][:w]...)
	}
	return c
}

// restore puts checkpoint c of the block starting at row from back into
// the ring.
func (sr *searcher) restore(c checkpoint, from int) {
	bd, rg := sr.bd, sr.rg
	costs, state, pairs := c.costs, c.state, c.pairs
	for i := max(0, from-reach); i < from; i++ {
		r, w := i%keepRows, bd.hi(i)-bd.lo(i)+1
		for s := range nStates {
			costs = costs[copy(rg.best[r][s][:w], costs):]
		}
		costs = costs[copy(rg.low[r][:w], costs):]
		state = state[copy(rg.lowState[r][:w], state):]
		pairs = pairs[copy(rg.pairs.rows[r][:w], pairs):]
	}
}

// tracePairs puts into c the pair weights of the cells of the bead of
// type t ending at cell (i, j), those of them in the band, as the search
// cached them (sharedRow): the trace's, whose rows are no longer in the
// ring.
func (sr *searcher) tracePairs(c *pairCache, t, i, j int) {
	bd, bt := sr.bd, beadTypes[t]
	for r := i - bt.a + 1; r <= i; r++ {
		lo, hi := max(1, bd.lo(r), j-bt.b+1), min(bd.hi(r), j)
		if r < 1 || lo > hi {
			continue
		}
		sr.m.sharedRow(c.rows[r%keepRows][lo-bd.lo(r):hi-bd.lo(r)+1], r-1, lo-1, sr.mark)
	}
}
