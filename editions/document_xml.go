package editions

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Limits on what a structured file may hold. Files come from anywhere;
// these refuse the ones built to exhaust a reader (nesting deep enough to
// exhaust the stack, attributes of megabytes, millions of elements)
// while leaving room for any real book. All chosen by hand with the
// structured readers (commit 06e6984), not measured.
const (
	maxDepth     = 512
	maxAttrLen   = 1 << 20
	maxNodes     = 2_000_000
	maxOpenInlne = 64 // unclosed inline elements HTML re-opens in every paragraph
)

// XML namespaces whose attributes readers look at.
const (
	nsXML  = "http://www.w3.org/XML/1998/namespace"
	nsEPUB = "http://www.idpf.org/2007/ops"
)

// parseXML reads an XML document into the same tree the HTML parser
// makes, so that XHTML and HTML share one reader. Elements keep their
// local names; attributes too, except xml:lang, xml:id and epub:type,
// which keep their prefix. The decoder is strict and expands no entity
// but XML's five and, when htmlEntities is set, HTML's named ones: the
// entities a DTD declares are never expanded, so no "billion laughs".
func parseXML(name string, data []byte, htmlEntities bool) (*html.Node, error) {
	data = bytes.TrimPrefix(data, bomUTF8)
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	if htmlEntities {
		dec.Entity = xml.HTMLEntity
	}
	dec.CharsetReader = charset.NewReaderLabel
	root := &html.Node{Type: html.DocumentNode}
	cur := root
	depth, nodes := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, xmlError(name, dec, err)
		}
		nodes++
		if nodes > maxNodes {
			return nil, &InputError{Path: name, Offset: int(dec.InputOffset()), Msg: fmt.Sprintf("more than %d XML nodes", maxNodes)}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxDepth {
				line, _ := dec.InputPos()
				return nil, &InputError{Path: name, Offset: int(dec.InputOffset()), Line: line, Msg: fmt.Sprintf("elements nested more than %d deep", maxDepth)}
			}
			n := &html.Node{Type: html.ElementNode, Data: t.Name.Local, DataAtom: atom.Lookup([]byte(t.Name.Local)), Namespace: t.Name.Space}
			for _, a := range t.Attr {
				if len(a.Value) > maxAttrLen {
					line, _ := dec.InputPos()
					return nil, &InputError{Path: name, Offset: int(dec.InputOffset()), Line: line, Msg: fmt.Sprintf("attribute %s of <%s> longer than %d bytes", a.Name.Local, t.Name.Local, maxAttrLen)}
				}
				key := a.Name.Local
				switch a.Name.Space {
				case nsXML:
					key = "xml:" + key
				case nsEPUB, "epub":
					key = "epub:" + key
				case "xmlns":
					continue
				}
				n.Attr = append(n.Attr, html.Attribute{Key: key, Val: a.Value})
			}
			cur.AppendChild(n)
			cur = n
		case xml.EndElement:
			depth--
			if cur.Parent != nil {
				cur = cur.Parent
			}
		case xml.CharData:
			if cur == root {
				continue // white space around the root element
			}
			if last := cur.LastChild; last != nil && last.Type == html.TextNode {
				last.Data += string(t)
				continue
			}
			cur.AppendChild(&html.Node{Type: html.TextNode, Data: string(t)})
		}
	}
	if root.FirstChild == nil {
		return nil, &InputError{Path: name, Offset: -1, Msg: "no XML element in the file"}
	}
	return root, nil
}

// xmlError turns a decoder error into an InputError with the line.
func xmlError(name string, dec *xml.Decoder, err error) error {
	var se *xml.SyntaxError
	msg := err.Error()
	line, _ := dec.InputPos()
	if errors.As(err, &se) {
		msg, line = se.Msg, se.Line
		if strings.HasPrefix(msg, "invalid character entity") {
			msg += " (entities a DTD declares are not expanded)"
		}
	}
	return &InputError{Path: name, Offset: int(dec.InputOffset()), Line: line, Msg: "not well-formed XML: " + msg}
}

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s holds tok.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf returns the text of n and its descendants, "" for no node (a
// TEI respStmt without its resp: FuzzTEI found the crash).
func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if depth > maxDepth {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

// child returns the first child element of n called name, or nil.
func child(n *html.Node, name string) *html.Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == name {
			return c
		}
	}
	return nil
}

// find returns the first element called name in n's subtree, or nil.
func find(n *html.Node, name string) *html.Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data == name {
			return c
		}
		if f := find(c, name); f != nil {
			return f
		}
	}
	return nil
}
