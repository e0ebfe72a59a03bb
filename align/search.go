package align

import (
	"math"
)

// band is the part of the (n+1)×(m+1) grid the search visits: for row i
// (sentences of a consumed), the columns lo(i)..hi(i) inclusive.
//
// The columns and offsets are int32, not int: a band has a row for each
// sentence of a, and bench/pathological's 20 MB paragraph (295k
// sentences) was aligned with two bands at once (the search's and the
// null alignment's, chance.go) of 7 MB each, at the peak of the
// alignment's memory. A band of 2³¹ cells would take tens of GB to
// search: maxCells, and the gap program's 129 cells a row
// (versions_gap.go), keep bands far from it.
type band struct {
	los, his []int32
	off      []int32 // index of (i, lo(i)) in the flat arrays
	size     int
}

// newBand returns the band of rows' columns lo[i]..hi[i].
func newBand(lo, hi []int) *band {
	bd := &band{los: make([]int32, len(lo)), his: make([]int32, len(lo)), off: make([]int32, len(lo))}
	for i := range lo {
		if bd.size+hi[i]-lo[i]+1 > math.MaxInt32 {
			panic("align: a band of more than 2³¹ cells")
		}
		bd.los[i], bd.his[i], bd.off[i] = int32(lo[i]), int32(hi[i]), int32(bd.size)
		bd.size += hi[i] - lo[i] + 1
	}
	return bd
}

// rows returns the band's number of rows, n+1.
func (bd *band) rows() int { return len(bd.los) }

// lo returns the first column of row i.
func (bd *band) lo(i int) int { return int(bd.los[i]) }

// hi returns the last column of row i.
func (bd *band) hi(i int) int { return int(bd.his[i]) }

// cells returns the number of cells of rows from..to-1.
func (bd *band) cells(from, to int) int {
	if to >= len(bd.los) {
		return bd.size - int(bd.off[from])
	}
	return int(bd.off[to] - bd.off[from])
}

func (bd *band) index(i, j int) (int, bool) {
	if i < 0 || i >= len(bd.los) || j < int(bd.los[i]) || j > int(bd.his[i]) {
		return 0, false
	}
	return int(bd.off[i]) + j - int(bd.los[i]), true
}

// step is one bead of the best path. A path has a step for each row,
// and a run keeps several paths of every row (the first pass's, the
// second's, the null alignment's, chance.go): the fields are as small
// as what they hold, 32 bytes a step instead of 48 (a text of 295k
// units, bench/pathological's paragraph, has as many steps a path).
type step struct {
	i, j int // the bead ends before a[i], b[j]
	sim  float64
	t    uint8 // index into beadTypes
	// state is the search state the bead leaves (see the states
	// below).
	state uint8
	// margin10 is how much more the cheapest other way into cell (i, j)
	// costs than this bead's (a bead of another type, or from another
	// state), in tenths (packMargin): evidence for calibrate.go,
	// marginCap when there is none. margin gives it in units.
	margin10 int8
}

// margin returns the step's margin (see margin10).
func (st step) margin() float64 { return float64(st.margin10) / 10 }

// marginCap is the largest margin a step records (and what it records
// when there is no other way into its cell): calibrate.go clamps margins
// to [-5, 10], so tenths of a unit in an int8 hold all it reads.
const marginCap = 12.7

// packMargin stores a margin in a byte, in tenths, within ±marginCap
// (NaN, the margin of a state the cell cannot be in, as marginCap: it is
// never read). Plain comparisons: it runs for every state of every cell.
func packMargin(m float64) int8 {
	switch {
	case m >= marginCap || m != m:
		return int8(marginCap * 10)
	case m <= -marginCap:
		return -int8(marginCap * 10)
	case m >= 0:
		return int8(m*10 + 0.5)
	}
	return int8(m*10 - 0.5)
}

// The states of the search, according to the beads that lead to a cell:
// a match; a run of 1-0 or of 0-1 beads charged sentence by sentence
// (affinely: opening a run costs the bead type's prior, extending it
// less); a passage of 1-0 or of 0-1 beads, charged as one event (see
// runCost).
const (
	stMatch = iota
	stOmit
	stAdd
	stOmitPassage
	stAddPassage
	nStates
)

