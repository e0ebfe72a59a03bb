package align

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/synoptic-text/synoptic/editions"
)

// Comparing versions of one text.
//
// Two printings of a text in one language share most of their sentences
// word for word, so they are matched by their text, not by length and
// anchors as translations are. The method is that of an anchored diff
// (Go's internal/diff, after Bram Cohen's patience diff):
//
//  1. Sentences whose comparison form occurs exactly once in each version
//     pair up; the longest run of such pairs in the same order in both
//     becomes the anchors, and anchors grow forward and backward over
//     equal neighbours. This is linear, and it is what keeps a book fast.
//  2. Between two anchors lie the stretches that changed. A small dynamic
//     program pairs their sentences by word overlap — one with one, one
//     with two (a sentence split) or two with one (two joined) — and
//     leaves the rest inserted or deleted.
//  3. A deleted sentence whose text (or nearly) is inserted elsewhere was
//     moved: both ends become Moved rows pointing at each other, so a
//     moved paragraph is reported as a move, once, not as a deletion and
//     an insertion.
//
// Rows that pair sentences carry their word diff (Diffs); a row whose only
// differences are of types the caller ignores is Equal.

// VersionOptions tune the comparison of versions (compareVersions).
type VersionOptions struct {
	// Ignore lists difference types that do not count: a row whose
	// differences are all of these types is Equal.
	Ignore []DiffType
}

// Thresholds of word overlap (Dice coefficient over word tokens, weighted
// by rarity), and a bound on work. All three came with the first
// comparison of versions (commit 2ac82f9), which records no measurement
// behind them: chosen by hand. minChangedSim keeps a rewritten sentence
// apart from a replaced one (two sentences sharing a third of their weight
// are more often the same sentence revised); minMovedSim asks a move to be
// nearly the same sentence, since a false move is a claim a reader checks;
// maxGapCells bounds the dynamic program between anchors to 65,536 cells,
// beyond which a gap is first cut at sentences nearly alike, keeping the
// comparison near-linear.
const (
	minChangedSim = 0.35
	minMovedSim   = 0.75
	maxGapCells   = 1 << 16
)

// compareVersions aligns b, a version of the same text as a in the same
// language, to a: equal, changed, inserted, deleted and moved sentences.
func compareVersions(a, b *editions.Edition, opts VersionOptions) *Alignment {
	c := newVersionComparer(a, b)
	pairs := c.anchors()
	var rows []Row
	i, j := 0, 0
	for _, p := range append(pairs, [2]int{len(a.Sentences), len(b.Sentences)}) {
		rows = append(rows, c.alignGap(i, p[0], j, p[1])...)
		if p[0] < len(a.Sentences) {
			rows = append(rows, c.pairRow([]int{p[0]}, []int{p[1]}))
		}
		i, j = p[0]+1, p[1]+1
	}
	rows = c.findMoves(rows)
	ignore := map[DiffType]bool{}
	for _, t := range opts.Ignore {
		ignore[t] = true
	}
	for k := range rows {
		r := &rows[k]
		if r.Kind == Changed && onlyIgnored(r.DiffOps(0, 1), ignore) {
			r.Kind = Equal
		}
	}
	return &Alignment{Editions: []*editions.Edition{a, b}, Rows: rows}
}

// onlyIgnored reports whether every difference in ops is of an ignored type.
func onlyIgnored(ops []Op, ignore map[DiffType]bool) bool {
	for _, op := range ops {
		if op.Kind != OpSame && !ignore[op.Type] {
			return false
		}
	}
	return true
}

type versionComparer struct {
	a, b   *editions.Edition
	wa, wb [][]int32 // the sorted word ids of each sentence's comparison form
	// weight[w] is the inverse document frequency of word w over the
	// sentences of both editions: "and" and "the" say little about
	// whether two sentences are one, "Grenoble" and "1891" much.
	weight []float64
	// totA[i], totB[j]: the summed weight of a sentence's words, made
	// when first asked for by similarityLong.
	totA, totB []float64
}

