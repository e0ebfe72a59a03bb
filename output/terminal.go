package output

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// ViewOptions say how WriteView shows an alignment on a terminal.
type ViewOptions struct {
	Width int  // total columns; at least 40 are used
	Color bool // ANSI colours and underline/strike-through; without them, [-…-] and {+…+}
	// Inline shows one column, the second edition's text with the first's
	// differences marked in it, like git diff --word-diff.
	Inline bool
	// ChangesOnly leaves out equal rows except Context rows around each
	// change.
	ChangesOnly bool
	Context     int
	// Ignore lists difference types shown as if there were none.
	Ignore []align.DiffType
	// Columns picks and orders the editions shown (indices into the
	// alignment's editions); nil shows them all. Labels name the
	// editions; nil uses their ids.
	Columns []int
	Labels  []string
}

// Styles. A style is an ANSI SGR sequence plus the brackets that replace
// it when there is no colour, so that a change is never shown by colour
// alone.
type style struct {
	sgr         string
	open, close string
}

var (
	plainStyle  = style{}
	delStyle    = style{sgr: "\x1b[31;9m", open: "[-", close: "-]"}
	insStyle    = style{sgr: "\x1b[32;4m", open: "{+", close: "+}"}
	anchorStyle = style{sgr: "\x1b[1;36m"}
	noteStyle   = style{sgr: "\x1b[2;3m", open: "(", close: ")"}
	dimStyle    = style{sgr: "\x1b[2m"}
)

// A piece of a cell's text in one style.
type piece struct {
	text string
	st   style
}

// WriteView writes al for reading on a terminal: side by side, one row per
// aligned unit, both columns wrapped to the width, sentence numbers in a
// narrow gutter, word differences and moves marked; then a summary line.
func WriteView(w io.Writer, al *align.Alignment, opts ViewOptions) error {
	bw := bufio.NewWriter(w)
	v := newView(al, opts)
	v.header(bw)
	shown := v.rowsToShow()
	prev := -1
	for _, r := range shown {
		if r != prev+1 {
			v.skipped(bw, r-prev-1)
		}
		v.row(bw, r)
		prev = r
	}
	if prev != len(al.Rows)-1 && len(al.Rows) > 0 {
		v.skipped(bw, len(al.Rows)-1-prev)
	}
	for _, ln := range Wrap(Summary(al, opts.Ignore), max(opts.Width, 40)) {
		bw.WriteString(ln + "\n")
	}
	return bw.Flush()
}

type view struct {
	al       *align.Alignment
	opts     ViewOptions
	ignore   map[align.DiffType]bool
	versions bool  // same-language comparison: word diffs; else anchors
	gutter   int   // columns of a sentence-number gutter
	col      int   // columns of a text column
	cols     []int // the editions shown, in order
}

func newView(al *align.Alignment, opts ViewOptions) *view {
	v := &view{al: al, opts: opts, ignore: map[align.DiffType]bool{}}
	for _, t := range opts.Ignore {
		v.ignore[t] = true
	}
	for _, r := range al.Rows {
		if r.Kind == align.Equal || r.Kind == align.Changed || r.Kind == align.Moved {
			v.versions = true
			break
		}
	}
	maxIdx := 1
	for _, e := range al.Editions {
		maxIdx = max(maxIdx, len(e.Sentences))
	}
	digits := len(fmt.Sprint(maxIdx))
	v.gutter = 2*digits + 1 // "12-13"
	v.cols = opts.Columns
	if len(v.cols) == 0 {
		for e := range al.Editions {
			v.cols = append(v.cols, e)
		}
	}
	n := len(v.cols)
	width := max(opts.Width, 20*n)
	if opts.Inline {
		v.col = width - v.gutter - 3
	} else {
		// n times "g │ text", separated by a space
		v.col = max(8, (width-n*(v.gutter+3)-(n-1))/n)
	}
	return v
}

