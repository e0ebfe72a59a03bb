package align

import (
	"iter"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/synoptic-text/synoptic/editions"
)

// Comparing versions of one text.
//
// Two printings of a text in one language share most of their sentences
// word for word, so they are matched by their text, not by length and
// anchors as translations are. The method is that of an anchored diff, in
// three steps, each in its own file:
//
//  1. Anchors (versions_anchors.go): sentences of the same text paired
//     region by region — the common ends of a region, then the texts
//     unique on both sides (Heckel 1978; Bram Cohen's patience diff),
//     else the k-th occurrence of a text as frequent on both sides with
//     the k-th (the move from unique to rare lines of Git's histogram
//     diff), the longest increasing run of such pairs each time, and the
//     stretches between anchors as regions of their own. Refrains,
//     repeated passages and a text concatenated with itself come out
//     paired in order, where unique texts alone would leave them all to
//     the later steps.
//  2. The gap program (versions_gap.go): between two anchors lie the
//     stretches that changed. A dynamic program pairs their sentences by
//     word overlap — one with one, one with several (a sentence split,
//     or punctuated into more) or several with one — and leaves the rest
//     inserted or deleted; a long stretch is cut at sentences nearly
//     alike first, or searched in a band around its diagonal.
//  3. Moves (moves.go): a deleted sentence whose text (or nearly) is
//     inserted elsewhere was moved: both ends become Moved rows pointing
//     at each other, so a moved paragraph is reported as a move, once,
//     not as a deletion and an insertion. Only sentences the first two
//     steps left unpaired are looked at, through an index of their texts
//     and words, so that a sentence repeated a thousand times is not a
//     thousand moves nor a thousand scans.
//
// Time is O(n log n) in the number of sentences: each level of anchor
// regions is linear plus the n log n of its increasing runs, the levels
// are bounded, the gap program's cells are bounded per gap (maxGapCells)
// or per sentence (the band), and the moves are found in linear time.
// Measured by bench/versions: Verne's English three times over (10,926
// sentences) against a copy with 66 edits, every edit found, no move but
// the real one, in 0.1–0.7 s; "Amen." × 50,000 with four edits, four rows
// other than equal and no move, in 0.1–0.6 s (on a shared 2-core
// machine); Psalm 136 in the KJV and the
// ASV, which punctuate its verses differently, every verse in the row of
// the same verse of the other version.
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
	// Rows are at least as many as either edition's sentences, and a few
	// more where sentences are unpaired; the anchors' cells are cut from
	// one slice, not allocated one by one.
	rows := make([]Row, 0, max(len(a.Sentences), len(b.Sentences))+(len(a.Sentences)+len(b.Sentences))/32)
	cells := make([]int, 2*len(pairs))
	lists := make([][]int, 2*len(pairs)) // each row's two cells
	i, j := 0, 0
	for k, p := range append(pairs, [2]int{len(a.Sentences), len(b.Sentences)}) {
		rows = c.alignGap(rows, i, p[0], j, p[1])
		if p[0] < len(a.Sentences) {
			x := cells[2*k : 2*k+2 : 2*k+2]
			x[0], x[1] = p[0], p[1]
			l := lists[2*k : 2*k+2 : 2*k+2]
			l[0], l[1] = x[0:1:1], x[1:2:2]
			rows = append(rows, c.pairCells(l))
		}
		i, j = p[0]+1, p[1]+1
	}
	rows = c.findMoves(rows)
	ignore := IgnoreSet(opts.Ignore)
	for k := range rows {
		r := &rows[k]
		if r.Kind == Changed && onlyIgnored(r.DiffOps(0, 1), ignore) {
			r.Kind = Equal
		}
	}
	c.calibrateVersions(rows, nil)
	return &Alignment{Editions: []*editions.Edition{a, b}, Rows: rows, versions: true}
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
	wa, wb lists[int32] // the sorted word ids of each sentence's comparison form
	// weight[w] is the inverse document frequency of word w over the
	// sentences of both editions: "and" and "the" say little about
	// whether two sentences are one, "Grenoble" and "1891" much.
	weight []float64
	// massA and massB are the weight of each sentence's words.
	massA, massB []float64
	// long holds the weight of the words of each long sentence, by the
	// address of its word list (longMass).
	long map[*int32]float64
	// joinCount counts each word of the join joins is growing, where
	// joinGen is the join's number (joinGen[w] != gen: not counted yet).
	joinCount []int32
	joinGen   []uint32
	gen       uint32
	// formA and formB number the comparison form of each sentence,
	// forms the forms (sentenceForms); nil until first asked for.
	formA, formB []int32
	forms        int
	// inA and inB are sharedGuide's sets of forms, false between uses.
	inA, inB []bool
	// collected says alignGap has run the collector before a band
	// search.
	collected bool
}

