// Stretches where the alignment has drifted: matches mostly doubtful.

package align

import "slices"

// warnDrift adds to the alignment's warnings the stretches where it has
// likely drifted: driftDoubtful or more of driftWindow consecutive
// matches scored doubtful (Row.Doubtful), each stretch from the first
// doubtful match of such windows to the last, where no other warning
// already stands. The tests of chance (chance.go) judge a stretch by
// whether its matches are better than chance, and a window whose
// matches are undecided keeps its rows without a word when the text as
// a whole is a translation; but a drift is made of matches each no more
// likely right than wrong, side by side, which the scores already say
// row by row, and which a user reading a long alignment should be told
// as one thing. Verne's French against the English of its first
// eighteen chapters (a translation of half the book): the English after
// the last sentence of chapter XVIII's second page was paired with
// French 1,000 sentences further on, 19 of every 20 of those matches
// doubtful, and nothing said but the rows' scores; coverage counted
// those French sentences as covered. A drift warning is of kind
// undecided (rows kept, not counted as covered) with Drift, the share
// of its matches that are doubtful.
//
// driftWindow and driftDoubtful were set on the real pairs of the
// evaluation data (every Bible book against the KJV, the Text+Berg
// documents, Verne, the Manifesto, compare --mode translation): the
// most doubtful matches among 20 consecutive ones were 11 (Text+Berg
// test6, a free translation), 10 (Korean Jonah, unpunctuated), 7 or
// fewer elsewhere, 6 in Verne; the half of Verne, 19. 15 of 20 stands
// between, with room on both sides.
func (al *Alignment) warnDrift() {
	var matches []int // the rows of the matches, in order
	for r, row := range al.Rows {
		if row.Kind == Match {
			matches = append(matches, r)
		}
	}
	if len(matches) < driftWindow {
		return
	}
	warned := make([]bool, len(al.Rows))
	for _, w := range al.Warnings {
		for r := w.First; r < w.Limit; r++ {
			warned[r] = true
		}
	}
	doubtful := func(k int) int {
		if al.Rows[matches[k]].Doubtful() {
			return 1
		}
		return 0
	}
	// Windows of driftWindow matches, slid one match at a time; a
	// flagged window's doubtful matches join the stretch being made
	// when fewer than driftWindow matches part it from the stretch's
	// last doubtful one (a translation with its paragraphs shuffled
	// drifts paragraph after paragraph, a few matches right between:
	// one warning, not one a page).
	var found []Warning
	n := 0 // doubtful matches in the window ending before k
	first, last := -1, -1
	lastK := -1 // the index in matches of last
	flush := func() {
		if first < 0 {
			return
		}
		w := Warning{Kind: Undecided, First: first, Limit: last + 1}
		d, m := 0, 0
		clean := true
		for r := first; r <= last; r++ {
			clean = clean && !warned[r]
			if al.Rows[r].Kind == Match {
				m++
				if al.Rows[r].Doubtful() {
					d++
				}
			}
		}
		if clean {
			w.Drift = float64(d) / float64(m)
			w.Sentences = sentenceSpans(al.Rows[first:last+1], len(al.Editions))
			found = append(found, w)
		}
		first, last = -1, -1
	}
	for k := range matches {
		n += doubtful(k)
		if k >= driftWindow {
			n -= doubtful(k - driftWindow)
		}
		if k < driftWindow-1 || n < driftDoubtful {
			continue
		}
		lo := k - driftWindow + 1
		if first >= 0 && lo-lastK > driftWindow {
			flush()
		}
		for x := lo; x <= k; x++ {
			if doubtful(x) == 1 {
				if first < 0 {
					first = matches[x]
				}
				if matches[x] > last {
					last, lastK = matches[x], x
				}
			}
		}
	}
	flush()
	if len(found) == 0 {
		return
	}
	for k := range found {
		found[k].Message = found[k].message(al)
	}
	al.Warnings = append(al.Warnings, found...)
	slices.SortStableFunc(al.Warnings, func(x, y Warning) int { return x.First - y.First })
}

const (
	// driftWindow and driftDoubtful: see warnDrift.
	driftWindow   = 20
	driftDoubtful = 15
)
