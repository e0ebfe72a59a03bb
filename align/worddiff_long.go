package align

// The word diff of very long sentences.
//
// go-diff's Myers diff takes time O(N·D) in the tokens N and the tokens
// that differ D, and its semantic clean-up more: on two versions of a
// "sentence" of 500 KB (a paragraph without a full stop, a file on one
// line), with one word in fifty changed, minutes. Past maxDiffTokens
// tokens a side, the diff is cut first, as patience diff does (Bram
// Cohen's; git diff --patience): the tokens found exactly once in each
// version and in the same order in both (the longest increasing
// subsequence of their positions) are matched, and the stretches between
// them are diffed the same way, each by go-diff once short enough. A
// stretch too long that has no such token is shown as deleted and
// inserted whole, after its common beginning and end. Sentences within the
// bound are diffed as before, so the results on real texts do not change.

import (
	"sort"
	"strings"
)

// maxDiffTokens is the most tokens a side that go-diff diffs in one piece:
// about 2,000 words and the spaces between them, which no sentence of the
// evaluation texts comes near (their longest has 92 distinct words), and
// at which one Myers diff of two unrelated pieces, (4,096 + 4,096)² steps
// at worst, takes well under a second.
const maxDiffTokens = 4096

// diffLong returns the diff of two long sequences of tokens, cut at the
// tokens unique to both.
func diffLong(ta, tb []string) []Op {
	var b opBuilder
	b.walk(ta, tb)
	return b.done()
}

// An opBuilder gathers ops, merging neighbours of one kind, without
// concatenating a long op's text again for every token added to it.
type opBuilder struct {
	ops  []Op
	kind OpKind
	text strings.Builder
}

// add appends tokens to the diff as an op of kind.
func (b *opBuilder) add(kind OpKind, toks ...string) {
	for _, t := range toks {
		if t == "" {
			continue
		}
		if b.text.Len() > 0 && b.kind != kind {
			b.flush()
		}
		b.kind = kind
		b.text.WriteString(t)
	}
}

func (b *opBuilder) flush() {
	if b.text.Len() > 0 {
		b.ops = append(b.ops, Op{Kind: b.kind, Text: b.text.String()})
		b.text.Reset()
	}
}

// done returns the ops gathered.
func (b *opBuilder) done() []Op {
	b.flush()
	return b.ops
}

// walk adds the diff of ta and tb: their common beginning and end, and
// between them go-diff's diff when short enough, else the diff cut at
// their unique common tokens.
func (b *opBuilder) walk(ta, tb []string) {
	p := 0
	for p < len(ta) && p < len(tb) && ta[p] == tb[p] {
		p++
	}
	s := 0
	for s < len(ta)-p && s < len(tb)-p && ta[len(ta)-1-s] == tb[len(tb)-1-s] {
		s++
	}
	b.add(OpSame, ta[:p]...)
	ma, mb := ta[p:len(ta)-s], tb[p:len(tb)-s]
	switch anchors := uniqueCommon(ma, mb); {
	case len(ma) <= maxDiffTokens && len(mb) <= maxDiffTokens:
		for _, op := range diffTokens(ma, mb) {
			b.add(op.Kind, op.Text)
		}
	case len(anchors) == 0:
		b.add(OpDelete, ma...)
		b.add(OpInsert, mb...)
	default:
		i, j := 0, 0
		for _, an := range anchors {
			b.walk(ma[i:an[0]], mb[j:an[1]])
			b.add(OpSame, ma[an[0]])
			i, j = an[0]+1, an[1]+1
		}
		b.walk(ma[i:], mb[j:])
	}
	b.add(OpSame, ta[len(ta)-s:]...)
}

// uniqueCommon returns the positions (in ta, in tb) of the tokens found
// exactly once in each, the longest run of them in the same order in
// both, in order. It takes time O(n log n).
func uniqueCommon(ta, tb []string) [][2]int {
	if len(ta) <= maxDiffTokens && len(tb) <= maxDiffTokens {
		return nil // not needed
	}
	type seen struct{ na, nb, ia, ib int }
	count := make(map[string]*seen)
	for i, t := range ta {
		c := count[t]
		if c == nil {
			c = &seen{}
			count[t] = c
		}
		c.na++
		c.ia = i
	}
	for j, t := range tb {
		if c := count[t]; c != nil {
			c.nb++
			c.ib = j
		}
	}
	var pairs [][2]int // in order of ta
	for i, t := range ta {
		if c := count[t]; c.na == 1 && c.nb == 1 {
			pairs = append(pairs, [2]int{i, c.ib})
		}
	}
	return increasingRun(pairs)
}

// increasingRun returns the longest subsequence of pairs whose second
// positions increase (the first already do), by patience sorting: the
// first such subsequence found, so the result is deterministic.
func increasingRun(pairs [][2]int) [][2]int {
	var tops []int                  // tops[k]: index in pairs of the smallest end of a run of length k+1
	prev := make([]int, len(pairs)) // the pair before pairs[i] in its run
	for i, p := range pairs {
		k := sort.Search(len(tops), func(k int) bool { return pairs[tops[k]][1] >= p[1] })
		prev[i] = -1
		if k > 0 {
			prev[i] = tops[k-1]
		}
		if k == len(tops) {
			tops = append(tops, i)
		} else {
			tops[k] = i
		}
	}
	if len(tops) == 0 {
		return nil
	}
	out := make([][2]int, len(tops))
	for k, i := len(tops)-1, tops[len(tops)-1]; k >= 0; k, i = k-1, prev[i] {
		out[k] = pairs[i]
	}
	return out
}
