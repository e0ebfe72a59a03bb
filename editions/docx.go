package editions

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// DOCX: Word documents, read with the standard library's zip and XML.
//
// Paragraphs (<w:p>) take their kind from their style: the built-in
// "heading N" and "Title" styles (or an outline level) make headings,
// "Quote" and "Block Text" quotations, numbered paragraphs list items.
// Footnote and endnote references are written as markers, numbered as
// Word shows them (footnotes 1, 2, 3; endnotes i, ii, iii), and the notes'
// paragraphs follow the paragraph that refers to them. Deleted text of
// tracked changes is left out, inserted text kept. docProps/core.xml
// gives the title, language and creator.

type docxStyle struct {
	level int // heading level, 0 for none
	kind  Kind
}

var docxHeadingName = regexp.MustCompile(`(?i)^heading ?(\d)$`)

func readDOCX(name string, data []byte) (*document, error) {
	z, err := openZip(name, data)
	if err != nil {
		return nil, err
	}
	if !z.has("word/document.xml") {
		return nil, &InputError{Path: name, Offset: -1, Msg: "not a DOCX: the archive has no word/document.xml"}
	}
	part := func(entry string) (*html.Node, error) {
		if !z.has(entry) {
			return nil, nil
		}
		raw, err := z.readEntry(entry)
		if err != nil {
			return nil, err
		}
		return parseXML(name+": "+entry, raw, false)
	}
	r := &docxReader{d: newDocument(), styles: map[string]docxStyle{}, notes: map[string]map[string]*html.Node{}}
	if styles, err := part("word/styles.xml"); err != nil {
		return nil, err
	} else if styles != nil {
		r.readStyles(styles)
	}
	for _, kind := range []string{"footnote", "endnote"} {
		notes, err := part("word/" + kind + "s.xml")
		if err != nil {
			return nil, err
		}
		r.notes[kind] = map[string]*html.Node{}
		root := child(notes, kind+"s") // nil in a part without it (TestDOCXNotesWithoutRoot)
		if root == nil {
			continue
		}
		for c := root.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == kind && (attr(c, "type") == "" || attr(c, "type") == "normal") {
				r.notes[kind][attr(c, "id")] = c
			}
		}
	}
	if core, err := part("docProps/core.xml"); err != nil {
		return nil, err
	} else if core != nil {
		if t := find(core, "title"); t != nil {
			r.d.title = foldSpace(textOf(t))
		}
		if l := find(core, "language"); l != nil {
			r.d.lang = strings.TrimSpace(textOf(l))
		}
		if c := find(core, "creator"); c != nil {
			r.d.setMeta("author", textOf(c))
		}
	}
	doc, err := part("word/document.xml")
	if err != nil {
		return nil, err
	}
	body := find(doc, "body")
	if body == nil {
		return nil, &InputError{Path: name, Offset: -1, Msg: "word/document.xml has no <w:body>"}
	}
	r.blocks(body)
	return r.d, nil
}

type docxReader struct {
	d      *document
	styles map[string]docxStyle
	notes  map[string]map[string]*html.Node // "footnote"/"endnote" → id → note
	counts map[string]int
}

func (r *docxReader) readStyles(root *html.Node) {
	ss := child(root, "styles")
	if ss == nil {
		return
	}
	for s := ss.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || s.Data != "style" {
			continue
		}
		st := docxStyle{kind: Text}
		nm := strings.ToLower(attr(child(s, "name"), "val"))
		switch {
		case docxHeadingName.MatchString(nm):
			st.kind, st.level = Heading, int(docxHeadingName.FindStringSubmatch(nm)[1][0]-'0')
		case nm == "title":
			st.kind, st.level = Heading, 1
		case strings.Contains(nm, "quote") || nm == "block text":
			st.kind = Quotation
		case strings.HasPrefix(nm, "list"):
			st.kind = ListItem
		}
		if ol := child(child(s, "pPr"), "outlineLvl"); ol != nil && st.kind == Text {
			if n, err := strconv.Atoi(attr(ol, "val")); err == nil && n < 9 {
				st.kind, st.level = Heading, n+1
			}
		}
		r.styles[attr(s, "styleId")] = st
	}
}

// blocks reads the paragraphs and tables of a body or a note.
func (r *docxReader) blocks(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "p":
			r.paragraph(c)
		case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins":
			r.blocks(c)
		}
	}
}

func (r *docxReader) paragraph(p *html.Node) {
	kind, level := Text, 0
	if ppr := child(p, "pPr"); ppr != nil {
		id := attr(child(ppr, "pStyle"), "val")
		st, ok := r.styles[id]
		if !ok && docxHeadingName.MatchString(id) {
			st = docxStyle{kind: Heading, level: int(docxHeadingName.FindStringSubmatch(id)[1][0] - '0')}
		}
		if st.kind != 0 {
			kind, level = st.kind, st.level
		}
		if child(ppr, "numPr") != nil && kind == Text {
			kind = ListItem
		}
	}
	r.d.push(kind, level)
	r.runs(p)
	r.d.pop()
}

// runs reads the text of a paragraph.
func (r *docxReader) runs(n *html.Node) {
	d := r.d
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "t":
			d.write(textOf(c))
		case "tab", "ptab":
			d.space()
		case "br", "cr":
			d.newline()
		case "noBreakHyphen":
			d.write("\u2011")
		case "footnoteReference", "endnoteReference":
			kind := strings.TrimSuffix(c.Data, "Reference")
			note := r.notes[kind][attr(c, "id")]
			if note == nil {
				continue
			}
			if r.counts == nil {
				r.counts = map[string]int{}
			}
			r.counts[kind]++
			label := strconv.Itoa(r.counts[kind])
			if kind == "endnote" {
				label = roman(r.counts[kind])
			}
			d.linkedMarker(label, note)
			d.deferNote(func() {
				d.pushLinkedNote(label, note)
				r.blocks(note)
				d.pop()
			})
		case "del", "pPr", "rPr", "instrText", "delText", "footnoteRef", "endnoteRef", "commentReference", "drawing", "pict", "object":
		case "p":
			r.paragraph(c)
		default: // r, hyperlink, ins, smartTag, fldSimple, sdt, sdtContent…
			r.runs(c)
		}
	}
}

// roman writes n in lowercase Roman numerals, as Word numbers endnotes.
func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
