package align

// The overlap of very long sentences in the comparison of versions.
//
// overlap walks both sentences' words: for a paragraph of 20 MB without a
// full stop, against each of the thousands of sentences of its gap,
// millions of words each time (two versions of a 100,000-word paragraph
// against 2,000 sentences: 243 s). Past maxExactSimWords words, the
// weight of a sentence's words is taken from the sums made once
// (massA, massB), and the shorter side's words are looked up in the
// longer's by binary search, so that a comparison costs the shorter
// side's words, not the longer's.

import (
	"sort"
	"unsafe"
)

// maxExactSimWords is the most words of two word lists compared word by
// word, summing their weights in the order they come, as overlap always
// did; longer ones go to overlapLong, whose sums, made in another order,
// may differ in the last bit. No pair of spans of the evaluation texts
// comes near it (their longest sentence has 92 distinct words, and a span
// is at most three sentences a side), so their results are unchanged.
const maxExactSimWords = 4096

// longMass returns the weight of the words of ws when ws is the word list
// of a long sentence (more than half maxExactSimWords words) of either
// edition, found by the address of its first word; ok is false for any
// other list (a merge of several sentences, made anew).
func (c *versionComparer) longMass(ws []int32) (mass float64, ok bool) {
	if c.long == nil {
		c.long = map[*int32]float64{}
		for k, side := range []lists[int32]{c.wa, c.wb} {
			masses := [][]float64{c.massA, c.massB}[k]
			for i := range side.len() {
				if s := side.at(i); len(s) > maxExactSimWords/2 {
					c.long[unsafe.SliceData(s)] = masses[i]
				}
			}
		}
	}
	if len(ws) == 0 {
		return 0, false
	}
	mass, ok = c.long[unsafe.SliceData(ws)]
	return mass, ok
}

// overlapLong is overlap by sums kept and binary search.
func (c *versionComparer) overlapLong(x, y []int32) (common, total float64) {
	for _, ws := range [][]int32{x, y} {
		m, ok := c.longMass(ws)
		if !ok {
			m = c.weightOf(ws)
		}
		total += m
	}
	short, long := x, y
	if len(y) < len(x) {
		short, long = y, x
	}
	for p := 0; p < len(short); {
		q := p
		for q < len(short) && short[q] == short[p] {
			q++
		}
		lo := sort.Search(len(long), func(n int) bool { return long[n] >= short[p] })
		hi := lo + sort.Search(len(long)-lo, func(n int) bool { return long[lo+n] > short[p] })
		common += c.weight[short[p]] * float64(min(q-p, hi-lo))
		p = q
	}
	return common, total
}
