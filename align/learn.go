package align

import (
	"slices"
	"sort"
)

// Learning word pairs from the text itself.
//
// Without a dictionary, most of what a translation preserves is invisible
// to exact matching: "Gipfel" never equals "sommet". But a first
// alignment, made from lengths and the few shared tokens, is mostly
// right, and across its matched sentence pairs "Gipfel" and "sommet"
// keep turning up together. learn counts, over the 1-1 beads of a first
// pass, how often each word of one side co-occurs with each word of the
// other, and links the pairs whose Dice coefficient is high by
// competitive linking (best pair first, each word linked at most once).
// Each link becomes a feature present in the sentences of both sides that
// contain its words, and a second pass aligns with them. This is the
// idea of hunalign's bootstrapped dictionary, kept deliberately simple.
// Where the second pass's path differs enough from the first's, the
// pairs are learnt again from it, its sure merges too, for a third
// (relearn.go).
//
// Tried and not kept (2026-12-07): a pair linked only where its beads
// together are more than chance would give, n ≥ E + z√E with E the
// beads of one word times those of the other over all the beads — to
// keep function words out of a short document's pairs (Text+Berg
// test4, 33 beads, learns der = la and sich = est, which place a
// passage left out a sentence off: go run ./bench/textberg -gaps test).
// z 2.33: dev strict F1 0.862 → 0.858, test 0.895 → 0.894; z 1: no
// change; z 1.64: test4 recovers no sooner, and another document later
// (Text+Berg stretches found 0.966 → 0.933).
//
// Also tried and not kept (2026-12-07, go run ./bench/textberg, from dev
// strict F1 0.862, test 0.895; with -dict auto 0.881, 0.913):
//   - Words pooled by their first L letters, a truncation stemmer, so
//     that inflected forms count together (66 → 78 links on dev at 6):
//     L 6, dev 0.865, test 0.895, but -dict auto dev 0.878, test 0.909;
//     L 5, dev 0.862, -dict auto test 0.908; 7 and 8 change nothing.
//   - A word of a compounding language counted as its parts too, those
//     that are words of the text (as joinCompounds takes them), the
//     link of a part reaching its compounds: dev 0.865, test 0.892;
//     -dict auto dev 0.881, test 0.910.
//   - Model 1's pairs (model1.go), likely both ways at θ, beside these
//     links, from the first pass's 1-1 beads: θ 0.2 to 0.5, dev 0.862
//     to 0.865, test 0.888 to 0.896; from all its matches, θ 0.25, dev
//     0.874 but test 0.893, θ 0.3 and 0.4, dev 0.862, test 0.897 and
//     0.898: a few hundred beads are too few for its probabilities, as
//     model1MinPairs says.
//   - Only the 1-1 beads of confidence c or more learnt from, as Moore
//     (2002) trains on the beads the length model is sure of: c 0.3 to
//     0.7, dev 0.862, test 0.889 to 0.896; c 0.85, dev 0.866, test
//     0.879.
//   - learnMin 2: dev 0.855, test 0.897.
//   - learnDice 0.42 and 0.6 (for 0.5): dev 0.867 and 0.868, test 0.891
//     and 0.893 (from dev 0.867, test 0.895); the links' weight
//     (classWeight fTrans) 2.5 and 3.6 for 3: unchanged.
//
// Tried after the dot leaders (main 20fd5df: dev 0.884, test 0.898;
// -dict auto 0.897, 0.917; go run ./bench/textberg -short 30, dev in
// pieces of 30 gold beads 0.892, the test documents' first 30 beads
// 0.850; -short 15, 0.889 and 0.828), the learnt links' weight against
// lengths in short texts: each learnt link's weight times min(1, n/B),
// n the first pass's 1-1 beads (test documents 33 to 195, dev 262), so
// that pairs learnt from few beads count less. B 75 to 300: dev pieces
// of 30 beads 0.892 → 0.897, test's first 30 beads 0.850 → 0.862, dev
// whole unchanged, test 0.898 (B 100, 150), 0.903 (200), 0.901 (250,
// 300); but pieces of 15 beads fell, dev 0.889 → 0.878 and test 0.828
// → 0.812 (B 100 and 200). B 400 to 600, dev 0.889, test 0.898 to
// 0.900; 800 and more, dev 0.883. Every learnt link's weight ×0.5 or
// ×0.7: dev 0.889, test 0.897 and 0.898; ×0 (links learnt but weighing
// nothing): dev 0.894, test 0.890, dev pieces of 30 0.873 — the dev
// document alone would rather have no learnt pairs, the test documents
// need them. -dict auto unchanged throughout (test 0.917).

