package align

import (
	"math"
	"sort"
)

// Searching near the diagonal.
//
// The dynamic programme of dp.go is quadratic if it visits the whole
// grid of n×m sentence pairs: a hundred thousand sentences a side would
// be ten billion cells. But a translation follows its original: the best
// path stays near a line from the start to the end of both texts, bent
// where one side has material the other lacks. So the search visits only
// a band of cells around a guide path and widens the band only when the
// path it finds runs along the band's edge.
//
// The guide is drawn through sentence pairs that share a feature found
// in exactly one sentence of each text — a year, a name, a rare word.
// Such pairs are mostly true, and the few false ones mostly stand off the
// line the true ones form, so the guide keeps the longest chain of pairs
// increasing on both sides (a longest increasing subsequence, n log n)
// and interpolates linearly between them.

// minBand is the smallest half-width of the band, in sentences: chosen by
// hand with the banded search (commit a6985b9), not measured.
const minBand = 40

// maxCells bounds the band the search widens to: 7 bytes a cell (the
// back pointers, packed, and a margin for each of the nStates search
// states; the costs and pair weights are kept for a few rows only), so
// some 175 MB where the cells are kept whole, less where they are kept a block of
// rows at a time (search_blocks.go), but the search's time is still the
// cells'. Texts that diverge so widely that the path still runs along
// the edge of such a band are aligned within it, as well as it allows;
// texts that do not correspond stop widening long before (alignSides).
const maxCells = 25_000_000

// guide returns, for every i in 0..n, the column the guide path passes
// through in row i. pins are pairs known to correspond besides those of
// the features (point{i, j}: a[i] and b[j]), chosen with the rest.
// A point is a cell of the grid: i sentences of a, j of b.
type point struct{ i, j int }

func guide(a, b *side, v *vocab, pins ...point) []float64 {
	pts := append(uniquePairs(a, b, v), pins...)
	sort.Slice(pts, func(x, y int) bool {
		if pts[x].i != pts[y].i {
			return pts[x].i < pts[y].i
		}
		return pts[x].j > pts[y].j // so that one row contributes at most one point
	})
	// The longest chain strictly increasing in j.
	chain := []point{{0, 0}}
	for _, x := range longestIncreasing(len(pts), func(x int) int { return pts[x].j }) {
		// Point (i, j) means a[i] and b[j] correspond: the path passes
		// through the cell (i+1, j+1) after them.
		chain = append(chain, point{pts[x].i + 1, pts[x].j + 1})
	}
	chain = append(chain, point{a.n, b.n})
	chain = dropIsolated(chain, float64(b.n+1)/float64(a.n+1))
	c := make([]float64, a.n+1)
	for k := 0; k+1 < len(chain); k++ {
		p, q := chain[k], chain[k+1]
		for i := p.i; i <= q.i; i++ {
			if q.i == p.i {
				c[i] = float64(q.j)
				continue
			}
			c[i] = float64(p.j) + float64(q.j-p.j)*float64(i-p.i)/float64(q.i-p.i)
		}
	}
	return c
}

// A segment of the chain runs near the texts' slope when it strays from
// it by at most isolatedSlack sentences and isolatedShare of its length:
// both chosen by hand (commit ecde4df), not measured.
const (
	isolatedSlack = 5
	isolatedShare = 0.2
)

// dropIsolated removes from the chain, ends excepted, the points whose
// segments to both neighbours run far from the texts' overall slope:
// true pairs come in runs along the path, a false one that survived the
// longest-chain test stands alone and would bend the guide towards it.
func dropIsolated(chain []point, slope float64) []point {
	near := func(p, q point) bool {
		di, dj := float64(q.i-p.i), float64(q.j-p.j)
		return math.Abs(dj-di*slope) <= isolatedSlack+isolatedShare*math.Max(di, dj)
	}
	out := chain[:1:1]
	for k := 1; k < len(chain)-1; k++ {
		if near(chain[k-1], chain[k]) || near(chain[k], chain[k+1]) {
			out = append(out, chain[k])
		}
	}
	return append(out, chain[len(chain)-1])
}

// uniquePairs returns the sentence pairs of a and b that share a
// feature found in exactly one sentence of each (rareShared).
func uniquePairs(a, b *side, v *vocab) []point {
	var pts []point
	rareShared(a, b, v, 1, false, func(i, j, _, _ int) { pts = append(pts, point{i, j}) })
	return pts
}

