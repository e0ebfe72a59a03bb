package editions

// Project Gutenberg's frame: the header, the licence and the producers'
// credit around the author's text, which are left out of an edition.

import (
	"regexp"
	"strings"
)

var (
	gutenbergStart = regexp.MustCompile(`(?i)^\s*\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG`)
	gutenbergEnd   = regexp.MustCompile(`(?i)^\s*(\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG|END OF (THE )?PROJECT GUTENBERG)`)
	producedBy     = regexp.MustCompile(`(?i)^\s*(produced by|this e-?book was produced by|e-?text prepared by|transcribed (from|by))`)
)

// gutenbergBodies returns the parts of text between a Project Gutenberg
// header and its licence, as [lo, hi) spans in order: one per book of a
// file that holds several one after the other (cat vol1.txt vol2.txt),
// whose later books were dropped when only the first was read; all of
// text when it has no header.
func gutenbergBodies(text string) [][2]int {
	lo, hi, ok := gutenbergBody(text, 0)
	if !ok {
		return [][2]int{{0, len(text)}}
	}
	bodies := [][2]int{{lo, hi}}
	for hi < len(text) {
		if lo, hi, ok = gutenbergBody(text, hi); !ok {
			break
		}
		bodies = append(bodies, [2]int{lo, hi})
	}
	return bodies
}

// gutenbergBody returns the part of text after from between the next
// Project Gutenberg header and licence, and whether there is a header.
func gutenbergBody(text string, from int) (lo, hi int, started bool) {
	lo, hi = from, len(text)
	body := from // where the line after the start line starts
	for i := from; i < len(text); {
		var ln line
		ln, i = lineAt(text, i, len(text))
		// Both expressions need a line whose first character after white
		// space (\s) is '*', or 'E' for "END OF": test that first.
		first := byte(0)
		for k := ln.start; k < ln.end; k++ {
			if c := text[k]; c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' {
				first = c
				break
			}
		}
		if first != '*' && first|0x20 != 'e' {
			continue
		}
		s := text[ln.start:ln.end]
		if !started && gutenbergStart.MatchString(s) {
			started, lo, body = true, int(ln.end), i
			continue
		}
		if started && gutenbergEnd.MatchString(s) {
			hi = int(ln.start)
			break
		}
	}
	if !started {
		return from, len(text), false
	}
	// The producers' credit that opens most Gutenberg texts is theirs,
	// not the author's.
	for i := body; i < len(text); {
		var ln line
		ln, i = lineAt(text, i, len(text))
		if int(ln.start) >= hi {
			break
		}
		s := text[ln.start:ln.end]
		if strings.TrimSpace(s) == "" {
			continue
		}
		if !producedBy.MatchString(s) {
			break
		}
		for strings.TrimSpace(text[ln.start:ln.end]) != "" {
			lo = int(ln.end)
			if i >= len(text) {
				break
			}
			ln, i = lineAt(text, i, len(text))
		}
		break
	}
	return lo, hi, true
}
