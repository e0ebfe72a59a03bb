package editions

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

func parse(t *testing.T, name, text string, opts Options) *Edition {
	t.Helper()
	e, err := Parse(name, []byte(text), opts)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	checkEdition(t, e)
	return e
}

// checkEdition asserts the promises of the model: sentence text is the
// input between its offsets with white space folded; sentences are in
// order, inside their paragraphs, numbered in reading order.
func checkEdition(t *testing.T, e *Edition) {
	t.Helper()
	prevEnd := 0
	for i, s := range e.Sentences {
		if int(s.Index) != i {
			t.Fatalf("sentence %d has index %d", i, s.Index)
		}
		if int(s.Start) < prevEnd || s.End <= s.Start {
			t.Fatalf("sentence %d [%d,%d) out of order after %d", i, s.Start, s.End, prevEnd)
		}
		prevEnd = int(s.End)
		if got := foldSpace(e.Text[s.Start:s.End]); got != s.Text {
			t.Fatalf("sentence %d: text %q but input between offsets %q", i, s.Text, got)
		}
		p := e.Paragraphs[s.Paragraph]
		if i < int(p.First) || i >= int(p.Limit) || s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %d not inside its paragraph %d", i, s.Paragraph)
		}
	}
	// The markers are in the order of their sentences, and in the text's
	// within one, as SentenceMarkers needs.
	for k, m := range e.Markers {
		if m.Sentence < 0 || m.Sentence >= len(e.Sentences) {
			t.Fatalf("marker %+v of no sentence", m)
		}
		if s := e.Sentences[m.Sentence]; m.Start < int(s.Start) || m.End > int(s.End) {
			t.Fatalf("marker %+v outside its sentence %d [%d,%d)", m, m.Sentence, s.Start, s.End)
		}
		if k > 0 && (m.Sentence < e.Markers[k-1].Sentence || m.Sentence == e.Markers[k-1].Sentence && m.Start < e.Markers[k-1].End) {
			t.Fatalf("marker %+v out of order after %+v", m, e.Markers[k-1])
		}
	}
}

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func kinds(e *Edition) []string {
	var out []string
	for _, p := range e.Paragraphs {
		out = append(out, p.Kind.String())
	}
	return out
}

const gutenbergSample = `The Project Gutenberg eBook of A Test

This ebook is for the use of anyone anywhere.

Language: English

*** START OF THE PROJECT GUTENBERG EBOOK A TEST ***

Produced by Volunteers



CHAPTER I.
IN WHICH A TRAVELLER SETS OUT FROM LONDON WITH NO
LUGGAGE BUT A CARPET-BAG


Mr. Phileas Fogg lived, in 1872, at No. 7, Saville Row, Burlington
Gardens. He was one of the most noticeable members of the Reform
Club, though he seemed always to avoid attracting attention.

“Are you sure?” asked Passepartout. “Quite sure,” said he, and went
out.

*** END OF THE PROJECT GUTENBERG EBOOK A TEST ***

Updated editions will replace the previous one.
`

func TestGutenbergHardWrapped(t *testing.T) {
	e := parse(t, "test.txt", gutenbergSample, Options{})
	want := []string{
		"CHAPTER I.",
		"IN WHICH A TRAVELLER SETS OUT FROM LONDON WITH NO LUGGAGE BUT A CARPET-BAG",
		"Mr. Phileas Fogg lived, in 1872, at No. 7, Saville Row, Burlington Gardens.",
		"He was one of the most noticeable members of the Reform Club, though he seemed always to avoid attracting attention.",
		"“Are you sure?” asked Passepartout.",
		"“Quite sure,” said he, and went out.",
	}
	if diff := cmp.Diff(want, texts(e.Sentences)); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"heading", "heading", "text", "text"}, kinds(e)); diff != "" {
		t.Errorf("paragraph kinds (-want +got):\n%s", diff)
	}
	if e.LangSource != "metadata" || e.Lang.String() != "en" {
		t.Errorf("language %s from %s, want en from metadata", e.Lang, e.LangSource)
	}

	kept := parse(t, "test.txt", gutenbergSample, Options{KeepBoilerplate: true})
	if !strings.HasPrefix(kept.Sentences[0].Text, "The Project Gutenberg eBook") || len(kept.Sentences) <= len(e.Sentences)+3 {
		t.Errorf("--keep-boilerplate: first sentence %q, %d sentences", kept.Sentences[0].Text, len(kept.Sentences))
	}
}

