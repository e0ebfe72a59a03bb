package align

// Anchors for the word diff of long sentences whose every word recurs.
//
// diffLong cuts a long sentence's diff at the tokens found exactly once in
// each version (uniqueCommon). A sentence of megabytes may have none: at 50 MB
// a side (`go run ./bench/pathological -case sentence-50M`), every word of
// the novel its words are drawn from recurs, and the two versions, one
// word in fifty changed, were shown as the whole sentence deleted and
// inserted. When a stretch too long for go-diff has no such token, it is
// cut at runs of k tokens (k-grams) found exactly once in each version
// instead: a run of several words is rare where each of its words is not.
// k is tried at 2, 4, 8 … up to maxGram, and the smallest k that gives
// enough anchors is kept (see gramAnchors), so that the runs stay short
// and a change near one loses little. A stretch with neither unique
// tokens nor unique runs (one word repeated throughout) is still shown
// deleted and inserted whole. Stretches that have unique tokens are cut
// as before, so the diffs where the old cut found anchors do not change.
//
// Time and memory: each k is two passes over the first side with a
// rolling hash of the token hashes (made as it goes, k of them kept), to
// count and then to make a table of the runs sampled by their hash (one
// in gramSample), so that the table holds an eighth of the tokens, not
// all of them (gramMatches); one over the second side to look its runs
// up; then a third over the first side reads off the runs found once in
// each, rather than a list of the sampled runs kept from the first,
// O(n log n) in all for the table's sort and look-ups. Token hashes made once and
// kept (4 bytes a token a side) made the align stage's peak heap 287 MB
// rather than 244 on sentence-50M at `-scale 0.2`, for no time two runs
// of each could tell apart. The runs matched are those
// found once in each side among the sampled ones: a sampled run's
// count is exact, since a run is sampled or not by its text alone, on
// both sides. The longest run of matches in the same order in both is
// taken by patience sorting (increasingRun), O(n log n). Matches are
// compared token by token before they are used, so a collision of hashes
// never pairs two different texts.

import "slices"

// maxGram is the longest run of tokens tried as an anchor: 64 tokens, 32
// words and the spaces between them, far longer than needed where words
// are drawn at random, so that only a text that repeats itself at long
// range goes without anchors. Runs of 4 tokens (two words and a space)
// already give anchors enough on the sentence-50M bench at scale 0.2
// (1.7 million words drawn by their frequency in a novel, 3.4 million
// tokens a side: 162,861 anchors, where 830 are enough), runs of 8 on
// the test's sentence of 400,000 words drawn from 200
// (TestWordDiffLongSentenceNoUniqueWord). Each k costs a pass over the
// stretch, at most six of them.
const maxGram = 64

// gramSample is one over the share of k-grams put in the table: one in 8,
// by their hash. A matching stretch then holds an anchor every 8 tokens
// or so, and the stretches between anchors, far under maxDiffTokens, go
// to go-diff; the table is an eighth of the size it would be.
const gramSample = 8

// gramAnchors returns the positions (in a, in b) of the first tokens of
// k-grams of a's [a0, a1) and b's [b0, b1) sampled and found exactly once
// in each, the longest run of them in the same order in both, in order,
// for the smallest k of 2, 4 … maxGram whose anchors are at least one in
// maxDiffTokens tokens of the longer side (so that the stretches between
// them are, on average, short enough for go-diff), else for the k that
// gives the most; nil if none gives any.
func (w *walker[T]) gramAnchors(a0, a1, b0, b1 int) [][2]T {
	enough := max(a1-a0, b1-b0) / maxDiffTokens
	var best [][2]T
	for k := 2; k <= maxGram && k <= a1-a0 && k <= b1-b0; k *= 2 {
		anchors := w.gramMatches(k, a0, a1, b0, b1)
		if len(anchors) > len(best) {
			best = anchors
		}
		if len(best) >= max(enough, 1) {
			break
		}
	}
	return best
}

// hash returns the hash of token i: FNV-1a, the same in every run (which
// k-grams are sampled depends on their hash, and the diff must be
// deterministic, which Go's seeded maphash is not).
func (t *tokenSeq[T]) hash(i int) uint32 {
	x := uint32(2166136261) // FNV-1a's offset basis and prime
	for _, c := range []byte(t.tok(i)) {
		x = (x ^ uint32(c)) * 16777619
	}
	return x
}

// gramBase is the multiplier of the rolling hash (odd, so that it is
// invertible modulo 2⁶⁴: the golden ratio's, as Fibonacci hashing uses).
const gramBase = 0x9E3779B97F4A7C15

// rolling calls f(i, h) with the hash h of each k-gram of tokens [i0, i1),
// i its first token, from the first k-gram to the last (i1-i0 >= k).
func (t *tokenSeq[T]) rolling(i0, i1, k int, f func(i int, h uint64)) {
	ring := make([]uint32, k) // the hashes of the k-gram's tokens
	var h, top uint64 = 0, 1  // top: gramBase^k
	for d := range ring {
		ring[d] = t.hash(i0 + d)
		h = h*gramBase + uint64(ring[d])
		top *= gramBase
	}
	for i := i0; ; i++ {
		f(i, h)
		if i+k >= i1 {
			return
		}
		r := (i - i0) % k
		x := t.hash(i + k)
		h = h*gramBase - uint64(ring[r])*top + uint64(x)
		ring[r] = x
	}
}