// label names edition e in headings.
func (v *view) label(e int) string {
	ed := v.al.Editions[e]
	name := ed.ID
	if e < len(v.opts.Labels) && v.opts.Labels[e] != "" {
		name = v.opts.Labels[e]
	}
	return fmt.Sprintf("%s (%s)", name, ed.Lang)
}

// diffInto returns the diff of a many-edition row whose result is
// edition e's text, if any.
func diffInto(row align.Row, e int) *align.Diff {
	for k := range row.Diffs {
		if row.Diffs[k].To == e {
			return &row.Diffs[k]
		}
	}
	return nil
}

func (v *view) paint(b *strings.Builder, text string, st style) {
	if text == "" {
		return
	}
	if v.opts.Color && st.sgr != "" {
		b.WriteString(st.sgr)
		b.WriteString(text)
		b.WriteString("\x1b[0m")
		return
	}
	b.WriteString(text)
}

// pieces returns the text of edition e's cell in row r, in styles.
func (v *view) pieces(r int, e int) []piece {
	row := v.al.Rows[r]
	cell := row.Cells[e]
	if len(cell) == 0 {
		return nil
	}
	ed := v.al.Editions[e]
	var ps []piece
	if d := diffInto(row, e); d != nil && !v.al.Pairwise() {
		// Many editions: the column shows its diff against the edition it
		// was compared with, deletions and insertions both.
		ps := v.inlinePieces(d.Ops)
		if row.Kind == align.Moved {
			ps = append(ps, piece{" ", plainStyle}, piece{v.moveNote(row, e), noteStyle})
		}
		return ps
	}
	switch {
	case v.al.Pairwise() && len(row.Diffs) > 0:
		want := align.OpDelete
		if e == 1 {
			want = align.OpInsert
		}
		for _, op := range row.Diffs[0].Ops {
			switch {
			case op.Kind == align.OpSame || op.Kind == want && v.ignore[op.Type]:
				ps = append(ps, piece{op.Text, plainStyle})
			case op.Kind == want && e == 0:
				ps = append(ps, piece{op.Text, delStyle})
			case op.Kind == want:
				ps = append(ps, piece{op.Text, insStyle})
			}
		}
	case row.Kind == align.Deleted:
		ps = append(ps, piece{joinSentences(ed, cell), delStyle})
	case row.Kind == align.Inserted:
		ps = append(ps, piece{joinSentences(ed, cell), insStyle})
	case !v.versions || len(row.Cells) > 2 && row.Kind == align.Match:
		ps = v.withAnchors(ed, cell)
	default:
		ps = append(ps, piece{joinSentences(ed, cell), plainStyle})
	}
	if row.Kind == align.Moved && len(cell) > 0 {
		ps = append(ps, piece{" ", plainStyle}, piece{v.moveNote(row, e), noteStyle})
	}
	return ps
}

// moveNote says where the other end of a move stands, by the sentence
// numbers shown in the other column's gutter.
func (v *view) moveNote(row align.Row, e int) string {
	peer := v.al.Rows[row.Peer]
	if len(row.Cells) == 2 {
		if e == 0 {
			return "moved to " + cellRange(peer.Cells[1])
		}
		return "moved from " + cellRange(peer.Cells[0])
	}
	// Many editions: the move is between edition e and the one it was
	// compared with, whose sentences stand in the peer row.
	from := -1
	for _, d := range row.Diffs {
		if d.To == e {
			from = d.From
		}
	}
	for k, c := range peer.Cells {
		if from < 0 && k != e && len(c) > 0 {
			from = k
		}
	}
	if from < 0 || len(peer.Cells[from]) == 0 {
		return "moved"
	}
	verb := "moved from"
	if len(peer.Cells[e]) > 0 {
		verb = "moved to"
		from = e
	}
	return fmt.Sprintf("%s %s %s", verb, v.al.Editions[from].ID, cellRange(peer.Cells[from]))
}

