package editions

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// HTML: web pages from archives, and the XHTML chapters of EPUB books.
//
// The main text is the page's <main>, else its only <article>, else its
// <body>; notes outside it are read after it. On web pages the site's
// furniture is left out: navigation, banners, footers, forms, hidden
// elements, elements whose class names say they are menus or sidebars,
// paragraphs made only of links, and "Last updated" or copyright lines.
//
// Notes are found through their markers: a link to an element of the
// document whose text is a note label ([1], 1, *, a), or an EPUB noteref,
// makes that element (or the paragraph it opens) a note with the label
// the marker shows. The marker is written into the extracted text as [1]
// (or [^a] for labels that are not numbers) whatever the page shows:
// superscript, brackets or a bare number. Asides and elements whose
// epub:type or role says footnote or endnote are notes even unlinked.

// decodeHTML decodes the bytes of a web page: the encoding named by the
// user, else a byte-order mark or <meta charset> (the page's own word),
// else detected as for plain text.
func decodeHTML(name string, data []byte, named string) (string, string, error) {
	if named == "" {
		// 1024 bytes: as far as the HTML standard's prescan for a <meta
		// charset> reads (WHATWG HTML, "prescan a byte stream to
		// determine its encoding"), and DetermineEncoding with it.
		head := data[:min(len(data), 1024)]
		if bytes.Contains(bytes.ToLower(head), []byte("charset")) {
			if enc, label, _ := charset.DetermineEncoding(data, ""); label != "" {
				if label == "utf-8" && !utf8.Valid(data) {
					// Pages saved in a legacy encoding under a template
					// that says UTF-8 are common: detect instead.
					return decodeDetected(name, data)
				}
				if text, used, err := Decode(data, label); err == nil {
					return text, used, nil
				} else if !strings.HasPrefix(err.Error(), "unknown encoding") {
					return "", "", WithPath(name, err)
				}
				// An encoding Decode does not know (Shift JIS, GB 18030…):
				// the HTML standard's decoder has it.
				if enc != nil && enc != encoding.Nop {
					out, err := enc.NewDecoder().Bytes(data)
					if err == nil && len(bytes.TrimSpace(out)) > 0 {
						return string(bytes.TrimPrefix(out, bomUTF8)), label, nil
					}
				}
			}
		}
	}
	if named != "" {
		text, used, err := Decode(data, named)
		if err != nil {
			return "", "", WithPath(name, err)
		}
		return text, used, nil
	}
	return decodeDetected(name, data)
}

func decodeDetected(name string, data []byte) (string, string, error) {
	text, used, err := Decode(data, "")
	if err != nil {
		return "", "", WithPath(name, err)
	}
	return text, used, nil
}

// checkHTML refuses pages the HTML parser would take too long or too
// much memory to build: nesting deeper than maxDepth, huge attributes,
// too many elements, or many inline elements left open (the parser
// re-opens them in every following paragraph). Elements whose end tag
// may be left out (p, li, td…) are not counted as nesting.
func checkHTML(name, text string) error {
	z := html.NewTokenizer(strings.NewReader(text))
	depth, inline, nodes, off := 0, 0, 0, 0
	for {
		tt := z.Next()
		raw := len(z.Raw())
		switch tt {
		case html.ErrorToken:
			return nil
		case html.StartTagToken:
			nodes++
			tag, hasAttr := z.TagName()
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if len(v) > maxAttrLen {
					return &InputError{Path: name, Offset: off, Msg: fmt.Sprintf("attribute %s of <%s> longer than %d bytes", k, tag, maxAttrLen)}
				}
			}
			a := atom.Lookup(tag)
			switch {
			case voidElements[a] || optionalEnd[a]:
			case formatting[a]:
				inline++
				if inline > maxOpenInlne {
					return &InputError{Path: name, Offset: off, Msg: fmt.Sprintf("more than %d inline elements left open", maxOpenInlne)}
				}
			default:
				depth++
				if depth > maxDepth {
					return &InputError{Path: name, Offset: off, Msg: fmt.Sprintf("elements nested more than %d deep", maxDepth)}
				}
			}
		case html.EndTagToken:
			tag, _ := z.TagName()
			a := atom.Lookup(tag)
			switch {
			case voidElements[a] || optionalEnd[a]:
			case formatting[a]:
				inline = max(inline-1, 0)
			default:
				depth = max(depth-1, 0)
			}
		case html.TextToken:
			nodes++
		}
		if nodes > maxNodes {
			return &InputError{Path: name, Offset: off, Msg: fmt.Sprintf("more than %d HTML elements", maxNodes)}
		}
		off += raw
	}
}

var (
	voidElements = atomSet(atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr)
	optionalEnd  = atomSet(atom.P, atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th, atom.Thead, atom.Tbody, atom.Tfoot, atom.Option, atom.Optgroup, atom.Colgroup, atom.Caption, atom.Rb, atom.Rt, atom.Rp, atom.Rtc, atom.Html, atom.Head, atom.Body)
	formatting   = atomSet(atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U)
)

