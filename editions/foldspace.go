package editions

// White space in sentence texts: runs of it folded to one space.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// foldSpace folds runs of white space (Unicode's, no-break spaces
// included) to one space and trims the ends. Renderers that want the
// no-break spaces back take the text from Edition.Text by offsets.
//
// A run that holds a line break between two characters of the scripts
// written without spaces (Chinese, Japanese: both East Asian Wide,
// Fullwidth or Halfwidth, neither Hangul), or between one of them and a
// digit (joinsUnspaced), folds to nothing: the line break of a
// hard-wrapped Chinese text falls between two characters of a word, and
// a space there is no character of the text (the segment break
// transformation of CSS Text Level 3, §4.1.2, which browsers apply so;
// Korean, whose words are spaced, keeps its space).
func foldSpace(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space, broken := false, false
	last := rune(0) // the last character written
	for i := 0; i < len(s); {
		c, n := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		if c < utf8.RuneSelf && asciiSpace[c] || c >= utf8.RuneSelf && unicode.IsSpace(c) {
			space = b.Len() > 0
			broken = broken || c == '\n' || c == '\r'
			continue
		}
		if space && !(broken && joinsUnspaced(last, c)) {
			b.WriteByte(' ')
		}
		space, broken = false, false
		b.WriteRune(c) // invalid bytes become U+FFFD, as ranging over s gives
		last = c
	}
	return b.String()
}

// joinsUnspaced reports whether a line break between a and b falls
// inside a run of the scripts written without spaces: both are their
// characters (the rule of CSS Text 3), or one is and the other a digit,
// which Chinese and Japanese set against their characters with no space
// ("412条"; CSS would keep one).
func joinsUnspaced(a, b rune) bool {
	wa, wb := unspacedWide(a), unspacedWide(b)
	return wa && wb || wa && unicode.IsDigit(b) || wb && unicode.IsDigit(a)
}

// unspacedWide reports whether r is a character of the East Asian
// scripts written without spaces between words: East Asian Wide,
// Fullwidth or Halfwidth (UAX #11), and not Hangul.
func unspacedWide(r rune) bool {
	if r < 0x1100 || unicode.Is(unicode.Hangul, r) {
		return false
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianHalfwidth:
		return true
	}
	return false
}

// isFolded reports whether foldSpace would return s as it is: no white
// space but single ' ' between other characters. Bytes are scanned, and
// only non-ASCII ones decoded (U+0085 and U+00A0 are spaces too).
func isFolded(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if asciiSpace[b] {
				if prevSpace || b != ' ' {
					return false
				}
				prevSpace = true
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(c) {
			return false // never ' '
		}
		prevSpace = false
		i += n
	}
	return !prevSpace
}

// asciiSpace marks the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
