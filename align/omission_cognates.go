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
// cognateMin letters or more, made when first asked for, and how often,
// among the alignment's 1-1 matches seen as merged with the next one
// (prepareLex), a long cognate of the first's source is found in the
// two translations (own) and in the next one's alone (other).
type cognates struct {
	srcLong, tgtLong [][]string
	own, other, n    float64
}

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
	if d.cog.srcLong == nil {
		if crossScript(d.src, d.tgt) {
			return false
		}
		d.cog.srcLong = make([][]string, len(d.src.Sentences))
		d.cog.tgtLong = make([][]string, len(d.tgt.Sentences))
	}
	found := map[string]string{} // a prefix of a word of tc: the word, "" if several
	for _, t := range tc {
		for _, x := range longWords(d.cog.tgtLong, d.tgt.Sentences, t) {
			p := x[:cognateMin]
			if y, ok := found[p]; ok && y != x {
				x = ""
			}
			found[p] = x
		}
	}
	for _, s := range rest {
		for _, y := range longWords(d.cog.srcLong, d.src.Sentences, s) {
			delete(found, y[:cognateMin])
		}
	}
	for _, s := range omitted {
		for _, w := range longWords(d.cog.srcLong, d.src.Sentences, s) {
			if x, ok := found[w[:cognateMin]]; ok && x != w {
				return true
			}
		}
	}
	return false
}

// longWords returns the words of cognateMin letters or more of sentence
// i of sents, as the features have them (featureWords), keeping them in
// memo.
func longWords(memo [][]string, sents []editions.Sentence, i int) []string {
	if memo[i] == nil {
		memo[i] = []string{}
		for _, w := range featureWords(sents[i].Norm) {
			if len(w) >= cognateMin {
				memo[i] = append(memo[i], w)
			}
		}
	}
	return memo[i]
}
