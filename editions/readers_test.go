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
		ms := e.SentenceMarkers(int(s.Index))
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			t = t[:m.Start-int(s.Start)] + t[m.End-int(s.Start):]
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
			out = append(out, p.Kind.String())
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
		for _, s := range e.ParagraphSentences(int(p.Index)) {
			got = append(got, p.Kind.String()+": "+s.Text)
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

// A TEI header's respStmt with a name but no resp says nothing of who
// translated: read, not taken for the translator (it crashed the reader,
// found by FuzzTEI).
func TestTEIRespStmtWithoutResp(t *testing.T) {
	doc := `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Le phare</title>` +
		`<respStmt><persName>Anne Le Goff</persName></respStmt></titleStmt></fileDesc></teiHeader>` +
		`<text><body><p>Le gardien monta.</p></body></text></TEI>`
	e, err := Parse("phare.xml", []byte(doc), Options{Format: "tei", Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	if e.Title != "Le phare" || e.Meta["translator"] != "" || len(e.Sentences) != 1 {
		t.Errorf("title %q, meta %v, %d sentences", e.Title, e.Meta, len(e.Sentences))
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

// TestHTMLNoteStyles reads the footnotes of the common generators: Pandoc
// (<sup> links, an ordered list of notes with ↩ links back), ARIA
// roles, and a French ordinal in <sup> that is no marker at all. A
// number in <sup> without a link on a page that links its notes is an
// exponent, written as plain digits so as not to be read as a marker.
func TestHTMLNoteStyles(t *testing.T) {
	page := `<html lang="de"><body><article>
<p>Der Sturm dauerte neun Tage.<sup><a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref">1</a></sup> Das Boot kam nicht.<a href="#fn2" id="fnref2"><sup>2</sup></a></p>
<p>Die Wassertiefe betrug 12 m<sup>2</sup> am Fuß des Turms, schrieb M<sup>me</sup> Morvan.</p>
<section class="footnotes" role="doc-endnotes"><hr><ol>
<li id="fn1"><p>Vom 3. bis zum 12. Januar.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2"><p>Gemeint ist das Versorgungsboot aus Brest.<a href="#fnref2">↩︎</a></p></li>
</ol></section></article></body></html>`
	e := parse(t, "noten.html", page, Options{})
	got := texts(e.Sentences)
	want := []string{
		"Der Sturm dauerte neun Tage.[1]",
		"Das Boot kam nicht.[2]",
		"Die Wassertiefe betrug 12 m2 am Fuß des Turms, schrieb Mme Morvan.",
		"Vom 3. bis zum 12. Januar.",
		"Gemeint ist das Versorgungsboot aus Brest.",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
	if len(e.Notes) != 2 || e.Notes[0].Markers != 1 || e.Notes[1].Markers != 1 {
		t.Errorf("notes %+v, want two, each with its marker", e.Notes)
	}
}

// TestHTMLGutenberg: Project Gutenberg's HTML books carry the header and
// licence of its text files; they are left out the same way.
func TestHTMLGutenberg(t *testing.T) {
	page := `<html><body>
<section class="pg-boilerplate"><p>The Project Gutenberg eBook of A Test</p><p>Language: English</p>
<div>*** START OF THE PROJECT GUTENBERG EBOOK A TEST ***</div></section>
<h2>CHAPTER I.</h2><p>Mr. Fogg lived at No. 7, Saville Row. He was noticeable.</p>
<section class="pg-boilerplate"><div>*** END OF THE PROJECT GUTENBERG EBOOK A TEST ***</div><p>Updated editions will replace the previous one.</p></section>
</body></html>`
	e := parse(t, "pg.html", page, Options{})
	if d := cmp.Diff([]string{"CHAPTER I.", "Mr. Fogg lived at No. 7, Saville Row.", "He was noticeable."}, texts(e.Sentences)); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
	if e.Lang.String() != "en" {
		t.Errorf("language %s, want en from the Language: line", e.Lang)
	}
	kept := parse(t, "pg.html", page, Options{KeepBoilerplate: true})
	if len(kept.Sentences) <= len(e.Sentences) {
		t.Error("--keep-boilerplate should keep the header and licence")
	}
}

// TestHTMLMislabelledUTF8: a page in windows-1252 whose template says
// UTF-8 is read as what it is, not refused.
func TestHTMLMislabelledUTF8(t *testing.T) {
	page, _ := charmap.Windows1252.NewEncoder().String(`<html><head><meta charset="utf-8"></head><body><p>Le gardien était là. Il lisait « Le Temps ».</p></body></html>`)
	e := parse(t, "page.html", page, Options{})
	if e.Encoding == "utf-8" || e.Sentences[0].Text != "Le gardien était là." {
		t.Errorf("encoding %s, first sentence %q", e.Encoding, e.Sentences[0].Text)
	}
}

// TestDOCXEndnotes: endnotes are numbered i, ii, iii as Word shows them.
func TestDOCXEndnotes(t *testing.T) {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	doc := `<w:document ` + w + `><w:body><w:p><w:r><w:t>Il partit.</w:t></w:r><w:r><w:endnoteReference w:id="3"/></w:r><w:r><w:t xml:space="preserve"> Il revint.</w:t></w:r><w:r><w:endnoteReference w:id="4"/></w:r></w:p></w:body></w:document>`
	notes := `<w:endnotes ` + w + `><w:endnote w:type="separator" w:id="0"><w:p/></w:endnote><w:endnote w:id="3"><w:p><w:r><w:t>En 1890.</w:t></w:r></w:p></w:endnote><w:endnote w:id="4"><w:p><w:r><w:t>En 1891.</w:t></w:r></w:p></w:endnote></w:endnotes>`
	data := makeZip(t, zipEntry{name: "word/document.xml", data: doc}, zipEntry{name: "word/endnotes.xml", data: notes})
	e, err := Parse("lettre.fr.docx", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkEdition(t, e)
	if d := cmp.Diff([]string{"Il partit.[^i]", "Il revint.[^ii]", "En 1890.", "En 1891."}, texts(e.Sentences)); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
	if len(e.Notes) != 2 || e.Notes[0].Label != "i" || e.Notes[1].Markers != 1 {
		t.Errorf("notes %+v", e.Notes)
	}
}

// TestDOCXNotesWithoutRoot: a notes part whose root is not the notes
// element (a damaged or hand-made file) has no notes; the document is
// read, not a crash.
func TestDOCXNotesWithoutRoot(t *testing.T) {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	doc := `<w:document ` + w + `><w:body><w:p><w:r><w:t>Il partit.</w:t></w:r></w:p></w:body></w:document>`
	data := makeZip(t, zipEntry{name: "word/document.xml", data: doc}, zipEntry{name: "word/footnotes.xml", data: `<w:other ` + w + `/>`})
	e, err := Parse("lettre.fr.docx", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"Il partit."}, texts(e.Sentences)); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
}

// TestHTMLUnlinkedNotes: old pages mark notes with <sup>1</sup> and
// define them in a paragraph "¹ …" without links; they are read as plain
// text's notes are.
func TestHTMLUnlinkedNotes(t *testing.T) {
	page := `<html lang="fr"><body><p>Le gardien partit en 1890.<sup>1</sup> Il ne revint pas.</p>
<p><sup>1</sup> Selon le registre de Brest.</p></body></html>`
	e := parse(t, "vieux.html", page, Options{})
	if d := cmp.Diff([]string{"Le gardien partit en 1890.¹", "Il ne revint pas.", "Selon le registre de Brest."}, texts(e.Sentences)); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
	if len(e.Notes) != 1 || e.Notes[0].Markers != 1 {
		t.Errorf("notes %+v, want one with its marker", e.Notes)
	}
}

// TestEPUB2 reads an EPUB 2 book: roles in opf:role, a table of contents
// in toc.ncx (not in the spine), an HTML chapter that is not well-formed
// XML, and endnotes in their own file linked by plain links.
func TestEPUB2(t *testing.T) {
	opf := `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" xmlns:opf="http://www.idpf.org/2007/opf" version="2.0">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Der Leuchtturmwärter</dc:title><dc:language>de</dc:language>
<dc:creator opf:role="aut">Y. Kerhervé</dc:creator><dc:contributor opf:role="trl">Karl Feldmann</dc:contributor></metadata>
<manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/><item id="c1" href="Text/c1.html" media-type="application/xhtml+xml"/>
<item id="n" href="Text/notes.html" media-type="application/xhtml+xml"/></manifest>
<spine toc="ncx"><itemref idref="c1"/><itemref idref="n"/></spine></package>`
	c1 := `<html><body><h1>Erstes Kapitel</h1><p>Der Sturm dauerte neun Tage.<a href="notes.html#n1" id="r1">[1]</a><br> Das Boot kam nicht.</body></html>`
	notes := `<html><body><p id="n1"><a href="c1.html#r1">[1]</a> Vom 3. bis zum 12. Januar.</p></body></html>`
	data := makeZip(t, zipEntry{name: "mimetype", data: "application/epub+zip"}, zipEntry{name: "META-INF/container.xml", data: strings.ReplaceAll(testContainer, "content.opf", "OEBPS/content.opf")},
		zipEntry{name: "OEBPS/content.opf", data: opf}, zipEntry{name: "OEBPS/toc.ncx", data: "<ncx><navMap><navPoint><navLabel><text>Erstes Kapitel</text></navLabel></navPoint></navMap></ncx>"},
		zipEntry{name: "OEBPS/Text/c1.html", data: c1}, zipEntry{name: "OEBPS/Text/notes.html", data: notes})
	e, err := Parse("buch.epub", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkEdition(t, e)
	if d := cmp.Diff([]string{"Erstes Kapitel", "Der Sturm dauerte neun Tage.[1]", "Das Boot kam nicht.", "Vom 3. bis zum 12. Januar."}, texts(e.Sentences)); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
	if len(e.Notes) != 1 || e.Notes[0].Markers != 1 {
		t.Errorf("notes %+v", e.Notes)
	}
	if e.Lang.String() != "de" || e.Title != "Der Leuchtturmwärter" || e.Meta["translator"] != "Karl Feldmann" || e.Meta["author"] != "Y. Kerhervé" {
		t.Errorf("language %s, title %q, meta %v", e.Lang, e.Title, e.Meta)
	}
}

// TestHTMLInPageLinks: links with short texts that are not note markers,
// such as the pages of an article, do not turn what they point to into
// notes.
func TestHTMLInPageLinks(t *testing.T) {
	page := `<html><body><main><p>Pages: <a href="#p1">1</a> <a href="#p2">2</a></p>
<section id="p1"><h2>One</h2><p>The first page.</p></section>
<section id="p2"><h2>Two</h2><p>The second page.</p></section></main></body></html>`
	e := parse(t, "pages.html", page, Options{Lang: "en"})
	if len(e.Notes) != 0 {
		t.Errorf("%d notes, want none:\n%s", len(e.Notes), e.Text)
	}
	if d := cmp.Diff([]string{"text", "heading", "text", "heading", "text"}, kinds(e)); d != "" {
		t.Errorf("kinds (-want +got):\n%s", d)
	}
}

// TestEPUBNotesNumberedPerChapter: endnotes numbered anew in each chapter
// and gathered at the end of the book are linked as the book links them,
// not by label (every chapter has a note 1).
func TestEPUBNotesNumberedPerChapter(t *testing.T) {
	const opf = `<package><manifest><item id="a" href="a.xhtml"/><item id="b" href="b.xhtml"/><item id="n" href="n.xhtml"/></manifest><spine><itemref idref="a"/><itemref idref="b"/><itemref idref="n"/></spine></package>`
	ch := func(s string) string {
		return `<html xmlns:epub="http://www.idpf.org/2007/ops"><body>` + s + `</body></html>`
	}
	data := makeZip(t, zipEntry{name: "mimetype", data: "application/epub+zip"}, zipEntry{name: "META-INF/container.xml", data: testContainer},
		zipEntry{name: "content.opf", data: opf},
		zipEntry{name: "a.xhtml", data: ch(`<h1>One</h1><p>He left.<a epub:type="noteref" href="n.xhtml#a1">1</a></p>`)},
		zipEntry{name: "b.xhtml", data: ch(`<h1>Two</h1><p>He came back.<a epub:type="noteref" href="n.xhtml#b1">1</a></p>`)},
		zipEntry{name: "n.xhtml", data: ch(`<h2>Notes to chapter one</h2><aside epub:type="endnote" id="a1"><p>1. In 1890.</p></aside>` +
			`<h2>Notes to chapter two</h2><aside epub:type="endnote" id="b1"><p>1. In 1891.</p></aside>`)})
	e, err := Parse("book.en.epub", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkEdition(t, e)
	var links []string
	for _, s := range e.Sentences {
		for _, m := range e.SentenceMarkers(int(s.Index)) {
			n := e.Paragraphs[e.Notes[m.Note].Paragraph]
			links = append(links, s.Text+" → "+e.Sentences[n.First].Text)
		}
	}
	if d := cmp.Diff([]string{"He left.[1] → In 1890.", "He came back.[1] → In 1891."}, links); d != "" {
		t.Errorf("links (-want +got):\n%s", d)
	}
	for _, n := range e.Notes {
		if n.Markers != 1 {
			t.Errorf("note %+v: want one marker", n)
		}
	}
}
