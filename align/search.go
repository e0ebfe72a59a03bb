package align

import (
	"math"
)

// band is the part of the (n+1)×(m+1) grid the search visits: for row i
// (sentences of a consumed), the columns lo[i]..hi[i] inclusive.
type band struct {
	lo, hi []int
	off    []int // index of (i, lo[i]) in the flat arrays
	size   int
}

func newBand(lo, hi []int) *band {
	bd := &band{lo: lo, hi: hi, off: make([]int, len(lo))}
	for i := range lo {
		bd.off[i] = bd.size
		bd.size += hi[i] - lo[i] + 1
	}
	return bd
}

func (bd *band) index(i, j int) (int, bool) {
	if i < 0 || i >= len(bd.lo) || j < bd.lo[i] || j > bd.hi[i] {
		return 0, false
	}
	return bd.off[i] + j - bd.lo[i], true
}

// step is one bead of the best path.
type step struct {
	t    int // index into beadTypes
	i, j int // the bead ends before a[i], b[j]
	sim  float64
	// margin is how much more the cheapest other way into cell (i, j)
	// costs than this bead's (a bead of another type, or from another
	// state): evidence for calibrate.go, +Inf when there is none.
	margin float64
}

// stateOf returns the search state a bead of type t leaves: 1 after a
// 1-0 bead, 2 after a 0-1 bead, 0 after a match.
func stateOf(t int) int {
	if t == 1 || t == 2 {
		return t
	}
	return 0
}

// search finds the cheapest monotone sequence of beads through the band
// by dynamic programming, and reports whether the path ran along the
// band's edge, where a wider band might find a cheaper one.
//
// Each cell keeps three states, according to the last bead: a match, a
// 1-0 or a 0-1. Runs of unaligned sentences are so scored like gaps in
// sequence alignment, affinely: opening a run costs the bead type's
// prior, extending it less. A block of text missing from one edition (a
// preface, a caption, a page of advertising) is then one event, not
// many, while an isolated unaligned sentence stays rare.
func (m *model) search(bd *band) (path []step, touched bool) {
	n := len(bd.lo) - 1
	inf := math.Inf(1)
	var best [3][]float64
	var back [3][]int8 // bead type × 4 + previous state; -1 at the start
	for s := range best {
		best[s] = make([]float64, bd.size)
		back[s] = make([]int8, bd.size)
	}
	// pairs caches the shared weight of a[i-1], b[j-1] at cell (i, j):
	// a merged bead reuses the values of its sentence pairs.
	pairs := make([]float32, bd.size)
	for i := 1; i <= n; i++ {
		for j := max(1, bd.lo[i]); j <= bd.hi[i]; j++ {
			k, _ := bd.index(i, j)
			pairs[k] = float32(m.shared(i-1, j-1))
		}
	}
	pair := func(x, y int) float64 {
		if k, ok := bd.index(x+1, y+1); ok {
			return float64(pairs[k])
		}
		return m.shared(x, y)
	}
	for i := 0; i <= n; i++ {
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			k, _ := bd.index(i, j)
			for s := range best {
				best[s][k], back[s][k] = inf, -1
			}
			if i == 0 && j == 0 {
				best[0][k] = 0
				continue
			}
			for t, bt := range beadTypes {
				if bt.a > i || bt.b > j {
					continue
				}
				pk, ok := bd.index(i-bt.a, j-bt.b)
				if !ok {
					continue
				}
				c, _ := m.cost(t, i, j, pair)
				s := stateOf(t)
				for ps := range best {
					prev := best[ps][pk]
					if math.IsInf(prev, 1) {
						continue
					}
					cc := c
					if s != 0 && ps == s {
						cc += m.p.extend[s] - m.p.prior[t]
					}
					if cc += prev; cc < best[s][k] {
						best[s][k], back[s][k] = cc, int8(t*4+ps)
					}
				}
			}
		}
	}
	i, j := n, bd.hi[n]
	k, _ := bd.index(i, j)
	s := 0
	for x := range best {
		if best[x][k] < best[s][k] {
			s = x
		}
	}
	for i > 0 || j > 0 {
		k, _ := bd.index(i, j)
		code := int(back[s][k])
		if code < 0 {
			break // unreachable: the band is connected
		}
		t, ps := code/4, code%4
		if (j == bd.lo[i] && j > 0) || (j == bd.hi[i] && j < bd.hi[n]) {
			touched = true
		}
		_, sim := m.cost(t, i, j, pair)
		alt := m.cheapestOther(bd, &best, pair, i, j, t, ps)
		path = append(path, step{t: t, i: i, j: j, sim: sim, margin: alt - best[s][k]})
		i -= beadTypes[t].a
		j -= beadTypes[t].b
		s = ps
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	return path, touched
}

// cheapestOther returns the cost of the cheapest way into cell (i, j)
// other than a bead of type t from state ps, over the costs best of the
// search: the runner-up that the margin of a step measures against.
func (m *model) cheapestOther(bd *band, best *[3][]float64, pair pairFunc, i, j, t, ps int) float64 {
	alt := math.Inf(1)
	for t2, bt := range beadTypes {
		if bt.a > i || bt.b > j {
			continue
		}
		pk, ok := bd.index(i-bt.a, j-bt.b)
		if !ok {
			continue
		}
		c, _ := m.cost(t2, i, j, pair)
		s := stateOf(t2)
		for ps2 := range best {
			if t2 == t && ps2 == ps {
				continue
			}
			cc := c
			if s != 0 && ps2 == s {
				cc += m.p.extend[s] - m.p.prior[t2]
			}
			alt = math.Min(alt, best[ps2][pk]+cc)
		}
	}
	return alt
}
