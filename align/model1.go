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
// often enough, the keys: fs[from[e]:to[e]] are the words f of e's
// keys, sorted, and t their probabilities.
type model1Table struct {
	fs       []int32
	t        []float64
	from, to []int32
}

// linked returns the pairs of words (e, f), sorted, likely both ways:
// t(f|e) in m and t(e|f) in back, the table of the other direction, at
// least minProb each.
func (m *model1Table) linked(back *model1Table, minProb float64) [][2]int32 {
	var out [][2]int32
	for e := range m.from {
		for i := m.from[e]; i < m.to[e]; i++ {
			if f := m.fs[i]; m.t[i] >= minProb && back.prob(f, int32(e)) >= minProb {
				out = append(out, [2]int32{int32(e), f})
			}
		}
	}
	return out
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

// find returns the index of the key (e, f) in fs, -1 if absent.
func (m *model1Table) find(e, f int32) int32 {
	lo, hi := m.from[e], m.to[e]
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		if m.fs[mid] < f {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < m.to[e] && m.fs[lo] == f {
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
	vocabSize := 0
	for _, p := range pairs {
		for _, side := range p {
			for _, w := range side {
				vocabSize = max(vocabSize, int(w)+1)
			}
		}
	}
	// The pairs each source word is in, postings[start[e]:start[e+1]],
	// made to size (by counting) as every array here is: the arrays
	// grown by appending were twice their length at worst, at the
	// alignment's largest live heap (bench/pathological's
	// paragraphs-shuffled).
	start := make([]int32, vocabSize+1)
	for _, p := range pairs {
		for _, e := range p[src] {
			start[e+1]++
		}
	}
	for e := 1; e <= vocabSize; e++ {
		start[e] += start[e-1]
	}
	postings := make([]int32, start[vocabSize])
	at := append([]int32(nil), start[:vocabSize]...)
	for k, p := range pairs {
		for _, e := range p[src] {
			postings[at[e]] = int32(k)
			at[e]++
		}
	}
	// For each source word, the target words it meets often enough, the
	// keys, sorted: fs[from[e]:to[e]]. kept calls f with each source
	// word that has keys and their words, in no order, in an array f
	// must not keep: twice, to count them and then to place them.
	count := make([]int32, vocabSize)
	var touched, keep []int32
	kept := func(f func(e int, ws []int32, links int)) {
		for e := range vocabSize {
			ks := postings[start[e]:start[e+1]]
			if len(ks) < minCount {
				continue
			}
			for _, k := range ks {
				for _, w := range pairs[k][tgt] {
					if w == int32(e) {
						continue // identical words are matched already
					}
					if count[w] == 0 {
						touched = append(touched, w)
					}
					count[w]++
				}
			}
			keep = keep[:0]
			links := 0
			for _, w := range touched {
				if int(count[w]) >= minCount {
					keep = append(keep, w)
					links += int(count[w])
				}
				count[w] = 0
			}
			touched = touched[:0]
			if len(keep) > 0 {
				f(e, keep, links)
			}
		}
	}
	from, to := make([]int32, vocabSize), make([]int32, vocabSize)
	nKeys, nLinks := 0, 0 // nLinks: the co-occurrences of the keys
	kept(func(e int, ws []int32, links int) {
		from[e] = int32(nKeys)
		nKeys += len(ws)
		to[e] = int32(nKeys)
		nLinks += links
	})
	fs := make([]int32, nKeys)
	kept(func(e int, ws []int32, _ int) {
		// Most words meet once: the ones kept, fewer, are sorted.
		dst := fs[from[e]:to[e]]
		copy(dst, ws)
		slices.Sort(dst)
	})
	m := &model1Table{fs: fs, from: from, to: to}
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
		for e := range vocabSize {
			if from[e] == to[e] {
				continue
			}
			for i := from[e]; i < to[e]; i++ {
				slot[fs[i]] = i
			}
			for _, k := range postings[start[e]:start[e+1]] {
				for q, w := range pairs[k][tgt] {
					if id := slot[w]; id >= 0 {
						f(first[k]+int32(q), id)
					}
				}
			}
			for i := from[e]; i < to[e]; i++ {
				slot[fs[i]] = -1
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
	t := make([]float64, nKeys)
	for i := range t {
		t[i] = 1
	}
	expected := make([]float64, nKeys)
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
	links := fe.linked(ef, minProb)
	addLinks(sa, sb, v, links, p)
	return len(links)
}

func uniq(xs []int32) []int32 {
	slices.Sort(xs)
	return slices.Compact(xs)
}
