package output

// Styles of the terminal view, and styled text wrapped to a column.

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

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
	// missingStyle: an anchor with no counterpart in the row's other
	// columns, in reverse video, as the parallel edition outlines it.
	missingStyle = style{sgr: "\x1b[1;33;7m"}
	noteStyle    = style{sgr: "\x1b[2;3m", open: "(", close: ")"}
	dimStyle     = style{sgr: "\x1b[2m"}
)

// A piece of a cell's text in one style.
type piece struct {
	text string
	st   style
}

func (v *view) paint(b *strings.Builder, text string, st style) {
	if text == "" {
		return
	}
	pre, post := v.sgr(st)
	b.WriteString(pre)
	b.WriteString(text)
	b.WriteString(post)
}

// sgr returns what paint writes before and after a text in style st: its
// escape sequence and the reset in colour, nothing without.
func (v *view) sgr(st style) (pre, post string) {
	if v.opts.Color && st.sgr != "" {
		return st.sgr, "\x1b[0m"
	}
	return "", ""
}

// A wrapped line: its text with escape sequences, its width, and
// whether it is to be right-aligned (a line of a right-to-left column
// laid out in visual order). A line of one style is its text between
// that style's escape sequences, pre and post, so that it is a piece of
// its cell's text, not a copy (wrapPieces).
type wrappedLine struct {
	pre, text, post string
	width           int
	right           bool
}

// String is the line as written.
func (ln wrappedLine) String() string { return ln.pre + ln.text + ln.post }

// appendTo appends the line as written to b.
func (ln wrappedLine) appendTo(b []byte) []byte {
	b = append(b, ln.pre...)
	b = append(b, ln.text...)
	return append(b, ln.post...)
}

// A lineWrap wraps a cell's styled pieces to cols columns, a line at a
// time (start, then next until it says there is none). Line breaks are
// chosen on the plain text (so styles never change where a line breaks);
// styles are then applied run by run, never character by character, and
// closed at the end of every line so that a pager or a resized terminal
// keeps them in their place. rtl says that the text is of a right-to-left
// column: with BidiVisual, its lines are then laid out right to left and
// right-aligned, and those of another column that hold right-to-left
// characters are reordered too (bidi.go); the lines are broken where
// they are in logical order, and each character keeps its style.
//
// The view writes about as many bytes as its texts hold. Made whole, the
// lines of a cell of 10 MB (two versions of a sentence of that size, side
// by side) took 64 bytes a line besides their text, and the cell's text
// was joined from its pieces into a copy: 90 MB more than the alignment
// for a view of 20 MB, and the collector's next goal, twice the live
// heap, made the peak (bench/pathological's sentence case). So the lines
// are made as they are written, a line of one style without an escape
// sequence is a piece of the cell's text between its escape sequences,
// and a cell whose pieces are, end to end, the text given as joined (the
// cell's one sentence, which a word diff's ops or a sentence's anchors
// cut in pieces) is wrapped in that text rather than in a copy.
type lineWrap struct {
	v    *view
	s    string // the cell's plain text from its first word
	off  int    // s[i] is byte off+i of the plain text, which runs index
	runs []styleRun
	bt   *bidiText
	rtl  bool
	cols int
	pos  int // where the next line starts in s
	k    int // the run that holds the next line's first byte; lines come in order
	buf  []byte
}

// pieceText is the text a piece adds to its cell's plain text: without
// colour, a style's brackets around it.
func (v *view) pieceText(p piece) string {
	if !v.opts.Color && p.st.open != "" {
		return p.st.open + p.text + p.st.close
	}
	return p.text
}

// start sets w to wrap ps; joined, when not empty, may be their texts
// end to end, which spares a copy when it is.
func (w *lineWrap) start(v *view, ps []piece, joined string, cols int, rtl bool) {
	runs := w.runs[:0] // in order of start; neighbours differ in style
	texts, length := 0, 0
	only := "" // the text of the first piece, all of it while it is the only one
	for _, p := range ps {
		text := v.pieceText(p)
		if text == "" {
			continue
		}
		if len(runs) == 0 || runs[len(runs)-1].st != p.st {
			runs = append(runs, styleRun{length, p.st})
		}
		if joined != "" && (len(joined) < length+len(text) || joined[length:length+len(text)] != text) {
			joined = "" // not these pieces' text
		}
		if texts++; texts == 1 {
			only = text
		}
		length += len(text)
	}
	whole := only
	switch {
	case texts > 1 && len(joined) == length:
		whole = joined
	case texts > 1:
		var plain strings.Builder
		plain.Grow(length)
		for _, p := range ps {
			plain.WriteString(v.pieceText(p))
		}
		whole = plain.String()
	}
	// A cell's first line starts at its first word.
	s := strings.TrimLeft(whole, " ")
	*w = lineWrap{v: v, s: s, off: len(whole) - len(s), runs: runs, rtl: rtl, cols: cols, buf: w.buf}
	if v.opts.Bidi == BidiVisual && (rtl || needsBidi(s)) {
		w.bt = resolveBidi(s, rtl)
	}
}

