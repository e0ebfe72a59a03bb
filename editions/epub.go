package editions

import (
	"net/url"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// EPUB 2 and 3: a zip of XHTML chapters, listed in reading order by the
// spine of the package document (the .opf file container.xml names). The
// chapters are read as HTML pages of one book (see html.go), without the
// web's furniture rules; the navigation document and page-break markers
// are left out. Footnotes and endnotes are linked to their markers across
// chapters. The package's metadata gives the title, the language, and the
// creators and contributors by role (translator, author, editor).

func readEPUB(name string, data []byte) (*document, error) {
	z, err := openZip(name, data)
	if err != nil {
		return nil, err
	}
	opfPath, err := epubPackagePath(z)
	if err != nil {
		return nil, err
	}
	opfData, err := z.readEntry(opfPath)
	if err != nil {
		return nil, err
	}
	opf, err := parseXML(name+": "+opfPath, opfData, true)
	if err != nil {
		return nil, err
	}
	d := newDocument()
	epubMetadata(d, find(opf, "metadata"))

	// The manifest names the files; the spine puts them in order.
	type item struct{ href, mediaType, properties string }
	items := map[string]item{}
	if m := find(opf, "manifest"); m != nil {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "item" {
				href := attr(c, "href")
				if u, err := url.PathUnescape(href); err == nil {
					href = u
				}
				items[attr(c, "id")] = item{path.Join(path.Dir(opfPath), href), attr(c, "media-type"), attr(c, "properties")}
			}
		}
	}
	var pages []htmlPage
	seen := map[string]bool{}
	if sp := find(opf, "spine"); sp != nil {
		for c := sp.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.Data != "itemref" {
				continue
			}
			it, ok := items[attr(c, "idref")]
			if !ok || seen[it.href] || hasToken(it.properties, "nav") || !z.has(it.href) {
				continue
			}
			if it.mediaType != "" && !strings.Contains(it.mediaType, "html") && !strings.Contains(it.mediaType, "xml") {
				continue
			}
			seen[it.href] = true
			raw, err := z.readEntry(it.href)
			if err != nil {
				return nil, err
			}
			root, err := parseXML(name+": "+it.href, raw, true)
			if err != nil {
				// Chapters that are not well-formed XML are still HTML.
				if !utf8.Valid(raw) {
					return nil, err
				}
				if root, err = parseHTML(name+": "+it.href, string(raw)); err != nil {
					return nil, err
				}
			}
			pages = append(pages, htmlPage{path: it.href, root: root})
		}
	}
	if len(pages) == 0 {
		return nil, &InputError{Path: name, Offset: -1, Msg: "the EPUB's spine lists no chapter"}
	}
	hr := newHTMLReader(d, false)
	hr.findNotes(pages)
	for _, p := range pages {
		hr.readPage(p)
		d.closeBlock()
	}
	return d, nil
}

// epubPackagePath returns the package document's name from
// META-INF/container.xml, else the archive's only .opf file.
func epubPackagePath(z *zipArchive) (string, error) {
	if z.has("META-INF/container.xml") {
		data, err := z.readEntry("META-INF/container.xml")
		if err != nil {
			return "", err
		}
		root, err := parseXML(z.name+": META-INF/container.xml", data, false)
		if err != nil {
			return "", err
		}
		if rf := find(root, "rootfile"); rf != nil && z.has(attr(rf, "full-path")) {
			return attr(rf, "full-path"), nil
		}
	}
	for _, n := range z.order {
		if strings.HasSuffix(strings.ToLower(n), ".opf") {
			return n, nil
		}
	}
	return "", &InputError{Path: z.name, Offset: -1, Msg: "not an EPUB: no package document (META-INF/container.xml or an .opf file)"}
}

// epubRoles name the MARC relator codes an edition's metadata keeps.
var epubRoles = map[string]string{"trl": "translator", "aut": "author", "edt": "editor", "ill": "illustrator", "aui": "introduction", "ann": "annotator"}

// epubMetadata reads the title, language and contributors.
func epubMetadata(d *document, m *html.Node) {
	if m == nil {
		return
	}
	// EPUB 3 gives roles in <meta refines="#id" property="role">.
	roles := map[string]string{}
	for c := m.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "meta" && attr(c, "property") == "role" {
			roles[strings.TrimPrefix(attr(c, "refines"), "#")] = strings.TrimSpace(textOf(c))
		}
	}
	for c := m.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "title":
			if d.title == "" {
				d.title = foldSpace(textOf(c))
			}
		case "language":
			if d.lang == "" {
				d.lang = strings.TrimSpace(textOf(c))
			}
		case "creator", "contributor":
			role := attr(c, "role")
			if r, ok := roles[attr(c, "id")]; ok {
				role = r
			}
			key, ok := epubRoles[role]
			if !ok {
				key = c.Data
				if c.Data == "creator" {
					key = "author"
				}
			}
			d.setMeta(key, textOf(c))
		case "publisher", "date", "source", "rights":
			d.setMeta(c.Data, textOf(c))
		}
	}
}
