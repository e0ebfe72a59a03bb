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
// stretch too long that has no such token is cut at runs of tokens found
// once in each instead (worddiff_grams.go), and one that has neither is
// shown as deleted and inserted whole, after its common beginning and
// end. Sentences within the
// bound are diffed as before, so the results on real texts do not change.
//
// Memory: a long sentence's tokens are kept as the offsets of their ends,
// 2 bytes a token from a base every 256 tokens (tokenSeq) rather than a
// 16-byte string header, and an op's text is a piece of the sentence it
// comes from (opBuilder), not a copy: the diff of two 10 MB versions of a
// sentence (4 million tokens a side) held 64 MB of tokens a side and
// copied both texts into its ops (1.2 GB allocated, 13 s in all); it now
// holds 8 MB a side and copies nothing. Offsets are int32 for any
// sentence under 2 GiB, int past it.

import (
	"math"
	"sort"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions"
)

// maxDiffTokens is the most tokens a side that go-diff diffs in one piece:
// about 2,000 words and the spaces between them, which no sentence of the
// evaluation texts comes near (their longest has 92 distinct words), and
// at which one Myers diff of two unrelated pieces, (4,096 + 4,096)² steps
// at worst, takes well under a second.
const maxDiffTokens = 4096

// An offset is a byte offset into a sentence.
type offset interface{ ~int32 | ~int }

// tokenEnds returns the offsets in s just past each of its tokens
// (tokenize's). It counts them first: a slice grown by append would
// leave behind it, as garbage, four times what it holds.
func tokenEnds[T offset](s string, spans []editions.MarkupSpan) []T {
	ends := make([]T, 0, countTokens(s, spans))
	for i := 0; i < len(s); {
		i = tokenEnd(s, i, &spans)
		ends = append(ends, T(i))
	}
	return ends
}

// countTokens returns the number of tokens of s.
func countTokens(s string, spans []editions.MarkupSpan) int {
	n := 0
	for i := 0; i < len(s); n++ {
		i = tokenEnd(s, i, &spans)
	}
	return n
}

// packShift says how many tokens share a base offset in a packed
// tokenSeq: 1<<8, 256 tokens, some 900 bytes of prose, so that a block
// spans less than 64 KB in any text but one of words of hundreds of
// bytes, while the bases add a sixty-fourth to the 2 bytes a token.
const packShift = 8

// A tokenSeq is a text cut into tokens. The end of token k is kept as
// its offset from the start of its block of 1<<packShift tokens, 2
// bytes (rel, base), where every block spans under 64 KB; else as the
// offset itself (ends). Packed, the tokens of the two versions of
// bench/pathological's 50 MB sentence, 34 million, are 68 MB rather
// than 136, held through the word diff.
type tokenSeq[T offset] struct {
	s    string
	n    int      // the number of tokens
	base []T      // base[b]: the offset where block b starts
	rel  []uint16 // rel[k]: the end of token k less its block's base
	ends []T      // where rel is nil: the end of token k
}

// cutTokens returns s cut into tokens (tokenize's).
func cutTokens[T offset](s string, spans []editions.MarkupSpan) tokenSeq[T] {
	n := countTokens(s, spans)
	t := tokenSeq[T]{s: s, n: n, base: make([]T, n>>packShift+1), rel: make([]uint16, n)}
	rest := spans
	for k, i := 0, 0; k < n; k++ {
		b := k >> packShift
		if k&(1<<packShift-1) == 0 {
			t.base[b] = T(i)
		}
		i = tokenEnd(s, i, &rest)
		r := i - int(t.base[b])
		if r > math.MaxUint16 {
			return tokenSeq[T]{s: s, n: n, ends: tokenEnds[T](s, spans)}
		}
		t.rel[k] = uint16(r)
	}
	return t
}

// end returns the offset just past token k.
func (t *tokenSeq[T]) end(k int) int {
	if t.rel != nil {
		return int(t.base[k>>packShift]) + int(t.rel[k])
	}
	return int(t.ends[k])
}

// start returns the offset of token k.
func (t *tokenSeq[T]) start(k int) int {
	if k == 0 {
		return 0
	}
	return t.end(k - 1)
}