func newVersionComparer(a, b *editions.Edition) *versionComparer {
	ids := map[string]int32{}
	words := func(e *editions.Edition) [][]int32 {
		out := make([][]int32, len(e.Sentences))
		for i, s := range e.Sentences {
			fields := strings.FieldsFunc(s.Norm, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			ws := make([]int32, len(fields))
			for k, f := range fields {
				id, ok := ids[f]
				if !ok {
					id = int32(len(ids))
					ids[f] = id
				}
				ws[k] = id
			}
			sort.Slice(ws, func(x, y int) bool { return ws[x] < ws[y] })
			out[i] = ws
		}
		return out
	}
	c := &versionComparer{a: a, b: b, wa: words(a), wb: words(b)}
	df := make([]int, len(ids))
	for _, side := range [][][]int32{c.wa, c.wb} {
		for _, ws := range side {
			for _, w := range uniqueWords(ws) {
				df[w]++
			}
		}
	}
	n := float64(len(c.wa) + len(c.wb) + 1)
	c.weight = make([]float64, len(ids))
	for w, d := range df {
		c.weight[w] = math.Log(n / float64(d))
	}
	return c
}

// anchors returns the pairs (i, j) of sentences that are certainly the
// same sentence in the same place, in increasing order of both.
func (c *versionComparer) anchors() [][2]int {
	type count struct{ na, nb, ia, ib int }
	counts := map[string]*count{}
	for i, s := range c.a.Sentences {
		n := counts[s.Norm]
		if n == nil {
			n = &count{}
			counts[s.Norm] = n
		}
		n.na++
		n.ia = i
	}
	for j, s := range c.b.Sentences {
		n := counts[s.Norm]
		if n == nil {
			n = &count{}
			counts[s.Norm] = n
		}
		n.nb++
		n.ib = j
	}
	// Unique pairs in the order of a; then the longest increasing
	// subsequence of their positions in b (patience sorting, n log n).
	var uniq [][2]int
	for i, s := range c.a.Sentences {
		if n := counts[s.Norm]; n.na == 1 && n.nb == 1 {
			uniq = append(uniq, [2]int{i, n.ib})
		}
	}
	lis := increasingPairs(uniq)

	// Grow each anchor over equal neighbours, which need not be unique
	// ("Amen." repeated), forwards then backwards.
	var out [][2]int
	nextA, nextB := 0, 0
	for k, p := range lis {
		limA, limB := len(c.a.Sentences), len(c.b.Sentences)
		if k+1 < len(lis) {
			limA, limB = lis[k+1][0], lis[k+1][1]
		}
		// backwards, down to the previous anchor's reach
		var back [][2]int
		for i, j := p[0]-1, p[1]-1; i >= nextA && j >= nextB && c.a.Sentences[i].Norm == c.b.Sentences[j].Norm; i, j = i-1, j-1 {
			back = append(back, [2]int{i, j})
		}
		for x := len(back) - 1; x >= 0; x-- {
			out = append(out, back[x])
		}
		out = append(out, p)
		i, j := p[0]+1, p[1]+1
		for ; i < limA && j < limB && c.a.Sentences[i].Norm == c.b.Sentences[j].Norm; i, j = i+1, j+1 {
			out = append(out, [2]int{i, j})
		}
		nextA, nextB = i, j
	}
	return out
}

// increasingPairs returns the longest subsequence of pairs (sorted by
// their first element) whose second elements increase.
func increasingPairs(pairs [][2]int) [][2]int {
	idx := longestIncreasing(len(pairs), func(x int) int { return pairs[x][1] })
	if idx == nil {
		return nil
	}
	out := make([][2]int, len(idx))
	for k, x := range idx {
		out[k] = pairs[x]
	}
	return out
}

// similarity is the Dice coefficient of the word multisets of a's
// sentences ia and b's sentences ib, each word weighted by its rarity.
func (c *versionComparer) similarity(ia, ib []int) float64 {
	if spanWords(c.wa, ia)+spanWords(c.wb, ib) > maxExactSimWords {
		return c.similarityLong(ia, ib)
	}
	x := mergeWords(c.wa, ia)
	y := mergeWords(c.wb, ib)
	if len(x) == 0 && len(y) == 0 {
		return 1
	}
	var common, total float64
	for _, w := range x {
		total += c.weight[w]
	}
	for _, w := range y {
		total += c.weight[w]
	}
	for p, q := 0, 0; p < len(x) && q < len(y); {
		switch {
		case x[p] == y[q]:
			common += c.weight[x[p]]
			p++
			q++
		case x[p] < y[q]:
			p++
		default:
			q++
		}
	}
	if total == 0 {
		return 1 // only words found everywhere: nothing tells them apart
	}
	return min(1, 2*common/total) // rounding can pass 1 by a hair
}

func mergeWords(w [][]int32, idx []int) []int32 {
	if len(idx) == 1 {
		return w[idx[0]]
	}
	var out []int32
	for _, i := range idx {
		out = append(out, w[i]...)
	}
	sort.Slice(out, func(x, y int) bool { return out[x] < out[y] })
	return out
}

// The moves of the gap program: how many sentences of a and of b a step
// takes.
var gapSteps = [][2]int{{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}}

// alignGap aligns a's sentences [i0, i1) with b's [j0, j1), which lie
// between two anchors: a dynamic program over pairings by word overlap.
// A pairing costs 2·(1-similarity), a sentence left alone costs 1, so two
// sentences are paired when they share words, and split or joined
// sentences are found when the pair of them matches the one better.
func (c *versionComparer) alignGap(i0, i1, j0, j1 int) []Row {
	n, m := i1-i0, j1-j0
	if n == 0 && m == 0 {
		return nil
	}
	if n*m > maxGapCells {
		if rows, ok := c.splitGap(i0, i1, j0, j1); ok {
			return rows
		}
	}
	if n == 0 || m == 0 || n*m > maxGapCells {
		// Nothing to pair, or too large a stretch with nothing alike to
		// cut it at: all of it deleted and inserted (moves are still
		// found later).
		var rows []Row
		for i := i0; i < i1; i++ {
			rows = append(rows, Row{Cells: [][]int{{i}, {}}, Kind: Deleted, Score: 1})
		}
		for j := j0; j < j1; j++ {
			rows = append(rows, Row{Cells: [][]int{{}, {j}}, Kind: Inserted, Score: 1})
		}
		return rows
	}
	w := m + 1
	cost := make([]float64, (n+1)*w)
	from := make([]uint8, (n+1)*w)
	for x := range cost {
		cost[x] = -1
	}
	cost[0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			here := cost[i*w+j]
			if here < 0 {
				continue
			}
			for s, st := range gapSteps {
				ni, nj := i+st[0], j+st[1]
				if ni > n || nj > m {
					continue
				}
				var step float64
				switch {
				case st[0] == 0 || st[1] == 0:
					step = 1
				default:
					sim := c.similarity(span(i0+i, i0+ni), span(j0+j, j0+nj))
					if sim < minChangedSim {
						continue
					}
					step = 2 * (1 - sim)
					if st[0]+st[1] > 2 {
						step += 0.25 // a split or a join must earn its place
					}
				}
				if old := cost[ni*w+nj]; old < 0 || here+step < old {
					cost[ni*w+nj] = here + step
					from[ni*w+nj] = uint8(s)
				}
			}
		}
	}
	var rows []Row
	for i, j := n, m; i > 0 || j > 0; {
		st := gapSteps[from[i*w+j]]
		pi, pj := i-st[0], j-st[1]
		ia, ib := span(i0+pi, i0+i), span(j0+pj, j0+j)
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
	for x, y := 0, len(rows)-1; x < y; x, y = x+1, y-1 {
		rows[x], rows[y] = rows[y], rows[x]
	}
	deletionsFirst(rows)
	return rows
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

// splitGap cuts a stretch too long for the dynamic program at sentences
// that are nearly alike (sharing a rare word and most of their words), in
// order, and aligns the pieces between them. It reports false when it
// finds nothing to cut at.
func (c *versionComparer) splitGap(i0, i1, j0, j1 int) ([]Row, bool) {
	byWord := map[int32][]int{}
	for j := j0; j < j1; j++ {
		for _, w := range uniqueWords(c.wb[j]) {
			byWord[w] = append(byWord[w], j)
		}
	}
	var pairs [][2]int
	for i := i0; i < i1; i++ {
		var cands []int
		for _, w := range uniqueWords(c.wa[i]) {
			if cs := byWord[w]; len(cs) > 0 && (cands == nil || len(cs) < len(cands)) {
				cands = cs
			}
		}
		if len(cands) > 16 {
			continue // only rare words make reliable cut points
		}
		best, bestSim := -1, 0.6
		for _, j := range cands {
			if sim := c.similarity([]int{i}, []int{j}); sim > bestSim {
				best, bestSim = j, sim
			}
		}
		if best >= 0 {
			pairs = append(pairs, [2]int{i, best})
		}
	}
	cuts := increasingPairs(pairs)
	if len(cuts) == 0 {
		return nil, false
	}
	var rows []Row
	i, j := i0, j0
	for _, p := range cuts {
		rows = append(rows, c.alignGap(i, p[0], j, p[1])...)
		rows = append(rows, c.pairRow([]int{p[0]}, []int{p[1]}))
		i, j = p[0]+1, p[1]+1
	}
	rows = append(rows, c.alignGap(i, i1, j, j1)...)
	return rows, true
}

// pairRow makes the row of a's sentences ia paired with b's ib.
func (c *versionComparer) pairRow(ia, ib []int) Row {
	ta, tb := c.joined(c.a, ia), c.joined(c.b, ib)
	r := Row{Cells: [][]int{ia, ib}}
	if ta == tb {
		r.Kind, r.Score = Equal, 1
		return r
	}
	r.Kind, r.Diffs, r.Score = Changed, pairDiffs(WordDiff(ta, tb)), c.similarity(ia, ib)
	return r
}

// joined returns the text of sentences idx of e, separated by spaces.
func (c *versionComparer) joined(e *editions.Edition, idx []int) string {
	if len(idx) == 1 {
		return e.Sentences[idx[0]].Text
	}
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = e.Sentences[i].Text
	}
	return strings.Join(parts, " ")
}

func uniqueWords(ws []int32) []int32 {
	var out []int32
	for k, w := range ws {
		if k == 0 || w != ws[k-1] {
			out = append(out, w)
		}
	}
	return out
}