// Two Project Gutenberg files one after the other (cat vol1.txt
// vol2.txt) are two books, each without its header and licence: all text
// after the first licence was dropped, with no word said. Presegmented
// too.
func TestGutenbergConcatenated(t *testing.T) {
	one := parse(t, "one.txt", gutenbergSample, Options{})
	two := parse(t, "two.txt", gutenbergSample+"\n"+gutenbergSample, Options{})
	want := append(texts(one.Sentences), texts(one.Sentences)...)
	if diff := cmp.Diff(want, texts(two.Sentences)); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	lines := "*** START OF THE PROJECT GUTENBERG EBOOK A ***\nOne.\n*** END OF THE PROJECT GUTENBERG EBOOK A ***\nLicence.\n"
	pre := parse(t, "pre.txt", lines+strings.Replace(lines, "One.", "Two.", 1), Options{Presegmented: true})
	if diff := cmp.Diff([]string{"One.", "Two."}, texts(pre.Sentences)); diff != "" {
		t.Errorf("presegmented (-want +got):\n%s", diff)
	}
}

func TestLineEndings(t *testing.T) {
	lf := parse(t, "lf.txt", gutenbergSample, Options{})
	crlf := parse(t, "crlf.txt", strings.ReplaceAll(gutenbergSample, "\n", "\r\n"), Options{})
	cr := parse(t, "cr.txt", strings.ReplaceAll(gutenbergSample, "\n", "\r"), Options{})
	bom := parse(t, "bom.txt", "\ufeff"+gutenbergSample, Options{})
	for _, e := range []*Edition{crlf, cr, bom} {
		if diff := cmp.Diff(texts(lf.Sentences), texts(e.Sentences)); diff != "" {
			t.Errorf("%s: sentences differ from LF (-lf +%s):\n%s", e.Path, e.Path, diff)
		}
		if diff := cmp.Diff(kinds(lf), kinds(e)); diff != "" {
			t.Errorf("%s: paragraph kinds differ from LF:\n%s", e.Path, diff)
		}
	}
}

const serge = `Victor Serge

The Insurrection of 25 October 1917


Gesturing with their bayonets, they asked him:

‘When do we use these?’ [1]

Such, Trotsky relates, was the language of the front. [2] The provinces of Tula and Kaluga are in revolt.

The Bolshevik demands were:

  1. The immediate switching from war production.
  2. Requisition of factories.

In 1917 [sic] the vote was 199,337 out of 387,262 [3].


[1] Speech of Comrade Bukharin in 1921, in Proletarskaya Revoliutsiya, No. 10.

[2] L.D. Trotsky, op. cit., pp. 22–3.

Antonov-Ovseyenko, a former officer, joined the Bolsheviks in 1917.

[3] [V.P. Nogin: People’s Commissar. Later died in 1924.]

Last updated on: 21 January 2016
`

func TestNotesAndKinds(t *testing.T) {
	e := parse(t, "serge.en.txt", serge, Options{})
	if diff := cmp.Diff([]string{
		"heading", "heading", "text", "quotation", "text", "text", "list-item", "list-item", "text",
		"note", "note", "note", "note", "heading",
	}, kinds(e)); diff != "" {
		t.Errorf("paragraph kinds (-want +got):\n%s", diff)
	}
	if len(e.Notes) != 3 {
		t.Fatalf("%d notes, want 3", len(e.Notes))
	}
	for i, n := range e.Notes {
		if n.Markers != 1 {
			t.Errorf("note %s has %d markers, want 1", n.Label, n.Markers)
		}
		if want := []string{"1", "2", "3"}[i]; n.Label != want {
			t.Errorf("note %d label %q, want %q", i, n.Label, want)
		}
	}
	// The second note has a further paragraph; the third is one
	// bracketed translator's note, a single sentence.
	cont := e.Paragraphs[11]
	if cont.Note != 1 {
		t.Errorf("continuation paragraph belongs to note %d, want 1", cont.Note)
	}
	third := e.ParagraphSentences(12)
	if len(third) != 1 || third[0].Text != "[V.P. Nogin: People’s Commissar. Later died in 1924.]" {
		t.Errorf("bracketed note sentences: %q", texts(third))
	}
	// Markers stay with the sentence that carries them.
	var withMarkers []string
	for _, s := range e.Sentences {
		for _, m := range e.SentenceMarkers(int(s.Index)) {
			withMarkers = append(withMarkers, m.Label+": "+s.Text)
		}
	}
	want := []string{
		"1: ‘When do we use these?’ [1]",
		"2: Such, Trotsky relates, was the language of the front. [2]",
		"3: In 1917 [sic] the vote was 199,337 out of 387,262 [3].",
	}
	if diff := cmp.Diff(want, withMarkers); diff != "" {
		t.Errorf("markers (-want +got):\n%s", diff)
	}
	// The note label is not part of the note's sentence.
	if got := e.ParagraphSentences(9)[0].Text; !strings.HasPrefix(got, "Speech of Comrade") {
		t.Errorf("note sentence %q keeps its label", got)
	}
}

