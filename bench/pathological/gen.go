package main

// The text generator: words drawn from a novel, so that their frequencies
// are a real text's, made into sentences, paragraphs, one-line files and
// edited copies. Everything is drawn from a seeded source, so that the
// same flags make the same files.

import (
	"math/rand"
	"os"
	"strconv"
	"strings"
	"unicode"
)

// A textGen draws text from the words of a novel.
type textGen struct {
	rng   *rand.Rand
	words []string // every lower-case word of the novel, in order, repeats kept: drawing one at random follows their frequencies
	names []string // capitalised words met inside sentences, repeats kept
}

// newTextGen reads the words of novel.
func newTextGen(novel string, seed int64) *textGen {
	g := &textGen{rng: rand.New(rand.NewSource(seed))}
	prevEnd := true
	for _, f := range strings.Fields(novel) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		end := strings.ContainsAny(f, ".!?")
		if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			prevEnd = end
			continue
		}
		lower := strings.ToLower(w)
		switch {
		case lower == w:
			g.words = append(g.words, w)
		case !prevEnd && len(w) > 2 && strings.ToUpper(w) != w:
			g.names = append(g.names, w)
		}
		prevEnd = end
	}
	if len(g.words) == 0 {
		g.words = []string{"word"}
	}
	if len(g.names) == 0 {
		g.names = []string{"Name"}
	}
	return g
}

// syntheticNovel makes a novel of about size bytes when none is at hand: a
// made-up language of syllables, its words drawn with Zipf's law, in
// chapters of paragraphs of sentences that hold names and numbers as a
// novel does.
func syntheticNovel(size int, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	syl := []string{"ka", "lo", "mi", "ne", "ru", "ta", "ve", "so", "di", "pa", "gu", "re", "ti", "mo", "la", "en", "or", "is"}
	vocab := make([]string, 5000)
	for i := range vocab {
		var b strings.Builder
		for n := 1 + rng.Intn(3); n > 0; n-- {
			b.WriteString(syl[rng.Intn(len(syl))])
		}
		vocab[i] = b.String()
	}
	zipf := rand.NewZipf(rng, 1.1, 1, uint64(len(vocab)-1))
	g := &textGen{rng: rng, names: []string{"Kalo", "Mirune", "Tavesso", "Diparu"}}
	for i := 0; i < 200000; i++ {
		g.words = append(g.words, vocab[zipf.Uint64()])
	}
	var b strings.Builder
	for ch := 1; b.Len() < size; ch++ {
		b.WriteString("CHAPTER " + strconv.Itoa(ch) + "\n\n")
		for p := 0; p < 30 && b.Len() < size; p++ {
			b.WriteString(g.paragraph(2 + rng.Intn(6)))
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// word returns a word of the novel, drawn by its frequency.
func (g *textGen) word() string { return g.words[g.rng.Intn(len(g.words))] }

// token returns a word of the novel, or now and then a name or a number.
func (g *textGen) token() string {
	switch g.rng.Intn(40) {
	case 0:
		return g.names[g.rng.Intn(len(g.names))]
	case 1:
		return strconv.Itoa(g.rng.Intn(2000))
	}
	return g.word()
}

// sentence returns a sentence of 4 to 30 tokens, capitalised and ending in
// a full stop, with now and then a comma.
func (g *textGen) sentence() string {
	n := 4 + g.rng.Intn(27)
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.token()
		if i < n-1 && g.rng.Intn(40) == 0 {
			ws[i] += ","
		}
	}
	ws[0] = capitalise(ws[0])
	return strings.Join(ws, " ") + "."
}

// anchorSentence returns a sentence of n tokens of which most are anchors:
// numbers, dates, names and note markers.
func (g *textGen) anchorSentence(n int) string {
	months := []string{"January", "March", "May", "July", "October", "December"}
	ws := make([]string, n)
	for i := range ws {
		switch g.rng.Intn(6) {
		case 0:
			ws[i] = strconv.Itoa(g.rng.Intn(100000))
		case 1:
			ws[i] = strconv.Itoa(1+g.rng.Intn(28)) + " " + months[g.rng.Intn(len(months))] + " " + strconv.Itoa(1800+g.rng.Intn(100))
		case 2, 3:
			ws[i] = g.names[g.rng.Intn(len(g.names))]
		case 4:
			ws[i] = g.word() + "[" + strconv.Itoa(1+g.rng.Intn(500)) + "]"
		default:
			ws[i] = g.word()
		}
	}
	ws[0] = capitalise(ws[0])
	return strings.Join(ws, " ") + "."
}

// paragraph returns n sentences joined by spaces.
func (g *textGen) paragraph(n int) string {
	s := make([]string, n)
	for i := range s {
		s[i] = g.sentence()
	}
	return strings.Join(s, " ")
}

// wordRun returns tokens separated by spaces, up to size bytes: text
// without punctuation.
func (g *textGen) wordRun(size int) string {
	var b strings.Builder
	b.Grow(size + 32)
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.token())
	}
	return b.String()
}

