// Numbered list items inside a run of wrapped lines.

package editions

import (
	"strconv"
	"strings"
)

// opensItem reports whether line s, which follows line prev inside a run
// of wrapped lines whose block so far is open, opens a numbered list
// item of its own. An enumerator at the start of a line is not enough:
// hard wrapping puts "1917. But perhaps" or "I. Flerovsky" at the start
// of a line as often as a list does, and such a line cut from its
// paragraph cuts its sentence ("in March" | "1917."). So, as CommonMark
// lets an ordered list interrupt a paragraph only where it starts at 1
// (spec 0.31, 5.2 and 5.3), a numbered line interrupts a paragraph only
// where a list is expected: after a line that ends with a colon ("The
// demands were:"), or as the next item of the list the block opens with
// ("2." after "1.", "b)" after "a)", "IV." after "III.").
func opensItem(s, prev, open string) bool {
	e := enumeratorEnd(s)
	if e == 0 {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(prev), ":") {
		return true
	}
	o := enumeratorEnd(open)
	if o == 0 {
		return false
	}
	return follows(enumeratorLabel(open[:o]), enumeratorLabel(s[:e]))
}

// enumeratorLabel is an enumerator without its white space and mark:
// "  IV." → "IV".
func enumeratorLabel(enum string) string {
	return strings.TrimSpace(enum)[:len(strings.TrimSpace(enum))-1]
}

// follows reports whether label b comes next after label a in a
// sequence of digits, of Roman numerals in capitals, or of letters ("C"
// is a letter after "B" and a numeral before "CI").
func follows(a, b string) bool {
	if isDigits(a) {
		n, err := strconv.Atoi(a)
		return err == nil && strconv.Itoa(n+1) == b
	}
	if n := RomanValue(a); n > 0 && strings.ToUpper(roman(n+1)) == b {
		return true
	}
	return len(a) == 1 && len(b) == 1 && b[0] == a[0]+1 && isLetter(a[0]) && isLetter(b[0])
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// RomanValue reads Roman numerals in capitals, or returns 0: what a
// numbered item, a page number or a Republican year (anchors) is.
func RomanValue(s string) int {
	if !isRoman(s) {
		return 0
	}
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	n := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}
