package align

// The similarity of very long sentences in the comparison of versions.
//
// similarity walks both sentences' words: for a paragraph of 20 MB
// without a full stop against each of the thousands of sentences it might
// pair with in a gap, millions of words each time. Past maxExactSimWords
// words, the two sides' weights are summed once per sentence and kept,
// and the shorter side's words are looked up in the longer's by binary
// search, so that a comparison costs the shorter side's words, not the
// longer's.

import (
	"sort"
)

// maxExactSimWords is the most words of two spans compared word by word,
// summing their weights in the order they come, as similarity always did;
// longer spans go to similarityLong, whose sums, made in another order,
// may differ in the last bit. No pair of spans of the evaluation texts
// comes near it (their longest sentence has 92 distinct words, and a span
// is at most three sentences a side), so their results are unchanged.
const maxExactSimWords = 4096

// spanWords counts the words of sentences idx.
func spanWords(w [][]int32, idx []int) int {
	n := 0
	for _, i := range idx {
		n += len(w[i])
	}
	return n
}

// similarityLong is similarity by sums kept and binary search.
func (c *versionComparer) similarityLong(ia, ib []int) float64 {
	if c.totA == nil {
		c.totA, c.totB = c.totals(c.wa), c.totals(c.wb)
	}
	total := 0.0
	for _, i := range ia {
		total += c.totA[i]
	}
	for _, j := range ib {
		total += c.totB[j]
	}
	if total == 0 {
		return 1 // only words found everywhere: nothing tells them apart
	}
	short, long := c.wb, c.wa
	is, il := ib, ia
	if spanWords(c.wa, ia) < spanWords(c.wb, ib) {
		short, long, is, il = c.wa, c.wb, ia, ib
	}
	x := mergeWords(short, is)
	common := 0.0
	for p := 0; p < len(x); {
		q := p
		for q < len(x) && x[q] == x[p] {
			q++
		}
		k := 0 // the word's count in the long side
		for _, i := range il {
			ws := long[i]
			lo := sort.Search(len(ws), func(n int) bool { return ws[n] >= x[p] })
			hi := sort.Search(len(ws), func(n int) bool { return ws[n] > x[p] })
			k += hi - lo
		}
		common += c.weight[x[p]] * float64(min(q-p, k))
		p = q
	}
	return min(1, 2*common/total)
}

// totals returns the summed weight of each sentence's words.
func (c *versionComparer) totals(w [][]int32) []float64 {
	out := make([]float64, len(w))
	for i, ws := range w {
		for _, x := range ws {
			out[i] += c.weight[x]
		}
	}
	return out
}