// maxBeadPairs bounds the word pairs one bead gives the learners (learn
// here, and Model 1 for the coverage check); a bead with more is left
// out. Every distinct word of one side meets every one of the other, so a
// bead of two sentences of n words each gives n² pairs: for a paragraph
// of 20 MB without a full stop, taken as one sentence, billions, each a
// map entry. A pair met in a bead of hundreds of words is little evidence
// of a translation anyway, since every other pair there is met as often.
// The bound, 256 words a side, is 8 times the most any bead of the
// evaluation texts gives: the longest sentence there has 92 distinct
// words (Verne in French), and the largest bead learnt from, 8,051 pairs
// (Model 1 on Verne; 7,743 for learn, also Verne; measured with
// synoptic coverage on Verne, the Manifesto and Genesis, and
// bench/textberg), so no bead of a real text is left out.
const maxBeadPairs = 256 * 256

// maxLearnBeads bounds the work of learning on very long texts; the
// pairs that matter recur often enough to be seen in a sample.
const maxLearnBeads = 20000

// learn adds translation features to sa and sb from the 1-1 beads of
// path, and reweighs. It returns the dictionary's links (v.dictLinks)
// it dropped, refuted by those beads: the omission decision's sides
// leave them out too (runTranslation), so that it sees the word pairs
// the aligner saw.
func learn(sa, sb *side, v *vocab, path []step, p *params) map[int32]bool {
	return learnFrom(sa, sb, v, path, p, nil)
}

// learnFrom is learn, from path's merges of two sentences against one
// as well when m, the model that made path, is given: those that m
// is sure of and whose every sentence shares some of its weight with
// the other side (mergeBags, relearn.go).
func learnFrom(sa, sb *side, v *vocab, path []step, p *params, m *model) map[int32]bool {
	type pair struct{ a, b int32 }
	stride := 1
	if len(path) > maxLearnBeads {
		stride = len(path)/maxLearnBeads + 1
	}
	// How often the links of a dictionary (features in base) are met
	// on each side of the beads, and on both.
	da, db, dab := make(map[int32]int32), make(map[int32]int32), make(map[int32]int32)
	var bufA, bufB []fcount
	// The beads learnt from, as their words on each side. The words are
	// feature ids, dense from 0, so they are counted in slices.
	var beadsA, beadsB [][]int32
	nv := int32(0) // 1 + the largest word id met
	keep := func(wa, wb []int32) {
		if len(wa)*len(wb) > maxBeadPairs {
			return
		}
		beadsA, beadsB = append(beadsA, wa), append(beadsB, wb)
		for _, x := range wa {
			nv = max(nv, x+1)
		}
		for _, y := range wb {
			nv = max(nv, y+1)
		}
	}
	for k := 0; k < len(path); k += stride {
		st := path[k]
		bt := beadTypes[st.t]
		if bt.a != 1 || bt.b != 1 {
			if m != nil {
				if wa, wb, ok := m.mergeBags(v, st); ok {
					keep(wa, wb)
				}
			}
			continue
		}
		if len(v.dictLinks) > 0 {
			countDictLinks(sa.base.at(st.i-1, &bufA), sb.base.at(st.j-1, &bufB), v, da, db, dab)
		}
		keep(sa.wordLists(v).at(st.i-1), sb.wordLists(v).at(st.j-1))
	}
	ca, cb := make([]int32, nv), make([]int32, nv) // beads holding each word
	for k := range beadsA {
		for _, x := range beadsA[k] {
			ca[x]++
		}
		for _, y := range beadsB[k] {
			cb[y]++
		}
	}
	// The beads of each word of a (an inverted index: those of word x
	// are beadsOf[at[x]:at[x+1]]), so that the words of b met with x
	// are counted in one slice, co, x after x. Every pair of a word of
	// a and a word of b in a bead is counted, as a map of pairs would
	// count them, without the map: its inserts and growth took most of
	// learn's time and garbage (bench/scripts -cpuprofile, Syriac Mark).
	at := make([]int32, nv+1)
	for x, n := range ca {
		at[x+1] = at[x] + n
	}
	beadsOf := make([]int32, at[nv])
	next := slices.Clone(at[:nv])
	for k := range beadsA {
		for _, x := range beadsA[k] {
			beadsOf[next[x]] = int32(k)
			next[x]++
		}
	}
	type link struct {
		pair
		dice float64
		n    int32
	}
	var links []link
	co := make([]int32, nv)
	var met []int32 // the words of b met with x, each once
	for x := int32(0); x < nv; x++ {
		met = met[:0]
		for _, k := range beadsOf[at[x]:at[x+1]] {
			for _, y := range beadsB[k] {
				if x != y { // identical words are matched already
					if co[y] == 0 {
						met = append(met, y)
					}
					co[y]++
				}
			}
		}
		for _, y := range met {
			n := co[y]
			co[y] = 0
			if int(n) < p.learnMin {
				continue
			}
			d := 2 * float64(n) / float64(ca[x]+cb[y])
			if d >= p.learnDice {
				links = append(links, link{pair{x, y}, d, n})
			}
		}
	}
	sort.Slice(links, func(i, j int) bool {
		if links[i].dice != links[j].dice {
			return links[i].dice > links[j].dice
		}
		if links[i].n != links[j].n {
			return links[i].n > links[j].n
		}
		if links[i].a != links[j].a {
			return links[i].a < links[j].a
		}
		return links[i].b < links[j].b
	})
	// A dictionary's link that the first pass's matches belie is
	// dropped (dictionary.go: refuted); a word a kept one links is not
	// linked again.
	drop := make(map[int32]bool)
	linkedA := make(map[int32]bool)
	linkedB := make(map[int32]bool)
	for id, l := range v.dictLinks {
		if refuted(da[id], db[id], dab[id], p) {
			drop[id] = true
			continue
		}
		for _, w := range l.a {
			linkedA[w] = true
		}
		for _, w := range l.b {
			linkedB[w] = true
		}
	}
	var pairs [][2]int32
	for _, l := range links {
		if linkedA[l.a] || linkedB[l.b] {
			continue
		}
		linkedA[l.a], linkedB[l.b] = true, true
		pairs = append(pairs, [2]int32{l.a, l.b})
	}
	links = nil
	wl := make([]wordLink, len(pairs))
	for k, l := range pairs {
		wl[k] = wordLink{[]int32{l[0]}, []int32{l[1]}}
	}
	addWordLinks(sa, sb, v, wl, drop, p)
	return drop
}

