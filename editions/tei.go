package editions

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// TEI P5: the XML of scholarly editions.
//
// The edition is the <text> of the first <TEI> (the front matter without
// its title page, the body, the back matter); the <teiHeader> gives the
// title, the edition statement, the translator and the language.
// Headings are levelled by the divisions around them; <p> and <ab> are
// paragraphs, block <quote>, <cit> and <epigraph> quotations, <lg> a
// paragraph of verse whose <l> keep their lines, <item> list items.
// Sentences marked with <s> are taken as they are. A <note> inside a
// paragraph leaves a marker where it stands and becomes a note paragraph
// after that paragraph; a note pointed to by <ref>/<ptr target="#id">, or
// pointing to an <anchor> with @target, gets its marker there and stays
// where it is. Editorial choices read the corrected, regularised and
// expanded forms (<corr>, <reg>, <expan>, <lem>), not their alternatives.

var translatorResp = regexp.MustCompile(`transl|trl|übers|trad|перев|vertal`)

var xmlEncodingDecl = regexp.MustCompile(`^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._:-]+)["']`)

func readTEI(name string, data []byte) (*document, string, error) {
	root, err := parseXML(name, data, true)
	if err != nil {
		return nil, "", err
	}
	enc := "utf-8"
	// The declaration opens the file (xmlEncodingDecl): 200 bytes hold
	// it, chosen by hand (commit 06e6984), not measured.
	if m := xmlEncodingDecl.FindSubmatch(data[:min(len(data), 200)]); m != nil {
		enc = strings.ToLower(string(m[1]))
	}
	tei := child(root, "TEI")
	if tei == nil {
		if c := child(root, "teiCorpus"); c != nil {
			tei = find(c, "TEI")
		}
	}
	if tei == nil {
		return nil, "", &InputError{Path: name, Offset: -1, Msg: "no <TEI> element: not a TEI P5 document"}
	}
	text := child(tei, "text")
	if text == nil {
		return nil, "", &InputError{Path: name, Offset: -1, Msg: "no <text> in the <TEI> element"}
	}
	d := newDocument()
	tr := &teiReader{d: d, refNotes: map[string]string{}, byID: map[string]*html.Node{}, anchors: map[string][]*html.Node{}, placed: map[*html.Node]bool{}}
	tr.header(child(tei, "teiHeader"))
	for _, n := range []*html.Node{text, tei} {
		if l := attr(n, "xml:lang"); l != "" && d.lang == "" {
			d.lang = l
		}
	}
	tr.findNotes(text)
	for c := text.FirstChild; c != nil; c = c.NextSibling {
		tr.walk(c, 0)
	}
	return d, enc, nil
}

type teiReader struct {
	d        *document
	refNotes map[string]string       // xml:id of a note its markers point to → label
	byID     map[string]*html.Node   // and the note
	anchors  map[string][]*html.Node // xml:id of an anchor → the notes pointing there
	placed   map[*html.Node]bool     // notes whose markers stand elsewhere
	labels   map[*html.Node]string   // labels given to notes
	count    int                     // notes numbered in sequence
}

// header reads the title, edition statement, translator and language.
func (tr *teiReader) header(h *html.Node) {
	if h == nil {
		return
	}
	d := tr.d
	fd := child(h, "fileDesc")
	ts := child(fd, "titleStmt")
	if ts != nil {
		var first, main *html.Node
		for c := ts.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "title" {
				if first == nil {
					first = c
				}
				if main == nil && attr(c, "type") == "main" {
					main = c
				}
			}
		}
		if main == nil {
			main = first
		}
		if main != nil {
			d.title = foldSpace(textOf(main))
		}
		for c := ts.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "author":
				d.setMeta("author", textOf(c))
			case "editor":
				if role := strings.ToLower(attr(c, "role")); strings.Contains(role, "transl") || role == "trl" {
					d.setMeta("translator", textOf(c))
				} else {
					d.setMeta("editor", textOf(c))
				}
			case "respStmt":
				resp := strings.ToLower(textOf(child(c, "resp")) + " " + attr(child(c, "resp"), "key"))
				who := child(c, "persName")
				if who == nil {
					who = child(c, "name")
				}
				if who != nil && translatorResp.MatchString(resp) {
					d.setMeta("translator", textOf(who))
				}
			}
		}
	}
	if es := child(fd, "editionStmt"); es != nil {
		if e := child(es, "edition"); e != nil {
			d.setMeta("edition", textOf(e))
		} else {
			d.setMeta("edition", textOf(es))
		}
	}
	if lu := find(child(h, "profileDesc"), "langUsage"); lu != nil {
		if l := child(lu, "language"); l != nil {
			d.lang = attr(l, "ident")
		}
	}
}