// passageOf is the passage state of the run state s (stOmit or stAdd).
func passageOf(s int) int { return s + stOmitPassage - stOmit }

// minPassage is the fewest sentences a passage has: the search enters a
// passage state only by a block of that many unaligned sentences, so
// that a sentence or two left out stay charged as such (the bead
// priors), and only a run long enough to be a passage earns the passage
// price. Chosen by hand with the passage state (commit f2e9b40), not
// measured.
const minPassage = 3

// backPassage is the bead code, in the search's back pointers, of the
// block of minPassage 1-0 beads that opens a passage; backPassage+1 is
// that of 0-1 beads. The codes of beadTypes come first.
const backPassage = len(beadTypes)

// noBack is the back pointer of a cell state no bead reaches, while the
// cell is filled; the codes (bead code × 8 + state) must stay below it
// to fit a byte. A cell's are kept packed (packBack).
const noBack = 255

var _ = [noBack - (backPassage+2)*8]struct{}{} // the codes fit a byte

// reach is the most rows of the first edition a step of the search
// spans: the longest first side of a bead type, or a passage's opening
// block.
var reach = func() int {
	r := minPassage
	for _, bt := range beadTypes {
		r = max(r, bt.a)
	}
	if r+1 > keepRows {
		panic("align: a bead reaches past the rows the search keeps")
	}
	return r
}()

// keepRows is how many rows of costs the search keeps, as a ring: at
// least reach+1, and a constant power of two, so that a row's place in
// the ring is a mask of its index and not a division (the division by
// reach+1, a variable, was done some twenty times a cell).
const keepRows = 8

// search finds the cheapest monotone sequence of beads through the band
// by dynamic programming, and reports whether the path ran along the
// band's edge, where a wider band might find a cheaper one.
//
// Each cell keeps nStates states, according to the last bead: a match,
// a run of 1-0 or 0-1 beads, or a passage of them. Runs of unaligned
// sentences are so scored like gaps in sequence alignment: a sentence or
// two left out is rare and charged as such, but a block of text missing
// from one edition (a preface, a chapter, a page of advertising) is one
// event, whose price grows only slowly with its length (runCost). Without
// passages a missing chapter cost so much, sentence by sentence, that
// the path preferred to drift: to pair the sentences around the gap
// with the wrong ones, merging, for dozens of rows.
//
// A bead reaches at most reach rows back (its longest side, or the block
// opening a passage), so only the costs and the cached pair weights of
// the last keepRows rows are kept, as a ring (searchRing). The back
// pointers, two bytes a cell (packBack), and the margins, a byte a
// state, are kept for every cell of the band when they take little
// beside the texts (cellBudget); else only for a block of rows at a
// time, the others made again from checkpoints of the ring
// (search_blocks.go).
func (m *model) search(bd *band) (path []step, touched bool) {
	sr := m.newSearcher(bd)
	return sr.run(sr.blockRows())
}

