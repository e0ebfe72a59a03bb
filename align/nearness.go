package align

import (
	"math"
	"slices"
)

// Where a dictionary's words are found: the nearness by which
// dictionaryLinks chooses among a headword's translations
// (dictionary.go), and the guide it is measured against.

// nearWindow is how far, in sentences of the second side, from where
// the guide (guide.go) puts a sentence of the first, a sentence still
// counts as near it (nearness). Chosen on the Text+Berg dev document,
// by the share of its gold 1-1 pairs more similar before learning than
// each of their eight nearest neighbours (go test ./align -run
// TestDictionaryFirstPass -v) and by strict F1 with -dict auto, of the
// document whole and cut into fourteen documents of 30 gold beads (go
// run ./bench/textberg -dict auto -short 30, "dev pieces"): for windows
// of 1, 2 and 3 sentences, 0.963, 0.963, 0.947; 0.868, 0.868, 0.872;
// 0.880, 0.880, 0.874. 1 and 2 tie; 2 forgives the guide more where it
// interpolates between its anchors.
const nearWindow = 2

// nearness returns a function that gives, for the words a of sa and b
// of sb, how near their sentences are: the share of the sentences
// holding a word of a or of b that are near a sentence holding one of
// the other (within nearWindow of where the guide puts it), counted as
// a Dice coefficient. A translation is found where its original is,
// and the guide, drawn through the words found once in each text, is
// there before any alignment; a headword's many translations
// ("Aufgabe": tâche, devoir, mission) are found across the text, and
// the one near it is the one this translator chose. This is Fung and
// McKeown's observation again, by position rather than by frequency.
//
// Ordered by it instead of by how alike the sentence counts are (the
// rule before, still the next key), the dictionary's links are chosen
// better before anything is learnt: of the Text+Berg dev document's
// gold 1-1 pairs, 0.947 instead of 0.915 are more similar than each of
// their eight nearest neighbours (0.720 without a dictionary); test
// 0.929 instead of 0.891 (0.462). Strict F1 with -dict auto: dev 0.869
// → 0.864, dev in pieces of 30 beads 0.871 → 0.877, test 0.898 → 0.905
// (with compounds, joinCompounds: 0.868, 0.880, 0.909).
//
// pins are pairs of sentences the guide is to go through besides its
// own (linkPoints).
func nearness(sa, sb *side, v *vocab, pins []point) func(a, b []int32) float64 {
	c := guide(sa, sb, v, pins...)
	occ := func(s *side) map[int32][]int32 {
		m := make(map[int32][]int32)
		for i := range s.n {
			for _, w := range s.words.at(i) {
				m[w] = append(m[w], int32(i))
			}
		}
		return m
	}
	oa, ob := occ(sa), occ(sb)
	var ia, ib []int32
	sentences := func(out []int32, ws []int32, of map[int32][]int32) []int32 {
		out = out[:0]
		for _, w := range ws {
			out = append(out, of[w]...)
		}
		if len(ws) > 1 {
			slices.Sort(out)
			out = slices.Compact(out)
		}
		return out
	}
	return func(a, b []int32) float64 {
		ia, ib = sentences(ia, a, oa), sentences(ib, b, ob)
		if len(ia)+len(ib) == 0 {
			return 0
		}
		near := 0
		for _, i := range ia {
			// Sentence i ends before the guide's cell i+1: its
			// counterpart is sentence c[i+1]-1 of b.
			j := c[i+1] - 1
			k, _ := slices.BinarySearch(ib, int32(math.Ceil(j-nearWindow)))
			if k < len(ib) && float64(ib[k]) <= j+nearWindow {
				near++
			}
		}
		return 2 * float64(near) / float64(len(ia)+len(ib))
	}
}

// linkPoints returns the pairs of sentences that links pin down: those
// of the links whose words are each found in one sentence of each side,
// as the guide takes the features found once on each side (guide.go).
//
// The guide that nearness measures against is drawn before any link,
// through the words, names and numbers the texts share; the search's
// guide is drawn through the links too (translationSides puts them
// among the base features). dictionaryLinks chooses its links twice:
// the second time by their nearness to the guide bent by the first
// links' pins, as the search will see it. On Text+Berg (go run
// ./bench/textberg -dict auto, and -short n): strict F1 test 0.917 →
// 0.918, as one document 0.906 → 0.911, dev 0.897 unchanged; test's
// first 30 beads 0.891 → 0.899, first 60 0.922 → 0.924; dev in pieces
// of 15, 30, 60 beads 0.893 → 0.897, 0.895 unchanged, 0.892 → 0.895;
// -gaps test, rows to recover at most 6 → 1, wrong rows after and
// before the gap 3, 8 → 1, 6; -gaps dev, wrong rows 12, 11 → 9, 11. Of
// the dev document's gold 1-1 pairs, 0.967 instead of 0.972 stand out
// before learning (TestDictionaryFirstPass). Chosen a third time, by the
// guide the second links bend, nothing changed (0.918, 0.909, 0.897;
// pieces of 30 unchanged); pins from every candidate found once on
// each side, linked or not, instead of the links' (0.918, 0.910, 0.897,
// pieces of 30 unchanged).
func linkPoints(sa, sb *side, links []wordLink) []point {
	// The links of each word, and the sentences each link is found in.
	of := func(side func(*wordLink) []int32) map[int32][]int {
		m := make(map[int32][]int)
		for k := range links {
			for _, id := range side(&links[k]) {
				m[id] = append(m[id], k)
			}
		}
		return m
	}
	found := func(s *side, of map[int32][]int) []int32 {
		at := make([]int32, len(links)) // the sentence, -1 for none, -2 for more than one
		for k := range at {
			at[k] = -1
		}
		for i := range s.n {
			for _, w := range s.words.at(i) {
				for _, k := range of[w] {
					switch at[k] {
					case -1:
						at[k] = int32(i)
					case int32(i), -2:
					default:
						at[k] = -2
					}
				}
			}
		}
		return at
	}
	ia := found(sa, of(func(l *wordLink) []int32 { return l.a }))
	ib := found(sb, of(func(l *wordLink) []int32 { return l.b }))
	var pins []point
	for k := range links {
		if ia[k] >= 0 && ib[k] >= 0 {
			pins = append(pins, point{int(ia[k]), int(ib[k])})
		}
	}
	return pins
}