// findNotes labels the notes and finds those whose markers stand
// elsewhere: at a <ref> or <ptr> pointing to them, or at the <anchor>
// their @target names.
func (tr *teiReader) findNotes(text *html.Node) {
	tr.labels = map[*html.Node]string{}
	targets := map[string]bool{}
	var refs func(*html.Node, int)
	refs = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode && (n.Data == "ref" || n.Data == "ptr") {
			for _, t := range strings.Fields(attr(n, "target")) {
				if strings.HasPrefix(t, "#") {
					targets[t[1:]] = true
				}
			}
		}
		for c := n.FirstChild; c != nil && depth < maxDepth; c = c.NextSibling {
			refs(c, depth+1)
		}
	}
	refs(text, 0)
	var notes func(*html.Node, int)
	notes = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode && n.Data == "note" {
			label := tr.label(n)
			if id := attr(n, "xml:id"); id != "" && targets[id] {
				tr.refNotes[id] = label
				tr.byID[id] = n
				tr.placed[n] = true
			}
			if t := attr(n, "target"); strings.HasPrefix(t, "#") {
				id := strings.Fields(t)[0][1:]
				tr.anchors[id] = append(tr.anchors[id], n)
				tr.placed[n] = true
			}
		}
		for c := n.FirstChild; c != nil && depth < maxDepth; c = c.NextSibling {
			notes(c, depth+1)
		}
	}
	notes(text, 0)
}

// label returns the label of a note: its @n, or the next number.
func (tr *teiReader) label(n *html.Node) string {
	if l, ok := tr.labels[n]; ok {
		return l
	}
	l := strings.TrimSpace(attr(n, "n"))
	if l == "" || len(l) > maxMarkerLabel || !isLabelText(l) {
		tr.count++
		l = strconv.Itoa(tr.count)
	}
	tr.labels[n] = l
	return l
}

// teiContainers hold blocks; text directly inside them is a paragraph.
var teiContainers = map[string]bool{"body": true, "front": true, "back": true, "group": true, "text": true, "div": true,
	"div1": true, "div2": true, "div3": true, "div4": true, "div5": true, "div6": true, "div7": true, "floatingText": true, "sp": true}

// teiSkipped hold no text of the edition: page furniture, apparatus
// alternatives, figures, the title page.
var teiSkipped = map[string]bool{"teiHeader": true, "fw": true, "pb": true, "cb": true, "milestone": true, "figure": true, "graphic": true,
	"gap": true, "rdg": true, "rdgGrp": true, "witDetail": true, "titlePage": true, "facsimile": true, "del": true, "interpGrp": true,
	"link": true, "linkGrp": true, "standOff": true, "surplus": true}

