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
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

//go:embed html/page.tmpl html/alignment.tmpl html/coverage.tmpl html/style.css html/parallel.js
var htmlFS embed.FS

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

// The page's fixed assets, and the Content-Security-Policy that allows
// them and nothing else.
var (
	pageCSS   string
	pageJS    string
	alignCSP  string // the alignment page: its stylesheet and its script
	staticCSP string // pages without a script (the coverage report)
	alignTmpl *template.Template
	coverTmpl *template.Template
)

func init() {
	css, err := htmlFS.ReadFile("html/style.css")
	if err != nil {
		panic(err)
	}
	// A rule per difference type lets the reader hide each type; they
	// are made from align.DiffTypes so that a new type gets its toggle.
	var sb strings.Builder
	sb.Write(css)
	for _, t := range align.DiffTypes {
		fmt.Fprintf(&sb, ".hide-%[1]s .t-%[1]s{background:none;color:inherit;text-decoration:none}.hide-%[1]s .t-%[1]s .sr{display:none}\n", t)
	}
	// The grid of the rows has a column per edition: classes for the
	// common counts lay the headings out before the script runs; the
	// script sets --n for any count.
	for n := 1; n <= 9; n++ {
		fmt.Fprintf(&sb, ".al.n%d{--n:%d}\n", n, n)
	}
	pageCSS = sb.String()
	js, err := htmlFS.ReadFile("html/parallel.js")
	if err != nil {
		panic(err)
	}
	pageJS = string(js)
	// The policy names the hashes of the inline style and script: a
	// nonce would have to change on every run, and the output must not.
	// Data blocks (the embedded JSON) are not scripts and need no hash.
	const rest = "; base-uri 'none'; form-action 'none'"
	alignCSP = "default-src 'none'; style-src " + cspHash(pageCSS) + "; script-src " + cspHash(pageJS) + rest
	staticCSP = "default-src 'none'; style-src " + cspHash(pageCSS) + "; script-src 'none'" + rest
	alignTmpl = template.Must(template.New("page.tmpl").ParseFS(htmlFS, "html/page.tmpl", "html/alignment.tmpl"))
	coverTmpl = template.Must(template.New("page.tmpl").Funcs(template.FuncMap{
		"pct": func(r align.Ratio) string { return fmt.Sprintf("%.1f%%", 100*r.Share()) },
		"f2":  func(f float64) string { return fmt.Sprintf("%.2f", f) },
	}).ParseFS(htmlFS, "html/page.tmpl", "html/coverage.tmpl"))
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
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
	Types    []htmlType // difference types present, for the legend and toggles
	Notes    bool       // some edition has note markers
	First    string     // label of the first edition
	Lang     string     // language of the first edition: the table's
	Dir      string
	Rows     int
	RowCount int // rows of the table, the heading's included
	JSON     template.JS
	View     template.JS
}

type htmlType struct {
	Name  string
	Count int
	Shown bool
}

// viewData is what the page's script needs beside the alignment to draw
// the rows: what the Go side knows of the texts (paragraph kinds, notes,
// anchors) and the alignment JSON does not say.
type viewData struct {
	Versions bool     `json:"versions"`
	Base     int      `json:"base"`    // the edition the others were aligned to
	Columns  []int    `json:"columns"` // the editions shown, in order
	Labels   []string `json:"labels"`
	Langs    []string `json:"langs"`
	Dirs     []string `json:"dirs"`
	Eds      []viewEd `json:"eds"`
}

type viewEd struct {
	// Heads are the indices of heading paragraphs; Notes maps note
	// paragraphs to their note.
	Heads []int       `json:"heads"`
	Notes map[int]int `json:"notes"`
	// NoteStart maps the first sentence of each note to the note;
	// NoteText is each note's text, for the tooltips of its markers.
	NoteStart map[int]int    `json:"noteStart"`
	NoteText  map[int]string `json:"noteText"`
	// Anchors maps a sentence to its anchors, with offsets in UTF-16
	// code units as JavaScript counts them.
	Anchors map[int][]viewAnchor `json:"anchors"`
}