// rareShared calls visit(i, j, ca, cb) for each pair of sentences a[i]
// and b[j] that share a feature found in most sentences or fewer of each
// (punctuation aside, and prefixes unless prefixes: too common to pin
// anything down where any feature found twice may be), ca and cb the
// sentences of a and of b holding it, in order of i: pairs that survive
// any reordering of the texts, as a translation's passages carry their
// names, numbers and rare words with them. A feature makes ca×cb pairs,
// of which at most the fewer of ca and cb are right; the calls are at
// most most times the features' occurrences in a.
func rareShared(a, b *side, v *vocab, most int, prefixes bool, visit func(i, j, ca, cb int)) {
	var buf []fcount
	countA := make(map[int32]int)
	for i := range a.n {
		for _, f := range a.base.at(i, &buf) {
			if v.class[f.id] == fPunct || v.class[f.id] == fPrefix && !prefixes {
				continue
			}
			countA[f.id]++
		}
	}
	countB := make(map[int32]int)
	for j := range b.n {
		for _, f := range b.base.at(j, &buf) {
			if c, ok := countA[f.id]; ok && c <= most {
				countB[f.id]++
			}
		}
	}
	// The sentences of b holding each feature rare on both sides.
	inB := make(map[int32][]int)
	for j := range b.n {
		for _, f := range b.base.at(j, &buf) {
			if c, ok := countB[f.id]; ok && c <= most {
				inB[f.id] = append(inB[f.id], j)
			}
		}
	}
	for i := range a.n {
		for _, f := range a.base.at(i, &buf) {
			if js := inB[f.id]; len(js) > 0 && countA[f.id] <= most {
				for _, j := range js {
					visit(i, j, countA[f.id], len(js))
				}
			}
		}
	}
}

// longestIncreasing returns, in order, the indices of a longest
// subsequence of 0..n-1 whose keys strictly increase, by patience sorting
// in O(n log n): tails[k] is the index ending the run of length k+1 with
// the smallest key found so far, and prev links each index to the one
// before it in the best run ending there.
func longestIncreasing(n int, key func(x int) int) []int {
	var tails []int
	prev := make([]int, n)
	for x := 0; x < n; x++ {
		kx := key(x)
		k := sort.Search(len(tails), func(k int) bool { return key(tails[k]) >= kx })
		if k > 0 {
			prev[x] = tails[k-1]
		} else {
			prev[x] = -1
		}
		if k == len(tails) {
			tails = append(tails, x)
		} else {
			tails[k] = x
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]int, len(tails))
	for k, x := len(tails)-1, tails[len(tails)-1]; k >= 0; k, x = k-1, prev[x] {
		out[k] = x
	}
	return out
}

// bandAround returns the band of half-width w around the guide c: the
// cells within w sentences of the guide along both axes, w columns of
// it in their row and w rows of it in their column (row i's columns
// from c(i-w) to c(i+w)), made connected: every row's columns overlap
// the next row's, so that the search can always get from (0, 0) to
// (n, m).
//
// Both axes, because the path strays from the guide by whole passages
// of either text: w columns alone allowed, where the guide is flat (a
// holding many more sentences than b, as the line-cut units of a long
// unpunctuated text against a novel), a stray of w/slope rows, thousands
// of sentences of a, in a band of n×2w cells. Where the guide rises at 45°
// or more, as between two editions of about as many sentences, the
// columns bound the band and it is what it was with columns alone.
func bandAround(c []float64, w, m int) *band {
	n := len(c) - 1
	lo := make([]int, n+1)
	hi := make([]int, n+1)
	for i := range c {
		lo[i] = max(0, int(c[i])-w, int(c[max(0, i-w)]))
		hi[i] = min(m, int(c[i])+w+1, int(c[min(n, i+w)])+1)
	}
	return connectedBand(lo, hi, m)
}

// connectedBand returns the band of rows' columns lo[i]..hi[i] made
// connected from (0, 0) to (n, m): every row's columns overlap the
// next row's, so that the search can always get through.
func connectedBand(lo, hi []int, m int) *band {
	n := len(lo) - 1
	lo[0], hi[n] = 0, m
	for i := 1; i <= n; i++ {
		lo[i] = max(lo[i], lo[i-1])
	}
	for i := n - 1; i >= 0; i-- {
		hi[i] = min(hi[i], hi[i+1])
	}
	for i := 1; i <= n; i++ {
		// Row i must reach back to row i-1: a 1-1 or 1-0 bead ends
		// in (i, j) from (i-1, j-1) or (i-1, j).
		if lo[i] > hi[i-1] {
			hi[i-1] = lo[i]
		}
	}
	return newBand(lo, hi)
}