// withAnchors shows the sentences of a translation with their anchors —
// numbers, dates, names, note markers — highlighted.
func (v *view) withAnchors(ed *editions.Edition, cell []int) []piece {
	var ps []piece
	for k, si := range cell {
		if k > 0 {
			ps = append(ps, piece{" ", plainStyle})
		}
		text := ed.Sentences[si].Text
		as := anchors.Extract(text, ed.Lang)
		sort.Slice(as, func(x, y int) bool { return as[x].Start < as[y].Start })
		pos := 0
		for _, a := range as {
			if a.Kind == anchors.Punct || a.Start < pos || a.End > len(text) {
				continue
			}
			ps = append(ps, piece{text[pos:a.Start], plainStyle}, piece{text[a.Start:a.End], anchorStyle})
			pos = a.End
		}
		ps = append(ps, piece{text[pos:], plainStyle})
	}
	return ps
}

func joinSentences(ed *editions.Edition, cell []int) string {
	parts := make([]string, len(cell))
	for k, si := range cell {
		parts[k] = ed.Sentences[si].Text
	}
	return strings.Join(parts, " ")
}

// cellRange writes a cell's sentence numbers, "12" or "12-13".
func cellRange(cell []int) string {
	switch len(cell) {
	case 0:
		return ""
	case 1:
		return fmt.Sprint(cell[0])
	}
	return fmt.Sprintf("%d-%d", cell[0], cell[len(cell)-1])
}

func (v *view) header(w *bufio.Writer) {
	var b strings.Builder
	if v.opts.Inline {
		v.paint(&b, fmt.Sprintf("%s → %s", v.label(0), v.label(len(v.al.Editions)-1)), dimStyle)
	} else {
		for k, e := range v.cols {
			l := clip(v.label(e), v.col)
			if k > 0 {
				b.WriteString(" ")
			}
			v.paint(&b, fmt.Sprintf("%*s   %s%*s", v.gutter, "", l, v.col-StringWidth(l), ""), dimStyle)
		}
	}
	w.WriteString(strings.TrimRight(b.String(), " ") + "\n")
}

func clip(s string, cols int) string {
	if StringWidth(s) <= cols {
		return s
	}
	lines := Wrap(s, cols)
	return lines[0]
}

// row writes one row of the alignment.
func (v *view) row(w *bufio.Writer, r int) {
	row := v.al.Rows[r]
	if v.opts.Inline {
		v.inlineRow(w, r)
		return
	}
	cells := make([][]wrappedLine, len(v.cols))
	lines := 1
	for k, e := range v.cols {
		cells[k] = v.wrapPieces(v.pieces(r, e), v.col)
		lines = max(lines, len(cells[k]))
	}
	for l := 0; l < lines; l++ {
		var b strings.Builder
		for k, e := range v.cols {
			g := ""
			if l == 0 {
				g = cellRange(row.Cells[e])
				if k == 0 && row.Kind == align.Match && row.Score < 0.5 {
					g = "?" + g // a doubtful match
				}
			}
			if k > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%*s │ ", v.gutter, g)
			width := 0
			if l < len(cells[k]) {
				b.WriteString(cells[k][l].text)
				width = cells[k][l].width
			}
			if k < len(v.cols)-1 {
				b.WriteString(strings.Repeat(" ", max(0, v.col-width)))
			}
		}
		w.WriteString(strings.TrimRight(b.String(), " ") + "\n")
	}
}

