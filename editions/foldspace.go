package editions

// White space in sentence texts: runs of it folded to one space.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldSpace folds runs of white space (Unicode's, no-break spaces
// included) to one space and trims the ends. Renderers that want the
// no-break spaces back take the text from Edition.Text by offsets.
func foldSpace(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		c, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsSpace(c) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(c) // invalid bytes become U+FFFD, as ranging over s gives
	}
	return b.String()
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