// newVersionComparer reads the words of a's and b's sentences.
//
// A sentence's words are read from its text without making a list of
// its fields first (strings.FieldsFunc), and kept in lists (lists.go):
// cut from chunks of a few thousand, found by two int32 offsets. For
// bench/pathological's 20 MB paragraph against a novel, 300k
// sentences, lists allocated one a sentence, rounded up to their size
// classes, and the fields, 52 MB made to be dropped at once, were what
// the comparison allocated most; then, cut from slabs, a slice header
// of 24 bytes a sentence was still the largest part of them where
// sentences are short (tiny-paragraphs, 1.8 million sentences of one
// to three words: 43 MB of headers, 14 MB of offsets now).
//
// A sentence whose comparison form is that of a sentence of a (most of
// b's, between versions) shares its word list, which is never written
// once made. (The line case of bench/pathological at a fifth of its
// size, 95k sentences a side, one word in fifty changed: 13.5 MB of
// word lists, the largest part of what the comparison keeps besides
// the editions; with the cells of anchored rows cut from one slice, its
// largest live heap while aligning went from 93 to 88 MB.)
func newVersionComparer(a, b *editions.Edition) *versionComparer {
	ids := interner{}
	// Both sides' lists in one address space: a's, then b's.
	bld := newListsBuilder[int32](len(a.Sentences) + len(b.Sentences))
	var buf []int32
	ofA := map[string]int{} // a's list of each comparison form; not sized by sentences: a text that repeats itself has few forms
	for _, e := range []*editions.Edition{a, b} {
		for _, s := range e.Sentences {
			if k, ok := ofA[s.Norm]; ok {
				bld.again(k)
				continue
			}
			if e == a {
				ofA[s.Norm] = bld.len()
			}
			if len(s.Norm)/2+1 > bld.chunkLen() {
				// A sentence that may be longer than a chunk has a list
				// of its own, made to its count of words and kept as it
				// is: room for a word every two bytes, the most it can
				// have, was 100 MB for the 25 MB of ids of a 50 MB
				// sentence of bench/pathological.
				n := 0
				for range comparedWords(s.Norm) {
					n++
				}
				ws := appendWordIDs(make([]int32, 0, n), s.Norm, ids)
				slices.Sort(ws)
				bld.addOwn(ws)
				continue
			}
			buf = appendWordIDs(buf[:0], s.Norm, ids)
			slices.Sort(buf)
			bld.add(buf)
		}
	}
	ofA = nil
	all := bld.lists()
	na := len(a.Sentences)
	c := &versionComparer{a: a, b: b, wa: all.sub(0, na), wb: all.sub(na, all.len())}
	df := make([]int, len(ids))
	for _, side := range []lists[int32]{c.wa, c.wb} {
		for i := range side.len() {
			ws := side.at(i)
			for k, w := range ws {
				if k == 0 || w != ws[k-1] {
					df[w]++
				}
			}
		}
	}
	n := float64(c.wa.len() + c.wb.len() + 1)
	c.weight = make([]float64, len(ids))
	for w, d := range df {
		c.weight[w] = math.Log(n / float64(d))
	}
	c.massA, c.massB = make([]float64, c.wa.len()), make([]float64, c.wb.len())
	for i := range c.massA {
		c.massA[i] = c.weightOf(c.wa.at(i))
	}
	for j := range c.massB {
		c.massB[j] = c.weightOf(c.wb.at(j))
	}
	return c
}

