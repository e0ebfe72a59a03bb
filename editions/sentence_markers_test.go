package editions

import (
	"fmt"
	"strings"
	"testing"
)

// Each sentence has its own markers, linked to their notes, and a part
// of the edition (Sub) keeps those of its sentences, renumbered, linked
// to no note.
func TestSentenceMarkers(t *testing.T) {
	e, err := Parse("notes.md", []byte("First one.[^1] Second, none. Third[^2] and[^1] more.\n\nFourth.\n\n[^1]: A note.\n\n[^2]: Another.\n"), Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	checkEdition(t, e)
	labels := func(e *Edition, i int) string {
		var out []string
		for _, m := range e.SentenceMarkers(i) {
			if m.Sentence != i {
				t.Errorf("marker %+v given as sentence %d's", m, i)
			}
			out = append(out, fmt.Sprintf("%s>%d", m.Label, m.Note))
		}
		return strings.Join(out, " ")
	}
	want := []string{"1>0", "", "2>1 1>0", ""}
	for i, w := range want {
		if got := labels(e, i); got != w {
			t.Errorf("sentence %d %q: markers %q, want %q", i, e.Sentences[i].Text, got, w)
		}
	}
	sub := e.Sub(1, 4)
	checkEdition(t, sub)
	for i, w := range []string{"", "2>-1 1>-1", ""} {
		if got := labels(sub, i); got != w {
			t.Errorf("part's sentence %d %q: markers %q, want %q", i, sub.Sentences[i].Text, got, w)
		}
	}
	if len(e.SentenceMarkers(0)) != 1 || e.Markers[0].Note != 0 {
		t.Error("the part changed the edition's markers")
	}
}
