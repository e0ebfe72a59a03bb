package align

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence ends: where both editions end a sentence alike.
//
// A bead's boundary is a place where both editions end a sentence, and
// translators mostly keep the kind of end: a sentence that ends with a
// full stop, a question or an exclamation mark is translated by one that
// ends so too, and one cut off at a colon, a semicolon or mid-phrase
// (an OCR line, a list's item, a heading) by one cut off as well. On the
// Text+Berg dev document 20 of the 381 gold beads that match sentences
// (5.2%) end with a sentence of one kind on one side and of the other
// kind on the other; taken at random, the last sentences of two beads
// would differ so a third of the time (0.33: 16% of the German sentences
// and 25% of the French end weakly). A bead that ends on such a
// mismatch is therefore charged the log of that likelihood ratio,
// log(chance / rate): rate the share of true beads that end so, chance
// the share of random pairs of sentences of the two texts that do.
//
// The rate is the text's own: the second pass estimates it from what
// the first pass matched, which knows nothing of the translator yet and
// does without. Where the ends say nothing — editions whose units end
// alike or unalike at random, one edition without punctuation, verses,
// lines, clauses — the estimate meets chance and the cost vanishes; it
// is never negative.
//
// It is the evidence most of the aligner's remaining errors wanted. On
// Text+Berg, whose annotators drew a bead wherever both editions end a
// sentence, strict errors are nearly all boundaries put a sentence too
// early or too late (lax F1 0.988 on dev against strict 0.850), and a
// German sentence ending with ":" or cut mid-phrase by the OCR is joined
// in the gold to what follows it. go run ./bench/textberg: dev strict F1
// 0.850 → 0.854, test 0.877 → 0.890, test as one document 0.864 →
// 0.888; with -dict auto, dev 0.874 → 0.869, test 0.885 → 0.896, as one
// document 0.883 → 0.905; -short 30, test 0.823 → 0.838, dev 0.743 →
// 0.867 (with -dict auto unchanged, 0.880 and 0.867). Bible, Manifesto
// and Verne as before.
//
// Coverage's damage benchmark is no worse for it, though its figures
// fell: go run ./bench/coverage, single sentences removed, all texts
// 0.962 / 0.919 → 0.959 / 0.913 (Verne 0.935 / 0.800 → 0.921 / 0.778).
// Verne's sentences removed are drawn among the aligner's confident 1-1
// matches, which the cost changes, and all three of its sentence trials
// removed other sentences. On the same damage (drawn with the cost,
// aligned and reported without it) the cost loses one of Verne's 90
// omissions and none elsewhere (all texts 0.959 / 0.916 without it):
// "Quelques instants après Mr. Fogg, l'agent Fix avait, lui aussi,
// débarqué du _Mongolia_ [...]", merged 3-1 with the two after it by
// the search with the cost or without. Its ends and theirs are all
// strong, so the cost charges none of that; the omission decision's
// word weights, learnt from rows the cost changed elsewhere, put the
// log-odds that it is left out (omission_merges.go, cuts) at -0.22
// instead of 0.27, the lexical term 0.62 instead of 1.11. With the
// draw made independent of the rest of the candidates (sample in
// bench/coverage/damage.go): -seed 1, 0.952 / 0.894 with the cost,
// 0.952 / 0.888 without; -seed 2, 0.952 / 0.896 and 0.947 / 0.896.
//
// Tried on dev and not kept:
//   - a fixed cost instead of the estimate (0.5 to 3: dev 0.850 to 0.859
//     without a dictionary, 0.860 to 0.874 with, no better on the two
//     together);
//   - three kinds of end instead of two, colon and semicolon apart from
//     other weak ends: the same figures;
//   - a cost in the first pass too, at the dev gold's rate (20 of 381
//     beads, 5.2%): dev 0.859 and 0.869, but a constant charge on every
//     bead where one edition has no sentence punctuation, and the
//     Peshitta's Mark against the King James Version fell to no better
//     than chance (chance_test.go); with the rate of the guide's anchor
//     pairs (guide.go) instead, dev 0.849 and the same failure;
//   - a sentence that begins in lower case taken as the end of the one
//     before it being weak (a continuation): dev unchanged;
//   - a full stop after a single capital (an initial, "B.M .") taken as
//     a weak end: dev with -dict auto 0.869 → 0.867;
//   - the ends inside a merged bead as evidence for it (a weak end
//     there more likely than in the text at large, by the first pass's
//     merges): dev 0.851, test 0.883.
//   - (2026-12-07, from dev 0.862, test 0.895.) The clause marks
//     (commas, semicolons, colons) as a second length: each match of
//     the second pass charged the tail of the standardized difference
//     of their counts, ratio and spread from the first pass's matches
//     (1.16 and 1.19 on dev, the spread growing with the counts): dev
//     0.856, test 0.831 (Genesis 0.994, Manifesto links 0.967); less
//     its mean (1), ×0.5 and ×1: dev 0.854, 0.857, test 0.888, 0.855;
//     its square over 2 instead (nothing where the counts agree),
//     ×0.25 to ×1: dev 0.854 to 0.857, test 0.853 to 0.897. Yet on the
//     stretches where the search's dev beads differ from the gold's,
//     the gold's counts agree better in 19 and worse in 2: what tells
//     the errors apart misleads elsewhere.
//   - Colons and semicolons as shared punctuation (anchors.Punct): dev
//     0.862, test 0.896, -dict auto unchanged.
//   - (2026-12-07, from dev 0.867, test 0.895.) Ends the segmenter
//     passed over: a unit holding a word of lower case letters, a full
//     stop, a space and a capitalized word ("… 8848 m. Auch …", "camp
//     IV. Tout" aside) holds two sentences, "m." read as an
//     abbreviation. Of the 44 such units in the Text+Berg gold, 38 are
//     in beads of several sentences, among them five of the dev
//     document's missed many-to-many beads ([8, 9]:[10, 11, 12],
//     [242, 243]:[283, 284], [246, 247]:[287, 288], [253, 254]:[296,
//     297], [419, 420]:[496, 497]); but 42 of the 44 are in dev, an
//     altitude chronicle, and 2 in test. A bead holding one priced at
//     the least of its prior and those of the two beads it would be
//     cut into there (a 2-2 bead 2.66 nats instead of 4.34): dev 0.867
//     → 0.864, test 0.895, no missed bead found and one more made
//     wrong. The two 1-1 beads win by their words as well: [242]:[283]
//     and [243]:[284] share Dice 0.60 and 0.56, the 2-2 bead 0.89, the
//     split 0.42 nats cheaper at params.sim 6. Nor do the missed 2-2
//     beads' words cross their cut (crossing.go): 0.08 to 0.35 of what
//     they share, against 0.06 to 0.82 for the 2-2 beads found. (Nor
//     can paragraphs place them: the Text+Berg documents, read
//     presegmented, are one paragraph each.)
//   - (2026-12-07, from dev 0.867, test 0.895.) A boundary that cuts an
//     anchor of any kind (numbers and dates alone are evidence, kept:
//     edges.go): a match charged κ where the last 15 % of a[i-1]'s bytes
//     hold a number, date, name or marker that the first 15 % of b[j]
//     hold, or the end of b[j-1] one of the start of a[i] (anchors'
//     byte offsets). Of the Text+Berg dev gold's 381 boundaries 1 cuts
//     one, of the 1524 one sentence off them 27 (test: 1 of 858, 25 of
//     3432): "250 Höhenmeter erforderten zwei Tage ." / "Il fallut deux
//     jours pour gravir 250 m. Six heures [...]". κ 3: dev 0.879, test
//     0.895, -dict auto dev 0.895, test 0.913, calibration ECE 0.028
//     and 0.969 right at ≥ 0.9 (κ 1.9, 4, 6: dev 0.874, 0.878, 0.878;
//     at 20 %, κ 2, 3, 4, 6: 0.874, 0.879, 0.878, 0.869, -dict auto
//     test 0.911 at 3; at 25 % and 33 %, test 0.892). But at κ 3 go
//     run ./bench/coverage -seed 1 found single sentences removed with
//     0.964 / 0.896 → 0.953 / 0.899 (Verne's precision 0.914 → 0.853),
//     whole paragraphs 0.940 / 0.979 → 0.979 / 0.969, and so it does
//     with numbers and dates alone at κ 3 (edges.go). The text's own κ, estimated as endCostOf estimates its
//     cost, from the first pass's boundaries against those one sentence
//     off them (shrunk towards the latter by 10 boundaries), is 0 on
//     dev, even from its matches of confidence 0.9 or more (test
//     documents 0 to 5): the first pass's wrong boundaries are where it
//     cuts anchors, so that its boundaries cut them as often as those
//     one sentence off.

