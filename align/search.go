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
// price.
const minPassage = 3

// backPassage is the bead code, in the search's back pointers, of the
// block of minPassage 1-0 beads that opens a passage; backPassage+1 is
// that of 0-1 beads. The codes of beadTypes come first.
const backPassage = len(beadTypes)

// noBack is the back pointer of a cell state no bead reaches; the codes
// (bead code × 8 + state) must stay below it to fit a byte.
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
// opening a passage), so only the costs of the last reach+1 rows are
// kept; the back pointers, one byte a state, and the cached pair weights,
// four bytes, are kept for every cell of the band.
func (m *model) search(bd *band) (path []step, touched bool) {
	n := bd.rows() - 1
	inf := math.Inf(1)
	// keep is how many rows of costs are kept: reach+1 at least (see
	// keepRows).
	const keep = keepRows
	width := 0
	for i := range bd.rows() {
		width = max(width, bd.hi(i)-bd.lo(i)+1)
	}
	best := make([][nStates][]float64, keep)
	// low[r] and lowState[r] are the cost and state of the cheapest
	// state of each cell of a kept row, filled with the cell: every bead
	// into a cell starts from one.
	low := make([][]float64, keep)
	lowState := make([][]int8, keep)
	for r := range best {
		for s := range best[r] {
			best[r][s] = make([]float64, width)
		}
		low[r], lowState[r] = make([]float64, width), make([]int8, width)
	}
	// back[k][s] is the bead code × 8 + the previous state; noBack at
	// the start. margin[k][s] is the step's margin (packMargin), worked out
	// as the cell is filled, since the costs themselves are not kept.
	back := make([][nStates]uint8, bd.size)
	//
	// A model whose margins no one reads (the null alignment's,
	// chance.go, of which only the costs are kept) keeps none: they
	// were 5 bytes a cell, 4.7 MB of the null alignment that runs
	// beside the first search of bench/pathological's 20 MB paragraph,
	// at the peak of the alignment's memory.
	var margin [][nStates]int8
	if !m.noMargins {
		margin = make([][nStates]int8, bd.size)
	}
	var second [nStates]float64 // the runner-up of each state at the cell being filled
	at := func(s, i, j int) float64 {
		if i < 0 || j < bd.lo(i) || j > bd.hi(i) {
			return inf
		}
		return best[i%keep][s][j-bd.lo(i)]
	}
	// cheapest returns the cheapest state at cell (i, j) and its cost.
	cheapest := func(i, j int) (float64, int) {
		if i < 0 || j < bd.lo(i) || j > bd.hi(i) {
			return inf, 0
		}
		return low[i%keep][j-bd.lo(i)], int(lowState[i%keep][j-bd.lo(i)])
	}
	// least is the least a match bead of each type can cost: its prior,
	// with all its words shared.
	var least [len(beadTypes)]float64
	for t := range beadTypes {
		least[t] = m.p.prior[t] + m.p.sim*(m.p.simBase-1)
	}
	bound := m.newLengthBound()
	// above is how much more than a cell's best a match bead can cost
	// and still matter to the cell: up to marginCap, as the runner-up
	// sets the margin; nothing where no one reads the margins (the null
	// alignment's, chance.go), as only the best is then kept, nor where
	// only unaligned steps' margins are read (the first pass's,
	// alignSides): an unaligned state's margin is set by the best of
	// each state and its own runner-up, never by a match's runner-up.
	above := marginCap
	if m.noMargins || m.unalignedMargins {
		above = 0
	}
	// pairs caches the shared weight of a[i-1], b[j-1] at cell (i, j):
	// a merged bead reuses the values of its sentence pairs.
	pairs := make([]float32, bd.size)
	mark := make([]int32, len(m.w))
	for i := 1; i <= n; i++ {
		if lo := max(1, bd.lo(i)); lo <= bd.hi(i) {
			k, _ := bd.index(i, lo)
			m.sharedRow(pairs[k:k+bd.hi(i)-lo+1], i-1, lo-1, mark)
		}
	}
	pair := &pairCache{bd: bd, pairs: pairs}
	for i := 0; i <= n; i++ {
		row := &best[i%keep]
		for j := bd.lo(i); j <= bd.hi(i); j++ {
			k, _ := bd.index(i, j)
			x := j - bd.lo(i)
			for s := range nStates {
				row[s][x], back[k][s], second[s] = inf, noBack, inf
			}
			if i == 0 && j == 0 {
				row[stMatch][x] = 0
				low[i%keep][x], lowState[i%keep][x] = 0, stMatch
				continue
			}
			try := func(s int, c float64, code, ps int) {
				if c < row[s][x] {
					second[s] = row[s][x]
					row[s][x], back[k][s] = c, uint8(code*8+ps)
				} else if c < second[s] {
					second[s] = c
				}
			}
			// lim is the most a match bead into the cell may cost and
			// still matter (see below): worked out when a match is
			// tried, the only time its terms change, not for every
			// bead (it was 5 % of BenchmarkAlign100k's samples).
			lim := inf
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
					c, _ := m.costBelow(t, i, j, la, lb, pair, lim-prev)
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
			low[i%keep][x], lowState[i%keep][x] = m1, int8(max(arg, 0))
			if margin == nil {
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
				margin[k][s] = packMargin(other - row[s][x])
			}
		}
	}
	i, j := n, bd.hi(n)
	_, s := cheapest(i, j)
	// A step takes one sentence at least: the path has at most i+j, and
	// is not grown by copies (a text of 295k units has as many steps).
	path = make([]step, 0, i+j)
	edge := func(i, j int) {
		if (j == bd.lo(i) && j > 0) || (j == bd.hi(i) && j < bd.hi(n)) {
			touched = true
		}
	}
	for i > 0 || j > 0 {
		k, _ := bd.index(i, j)
		code := int(back[k][s])
		if code == noBack {
			break // unreachable: the band is connected
		}
		t, ps := code/8, code%8
		edge(i, j)
		mg := int8(0)
		if margin != nil {
			mg = margin[k][s]
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
