package align

import (
	"math"
	"sort"
)

// The gap program: step 2 of the comparison of versions (see versions.go).
//
// Between two anchors lie sentences that changed, were split or joined,
// added or dropped. A dynamic program over the grid of (sentences of a
// consumed, sentences of b consumed) pairs them by their words: pairing
// sentences costs 2·(1-similarity), allowed from minChangedSim up, and a
// sentence left alone costs 1, so that two sentences are paired when they
// share words. A step may also join several sentences of one side
// against one of the other, as many as are each mostly found in the one
// (minJoinShare). Printings punctuate differently — the King James
// Version ends eleven of the verses of Psalm 136 with a full stop where
// the American Standard Version has a colon or a semicolon, so that one
// ASV sentence is eleven KJV sentences — and a join of eleven is then one
// row, not one pairing and ten deletions.
//
// A gap of up to maxGapCells cells is searched whole. A longer one is cut
// first at sentences nearly alike that share a rare word (splitGap); one
// with no such sentences — a text of one line repeated, "Amen." fifty
// thousand times, where nothing is rare — is searched in a band around a
// guide, as the translation aligner searches (search.go): a gap that no
// anchor could split is text that stays in place, give or take the edits
// in it, and its path runs through the sentences both sides hold, in
// order (sharedGuide). The band starts firstBandWidth sentences either side and
// doubles while the best path runs along its edge, up to maxBandWidth;
// time and memory are linear in the length of the gap for a fixed width.

const (
	// joinCost is what a split or a join must earn to be preferred to a
	// pairing and a deletion: chosen by hand with the first comparison
	// of versions (commit 2ac82f9).
	joinCost = 0.25
	// minJoinShare is the part of each sentence's weight that the
	// sentence they are joined to must hold for a join: more than half of
	// every sentence is then in the other, so that a join never takes in
	// a sentence that is mostly new, nor one whose words the other has
	// already given to its neighbour ("Amen." and "Amen." are not
	// "Amen!"). Chosen by hand; against the first comparison of versions,
	// which joined any two sentences sharing enough words with the one,
	// it leaves every measured figure as it was or better (see the
	// commit that made it).
	minJoinShare = 0.5
	// maxJoin is the most sentences one step joins: what a step's record
	// holds (a byte a side).
	maxJoin = 255
	// firstBandWidth and maxBandWidth bound the band of a long gap. The
	// path of a gap no anchor split strays from its guide (sharedGuide)
	// by the sentences changed, or added or dropped beside others alike,
	// in it (in "Amen." × 50,000 with four edits: by one or two); 8
	// leaves room for several, and the band doubles from there when the
	// path runs along its edge. 64 caps a gap's cells at 129 a sentence
	// of a and 128 a sentence of b (guideBand), so that time stays
	// linear on any input; past it the best path inside the band is
	// kept, a valid alignment, though one a wider band might better.
	firstBandWidth = 8
	maxBandWidth   = 64
)

