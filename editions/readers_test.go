package editions

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
)

// zipDir packs the files under dir into a zip archive, as EPUB and DOCX
// files are: an EPUB's mimetype first and stored, the rest deflated.
func zipDir(t testing.TB, dir string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	var names []string
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		names = append(names, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(names, func(i, j int) bool { return names[i] == "mimetype" || names[j] != "mimetype" && names[i] < names[j] })
	for _, n := range names {
		method := zip.Deflate
		if n == "mimetype" {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fixture returns the bytes of a reader fixture; a folder name.epub.d or
// name.docx.d is zipped into the book it stands for.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	p := filepath.Join("testdata", "readers", name)
	if info, err := os.Stat(p + ".d"); err == nil && info.IsDir() {
		return zipDir(t, p+".d")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// readFixture parses a fixture, its format found as the command line
// would find it.
func readFixture(t *testing.T, name string, opts Options) *Edition {
	t.Helper()
	e, err := Parse(name, fixture(t, name), opts)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	checkEdition(t, e)
	return e
}

// shown returns what a reader sees of the sentences: their text without
// note markers (a page shows ¹ where the text file has [1]), split into
// the main text in order and the notes sorted (a DOCX footnote follows
// its paragraph, an endnote stands at the end).
func shown(e *Edition) (main, notes []string) {
	for _, s := range e.Sentences {
		t := e.Text[s.Start:s.End]
		for i := len(s.Markers) - 1; i >= 0; i-- {
			m := s.Markers[i]
			t = t[:m.Start-s.Start] + t[m.End-s.Start:]
		}
		switch e.Paragraphs[s.Paragraph].Kind {
		case NoteKind:
			notes = append(notes, foldSpace(t))
		case ListItem:
			// Plain text shows its bullets; a list in markup has none.
			main = append(main, strings.TrimPrefix(foldSpace(t), "- "))
		default:
			main = append(main, foldSpace(t))
		}
	}
	sort.Strings(notes)
	return main, notes
}

func mainKinds(e *Edition) []string {
	var out []string
	for _, p := range e.Paragraphs {
		if p.Kind != NoteKind {
			out = append(out, string(p.Kind))
		}
	}
	return out
}

// TestReadersAgree reads the same short text written as plain text,
// Markdown, an HTML page, an EPUB book, a TEI edition and a Word
// document: each must give the same sentences, paragraph kinds and notes,
// every marker linked to its note.
func TestReadersAgree(t *testing.T) {
	want := readFixture(t, "keeper.en.txt", Options{})
	wantMain, wantNotes := shown(want)
	if len(wantMain) != 19 || len(wantNotes) != 2 {
		t.Fatalf("plain text: %d sentences and %d note sentences, want 19 and 2:\n%s", len(wantMain), len(wantNotes), strings.Join(wantMain, "\n"))
	}
	for _, name := range []string{"keeper.en.md", "keeper.en.html", "keeper.en.epub", "keeper.en.tei.xml", "keeper.en.docx"} {
		t.Run(name, func(t *testing.T) {
			e := readFixture(t, name, Options{})
			main, notes := shown(e)
			if d := cmp.Diff(wantMain, main); d != "" {
				t.Errorf("sentences differ from the plain text (-plain +%s):\n%s", name, d)
			}
			if d := cmp.Diff(wantNotes, notes); d != "" {
				t.Errorf("notes differ from the plain text (-plain +%s):\n%s", name, d)
			}
			if d := cmp.Diff(mainKinds(want), mainKinds(e)); d != "" {
				t.Errorf("paragraph kinds differ (-plain +%s):\n%s", name, d)
			}
			if len(e.Notes) != 2 {
				t.Fatalf("%d notes, want 2", len(e.Notes))
			}
			for _, n := range e.Notes {
				if n.Markers != 1 {
					t.Errorf("note %s has %d markers, want 1", n.Label, n.Markers)
				}
			}
			if name == "keeper.en.md" {
				return // Markdown has no metadata
			}
			if e.Lang.String()[:2] != "en" || e.LangSource != "metadata" {
				t.Errorf("language %s from %s, want en from the file's metadata", e.Lang, e.LangSource)
			}
			if e.Title != "The Keeper of Ar-Men" && !strings.HasPrefix(e.Title, "The Keeper of Ar-Men —") {
				t.Errorf("title %q", e.Title)
			}
		})
	}
}

// TestHTMLLegacyCharset reads a page in windows-1252 whose <meta> says
// iso-8859-1, as old pages do; the HTML standard reads that label as
// windows-1252, and so must we (’ is 0x92 there, a control in Latin-1).
func TestHTMLLegacyCharset(t *testing.T) {
	want := readFixture(t, "keeper.fr.txt", Options{})
	wantMain, wantNotes := shown(want)
	page, err := charmap.Windows1252.NewEncoder().Bytes(fixture(t, "keeper.fr.html"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := Parse("keeper.fr.html", page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkEdition(t, e)
	main, notes := shown(e)
	if d := cmp.Diff(wantMain, main); d != "" {
		t.Errorf("sentences differ from the plain text (-plain +html):\n%s", d)
	}
	if d := cmp.Diff(wantNotes, notes); d != "" {
		t.Errorf("notes differ (-plain +html):\n%s", d)
	}
	if e.Encoding != "windows-1252" || e.Lang.String() != "fr" {
		t.Errorf("encoding %s, language %s; want windows-1252 and fr", e.Encoding, e.Lang)
	}
	if strings.Contains(e.Text, "Sommaire") || strings.Contains(e.Text, "mise à jour") {
		t.Errorf("site furniture kept:\n%s", e.Text)
	}
}

// TestTEI checks what TEI adds: sentences given by <s> are kept even where
// the rules would cut, notes inside a paragraph follow it, verse keeps its
// lines, and the header gives title, translator and edition.
func TestTEI(t *testing.T) {
	e := readFixture(t, "brief.de.tei.xml", Options{})
	var got []string
	for _, p := range e.Paragraphs {
		for _, s := range e.ParagraphSentences(p.Index) {
			got = append(got, string(p.Kind)+": "+s.Text)
		}
	}
	want := []string{
		"heading: Erster Brief",
		"text: Liebe Schwester, der Sturm dauert nun schon neun Tage.",
		"text: Das Boot kam nicht[^a], und das Öl wird knapp.",
		"note: Gemeint ist das Versorgungsboot aus Brest.",
		"text: Der Wind ist laut, die See ist grau.",
		"text: Ich schreibe dir am 3. Mai wieder. Grüße an die Eltern.",
		"text: Dein Bruder Jean",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
	if !strings.Contains(e.Text, "Der Wind ist laut,\ndie See ist grau.") {
		t.Errorf("verse lines not kept in the text:\n%s", e.Text)
	}
	if len(e.Notes) != 1 || e.Notes[0].Label != "a" || e.Notes[0].Markers != 1 {
		t.Errorf("notes %+v, want note a with its marker", e.Notes)
	}
	if e.Title != "Briefe vom Leuchtturm" || e.Meta["translator"] != "Karl Feldmann" || e.Meta["edition"] != "Erste Auflage, 1912" {
		t.Errorf("title %q, meta %v", e.Title, e.Meta)
	}
	if e.Lang.String() != "de" || e.LangSource != "metadata" {
		t.Errorf("language %s from %s, want de from metadata", e.Lang, e.LangSource)
	}
}

// TestEPUBMetadata checks the package metadata and that the navigation
// document, page numbers and links back from the notes are left out.
func TestEPUBMetadata(t *testing.T) {
	e := readFixture(t, "keeper.en.epub", Options{})
	if e.Title != "The Keeper of Ar-Men" || e.Meta["translator"] != "Anne Le Goff" || e.Meta["author"] != "Y. Kerhervé" {
		t.Errorf("title %q, meta %v", e.Title, e.Meta)
	}
	for _, bad := range []string{"Contents", "it,2", "it, 2", "1. The log"} {
		if strings.Contains(e.Text, bad) {
			t.Errorf("text holds %q:\n%s", bad, e.Text)
		}
	}
}

// TestFormatDetection: the extension names the format, else the content.
func TestFormatDetection(t *testing.T) {
	epub := fixture(t, "keeper.en.epub")
	docx := fixture(t, "keeper.en.docx")
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"page.html", []byte("Just text."), "html"},
		{"page.XHTML", nil, "html"},
		{"book.epub", nil, "epub"},
		{"ed.tei", nil, "tei"},
		{"ed.xml", []byte(`<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0">`), "tei"},
		{"page.xml", []byte(`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`), "html"},
		{"doc.docx", nil, "docx"},
		{"notes.md", []byte("# Title\n\nText."), "markdown"},
		{"notes.md", []byte("Title\n=====\n\nSee [this](x)."), "commonmark"},
		{"-", []byte("\ufeff  <!DOCTYPE html><p>x"), "html"},
		{"-", []byte("<html><body>x"), "html"},
		{"-", []byte("<?xml version='1.0'?>\n<TEI>"), "tei"},
		{"-", epub, "epub"},
		{"download", docx, "docx"},
		{"-", []byte("PK\x03\x04 not much"), "zip"},
		{"-", []byte("<3 is a heart, not a tag."), ""},
		{"notes.txt", []byte("Plain text."), ""},
	}
	for _, c := range cases {
		if got := sniffFormat(c.name, c.data); got != c.want {
			t.Errorf("sniffFormat(%s, %.20q) = %q, want %q", c.name, c.data, got, c.want)
		}
	}
}
