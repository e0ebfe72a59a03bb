package editions

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
)

// Benchmarks of the readers on about 1 MB of each format, built from the
// same prose as BenchmarkParse (several languages, markers and notes):
//
//	go test -run XXX -bench Readers ./editions

var (
	benchMarker  = regexp.MustCompile(`\[(\d+)\]`)
	benchNoteDef = regexp.MustCompile(`^\[(\d+)\] (.*)$`)
)

// benchParts returns the prose's paragraphs and notes (label, text).
func benchParts(size int) (paras []string, notes [][2]string) {
	for _, p := range strings.Split(string(prose(size)), "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if m := benchNoteDef.FindStringSubmatch(p); m != nil {
			notes = append(notes, [2]string{m[1], m[2]})
			continue
		}
		paras = append(paras, p)
	}
	return paras, notes
}

func benchHTML(size int) []byte {
	paras, notes := benchParts(size)
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav></header><main>` + "\n")
	for i, p := range paras {
		if i%25 == 0 {
			fmt.Fprintf(&b, "<h2>Chapter %d</h2>\n", i/25+1)
		}
		b.WriteString("<p>" + benchMarker.ReplaceAllString(html.EscapeString(p), `<a href="#n$1" id="r$1">[$1]</a>`) + "</p>\n")
	}
	b.WriteString("</main><section class=\"footnotes\">\n")
	for _, n := range notes {
		fmt.Fprintf(&b, "<p id=\"n%s\"><a href=\"#r%s\">[%s]</a> %s</p>\n", n[0], n[0], n[0], html.EscapeString(n[1]))
	}
	b.WriteString("</section><footer>© 2024</footer></body></html>\n")
	return []byte(b.String())
}

func benchEPUB(t testing.TB, size int) []byte {
	paras, notes := benchParts(size)
	head := `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en"><head><title>x</title></head><body><section epub:type="chapter">`
	tail := "</section></body></html>"
	entries := []zipEntry{{name: "mimetype", data: "application/epub+zip"}, {name: "META-INF/container.xml", data: testContainer}}
	var manifest, spine strings.Builder
	for c := 0; c*25 < len(paras); c++ {
		var b strings.Builder
		b.WriteString(head)
		fmt.Fprintf(&b, "<h2>Chapter %d</h2>\n", c+1)
		for _, p := range paras[c*25 : min(len(paras), c*25+25)] {
			b.WriteString("<p>" + benchMarker.ReplaceAllString(html.EscapeString(p), `<a epub:type="noteref" href="notes.xhtml#n$1">$1</a>`) + "</p>\n")
		}
		b.WriteString(tail)
		name := fmt.Sprintf("c%d.xhtml", c)
		entries = append(entries, zipEntry{name: name, data: b.String()})
		fmt.Fprintf(&manifest, `<item id="c%d" href="%s" media-type="application/xhtml+xml"/>`, c, name)
		fmt.Fprintf(&spine, `<itemref idref="c%d"/>`, c)
	}
	var b strings.Builder
	b.WriteString(head)
	for _, n := range notes {
		fmt.Fprintf(&b, "<aside epub:type=\"endnote\" id=\"n%s\"><p>%s. %s</p></aside>\n", n[0], n[0], html.EscapeString(n[1]))
	}
	b.WriteString(tail)
	entries = append(entries, zipEntry{name: "notes.xhtml", data: b.String()})
	manifest.WriteString(`<item id="notes" href="notes.xhtml" media-type="application/xhtml+xml"/>`)
	spine.WriteString(`<itemref idref="notes"/>`)
	opf := `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Bench</dc:title><dc:language>en</dc:language></metadata><manifest>` +
		manifest.String() + `</manifest><spine>` + spine.String() + `</spine></package>`
	entries = append(entries, zipEntry{name: "content.opf", data: opf})
	return makeZip(t, entries...)
}

func benchTEI(size int) []byte {
	paras, notes := benchParts(size)
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Bench</title></titleStmt></fileDesc></teiHeader><text xml:lang="en"><body>` + "\n")
	for i, p := range paras {
		if i%25 == 0 {
			if i > 0 {
				b.WriteString("</div>\n")
			}
			fmt.Fprintf(&b, "<div><head>Chapter %d</head>\n", i/25+1)
		}
		b.WriteString("<p>" + benchMarker.ReplaceAllString(html.EscapeString(p), `<ref target="#n$1">$1</ref>`) + "</p>\n")
	}
	b.WriteString("</div></body><back><div type=\"notes\">\n")
	for _, n := range notes {
		fmt.Fprintf(&b, "<note xml:id=\"n%s\" n=\"%s\">%s</note>\n", n[0], n[0], html.EscapeString(n[1]))
	}
	b.WriteString("</div></back></text></TEI>\n")
	return []byte(b.String())
}

func benchDOCX(t testing.TB, size int) []byte {
	paras, notes := benchParts(size)
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	var doc, fn strings.Builder
	doc.WriteString(`<?xml version="1.0"?><w:document ` + w + `><w:body>`)
	fn.WriteString(`<?xml version="1.0"?><w:footnotes ` + w + `>`)
	id := 0
	for _, p := range paras {
		doc.WriteString("<w:p>")
		at := 0
		for _, m := range benchMarker.FindAllStringSubmatchIndex(p, -1) {
			id++
			fmt.Fprintf(&doc, `<w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:footnoteReference w:id="%d"/></w:r>`, html.EscapeString(p[at:m[0]]), id)
			label := p[m[2]:m[3]]
			for _, n := range notes {
				if n[0] == label {
					fmt.Fprintf(&fn, `<w:footnote w:id="%d"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:footnote>`, id, html.EscapeString(n[1]))
				}
			}
			at = m[1]
		}
		fmt.Fprintf(&doc, `<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, html.EscapeString(p[at:]))
	}
	doc.WriteString("</w:body></w:document>")
	fn.WriteString("</w:footnotes>")
	return makeZip(t, zipEntry{name: "word/document.xml", data: doc.String()}, zipEntry{name: "word/footnotes.xml", data: fn.String()})
}

func benchCommonMark(size int) []byte {
	paras, notes := benchParts(size)
	var b strings.Builder
	for i, p := range paras {
		if i%25 == 0 {
			fmt.Fprintf(&b, "## Chapter %d\n\n", i/25+1)
		}
		b.WriteString(benchMarker.ReplaceAllString(p, `[^$1]`) + "\n\n")
	}
	for _, n := range notes {
		fmt.Fprintf(&b, "[^%s]: %s\n\n", n[0], n[1])
	}
	return []byte(b.String())
}

func BenchmarkReaders(b *testing.B) {
	const size = 1 << 20
	inputs := []struct {
		name, format string
		data         []byte
	}{
		{"html", "html", benchHTML(size)},
		{"epub", "epub", benchEPUB(b, size)},
		{"tei", "tei", benchTEI(size)},
		{"docx", "docx", benchDOCX(b, size)},
		{"commonmark", "commonmark", benchCommonMark(size)},
	}
	for _, in := range inputs {
		b.Run(in.name+"/1MB", func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			var e *Edition
			for b.Loop() {
				var err error
				if e, err = Parse("bench.en."+in.name, in.data, Options{Format: in.format, Lang: "en"}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(e.Sentences)), "sentences")
			b.ReportMetric(float64(len(e.Notes)), "notes")
		})
	}
}
