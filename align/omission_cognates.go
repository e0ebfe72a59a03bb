// Cognates the features miss: a word of a merge's end that its
// translation shows by a long common beginning ("parallel",
// "parallèlement"), as evidence that the merge renders the end.

package align

import (
	"math"

	"github.com/synoptic-text/synoptic/editions"
)

// cognateMin is the fewest first letters two words must share for
// longCognate to take them for cognates. The aligner's own cognate
// feature (fPrefix) is the first 4 letters of words of 5 or more, which
// many unrelated words share, and so weighs little: "Wir gingen
// parallel zu der Fährte , ohne sie etwa zu kreuzen ." showed 0.05 of
// its weight in "[...] parallèlement aux traces , mais sans les toucher
// .", and the decision took it for left out at 0.93 (Text+Berg dev).
// With 6 letters, go run ./bench/coverage -seed 1 found single
// sentences removed with recall 0.896 → 0.894: Verne's "Plus qu'une
// minute, et le pari était gagné." removed, in two trials, was taken
// for rendered by its neighbour's "minutes"; 7 keeps it, and Text+Berg
// dev and test are the same with either.
const cognateMin = 7

// cognates holds what longCognate needs: each sentence's words of
// cognateMin letters or more, as ids of the word and of its first
// cognateMin letters, made when first asked for; and how often, among
// the alignment's 1-1 matches seen as merged with the next one
// (prepareLex), a long cognate of the first's source is found in the
// two translations (own) and in the next one's alone (other).
type cognates struct {
	made             bool
	srcLong, tgtLong lists[longWord]
	found            map[int32]int32 // longCognate's scratch
	own, other, n    float64
}

// A longWord is a word of cognateMin letters or more: ids of the word
// and of its first cognateMin letters, shared by both editions.
type longWord struct{ word, prefix int32 }

// countCognates counts the 1-1 match of source s and translation t,
// seen as merged with the next, of source ns and translation nt, among
// the samples of cognateLogLR.
func (d *decider) countCognates(s, t, ns, nt int) {
	d.cog.n++
	if d.longCognate([]int{s}, []int{ns}, []int{t, nt}) {
		d.cog.own++
	}
	if d.longCognate([]int{s}, []int{ns}, []int{nt}) {
		d.cog.other++
	}
}

// cognateLogLR is the log of how much likelier a long cognate of a
// sentence is to be found in a translation that does not render it
// than in one that does, as counted on the 1-1 matches (countCognates),
// with half a count added to each: on Text+Berg dev 53 of 253 matches
// against 1, −3.6; on Verne 664 of 2700 against 12, −4.0.
func (d *decider) cognateLogLR() float64 {
	return math.Log((d.cog.other + 0.5) / (d.cog.own + 0.5))
}

// longCognate reports whether a word of the source sentences omitted
// begins with the same cognateMin letters as a word of the translation
// tc, not the same word (a word both share is a feature already, and
// counted by marginalShare), where no word of the source sentences rest
// begins so: a cognate that the rest does not account for. Editions in
// different scripts have none.
func (d *decider) longCognate(omitted, rest, tc []int) bool {
	c := &d.cog
	if !c.made {
		c.made = true
		if crossScript(d.src, d.tgt) {
			return false
		}
		ids := map[string]int32{}
		c.srcLong, c.tgtLong = longWordLists(d.src, ids), longWordLists(d.tgt, ids)
		c.found = map[int32]int32{}
	}
	if c.found == nil {
		return false
	}
	found := c.found // a prefix of a word of tc: the word, -1 if several
	clear(found)
	for _, t := range tc {
		for _, x := range c.tgtLong.at(t) {
			if y, ok := found[x.prefix]; ok && y != x.word {
				x.word = -1
			}
			found[x.prefix] = x.word
		}
	}
	for _, s := range rest {
		for _, y := range c.srcLong.at(s) {
			delete(found, y.prefix)
		}
	}
	for _, s := range omitted {
		for _, w := range c.srcLong.at(s) {
			if x, ok := found[w.prefix]; ok && x != w.word {
				return true
			}
		}
	}
	return false
}

// longWordLists returns the words of cognateMin letters or more of each
// sentence of e, as the features have them (featureWords), with the ids
// that ids gives words and prefixes (adding those it lacks; a word and
// a prefix of the same letters share one, never compared). Each
// distinct word is folded once, as newSide folds them (wordCache).
func longWordLists(e *editions.Edition, ids map[string]int32) lists[longWord] {
	id := func(key string) int32 {
		k, ok := ids[key]
		if !ok {
			k = int32(len(ids))
			ids[key] = k
		}
		return k
	}
	seen := map[string]longWord{} // by the word as it stands; -1 if short
	b := newListsBuilder[longWord](len(e.Sentences))
	var long []longWord
	value := func(w string) longWord {
		if len(w) < cognateMin {
			return longWord{-1, -1}
		}
		return longWord{id(w), id(w[:cognateMin])}
	}
	for _, sent := range e.Sentences {
		long = long[:0]
		eachWord(sent.Norm, seen, value, func(lw longWord) {
			if lw.word >= 0 {
				long = append(long, lw)
			}
		})
		b.add(long)
	}
	return b.lists()
}
