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
	// lastCut is the last of cuts (0 before the first), and wordAt where
	// the first letter or digit after it stands, found when first needed.
	lastCut, wordAt := 0, -1
	for i := 0; i < len(text) && next < len(candidates); i++ {
		for next < len(candidates) && candidates[next] == i {
			// A note marker after the boundary belongs to the sentence
			// before it.
			cut := i
			rest := strings.TrimLeftFunc(text[i:], unicode.IsSpace)
			if m := markerLen(rest); m > 0 && followsAsMarker(text, len(text)-len(rest)) {
				cut = len(text) - len(rest) + m
			}
			if wordAt < 0 {
				wordAt = firstWord(text, lastCut)
			}
			// A stretch of marks alone, such as the Tibetan head mark and
			// shad that open a text (༄༅། །), is no sentence: it goes with
			// the one after it.
			if depth == 0 && cut < len(text) && !keepTogether(text, cut, r) && lastCut < cut && wordAt < cut {
				cuts = append(cuts, cut)
				lastCut, wordAt = cut, -1
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

// firstWord returns the offset of the first letter or digit of text
// from byte from, or len(text) when there is none.
func firstWord(text string, from int) int {
	if i := strings.IndexFunc(text[from:], func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }); i >= 0 {
		return from + i
	}
	return len(text)
}

// keepTogether reports whether a UAX #29 boundary at pos should be
// dropped: before a lowercase letter or a note marker, after an initial,
// or after a quotation that the words after it report (continuedQuotation).
func keepTogether(text string, pos int, r *rules) bool {
	rest := strings.TrimLeftFunc(text[pos:], unicode.IsSpace)
	if rest == "" {
		return false
	}
	c, _ := utf8.DecodeRuneInString(rest)
	if !canStartSentence(c) || continuedQuotation(text, pos, r) || armenianMijaket(text, pos, r) {
		return true
	}
	if pos > 0 && text[pos-1] == '.' && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		// "கி.மு", "3.5": a full stop with no space after it ends no
		// sentence, as in the languages with rules (decideBreak).
		return true
	}
	before := strings.TrimRightFunc(text[:pos], unicode.IsSpace)
	if strings.HasSuffix(before, ".") {
		dot := len(before) - 1
		return abbreviationBefore(text, dot, len(text)-len(rest), r)
	}
	return false
}