// appendWordIDs appends to dst the ids of the words of s (comparedWords),
// in order, as interned by ids: a word without its vowel points, so that
// the pointed and the plain spelling are one word.
func appendWordIDs(dst []int32, s string, ids interner) []int32 {
	for w := range comparedWords(s) {
		if strings.ContainsFunc(w, isVowelPoint) {
			w = strings.Map(func(r rune) rune {
				if isVowelPoint(r) {
					return -1
				}
				return r
			}, w)
		}
		dst = append(dst, ids.id(w))
	}
	return dst
}

// isVowelPoint reports the marks that Hebrew, Arabic, Syriac and Thaana
// print in some editions and leave out of others: vowel points (niqqud,
// harakat), dagesh and shadda, cantillation. A word goes on through them.
func isVowelPoint(r rune) bool {
	// The nonspacing marks of the blocks of those scripts, U+0591 to
	// U+07B0: Unicode gives the Arabic harakat the script Inherited.
	return r >= 0x0591 && r <= 0x07B0 && unicode.Is(unicode.Mn, r)
}

// comparedWords yields the words of s that versions are compared by: its
// runs of letters and digits (and the vowel points on them), except
// that a run of Han or kana, which has no spaces to cut it into words,
// gives its pairs of characters (unspacedPairs): whole, a Chinese or
// Japanese sentence without a comma was one word, and one character
// changed in it left it nothing in common with its earlier form.
func comparedWords(s string) iter.Seq[string] {
	return wordsOnly(scanWords(s, true, comparedLetter))
}

// comparedLetter reports whether r belongs to a word of comparedWords: a
// letter or a digit, or a vowel point inside a word.
func comparedLetter(r rune, inside bool) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || inside && isVowelPoint(r)
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
	return c.dice(mergeWords(c.wa, ia), mergeWords(c.wb, ib))
}

// dice is the Dice coefficient of the sorted word multisets x and y, each
// word weighted by its rarity.
func (c *versionComparer) dice(x, y []int32) float64 {
	common, total := c.overlap(x, y)
	return diceOf(x, y, common, total)
}

// diceOf is the Dice coefficient of x and y given their overlap.
func diceOf(x, y []int32, common, total float64) float64 {
	if len(x) == 0 && len(y) == 0 {
		return 1
	}
	if total == 0 {
		return 1 // only words found everywhere: nothing tells them apart
	}
	return min(1, 2*common/total) // rounding can pass 1 by a hair
}

// overlap returns the weight of the words of the sorted multisets x and y
// that both hold (each counted once a side), and the weight of them all.
func (c *versionComparer) overlap(x, y []int32) (common, total float64) {
	if len(x)+len(y) > maxExactSimWords {
		return c.overlapLong(x, y)
	}
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
	return common, total
}

// mergeSorted appends to dst[:0] the sorted multisets x and y merged.
func mergeSorted(dst, x, y []int32) []int32 {
	dst = dst[:0]
	p, q := 0, 0
	for p < len(x) && q < len(y) {
		if x[p] <= y[q] {
			dst = append(dst, x[p])
			p++
		} else {
			dst = append(dst, y[q])
			q++
		}
	}
	dst = append(dst, x[p:]...)
	return append(dst, y[q:]...)
}

func mergeWords(w lists[int32], idx []int) []int32 {
	if len(idx) == 1 {
		return w.at(idx[0])
	}
	var out []int32
	for _, i := range idx {
		out = append(out, w.at(i)...)
	}
	sort.Slice(out, func(x, y int) bool { return out[x] < out[y] })
	return out
}

// pairRow makes the row of a's sentences ia paired with b's ib.
func (c *versionComparer) pairRow(ia, ib []int) Row {
	return c.pairCells([][]int{ia, ib})
}

// pairCells makes the row of cells, a's sentences paired with b's.
func (c *versionComparer) pairCells(cells [][]int) Row {
	ia, ib := cells[0], cells[1]
	ta, tb := c.a.Joined(ia), c.b.Joined(ib)
	r := Row{Cells: cells}
	if sameText(ta, tb) {
		r.Kind, r.Score = Equal, 1
		return r
	}
	r.Kind, r.Diffs, r.Score = Changed, pairDiffs(WordDiff(ta, tb)), c.similarity(ia, ib)
	return r
}
