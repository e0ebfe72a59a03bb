package editions

// Superscript digits: the one table of them that editions, anchors and
// align read. Notes are marked with superscript digits in most printed
// books ("word¹²"), and a label written so is the same label as "[12]".
//
// Unicode scatters them: ¹ ² ³ come from Latin-1 (U+00B9, U+00B2,
// U+00B3, encoded C2 B9, C2 B2, C2 B3 in UTF-8), and ⁰ ⁴ … ⁹ from the
// block of superscripts (U+2070, U+2074 … U+2079, encoded E2 81 B0,
// E2 81 B4 … E2 81 B9). Code that scans bytes for markers looks for the
// lead bytes 0xC2 and 0xE2.

// superscriptDigits holds the superscript digits in the order of their
// values, 0 to 9.
var superscriptDigits = [10]rune{'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'}

// SuperscriptDigit returns the value of a superscript digit, or -1 when r
// is not one.
func SuperscriptDigit(r rune) int {
	switch r {
	case '⁰':
		return 0
	case '¹':
		return 1
	case '²':
		return 2
	case '³':
		return 3
	case '⁴', '⁵', '⁶', '⁷', '⁸', '⁹':
		return int(r-'⁴') + 4
	}
	return -1
}

// isSuperscriptDigit reports whether r is a superscript digit.
func isSuperscriptDigit(r rune) bool { return SuperscriptDigit(r) >= 0 }

// superscriptLabel returns the label superscript digits write: "12" for
// "¹²". s holds superscript digits only.
func superscriptLabel(s string) string {
	b := make([]byte, 0, len(s)/2)
	for _, c := range s {
		b = append(b, byte('0'+SuperscriptDigit(c)))
	}
	return string(b)
}

// superscript writes ASCII digits as superscript digits, which
// findMarkers reads as a marker when they follow a word.
func superscript(s string) string {
	b := make([]rune, 0, len(s))
	for _, c := range s {
		b = append(b, superscriptDigits[c-'0'])
	}
	return string(b)
}