// endPrior is how many beads at the chance rate the estimate of a
// text's rate starts from, so that a text with few matches, which says
// little about its translator, is charged little (chosen by hand, as
// varPrior in lengths.go is; 1 and 30 give the same dev figures).
const endPrior = 10

// weakEnding reports whether text ends weakly: with no full stop,
// question or exclamation mark or ellipsis among the marks after its
// last letter or digit (closing quotation marks, brackets, the
// underscores of italics, a dash) — at a colon, a semicolon, a comma,
// mid-phrase. A footnote marker after the mark ("nine.[1]") is passed
// over.
func weakEnding(text string) bool {
	for {
		k := len(text)
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:k])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			switch r {
			case '.', '!', '?', '…', '。', '！', '？', '।', '؟', '۔':
				return false
			}
			k -= n
		}
		// "[1]", "(12)": a footnote marker; look before it.
		tail := strings.TrimRightFunc(text, unicode.IsSpace)
		if m := footnoteTail(tail); m > 0 {
			text = tail[:len(tail)-m]
			continue
		}
		return k > 0
	}
}

// footnoteTail returns the length of a footnote marker of digits in
// brackets that ends text ("[1]"), 0 if there is none.
func footnoteTail(text string) int {
	if !strings.HasSuffix(text, "]") && !strings.HasSuffix(text, ")") {
		return 0
	}
	open := byte('[')
	if text[len(text)-1] == ')' {
		open = '('
	}
	k := len(text) - 2
	for k >= 0 && text[k] >= '0' && text[k] <= '9' {
		k--
	}
	if k < 0 || k == len(text)-2 || text[k] != open {
		return 0
	}
	return len(text) - k
}

