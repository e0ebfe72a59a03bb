package editions

import (
	"errors"
	"testing"
)

// The readers' fuzz targets: whatever the bytes, a reader returns an
// edition that keeps the model's promises or an *InputError, and never
// panics. Run one with, for example:
//
//	go test -run XXX -fuzz FuzzHTML ./editions

func fuzzRead(t *testing.T, name string, data []byte, format string) {
	e, err := Parse(name, data, Options{Format: format})
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error %v is not an *InputError", err)
		}
		return
	}
	checkEdition(t, e)
	for _, s := range e.Sentences {
		for _, m := range e.SentenceMarkers(int(s.Index)) {
			if m.Start < int(s.Start) || m.End > int(s.End) {
				t.Fatalf("marker %+v outside its sentence %d", m, s.Index)
			}
		}
	}
	for i, p := range e.Paragraphs {
		if int(p.Note) >= len(e.Notes) || (p.Kind == NoteKind) != (p.Note >= 0) {
			t.Fatalf("paragraph %d: kind %s, note %d of %d", i, p.Kind, p.Note, len(e.Notes))
		}
	}
}

func FuzzHTML(f *testing.F) {
	f.Add(fixture(f, "keeper.en.html"))
	f.Add(fixture(f, "keeper.fr.html"))
	f.Add([]byte(`<p>A<sup>1</sup> b<a href="#x">[2]</a>.<p id=x>[2] N.<aside epub:type="footnote">x</aside><pre> a
 b</pre><br><blockquote><li>q`))
	f.Add([]byte(`<meta charset="koi8-r"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4."))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.html", data, "html") })
}

func FuzzTEI(f *testing.F) {
	f.Add(fixture(f, "keeper.en.tei.xml"))
	f.Add(fixture(f, "brief.de.tei.xml"))
	f.Add([]byte(`<TEI><text><body><p><s>A<note>n<note>m</note></note>.</s> b <anchor xml:id="a"/><ref target="#z">1</ref></p><note target="#a">t</note><note xml:id="z">z</note><lg><l>x</l></lg></body></text></TEI>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.tei", data, "tei") })
}

// FuzzEPUB fuzzes the archive's bytes, and a chapter inside a well-formed
// archive (most mutations of a zip only break it).
func FuzzEPUB(f *testing.F) {
	f.Add(fixture(f, "keeper.en.epub"), []byte(`<html><body><p>A<a epub:type="noteref" href="#n">1</a>.</p><aside id="n">1. N</aside></body></html>`))
	f.Add([]byte("PK\x03\x04"), []byte(`<p>Only a fragment`))
	f.Fuzz(func(t *testing.T, book, chapter []byte) {
		fuzzRead(t, "fuzz.epub", book, "epub")
		fuzzRead(t, "fuzz.epub", epubWith(t, zipEntry{data: string(chapter)}), "epub")
	})
}

func FuzzDOCX(f *testing.F) {
	f.Add(fixture(f, "keeper.en.docx"), []byte(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>A.</w:t><w:footnoteReference w:id="1"/></w:r></w:p></w:body></w:document>`))
	f.Fuzz(func(t *testing.T, doc, body []byte) {
		fuzzRead(t, "fuzz.docx", doc, "docx")
		notes := `<w:footnotes xmlns:w="w"><w:footnote w:id="1"><w:p><w:r><w:t>Note.</w:t></w:r></w:p></w:footnote></w:footnotes>`
		fuzzRead(t, "fuzz.docx", makeZip(t, zipEntry{name: "word/document.xml", data: string(body)}, zipEntry{name: "word/footnotes.xml", data: notes}), "docx")
	})
}

func FuzzCommonMark(f *testing.F) {
	f.Add(fixture(f, "keeper.en.md"))
	f.Add([]byte("Title\n===\n> *a* [b](c) ![d](e) `f` <g> \\* [^1]\n\n- x\n\n[^1]: y\n```\nz\n```\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.md", data, "commonmark") })
}
