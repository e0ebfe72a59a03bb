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
	// A cell's first line starts at its first word.
	s := strings.TrimLeft(plain.String(), " ")
	styles = styles[len(styles)-len(s):]
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
		out = append(out, wrappedLine{b.String(), stringWidth(s[ln[0]:ln[1]])})
	}
	return out
}
