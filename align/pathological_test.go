package align

import (
	"strconv"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// Benchmarks of the paths that were quadratic on pathological inputs
// (issue 14): a regression there would be silent on every real text, so
// they are measured here; bench/pathological measures the whole command.

// pathWords returns n words of a made-up vocabulary of 5,000,
// space-separated, every fifth a number (from seed on, so that two calls
// with different seeds differ in their numbers).
func pathWords(n int, seed uint32) string {
	ws := make([]string, n)
	x := seed
	for i := range ws {
		x = x*1664525 + 1013904223
		ws[i] = "w" + strconv.Itoa(int(x>>8)%5000)
		if i%5 == 2 {
			ws[i] = strconv.Itoa(int(x>>8) % 100000)
		}
	}
	return strings.Join(ws, " ")
}

func pathEdition(b *testing.B, name, text, lang string) *editions.Edition {
	b.Helper()
	e, err := editions.Parse(name, []byte(text), editions.Options{Lang: lang})
	if err != nil {
		b.Fatal(err)
	}
	return e
}

// BenchmarkCoverageLongSentence checks the coverage of a sentence of
// 50,000 words, 10,000 of them numbers, against a translation whose
// numbers all differ: 20,000 mismatches in one pair, each of which once
// walked the sentence for its offsets and hashed it for its id.
func BenchmarkCoverageLongSentence(b *testing.B) {
	a := pathEdition(b, "a.txt", "W"+pathWords(50000, 1)+".", "fr")
	t := pathEdition(b, "b.txt", "W"+pathWords(50000, 2)+".", "en")
	al, _ := Align([]*editions.Edition{a, t}, Options{Mode: TranslationMode})
	b.ResetTimer()
	for b.Loop() {
		Coverage(al, CoverageOptions{})
	}
}

// BenchmarkVersionsLongParagraph compares a paragraph of 100,000 words
// with no full stop against 2,000 sentences, as versions: the paragraph
// meets every sentence of the gap, and each comparison walked all its
// words; and since the gap program joins up to 255 sentences of the
// other side to one, which a paragraph holding every word lets go on,
// each join merged its word lists anew (24 s for 400 sentences; joins
// now grows the shared weight word by word: 0.2 s for 400, 0.95 s for
// 2,000).
func BenchmarkVersionsLongParagraph(b *testing.B) {
	var sents []string
	for k := range 2000 {
		sents = append(sents, "W"+pathWords(20, uint32(k))+".")
	}
	a := pathEdition(b, "a.txt", pathWords(100000, 7)+"\n", "fr")
	t := pathEdition(b, "b.txt", strings.Join(sents, " ")+"\n", "fr")
	b.ResetTimer()
	for b.Loop() {
		Align([]*editions.Edition{a, t}, Options{Mode: VersionsMode})
	}
}

// TestUnrelatedLongTextStaysNarrow: a long text without punctuation,
// cut at its line ends into thousands of units, against an unrelated
// text of a few hundred sentences. The band follows the guide within
// a few columns where the guide is flat (bandAround), the search does
// not widen it once its path is found no better than chance, and the
// texts are reported unrelated: every sentence unaligned, a warning.
// The band once widened to maxCells here, searching for evidence that
// was not there.
func TestUnrelatedLongTextStaysNarrow(t *testing.T) {
	var lines []string
	for k := range 6000 {
		lines = append(lines, pathWords(10, uint32(k)))
	}
	var sents []string
	for k := range 150 {
		sents = append(sents, "W"+pathWords(20, uint32(100000+k))+".")
	}
	a, err := editions.Parse("a.txt", []byte(strings.Join(lines, "\n")+"\n"), editions.Options{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	b := linesEdition("b", "fr", sents)
	if len(a.Sentences) < 5000 {
		t.Fatalf("the unpunctuated text was cut into %d units, want one a line", len(a.Sentences))
	}
	r := runTranslation(a, b, defaultParams(), nil, true, nil)
	if r.width != minBand {
		t.Errorf("the band widened to a half-width of %d, want %d", r.width, minBand)
	}
	if r.null == nil {
		t.Errorf("the search did not compare its path with chance before stopping")
	}
	sa, sb, v := newSides(a, b, defaultParams())
	bd := bandAround(guide(sa, sb, v), minBand, sb.n)
	if bd.size > 5*(sa.n+1) {
		t.Errorf("the band around a flat guide has %d cells, %.1f a row", bd.size, float64(bd.size)/float64(sa.n+1))
	}
	al := alignSentences(a, b)
	for _, row := range al.Rows {
		if row.Kind == Match {
			t.Fatalf("a row of unrelated texts is matched: %v", row.Cells)
		}
	}
	if len(al.Warnings) == 0 || al.Warnings[0].Kind != Unrelated {
		t.Errorf("no warning that the texts are unrelated: %+v", al.Warnings)
	}
}
