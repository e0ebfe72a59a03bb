package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences cut off mid-phrase.
//
// Of the weak ends (ends.go), those at a colon or a semicolon end a
// clause, and a translator often ends the sentence there instead, or
// the other way round: on the Text+Berg gold, 20 of the dev document's
// 381 beads end at a colon or semicolon on one side and at a full stop
// on the other, 23 of the test documents' 858. A unit cut off with no
// mark at all — a heading, an OCR line ("Grâce aux cordes fixes , l'
// arête"), a list's item, a clause the segmenter cut — is another
// matter: the gold's beads pair such an end with one of its kind (3 on
// dev, 26 on test) and with any other end only once (test), where two
// units of dev taken at random would differ so 5.6 % of the time.
// The cost of ends that differ charges strong against weak, and so lets
// a unit cut off mid-phrase end a match against one ending at a colon
// for nothing. A match whose last sentences differ in that — one cut
// off mid-phrase, the other not — pays the cost of that mismatch as the
// first pass's matches say it (mismatchCost, with ends.go's endPrior),
// beside the other.
//
// On dev the first pass's 398 matches have no such mismatch (0.6 % of
// the German units and 5 % of the French end mid-phrase), and the cost
// is 3.71. go run ./bench/textberg: strict F1 test 0.898 → 0.900, dev
// 0.884 and test as one document 0.898 unchanged; with -dict auto test
// 0.918 → 0.919, dev 0.897 and as one document 0.911 unchanged. On test
// the French translator's credit that ends test4, "( Traduction d'
// Annelise Rigo )", is left unaligned instead of joined to the last
// sentence's translation, and test0's [52]:[56] is found, the OCR's
// "… dans la face nordest de la Kingspitz" no longer ending a match
// against a full stop. Genesis, the Manifesto and Verne's chapters as
// before; go run ./bench/scripts as before; go run ./bench/coverage
// -seed 1, single sentences removed found with precision / recall 0.953
// / 0.908 → 0.956 / 0.913 (the Manifesto 0.923 / 0.800 → 1.000 / 0.867,
// Verne 0.868 / 0.733 → 0.870 / 0.744), whole paragraphs 0.929 / 0.958
// as before; go run ./bench/textberg -gaps dev as before, -gaps test
// omissions found 0.966 → 0.973 (test4's 16 of 16), wrong rows after
// and before the gaps 26, 7 → 21, 8, rows to recover at most 6 as
// before; -calibrate test ECE 0.029 → 0.031, rows scored 0.9 or more
// right 0.969 → 0.968.
//
// The omission decision's realignment (refine) charges it as the search
// does, as it charges the other ends: charged by the search alone, the
// Text+Berg figures were the same, but -gaps test's rows to recover
// after test4's gap were 10, not 6. Charged instead of the cost of ends
// that differ where both apply (a unit cut off mid-phrase against one
// ending with a full stop paying this one only): test 0.898, -dict auto
// 0.918, as without either.

// openEnding reports whether text ends weakly (weakEnding) with no
// colon or semicolon among the marks after its last letter or digit:
// cut off mid-phrase, not at the end of a clause. A footnote marker
// after the mark is passed over, as weakEnding passes it.
func openEnding(text string) bool {
	if !weakEnding(text) {
		return false
	}
	for {
		tail := strings.TrimRightFunc(text, unicode.IsSpace)
		m := footnoteTail(tail)
		if m == 0 {
			break
		}
		text = tail[:len(tail)-m]
	}
	for k := len(text); k > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		switch r {
		case ':', ';', '：', '；':
			return false
		}
		k -= n
	}
	return true
}

// openCostOf returns the cost of a match one of whose last sentences is
// cut off mid-phrase and the other not, as the matches of path (a first
// alignment) say (mismatchCost).
func (m *model) openCostOf(path []step) float64 {
	return mismatchCost(m.a.openEnd, m.b.openEnd, path)
}

// opensDiffer reports whether one of a[i-1] and b[j-1] is cut off
// mid-phrase and the other not; false where a side's ends are not
// known.
func (m *model) opensDiffer(i, j int) bool {
	return len(m.a.openEnd) > 0 && len(m.b.openEnd) > 0 && m.a.openEnd[i-1] != m.b.openEnd[j-1]
}
