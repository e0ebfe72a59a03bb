// Two editions compared as versions that are not versions of one text:
// unrelated texts (apart), or two translations into one language
// (reworded).

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
	w := al.wholeWarning(Unrelated)
	w.Paired = max(share, 1e-9)
	w.Message = w.message(al)
	return []Warning{w}
}

// minPaired is the share of the sentences of one of two versions that
// must be paired for them to be taken for versions of one text. Set on
// ../shared/eval (synoptic coverage, compared as versions): versions
// of one text pair 0.99 (Mark in the KJV and the ASV) to 1.00, and two
// translations into one language, which reworded tells apart, 0.57 to
// 0.97 (Luther and the Elberfelder in Jonah; Darby's French and
// Crampon's in Jonah; 0.70 in Ruth, the figure this bound was first
// set on, taking them for versions of one text); texts that have nothing to do with each
// other pair 0.0008 (Verne's English against Genesis), 0.006 (the
// Manifesto against Verne), 0.032 and 0.040 (Ruth against Jonah, in
// German and in English: the chapter numbers are equal lines). 0.2 is
// about where the two meet on a scale of ratios (√(0.04 × 0.70) =
// 0.17), rounded up.
const minPaired = 0.2

// apartMessage says a versions warning in a sentence.
func apartMessage(where string, paired float64) string {
	return fmt.Sprintf("%s share almost nothing as versions of one text (%.1f%% of the sentences paired, equal, changed or moved; versions of one text pair 99%% or more): they may be unrelated, or two translations, which --mode translation aligns", where, 100*paired)
}

// reworded returns, for two whole editions compared as versions of
// one text, the share of the words of their paired sentences kept
// (keptWords), and whether it is too low for versions of one text: the
// editions are more likely two translations into one language, which a
// word diff pairs only where they happen to word a sentence alike,
// leaving the rest deleted and inserted as if omitted and added. Asked
// only of sentences that hold minKeptWords words or more, fewer being
// too few to tell by (a sentence reworded moves the share of 100 words
// by a fifth).
func (al *Alignment) reworded() (float64, bool) {
	kept, n := al.keptWords()
	return kept, n >= minKeptWords && kept < minKept
}

// minKept is the share of the words of their paired sentences that two
// editions compared as versions must keep to be taken for versions of
// one text. Set on ../shared/eval (keptWords, each pair of one language
// compared as versions): versions of one text keep 0.81 (Mark in the
// KJV and its revision the ASV) to 1.00 (Serge's chapter against itself
// rewrapped, in capitals, with its numbers or names changed, paragraphs
// moved, duplicated or deleted, its punctuation stripped: 0.986 or
// more); two translations into one language keep 0.46 to 0.60 (Luther
// 1545 and the Elberfelder in Genesis, Ruth and Jonah, 0.46–0.52;
// Darby's French and Crampon's, 0.56–0.60). 0.7 is about where the two
// meet on a scale of ratios (√(0.60 × 0.81) = 0.70).
const minKept = 0.7

// minKeptWords is the fewest words the paired sentences of two versions
// must hold for reworded to judge them: chosen so that one reworded
// sentence of twenty words cannot alone cross minKept (20/100 is more
// than the 0.1 to 0.3 between minKept and the versions measured), not
// fitted; the smallest versions of one text in ../shared hold 194
// (the bundled sample) and 354 (Psalm 136).
const minKeptWords = 100

// rewordedWarning says that the versions of al keep only kept of the
// words of the sentences they pair: of kind Undecided, so that coverage
// counts none of them as covered.
func (al *Alignment) rewordedWarning(kept float64) Warning {
	w := al.wholeWarning(Undecided)
	w.Kept = max(kept, 1e-9)
	w.Message = w.message(al)
	return w
}

// rewordedMessage says a reworded warning in a sentence.
func rewordedMessage(where string, kept float64) string {
	return fmt.Sprintf("%s, compared as versions, keep %.0f%% of the words of the sentences they pair (versions of one text keep 80%% or more, two translations into one language 60%% or less): they are more likely two translations, whose sentences a word diff leaves deleted and inserted where they are worded otherwise; rows kept, not counted as covered; --mode translation aligns them", where, 100*kept)
}

// keptWords returns the share of the words of the first edition's
// sentences in equal, changed and moved rows that the second keeps
// (the words of equal rows, and of a changed or moved row's word diff
// those the same or differing only in form: space, letterform, case, quotes,
// hyphenation, markup, punctuation, spelling), and how many words
// those sentences have.
func (al *Alignment) keptWords() (float64, int) {
	kept, total := 0, 0
	for _, r := range al.Rows {
		if len(r.Cells[0]) == 0 || (r.Kind != Equal && r.Kind != Changed && r.Kind != Moved) {
			continue
		}
		if r.Kind == Equal || len(r.Diffs) == 0 {
			for _, i := range r.Cells[0] {
				n := countWords(al.Editions[0].Sentences[i].Text)
				kept, total = kept+n, total+n
			}
			continue
		}
		for _, op := range r.Diffs[0].Ops {
			if op.Kind == OpInsert {
				continue
			}
			n := countWords(op.Text)
			total += n
			if op.Kind == OpSame || formOnly[op.Type] {
				kept += n
			}
		}
	}
	if total == 0 {
		return 1, 0
	}
	return float64(kept) / float64(total), total
}

// formOnly are the types of difference that change how a word is
// written, not which word it is.
var formOnly = map[DiffType]bool{SpaceDiff: true, LetterformDiff: true, CaseDiff: true, QuotesDiff: true, HyphenationDiff: true,
	MarkupDiff: true, PunctuationDiff: true, SpellingDiff: true, FormDiff: true}

// wholeWarning is a warning of kind about all of al, two whole editions
// compared as versions: every row, every sentence of each.
func (al *Alignment) wholeWarning(kind Verdict) Warning {
	return Warning{Kind: kind, First: 0, Limit: len(al.Rows),
		Sentences: [][2]int{{0, len(al.Editions[0].Sentences)}, {0, len(al.Editions[1].Sentences)}}}
}
