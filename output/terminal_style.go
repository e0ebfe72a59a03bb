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
	if v.opts.Color && st.sgr != "" {
		b.WriteString(st.sgr)
		b.WriteString(text)
		b.WriteString("\x1b[0m")
		return
	}
	b.WriteString(text)
}

// A wrapped line: its text with escape sequences, its width, and
// whether it is to be right-aligned (a line of a right-to-left column
// laid out in visual order).
type wrappedLine struct {
	text  string
	width int
	right bool
}

// wrapPieces wraps styled pieces to cols columns. Line breaks are chosen
// on the plain text (so styles never change where a line breaks); styles
// are then applied run by run, never character by character, and closed
// at the end of every line so that a pager or a resized terminal keeps
// them in their place. rtl says that the text is of a right-to-left
// column: with BidiVisual, its lines are then laid out right to left and
// right-aligned, and those of another column that hold right-to-left
// characters are reordered too (bidi.go); the lines are broken where
// they are in logical order, and each character keeps its style.
func (v *view) wrapPieces(ps []piece, cols int, rtl bool) []wrappedLine {
	var plain strings.Builder
	var runs []styleRun // in order of start; neighbours differ in style
	for _, p := range ps {
		text := p.text
		if !v.opts.Color && p.st.open != "" {
			text = p.st.open + text + p.st.close
		}
		if text == "" {
			continue
		}
		if len(runs) == 0 || runs[len(runs)-1].st != p.st {
			runs = append(runs, styleRun{plain.Len(), p.st})
		}
		plain.WriteString(text)
	}
	// A cell's first line starts at its first word.
	s := strings.TrimLeft(plain.String(), " ")
	off := plain.Len() - len(s) // s[i] is plain[off+i]
	var bt *bidiText
	if v.opts.Bidi == BidiVisual && (rtl || needsBidi(s)) {
		bt = resolveBidi(s, rtl)
	}
	var out []wrappedLine
	k := 0 // the run that holds the line's first byte; lines come in order
	for _, ln := range wrapRanges(s, cols) {
		var b strings.Builder
		if bt != nil {
			v.visualLine(&b, bt, ln, runs, off)
		} else {
			for i := ln[0]; i < ln[1]; {
				for k+1 < len(runs) && runs[k+1].start <= off+i {
					k++
				}
				j := ln[1]
				if k+1 < len(runs) {
					j = min(j, runs[k+1].start-off)
				}
				if v.opts.Color {
					v.paint(&b, s[i:j], runs[k].st)
				} else {
					b.WriteString(s[i:j])
				}
				i = j
			}
		}
		out = append(out, wrappedLine{b.String(), stringWidth(s[ln[0]:ln[1]]), bt != nil && rtl})
	}
	return out
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
