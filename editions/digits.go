package editions

import "unicode"

// DigitValue returns the value of r if it is a decimal digit of any
// script — Unicode's general category Nd, which holds only complete runs
// of ten digits 0 to 9 in order (Unicode Standard §4.6, "Numeric Value"):
// ASCII, Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari ०-९, Bengali, Thai
// ๐-๙, full-width ０-９, Mathematical digits and the rest. Its value is
// then its offset from the zero of its run, found by stepping back while
// the runes before it are digits too. The superscripts ¹²³ are No, not
// Nd: they are note markers (see editions/anchors). -1 if r is no decimal digit.
func DigitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	// U+0660, ARABIC-INDIC DIGIT ZERO, is the lowest decimal digit after
	// ASCII's: the letters of Latin, Greek and Cyrillic are decided here.
	if r < 0x660 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	v := 0
	for v < 9 && unicode.Is(unicode.Nd, r-rune(v)-1) {
		v++
	}
	return v
}
