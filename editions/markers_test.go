package editions_test

import (
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// TestNoteMarkers: the one reader of note markers that every package
// uses finds brackets and attached superscripts with their offsets, and
// labels a superscript in ASCII digits so that "³" and "[3]" agree; a
// superscript after a space is no marker.
func TestNoteMarkers(t *testing.T) {
	text := "Il le dit³. Voir[^note] et [12], puis ⁴ seul, fin.¹²"
	var got []string
	for _, m := range editions.NoteMarkers(text) {
		got = append(got, m.Label+"="+text[m.Start:m.End])
		if m.Note != -1 {
			t.Errorf("marker %q names note %d; only an edition knows", m.Label, m.Note)
		}
	}
	want := []string{"3=³", "note=[^note]", "12=[12]", "12=¹²"}
	if len(got) != len(want) {
		t.Fatalf("NoteMarkers = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("marker %d = %q, want %q", i, got[i], want[i])
		}
	}
}
