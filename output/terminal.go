package output

// The terminal view of an alignment: options, the layout of gutters and
// columns, and the rows side by side, with equal rows left out around the
// changes when asked.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// ViewOptions say how WriteView shows an alignment on a terminal.
type ViewOptions struct {
	Width int  // total columns, at least minWidth used; 0 means DefaultWidth
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
	// Bidi says who orders right-to-left text: the zero value,
	// BidiTerminal, leaves it in logical order (bidi.go says when
	// each is right).
	Bidi BidiMode
}

// WriteView writes al for reading on a terminal: side by side, one row per
// aligned unit, both columns wrapped to the width, sentence numbers in a
// narrow gutter, word differences and moves marked; then a summary line.
func WriteView(w io.Writer, al *align.Alignment, opts ViewOptions) error {
	if opts.Inline && len(al.Editions) != 2 {
		// One column holds the diff of one edition against another.
		return fmt.Errorf("the inline view shows two editions; this alignment has %d (leave out --inline)", len(al.Editions))
	}
	if opts.Width <= 0 {
		opts.Width = DefaultWidth
	}
	bw := bufio.NewWriter(terminalSafe(w, opts.Color))
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
	for _, ln := range wrap(summary(al, opts.Ignore), max(opts.Width, minWidth)) {
		bw.WriteString(ln + "\n")
	}
	return bw.Flush()
}

// A view is what WriteView works from: the alignment and options, and
// the layout made of them.
type view struct {
	al       *align.Alignment
	opts     ViewOptions
	ignore   map[align.DiffType]bool
	versions bool  // same-language comparison: word diffs; else anchors
	gutter   int   // columns of a sentence-number gutter
	col      int   // columns of a text column
	cols     []int // the editions shown, in order
	// The anchors without counterpart of the row shown last, by edition
	// (align.Alignment.UnmatchedAnchors), found once for all its cells.
	unmatchedRow int // the row's index + 1; 0 for none yet
	unmatched    [][][]anchors.Anchor
	// stacked: too many editions for the width side by side, so each
	// row shows its editions one under another, each line led by the
	// edition's label (labelWidth columns).
	stacked    bool
	labelWidth int
	// line is the buffer a line of the side-by-side view is made in,
	// kept from line to line.
	line []byte
	// The wrappers of cells (lineWrap), kept from row to row with their
	// buffers: one for each column of a side-by-side row, whose lines are
	// written side by side, and one for a cell at a time (wrapLines).
	wraps []lineWrap
	wrap  lineWrap
	ps    []piece // the pieces of a cell (pieces)
}

// The layout of the terminal view, in columns. All were chosen by hand.
const (
	// DefaultWidth is the width of a view written to a file or a pipe,
	// where no terminal says how wide it is: 100 columns, what most
	// editors and terminals now show without wrapping.
	DefaultWidth = 100
	// minWidth is the narrowest terminal laid out for: a narrower width
	// is taken as this. The coverage report keeps to it too.
	minWidth = 40
	// minEditionWidth is the least width each edition shown is given,
	// gutter included, however narrow the terminal.
	minEditionWidth = 20
	// minText is the narrowest text column of the side-by-side view.
	minText = 8
	// ruleWidth is the width of " │ ", between a gutter and its text.
	ruleWidth = 3
)

// newView lays al out for opts.
func newView(al *align.Alignment, opts ViewOptions) *view {
	v := &view{al: al, opts: opts, ignore: typeSet(opts.Ignore), versions: al.OfVersions()}
	v.cols = opts.Columns
	if len(v.cols) == 0 {
		for e := range al.Editions {
			v.cols = append(v.cols, e)
		}
	}
	v.gutter, v.col = layout(al, len(v.cols), opts)
	if !opts.Inline && len(v.cols)*minEditionWidth > max(opts.Width, minWidth) {
		v.stacked = true
		for _, e := range v.cols {
			v.labelWidth = max(v.labelWidth, stringWidth(v.label(e)))
		}
		// The label may take a third of the line; the text the rest
		// (chosen by hand, commit b07891e, not measured).
		v.labelWidth = min(v.labelWidth, max(opts.Width, minWidth)/3)
		v.col = max(minText, max(opts.Width, minWidth)-v.labelWidth-1-v.gutter-ruleWidth)
	}
	return v
}