// A viewAnchor is [start, end, key, flags, note]: flags has
// anchorMissing for an anchor with no counterpart in another column of
// its row and anchorFirstRef for the first marker of a note (the note
// links back to it); note is the note a marker points to, or -1.
type viewAnchor [5]any

// Flags of a viewAnchor.
const (
	anchorMissing  = 1
	anchorFirstRef = 2
)

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
	title := opts.Title
	if title == "" {
		labels := make([]string, len(body.Editions))
		for e, ed := range body.Editions {
			labels[e] = ed.Label
		}
		title = strings.Join(labels, " · ")
	}
	class := "translation"
	if body.Versions {
		class = "versions"
	}
	for _, t := range body.Types {
		if !t.Shown {
			class += " hide-" + t.Name
		}
	}
	p := htmlPage{Title: title, CSP: alignCSP, CSS: template.CSS(pageCSS), JS: template.JS(pageJS), BodyClass: class, Body: body}
	return execPage(w, alignTmpl, p)
}

func execPage(w io.Writer, t *template.Template, p htmlPage) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := t.Execute(bw, p); err != nil {
		return err
	}
	return bw.Flush()
}

func buildAlignBody(a *align.Alignment, opts HTMLOptions) (*alignBody, error) {
	b := &alignBody{Summary: Summary(a, nil), Rows: len(a.Rows), RowCount: len(a.Rows) + 1}
	columns := opts.Columns
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
	headings := make([]htmlEdition, len(a.Editions))
	for e, ed := range a.Editions {
		headings[e] = editionHeading(ed)
		if e < len(opts.Labels) && opts.Labels[e] != "" {
			headings[e].Label = opts.Labels[e]
		}
	}
	for _, e := range columns {
		b.Editions = append(b.Editions, headings[e])
	}
	if len(columns) > 0 {
		b.Lang, b.Dir = headings[columns[0]].Lang, headings[columns[0]].Dir
	}
	if a.Base < len(headings) {
		b.First = headings[a.Base].Label
	}
	b.Versions = oneText(a)
	var buf bytes.Buffer
	if err := WriteAlignmentJSON(&buf, a); err != nil {
		return nil, err
	}
	b.JSON = template.JS(jsonForScript(buf.Bytes()))

	vb := newViewBuilder(a, b.Versions, headings, columns)
	for r := range a.Rows {
		vb.row(r)
	}
	b.Notes = vb.markers
	buf.Reset()
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(vb.view); err != nil {
		return nil, err
	}
	b.View = template.JS(jsonForScript(buf.Bytes()))

	hidden := map[align.DiffType]bool{}
	for _, t := range opts.Hide {
		hidden[t] = true
	}
	for _, t := range align.DiffTypes {
		if n := vb.types[t]; n > 0 {
			b.Types = append(b.Types, htmlType{Name: string(t), Count: n, Shown: !hidden[t]})
		}
	}
	return b, nil
}

