package output

import (
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// Benchmarks of the paths that were quadratic on pathological inputs
// (issue 14): a regression there would be silent on every real text, so
// they are measured here; bench/pathological measures the whole command.

// words returns n words of a made-up vocabulary of 5,000, space-separated,
// with now and then a number.
func benchWords(n int, seed uint32) string {
	ws := make([]string, n)
	x := seed
	for i := range ws {
		x = x*1664525 + 1013904223
		ws[i] = "w" + strconv.Itoa(int(x>>8)%5000)
		if i%40 == 7 {
			ws[i] = strconv.Itoa(int(x>>8) % 2000)
		}
	}
	return strings.Join(ws, " ")
}

func benchEdition(b *testing.B, name, text, lang string) *editions.Edition {
	b.Helper()
	e, err := editions.Parse(name, []byte(text), editions.Options{Lang: lang})
	if err != nil {
		b.Fatal(err)
	}
	return e
}

// BenchmarkViewLongSentence writes the terminal view of a sentence of
// about 500 KB against its translation: 94 s when each line measured the
// rest of the text and a style was kept per byte.
func BenchmarkViewLongSentence(b *testing.B) {
	text := "W" + benchWords(80000, 1) + "."
	al, _ := align.Align([]*editions.Edition{
		benchEdition(b, "a.txt", text, "fr"), benchEdition(b, "b.txt", text, "en"),
	}, align.Options{Mode: align.TranslationMode})
	b.ResetTimer()
	for b.Loop() {
		if err := WriteView(io.Discard, al, ViewOptions{Width: DefaultWidth, Color: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkViewLongVersions writes the terminal view of two versions of a
// sentence of 100,000 words (about 600 KB), one word in fifty changed:
// the word diff cuts it in thousands of pieces a side. Each cell's lines
// were made whole before the row was written, and its text joined from
// its pieces into a copy; they are now made as they are written, in the
// sentence's own text.
func BenchmarkViewLongVersions(b *testing.B) {
	words := strings.Fields(benchWords(100000, 3))
	text := "W" + strings.Join(words, " ") + "."
	for i := 25; i < len(words); i += 50 {
		words[i] = "x" + strconv.Itoa(i)
	}
	edited := "W" + strings.Join(words, " ") + "."
	al, _ := align.Align([]*editions.Edition{
		benchEdition(b, "a.txt", text, "fr"), benchEdition(b, "b.txt", edited, "fr"),
	}, align.Options{Mode: align.VersionsMode})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := WriteView(io.Discard, al, ViewOptions{Width: DefaultWidth, Color: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkViewManyEditions writes the terminal view of 100 editions of a
// short text, numbers in every sentence: the anchors missing from a row
// were compared for every pair of editions once for every cell, E³ a row.
func BenchmarkViewManyEditions(b *testing.B) {
	var sents []string
	for k := range 40 {
		sents = append(sents, "W"+benchWords(20, uint32(k))+".")
	}
	base := strings.Join(sents, " ")
	var eds []*editions.Edition
	for k := range 100 {
		text := strings.Replace(base, "w1", "v"+strconv.Itoa(k%7), 1)
		eds = append(eds, benchEdition(b, "e"+strconv.Itoa(k)+".txt", text, []string{"fr", "en"}[k%2]))
	}
	al, _ := align.Align(eds, align.Options{})
	b.ResetTimer()
	for b.Loop() {
		if err := WriteView(io.Discard, al, ViewOptions{Width: DefaultWidth, Color: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWrapLongText wraps 1 MB of text to 45 columns.
func BenchmarkWrapLongText(b *testing.B) {
	text := benchWords(160000, 2)
	for b.Loop() {
		wrap(text, 45)
	}
}