// walk reads n; divs is the depth of divisions around it.
func (tr *teiReader) walk(n *html.Node, divs int) {
	d := tr.d
	if n.Type == html.TextNode {
		d.write(n.Data)
		return
	}
	if n.Type != html.ElementNode || teiSkipped[n.Data] {
		return
	}
	switch n.Data {
	case "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7":
		d.closeBlock()
		tr.children(n, divs+1)
		d.closeBlock()
	case "head":
		d.push(Heading, max(divs, 1))
		tr.children(n, divs)
		d.pop()
	case "p", "ab", "trailer", "byline", "dateline", "opener", "closer", "salute", "signed", "argument", "stage", "speaker", "docAuthor", "docImprint", "cell", "label":
		if n.Data == "label" && !tr.isBlockLevel(n) {
			tr.children(n, divs)
			return
		}
		d.push(Text, 0)
		tr.children(n, divs)
		d.pop()
	case "quote", "cit", "epigraph", "q":
		if n.Data != "epigraph" && !tr.isBlockLevel(n) {
			tr.children(n, divs)
			return
		}
		d.push(Quotation, 0)
		tr.children(n, divs)
		d.pop()
	case "lg":
		d.push(Text, 0)
		tr.children(n, divs)
		d.pop()
	case "l":
		if d.open && d.hasText {
			d.newline()
		}
		tr.children(n, divs)
		d.newline()
	case "list", "listBibl", "table", "row":
		d.closeBlock()
		tr.children(n, divs)
		d.closeBlock()
	case "item", "bibl":
		if n.Data == "bibl" && !tr.isBlockLevel(n) {
			tr.children(n, divs)
			return
		}
		d.push(ListItem, 0)
		tr.children(n, divs)
		d.pop()
	case "s":
		d.beginSentence()
		tr.children(n, divs)
		d.endSentence()
	case "lb":
		if attr(n, "break") != "no" {
			d.space()
		}
	case "choice":
		tr.choice(n, divs)
	case "app":
		if lem := child(n, "lem"); lem != nil {
			tr.children(lem, divs)
		} else if r := child(n, "rdg"); r != nil {
			tr.children(r, divs)
		}
	case "note":
		tr.note(n, divs)
	case "ref", "ptr":
		for _, t := range strings.Fields(attr(n, "target")) {
			if label, ok := tr.refNotes[strings.TrimPrefix(t, "#")]; ok && strings.HasPrefix(t, "#") {
				d.linkedMarker(label, tr.byID[t[1:]])
				return
			}
		}
		tr.children(n, divs)
	case "anchor":
		// Once: an id names one anchor, even in a file that repeats it.
		id := attr(n, "xml:id")
		for _, note := range tr.anchors[id] {
			d.linkedMarker(tr.label(note), note)
		}
		delete(tr.anchors, id)
	default:
		if teiContainers[n.Data] {
			d.closeBlock()
			tr.children(n, divs)
			d.closeBlock()
			return
		}
		tr.children(n, divs)
	}
}

func (tr *teiReader) children(n *html.Node, divs int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		tr.walk(c, divs)
	}
}

// isBlockLevel reports a quotation standing as a paragraph of its own:
// directly in a division, or holding paragraphs or verse.
func (tr *teiReader) isBlockLevel(n *html.Node) bool {
	if p := n.Parent; p != nil && (teiContainers[p.Data] || p.Data == "cit" || p.Data == "list" || p.Data == "listBibl") {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Data {
		case "p", "lg", "l", "ab", "sp", "list":
			return c.Type == html.ElementNode
		}
	}
	return false
}

// choice reads the editor's reading of a <choice>.
func (tr *teiReader) choice(n *html.Node, divs int) {
	for _, pref := range []string{"corr", "reg", "expan", "seg"} {
		if c := child(n, pref); c != nil {
			tr.children(c, divs)
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			tr.children(c, divs)
			return
		}
	}
}

// note writes a note: inside a paragraph, its marker there and its text
// after the paragraph; elsewhere, its text where it stands.
func (tr *teiReader) note(n *html.Node, divs int) {
	d := tr.d
	label := tr.label(n)
	body := func() {
		d.pushLinkedNote(label, n)
		tr.children(n, divs)
		d.pop()
	}
	if tr.placed[n] {
		// Its marker stands elsewhere: the note stays where it is, or
		// after the paragraph that holds it.
		if d.open {
			d.deferNote(body)
		} else {
			body()
		}
		return
	}
	if !d.open {
		body()
		return
	}
	d.linkedMarker(label, n)
	d.deferNote(body)
}