// layout returns the widths of the gutter and of a text column for n
// editions shown. The gutter holds a range of sentence numbers, "12-13",
// and is a column wider when the "?" of a doubtful row would not fit
// before one.
// Side by side, there are n times "g │ text", separated by a space;
// inline, one.
func layout(al *align.Alignment, n int, opts ViewOptions) (gutter, col int) {
	maxIdx := 1
	for _, e := range al.Editions {
		maxIdx = max(maxIdx, len(e.Sentences))
	}
	gutter = 2*digits(maxIdx) + 1
	for _, row := range al.Rows {
		if row.Doubtful() && len(markedRange(row, opts))+1 > gutter {
			gutter++
			break
		}
	}
	width := max(opts.Width, minEditionWidth*n)
	if opts.Inline {
		return gutter, width - gutter - ruleWidth
	}
	return gutter, max(minText, (width-n*(gutter+ruleWidth)-(n-1))/n)
}

// markedRange is the range of sentence numbers the "?" of a doubtful row
// stands before: the first column's side by side, the inline view's
// otherwise (inlineRow).
func markedRange(row align.Row, opts ViewOptions) string {
	if opts.Inline {
		return inlineRange(row)
	}
	e := 0
	if len(opts.Columns) > 0 {
		e = opts.Columns[0]
	}
	return cellRange(row.Cells[e])
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

// fittedLabel is edition e's label in at most cols columns: the name cut
// short with "…" before the language is, so that every column still says
// its language.
func (v *view) fittedLabel(e, cols int) string {
	l := v.label(e)
	if stringWidth(l) <= cols {
		return l
	}
	lang := fmt.Sprintf(" (%s)", v.al.Editions[e].Lang)
	name := strings.TrimSuffix(l, lang)
	room := cols - stringWidth(lang) - 1
	if room < 1 {
		return truncate(l, cols)
	}
	return truncate(name, room) + "…" + lang
}

// truncate returns the longest prefix of s at most cols columns wide.
func truncate(s string, cols int) string {
	w := 0
	for i, r := range s {
		if w+runeWidth(r) > cols {
			return s[:i]
		}
		w += runeWidth(r)
	}
	return s
}

// cellRange writes a cell's sentence numbers, "12" or "12-13".
func cellRange(cell []int) string {
	switch len(cell) {
	case 0:
		return ""
	case 1:
		return strconv.Itoa(cell[0])
	}
	return fmt.Sprintf("%d-%d", cell[0], cell[len(cell)-1])
}

// header writes the labels of the editions shown, over their columns,
// or "first → last" over the inline view.
func (v *view) header(w *bufio.Writer) {
	var b strings.Builder
	switch {
	case v.opts.Inline:
		v.paint(&b, fmt.Sprintf("%s → %s", v.label(0), v.label(len(v.al.Editions)-1)), dimStyle)
	case v.stacked:
		msg := fmt.Sprintf("%d editions, one under another in each row: too many to stand side by side in %d columns (--editions picks fewer, --width widens)",
			len(v.cols), max(v.opts.Width, minWidth))
		for k, ln := range wrap(msg, max(v.opts.Width, minWidth)) {
			if k > 0 {
				b.WriteString("\n")
			}
			v.paint(&b, ln, dimStyle)
		}
	default:
		for k, e := range v.cols {
			l := v.fittedLabel(e, v.col)
			if k > 0 {
				b.WriteString(" ")
			}
			v.paint(&b, fmt.Sprintf("%*s   %s%*s", v.gutter, "", l, v.col-stringWidth(l), ""), dimStyle)
		}
	}
	w.WriteString(strings.TrimRight(b.String(), " ") + "\n")
}

// row writes row r of the alignment, in the view's layout.
func (v *view) row(w *bufio.Writer, r int) {
	switch {
	case v.opts.Inline:
		v.inlineRow(w, r)
	case v.stacked:
		v.stackedRow(w, r)
	default:
		v.sideBySide(w, r)
	}
}

// stackedRow writes row r with its editions one under another: for each
// edition with sentences in the row, its label, its gutter and its text
// wrapped to the rest of the line; a blank line ends the row.
func (v *view) stackedRow(w *bufio.Writer, r int) {
	row := v.al.Rows[r]
	for k, e := range v.cols {
		if len(row.Cells[e]) == 0 {
			continue
		}
		var label strings.Builder
		l := v.fittedLabel(e, v.labelWidth)
		v.paint(&label, l, dimStyle)
		for i, ln := range v.wrapLines(v.pieces(r, e), v.joined(r, e), v.col, v.rtl(r, e)) {
			g, lead := "", strings.Repeat(" ", v.labelWidth)
			if i == 0 {
				g = gutterText(row, k, e)
				lead = label.String() + strings.Repeat(" ", v.labelWidth-stringWidth(l))
			}
			w.WriteString(strings.TrimRight(fmt.Sprintf("%s %*s │ %s%s", lead, v.gutter, g, v.indent(ln), ln), " ") + "\n")
		}
	}
	w.WriteString("\n")
}

// sideBySide writes row r with a column per edition shown: each cell
// wrapped to the column's width, a gutter before it, as many lines as
// the longest cell needs.
func (v *view) sideBySide(w *bufio.Writer, r int) {
	row := v.al.Rows[r]
	if len(v.wraps) != len(v.cols) {
		v.wraps = make([]lineWrap, len(v.cols))
	}
	wraps := v.wraps
	for k, e := range v.cols {
		wraps[k].start(v, v.pieces(r, e), v.joined(r, e), v.col, v.rtl(r, e))
	}
	// As many lines as the longest cell needs, one at least: a line of
	// each cell at a time, each column's blank once its cell has ended.
	for l := 0; ; l++ {
		b := v.line[:0]
		more := false
		for k, e := range v.cols {
			ln, ok := wraps[k].next()
			more = more || ok
			g := ""
			if l == 0 {
				g = gutterText(row, k, e)
			}
			if k > 0 {
				b = append(b, ' ')
			}
			b = appendSpaces(b, v.gutter-utf8.RuneCountInString(g)) // as fmt's %*s
			b = append(b, g...)
			b = append(b, " │ "...)
			width := 0
			if ok {
				b = appendSpaces(b, v.indentWidth(ln))
				b = ln.appendTo(b)
				width = ln.width + v.indentWidth(ln)
			}
			if k < len(v.cols)-1 {
				b = appendSpaces(b, v.col-width)
			}
		}
		v.line = b[:0]
		if !more && l > 0 {
			return
		}
		w.Write(bytes.TrimRight(b, " "))
		w.WriteByte('\n')
	}
}

// appendSpaces appends n spaces to b (none when n <= 0).
func appendSpaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}