// tok returns token k.
func (t *tokenSeq[T]) tok(k int) string { return t.s[t.start(k):t.end(k)] }

// span returns the bytes of tokens [i, j).
func (t *tokenSeq[T]) span(i, j int) int { return t.start(j) - t.start(i) }

// strings returns tokens [i, j) as strings.
func (t *tokenSeq[T]) strings(i, j int) []string {
	out := make([]string, j-i)
	for k := range out {
		out[k] = t.tok(i + k)
	}
	return out
}

// diffLong returns the diff of the texts of ta and tb, cut at the tokens
// unique to both where either has more than maxDiffTokens tokens, by
// go-diff whole otherwise.
func diffLong[T offset](ta, tb tokenSeq[T]) []Op {
	if ta.n <= maxDiffTokens && tb.n <= maxDiffTokens {
		return diffTokens(ta.s, tb.s, ta.strings(0, ta.n), tb.strings(0, tb.n))
	}
	w := walker[T]{a: ta, b: tb, ops: opBuilder{a: ta.s, b: tb.s}}
	w.walk(0, ta.n, 0, tb.n)
	return w.ops.done()
}

// An opBuilder gathers ops, merging neighbours of one kind. It is given
// only their lengths: the text of an op is the piece of a (kept or
// deleted) or of b (inserted) it stands for, which follows the ops
// before it.
type opBuilder struct {
	a, b   string
	pa, pb int // offsets in a and b of the op being gathered
	ops    []Op
	kind   OpKind
	n      int // bytes of the op being gathered
}

// add appends n bytes of kind to the diff.
func (b *opBuilder) add(kind OpKind, n int) {
	if n == 0 {
		return
	}
	if b.n > 0 && b.kind != kind {
		b.flush()
	}
	b.kind = kind
	b.n += n
}

func (b *opBuilder) flush() {
	if b.n == 0 {
		return
	}
	op := Op{Kind: b.kind}
	switch b.kind {
	case OpInsert:
		op.Text = b.b[b.pb : b.pb+b.n]
		b.pb += b.n
	case OpDelete:
		op.Text = b.a[b.pa : b.pa+b.n]
		b.pa += b.n
	default:
		op.Text = b.a[b.pa : b.pa+b.n]
		b.pa += b.n
		b.pb += b.n
	}
	b.ops = append(b.ops, op)
	b.n = 0
}

// done returns the ops gathered.
func (b *opBuilder) done() []Op {
	b.flush()
	return b.ops
}

// A walker diffs two token sequences into ops.
type walker[T offset] struct {
	a, b tokenSeq[T]
	ops  opBuilder
}

// walk adds the diff of a's tokens [a0, a1) and b's [b0, b1): their
// common beginning and end, and between them go-diff's diff when short
// enough, else the diff cut at their unique common tokens, or where they
// have none at their unique common runs of tokens (gramAnchors).
func (w *walker[T]) walk(a0, a1, b0, b1 int) {
	p := 0
	for a0+p < a1 && b0+p < b1 && w.a.tok(a0+p) == w.b.tok(b0+p) {
		p++
	}
	s := 0
	for s < a1-a0-p && s < b1-b0-p && w.a.tok(a1-1-s) == w.b.tok(b1-1-s) {
		s++
	}
	w.ops.add(OpSame, w.a.span(a0, a0+p))
	a0, b0, a1, b1 = a0+p, b0+p, a1-s, b1-s
	anchors := w.uniqueCommon(a0, a1, b0, b1)
	if len(anchors) == 0 && (a1-a0 > maxDiffTokens || b1-b0 > maxDiffTokens) {
		anchors = w.gramAnchors(a0, a1, b0, b1) // every token recurs: runs of them
	}
	switch {
	case a1-a0 <= maxDiffTokens && b1-b0 <= maxDiffTokens:
		sa, sb := w.a.s[w.a.start(a0):w.a.start(a1)], w.b.s[w.b.start(b0):w.b.start(b1)]
		for _, op := range diffTokens(sa, sb, w.a.strings(a0, a1), w.b.strings(b0, b1)) {
			w.ops.add(op.Kind, len(op.Text))
		}
	case len(anchors) == 0:
		w.ops.add(OpDelete, w.a.span(a0, a1))
		w.ops.add(OpInsert, w.b.span(b0, b1))
	default:
		i, j := a0, b0
		for _, an := range anchors {
			w.walk(i, int(an[0]), j, int(an[1]))
			w.ops.add(OpSame, w.a.span(int(an[0]), int(an[0])+1))
			i, j = int(an[0])+1, int(an[1])+1
		}
		w.walk(i, a1, j, b1)
	}
	w.ops.add(OpSame, w.a.span(a1, a1+s))
}

