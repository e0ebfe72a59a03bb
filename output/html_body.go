package output

// What the templates of the parallel edition lay out: the column
// headings, the summary, the legend, and the alignment and view data the
// page's script draws the rows from.

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// A column heading.
type htmlEdition struct {
	Label    string // the edition's title, else its id
	Lang     string // BCP 47 tag
	Dir      string // "rtl" for right-to-left scripts, else empty
	LangName string // "French (fr)"
	Source   string // the file it was read from
	Extra    string // translator or edition statement, when known
}

// alignBody is the body of the parallel edition. Its rows are drawn in
// the browser from the embedded alignment (JSON) and the view data, so
// that the texts are in the page once rather than twice: a parallel
// edition of a novel stays under three times the size of its editions.
type alignBody struct {
	Editions []htmlEdition
	Versions bool // versions of one text (word diffs) rather than a translation
	Summary  string
	Warnings []string   // the alignment's warnings, said above the table
	Types    []htmlType // difference types present, for the legend and toggles
	Notes    bool       // some edition has note markers
	First    string     // label of the first edition
	Lang     string     // language of the first edition: the table's
	Dir      string
	Rows     int
	RowCount int // rows of the table, the heading's included
	JSON     template.JS
	View     template.JS
	// Review is the review page's state (WriteReviewHTML); empty in an
	// export.
	Review template.JS

	// The alignment and the view data, which the page is written with
	// (writeAlignPage) where JSON and View hold their marks; the
	// alignment's JSON as WriteAlignmentJSON writes it when the caller
	// has it (nil: written from alignment).
	alignment     *align.Alignment
	alignmentJSON []byte
	view          *viewData
}

type htmlType struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
	Shown bool   `json:"shown"`
}

// buildAlignBody gathers what the templates lay out for a: headings of
// the editions shown, the summary and legend, and the alignment and view
// data as JSON for the script.
func buildAlignBody(a *align.Alignment, opts HTMLOptions) (*alignBody, error) {
	return buildAlignBodyFrom(a, opts, nil, nil)
}

// buildAlignBodyFrom is buildAlignBody with what a caller that draws the
// page again and again (ReviewPage) keeps: the views of rows already
// gathered (cache, nil for none) and the alignment JSON of a (nil: it is
// written here).
func buildAlignBodyFrom(a *align.Alignment, opts HTMLOptions, cache *rowCache, alignJSON []byte) (*alignBody, error) {
	columns, err := shownColumns(a, opts.Columns)
	if err != nil {
		return nil, err
	}
	headings := editionHeadings(a, opts.Labels)
	b := &alignBody{Summary: summary(a, nil), Warnings: warningMessages(a.Editions, a.Warnings), Rows: len(a.Rows), RowCount: len(a.Rows) + 1, Versions: oneText(a)}
	for _, e := range columns {
		b.Editions = append(b.Editions, headings[e])
	}
	if len(columns) > 0 {
		b.Lang, b.Dir = headings[columns[0]].Lang, headings[columns[0]].Dir
		if b.Dir == "auto" {
			b.Dir = "" // the page's own words are not the edition's
		}
	}
	if a.Base < len(headings) {
		b.First = headings[a.Base].Label
	}
	b.JSON, b.View = alignmentMark, viewMark
	b.alignmentJSON = alignJSON
	vb := newViewBuilder(a, b.Versions, headings, columns)
	cache.gather(vb)
	b.Notes = vb.markers
	b.view = &vb.view
	b.alignment = a
	b.Types = legendTypes(vb.types, opts.Hide)
	return b, nil
}

// shownColumns returns the editions to show, in order: those asked for,
// else all of them.
func shownColumns(a *align.Alignment, columns []int) ([]int, error) {
	if columns == nil {
		columns = make([]int, len(a.Editions))
		for e := range columns {
			columns[e] = e
		}
	}
	for _, e := range columns {
		if e < 0 || e >= len(a.Editions) {
			return nil, fmt.Errorf("no edition %d to show (there are %d)", e, len(a.Editions))
		}
	}
	return columns, nil
}

// editionHeadings returns the heading of every edition, in the
// alignment's order, labelled as asked where a label is given.
func editionHeadings(a *align.Alignment, labels []string) []htmlEdition {
	headings := make([]htmlEdition, len(a.Editions))
	for e, ed := range a.Editions {
		headings[e] = editionHeading(ed)
		if e < len(labels) && labels[e] != "" {
			headings[e].Label = labels[e]
		}
	}
	return headings
}

