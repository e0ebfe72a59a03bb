package output

// Which words of Hebrew, Arabic, Syriac and Korean the views highlight as
// names: one rule for the terminal view and the HTML page.

import (
	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// rowNames are the names of the other cells of a row that a candidate
// name of one cell may be (an anchors.Anchor's Candidate: any word of
// Hebrew, Arabic or Syriac that is not a function word, any hangul word
// of two syllables or more), by
// anchors.CrossKey, each with the key of the first anchor, in the order
// of the columns and of their text, that has it.
type rowNames map[string]string

// namesBesides returns the names of the cells of row r other than edition
// e's that are names by their capital or script, not candidates (two
// Hebrew columns do not make each other's words names); nil when e's
// edition has no candidates to show.
func namesBesides(al *align.Alignment, r, e int) rowNames {
	if !candidateEdition(al.Editions[e]) {
		return nil
	}
	out := rowNames{}
	for f, cell := range al.Rows[r].Cells {
		if f == e {
			continue
		}
		ed := al.Editions[f]
		for _, s := range cell {
			for _, a := range anchors.Extract(ed.Sentences[s].Text, ed.Lang) {
				if a.Kind != anchors.Name || a.Candidate {
					continue
				}
				if k := anchors.CrossKey(a.Key); out[k] == "" {
					out[k] = a.Key
				}
			}
		}
	}
	return out
}

// shown returns the key under which anchor a is highlighted, and whether
// it is: an anchor that is not a candidate as it is; a candidate only
// when one of its readings is a name another column of the row has, and
// then under that name's key, so that the two match (the page lights up
// the anchors of a row that share a key), lest every word of the column
// be highlighted. A word gives an anchor for each of its readings, all of
// one span: the caller keeps the first that is shown.
func (n rowNames) shown(a anchors.Anchor) (string, bool) {
	if !a.Candidate {
		return a.Key, true
	}
	k, ok := n[anchors.CrossKey(a.Key)]
	return k, ok
}

// candidateEdition reports whether e is written in a script whose words
// are name candidates (Hebrew, Arabic, Syriac; Korean, whose likely
// script is Kore, hangul with hanja, or Hang), by its language's script.
func candidateEdition(e *editions.Edition) bool {
	s, _ := e.Lang.Script()
	switch s.String() {
	case "Hebr", "Arab", "Syrc", "Kore", "Hang":
		return true
	}
	return false
}
