package editions_test

import (
	"strings"
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

// TestLongMarkerLabel: a Markdown note label of 17 characters is a
// marker where it is read (NoteMarkers) and where it is stripped (the
// comparison form), as a short one is; one longer than any label is
// neither.
func TestLongMarkerLabel(t *testing.T) {
	for _, c := range []struct {
		label  string
		marker bool
	}{
		{"translators-note", true},
		{"n1", true},
		{"a-label-far-too-long-to-be-one", false},
	} {
		text := "The strike began[^" + c.label + "] in April."
		ms := editions.NoteMarkers(text)
		if got := len(ms) == 1 && ms[0].Label == c.label; got != c.marker {
			t.Errorf("[^%s]: read as a marker %v (%+v), want %v", c.label, got, ms, c.marker)
		}
		e, err := editions.Parse("s.en.md", []byte(text+"\n"), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if stripped := !strings.Contains(e.Sentences[0].Norm, c.label); stripped != c.marker {
			t.Errorf("[^%s]: stripped from the comparison form %v (%q), want %v", c.label, stripped, e.Sentences[0].Norm, c.marker)
		}
	}
}