// sentences returns sentences separated by spaces, up to size bytes.
func (g *textGen) sentences(size int) string {
	var b strings.Builder
	b.Grow(size + 256)
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.sentence())
	}
	return b.String()
}

// hardWrap breaks text into lines of at most width bytes at spaces, as
// Project Gutenberg's files are.
func hardWrap(text string, width int) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/width + 1)
	col := 0
	for i, w := range strings.Split(text, " ") {
		if i > 0 {
			if col+1+len(w) > width {
				b.WriteByte('\n')
				col = 0
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += len(w)
	}
	b.WriteByte('\n')
	return b.String()
}

// wrappedParagraphs returns paragraphs of sentences() sentences each,
// hard-wrapped at 70 columns, size bytes in all when joined by blank
// lines.
func (g *textGen) wrappedParagraphs(size int, sentences func() int) []string {
	var ps []string
	for n := 0; n < size; {
		p := hardWrap(g.paragraph(sentences()), 70)
		ps = append(ps, p)
		n += len(p) + 1
	}
	return ps
}

// paginate lays text out in pages of lines lines, each headed by the
// book's running head with the page number, a form feed between them.
func paginate(text string, lines int) string {
	ls := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	var b strings.Builder
	b.Grow(len(text) + len(text)/lines)
	for k, page := 0, 1; k < len(ls); k, page = k+lines, page+1 {
		if page > 1 {
			b.WriteByte('\f')
		}
		b.WriteString(strconv.Itoa(page) + "    A PATHOLOGICAL BOOK\n\n")
		b.WriteString(strings.Join(ls[k:min(k+lines, len(ls))], "\n") + "\n")
	}
	return b.String()
}

// edit returns a copy of text with one word in every `every` replaced by
// another word of the novel, the way a revised edition differs from the
// first.
func (g *textGen) edit(text string, every int) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/every)
	n := 0
	start := -1
	for i := 0; i <= len(text); i++ {
		letter := i < len(text) && (text[i] >= 'a' && text[i] <= 'z' || text[i] >= 0x80)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			n++
			if n%every == 0 {
				b.WriteString(g.word())
			} else {
				b.WriteString(text[start:i])
			}
			start = -1
		}
		if !letter && i < len(text) {
			b.WriteByte(text[i])
		}
	}
	return b.String()
}

// capitalise upper-cases the first letter of w.
func capitalise(w string) string {
	for i, r := range w {
		return string(unicode.ToUpper(r)) + w[i+len(string(r)):]
	}
	return w
}

// readNovel returns the novel at path, or a synthetic one, and says which.
func readNovel(path string, seed int64) (text, what string) {
	if data, err := os.ReadFile(path); err == nil {
		return string(data), path
	}
	return syntheticNovel(450_000, seed), "a synthetic novel of 450 KB (" + path + " not found)"
}