// alignGap appends to rows the rows that align a's sentences [i0, i1)
// with b's [j0, j1), which lie between two anchors, and returns them.
//
// The gap's rows are appended to the comparison's, not made in a slice
// of their own and then copied into it: a gap is often all of a text
// (bench/pathological's 20 MB paragraph against a novel is one gap of
// 300k rows), and its slice, grown by appending, then copied, held the
// rows two or three times over (a 26 MB slice each) at the peak of the
// comparison.
func (c *versionComparer) alignGap(rows []Row, i0, i1, j0, j1 int) []Row {
	n, m := i1-i0, j1-j0
	if n == 0 || m == 0 {
		return unpairedRows(rows, i0, i1, j0, j1)
	}
	if n*m <= maxGapCells {
		lo, hi := make([]int, n+1), make([]int, n+1)
		for i := range hi {
			hi[i] = m
		}
		rows, _ = c.gapProgram(rows, i0, j0, newBand(lo, hi))
		return rows
	}
	if out, ok := c.splitGap(rows, i0, i1, j0, j1); ok {
		return out
	}
	if !c.shareWords(i0, i1, j0, j1) {
		return unpairedRows(rows, i0, i1, j0, j1) // nothing alike to pair
	}
	if !c.collected {
		// The band search makes arrays of the gap's size (its costs
		// and steps, its rows' cells) on a heap whose goal was set
		// while the anchors' map of every sentence's text was live,
		// and which holds it dead: the heap reached that goal during
		// the search, twice what was live then (bench/pathological's
		// paragraph-versions, one gap of 300k sentences: 78 MB live,
		// 161 MB at the peak). A collection here sets the goal from
		// what the comparison holds now: that case's peak heap is
		// then 149 MB, and its comparison no slower. Once a
		// comparison: one collection, of a heap most of which is the
		// editions, takes a few hundredths of a second there, and a
		// gap no anchor split is rare.
		c.collected = true
		collectIfLarge(i1 - i0 + j1 - j0)
	}
	guide := c.sharedGuide(i0, i1, j0, j1)
	for w := firstBandWidth; ; w *= 2 {
		// A wider band's rows replace a narrower's, appended after
		// the same rows.
		rows, touched := c.gapProgram(rows, i0, j0, guideBand(guide, w, m))
		if !touched || 2*w > maxBandWidth || w >= max(n, m) {
			return rows
		}
	}
}

// shareWords reports whether some sentence of a's [i0, i1) and some of
// b's [j0, j1) could be paired: they share a word, or both are without
// words ("* * *").
func (c *versionComparer) shareWords(i0, i1, j0, j1 int) bool {
	inB := map[int32]bool{}
	emptyB := false
	for j := j0; j < j1; j++ {
		emptyB = emptyB || len(c.wb.at(j)) == 0
		for _, w := range c.wb.at(j) {
			inB[w] = true
		}
	}
	for i := i0; i < i1; i++ {
		if len(c.wa.at(i)) == 0 && emptyB {
			return true
		}
		for _, w := range c.wa.at(i) {
			if inB[w] {
				return true
			}
		}
	}
	return false
}

// sharedGuide returns the guide of the band of a gap: for each row i (of
// a's sentences [i0, i1), i consumed), the column of b's sentences
// [j0, j1) where the path is expected. The path runs through the
// sentences whose text both sides of the gap hold, in order: the guide
// takes the k-th such sentence of a to the k-th of b (scaled when they
// are not as many), stays level over a's sentences that b does not hold
// (deleted, or changed) and jumps over b's that a does not hold (added),
// so that a block of a hundred lines added among lines all alike moves
// the guide with it, where a straight diagonal would leave the path
// outside any band of linear size. With no text in common, the guide is
// the diagonal.
func (c *versionComparer) sharedGuide(i0, i1, j0, j1 int) []float64 {
	n, m := i1-i0, j1-j0
	// The forms are numbered (sentenceForms): the sets of them are
	// slices indexed by form, not maps of strings, made once for the
	// comparison and cleared after each gap (a gap costs time in its
	// size, not in the texts').
	ida, idb, forms := c.sentenceForms()
	if c.inA == nil {
		c.inA, c.inB = make([]bool, forms), make([]bool, forms)
	}
	inA, inB := c.inA, c.inB
	defer func() {
		for i := i0; i < i1; i++ {
			inA[ida[i]] = false
		}
		for j := j0; j < j1; j++ {
			inB[idb[j]] = false
		}
	}()
	for i := i0; i < i1; i++ {
		inA[ida[i]] = true
	}
	var shared []int // columns just after b's shared sentences
	for j := j0; j < j1; j++ {
		inB[idb[j]] = true
		if inA[idb[j]] {
			shared = append(shared, j-j0+1)
		}
	}
	var sharedA int
	for i := i0; i < i1; i++ {
		if inB[ida[i]] {
			sharedA++
		}
	}
	guide := make([]float64, n+1)
	if sharedA == 0 || len(shared) == 0 {
		for i := range guide {
			guide[i] = float64(i) * float64(m) / float64(n)
		}
		return guide
	}
	k := 0 // shared sentences of a before row i
	for i := 0; i <= n; i++ {
		if i > 0 && inB[ida[i0+i-1]] {
			k++
		}
		switch x := k * len(shared) / sharedA; {
		case x == 0:
			guide[i] = float64(min(i, shared[0]-1))
		default:
			guide[i] = float64(shared[x-1])
		}
	}
	guide[n] = float64(m)
	return guide
}

