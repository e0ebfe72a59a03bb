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

// gutenbergBody returns the part of text between the Project Gutenberg
// header and licence, or all of it when it has none.
func gutenbergBody(text string) (lo, hi int) {
	lo, hi = 0, len(text)
	started := false
	body := 0 // where the line after the start line starts
	for i := 0; i < len(text); {
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
		return 0, len(text)
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
	return lo, hi
}