// next returns the cell's next line, and false after the last.
func (w *lineWrap) next() (wrappedLine, bool) {
	if w.pos >= len(w.s) {
		return wrappedLine{}, false
	}
	s, off, runs := w.s, w.off, w.runs
	end, next := lineAt(s, w.pos, w.cols)
	ln := [2]int{w.pos, end}
	w.pos = next
	line := wrappedLine{width: stringWidth(s[ln[0]:ln[1]]), right: w.bt != nil && w.rtl}
	if w.bt != nil {
		var b strings.Builder
		w.v.visualLine(&b, w.bt, ln, runs, off)
		line.text = b.String()
		return line, true
	}
	for w.k+1 < len(runs) && runs[w.k+1].start <= off+ln[0] {
		w.k++
	}
	if w.k+1 == len(runs) || runs[w.k+1].start-off >= ln[1] {
		// One style: paint's bytes, without a copy.
		if line.text = s[ln[0]:ln[1]]; line.text != "" {
			line.pre, line.post = w.v.sgr(runs[w.k].st)
		}
		return line, true
	}
	built := w.buf[:0]
	k := w.k
	for i := ln[0]; i < ln[1]; {
		for k+1 < len(runs) && runs[k+1].start <= off+i {
			k++
		}
		j := ln[1]
		if k+1 < len(runs) {
			j = min(j, runs[k+1].start-off)
		}
		pre, post := w.v.sgr(runs[k].st)
		built = append(built, pre...)
		built = append(built, s[i:j]...)
		built = append(built, post...)
		i = j
	}
	line.text = string(built)
	w.buf, w.k = built, k
	return line, true
}

// wrapLines yields the lines of ps wrapped to cols columns (lineWrap),
// numbered from 0, with the view's wrapper for one cell at a time.
func (v *view) wrapLines(ps []piece, joined string, cols int, rtl bool) iter.Seq2[int, wrappedLine] {
	return func(yield func(int, wrappedLine) bool) {
		w := &v.wrap
		w.start(v, ps, joined, cols, rtl)
		for i := 0; ; i++ {
			ln, ok := w.next()
			if !ok || !yield(i, ln) {
				return
			}
		}
	}
}

// visualLine writes the line ln of bt (byte offsets in its text, which
// starts at byte off of the text the style runs index) in visual order:
// the units bidiText.line gives, mirrored where it says, each in the
// style of the run its first byte belongs to, consecutive units of one
// style painted together.
func (v *view) visualLine(b *strings.Builder, bt *bidiText, ln [2]int, runs []styleRun, off int) {
	styleAt := func(i int) style {
		k, found := slices.BinarySearchFunc(runs, off+i, func(r styleRun, at int) int { return r.start - at })
		if !found {
			k--
		}
		if k < 0 {
			return plainStyle
		}
		return runs[k].st
	}
	var seg strings.Builder
	var st style
	flush := func() {
		if v.opts.Color {
			v.paint(b, seg.String(), st)
		} else {
			b.WriteString(seg.String())
		}
		seg.Reset()
	}
	for _, u := range bt.line(ln[0], ln[1]) {
		if s := styleAt(u.start); s != st {
			flush()
			st = s
		}
		if u.mirror != 0 {
			seg.WriteRune(u.mirror)
			_, n := utf8.DecodeRuneInString(bt.s[u.start:])
			seg.WriteString(bt.s[u.start+n : u.end])
		} else {
			seg.WriteString(bt.s[u.start:u.end])
		}
	}
	flush()
}

// A styleRun is where a style starts in the plain text of a cell; it lasts
// until the next run starts.
type styleRun struct {
	start int
	st    style
}