// jsonForScript makes JSON safe inside a <script> element: "<" can only
// occur in JSON strings, where \u003c means the same, so no "</script>"
// or "<!--" in the text can end or disturb the element.
func jsonForScript(js []byte) string {
	s := strings.TrimRight(string(js), "\n")
	return strings.NewReplacer("<", `\u003c`, ">", `\u003e`, "&", `\u0026`, "\u2028", `\u2028`, "\u2029", `\u2029`).Replace(s)
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

// direction returns "rtl" for languages written right to left.
func direction(t language.Tag) string {
	s, _ := t.Script()
	switch s.String() {
	case "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend", "Yezi":
		return "rtl"
	}
	return ""
}

// viewBuilder gathers the view data and counts the differences.
type viewBuilder struct {
	a        *align.Alignment
	versions bool
	view     viewData
	types    map[align.DiffType]int
	markers  bool
	firstRef []map[int]int  // note -> sentence holding its first marker
	refDone  []map[int]bool // notes whose first marker has been placed
}

func newViewBuilder(a *align.Alignment, versions bool, headings []htmlEdition, columns []int) *viewBuilder {
	vb := &viewBuilder{a: a, versions: versions, types: map[align.DiffType]int{}}
	vb.view = viewData{Versions: versions, Base: a.Base, Columns: columns, Labels: []string{}, Langs: []string{}, Dirs: []string{}, Eds: []viewEd{}}
	for e, ed := range a.Editions {
		h := headings[e]
		vb.view.Labels = append(vb.view.Labels, h.Label)
		vb.view.Langs = append(vb.view.Langs, h.Lang)
		vb.view.Dirs = append(vb.view.Dirs, h.Dir)
		v := viewEd{Heads: []int{}, Notes: map[int]int{}, NoteStart: map[int]int{}, NoteText: map[int]string{}, Anchors: map[int][]viewAnchor{}}
		for _, p := range ed.Paragraphs {
			switch p.Kind {
			case editions.Heading:
				v.Heads = append(v.Heads, p.Index)
			case editions.NoteKind:
				if p.Note >= 0 {
					v.Notes[p.Index] = p.Note
				}
			}
		}
		for n, note := range ed.Notes {
			if note.Paragraph < 0 || note.Paragraph >= len(ed.Paragraphs) {
				continue
			}
			if p := ed.Paragraphs[note.Paragraph]; p.First < p.Limit {
				v.NoteStart[p.First] = n
				v.NoteText[n] = noteText(ed, n)
			}
		}
		fr := map[int]int{}
		for _, s := range ed.Sentences {
			for _, m := range s.Markers {
				if _, ok := fr[m.Note]; !ok && m.Note >= 0 {
					fr[m.Note] = s.Index
				}
				vb.markers = true
			}
		}
		vb.view.Eds = append(vb.view.Eds, v)
		vb.firstRef = append(vb.firstRef, fr)
		vb.refDone = append(vb.refDone, map[int]bool{})
	}
	return vb
}

// noteText returns the text of note n of ed, shortened for a tooltip.
func noteText(ed *editions.Edition, n int) string {
	var sb strings.Builder
	for p := ed.Notes[n].Paragraph; p < len(ed.Paragraphs) && ed.Paragraphs[p].Note == n && sb.Len() <= 300; p++ {
		for _, s := range ed.ParagraphSentences(p) {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(s.Text)
		}
	}
	t := sb.String()
	if len(t) > 300 {
		cut := 300
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		t = t[:cut] + "…"
	}
	return t
}

// row gathers what row r needs: its anchors, and its differences counted.
func (vb *viewBuilder) row(r int) {
	row := vb.a.Rows[r]
	vb.countTypes(row)
	// A changed row is drawn from its word diff; the script places the
	// note markers of its sentences in it.
	if vb.a.Pairwise() && len(row.Diffs) > 0 {
		for e, cell := range row.Cells {
			for _, s := range cell {
				vb.place(e, s, false, nil)
			}
		}
		return
	}
	// Of more editions, those drawn from a diff (a version against the
	// version it was compared with) show only their note markers, and
	// their anchors are not looked for in the others.
	diffed := map[int]bool{}
	for _, d := range row.Diffs {
		diffed[d.To] = true
	}
	all := !vb.versions && (row.Kind == align.Match || row.Kind == align.Changed)
	var keys []map[string]int // anchors of each cell, to flag those unmatched
	if all {
		keys = make([]map[string]int, len(row.Cells))
		for e, cell := range row.Cells {
			if len(cell) == 0 || diffed[e] {
				continue
			}
			keys[e] = map[string]int{}
			for _, s := range cell {
				for _, p := range vb.sentenceAnchors(e, s, true) {
					keys[e][p.key]++
				}
			}
		}
	}
	for e, cell := range row.Cells {
		var other map[string]int
		if keys != nil {
			other = otherKeys(keys, e)
		}
		for _, s := range cell {
			vb.place(e, s, all && !diffed[e], other)
		}
	}
}

// countTypes counts the differences of each type, a run of deletions and
// insertions once, and a move's once (both of its rows carry its diff).
func (vb *viewBuilder) countTypes(row align.Row) {
	if row.Kind == align.Moved && len(row.Cells[0]) == 0 {
		return
	}
	count := func(t align.DiffType) { vb.types[t]++ }
	for _, d := range row.Diffs {
		diffRuns(d.Ops, count)
	}
}

// An anchor placed in a sentence: its span in the sentence's text, and
// the key it matches by, prefixed by its kind so that the number 1 and
// the note marker 1 differ.
type placed struct {
	start, end int
	key        string
	kind       anchors.Kind
	marker     bool
}

// anchorPrefix keeps apart the keys of anchors of different kinds (the
// number 1 and the note marker 1); the page's script knows "m".
var anchorPrefix = map[anchors.Kind]string{
	anchors.Number: "n", anchors.Range: "r", anchors.Date: "d", anchors.Name: "p", anchors.Marker: "m", anchors.Punct: "q",
}

// sentenceAnchors returns the anchors of a sentence worth showing:
// numbers, ranges, dates, names and note markers, the outermost where
// they nest ("25 October" rather than its 25). Without all, only the
// note markers. Names are left out of headings, where every word is
// capitalized.
func (vb *viewBuilder) sentenceAnchors(e, si int, all bool) []placed {
	ed := vb.a.Editions[e]
	s := ed.Sentences[si]
	if !all && len(s.Markers) == 0 {
		return nil
	}
	heading := ed.Paragraphs[s.Paragraph].Kind == editions.Heading
	var out []placed
	pos := 0
	for _, an := range anchors.Extract(s.Text, ed.Lang) {
		if an.Kind == anchors.Punct || an.Start < pos || an.End > len(s.Text) || an.Start >= an.End {
			continue
		}
		if !all && an.Kind != anchors.Marker || heading && an.Kind == anchors.Name {
			continue
		}
		out = append(out, placed{start: an.Start, end: an.End, key: anchorPrefix[an.Kind] + an.Key, kind: an.Kind, marker: an.Kind == anchors.Marker})
		pos = an.End
	}
	return out
}

// otherKeys returns, for each key, in how many other non-empty columns it
// appears; the count of those columns is under "".
func otherKeys(keys []map[string]int, e int) map[string]int {
	out := map[string]int{}
	for f, k := range keys {
		if f == e || k == nil {
			continue
		}
		out[""]++
		for key := range k {
			out[key]++
		}
	}
	return out
}

// place records the anchors of sentence si of edition e: all of them
// with all (a translation's matched row), else its note markers; flagged
// when missing from some other column (other).
func (vb *viewBuilder) place(e, si int, all bool, other map[string]int) {
	s := vb.a.Editions[e].Sentences[si]
	as := vb.sentenceAnchors(e, si, all)
	if len(as) == 0 {
		return
	}
	used := make([]bool, len(s.Markers))
	u16 := utf16Offsets(s.Text)
	var out []viewAnchor
	for _, an := range as {
		flags, note := 0, -1
		if other != nil && other[""] > 0 && other[an.key] < other[""] {
			// A name key is a lossy consonant skeleton, and a name is
			// often rendered by a pronoun or dropped: a name with no
			// counterpart is left unmarked rather than flagged, so that
			// flags stay worth a reader's attention.
			if an.kind == anchors.Name {
				continue
			}
			flags |= anchorMissing
		}
		if an.marker {
			// The note of the first marker with this label not yet
			// used, in the sentence's order.
			for k, m := range s.Markers {
				if !used[k] && m.Label == an.key[1:] {
					used[k] = true
					note = m.Note
					break
				}
			}
			if note >= 0 && vb.firstRef[e][note] == si && !vb.refDone[e][note] {
				vb.refDone[e][note] = true
				flags |= anchorFirstRef
			}
		}
		out = append(out, viewAnchor{u16(an.start), u16(an.end), an.key, flags, note})
	}
	if len(out) > 0 {
		vb.view.Eds[e].Anchors[si] = out
	}
}

// utf16Offsets returns a function mapping byte offsets of s to offsets in
// UTF-16 code units, which is how JavaScript indexes strings.
// Offsets must come in ascending order, as anchors do.
func utf16Offsets(s string) func(int) int {
	at, n := 0, 0 // byte offset at is UTF-16 offset n
	return func(off int) int {
		if off < at {
			at, n = 0, 0
		}
		for _, r := range s[at:off] {
			n += utf16.RuneLen(r)
		}
		at = off
		return n
	}
}
