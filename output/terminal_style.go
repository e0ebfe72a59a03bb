package output

// Styles of the terminal view, and styled text wrapped to a column.

import (
	"strings"
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
	var out []wrappedLine
	k := 0 // the run that holds the line's first byte; lines come in order
	for _, ln := range wrapRanges(s, cols) {
		var b strings.Builder
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
		out = append(out, wrappedLine{b.String(), stringWidth(s[ln[0]:ln[1]])})
	}
	return out
}

// A styleRun is where a style starts in the plain text of a cell; it lasts
// until the next run starts.
type styleRun struct {
	start int
	st    style
}