// uniqueCommon returns the positions (in a, in b) of the tokens of a's
// [a0, a1) and b's [b0, b1) found exactly once in each, the longest run of
// them in the same order in both, in order. It takes time O(n log n).
func (w *walker[T]) uniqueCommon(a0, a1, b0, b1 int) [][2]T {
	if a1-a0 <= maxDiffTokens && b1-b0 <= maxDiffTokens {
		return nil // not needed
	}
	type seen struct {
		na, nb int
		ib     T
	}
	count := make(map[string]*seen)
	for i := a0; i < a1; i++ {
		t := w.a.tok(i)
		c := count[t]
		if c == nil {
			c = &seen{}
			count[t] = c
		}
		c.na++
	}
	unique := 0 // tokens once in each so far
	for j := b0; j < b1; j++ {
		if c := count[w.b.tok(j)]; c != nil {
			c.nb++
			c.ib = T(j)
			switch {
			case c.na == 1 && c.nb == 1:
				unique++
			case c.na == 1 && c.nb == 2:
				unique--
			}
		}
	}
	if unique == 0 {
		return nil // a text whose every word recurs: no need to look for them
	}
	var pairs [][2]T // in order of a
	for i := a0; i < a1; i++ {
		if c := count[w.a.tok(i)]; c.na == 1 && c.nb == 1 {
			pairs = append(pairs, [2]T{T(i), c.ib})
		}
	}
	return increasingRun(pairs)
}

// increasingRun returns the longest subsequence of pairs whose second
// positions increase (the first already do), by patience sorting: the
// first such subsequence found, so the result is deterministic.
func increasingRun[T offset](pairs [][2]T) [][2]T {
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
	out := make([][2]T, len(tops))
	for k, i := len(tops)-1, tops[len(tops)-1]; k >= 0; k, i = k-1, prev[i] {
		out[k] = pairs[i]
	}
	return out
}

// sameChunk is the most bytes of a text that sameUnder maps in one piece:
// 64 KB, some hundred times the longest sentence of the evaluation texts,
// so that their changes are compared whole as before, while two changes
// of megabytes (a long sentence replaced whole) are mapped a piece of
// 64 KB at a time, not copied whole by each test of typeOf.
const sameChunk = 1 << 16

// sameUnder reports whether f(x) == f(y), and when they are the same, the
// length of f(x). f must map each character on its own, as squeeze,
// foldQuotes and caseFold (Unicode's full case folding, without context)
// do: f(x1+x2) == f(x1)+f(x2) wherever x1 ends with a whole character.
// Texts longer than sameChunk, when valid UTF-8 (an invalid byte might
// be cut from the bytes after it), are mapped a piece at a time and
// compared as they go, so that the work stops at their first difference.
func sameUnder(x, y string, f func(string) string) (same bool, n int) {
	if len(x) <= sameChunk && len(y) <= sameChunk || !utf8.ValidString(x) || !utf8.ValidString(y) {
		fx := f(x)
		return fx == f(y), len(fx)
	}
	var px, py string // mapped, not yet compared
	for {
		for px == "" && x != "" {
			var c string
			c, x = cutChunk(x)
			px = f(c)
			n += len(px)
		}
		for py == "" && y != "" {
			var c string
			c, y = cutChunk(y)
			py = f(c)
		}
		if px == "" || py == "" {
			// One is at its end: the two are the same if both are.
			return px == py, n
		}
		k := min(len(px), len(py))
		if px[:k] != py[:k] {
			return false, 0
		}
		px, py = px[k:], py[k:]
	}
}

// cutChunk returns the first sameChunk bytes of s or a little less, cut
// before a character, and the rest.
func cutChunk(s string) (chunk, rest string) {
	if len(s) <= sameChunk {
		return s, ""
	}
	i := sameChunk
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i], s[i:]
}
