package align

import (
	"slices"
)

// Word translation probabilities from the text itself, by IBM Model 1.
//
// learn links each word to at most one other, and only pairs that
// co-occur in half their sentences or more (a Dice coefficient of 0.5):
// in a free translation that leaves most words unlinked, so that what a
// translation renders of a sentence is mostly invisible. Model 1
// (Brown et al., 1993) estimates, from the matched pairs of an
// alignment, the probability t(f|e) that a word e of the original is
// rendered by a word f, by expectation-maximization: each target word
// is shared among the source words of its pair in proportion to the
// current probabilities, which are then re-estimated from those shares.
// A word that co-occurs with everything, like "the", is explained away
// by the words that explain each pair better. Run in both directions, a
// pair of words likely in both (t(f|e) and t(e|f) both high) is a
// translation the evidence agrees on; a word may have several.

// model1MinPairs is the least number of matched pairs Model 1 learns
// from: on a few hundred (a chapter of the Bible, a pamphlet) its
// probabilities are mostly noise, and the links change with every
// sentence added or removed; learn's competitive linking is steadier
// there. Chosen by hand (commit b13d135), not measured; that commit chose
// model1MinProb on the coverage bench, not this.
const model1MinPairs = 1000

// model1MinProb is how likely, in each direction, a pair of words must be
// to be linked. Chosen with go run ./bench/coverage on seeds 11 and 12
// (10 trials) among 0.3, 0.4, 0.45 and 0.5, as the setting whose worst
// margin over the report's targets was the widest; below it, links to
// frequent words blur what a sentence shares, above it too few remain.
const model1MinProb = 0.4

// model1Iterations is enough for the probabilities of frequent pairs to
// settle; Model 1's likelihood has a single maximum, so more iterations
// sharpen rather than change them. Chosen by hand (commit b13d135), not
// measured.
const model1Iterations = 5

// model1Pairs is a sentence-aligned corpus of word ids: for each pair,
// the distinct words of each side.
type model1Pairs [][2][]int32

// A model1Table holds t(f|e) for the pairs of words that co-occur
// often enough: keys[from[e]:to[e]] are e's, sorted by f, and t their
// probabilities.
type model1Table struct {
	keys     [][2]int32
	t        []float64
	from, to []int32
}

// prob returns t(f|e), 0 for a pair not in the table.
func (m *model1Table) prob(e, f int32) float64 {
	if int(e) >= len(m.from) {
		return 0
	}
	if i := m.find(e, f); i >= 0 {
		return m.t[i]
	}
	return 0
}