// guideBand returns the band of half-width w around guide, a column for
// each row that never decreases, widened over the w rows either side of
// each row: where the guide jumps (a block of sentences added), the path
// may make the jump at any of those rows, not at the guide's one only. A
// row's columns are guide[i-w]-margin to guide[i+w]+margin, so the band
// holds at most 2·margin+1 cells a row and 2w a column more.
//
// The margin is w columns, or, where b's side of the gap has fewer
// sentences than a's, what w rows span along the gap's diagonal (one at
// least): w columns of a nearly level guide are thousands of rows, and
// a gap of 295k units of an unpunctuated text against a novel of 4.4k
// sentences was searched in 295k × 129 cells, 16 s and 400 MB, to pair
// nothing in the end.
func guideBand(guide []float64, w, m int) *band {
	n := len(guide) - 1
	margin := w
	if m < n {
		margin = max(1, (w*m+n-1)/n)
	}
	lo, hi := make([]int, n+1), make([]int, n+1)
	for i := range guide {
		lo[i] = max(0, int(guide[max(0, i-w)])-margin)
		hi[i] = min(m, int(guide[min(n, i+w)])+margin+1)
	}
	return connectedBand(lo, hi, m)
}

// unpairedRows appends rows that make a's sentences [i0, i1) deleted and
// b's [j0, j1) inserted.
func unpairedRows(rows []Row, i0, i1, j0, j1 int) []Row {
	for i := i0; i < i1; i++ {
		rows = append(rows, Row{Cells: [][]int{{i}, {}}, Kind: Deleted, Score: 1})
	}
	for j := j0; j < j1; j++ {
		rows = append(rows, Row{Cells: [][]int{{}, {j}}, Kind: Inserted, Score: 1})
	}
	return rows
}

// gapProgram runs the gap program over the cells of bd, row i having
// consumed a's sentences from i0 to i0+i and column j b's from j0 to
// j0+j, from (0, 0) to the band's last cell; it reports whether the best
// path paired sentences on the band's edge, where a wider band might
// pair them better (a path of deletions and insertions along the edge is
// one of many as cheap, not a sign of a better one outside).
func (c *versionComparer) gapProgram(rows []Row, i0, j0 int, bd *band) ([]Row, bool) {
	touched := false
	first := len(rows) // the gap's rows are appended after rows
	n := bd.rows() - 1
	m := bd.hi(n)
	cost := make([]float64, bd.size)
	from := make([][2]uint8, bd.size) // the step into the cell: sentences of a, of b
	for k := range cost {
		cost[k] = math.Inf(1)
	}
	cost[0] = 0
	relax := func(here float64, i, j, di, dj int, step float64) bool {
		k, ok := bd.index(i+di, j+dj)
		if !ok {
			return false
		}
		if here+step < cost[k] {
			cost[k] = here + step
			from[k] = [2]uint8{uint8(di), uint8(dj)}
		}
		return true
	}
	for i := 0; i <= n; i++ {
		for j := bd.lo(i); j <= bd.hi(i); j++ {
			k, _ := bd.index(i, j)
			here := cost[k]
			if math.IsInf(here, 1) {
				continue
			}
			if i == n || j == m {
				relax(here, i, j, 1, 0, 1)
				relax(here, i, j, 0, 1, 1)
				continue
			}
			x, y := c.wa.at(i0+i), c.wb.at(j0+j)
			common, total := c.overlap(x, y)
			if sim := diceOf(x, y, common, total); sim >= minChangedSim {
				relax(here, i, j, 1, 1, 2*(1-sim))
			}
			relax(here, i, j, 1, 0, 1)
			relax(here, i, j, 0, 1, 1)
			c.joins(x, c.massA[i0+i], c.wb, c.massB, j0+j, j0+m, common, func(k int, step float64) bool { return relax(here, i, j, 1, k, step) })
			c.joins(y, c.massB[j0+j], c.wa, c.massA, i0+i, i0+n, common, func(k int, step float64) bool { return relax(here, i, j, k, 1, step) })
		}
	}
	// The rows' cells are cut from one slice, not allocated one by one.
	slab := make([]int, n+m)
	cut := func(lo, hi int) []int {
		s := slab[: hi-lo : hi-lo]
		slab = slab[hi-lo:]
		for k := range s {
			s[k] = lo + k
		}
		return s
	}
	for i, j := n, m; i > 0 || j > 0; {
		k, _ := bd.index(i, j)
		st := from[k]
		if st[0] > 0 && st[1] > 0 && ((j == bd.lo(i) && j > 0) || (j == bd.hi(i) && j < m)) {
			touched = true
		}
		pi, pj := i-int(st[0]), j-int(st[1])
		ia, ib := cut(i0+pi, i0+i), cut(j0+pj, j0+j)
		switch {
		case st[1] == 0:
			rows = append(rows, Row{Cells: [][]int{ia, {}}, Kind: Deleted, Score: 1})
		case st[0] == 0:
			rows = append(rows, Row{Cells: [][]int{{}, ib}, Kind: Inserted, Score: 1})
		default:
			rows = append(rows, c.pairRow(ia, ib))
		}
		i, j = pi, pj
	}
	for x, y := first, len(rows)-1; x < y; x, y = x+1, y-1 {
		rows[x], rows[y] = rows[y], rows[x]
	}
	deletionsFirst(rows[first:])
	return rows, touched
}