const manifesto = `English #

# Manifesto of the Communist Party

## I. Bourgeois and Proletarians[^1]

[^1]: By bourgeoisie is meant the class of modern capitalists. *[Engels, 1888 English edition]*

The history of all hitherto existing society[^2] is the history of class struggles. Freeman and slave stood in **constant** opposition.

[^2]: That is, all written history.

> A quoted line. And another.
`

func TestMarkdownLite(t *testing.T) {
	e := parse(t, "manifesto.md", manifesto, Options{})
	if diff := cmp.Diff([]string{"heading", "heading", "note", "text", "note", "quotation"}, kinds(e)[1:]); diff != "" {
		t.Errorf("paragraph kinds (-want +got):\n%s", diff)
	}
	if e.Paragraphs[1].Level != 1 || e.Paragraphs[2].Level != 2 {
		t.Errorf("heading levels %d, %d; want 1, 2", e.Paragraphs[1].Level, e.Paragraphs[2].Level)
	}
	if got := e.ParagraphSentences(1)[0].Text; got != "Manifesto of the Communist Party" {
		t.Errorf("heading text %q keeps its markup", got)
	}
	if got := e.ParagraphSentences(3)[0].Text; got != "By bourgeoisie is meant the class of modern capitalists." {
		t.Errorf("note text %q", got)
	}
	if len(e.Notes) != 2 || e.Notes[0].Markers != 1 || e.Notes[1].Markers != 1 {
		t.Errorf("notes %+v, want two with one marker each", e.Notes)
	}
	body := e.ParagraphSentences(4)
	if len(body) != 2 || !strings.Contains(body[1].Text, "**constant**") {
		t.Errorf("emphasis must stay in the display text: %q", texts(body))
	}
	if strings.Contains(body[1].Norm, "*") {
		t.Errorf("emphasis must not be in the comparison form: %q", body[1].Norm)
	}
	if got := texts(e.ParagraphSentences(6)); len(got) != 2 || got[0] != "A quoted line." {
		t.Errorf("quotation sentences %q", got)
	}
}

func TestPresegmented(t *testing.T) {
	e := parse(t, "p.de", "Die ca. 600 m hohe Wand .\nMichel Piola , Vernier\n\n\nZweiter Absatz . Noch ein Satz .\n", Options{Presegmented: true})
	want := []string{"Die ca. 600 m hohe Wand .", "Michel Piola , Vernier", "Zweiter Absatz . Noch ein Satz ."}
	if diff := cmp.Diff(want, texts(e.Sentences)); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	if len(e.Paragraphs) != 2 {
		t.Errorf("%d paragraphs, want 2", len(e.Paragraphs))
	}
}

func TestListsAndDates(t *testing.T) {
	e := parse(t, "de.txt", "9. September 1988 war ein Freitag. Es regnete.\n\n1. Erster Punkt.\n\n- zweiter Punkt\n", Options{Lang: "de"})
	if diff := cmp.Diff([]string{"text", "list-item", "list-item"}, kinds(e)); diff != "" {
		t.Errorf("paragraph kinds (-want +got):\n%s", diff)
	}
	if got := e.ParagraphSentences(0); len(got) != 2 {
		t.Errorf("date paragraph sentences %q", texts(got))
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		name, path, want string
	}{
		{"missing file", filepath.Join(dir, "nope.txt"), "no such file"},
		{"directory", dir, "directory"},
		{"empty file", write("empty.txt", ""), "empty"},
		{"white space only", write("blank.txt", " \n\n \t\n"), "empty"},
		{"boilerplate only", write("pg.txt", "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\n"), "no text"},
		{"binary", write("bin.txt", "text\x00more"), "NUL"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(c.path, Options{})
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("Read: %v, want an *InputError", err)
			}
			if !strings.Contains(err.Error(), c.path) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q should name %s and say %q", err, c.path, c.want)
			}
		})
	}
	if _, err := Parse("x.txt", []byte("Some text."), Options{Lang: "not a tag!"}); err == nil {
		t.Error("a bad --lang must be an error")
	}
}

