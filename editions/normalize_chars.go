package editions

// The characters of the comparison form: the one scan of an ASCII text that
// says which steps it needs, the mappings of typography (quotes, dashes,
// spaces, ligatures) to one spelling, and the collapsing of spaces and
// dashes that ends it. See normalize.go for the order of the steps.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What scanASCII finds in a text.
const (
	nonASCII = 1 << iota // a byte of a character outside ASCII
	needsMap             // a character mapChars changes: \t \n \v \f \r `
	markup               // a character stripMarkup looks at: [ * _
	upper                // a capital A-Z
)

// asciiFlags is what each ASCII byte adds to the flags of scanASCII.
var asciiFlags = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = nonASCII
	}
	for _, c := range "\t\n\v\f\r`" {
		t[c] = needsMap
	}
	for _, c := range "[*_" {
		t[c] = markup
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = upper
	}
	return t
}()

// scanASCII reads s once and says which of the steps of prepare and fold
// it needs, if it is ASCII; it stops at the first byte that is not.
func scanASCII(s string) uint8 {
	var f uint8
	for i := 0; i < len(s); i++ {
		f |= asciiFlags[s[i]]
		if f&nonASCII != 0 {
			return f
		}
	}
	return f
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mapChars applies the character mappings of the comparison form; see
// normalize.go.
func mapChars(s string) string {
	if !needsMapping(s) {
		return s
	}
	// Runs of characters that stay are copied whole; s[last:i] is one.
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch c {
			case '\t', '\n', '\v', '\f', '\r':
				b.WriteString(s[last:i])
				b.WriteByte(' ')
				last = i + 1
			case '`':
				b.WriteString(s[last:i])
				b.WriteByte('\'')
				last = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// An invalid byte: written as U+FFFD, as ranging over s gives.
			b.WriteString(s[last:i])
			b.WriteRune(r)
			i++
			last = i
			continue
		}
		if !isMappedRune(r) {
			i += size
			continue
		}
		b.WriteString(s[last:i])
		switch {
		case isRemovedInvisible(r):
		case unicode.IsSpace(r) || unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp):
			b.WriteByte(' ')
		default:
			if m, ok := charMappings[r]; ok {
				b.WriteString(m)
			} else {
				b.WriteRune(r)
			}
		}
		i += size
		last = i
	}
	b.WriteString(s[last:])
	return b.String()
}

// needsMapping reports whether mapChars would change s; most sentences of
// most books are plain enough to skip it.
func needsMapping(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == '`' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isMappedRune(r) {
			return true
		}
		i += size
	}
	return false
}

// isMappedRune reports a non-ASCII character mapChars changes, testing
// the ranges of letters first, as they are most of any text.
func isMappedRune(r rune) bool {
	switch {
	case r == '\u0640':
		return true // the Arabic tatweel (isRemovedInvisible)
	case r >= 0xC0 && r < 0x2BC, r > 0x2BC && r < 0x1680:
		return false // Latin letters, Greek, Cyrillic, Hebrew, Arabic...
	case r >= 0x3040 && r < 0xFB00:
		return false // kana, Han, Hangul
	case r >= 0x530:
		// Vietnamese's letters (U+1Exx), Greek Extended, …: looked up
		// in the block (normalize_blocks.go), which isMappedSlow filled.
		return blockOf(r).mapped[r&0xFF]
	}
	return isMappedSlow(r)
}

// isMappedSlow is isMappedRune by the tables themselves.
func isMappedSlow(r rune) bool {
	_, ok := charMappings[r]
	return ok || isRemovedInvisible(r) || unicode.IsSpace(r) || unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp)
}

// isRemovedInvisible reports the characters that change nothing a reader
// reads: the soft hyphen, zero-width space, non-joiner and joiner, word
// joiner and invisible operators, byte-order mark, Mongolian vowel
// separator, and the left-to-right and right-to-left marks; and the
// Arabic tatweel (kashida, U+0640), which a printer puts between letters
// to stretch a word for justification (ذهـــب for ذهب), as a Latin one
// spaces letters out.
func isRemovedInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F',
		'\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF', '\u0640':
		return true
	}
	return false
}

// charMappings are the non-ASCII characters the comparison form spells
// differently.
var charMappings = map[rune]string{
	// double quotes and guillemets
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '«': `"`, '»': `"`, '‹': `"`, '›': `"`,
	'〝': `"`, '〞': `"`, '＂': `"`, '❝': `"`, '❞': `"`,
	// single quotes and apostrophes
	'‘': "'", '’': "'", '‚': "'", '‛': "'", 'ʼ': "'", '´': "'", '＇': "'", '❛': "'", '❜': "'",
	// hyphens and short dashes, the minus sign
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '−': "-", '﹣': "-", '－': "-",
	// long dashes: punctuation between words, never a hyphen, spaced or not
	'—': " - ", '―': " - ", '⸺': " - ", '⸻': " - ", '﹘': " - ",
	// ligatures of typesetting
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
	'…': "...",
}

// collapseSpaceAndDashes turns runs of two dashes or more ("--" in plain
// text stands for an em dash) into " - ", runs of spaces into one, and
// trims the ends.
func collapseSpaceAndDashes(s string) string {
	if s == "" || s[0] != ' ' && s[len(s)-1] != ' ' && !strings.Contains(s, "  ") && !strings.Contains(s, "--") {
		return s
	}
	b := make([]byte, 0, len(s))
	pendingSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			pendingSpace = true
			i++
			continue
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] == '-' {
				i++
			}
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, '-')
			pendingSpace = true
			continue
		}
		if pendingSpace && len(b) > 0 {
			b = append(b, ' ')
		}
		pendingSpace = false
		b = append(b, c)
		i++
	}
	return string(b)
}