// rtl reports whether edition e's cell in row r is written right to left
// (direction, which the parallel edition's dir attribute follows too):
// in an edition of unknown language, whether its first letter is.
func (v *view) rtl(r, e int) bool {
	ed, text := v.al.Editions[e], ""
	if cell := v.al.Rows[r].Cells[e]; len(cell) > 0 {
		text = ed.Sentences[cell[0]].Text
	}
	return textRTL(ed.Lang, text)
}

// indent is the space before a wrapped line in a column: what right-aligns
// a line laid out right to left, none before another.
func (v *view) indent(ln wrappedLine) string {
	return strings.Repeat(" ", v.indentWidth(ln))
}

// indentWidth is the number of spaces of indent(ln).
func (v *view) indentWidth(ln wrappedLine) int {
	if !ln.right {
		return 0
	}
	return max(0, v.col-ln.width)
}

// gutterText is the gutter of edition e's cell, shown in column k, on a
// row's first line: its sentence numbers, and in the first column "?"
// before those of a doubtful row (align.Row.Doubtful), of any kind.
func gutterText(row align.Row, k, e int) string {
	g := cellRange(row.Cells[e])
	if k == 0 {
		g = doubtMark(row) + g
	}
	return g
}

// doubtMark is "?" for a doubtful row, "" for another.
func doubtMark(row align.Row) string {
	if row.Doubtful() {
		return "?"
	}
	return ""
}

// skipped writes the line that stands for n equal rows left out.
func (v *view) skipped(w *bufio.Writer, n int) {
	var b strings.Builder
	v.paint(&b, fmt.Sprintf("%*s ⋯ %s not shown", v.gutter, "", countOf(n, "equal row")), dimStyle)
	w.WriteString(b.String() + "\n")
}

// rowsToShow returns the indices of the rows to show: all of them, or
// with ChangesOnly the changed rows and Context rows around each.
func (v *view) rowsToShow() []int {
	if !v.opts.ChangesOnly {
		out := make([]int, len(v.al.Rows))
		for r := range out {
			out[r] = r
		}
		return out
	}
	var out []int
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