// inlineRow writes a row in one column: the sentences of the second
// edition with the first's deletions and the second's insertions marked.
func (v *view) inlineRow(w *bufio.Writer, r int) {
	row := v.al.Rows[r]
	last := len(row.Cells) - 1
	var ps []piece
	switch {
	case v.al.Pairwise() && len(row.Diffs) > 0:
		ps = v.inlinePieces(row.Diffs[0].Ops)
		if row.Kind == align.Moved {
			e := len(row.Cells) - 1
			if len(row.Cells[e]) == 0 {
				e = 0
			}
			ps = append(ps, piece{" ", plainStyle}, piece{v.moveNote(row, e), noteStyle})
		}
	case len(row.Cells[last]) > 0:
		ps = v.pieces(r, last)
	default:
		ps = v.pieces(r, 0)
	}
	gut := cellRange(row.Cells[last])
	if gut == "" {
		gut = cellRange(row.Cells[0])
	}
	for k, ln := range v.wrapPieces(ps, v.col) {
		if k > 0 {
			gut = ""
		}
		w.WriteString(strings.TrimRight(fmt.Sprintf("%*s │ %s", v.gutter, gut, ln.text), " ") + "\n")
	}
}

// inlinePieces shows a word diff in one text: deletions and insertions
// marked, ignored types of difference shown as the second text has them.
func (v *view) inlinePieces(ops []align.Op) []piece {
	var ps []piece
	for _, op := range ops {
		switch {
		case op.Kind == align.OpSame:
			ps = append(ps, piece{op.Text, plainStyle})
		case v.ignore[op.Type]:
			if op.Kind == align.OpInsert {
				ps = append(ps, piece{op.Text, plainStyle})
			}
		case op.Kind == align.OpDelete:
			ps = append(ps, piece{op.Text, delStyle})
		default:
			ps = append(ps, piece{op.Text, insStyle})
		}
	}
	return ps
}

func (v *view) skipped(w *bufio.Writer, n int) {
	var b strings.Builder
	v.paint(&b, fmt.Sprintf("%*s ⋯ %s not shown", v.gutter, "", Count(n, "equal row")), dimStyle)
	w.WriteString(b.String() + "\n")
}

// rowsToShow returns the indices of the rows to show: all of them, or
// with ChangesOnly the changed rows and Context rows around each.
func (v *view) rowsToShow() []int {
	var out []int
	if !v.opts.ChangesOnly {
		for r := range v.al.Rows {
			out = append(out, r)
		}
		return out
	}
	show := make([]bool, len(v.al.Rows))
	for r, row := range v.al.Rows {
		if isChange(row, v.ignore) {
			for k := max(0, r-v.opts.Context); k <= min(len(show)-1, r+v.opts.Context); k++ {
				show[k] = true
			}
		}
	}
	for r, s := range show {
		if s {
			out = append(out, r)
		}
	}
	return out
}

// isChange reports a row that differs between the editions, once the
// ignored types of difference are set aside.
func isChange(row align.Row, ignore map[align.DiffType]bool) bool {
	switch row.Kind {
	case align.Equal, align.Match:
		return false
	case align.Changed:
		for _, d := range row.Diffs {
			if changes(d.Ops, ignore) {
				return true
			}
		}
		return false
	}
	return true
}

// diffRuns calls f with the type of each difference in ops: a run of
// deletions and insertions counts once, by its last operation.
func diffRuns(ops []align.Op, f func(align.DiffType)) {
	for k, op := range ops {
		if op.Kind != align.OpSame && (k+1 == len(ops) || ops[k+1].Kind == align.OpSame) {
			f(op.Type)
		}
	}
}

// changes reports a word diff with a difference not ignored.
func changes(ops []align.Op, ignore map[align.DiffType]bool) bool {
	for _, op := range ops {
		if op.Kind != align.OpSame && !ignore[op.Type] {
			return true
		}
	}
	return false
}

// A wrapped line: its text with escape sequences, and its width.
type wrappedLine struct {
	text  string
	width int
}