// joins offers the steps that join one sentence, whose words are one and
// their weight oneMass, with k ≥ 2 sentences of the other side, from
// first on (and before limit), to try: try(k, cost) reports whether the
// step's cell exists. mass holds the weight of each sentence of the
// other side, and common the weight one shares with the first. A join is
// tried only while every sentence in it is mostly found in one
// (minJoinShare).
//
// The weight shared grows sentence by sentence: each word added counts
// if one holds it more times than the join did before (a multiset, as
// overlap counts), so that a join of k sentences costs the words of the
// k sentences, not k merges of them — which, with one sentence holding
// every word, made the gap program quadratic.
func (c *versionComparer) joins(one []int32, oneMass float64, other lists[int32], mass []float64, first, limit int, common float64, try func(k int, step float64) bool) {
	if first+2 > limit || len(other.at(first)) == 0 || common < minJoinShare*mass[first] {
		return
	}
	if c.joinCount == nil {
		c.joinCount, c.joinGen = make([]int32, len(c.weight)), make([]uint32, len(c.weight))
	}
	c.gen++
	count := func(w int32) int32 {
		if c.joinGen[w] != c.gen {
			c.joinGen[w], c.joinCount[w] = c.gen, 0
		}
		c.joinCount[w]++
		return c.joinCount[w]
	}
	for _, w := range other.at(first) {
		count(w)
	}
	total := oneMass + mass[first]
	for k := 2; k <= maxJoin && first+k <= limit; k++ {
		add := other.at(first + k - 1)
		if len(add) == 0 {
			return
		}
		now := common
		for _, w := range add {
			if n := count(w); int(n) <= countOf(one, w) {
				now += c.weight[w]
			}
		}
		total += mass[first+k-1]
		if now-common < minJoinShare*mass[first+k-1] {
			return
		}
		common = now
		sim := diceOf(one, add, now, total)
		if sim < minChangedSim {
			continue
		}
		if !try(k, 2*(1-sim)+joinCost) {
			return // outside the band, and so are longer joins
		}
	}
}

// countOf returns how many times the sorted list ws holds w.
func countOf(ws []int32, w int32) int {
	lo := sort.Search(len(ws), func(n int) bool { return ws[n] >= w })
	return sort.Search(len(ws)-lo, func(n int) bool { return ws[lo+n] > w })
}

// weightOf returns the weight of the words ws.
func (c *versionComparer) weightOf(ws []int32) float64 {
	var sum float64
	for _, w := range ws {
		sum += c.weight[w]
	}
	return sum
}