// run is the search in blocks of rows rows (all of them in one when
// rows is the band's).
func (sr *searcher) run(rows int) (path []step, touched bool) {
	m, bd := sr.m, sr.bd
	n := bd.rows() - 1
	blocks := (n + rows) / rows // ⌈(n+1)/rows⌉
	// The checkpoint of each block but the first: the ring as the rows
	// before it left it.
	ckpts := make([]checkpoint, blocks)
	// The forward pass keeps the back pointers of the last block, which
	// the trace starts in: with one block, of every row, and nothing
	// is made again.
	last := (blocks - 1) * rows
	most := 0 // the most cells a block has
	for from := 0; from <= n; from += rows {
		most = max(most, bd.cells(from, min(from+rows, n+1)))
	}
	cs := sr.newCells(most, last)
	for b := range blocks {
		from, to := b*rows, min((b+1)*rows, n+1)
		if b > 0 {
			ckpts[b] = sr.save(from)
		}
		if b == blocks-1 {
			sr.fill(from, to, cs)
		} else {
			sr.fill(from, to, nil)
		}
	}
	i, j := n, bd.hi(n)
	_, s := sr.cheapest(i, j)
	// A step takes one sentence at least: the path has at most i+j, and
	// is not grown by copies (a text of 295k units has as many steps).
	path = make([]step, 0, i+j)
	edge := func(i, j int) {
		if (j == bd.lo(i) && j > 0) || (j == bd.hi(i) && j < bd.hi(n)) {
			touched = true
		}
	}
	// The pair weights of the path's beads, as the search had them: its
	// rows are gone from the ring, so those of each bead's cells are
	// worked out again, by the same sums (sharedRow, rounded as the ring
	// rounds them), into a cache of their own (tracePairs).
	pair := &pairCache{bd: bd}
	for r := range pair.rows {
		pair.rows[r] = make([]float32, len(sr.rg.pairs.rows[r]))
	}
	b := blocks - 1
	for i > 0 || j > 0 {
		for i < cs.from {
			// The rows before the block of back pointers: the block
			// before, made again from its checkpoint.
			b--
			from := b * rows
			sr.restore(ckpts[b], from)
			ckpts[b] = checkpoint{}
			cs.from, cs.base = from, bd.off[from]
			sr.fill(from, min(from+rows, n+1), cs)
		}
		k, _ := bd.index(i, j)
		k -= int(cs.base)
		code := unpackBack(cs.back[k], s)
		t, ps := code/8, code%8
		edge(i, j)
		mg := int8(0)
		if cs.margin != nil {
			mg = cs.margin[k][s]
		}
		if t >= backPassage {
			t = 1 + t - backPassage
			bt := beadTypes[t]
			for q := 0; q < minPassage; q++ {
				path = append(path, step{t: uint8(t), i: i, j: j, state: uint8(s), margin10: mg})
				i -= bt.a
				j -= bt.b
				if q < minPassage-1 {
					edge(i, j)
				}
			}
			s = ps
			continue
		}
		sr.tracePairs(pair, t, i, j)
		_, sim := m.cost(t, i, j, pair)
		path = append(path, step{t: uint8(t), i: i, j: j, sim: sim, state: uint8(s), margin10: mg})
		i -= beadTypes[t].a
		j -= beadTypes[t].b
		s = ps
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	return path, touched
}

// fill works out rows from..to-1 of the band into the ring, which holds
// the rows before from as the search left them; with cs, it keeps the
// back pointers (and margins) of the rows' cells there.
func (sr *searcher) fill(from, to int, cs *searchCells) {
	m, bd, rg := sr.m, sr.bd, sr.rg
	const keep = keepRows
	inf := math.Inf(1)
	var second [nStates]float64 // the runner-up of each state at the cell being filled
	// back is the cell's back pointer of each state: the bead code × 8
	// + the previous state; noBack at the start.
	var back [nStates]uint8
	at := func(s, i, j int) float64 {
		if i < 0 || j < bd.lo(i) || j > bd.hi(i) {
			return inf
		}
		return rg.best[i%keep][s][j-bd.lo(i)]
	}
	// cheapest returns the cheapest state at cell (i, j) and its cost.
	cheapest := func(i, j int) (float64, int) {
		if i < 0 || j < bd.lo(i) || j > bd.hi(i) {
			return inf, 0
		}
		return rg.low[i%keep][j-bd.lo(i)], int(rg.lowState[i%keep][j-bd.lo(i)])
	}
	least, bound, above := sr.least, sr.bound, sr.above
	if cs == nil {
		// Without cells kept there are no margins to set, and the
		// costs do not depend on above: a bead it spares costs at
		// least the cell's best (see below).
		above = 0
	}
	// pair caches the shared weight of a[i-1], b[j-1] at cell (i, j) of
	// the ring's rows: a merged bead reuses the values of its sentence
	// pairs.
	pair := &rg.pairs
	for i := from; i < to; i++ {
		row := &rg.best[i%keep]
		lo, hi := bd.lo(i), bd.hi(i)
		if l := max(1, lo); i > 0 && l <= hi {
			m.sharedRow(rg.pairs.rows[i%keep][l-lo:hi-lo+1], i-1, l-1, sr.mark)
		}
		keepCells := cs != nil && i >= cs.from
		for j := lo; j <= hi; j++ {
			x := j - lo
			for s := range nStates {
				row[s][x], back[s], second[s] = inf, noBack, inf
			}
			if i == 0 && j == 0 {
				row[stMatch][x] = 0
				rg.low[i%keep][x], rg.lowState[i%keep][x] = 0, stMatch
				if keepCells {
					cs.back[int(bd.off[i])+x-int(cs.base)] = packBack(&back)
				}
				continue
			}
			try := func(s int, c float64, code, ps int) {
				if c < row[s][x] {
					second[s] = row[s][x]
					row[s][x], back[s] = c, uint8(code*8+ps)
				} else if c < second[s] {
					second[s] = c
				}
			}
			// lim is the most a match bead into the cell may cost and
			// still matter (see below): worked out when a match is
			// tried, the only time its terms change, not for every
			// bead (it was 5 % of BenchmarkAlign100k's samples).
			lim := inf
			boundary, bounded := 0.0, false // m.boundaryCost(i, j), once a match is costed
			for t, bt := range beadTypes {
				if bt.a > i || bt.b > j {
					continue
				}
				pi, pj := i-bt.a, j-bt.b
				prev, ps := cheapest(pi, pj)
				if math.IsInf(prev, 1) {
					continue
				}
				if t != 1 && t != 2 {
					// A bead that cannot cost less than the
					// runner-up into the cell changes neither the
					// cell nor its margin; nor does one that costs
					// marginCap more than the cell's best, as the
					// margin is capped there (whatever becomes the
					// runner-up, the margin of a path through the
					// cell is then either another state's or the
					// cap), or more than the best at all where no
					// margins are kept (above). By its prior alone (least), such a bead
					// is not looked at; by its lengths, it is not
					// costed (lengthbound.go) or costBelow spares its
					// words.
					if prev+least[t] >= lim {
						continue
					}
					la, lb := m.a.sumLength(pi, i), m.b.sumLength(pj, j)
					if bound.reaches(la, lb, lim-prev-least[t], math.Abs(prev)+math.Abs(lim)) {
						continue
					}
					if !bounded {
						boundary, bounded = m.boundaryCost(i, j), true
					}
					c, _ := m.costBelow(t, i, j, la, lb, boundary, pair, lim-prev)
					try(stMatch, prev+c, t, ps)
					lim = second[stMatch]
					if capped := row[stMatch][x] + above + boundSlack*(1+math.Abs(row[stMatch][x])); capped < lim {
						lim = capped
					}
					continue
				}
				// runCost, with the bead's cost worked out once for
				// the run it opens and the run it extends.
				s, sp := t, passageOf(t)
				open, stay := m.runSteps(t, i, j, s)
				if ps == s {
					open = stay
				}
				try(s, prev+open, t, ps)
				try(s, at(s, pi, pj)+stay, t, s)
				try(sp, at(sp, pi, pj)+m.runCost(t, i, j, sp, sp), t, sp)
			}
			// A passage opens with a block of minPassage unaligned
			// sentences of one side.
			for side, t := range [2]int{1, 2} {
				bt := beadTypes[t]
				if minPassage*bt.a > i || minPassage*bt.b > j {
					continue
				}
				prev, ps := cheapest(i-minPassage*bt.a, j-minPassage*bt.b)
				if math.IsInf(prev, 1) {
					continue
				}
				sp := passageOf(t)
				c := prev
				for q := minPassage - 1; q >= 0; q-- {
					from := sp
					if q == minPassage-1 {
						from = ps
					}
					c += m.runCost(t, i-q*bt.a, j-q*bt.b, from, sp)
				}
				try(sp, c, backPassage+side, ps)
			}
			// The margin of each state: the cheapest other way into the
			// cell, into this state or another, over the way chosen.
			m1, m2, arg := inf, inf, -1 // the two cheapest states
			for s := range nStates {
				if v := row[s][x]; v < m1 {
					m1, m2, arg = v, m1, s
				} else if v < m2 {
					m2 = v
				}
			}
			rg.low[i%keep][x], rg.lowState[i%keep][x] = m1, int8(max(arg, 0))
			if !keepCells {
				continue
			}
			k := int(bd.off[i]) + x - int(cs.base)
			cs.back[k] = packBack(&back)
			if cs.margin == nil {
				continue
			}
			for s := range nStates {
				other := m1
				if s == arg {
					other = m2
				}
				if second[s] < other {
					other = second[s]
				}
				cs.margin[k][s] = packMargin(other - row[s][x])
			}
		}
	}
}