func atomSet(as ...atom.Atom) map[atom.Atom]bool {
	m := map[atom.Atom]bool{}
	for _, a := range as {
		m[a] = true
	}
	return m
}

// parseHTML checks and parses a web page.
func parseHTML(name, text string) (*html.Node, error) {
	if err := checkHTML(name, text); err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, &InputError{Path: name, Offset: -1, Msg: "unreadable HTML: " + err.Error()}
	}
	return root, nil
}

// readHTML extracts the text of a web page.
func readHTML(name, text string) (*document, error) {
	root, err := parseHTML(name, text)
	if err != nil {
		return nil, err
	}
	d := newDocument()
	hr := newHTMLReader(d, true)
	page := htmlPage{path: "", root: root}
	hr.findNotes([]htmlPage{page})
	if h := find(root, "html"); h != nil {
		d.lang = attr(h, "lang")
		if d.lang == "" {
			d.lang = attr(h, "xml:lang")
		}
	}
	if t := find(find(root, "head"), "title"); t != nil {
		d.title = foldSpace(textOf(t))
	}
	hr.readPage(page)
	return d, nil
}

// An htmlPage is one HTML document: a web page, or a chapter of a book
// (path is then its name in the book, to resolve links between chapters).
type htmlPage struct {
	path string
	root *html.Node
}

type htmlReader struct {
	d   *document
	web bool // a web page: leave out the site's furniture

	markers map[*html.Node]string // links that are note markers → note label
	notes   map[*html.Node]string // elements that are notes → label
	inNote  int
	// aroundMarker holds the inline elements around markers, such as the
	// <sup> of <sup><a href="#n1">1</a></sup>.
	aroundMarker map[*html.Node]bool
	// aroundNote holds the elements that hold notes, noteRoots the notes
	// of each page in document order.
	aroundNote map[*html.Node]bool
	noteRoots  map[*html.Node][]*html.Node
	noteOf     map[*html.Node]*html.Node // marker → the note it links to
}

func newHTMLReader(d *document, web bool) *htmlReader {
	hr := &htmlReader{d: d, web: web, markers: map[*html.Node]string{}, notes: map[*html.Node]string{}, aroundMarker: map[*html.Node]bool{},
		aroundNote: map[*html.Node]bool{}, noteRoots: map[*html.Node][]*html.Node{}, noteOf: map[*html.Node]*html.Node{}}
	d.drop = func(b block, text string) bool {
		if b.kind == NoteKind || b.kind == Heading {
			return false
		}
		if !d.plain {
			return true // only links: navigation, a table of contents
		}
		return web && len(text) < maxFurniture && furnitureLine.MatchString(foldSpace(text))
	}
	return hr
}

// maxFurniture is the longest line, in bytes, taken for a site's
// furniture when furnitureLine matches it: chosen by hand with the HTML
// reader (commit 06e6984), not measured.
const maxFurniture = 200

// furnitureLine matches the lines a site adds to every page.
var furnitureLine = regexp.MustCompile(`(?i)^(last (updated|modified|revised)|(page )?updated( on)?:|dernière mise à jour|mis à jour le|zuletzt (aktualisiert|geändert)|letzte änderung|última (actualización|modificación)|ultimo aggiornamento|последнее обновление|copyright\b|©|\(c\) \d{4}|all rights reserved|back to (the )?top|top of page|retour en haut|print this page|share this)`)

var blockElements = atomSet(atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Aside, atom.Blockquote,
	atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Table,
	atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Figure, atom.Figcaption, atom.Address, atom.Center, atom.Hr, atom.Form, atom.Fieldset,
	atom.Details, atom.Summary, atom.Body, atom.Hgroup, atom.Nav, atom.Tbody, atom.Thead, atom.Tfoot)

func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockElements[n.DataAtom]
}

// skipped are elements whose content is never text of the edition.
var skipped = atomSet(atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Svg, atom.Math,
	atom.Canvas, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Img, atom.Video, atom.Audio, atom.Map, atom.Title, atom.Rt, atom.Rp)

// furniture are the elements of a web page around its text.
var (
	furniture      = atomSet(atom.Nav, atom.Form, atom.Menu, atom.Dialog, atom.Aside)
	furnitureRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true, "search": true, "complementary": true, "menu": true, "menubar": true, "toolbar": true, "doc-toc": true}
	furnitureWords = map[string]bool{"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true, "sidebar": true, "footer": true, "masthead": true,
		"cookie": true, "cookies": true, "share": true, "sharing": true, "social": true, "pagination": true, "pager": true, "skip": true, "toc": true, "banner": true}
)

