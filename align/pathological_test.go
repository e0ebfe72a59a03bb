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
