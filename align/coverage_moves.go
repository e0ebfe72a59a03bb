// Passages moved: an omission whose translation stands elsewhere in the
// translation, as an addition.

package align

import "math"

// moves finds, in a translation's report, the omissions that are
// passages moved: a run of source sentences left without counterpart
// (Omitted) whose translation is a run of translation sentences without
// source elsewhere (an Added finding) — a paragraph the printer set in
// the wrong place, a chapter out of order. Either end alone is right
// (nothing stands for it where it should), but the two together said
// that text was missing, confidently, and that other text was added,
// where the translation renders every sentence. A pair is a move when
// the omitted run, aligned alone against the added one (alignWith, with
// its tests of chance), corresponds better than chance and pairs at
// least minMovedShare of the run's sentences: the omission becomes a
// finding of kind MovedPassage, Counterpart the added sentences, its sentences
// counted as covered (as a Shortened one's are), its confidence the
// mean score of the sub-alignment's matches; the addition is dropped.
//
// Only runs of minMovedSentences or more at both ends are tried, each
// omission against the additions in reading order until one fits:
// shorter ones are what the tests of chance do not judge. A passage moved carries its length with it: a pair whose
// lengths this translator's length model puts shortZ standard
// deviations or more apart, the bound past which the check calls a
// translation too short, is not tried; and at most maxMoveTries pairs
// are aligned, so that a translation with hundreds of runs left out
// and hundreds added costs no more than a few hundred short
// alignments. An addition is one run, taken whole: passages moved into
// one block (several paragraphs set together at the end) make one
// addition, against which only one of them can be found so; the others
// stay omissions, and the block an addition.
func (c *coverer) moves() {
	used := make([]bool, len(c.rep.Additions))
	tries := 0
	for k := range c.rep.Omissions {
		o := &c.rep.Omissions[k]
		if o.Kind != Omitted || len(o.Sentences) < minMovedSentences {
			continue
		}
		la := c.sum(c.srcLen, o.Sentences)
		for a := range c.rep.Additions {
			ad := &c.rep.Additions[a]
			if used[a] || ad.Kind != Added || len(ad.Sentences) < minMovedSentences ||
				math.Abs(c.zScore(la, c.sum(c.tgtLen, ad.Sentences))) >= shortZ || tries >= maxMoveTries {
				continue
			}
			tries++
			conf, ok := c.translates(o.Sentences, ad.Sentences)
			if !ok {
				continue
			}
			used[a] = true
			o.Kind, o.Counterpart, o.Confidence = MovedPassage, ad.Sentences, conf
			o.Severity = 0
			for _, s := range o.Sentences {
				c.covered[s] = true
			}
			break
		}
	}
	kept := c.rep.Additions[:0]
	for a, f := range c.rep.Additions {
		if !used[a] {
			kept = append(kept, f)
		}
	}
	c.rep.Additions = kept
}

// translates reports whether the source sentences src (a run) and the
// translation sentences tgt (a run) correspond better than chance when
// aligned alone, pairing minMovedShare of src or more with matches more
// likely right than wrong on average (their mean score, which it
// returns, DoubtfulBelow or more: a move less sure than that would hide
// an omission and an addition behind a finding the report then drops).
func (c *coverer) translates(src, tgt []int) (float64, bool) {
	sub := alignWith(c.src.Sub(src[0], src[len(src)-1]+1), c.tgt.Sub(tgt[0], tgt[len(tgt)-1]+1), defaultParams(), nil)
	if len(sub.Warnings) > 0 {
		return 0, false
	}
	paired, score, matches := 0, 0.0, 0
	for _, r := range sub.Rows {
		if r.Kind == Match {
			paired += len(r.Cells[0])
			score += r.Score
			matches++
		}
	}
	if matches == 0 || float64(paired) < minMovedShare*float64(len(src)) || score < DoubtfulBelow*float64(matches) {
		return 0, false
	}
	return score / float64(matches), true
}

const (
	// minMovedSentences is the fewest sentences at each end of a move:
	// those the tests of chance judge (chanceMinSentences; a text
	// shorter gets no verdict, and so no warning). With 2, Verne's
	// English with 150 paragraphs set together at its end had three
	// moves found against its French, all false ("--Oui. Un Français
	// nommé Passepartout." against two lines of a table; runs of 5 and
	// 6 sentences against paragraphs of other chapters), their matches
	// scored 0.53 to 0.71 on average.
	minMovedSentences = chanceMinSentences
	// minMovedShare is the least share of the omitted run's sentences
	// that the sub-alignment must pair: a passage moved is translated
	// throughout, as the passages of a translation left in place are
	// (coverage 0.94 or more of Ruth and Jonah into English,
	// TestChanceBibleBooks); a half is far below that, and far above
	// what a fitting coincidence pairs. Chosen by hand, not measured.
	minMovedShare = 0.5
	// maxMoveTries bounds the pairs moves aligns: chosen by hand, not
	// measured; a few hundred alignments of short runs take about a
	// second (Verne's English with 150 paragraphs set together at its
	// end, against the French: 167 omissions, 1.5 s for the whole
	// check).
	maxMoveTries = 300
)
