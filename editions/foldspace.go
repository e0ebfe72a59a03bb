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
//
// So does a line break after a hyphen that follows a letter or a digit
// and comes before one (brokenAtHyphen): the hyphen a printer set at a
// line's end, or the one of a compound that a line broke after, stays,
// and no space is put in the word ("middle-\nground" reads
// "middle-ground", not "middle- ground", as pdftotext -layout and OCR
// texts break them). Whether the hyphen is the word's or the printer's
// is for the comparison form to decide (joinHyphens), which reads the
// text folded as before, by matchFold.
func foldSpace(s string) string { return fold(s, true) }

// matchFold is foldSpace without brokenAtHyphen: a line break after a
// hyphen folds to a space, the trace of a printer's line end that
// joinHyphens reads ("some- thing").
func matchFold(s string) string { return fold(s, false) }

// fold is foldSpace, joining the words a line broke at a hyphen when
// hyphens is set.
func fold(s string, hyphens bool) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space, broken := false, false
	last, before := rune(0), rune(0) // the last character written, and the one before it
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
		if space && !(broken && (joinsUnspaced(last, c) || hyphens && brokenAtHyphen(before, last, c))) {
			b.WriteByte(' ')
			before, last = last, ' '
		}
		space, broken = false, false
		b.WriteRune(c) // invalid bytes become U+FFFD, as ranging over s gives
		before, last = last, c
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

// lineHyphens are the hyphens a line may break a word after: the
// hyphen-minus, the hyphen (U+2010) and the soft hyphen.
const lineHyphens = "-\u2010\u00ad"

// brokenAtHyphen reports whether a line break after hyphen, which
// follows a, and before b falls inside a word: hyphen is a hyphen-minus,
// a hyphen (U+2010) or a soft hyphen, and a and b are letters or
// digits ("1914-\n1918" too). A dash, or a hyphen after a space, is
// punctuation, and keeps its space.
func brokenAtHyphen(a, hyphen, b rune) bool {
	if !strings.ContainsRune(lineHyphens, hyphen) {
		return false
	}
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	return word(a) && word(b)
}

// endsInBrokenWord reports whether line ends with a hyphen after a
// letter or a digit: a word the line broke, which the next line ends
// (brokenAtHyphen).
func endsInBrokenWord(line string) bool {
	line = strings.TrimRight(line, " \t\r")
	h, n := utf8.DecodeLastRuneInString(line)
	a, _ := utf8.DecodeLastRuneInString(line[:len(line)-n])
	return brokenAtHyphen(a, h, 'a')
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
