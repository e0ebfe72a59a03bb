package align

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// TestCutsNotAtRepeatedSentence: Serge's chapter against itself with its
// punctuation stripped is one gap too long for the dynamic program, cut
// first at sentences nearly alike. "When do we use these?" is said
// twice, and the stripped copy's first "When do we use these" was cut
// at against the second: the sentences between the two (the paragraph
// that opens "It was 6 October") were reported as omissions of
// confidence 0.99, though the copy has every word of them. A sentence
// of the other side that two sentences are nearly alike is no cut.
func TestCutsNotAtRepeatedSentence(t *testing.T) {
	path := filepath.Join(evaldata.Dir(t, "seed"), "serge-year-one-ch2.en.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src, err := editions.Parse("serge.en.txt", data, editions.Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	stripped := regexp.MustCompile(`[^\p{L}\p{N}\s]`).ReplaceAllString(string(data), "")
	tgt, err := editions.Parse("stripped.en.txt", []byte(stripped), editions.Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	var asked []int
	for i, s := range src.Sentences {
		if strings.Contains(s.Text, "When do we use these?") {
			asked = append(asked, i)
		}
	}
	if len(asked) < 2 {
		t.Fatalf("the question is asked at sentences %v, want twice", asked)
	}
	al, _ := Align([]*editions.Edition{src, tgt}, Options{})
	r := Coverage(al, CoverageOptions{})
	for _, f := range r.Omissions {
		if f.Sentences[len(f.Sentences)-1] > asked[0] && f.Sentences[0] < asked[1] {
			t.Errorf("sentences %v between the two questions omitted (confidence %.2f): %.60q", f.Sentences, f.Confidence, f.Text)
		}
	}
}
