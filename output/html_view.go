package output

// The view data of the parallel edition: what its script needs beside
// the alignment to draw the rows (paragraph kinds, notes, anchors), and
// the differences counted for the legend.

import (
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

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
	// Each is a list of viewAnchor, as place makes it, kept compact
	// (anchorList) and written as JSON.
	Anchors map[int]anchorList `json:"anchors"`
}

// writeViewJSON writes v as JSON, without the final newline: the bytes
// encoding/json writes for v, but each edition's anchors written a
// sentence at a time rather than the whole encoded in one buffer (on a
// page of dense anchors, a buffer about the size of the page). It relies
// on Eds being the last field of viewData and Anchors the last of
// viewEd.
func writeViewJSON(w io.Writer, v *viewData) error {
	js := newJSONStream(w)
	if v.Eds == nil {
		js.value(v)
		return js.err
	}
	// v with no edition ends `"eds":[]}` and a newline; the editions
	// are written in place of the last three bytes.
	head := *v
	head.Eds = []viewEd{}
	js.encoded(&head, 3)
	for i, ed := range v.Eds {
		if i > 0 {
			js.raw(",")
		}
		if ed.Anchors == nil {
			js.value(&ed)
			continue
		}
		// Likewise `"anchors":{}}` and a newline.
		anchors := ed.Anchors
		ed.Anchors = map[int]anchorList{}
		js.encoded(&ed, 3)
		writeSentenceMap(js, anchors)
		js.raw("}}")
	}
	js.raw("]}")
	return js.err
}

// writeSentenceMap writes the entries of m, a JSON object's, in the
// order encoding/json writes a map of ints: by their keys as strings.
func writeSentenceMap(js *jsonStream, m map[int]anchorList) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, strconv.Itoa(k))
	}
	sort.Strings(keys)
	var b []byte
	for i, k := range keys {
		n, _ := strconv.Atoi(k)
		b = b[:0]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, k...)
		b = append(b, '"', ':')
		js.bytes(b)
		js.appended(func(b []byte) ([]byte, error) { return m[n].appendJSON(b), nil })
	}
}

// viewBuilder gathers the view data and counts the differences.
type viewBuilder struct {
	a        *align.Alignment
	versions bool
	view     viewData
	types    map[align.DiffType]int
	markers  bool
	firstRef []map[int]int // note -> sentence holding its first marker
	// cur is the view of the row being gathered (rowView), and refDone
	// the notes whose first marker it placed: a note's first marker is
	// in one sentence, and so in one row.
	cur     *rowView
	refDone []map[int]bool
	// scratch is the buffer place writes a sentence's anchors in before
	// they are copied to their length.
	scratch anchorList
}

// A rowView is what one row adds to the view data: the anchors of its
// sentences, and its differences counted. It depends on the row alone
// (its cells, kind and word diffs) and on the editions, so that a page
// drawn again after an edit (synoptic review) gathers only the rows the
// edit made (rowCache).
type rowView struct {
	anchors []sentenceView
	types   map[align.DiffType]int
}

// A sentenceView is the anchors of sentence S of edition E.
type sentenceView struct {
	E, S    int
	Anchors anchorList
}

func newViewBuilder(a *align.Alignment, versions bool, headings []htmlEdition, columns []int) *viewBuilder {
	vb := &viewBuilder{a: a, versions: versions, types: map[align.DiffType]int{}}
	vb.view = viewData{Versions: versions, Base: a.Base, Columns: columns, Labels: []string{}, Langs: []string{}, Dirs: []string{}, Eds: []viewEd{}}
	for e, ed := range a.Editions {
		h := headings[e]
		vb.view.Labels = append(vb.view.Labels, h.Label)
		vb.view.Langs = append(vb.view.Langs, h.Lang)
		vb.view.Dirs = append(vb.view.Dirs, h.Dir)
		vb.view.Eds = append(vb.view.Eds, editionView(ed))
		fr, markers := firstRefs(ed)
		vb.markers = vb.markers || markers
		vb.firstRef = append(vb.firstRef, fr)
	}
	return vb
}

// editionView returns the view data of ed that no row decides: its
// headings, its notes and where each starts. Anchors are added row by
// row.
func editionView(ed *editions.Edition) viewEd {
	v := viewEd{Heads: []int{}, Notes: map[int]int{}, NoteStart: map[int]int{}, NoteText: map[int]string{}, Anchors: map[int]anchorList{}}
	for _, p := range ed.Paragraphs {
		switch p.Kind {
		case editions.Heading:
			v.Heads = append(v.Heads, int(p.Index))
		case editions.NoteKind:
			if p.Note >= 0 {
				v.Notes[int(p.Index)] = int(p.Note)
			}
		}
	}
	for n, note := range ed.Notes {
		if note.Paragraph < 0 || note.Paragraph >= len(ed.Paragraphs) {
			continue
		}
		if p := ed.Paragraphs[note.Paragraph]; p.First < p.Limit {
			v.NoteStart[int(p.First)] = n
			v.NoteText[n] = noteText(ed, n)
		}
	}
	return v
}

