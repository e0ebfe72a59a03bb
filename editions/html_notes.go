package editions

// Notes on HTML pages: the links that are note markers, the elements they
// point to, and on pages that link nothing, the paragraphs that open with a
// label used earlier as a marker. See html.go.

import (
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markerLabel returns the note label a marker's text shows ("[1]", "1",
// "(a)", "*"), or "" when the text is not a label.
var markerLabelRe = regexp.MustCompile(`^[\[(]?\s*([0-9]{1,4}|[a-zA-Z]{1,2}|[ivxlc]{1,5}|[*†‡§]{1,3})\s*[\])]?\.?$`)

func markerLabel(s string) string {
	m := markerLabelRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	return m[1]
}

// resolve returns the key of the target of href in the page at base:
// "chapter.xhtml#n1", or "#n1" on a web page.
func resolve(base, href string) (string, bool) {
	i := strings.IndexByte(href, '#')
	if i < 0 || i == len(href)-1 {
		return "", false
	}
	file, frag := href[:i], href[i+1:]
	if strings.Contains(file, ":") {
		return "", false // another site
	}
	if u, err := url.PathUnescape(file); err == nil {
		file = u
	}
	if base == "" {
		return "#" + frag, true
	}
	if file == "" {
		return base + "#" + frag, true
	}
	return path.Join(path.Dir(base), file) + "#" + frag, true
}

// isNoteElement reports asides and elements marked as notes.
func isNoteElement(n *html.Node) bool {
	t := attr(n, "epub:type") + " " + attr(n, "role")
	for _, tok := range strings.Fields(t) {
		switch strings.TrimPrefix(tok, "doc-") {
		case "footnote", "endnote", "rearnote", "note":
			return true
		}
	}
	return false
}

// findNotes finds the notes of the pages and the links that mark them.
func (hr *htmlReader) findNotes(pages []htmlPage) {
	type ref struct {
		a     *html.Node
		label string
		order int
	}
	refs := map[string][]ref{} // target key → markers
	ids := map[string]*html.Node{}
	order := map[*html.Node]int{}
	n := 0
	for _, p := range pages {
		var walk func(*html.Node)
		walk = func(x *html.Node) {
			if x.Type != html.ElementNode && x.Type != html.DocumentNode {
				return
			}
			n++
			order[x] = n
			if x.Type == html.ElementNode {
				id := attr(x, "id")
				if id == "" {
					id = attr(x, "xml:id")
				}
				if id == "" && x.DataAtom == atom.A {
					id = attr(x, "name")
				}
				if id != "" {
					key, _ := resolve(p.path, "#"+id)
					if _, dup := ids[key]; !dup {
						ids[key] = x
					}
				}
				if x.DataAtom == atom.A {
					if key, ok := resolve(p.path, attr(x, "href")); ok {
						label := markerLabel(textOf(x))
						noteref := hasToken(attr(x, "epub:type"), "noteref") || hasToken(attr(x, "role"), "doc-noteref")
						if label != "" || noteref {
							refs[key] = append(refs[key], ref{x, label, n})
						}
					}
				}
			}
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(p.root)
	}
	// In the order of the markers, so that labels given in sequence
	// follow the text.
	keys := make([]string, 0, len(refs))
	for key := range refs {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(i, j int) bool { return refs[keys[i]][0].order < refs[keys[j]][0].order })
	for _, key := range keys {
		rs := refs[key]
		target := ids[key]
		if target == nil {
			continue
		}
		root := noteRoot(target)
		if root == nil || !mayBeNote(root) {
			continue
		}
		// A note follows its marker, or is marked as a note: this tells
		// the note from the marker its back-link points to.
		first := rs[0]
		if order[root] < first.order && !isNoteElement(root) {
			continue
		}
		if isInside(first.a, root) {
			continue
		}
		label := first.label
		if label == "" {
			label = markerLabel(textOf(root))
		}
		label = hr.d.noteLabel(label)
		if _, seen := hr.notes[root]; !seen {
			hr.notes[root] = label
		} else {
			label = hr.notes[root]
		}
		for p := root.Parent; p != nil && !hr.aroundNote[p]; p = p.Parent {
			hr.aroundNote[p] = true
		}
		for _, r := range rs {
			hr.markers[r.a] = label
			hr.noteOf[r.a] = root
			for p := r.a.Parent; p != nil && !isBlock(p); p = p.Parent {
				hr.aroundMarker[p] = true
			}
		}
	}
	hr.listNotes(pages)
}

// listNotes records the notes of each page in document order.
func (hr *htmlReader) listNotes(pages []htmlPage) {
	for _, p := range pages {
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if _, ok := hr.notes[n]; ok {
				hr.noteRoots[p.root] = append(hr.noteRoots[p.root], n)
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(p.root)
	}
}

// maxNoteLead is how many elements before a note's target noteRoot looks
// at for its block: chosen by hand (commit 4e88a13), not measured.
const maxNoteLead = 8

// noteRoot returns the element that holds the note whose target is t: t
// itself when it is a block, else the block t opens (an anchor at the
// start of a paragraph), else nil.
func noteRoot(t *html.Node) *html.Node {
	if isBlock(t) {
		return t
	}
	for p := t; p.Parent != nil; p = p.Parent {
		// t must come before any text of the block. Only a few elements
		// are looked at: a note's label opens it.
		k := 0
		for s := p.PrevSibling; s != nil; s = s.PrevSibling {
			if k++; k > maxNoteLead || hasText(s, 0) {
				return nil
			}
		}
		if isBlock(p.Parent) {
			return p.Parent
		}
	}
	return nil
}

// maxNoteBytes is more text, in bytes, than any note has (mayBeNote):
// chosen by hand (commit 7975fe2), not measured.
const maxNoteBytes = 20_000

// mayBeNote tells a note from the parts of a page that in-page links
// with short texts also point to ("1 2 3" pages, a "#top" named T): the
// page itself, its main text, anything with a heading or more text than
// any note has.
func mayBeNote(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	size := 0
	var walk func(*html.Node, int) bool
	walk = func(x *html.Node, depth int) bool {
		switch {
		case x.Type == html.TextNode:
			size += len(x.Data)
			return size <= maxNoteBytes
		case x.Type != html.ElementNode || depth > maxDepth:
			return true
		}
		switch x.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return false
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	return walk(n, 0)
}

// hasText reports whether n holds text other than white space.
func hasText(n *html.Node, depth int) bool {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data) != ""
	}
	if depth > maxDepth {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c, depth+1) {
			return true
		}
	}
	return false
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func isInside(n, root *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// isBackLink reports the links of a note back to its marker: ↩, ^, a
// label, "back".
func isBackLink(s string) bool {
	s = strings.TrimSpace(s)
	switch strings.ToLower(strings.TrimRight(s, "\ufe0e")) {
	case "↩", "↑", "^", "back", "return", "retour", "zurück", "⤴", "▲":
		return true
	}
	return markerLabel(s) != ""
}

// plainHTMLNotes finds the notes of a page that does not link them: a
// paragraph that opens with a label ("[1] …", "¹ …") used earlier as a
// marker is a note, as in plain text.
func plainHTMLNotes(text string, blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.kind == NoteKind {
			return // the page links its notes
		}
	}
	for i := range blocks {
		b := &blocks[i]
		if b.kind != Text || !mayStartNote(text[b.content:b.end]) {
			continue
		}
		if m := plainNoteDef.FindStringSubmatch(text[b.content:b.end]); m != nil {
			label := m[2]
			if label == "" {
				label = superscriptLabel(m[3])
			}
			b.kind, b.noteLabel = NoteKind, label
			b.content += len(m[0]) - len(lastRune(m[0]))
		}
	}
	confirmPlainNotes(text, blocks)
}
