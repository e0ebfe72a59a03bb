package editions

import (
	"strings"
	"testing"
)

// TestFoldSpaceBrokenWords: a line break after a hyphen inside a word
// (a printer's, or a compound's) folds to nothing in the text shown; a
// dash, or a hyphen set apart by spaces, keeps its space.
func TestFoldSpaceBrokenWords(t *testing.T) {
	for in, want := range map[string]string{
		"a middle-\nground":           "a middle-ground",
		"the recog-\n   nition of it": "the recog-nition of it",
		"in 1914-\n1918":              "in 1914-1918",
		"Jean-\r\nPaul Sartre":        "Jean-Paul Sartre",
		"Großvater\u00ad\nmutter":     "Großvater\u00admutter",
		"прави\u2010\nтельство":       "прави\u2010тельство",
		"yes -\nno":                   "yes - no",
		"he stopped—\nthen":           "he stopped— then",
		"a hyphen- in the line":       "a hyphen- in the line", // no line break: as typed
		"the word-\n— a dash":         "the word- — a dash",
		"中国\n人民":                      "中国人民",
	} {
		if got := foldSpace(in); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", in, got, want)
		}
	}
	if got, want := matchFold("a middle-\nground"), "a middle- ground"; got != want {
		t.Errorf("matchFold = %q, want %q", got, want)
	}
}

// TestBrokenWordsCompared: a text whose lines break words at hyphens,
// as pdftotext -layout and OCR texts keep them, shows each word whole
// (no space after the hyphen) while its comparison form joins the
// printer's breaks as before ("them-selves" where the edition writes
// "themselves" elsewhere) and keeps the compounds. The lines that break
// a word are short here: each still goes on into the next (a paragraph
// does not end inside a word), where a line as short would end one.
func TestBrokenWordsCompared(t *testing.T) {
	text := `The delegates of the garrison met at noon in the great hall of the
institute, and for an hour nobody could say what they had come to
decide. They had to ask them-
selves whether the middle-
ground still held between the soviet and the government, and the
answer came from the streets before it came from the platform. Nobody
asked themselves that question twice, and by the evening the middle-ground
was lost for good. The commissars went back to their regiments.
`
	e := parse(t, "broken.txt", text, Options{Lang: "en"})
	if len(e.Sentences) != 4 {
		t.Fatalf("%d sentences: %q", len(e.Sentences), sentenceTexts(e))
	}
	s := e.Sentences[1]
	if want := "They had to ask them-selves whether the middle-ground still held between the soviet and the government, and the answer came from the streets before it came from the platform."; s.Text != want {
		t.Errorf("text %q, want %q", s.Text, want)
	}
	if !strings.Contains(s.Norm, "themselves") || !strings.Contains(s.Norm, "middle-ground") {
		t.Errorf("comparison form %q: want the printer's break joined (themselves) and the compound kept (middle-ground)", s.Norm)
	}
}
