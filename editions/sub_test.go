package editions

import (
	"fmt"
	"strings"
	"testing"
)

// A part of an edition made of sentences picked (Pick) holds them in the
// order given, each in a paragraph of its own text's paragraphs, those
// renumbered, each holding its run of sentences picked, as Sub holds
// a range.
func TestPick(t *testing.T) {
	e, err := Parse("pick.txt", []byte("One. Two.\n\nThree. Four. Five.\n\nSix.\n\nSeven. Eight.\n"), Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Sentences) != 8 || len(e.Paragraphs) != 4 {
		t.Fatalf("%d sentences in %d paragraphs, want 8 in 4", len(e.Sentences), len(e.Paragraphs))
	}
	layout := func(e *Edition) string {
		var out []string
		for _, p := range e.Paragraphs {
			var ss []string
			for i := p.First; i < p.Limit; i++ {
				if e.Sentences[i].Paragraph != p.Index || e.Sentences[i].Index != i {
					t.Errorf("sentence %d numbered %d in paragraph %d, want in %d", i, e.Sentences[i].Index, e.Sentences[i].Paragraph, p.Index)
				}
				ss = append(ss, e.Sentences[i].Text)
			}
			out = append(out, fmt.Sprint(p.Index, ss))
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		ids  []int
		want string
	}{
		// In order, paragraphs skipped: each paragraph once.
		{[]int{0, 1, 5, 6, 7}, "0 [One. Two.] 1 [Six.] 2 [Seven. Eight.]"},
		// A paragraph in part.
		{[]int{3, 4, 5}, "0 [Four. Five.] 1 [Six.]"},
		// Out of order: a paragraph after the one it stands after in
		// the text.
		{[]int{6, 7, 0, 1, 2}, "0 [Seven. Eight.] 1 [One. Two.] 2 [Three.]"},
	} {
		part := e.Pick(c.ids)
		if got := layout(part); got != c.want {
			t.Errorf("Pick(%v): %s, want %s", c.ids, got, c.want)
		}
	}
	part := e.Pick([]int{0, 1, 5, 6, 7})
	checkEdition(t, part)
	// A range, as Sub takes it.
	if got, want := layout(e.Sub(1, 6)), "0 [Two.] 1 [Three. Four. Five.] 2 [Six.]"; got != want {
		t.Errorf("Sub(1, 6): %s, want %s", got, want)
	}
}