// wrapPieces wraps styled pieces to cols columns. Line breaks are chosen
// on the plain text (so styles never change where a line breaks); styles
// are then applied run by run, never character by character, and closed
// at the end of every line so that a pager or a resized terminal keeps
// them in their place.
func (v *view) wrapPieces(ps []piece, cols int) []wrappedLine {
	var plain strings.Builder
	var styles []style // one per byte of plain
	for _, p := range ps {
		text := p.text
		if !v.opts.Color && p.st.open != "" {
			text = p.st.open + text + p.st.close
		}
		plain.WriteString(text)
		for range len(text) {
			styles = append(styles, p.st)
		}
	}
	s := plain.String()
	var out []wrappedLine
	for _, ln := range wrapRanges(s, cols) {
		var b strings.Builder
		for i := ln[0]; i < ln[1]; {
			j := i
			for j < ln[1] && styles[j] == styles[i] {
				j++
			}
			if v.opts.Color {
				v.paint(&b, s[i:j], styles[i])
			} else {
				b.WriteString(s[i:j])
			}
			i = j
		}
		out = append(out, wrappedLine{b.String(), StringWidth(s[ln[0]:ln[1]])})
	}
	return out
}

// wrapRanges returns the byte ranges of the lines Wrap would make of s.
func wrapRanges(s string, cols int) [][2]int {
	var out [][2]int
	pos := 0
	for pos < len(s) {
		for pos < len(s) && s[pos] == ' ' {
			pos++
		}
		if pos >= len(s) {
			break
		}
		rest := s[pos:]
		if StringWidth(rest) <= cols {
			out = append(out, [2]int{pos, len(s)})
			break
		}
		cut, next := breakAt(rest, cols)
		end := pos + cut
		for end > pos && s[end-1] == ' ' {
			end--
		}
		out = append(out, [2]int{pos, end})
		pos += next
		if next == 0 {
			_, n := utf8.DecodeRuneInString(rest)
			pos += n
		}
	}
	return out
}

// Summary returns the closing line of a comparison: rows by kind, and
// differences by type (those ignored left out).
func Summary(al *align.Alignment, ignore []align.DiffType) string {
	skip := map[align.DiffType]bool{}
	for _, t := range ignore {
		skip[t] = true
	}
	kinds := map[align.RowKind]int{}
	types := map[align.DiffType]int{}
	count := func(t align.DiffType) {
		if !skip[t] {
			types[t]++
		}
	}
	for _, r := range al.Rows {
		kind := r.Kind
		if kind == align.Changed && !isChange(r, skip) {
			kind = align.Equal
		}
		kinds[kind]++
		// A pairwise move's diff is on both of its rows: count it at its
		// start. Of more editions, each diff is on one row only.
		if !al.Pairwise() || r.Kind != align.Moved || len(r.Cells[0]) > 0 {
			for _, d := range r.Diffs {
				diffRuns(d.Ops, count)
			}
		}
	}
	var parts []string
	if kinds[align.Match] > 0 {
		parts = append(parts, fmt.Sprintf("%d matched", kinds[align.Match]))
	}
	for _, k := range []struct {
		kind align.RowKind
		name string
	}{{align.Equal, "equal"}, {align.Changed, "changed"}, {align.Inserted, "inserted"}, {align.Deleted, "deleted"}, {align.Moved, "moved"}} {
		n := kinds[k.kind]
		if k.kind == align.Moved {
			n /= 2 // a move has a row at each end, and is one move
		}
		if n > 0 || k.kind != align.Equal && k.kind != align.Moved && kinds[align.Match] == 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k.name))
		}
	}
	line := fmt.Sprintf("%s: %s", Count(len(al.Rows), "row"), strings.Join(parts, ", "))
	var tparts []string
	for _, t := range align.DiffTypes {
		if types[t] > 0 {
			tparts = append(tparts, fmt.Sprintf("%d %s", types[t], t))
		}
	}
	if len(tparts) > 0 {
		line += "; differences: " + strings.Join(tparts, ", ")
	}
	if len(ignore) > 0 {
		names := make([]string, len(ignore))
		for i, t := range ignore {
			names[i] = string(t)
		}
		line += " (ignoring " + strings.Join(names, ", ") + ")"
	}
	return line
}
