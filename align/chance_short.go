package align

import (
	"fmt"
	"slices"
	"strings"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// What short texts are told besides the tests of chance.
//
// The tests of chance.go and chance_full.go weigh how much better the
// alignment explains each sentence than alignments of texts that do not
// correspond. A text too short for them (fewer than chanceMinSentences
// source sentences) is not tested, and says so (Warning.Short). A short
// text tested can still be fooled by its shape: two unrelated stories
// of a heading and two paragraphs of three sentences each, one about a
// harbour in English, one about a mill in French (TestNumbersApart),
// line up heading with heading and paragraph with paragraph, their
// sentences of like lengths by chance, better than any null order of
// the French, which breaks the paragraphs; the test of short texts
// found them related (a share of 0.684, the best null 0.586, a
// translation 0.60 or more) and the seven matches were scored 0.94 on
// average. Nothing of the words can tell there: a translation into
// another language, or script, may share none with its original.
//
// What a translation keeps is its numbers: years, dates, counts,
// written in digits in every language (anchors reads every digit set
// and Chinese numerals). Texts short enough for the test of short
// texts (chanceFullCells), or too short for any test, whose numbers are all different, at least
// minApartNumbers different numbers in each, are not shown to be one
// text (numbersApart): undecided, their matches scored as undecided
// ones (doubtUndecided), not counted as covered, with a warning that
// lists the numbers. The harbour has 1894 and 12 (February), the mill
// 1731, 1802 and 1880. Longer texts are left to the tests, which have
// the power there.
//
// Evidence (TestNumbersApartEval, ../shared/eval): of 480 pieces of 30
// verses or beads of the evaluation data's translations (every Bible
// edition against the King James Version, Text+Berg dev and test), 29
// have two numbers or more on each side, and none has them apart (the
// Bible writes its numbers in words); of 466 pieces against the piece
// half their text further on, 25 have numbers enough and 6 are found
// apart, the others sharing numbers with the rest of their document.
// No false alarm, and only the plain cases caught.

// minApartNumbers is the fewest different numbers each text must have
// for numbersApart to find them apart: with one, a translator's
// rounding or a misprint would do. Chosen by hand, not measured.
const minApartNumbers = 2

// A text too short for any test (chanceMinSentences) is said to be so
// (Warning.Short).
// Its rows keep their scores and count as covered: undecided for want
// of evidence, not for what was found, they are left as the
// calibration scored them, which the warning says. Scored as an
// undecided stretch (doubtUndecided) and not counted, three sentences
// of French and their English, the same dates in the same rows, scored
// 0.49 each and were 0 % covered; as they are, two of French and two of
// German sharing nothing (TestChanceShort) are matched at 0.72 and
// 0.35, and counted covered, with the warning.

// numbersApart returns the numbers of the short texts a and b when they
// have none in common though each has minApartNumbers or more (see
// above); ok is false when the texts are longer than chanceFullCells,
// share a number or have too few.
func numbersApart(a, b *editions.Edition) (numbers [2][]string, ok bool) {
	if len(a.Sentences)*len(b.Sentences) > chanceFullCells {
		return numbers, false
	}
	na := editionNumbers(a)
	if len(na) < minApartNumbers {
		return numbers, false
	}
	nb := editionNumbers(b)
	if len(nb) < minApartNumbers {
		return numbers, false
	}
	for _, x := range na {
		if _, found := slices.BinarySearch(nb, x); found {
			return numbers, false
		}
	}
	return [2][]string{na, nb}, true
}

// editionNumbers returns the different numbers of e's sentences, by
// their anchor keys, sorted (the day of a date is one).
func editionNumbers(e *editions.Edition) []string {
	var out []string
	for s := range e.Sentences {
		for _, an := range anchors.Numbers(e.Sentences[s].Text, e.Lang) {
			out = append(out, an.Key)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// numbersMessage says w, a warning of numbersApart, of where.
func numbersMessage(where string, ids [2]string, numbers [2][]string) string {
	list := func(ns []string) string {
		const most = 6
		if len(ns) > most {
			return strings.Join(ns[:most], ", ") + fmt.Sprintf(" and %d more", len(ns)-most)
		}
		return strings.Join(ns, ", ")
	}
	return fmt.Sprintf("%s: not shown to correspond: short, and none of the %d numbers of %s (%s) is in %s (%s); rows kept, doubtful, not counted as covered",
		where, len(numbers[0]), ids[0], list(numbers[0]), ids[1], list(numbers[1]))
}

// wholeWarnings adds to al, a translation of a to b, what short texts
// are told besides the tests of chance (see above), unless nothing is
// matched or a warning already distrusts some of it: that their
// numbers are apart (numbersApart), their matches then scored as
// undecided ones when doubt is set; else that the text is too short to
// be tested.
func (al *Alignment) wholeWarnings(a, b *editions.Edition, doubt bool) {
	if !slices.ContainsFunc(al.Rows, func(r Row) bool { return r.Kind == Match }) ||
		slices.ContainsFunc(al.Warnings, func(w Warning) bool { return w.Distrusts() }) {
		return
	}
	w := Warning{Kind: Undecided, Density: matchedShare(al.Rows), Sentences: [][2]int{{0, len(a.Sentences)}, {0, len(b.Sentences)}}}
	var apart bool
	switch w.Numbers, apart = numbersApart(a, b); {
	case apart:
	case len(a.Sentences) < chanceMinSentences:
		w.Short = true
	default:
		return
	}
	al.placeWarnings(append(al.Warnings, w))
	if !doubt || !apart {
		return
	}
	for _, w := range al.Warnings {
		if w.Numbers[0] != nil {
			al.doubt(w)
		}
	}
}

// matchedShare is the share of the sentences of rows that stand in
// match rows.
func matchedShare(rows []Row) float64 {
	m, t := 0, 0
	for _, r := range rows {
		n := len(r.Cells[0]) + len(r.Cells[1])
		t += n
		if r.Kind == Match {
			m += n
		}
	}
	return float64(m) / float64(max(t, 1))
}