func TestSeedChapter(t *testing.T) {
	path := filepath.Join(evaldata.Dir(t, "seed"), "serge-year-one-ch2.en.txt")
	e, err := Read(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkEdition(t, e)
	if len(e.Notes) != 31 {
		t.Errorf("%d notes, want 31", len(e.Notes))
	}
	linked := 0
	for _, s := range e.Sentences {
		for _, m := range e.SentenceMarkers(int(s.Index)) {
			if m.Note >= 0 {
				linked++
			}
		}
	}
	for _, n := range e.Notes {
		if n.Markers != 1 {
			t.Errorf("note %s has %d markers", n.Label, n.Markers)
		}
	}
	if linked != 31 {
		t.Errorf("%d markers linked to notes, want 31", linked)
	}
	// No sentence may end in an abbreviation or an initial.
	for _, s := range e.Sentences {
		for _, bad := range []string{" p.", " pp.", " op.", " L.", " V.", " N.", " Vol.", " No.", " M."} {
			if strings.HasSuffix(s.Text, bad) {
				t.Errorf("sentence %d ends in %q: %q", s.Index, bad, s.Text)
			}
		}
	}
	t.Logf("%d paragraphs, %d sentences, %d notes", len(e.Paragraphs), len(e.Sentences), len(e.Notes))
}

// FuzzParse reads arbitrary bytes as an edition in every layout: it must
// never panic, and what it reads must keep the model's promises.
func FuzzParse(f *testing.F) {
	f.Add([]byte(gutenbergSample), false, "")
	f.Add([]byte(serge), false, "en")
	f.Add([]byte(manifesto), false, "")
	f.Add([]byte("Zeile eins .\n\nZeile zwei .\n"), true, "de")
	f.Add([]byte("[1] [^1]: ¹ # > - 1. I. \r\n\r\n[^x]"), false, "fr")
	f.Add([]byte("第一章\n\n这人名叫以利米勒。他死了。\n\nCHAPTER I\n\n그가 죽었다. ¶ 두 아들이 남았다.\n"), false, "")
	f.Add([]byte(strings.Repeat("그가 이르되 하였더라 ", 80)+"\n\nฉันไป ตลาด\n"), false, "ko")
	f.Add([]byte(strings.Repeat("HEAD 1\n\nA line of prose that\ngoes on, and on.\n\n- 7 -\n\f", 4)+"港务长\n的一年。\n"), false, "")
	f.Fuzz(func(t *testing.T, data []byte, preseg bool, lang string) {
		if _, err := language.Parse(lang); err != nil {
			lang = ""
		}
		for _, format := range []string{"text", "markdown"} {
			e, err := Parse("fuzz.txt", data, Options{Presegmented: preseg, Lang: lang, Format: format})
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Fatalf("error %v is not an *InputError", err)
				}
				continue
			}
			checkEdition(t, e)
			for _, s := range e.Sentences {
				for _, m := range e.SentenceMarkers(int(s.Index)) {
					if m.Start < int(s.Start) || m.End > int(s.End) {
						t.Fatalf("marker %+v outside its sentence %d", m, s.Index)
					}
				}
			}
		}
	})
}

// TestHeadingInCapitalsWithItalics: a heading in capitals stays one when
// a name in it is in Gutenberg's _italics_, in lowercase; a sentence in
// italics does not become one.
func TestHeadingInCapitalsWithItalics(t *testing.T) {
	text := "XXI OÙ LE PATRON DE LA «_Tankadère_» RISQUE FORT DE PERDRE UNE PRIME DE\nDEUX CENTS LIVRES\n\n" +
		"Le _Rangoon_ partit à l'heure.\n\n_le bateau était parti sans lui._\n"
	e := parse(t, "t.fr.txt", text, Options{})
	if diff := cmp.Diff([]string{"heading", "text", "text"}, kinds(e)); diff != "" {
		t.Errorf("paragraph kinds (-want +got):\n%s", diff)
	}
}

// TestUnreadFormats: a PDF, a Word 97-2003 document and an RTF file,
// whatever their names, are refused with what to do, not read as text
// (the PDF was "binary file (NUL byte)", the RTF its control words).
func TestUnreadFormats(t *testing.T) {
	for _, c := range []struct{ name, data, says string }{
		{"book.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01\nendstream\n", "pdftotext"},
		{"book.txt", "%PDF-1.4\n1 0 obj << >> endobj\n", "pdftotext"},
		{"book.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", "save it as DOCX or as plain text"},
		{"book.rtf", `{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Hello.}`, "an RTF document"},
	} {
		_, err := Parse(c.name, []byte(c.data), Options{})
		var ie *InputError
		if !errors.As(err, &ie) || ie.Path != c.name || !strings.Contains(ie.Msg, c.says) {
			t.Errorf("%s: error %v, want an InputError naming the file that says %q", c.name, err, c.says)
		}
	}
}
