// Two editions compared as versions that are not versions of one text.

package align

import "fmt"

// apart returns a warning when the versions of al, two whole editions
// compared as versions of one text (compareVersions; Align asks it of
// each pair it compares so, not of the stretches between pins, which
// the user has said correspond), share almost
// nothing: fewer than minPaired of the sentences of either are in
// equal, changed or moved rows. The rows say it already (every sentence
// deleted or inserted), but not why: two texts that have nothing to do
// with each other, or two translations into one language, which a word
// diff cannot pair. The tests of chance are the translation search's
// and do not run here; the warning is of kind Unrelated, so that
// coverage counts nothing of them (its rows are unaligned already).
func (al *Alignment) apart() []Warning {
	n := [2]int{len(al.Editions[0].Sentences), len(al.Editions[1].Sentences)}
	if n[0] == 0 || n[1] == 0 {
		return nil
	}
	var paired [2]int
	for _, r := range al.Rows {
		if r.Kind == Equal || r.Kind == Changed || r.Kind == Moved {
			for e := range paired {
				paired[e] += len(r.Cells[e])
			}
		}
	}
	share := max(float64(paired[0])/float64(n[0]), float64(paired[1])/float64(n[1]))
	if share >= minPaired {
		return nil
	}
	w := Warning{Kind: Unrelated, First: 0, Limit: len(al.Rows),
		Sentences: [][2]int{{0, n[0]}, {0, n[1]}}, Paired: max(share, 1e-9)}
	w.Message = w.message(al)
	return []Warning{w}
}

// minPaired is the share of the sentences of one of two versions that
// must be paired for them to be taken for versions of one text. Set on
// ../shared/eval (synoptic coverage, compared as versions): versions
// of one text pair 0.70 (two German Bibles, Elberfelder and Luther, in
// Ruth) to 1.00 (KJV and ASV); texts that have nothing to do with each
// other pair 0.0008 (Verne's English against Genesis), 0.006 (the
// Manifesto against Verne), 0.032 and 0.040 (Ruth against Jonah, in
// German and in English: the chapter numbers are equal lines). 0.2 is
// about where the two meet on a scale of ratios (√(0.04 × 0.70) =
// 0.17), rounded up.
const minPaired = 0.2

// apartMessage says a versions warning in a sentence.
func apartMessage(where string, paired float64) string {
	return fmt.Sprintf("%s share almost nothing as versions of one text (%.1f%% of the sentences paired, equal, changed or moved; versions of one text pair 70%% or more): they may be unrelated, or two translations, which --mode translation aligns", where, 100*paired)
}
