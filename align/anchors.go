// The anchors of a row: the numbers, dates, names and note markers of each
// edition's sentences in a row, and which of them have no counterpart in
// another edition of the row. The coverage check reports these as
// mismatches; the terminal view and the parallel edition mark them. One
// rule, anchors.Compare, decides for all three, on the anchors
// comparable returns, so that a view never flags what the report
// accepts ("8.45" against "8 heures 45", a number spelt out, a day of a
// date written as a number).

package align

import (
	"strings"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// comparable returns the numbers, dates and names of sentence s of e,
// with offsets in its Text: the anchors anchors.Compare weighs besides
// note markers. The day of a date is also a number, so that "the 29th of
// September", which is no date to the extractor, still compares with "29
// septembre"; a range's ends are compared as numbers.
func comparable(e *editions.Edition, s int) []anchors.Anchor {
	var keep []anchors.Anchor
	for _, a := range anchors.Extract(e.Sentences[s].Text, e.Lang) {
		switch a.Kind {
		case anchors.Number, anchors.Date, anchors.Name:
			keep = append(keep, a)
		}
	}
	return keep
}

// UnmatchedAnchors returns the anchors of row r that have no counterpart
// in another edition of the row: for each edition e, for each sentence
// of its cell in order, the anchors of that sentence (numbers, dates and
// note markers) that anchors.Compare, against the cell of some other
// edition, finds missing there or of another value. Numbers and dates
// have offsets in the sentence's Text; a note marker has its label as Key
// and no offsets. Names are not compared: a name key is a lossy consonant
// skeleton, and a name is often rendered by a pronoun, so only the
// coverage check, which learns which names a translator keeps, weighs
// them. Editions with an empty cell, or for which skip is true (a version
// shown as a word diff), are neither compared nor compared against; their
// entry is nil.
func (a *Alignment) UnmatchedAnchors(r int, skip func(e int) bool) [][][]anchors.Anchor {
	row := a.Rows[r]
	sides := make([]*anchors.Side, len(row.Cells))
	for e, cell := range row.Cells {
		if len(cell) == 0 || skip != nil && skip(e) {
			continue
		}
		ed := a.Editions[e]
		side := &anchors.Side{}
		for _, s := range cell {
			an := comparable(ed, s)
			for _, m := range ed.SentenceMarkers(s) {
				an = append(an, anchors.Anchor{Kind: anchors.Marker, Key: m.Label, Start: -1, End: -1})
			}
			side.Texts = append(side.Texts, ed.Sentences[s].Text)
			side.Anchors = append(side.Anchors, an)
		}
		sides[e] = side
	}
	// Editions whose cells read the same (versions that agree here) have
	// the same anchors and find the same ones missing: each is compared
	// once, as the first of its class, and a cell is not compared with
	// its own class, where nothing can be missing. Two hundred versions
	// of a text that differ in a few words make a few classes a row, not
	// two hundred, and the row costs a few comparisons, not 40,000.
	class := make([]int, len(sides)) // the first edition of e's class
	firsts := map[string]int{}
	for e, side := range sides {
		if side == nil {
			continue
		}
		var b strings.Builder
		b.WriteString(a.Editions[e].Lang.String())
		for k, as := range side.Anchors {
			b.WriteString("\x00" + side.Texts[k])
			for _, an := range as {
				if an.Kind == anchors.Marker {
					b.WriteString("\x01" + an.Key)
				}
			}
		}
		key := b.String()
		if f, ok := firsts[key]; ok {
			class[e] = f
		} else {
			firsts[key] = e
			class[e] = e
		}
	}
	out := make([][][]anchors.Anchor, len(row.Cells))
	for e, side := range sides {
		if side == nil {
			continue
		}
		if class[e] != e {
			out[e] = out[class[e]]
			continue
		}
		out[e] = make([][]anchors.Anchor, len(side.Anchors))
		flagged := map[anchors.Ref]bool{}
		for f, other := range sides {
			if other == nil || class[f] != f || class[f] == class[e] {
				continue
			}
			for _, m := range anchors.Compare(*side, *other, nil) {
				if m.A.Ok() && !flagged[m.A] {
					flagged[m.A] = true
					out[e][m.A.Sentence] = append(out[e][m.A.Sentence], side.Anchors[m.A.Sentence][m.A.Anchor])
				}
			}
		}
	}
	return out
}