// legendTypes returns the difference types present, in the order of
// align.DiffTypes, with their counts; those in hide start hidden.
func legendTypes(counts map[align.DiffType]int, hide []align.DiffType) []htmlType {
	hidden := typeSet(hide)
	var out []htmlType
	for _, t := range align.DiffTypes {
		if n := counts[t]; n > 0 {
			out = append(out, htmlType{Name: string(t), Count: n, Shown: !hidden[t]})
		}
	}
	return out
}

// The marks that stand, in the page the template writes, for the
// alignment and view data, which writePage writes in their place a piece
// at a time rather than holding them whole (a novel's alignment JSON
// weighs several times its texts). They hold a NUL, which html/template
// never lets through from text (it writes U+FFFD), so that no title or
// label can forge one.
const (
	alignmentMark template.JS = "\x00alignment-data\x00"
	viewMark      template.JS = "\x00view-data\x00"
)

// jsonForScript makes JSON safe inside a <script> element, as
// scriptWriter writes it, and without its final newline.
func jsonForScript(js []byte) string {
	var sb strings.Builder
	(&scriptWriter{w: &sb}).Write(bytes.TrimRight(js, "\n"))
	return sb.String()
}

// A scriptWriter writes JSON to w made safe inside a <script> element:
// "<" can only occur in JSON strings, where \u003c means the same, so no
// "</script>" or "<!--" in the text can end or disturb the element; ">"
// and "&" are escaped too, and U+2028 and U+2029, which end a line in
// older JavaScript. Each Write must hold whole characters (the pieces of
// a jsonStream do).
type scriptWriter struct{ w io.Writer }

func (sw *scriptWriter) Write(p []byte) (int, error) {
	last := 0
	flush := func(i int, esc string) error {
		if _, err := sw.w.Write(p[last:i]); err != nil {
			return err
		}
		_, err := io.WriteString(sw.w, esc)
		return err
	}
	for i := 0; i < len(p); i++ {
		var esc string
		n := 1
		switch c := p[i]; {
		case c == '<':
			esc = `\u003c`
		case c == '>':
			esc = `\u003e`
		case c == '&':
			esc = `\u0026`
		case c == 0xE2 && i+2 < len(p) && p[i+1] == 0x80 && (p[i+2] == 0xA8 || p[i+2] == 0xA9):
			esc, n = `\u2028`, 3
			if p[i+2] == 0xA9 {
				esc = `\u2029`
			}
		default:
			continue
		}
		if err := flush(i, esc); err != nil {
			return 0, err
		}
		i += n - 1
		last = i + 1
	}
	if _, err := sw.w.Write(p[last:]); err != nil {
		return 0, err
	}
	return len(p), nil
}

func editionHeading(ed *editions.Edition) htmlEdition {
	h := htmlEdition{Label: labelOf(ed), Lang: ed.Lang.String(), Source: ed.Path, Dir: direction(ed.Lang)}
	if h.Lang == "und" {
		h.Lang = "" // lang="" says "unknown" correctly
		h.LangName = "language unknown"
	} else {
		name := display.English.Tags().Name(ed.Lang)
		if name == "" {
			name = h.Lang
		}
		h.LangName = fmt.Sprintf("%s (%s)", name, h.Lang)
	}
	for _, k := range []string{"translator", "edition", "creator"} {
		if v := ed.Meta[k]; v != "" {
			h.Extra = v
			break
		}
	}
	return h
}

func labelOf(ed *editions.Edition) string {
	if ed.Title != "" {
		return ed.Title
	}
	return ed.ID
}

// direction returns "rtl" for languages written right to left, and
// "auto" for an edition whose language is not known (a file of Hebrew and
// Arabic paragraphs, which no language was found for): each of its cells
// then takes its direction from its first letter, as UAX #9 sets a
// paragraph's (rule P2) and a browser does for dir="auto".
func direction(t language.Tag) string {
	if t == language.Und {
		return "auto"
	}
	s, _ := t.Script()
	switch s.String() {
	case "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend", "Yezi":
		return "rtl"
	}
	return ""
}
