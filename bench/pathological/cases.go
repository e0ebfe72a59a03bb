package main

// The pathological inputs: each case is a set of files made by the
// generator and the mode they are aligned in.

import (
	"strconv"
	"strings"

	"github.com/synoptic-text/synoptic/align"
)

// An input is one file of a case.
type input struct {
	name string // file name, which gives the edition's id
	lang string // declared language; "" is detected
	text string
}

// A benchCase is one pathological input and how it is aligned.
type benchCase struct {
	name string
	what string
	mode align.Mode
	// make returns the files at the given scale (1 is the size in what).
	make func(g *textGen, novel string, scale float64) []input
	// copies says that the second file holds the first's sentences,
	// unchanged, in another order: each source sentence's own
	// translation is the sentence of the same text, and the bench
	// counts the source sentences whose row holds it (ownShare).
	copies bool
}

// mb returns n megabytes times scale, in bytes.
func mb(n, scale float64) int { return int(n * scale * 1e6) }

var cases = []benchCase{
	{
		name: "paragraph",
		what: "a 20 MB paragraph without punctuation, hard-wrapped, against the novel, as a translation",
		mode: align.TranslationMode,
		make: func(g *textGen, novel string, s float64) []input {
			return []input{{"paragraph.txt", "", hardWrap(g.wordRun(mb(20, s)), 70)}, {"novel.txt", "", novel}}
		},
	},
	{
		// A quarter of it: the first band undecided against chance, the
		// second related, and the band widened to maxCells (106 s of
		// search) until widenings were tested against the null's
		// (align/chance_widen.go).
		name: "paragraph-5M",
		what: "a 5 MB paragraph without punctuation, hard-wrapped, against the novel, as a translation",
		mode: align.TranslationMode,
		make: func(g *textGen, novel string, s float64) []input {
			return []input{{"paragraph.txt", "", hardWrap(g.wordRun(mb(5, s)), 70)}, {"novel.txt", "", novel}}
		},
	},
	{
		name: "paragraph-versions",
		what: "a 20 MB paragraph without punctuation against the novel, as versions",
		mode: align.VersionsMode,
		make: func(g *textGen, novel string, s float64) []input {
			return []input{{"paragraph.txt", "", hardWrap(g.wordRun(mb(20, s)), 70)}, {"novel.txt", "", novel}}
		},
	},
	{
		name: "sentence",
		what: "a 500 KB sentence on one line against a copy with one word in 50 changed, as versions",
		mode: align.VersionsMode,
		make: func(g *textGen, _ string, s float64) []input {
			a := capitalise(g.wordRun(mb(0.5, s))) + ".\n"
			return []input{{"sentence.txt", "", a}, {"edited.txt", "", g.edit(a, 50)}}
		},
	},
	{
		name: "sentence-translation",
		what: "a 500 KB sentence on one line against the novel, as a translation",
		mode: align.TranslationMode,
		make: func(g *textGen, novel string, s float64) []input {
			return []input{{"sentence.txt", "", capitalise(g.wordRun(mb(0.5, s))) + ".\n"}, {"novel.txt", "", novel}}
		},
	},
	{
		name: "sentence-50M",
		what: "a 50 MB sentence on one line against a copy with one word in 50 changed, as versions",
		mode: align.VersionsMode,
		make: func(g *textGen, _ string, s float64) []input {
			a := capitalise(g.wordRun(mb(50, s))) + ".\n"
			return []input{{"sentence.txt", "", a}, {"edited.txt", "", g.edit(a, 50)}}
		},
	},
	{
		name: "line-50M",
		what: "50 MB of sentences on one line against a copy with one word in 50 changed, as versions",
		mode: align.VersionsMode,
		make: func(g *textGen, _ string, s float64) []input {
			a := g.sentences(mb(50, s)) + "\n"
			return []input{{"line.txt", "", a}, {"edited.txt", "", g.edit(a, 50)}}
		},
	},
	{
		name: "word",
		what: "a 5 MB word (letters, no space) against a copy with one letter in 1,000 changed, as versions",
		mode: align.VersionsMode,
		make: func(g *textGen, _ string, s float64) []input {
			n := mb(5, s)
			a := make([]byte, n)
			for i := range a {
				a[i] = byte('a' + g.rng.Intn(26))
			}
			b := append([]byte(nil), a...)
			for i := 500; i < n; i += 1000 {
				b[i] = byte('a' + (int(b[i]-'a')+1)%26)
			}
			return []input{{"word.txt", "", string(a) + "\n"}, {"edited.txt", "", string(b) + "\n"}}
		},
	},
	{
		name: "anchors",
		what: "4 MB of sentences of 2,000 tokens, most of them numbers, dates, names and note markers, against a copy with one word in 50 changed, as a translation",
		mode: align.TranslationMode,
		make: func(g *textGen, _ string, s float64) []input {
			var b strings.Builder
			for b.Len() < mb(4, s) {
				b.WriteString(g.anchorSentence(2000) + "\n\n")
			}
			a := b.String()
			return []input{{"anchors.txt", "", a}, {"edited.txt", "", g.edit(a, 50)}}
		},
	},
	{
		name: "tiny-paragraphs",
		what: "10 MB of paragraphs of one to three words against a copy with one word in 50 changed, as versions",
		mode: align.VersionsMode,
		make: func(g *textGen, _ string, s float64) []input {
			return tinyParagraphs(g, mb(10, s))
		},
	},
	{
		name: "tiny-paragraphs-translation",
		what: "2 MB of paragraphs of one to three words against a copy with one word in 50 changed, as a translation",
		mode: align.TranslationMode,
		make: func(g *textGen, _ string, s float64) []input {
			return tinyParagraphs(g, mb(2, s))
		},
	},
	{
		name: "pages",
		what: "10 MB of paragraphs printed in pages of 40 lines, with a running head and a page number (a form feed between pages, as pdftotext writes), against the text unpaged, as versions",
		mode: align.VersionsMode,
		make: func(g *textGen, _ string, s float64) []input {
			ps := g.wrappedParagraphs(mb(10, s), func() int { return 1 + g.rng.Intn(8) })
			return []input{{"clean.txt", "", strings.Join(ps, "\n")}, {"paged.txt", "", paginate(strings.Join(ps, "\n"), 40)}}
		},
	},
	{
		name:   "paragraphs-shuffled",
		what:   "2 MB of paragraphs of eight sentences against a copy with its paragraphs in random order, as a translation: hundreds of passages moved",
		mode:   align.TranslationMode,
		copies: true,
		make: func(g *textGen, _ string, s float64) []input {
			ps := g.wrappedParagraphs(mb(2, s), func() int { return 8 })
			a := strings.Join(ps, "\n")
			g.rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
			return []input{{"ordered.txt", "", a}, {"shuffled.txt", "", strings.Join(ps, "\n")}}
		},
	},
	{
		name: "editions-20",
		what: "20 editions of a 50 KB text, each with one word in 30 changed, as versions",
		mode: align.AutoMode,
		make: func(g *textGen, _ string, s float64) []input {
			return manyEditions(g, 20, mb(0.05, s), func(int) string { return "" })
		},
	},
	{
		name: "editions-200",
		what: "200 editions of a 5 KB text, each with one word in 30 changed, as versions",
		mode: align.AutoMode,
		make: func(g *textGen, _ string, s float64) []input {
			return manyEditions(g, 200, mb(0.005, s), func(int) string { return "" })
		},
	},
	{
		name: "editions-20-languages",
		what: "20 editions of a 50 KB text, each with one word in 30 changed, declared French and English in turn: translations and versions",
		mode: align.AutoMode,
		make: func(g *textGen, _ string, s float64) []input {
			return manyEditions(g, 20, mb(0.05, s), func(k int) string { return [2]string{"fr", "en"}[k%2] })
		},
	},
}

// manyEditions returns n editions of a text of about size bytes in
// paragraphs of five sentences, each edition with its own edits, in the
// languages lang gives.
func manyEditions(g *textGen, n, size int, lang func(k int) string) []input {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(hardWrap(g.paragraph(5), 70) + "\n")
	}
	base := b.String()
	out := make([]input, n)
	for k := range out {
		out[k] = input{"ed" + strconv.Itoa(k) + ".txt", lang(k), g.edit(base, 30)}
	}
	return out
}

// tinyParagraphs returns size bytes of paragraphs of one to three words,
// and a copy with one word in 50 changed.
func tinyParagraphs(g *textGen, size int) []input {
	var b strings.Builder
	for b.Len() < size {
		ws := make([]string, 1+g.rng.Intn(3))
		for i := range ws {
			ws[i] = g.token()
		}
		b.WriteString(capitalise(strings.Join(ws, " ")) + ".\n\n")
	}
	a := b.String()
	return []input{{"tiny.txt", "", a}, {"edited.txt", "", g.edit(a, 50)}}
}
