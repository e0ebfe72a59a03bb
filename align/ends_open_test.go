package align

import (
	"testing"
)

// TestOpenCostFromTheText: units cut off mid-phrase (headings, here one
// in five) that the matches pair with their like cost a match that
// pairs them otherwise; where one edition cuts off units at random
// against the other's full stops and colons, nothing.
func TestOpenCostFromTheText(t *testing.T) {
	var headed, colons, random []string
	for k := range 60 {
		switch {
		case k%5 == 0:
			headed = append(headed, "")
		case k%3 == 0:
			headed = append(headed, " :")
		default:
			headed = append(headed, " .")
		}
		if k%3 == 0 {
			colons = append(colons, " :")
		} else {
			colons = append(colons, " .")
		}
		if k%7 == 2 {
			random = append(random, "")
		} else {
			random = append(random, " .")
		}
	}
	if _, c := endCostsOneToOne(t, headed, headed); c < 1 {
		t.Errorf("headings matched with headings: open cost %.2f, want at least 1", c)
	}
	if _, c := endCostsOneToOne(t, colons, random); c != 0 {
		t.Errorf("units cut off at random: open cost %.2f, want 0", c)
	}
	// A colon against a full stop is no mismatch of this kind.
	if _, c := endCostsOneToOne(t, colons, colons); c != 0 {
		t.Errorf("no unit cut off: open cost %.2f, want 0", c)
	}
}

// TestTranslatorsNoteLeftUnaligned: the French of Text+Berg test4 ends
// with its translator's credit, "( Traduction d' Annelise Rigo )", which
// the German lacks; it ends with no sentence mark, the last German
// sentence with a full stop, and it stands in a row of its own instead
// of joined to the translation of that sentence (ends_open.go).
func TestTranslatorsNoteLeftUnaligned(t *testing.T) {
	a, b, _ := textbergDocs(t, "test4")
	al := alignSentences(a[0], b[0])
	last := len(b[0].Sentences) - 1
	if got := b[0].Sentences[last].Text; got != "( Traduction d' Annelise Rigo )" {
		t.Fatalf("test4's last French sentence is %q", got)
	}
	for _, x := range al.Beads() {
		for _, j := range x.Tgt {
			if j == last && (len(x.Src) > 0 || len(x.Tgt) > 1) {
				t.Errorf("the translator's note is in bead %s, want it alone", x)
			}
		}
	}
}