// find returns the index of (e, f) in keys, -1 if absent.
func (m *model1Table) find(e, f int32) int32 {
	lo, hi := m.from[e], m.to[e]
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		if m.keys[mid][1] < f {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < m.to[e] && m.keys[lo][1] == f {
		return lo
	}
	return -1
}

// model1 estimates t(f|e) over pairs (f on side tgt, e on side src), for
// the pairs of words that co-occur at least minCount times. A null word explains
// every target word a little (t(f|null) fixed), so that words no source
// word renders (the translator's additions) do not force probability
// onto one. Time and memory are linear in the co-occurrences.
func model1(pairs model1Pairs, src, tgt int, minCount int) *model1Table {
	type key = [2]int32 // e, f
	vocabSize := 0
	for _, p := range pairs {
		for _, side := range p {
			for _, w := range side {
				vocabSize = max(vocabSize, int(w)+1)
			}
		}
	}
	// The pairs each source word is in, then for each source word the
	// target words it meets often enough, sorted: keys[from[e]:to[e]].
	postings := make([][]int32, vocabSize)
	for k, p := range pairs {
		for _, e := range p[src] {
			postings[e] = append(postings[e], int32(k))
		}
	}
	var keys []key
	from, to := make([]int32, vocabSize), make([]int32, vocabSize)
	count := make([]int32, vocabSize)
	var touched []int32
	nLinks := 0 // the co-occurrences of the keys
	for e := range postings {
		from[e] = int32(len(keys))
		to[e] = from[e]
		if len(postings[e]) < minCount {
			continue
		}
		for _, k := range postings[e] {
			for _, f := range pairs[k][tgt] {
				if f == int32(e) {
					continue // identical words are matched already
				}
				if count[f] == 0 {
					touched = append(touched, f)
				}
				count[f]++
			}
		}
		// Most words meet once: the ones kept, fewer, are sorted.
		kept := len(keys)
		for _, f := range touched {
			if int(count[f]) >= minCount {
				keys = append(keys, key{int32(e), f})
				nLinks += int(count[f])
			}
			count[f] = 0
		}
		slices.SortFunc(keys[kept:], func(x, y key) int { return int(x[1]) - int(y[1]) })
		touched = touched[:0]
		to[e] = int32(len(keys))
	}
	m := &model1Table{keys: keys, from: from, to: to}
	// For each target word of each pair (a cell, numbered in the order
	// of the pairs), the keys of its source words: ids[cells[c]:cells[c+1]].
	// Iterations are array passes. The keys of each source word are
	// found through slot, indexed by target word, rather than by a
	// search per co-occurrence, and sorted into their cells by counting.
	first := make([]int32, len(pairs)+1) // the first cell of each pair
	for k, p := range pairs {
		first[k+1] = first[k] + int32(len(p[tgt]))
	}
	cells := make([]int32, first[len(pairs)]+1)
	slot := make([]int32, vocabSize)
	for i := range slot {
		slot[i] = -1
	}
	// eachLink calls f with the cell and key of every co-occurrence
	// kept, source word by source word: twice, to count the cells' keys
	// and then to place them, rather than once into a list of the
	// links (eight bytes a co-occurrence, live beside the keys placed:
	// 12 of the 48 MB of the largest live heap of the align stage of
	// bench/pathological's paragraphs-shuffled at -scale 0.5).
	eachLink := func(f func(c, id int32)) {
		for e := range postings {
			if from[e] == to[e] {
				continue
			}
			for i := from[e]; i < to[e]; i++ {
				slot[keys[i][1]] = i
			}
			for _, k := range postings[e] {
				for q, w := range pairs[k][tgt] {
					if id := slot[w]; id >= 0 {
						f(first[k]+int32(q), id)
					}
				}
			}
			for i := from[e]; i < to[e]; i++ {
				slot[keys[i][1]] = -1
			}
		}
	}
	eachLink(func(c, _ int32) { cells[c+1]++ })
	for c := 1; c < len(cells); c++ {
		cells[c] += cells[c-1]
	}
	ids := make([]int32, nLinks)
	fill := append([]int32(nil), cells[:len(cells)-1]...)
	eachLink(func(c, id int32) {
		ids[fill[c]] = id
		fill[c]++
	})
	// null is t(f|null), the probability of a word from no word of the
	// other side: chosen by hand (commit b13d135), not measured.
	const null = 0.1
	t := make([]float64, len(keys))
	for i := range t {
		t[i] = 1
	}
	expected := make([]float64, len(keys))
	for it := 0; it < model1Iterations; it++ {
		clear(expected)
		for c := 0; c+1 < len(cells); c++ {
			cell := ids[cells[c]:cells[c+1]]
			sum := null
			for _, id := range cell {
				sum += t[id]
			}
			for _, id := range cell {
				expected[id] += t[id] / sum
			}
		}
		for e := range from {
			total := 0.0
			for i := from[e]; i < to[e]; i++ {
				total += expected[i]
			}
			for i := from[e]; i < to[e]; i++ {
				t[i] = 0
				if total > 0 {
					t[i] = expected[i] / total
				}
			}
		}
	}
	m.t = t
	return m
}

// learnModel1 adds translation features to sa and sb for the word pairs
// that Model 1, run in both directions over the matched beads of rows,
// finds likely both ways (t(f|e) and t(e|f) at least minProb), and
// reweighs. It returns the number of pairs linked. Of more than
// maxLearnBeads matches it learns from an even sample, as learn does:
// Model 1 over the 100k rows of BenchmarkAlign100k was a fifth of the
// alignment's time.
func learnModel1(sa, sb *side, v *vocab, rows []Row, p *params, minProb float64) int {
	var pairs model1Pairs
	matched := 0
	for _, r := range rows {
		if r.Kind == Match && len(r.Cells) >= 2 {
			matched++
		}
	}
	stride := 1
	if matched > maxLearnBeads {
		stride = matched/maxLearnBeads + 1
	}
	k := -1
	for _, r := range rows {
		if r.Kind != Match || len(r.Cells) < 2 {
			continue
		}
		if k++; k%stride != 0 {
			continue
		}
		var pa, pb []int32
		for _, i := range r.Cells[0] {
			pa = append(pa, sa.wordLists(v).at(i)...)
		}
		for _, j := range r.Cells[1] {
			pb = append(pb, sb.wordLists(v).at(j)...)
		}
		pa, pb = uniq(pa), uniq(pb)
		if len(pa)*len(pb) > maxBeadPairs {
			continue
		}
		pairs = append(pairs, [2][]int32{pa, pb})
	}
	fe := model1(pairs, 0, 1, p.learnMin-1)
	ef := model1(pairs, 1, 0, p.learnMin-1)
	var links [][2]int32
	for i, k := range fe.keys { // sorted
		if fe.t[i] >= minProb && ef.prob(k[1], k[0]) >= minProb {
			links = append(links, k)
		}
	}
	addLinks(sa, sb, v, links, p)
	return len(links)
}

func uniq(xs []int32) []int32 {
	slices.Sort(xs)
	return slices.Compact(xs)
}