// deletionsFirst orders each run of unpaired rows with the deleted
// sentences before the inserted ones, as diffs show them; the order of
// each edition's own sentences is unchanged.
func deletionsFirst(rows []Row) {
	for i := 0; i < len(rows); {
		j := i
		for j < len(rows) && (rows[j].Kind == Deleted || rows[j].Kind == Inserted) {
			j++
		}
		if j > i {
			sort.SliceStable(rows[i:j], func(x, y int) bool {
				return rows[i+x].Kind == Deleted && rows[i+y].Kind == Inserted
			})
			i = j
			continue
		}
		i++
	}
}

// A sentence is cut at in splitGap when its rarest word is in at most
// maxCutCands sentences of the other side, and it shares more than
// minCutSim of its words (dice) with the one it is cut at: both chosen by
// hand when long gaps were first split (commit 2ac82f9), not measured.
const (
	maxCutCands = 16
	minCutSim   = 0.6
)

// uniqueCuts keeps of pairs, each a sentence of a and the sentence of b
// it is cut at, those whose sentence of b no other pair is cut at. A
// sentence of b that two of a are nearly alike ("When do we use
// these?" said twice, in a version whose punctuation is stripped) is no
// reliable cut point, as a line found twice is no anchor of a patience
// diff (versions_anchors.go): cut at the wrong one of the two, a
// version lost the sentences between them, which the cut left on the
// wrong sides (Serge's chapter against itself without punctuation: 32
// omissions of confidence up to 1.00).
func uniqueCuts(pairs [][2]int) [][2]int {
	n := map[int]int{}
	for _, p := range pairs {
		n[p[1]]++
	}
	out := pairs[:0]
	for _, p := range pairs {
		if n[p[1]] == 1 {
			out = append(out, p)
		}
	}
	return out
}

// splitGap cuts a stretch too long for the dynamic program at sentences
// that are nearly alike (sharing a rare word and most of their words), in
// order, and aligns the pieces between them. Of several such sentences
// alike (a passage repeated), a sentence is cut at the one nearest its
// place on the gap's diagonal. It reports false when it finds nothing to
// cut at. It appends the rows to rows.
func (c *versionComparer) splitGap(rows []Row, i0, i1, j0, j1 int) ([]Row, bool) {
	byWord := map[int32][]int{}
	for j := j0; j < j1; j++ {
		for x, w := range c.wb.at(j) {
			if x > 0 && w == c.wb.at(j)[x-1] {
				continue // each word once
			}
			byWord[w] = append(byWord[w], j)
		}
	}
	slope := float64(j1-j0) / float64(i1-i0)
	var pairs [][2]int
	for i := i0; i < i1; i++ {
		var cands []int
		for x, w := range c.wa.at(i) {
			if x > 0 && w == c.wa.at(i)[x-1] {
				continue // each word once
			}
			if cs := byWord[w]; len(cs) > 0 && (cands == nil || len(cs) < len(cands)) {
				cands = cs
			}
		}
		if len(cands) > maxCutCands {
			continue // only rare words make reliable cut points
		}
		diag := float64(j0) + float64(i-i0)*slope
		best, bestSim := -1, minCutSim
		for _, j := range cands {
			sim := c.dice(c.wa.at(i), c.wb.at(j))
			if sim > bestSim || (sim == bestSim && best >= 0 && math.Abs(float64(j)-diag) < math.Abs(float64(best)-diag)) {
				best, bestSim = j, sim
			}
		}
		if best >= 0 {
			pairs = append(pairs, [2]int{i, best})
		}
	}
	cuts := increasingPairs(uniqueCuts(pairs))
	if len(cuts) == 0 {
		return rows, false
	}
	i, j := i0, j0
	for _, p := range cuts {
		rows = c.alignGap(rows, i, p[0], j, p[1])
		rows = append(rows, c.pairRow([]int{p[0]}, []int{p[1]}))
		i, j = p[0]+1, p[1]+1
	}
	rows = c.alignGap(rows, i, i1, j, j1)
	return rows, true
}
