package output

// Styles of the terminal view, and styled text wrapped to a column.

import (
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

// wrapPieces wraps styled pieces to cols columns, appending the lines
// to dst. Line breaks are chosen
// on the plain text (so styles never change where a line breaks); styles
// are then applied run by run, never character by character, and closed
// at the end of every line so that a pager or a resized terminal keeps
// them in their place. rtl says that the text is of a right-to-left
// column: with BidiVisual, its lines are then laid out right to left and
// right-aligned, and those of another column that hold right-to-left
// characters are reordered too (bidi.go); the lines are broken where
// they are in logical order, and each character keeps its style.
//
// The view writes about as many bytes as its texts hold, and on a long
// text made a string of every line, and of every cell's text, before
// writing it: 195 MB allocated for a view of 66 MB on the 20 MB
// paragraph case of bench/pathological, which made the collector's
// next goal, twice the live heap, the peak. So a cell of one piece is
// wrapped in place, a line of one style without an escape sequence is a
// piece of the cell's text between its escape sequences, the other lines of
// a cell are written into one buffer (v.lineBuf, kept) made a string once,
// and the slices are the caller's to reuse (dst) and the view's (v.ranges,
// v.runs, v.spans).
func (v *view) wrapPieces(dst []wrappedLine, ps []piece, cols int, rtl bool) []wrappedLine {
	var plain strings.Builder
	runs := v.runs[:0] // in order of start; neighbours differ in style
	var only string    // the text of the first piece, all of it while it is the only one
	texts, length := 0, 0
	for _, p := range ps {
		text := p.text
		if !v.opts.Color && p.st.open != "" {
			text = p.st.open + text + p.st.close
		}
		if text == "" {
			continue
		}
		if len(runs) == 0 || runs[len(runs)-1].st != p.st {
			runs = append(runs, styleRun{length, p.st})
		}
		switch texts++; texts {
		case 1:
			only = text
		case 2:
			plain.WriteString(only)
			fallthrough
		default:
			plain.WriteString(text)
		}
		length += len(text)
	}
	whole := only
	if texts > 1 {
		whole = plain.String()
	}
	// A cell's first line starts at its first word.
	s := strings.TrimLeft(whole, " ")
	off := len(whole) - len(s) // s[i] is whole[off+i]
	var bt *bidiText
	if v.opts.Bidi == BidiVisual && (rtl || needsBidi(s)) {
		bt = resolveBidi(s, rtl)
	}
	built := v.lineBuf[:0]
	spans := v.spans[:0] // the lines written in built, by index in dst and start in built
	k := 0               // the run that holds the line's first byte; lines come in order
	v.ranges = appendWrapRanges(v.ranges[:0], s, cols, -1)
	for _, ln := range v.ranges {
		line := wrappedLine{width: stringWidth(s[ln[0]:ln[1]]), right: bt != nil && rtl}
		if bt != nil {
			var b strings.Builder
			v.visualLine(&b, bt, ln, runs, off)
			line.text = b.String()
			dst = append(dst, line)
			continue
		}
		for k+1 < len(runs) && runs[k+1].start <= off+ln[0] {
			k++
		}
		if k+1 == len(runs) || runs[k+1].start-off >= ln[1] {
			// One style: paint's bytes, without a copy.
			if line.text = s[ln[0]:ln[1]]; line.text != "" {
				line.pre, line.post = v.sgr(runs[k].st)
			}
			dst = append(dst, line)
			continue
		}
		at := len(built)
		for i := ln[0]; i < ln[1]; {
			for k+1 < len(runs) && runs[k+1].start <= off+i {
				k++
			}
			j := ln[1]
			if k+1 < len(runs) {
				j = min(j, runs[k+1].start-off)
			}
			pre, post := v.sgr(runs[k].st)
			built = append(built, pre...)
			built = append(built, s[i:j]...)
			built = append(built, post...)
			i = j
		}
		spans = append(spans, [2]int{len(dst), at})
		dst = append(dst, line)
	}
	if len(spans) > 0 {
		all := string(built)
		for n, sp := range spans {
			end := len(all)
			if n+1 < len(spans) {
				end = spans[n+1][1]
			}
			dst[sp[0]].text = all[sp[1]:end]
		}
	}
	v.lineBuf, v.runs, v.spans = built, runs, spans
	return dst
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