// endCostOf returns the cost of a match ending on a mismatch that the
// matches of path (a first alignment) say (mismatchCost): one sentence
// ending strongly and the other weakly. It is 0 where a side's ends are
// not known.
func (m *model) endCostOf(path []step) float64 {
	return mismatchCost(m.a.weakEnd, m.b.weakEnd, path)
}

// mismatchCost returns the cost of a match whose last sentences differ
// by a kind of end, of which xa and xb say for each sentence of a and b
// whether it ends so, as the matches of path (a first alignment) have
// it: log(chance / rate), rate the share of those matches that end on a
// mismatch, shrunk towards chance by endPrior beads, and chance the
// share of random pairs of sentences of the two texts that would. It is
// 0 where a side's ends are not known.
func mismatchCost(xa, xb []bool, path []step) float64 {
	if len(xa) == 0 || len(xb) == 0 {
		return 0
	}
	pa, pb := weakShare(xa), weakShare(xb)
	chance := pa*(1-pb) + pb*(1-pa)
	if chance == 0 {
		return 0 // every end alike: none differs, nothing to charge
	}
	mis, n := 0.0, 0.0
	for _, st := range path {
		bt := beadTypes[st.t]
		if bt.a == 0 || bt.b == 0 {
			continue
		}
		n++
		if xa[st.i-1] != xb[st.j-1] {
			mis++
		}
	}
	rate := (mis + endPrior*chance) / (n + endPrior)
	return math.Max(0, math.Log(chance/rate))
}

// weakShare is the share of the sentences that end weakly (or end so:
// the true ones of weak).
func weakShare(weak []bool) float64 {
	n := 0
	for _, w := range weak {
		if w {
			n++
		}
	}
	return float64(n) / float64(len(weak))
}

// endsDiffer reports whether a[i-1] and b[j-1] end differently, one
// strongly and one weakly; false where a side's ends are not known.
func (m *model) endsDiffer(i, j int) bool {
	return len(m.a.weakEnd) > 0 && len(m.b.weakEnd) > 0 && m.a.weakEnd[i-1] != m.b.weakEnd[j-1]
}