// sampled reports whether a k-gram of hash h goes in the table: one time
// in gramSample, by the middle bits of h mixed (a product's low bits
// depend only on the factors' low bits).
func sampled(h uint64) bool { return (h*gramBase)>>32%gramSample == 0 }

// gramMatches returns the anchors of the k-grams of a's [a0, a1) and b's
// [b0, b1) sampled and found once in each (their first tokens), the
// longest run of them in the same order in both.
func (w *walker[T]) gramMatches(k, a0, a1, b0, b1 int) [][2]T {
	n := 0
	w.a.rolling(a0, a1, k, func(_ int, h uint64) {
		if sampled(h) {
			n++
		}
	})
	hs := make([]uint64, 0, n) // counted first: appended to, the slice would leave a quarter more behind
	w.a.rolling(a0, a1, k, func(_ int, h uint64) {
		if sampled(h) {
			hs = append(hs, h)
		}
	})
	t := newGramTable[T](hs)
	w.b.rolling(b0, b1, k, func(j int, h uint64) {
		if !sampled(h) {
			return
		}
		if p := t.find(h); p >= 0 {
			switch t.inB[p] {
			case noGram:
				t.inB[p] = T(j)
			case manyGrams:
			default:
				t.inB[p] = manyGrams
			}
		}
	})
	// a's k-grams again, in order: hashing them a second time costs less
	// than keeping each sampled one's position (a list that outgrew its
	// estimate: 26 MB allocated at -scale 0.2).
	var pairs [][2]T // in order of a
	w.a.rolling(a0, a1, k, func(i int, h uint64) {
		if !sampled(h) {
			return
		}
		if p := t.find(h); p >= 0 && t.inB[p] >= 0 && w.sameRun(i, int(t.inB[p]), k) {
			pairs = append(pairs, [2]T{T(i), t.inB[p]})
		}
	})
	return increasingRun(pairs)
}

// A gramTable is gramMatches's table: the hashes of a's sampled k-grams,
// sorted and each once, where in them each range of their top bits
// begins, so that a look-up is a binary search among a few (the hashes
// are spread evenly: their top bits are those of a product by gramBase),
// and beside each hash the position in b of its k-gram there, or noGram,
// or manyGrams where a or b has it more than once: 12 bytes a k-gram (16
// where offsets are int). A map of the hashes to their counts, 16 bytes
// a k-gram and the map's own room, was 53 MB live at the align stage's
// peak on sentence-50M, a seventh of that peak's live heap. The word
// diff of that case takes as much processor time with the table as it
// did with the map (7.4 to 8.2 s, runs of each on a shared machine); a
// binary search of the whole list took 1.3 s more (1.1 s of it in the
// search), and with the directory but a hash for each k-gram rather
// than for each different one (a frequent pair of words fills a range
// of its own), the search was still 0.9 s.
type gramTable[T offset] struct {
	hs    []uint64
	dir   []int // dir[t]: the first of hs whose top bits are t or more
	shift uint  // 64 less the number of top bits
	inB   []T
}

// hashesPerRange is the mean number of hashes of a range of dir:
// chosen by hand, a few steps of binary search against 8 bytes of dir.
const hashesPerRange = 16

// newGramTable returns the table of hs, which it sorts and keeps.
func newGramTable[T offset](hs []uint64) gramTable[T] {
	slices.Sort(hs)
	n := 0 // the hashes, each once
	for p := range hs {
		if p == 0 || hs[p] != hs[p-1] {
			n++
		}
	}
	bits := uint(0)
	for n>>bits > hashesPerRange {
		bits++
	}
	t := gramTable[T]{dir: make([]int, 1<<bits+1), shift: 64 - bits, inB: make([]T, n)}
	d := -1
	for p, h := range hs {
		if p > 0 && h == hs[p-1] {
			t.inB[d] = manyGrams
			continue
		}
		d++
		hs[d], t.inB[d] = h, noGram
	}
	t.hs = hs[:n]
	p := 0
	for top := range t.dir {
		for p < n && t.hs[p]>>t.shift < uint64(top) {
			p++
		}
		t.dir[top] = p
	}
	return t
}

// find returns where h stands in the table, -1 if it is not there.
func (t gramTable[T]) find(h uint64) int {
	top := h >> t.shift
	lo, hi := t.dir[top], t.dir[top+1]
	if p, found := slices.BinarySearch(t.hs[lo:hi], h); found {
		return lo + p
	}
	return -1
}

// noGram and manyGrams stand in a gramTable for a k-gram b has not, and
// one a or b has more than once; a position is never negative.
const (
	noGram    = -1
	manyGrams = -2
)

// sameRun reports whether a's k tokens from i are b's from j.
func (w *walker[T]) sameRun(i, j, k int) bool {
	for d := 0; d < k; d++ {
		if w.a.tok(i+d) != w.b.tok(j+d) {
			return false
		}
	}
	return true
}