// addLinks makes each pair of words (a word of sa, a word of sb) a
// translation feature of the sentences of both sides that hold its
// words, on top of their base features, and reweighs. A word may be in
// several pairs.
func addLinks(sa, sb *side, v *vocab, pairs [][2]int32, p *params) {
	links := make([]wordLink, len(pairs))
	for k, l := range pairs {
		links[k] = wordLink{l[:1], l[1:]}
	}
	addWordLinks(sa, sb, v, links, nil, p)
}

// addWordLinks makes each link a translation feature of the sentences of
// sa that hold one of its words of sa and of the sentences of sb that
// hold one of its words of sb, on top of their base features less those
// in drop, and reweighs.
func addWordLinks(sa, sb *side, v *vocab, links []wordLink, drop map[int32]bool, p *params) {
	linkWords(sa, sb, v, links, drop)
	v.weigh(sa, sb, p, true) // linkWords made the lists
}

// linkWords is addWordLinks without the reweighing, which leaves each
// sentence's features of weight 0 in feats (vocab.weigh drops them).
func linkWords(sa, sb *side, v *vocab, links []wordLink, drop map[int32]bool) {
	fa := make(map[int32][]int32) // word of a -> its translation features
	fb := make(map[int32][]int32)
	for _, l := range links {
		id := int32(len(v.class))
		v.class = append(v.class, fTrans)
		for _, w := range l.a {
			fa[w] = append(fa[w], id)
		}
		for _, w := range l.b {
			fb[w] = append(fb[w], id)
		}
	}
	for _, x := range []struct {
		s *side
		m map[int32][]int32
	}{{sa, fa}, {sb, fb}} {
		// New lists, made one after the other: the side's old ones may
		// be shared (unlearntSides).
		feats := newFeatBuilder(x.s.n)
		var add []int32
		var fs, buf []fcount
		for i := range x.s.n {
			add = add[:0]
			for _, w := range x.s.wordLists(v).at(i) {
				add = append(add, x.m[w]...)
			}
			base := x.s.base.at(i, &buf)
			if len(drop) > 0 {
				base = without(base, drop)
			}
			if len(add) > 0 {
				fs = mergeTo(fs[:0], base, count(add))
				base = fs
			}
			feats.add(base)
		}
		x.s.feats = feats.lists()
	}
}

// merge merges two sorted feature lists.
func merge(x, y []fcount) []fcount {
	return mergeTo(make([]fcount, 0, len(x)+len(y)), x, y)
}

// mergeTo appends the merge of sorted feature lists x and y to out.
func mergeTo(out []fcount, x, y []fcount) []fcount {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i].id < y[j].id:
			out = append(out, x[i])
			i++
		case x[i].id > y[j].id:
			out = append(out, y[j])
			j++
		default:
			out = append(out, fcount{x[i].id, x[i].n + y[j].n})
			i++
			j++
		}
	}
	out = append(out, x[i:]...)
	return append(out, y[j:]...)
}

// withoutAll returns the n lists of feats less the features in drop.
func withoutAll(feats featLists, n int, drop map[int32]bool) featLists {
	out := newFeatBuilder(n)
	var buf []fcount
	for i := range n {
		out.add(without(feats.at(i, &buf), drop))
	}
	return out.lists()
}

// without returns fs less the features in drop.
func without(fs []fcount, drop map[int32]bool) []fcount {
	out := make([]fcount, 0, len(fs))
	for _, f := range fs {
		if !drop[f.id] {
			out = append(out, f)
		}
	}
	return out
}
