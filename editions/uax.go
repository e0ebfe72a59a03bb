package editions

// Sentence ends for languages without rules of their own: Unicode's
// UAX #29 boundaries, with the rules of scripts.go and unpunctuated.go on
// top, filtered by the same language-independent checks.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// uaxCuts returns sentence ends for languages without rules of their own:
// UAX #29 boundaries, less those our language-independent checks reject.
func uaxCuts(text string, r *rules) []int {
	var candidates []int
	// UAX #29 always breaks at line ends, but inside a paragraph a line end
	// is only the wrapping of a printed page: show it a space instead.
	flat := text
	if strings.ContainsAny(text, "\n\r") {
		flat = strings.Map(func(c rune) rune {
			if c == '\n' || c == '\r' {
				return ' '
			}
			return c
		}, text)
	}
	tokens := sentences.FromString(flat)
	pos := 0
	for tokens.Next() {
		pos += len(tokens.Value())
		if pos < len(text) {
			candidates = append(candidates, pos)
		}
	}
	// The team's rules on top (scripts.go, unpunctuated.go): the full
	// stops UAX #29 does not know, openings moved to the sentence they
	// open, clause marks and continued quotations dropped, and the spaces
	// that end Thai and Lao clauses.
	candidates = mergeCuts(candidates, scriptCuts(text, r))
	adjusted := candidates[:0]
	for _, c := range candidates {
		if c, ok := adjustCut(text, c); ok && (len(adjusted) == 0 || adjusted[len(adjusted)-1] < c) {
			adjusted = append(adjusted, c)
		}
	}
	candidates = mergeCuts(adjusted, spaceCuts(text))
	if len(candidates) == 0 {
		return nil
	}
	// Sweep once through the text to know the bracket depth at each
	// candidate.
	brackets := matchBrackets(text)
	var cuts []int
	depth, next := 0, 0
	for i := 0; i < len(text) && next < len(candidates); i++ {
		for next < len(candidates) && candidates[next] == i {
			// A note marker after the boundary belongs to the sentence
			// before it.
			cut := i
			rest := strings.TrimLeftFunc(text[i:], unicode.IsSpace)
			if m := markerLen(rest); m > 0 && followsAsMarker(text, len(text)-len(rest)) {
				cut = len(text) - len(rest) + m
			}
			if depth == 0 && cut < len(text) && !keepTogether(text, cut, r) && (len(cuts) == 0 || cuts[len(cuts)-1] < cut) {
				cuts = append(cuts, cut)
			}
			next++
		}
		switch text[i] {
		case '(', '[':
			if brackets.has(i) {
				depth++
			}
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	return cuts
}

// keepTogether reports whether a UAX #29 boundary at pos should be
// dropped: before a lowercase letter or a note marker, or after an initial.
func keepTogether(text string, pos int, r *rules) bool {
	rest := strings.TrimLeftFunc(text[pos:], unicode.IsSpace)
	if rest == "" {
		return false
	}
	c, _ := utf8.DecodeRuneInString(rest)
	if !canStartSentence(c) {
		return true
	}
	before := strings.TrimRightFunc(text[:pos], unicode.IsSpace)
	if strings.HasSuffix(before, ".") {
		dot := len(before) - 1
		return abbreviationBefore(text, dot, len(text)-len(rest), r)
	}
	return false
}
