package editions

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestLeadersInSentences: a run of full stops that leads to a number is
// no sentence end, in any language; an ellipsis before a word still is.
func TestLeadersInSentences(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"en", "Prices were as follows: bread .......... 3 francs; wine ........ 2 francs. He paid.",
			[]string{"Prices were as follows: bread .......... 3 francs; wine ........ 2 francs.", "He paid."}},
		{"fr", "Le pain ………… 3 francs. Le vin coûtait davantage.",
			[]string{"Le pain ………… 3 francs.", "Le vin coûtait davantage."}},
		{"ru", "Хлеб ............ 3 рубля, вино ......... 2 рубля. Он заплатил.",
			[]string{"Хлеб ............ 3 рубля, вино ......... 2 рубля.", "Он заплатил."}},
		// Spaced, as a typesetter's \dotfill prints them.
		{"en", "Chapter I. The Departure . . . . . . . . 1", []string{"Chapter I. The Departure . . . . . . . . 1"}},
		{"de", "Brot . . . . . . . . 3 Mark. Er zahlte.", []string{"Brot . . . . . . . . 3 Mark.", "Er zahlte."}},
		// Not leaders: an ellipsis, even of four stops, before a word, and
		// a run that a line break parts from its number.
		{"en", "He waited.... Then he left.", []string{"He waited....", "Then he left."}},
		{"en", "It was over... 1918 began badly.", []string{"It was over...", "1918 began badly."}},
		{"en", "Total ..........\n80 days.", []string{"Total ..........", "80 days."}},
		{"en", "It ended . . . 1918 began.", []string{"It ended . . .", "1918 began."}},
	} {
		got := split(c.lang, c.text)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s %q: sentences\n%q\nwant\n%q", c.lang, c.text, got, c.want)
		}
		checkCover(t, c.text, splitSentences(c.text, rulesFor(language.Make(c.lang))))
	}
}

// TestLeaderTable: the itinerary of Verne's Tour du monde as the
// Gutenberg English sets it, entries with dot leaders in lines as long as
// the text's wrapped lines around it. Each entry is a paragraph and a
// sentence of its own, number included, the first one wrapped over two
// lines; before, the table read as part of one wrapped paragraph, cut
// after each leader, so that every entry's number began the next
// entry's sentence and the alignment paired "13" with "3".
func TestLeaderTable(t *testing.T) {
	text := `“That is true, gentlemen,” added John Sullivan. “Only eighty days,
now that the section between Rothal and Allahabad, on the Great Indian
Peninsula Railway, has been opened. Here is the estimate made by the
Daily Telegraph:

From London to Suez via Mont Cenis and Brindisi, by rail and
steamboats ................. 7 days
From Suez to Bombay, by steamer .................... 13 ”
From Bombay to Calcutta, by rail ................... 3 ”
From Calcutta to Hong Kong, by steamer ............. 13 ”
From Hong Kong to Yokohama (Japan), by steamer ..... 6 ”
Total ............................................ 80 days.”

“Yes, in eighty days!” exclaimed Stuart, who in his excitement made a
false deal. “But that doesn’t take into account bad weather, contrary
winds, shipwrecks, railway accidents, and so on.”
`
	e := parse(t, "itinerary.txt", text, Options{Lang: "en"})
	want := []string{
		"From London to Suez via Mont Cenis and Brindisi, by rail and steamboats ................. 7 days",
		"From Suez to Bombay, by steamer .................... 13 ”",
		"From Bombay to Calcutta, by rail ................... 3 ”",
		"From Calcutta to Hong Kong, by steamer ............. 13 ”",
		"From Hong Kong to Yokohama (Japan), by steamer ..... 6 ”",
		"Total ............................................ 80 days.”",
	}
	got := sentenceTexts(e)
	i := 0
	for i < len(got) && !strings.HasPrefix(got[i], "From London") {
		i++
	}
	if i+len(want) > len(got) || strings.Join(got[i:i+len(want)], "\n") != strings.Join(want, "\n") {
		t.Fatalf("sentences:\n%s\nwant among them, in a row:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for k := range want {
		s := e.Sentences[i+k]
		if p := e.Paragraphs[s.Paragraph]; p.First != int32(i+k) || p.Limit != int32(i+k+1) {
			t.Errorf("%q shares its paragraph (sentences %d-%d)", s.Text, p.First, p.Limit-1)
		}
	}
	if last := got[len(got)-1]; !strings.HasPrefix(last, "“But that doesn’t") {
		t.Errorf("the text after the table reads %q", last)
	}
}