// isFurniture reports the elements of a web page that are the site's,
// not the text's.
func (hr *htmlReader) isFurniture(n *html.Node) bool {
	if furniture[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Header || n.DataAtom == atom.Footer {
		// The header of an article holds its title; the page's holds the
		// site's name and menus.
		for p := n.Parent; p != nil; p = p.Parent {
			if p.DataAtom == atom.Article || p.DataAtom == atom.Main || p.DataAtom == atom.Section {
				return n.DataAtom == atom.Footer && !hr.hasNotes(n)
			}
		}
		return true
	}
	if furnitureRoles[attr(n, "role")] {
		return true
	}
	for _, key := range []string{"class", "id"} {
		for _, tok := range strings.FieldsFunc(strings.ToLower(attr(n, key)), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
			if furnitureWords[tok] {
				return true
			}
		}
	}
	return false
}

// hasNotes reports whether n holds a note.
func (hr *htmlReader) hasNotes(n *html.Node) bool {
	return hr.aroundNote[n]
}

// mainRoot returns the element holding the text of a web page.
func mainRoot(root *html.Node) *html.Node {
	var mains, articles []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Main || attr(n, "role") == "main":
				mains = append(mains, n)
				return
			case n.DataAtom == atom.Article:
				articles = append(articles, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	switch {
	case len(mains) == 1:
		return mains[0]
	case len(articles) == 1:
		return articles[0]
	}
	if b := find(root, "body"); b != nil {
		return b
	}
	return root
}

// readPage reads one page: on the web its main text, then the notes
// outside it; in a book all of its body.
func (hr *htmlReader) readPage(p htmlPage) {
	body := find(p.root, "body")
	if body == nil {
		body = p.root
	}
	if !hr.web {
		hr.walk(body)
		return
	}
	main := mainRoot(p.root)
	hr.walk(main)
	for _, n := range hr.noteRoots[p.root] {
		if !isInside(n, main) {
			hr.walk(n)
		}
	}
}

// walk reads n and what it holds into the document.
func (hr *htmlReader) walk(n *html.Node) {
	d := hr.d
	switch n.Type {
	case html.TextNode:
		d.write(n.Data)
		return
	case html.DocumentNode:
		hr.children(n)
		return
	case html.ElementNode:
	default:
		return
	}
	if skipped[n.DataAtom] || n.DataAtom == atom.Nav || hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" ||
		hasToken(attr(n, "epub:type"), "pagebreak") || hasToken(attr(n, "role"), "doc-pagebreak") {
		return
	}
	if label, ok := hr.notes[n]; ok && hr.inNote == 0 {
		d.pushLinkedNote(label, n)
		hr.inNote++
		hr.children(n)
		hr.inNote--
		d.pop()
		return
	}
	if isNoteElement(n) && hr.inNote == 0 {
		d.pushNote(d.noteLabel(""))
		hr.inNote++
		hr.children(n)
		hr.inNote--
		d.pop()
		return
	}
	if hr.web && hr.inNote == 0 && hr.isFurniture(n) {
		return
	}
	switch n.DataAtom {
	case atom.A:
		if label, ok := hr.markers[n]; ok {
			if hr.inNote == 0 {
				d.linkedMarker(label, hr.noteOf[n])
			}
			return // in a note: the link back to the marker
		}
		if hr.inNote > 0 && attr(n, "href") != "" && isBackLink(textOf(n)) {
			return
		}
		if attr(n, "href") != "" {
			d.links++
			hr.children(n)
			d.links--
			return
		}
	case atom.Sup:
		if s := strings.TrimSpace(textOf(n)); isDigits(s) && !hr.holdsMarker(n) {
			// A number in superscript without a link. On a page that
			// links its notes it is an exponent (m², 10⁶) and is written
			// as plain digits, since superscript digits would be read as
			// a marker; on a page without linked notes it is written as
			// the page shows it, ¹, and is a marker when a paragraph
			// "¹ …" later defines that note (see plainHTMLNotes).
			if hr.inNote == 0 && len(hr.markers) == 0 {
				d.char()
				d.buf = append(d.buf, superscript(s)...)
			} else {
				d.write(s)
			}
			return
		}
	case atom.Br:
		d.newline()
		return
	case atom.Hr:
		d.closeBlock()
		return
	case atom.Pre:
		d.push(Text, 0)
		d.preserve++
		hr.children(n)
		d.preserve--
		d.pop()
		return
	}
	if !isBlock(n) {
		hr.children(n)
		return
	}
	kind, level := Text, 0
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		kind, level = Heading, int(n.Data[1]-'0')
	case atom.Blockquote:
		kind = Quotation
	case atom.Li:
		kind = ListItem
	default:
		if hasQuoteClass(attr(n, "class")) {
			kind = Quotation
		}
	}
	d.push(kind, level)
	hr.children(n)
	d.pop()
}

func (hr *htmlReader) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		hr.walk(c)
	}
}

func (hr *htmlReader) holdsMarker(n *html.Node) bool {
	return hr.aroundMarker[n]
}

func hasQuoteClass(class string) bool {
	for _, tok := range strings.Fields(strings.ToLower(class)) {
		if strings.HasPrefix(tok, "quote") || strings.HasPrefix(tok, "blockquote") || tok == "epigraph" {
			return true
		}
	}
	return false
}
