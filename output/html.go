package output

// The parallel HTML edition: one self-contained page, a row per aligned
// unit and a column per edition, for reading in a browser, printing and
// citing.
//
// The page carries the alignment as JSON (the model of
// WriteAlignmentJSON, for reuse) and the texts only there: its script
// (html/parallel.js) draws the rows from it with DOM methods that never
// parse markup, so a sentence is only ever text. Writing the texts into
// the HTML as well would double them, and a novel's parallel edition
// would weigh four times its two editions. Everything else on the page —
// titles, headings, legend — goes through html/template. Highlighting,
// navigation, the overview strip and the toggles work by event delegation
// on the table, never per sentence. The stylesheet and the script are
// fixed, so their hashes in the Content-Security-Policy are too, and the
// same alignment always gives the same bytes.

import (
	"bufio"
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/synoptic-text/synoptic/align"
)

// HTMLOptions say how WriteAlignmentHTML presents an alignment.
type HTMLOptions struct {
	// Title is the page's title; by default the editions' labels.
	Title string
	// Hide lists the difference types whose toggle starts off: the page
	// shows them as plain text until the reader turns them on.
	Hide []align.DiffType
	// Columns picks and orders the editions shown (indices into the
	// alignment's editions); nil shows them all. The embedded alignment
	// keeps every edition either way. Labels name the editions (in the
	// alignment's order) in place of their titles or ids.
	Columns []int
	Labels  []string
}

// htmlPage is what html/page.tmpl lays out: the head, the shared style, and
// the body of one kind of page.
type htmlPage struct {
	Title     string
	CSP       string
	CSS       template.CSS
	JS        template.JS // empty for a page without a script
	BodyClass string
	Body      any
}

// WriteAlignmentHTML writes a as a self-contained parallel edition: one
// HTML file with its style and script inline and no external resources.
// The alignment is embedded as JSON, in the model of WriteAlignmentJSON,
// in <script type="application/json" id="alignment-data">; the page's
// script draws the rows from it. Rows have stable ids, "r-" and the
// row's index in that JSON, so that "#r-123" cites a row.
func WriteAlignmentHTML(w io.Writer, a *align.Alignment, opts HTMLOptions) error {
	body, err := buildAlignBody(a, opts)
	if err != nil {
		return err
	}
	p := htmlPage{Title: pageTitle(body, opts.Title), CSP: alignCSP(), CSS: template.CSS(pageCSS()), JS: template.JS(pageJS()), BodyClass: bodyClass(body), Body: body}
	return writeAlignPage(w, p, body)
}

// pageTitle is the title asked for, else the labels of the editions
// shown.
func pageTitle(body *alignBody, title string) string {
	if title != "" {
		return title
	}
	labels := make([]string, len(body.Editions))
	for e, ed := range body.Editions {
		labels[e] = ed.Label
	}
	return strings.Join(labels, " · ")
}

// bodyClass is the class of the page's body: "versions" or
// "translation", which the stylesheet and the script lay out apart, and
// a hide- class for each difference type whose toggle starts off.
func bodyClass(body *alignBody) string {
	class := "translation"
	if body.Versions {
		class = "versions"
	}
	for _, t := range body.Types {
		if !t.Shown {
			class += " hide-" + t.Name
		}
	}
	return class
}

// pageBuffer is the size of the buffer a page is written through, in
// bytes: a parallel edition runs to megabytes, written in few calls.
// Chosen by hand; it changes only the speed.
const pageBuffer = 1 << 16

// writeAlignPage writes page p of the parallel edition, whose body is
// body: the template's page, then the alignment and view data written a
// piece at a time where their marks stand in it.
func writeAlignPage(w io.Writer, p htmlPage, body *alignBody) error {
	var page bytes.Buffer
	if err := alignTmpl().Execute(&page, p); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, pageBuffer)
	rest := page.Bytes()
	for _, d := range []struct {
		mark  template.JS
		write func(io.Writer) error
	}{
		{alignmentMark, func(w io.Writer) error {
			if body.alignmentJSON != nil {
				_, err := w.Write(bytes.TrimRight(body.alignmentJSON, "\n"))
				return err
			}
			return writeAlignmentJSON(w, body.alignment, nil)
		}},
		{viewMark, func(w io.Writer) error { return writeViewJSON(w, body.view) }},
	} {
		mark := []byte(d.mark)
		i := bytes.Index(rest, mark)
		if i < 0 || bytes.Contains(rest[i+len(mark):], mark) {
			return fmt.Errorf("the page's template holds the mark of %q %d times, not once", d.mark, bytes.Count(rest, mark))
		}
		bw.Write(rest[:i])
		if err := d.write(&scriptWriter{w: bw}); err != nil {
			return err
		}
		rest = rest[i+len(mark):]
	}
	bw.Write(rest)
	return bw.Flush()
}

// execPage writes page p by template t, buffered.
func execPage(w io.Writer, t *template.Template, p htmlPage) error {
	bw := bufio.NewWriterSize(w, pageBuffer)
	if err := t.Execute(bw, p); err != nil {
		return err
	}
	return bw.Flush()
}