// firstRefs maps each note of ed to the sentence holding its first
// marker, and reports whether ed has note markers at all.
func firstRefs(ed *editions.Edition) (map[int]int, bool) {
	fr := map[int]int{}
	markers := len(ed.Markers) > 0
	for _, m := range ed.Markers {
		if _, ok := fr[m.Note]; !ok && m.Note >= 0 {
			fr[m.Note] = m.Sentence
		}
	}
	return fr, markers
}

// noteText returns the text of note n of ed, shortened for a tooltip.
func noteText(ed *editions.Edition, n int) string {
	var sb strings.Builder
	for p := ed.Notes[n].Paragraph; p < len(ed.Paragraphs) && int(ed.Paragraphs[p].Note) == n && sb.Len() <= noteTipBytes; p++ {
		for _, s := range ed.ParagraphSentences(p) {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(s.Text)
		}
	}
	return shorten(sb.String(), noteTipBytes)
}

// noteTipBytes is the most of a note's text the tooltip of its markers
// shows, in bytes, before the cut marked "…"; chosen by hand.
const noteTipBytes = 300

// add adds what row r needs to the view: its anchors, and its
// differences counted.
func (vb *viewBuilder) add(rv *rowView) {
	for _, sv := range rv.anchors {
		vb.view.Eds[sv.E].Anchors[sv.S] = sv.Anchors
	}
	for t, n := range rv.types {
		vb.types[t] += n
	}
}

// rowView gathers the view of row r.
func (vb *viewBuilder) rowView(r int) *rowView {
	rv := &rowView{}
	vb.fillRowView(rv, r)
	return rv
}

// fillRowView gathers the view of row r into rv, which is empty or
// holds a row view already added (rowCache.gather reuses one when it
// keeps none).
func (vb *viewBuilder) fillRowView(rv *rowView, r int) {
	// The maps of a row are made when it first needs them, and those of
	// refDone kept from row to row, emptied: made for every row, they
	// were most of what the parallel edition allocated on a text of
	// many short rows (66 of 127 MB on the 20 MB paragraph case of
	// bench/pathological, 290,000 rows without a difference or a
	// marker).
	rv.anchors = rv.anchors[:0]
	clear(rv.types)
	vb.cur = rv
	if len(vb.refDone) != len(vb.a.Editions) {
		vb.refDone = make([]map[int]bool, len(vb.a.Editions))
	}
	for _, done := range vb.refDone {
		clear(done)
	}
	vb.row(r)
	vb.cur = nil
}

// row gathers what row r needs into vb.cur: its anchors, and its
// differences counted.
func (vb *viewBuilder) row(r int) {
	row := vb.a.Rows[r]
	vb.countTypes(row)
	// A changed row is drawn from its word diff; the script places the
	// note markers of its sentences in it.
	if vb.a.Pairwise() && len(row.Diffs) > 0 {
		for e, cell := range row.Cells {
			for _, s := range cell {
				vb.place(e, s, vb.sentenceAnchors(e, s, false, nil), nil, nil)
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
	var missing [][][]anchors.Anchor // by edition and sentence of its cell
	var names []map[string]int       // name keys of each compared cell
	var named []rowNames             // what each cell's candidates may be
	var found [][][]placed           // the anchors names were counted from, by edition and sentence of its cell
	if all {
		missing = vb.a.UnmatchedAnchors(r, func(e int) bool { return diffed[e] })
		names = make([]map[string]int, len(row.Cells))
		named = make([]rowNames, len(row.Cells))
		found = make([][][]placed, len(row.Cells))
		for e, cell := range row.Cells {
			if missing[e] == nil {
				continue
			}
			named[e] = namesBesides(vb.a, r, e)
			names[e] = map[string]int{}
			found[e] = make([][]placed, len(cell))
			for k, s := range cell {
				found[e][k] = vb.sentenceAnchors(e, s, true, named[e])
				for _, p := range found[e][k] {
					if p.kind == anchors.Name {
						names[e][p.key]++
					}
				}
			}
		}
	}
	for e, cell := range row.Cells {
		var hide map[string]bool
		var cands rowNames
		if names != nil && names[e] != nil {
			hide = unsharedNames(names, e)
			cands = named[e]
		}
		for k, s := range cell {
			var miss []anchors.Anchor
			if missing != nil && missing[e] != nil {
				miss = missing[e][k]
			}
			// The anchors are looked for once a sentence: those names
			// were counted from when they are the ones shown.
			var as []placed
			if found != nil && found[e] != nil && !diffed[e] {
				as = found[e][k]
			} else {
				as = vb.sentenceAnchors(e, s, all && !diffed[e], cands)
			}
			vb.place(e, s, as, miss, hide)
		}
	}
}

// countTypes counts the differences of each type, a run of deletions and
// insertions once, and a move's once (both of its rows carry its diff).
func (vb *viewBuilder) countTypes(row align.Row) {
	if row.Kind == align.Moved && len(row.Cells[0]) == 0 {
		return
	}
	count := func(t align.DiffType) {
		if vb.cur.types == nil {
			vb.cur.types = map[align.DiffType]int{}
		}
		vb.cur.types[t]++
	}
	for _, d := range row.Diffs {
		diffRuns(d.Ops, count)
	}
}
