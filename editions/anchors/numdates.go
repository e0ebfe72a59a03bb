package anchors

import (
	"strconv"
	"unicode/utf8"
)

// Dates written in numbers alone, the Persian decimal slash and the
// Indian grouping of digits.

// scanNumericDates finds the dates written in numbers alone, joined by
// slashes or by the Arabic date separator ؍ (U+060D): year, month and
// day ("1948/5/15", "١٩٤٨/٥/١٥", as Arabic and Persian write them), or
// day, month and year ("15/5/1948"; month first in English, "5/15/1948",
// when the month may come first). The key is the month and day's, as
// "15 May 1948" has ("--05-15"). It returns those dates, and the spans
// of their month numbers, which scanNumbers read as numbers and Extract
// drops as it drops the 10 of "10月25日": "15 May 1948" has no number 5.
// The year must have four digits: "2/5/7" says nothing of which is which.
// Full stops and hyphens join a date only in the orders dateSeparator
// names.
func scanNumericDates(text string, toks []token, lang string) (dates, monthSpans []Anchor) {
	for i := 0; i+2 < len(toks); i++ {
		a, b, c := toks[i], toks[i+1], toks[i+2]
		if !a.digits || !b.digits || !c.digits {
			continue
		}
		sep := text[a.end():b.start()]
		x, y, z := a.num(text), b.num(text), c.num(text)
		if sep != text[b.end():c.start()] || !dateSeparator(sep, x, y, z) {
			continue
		}
		var m, d int
		var month token
		switch {
		case len(x) == 4 && len(y) <= 2 && len(z) <= 2:
			m, d, month = atoi(y), atoi(z), b
		case len(z) == 4 && len(x) <= 2 && len(y) <= 2:
			p, q := atoi(x), atoi(y)
			if lang == "en" && p <= 12 || q > 12 {
				m, d, month = p, q, a
			} else {
				m, d, month = q, p, b
			}
		default:
			continue
		}
		if m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		dates = append(dates, Anchor{Kind: Date, Key: "--" + two(m) + "-" + two(d), Start: a.start(), End: c.end()})
		monthSpans = append(monthSpans, Anchor{Start: month.start(), End: month.end()})
		i += 2
	}
	return dates, monthSpans
}

// dateSeparator reports whether sep, joining the numbers x, y and z,
// makes them a date: a slash or the Arabic date separator ؍ (U+060D)
// in any order scanNumericDates knows; a full stop only between a day
// and a month of one or two figures and a year of four (15.05.1948, as
// German and Russian write dates, which was read as the decimal 15.05);
// a hyphen only in the ISO order, 1948-05-15.
func dateSeparator(sep, x, y, z string) bool {
	switch sep {
	case "/", "\u060d":
		return true
	case ".":
		return len(x) <= 2 && len(y) <= 2 && len(z) == 4
	case "-":
		return len(x) == 4 && len(y) == 2 && len(z) == 2
	}
	return false
}

// inDottedDate reports whether toks[j] is the day or the month of a date
// written with full stops (15.05.1948), which scanNumbers must not join
// into a decimal.
func inDottedDate(text string, toks []token, j int) bool {
	for k := max(j-1, 0); k <= j && k+2 < len(toks); k++ {
		a, b, c := toks[k], toks[k+1], toks[k+2]
		if a.digits && b.digits && c.digits && text[a.end():b.start()] == "." && text[b.end():c.start()] == "." &&
			dateSeparator(".", a.num(text), b.num(text), c.num(text)) && !digitAfter(text, c.end()) {
			return true
		}
	}
	return false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// slashDecimal reports whether the slash between the digits of toks[j]
// and toks[j+1] is a decimal mark, as Persian writes one: "۲/۵" is 2.5,
// its momayyez ٫ (U+066B) typed as the slash it looks like. That is in
// text of language fa, or in digits of the Extended Arabic-Indic set
// (۰–۹, U+06F0–U+06F9), which Persian writes and Arabic does not, in any
// language but Urdu, which writes them and a full stop for its decimals.
// A slash beside another between numbers makes a date (۱۳۲۷/۲/۲۶),
// not a decimal.
func slashDecimal(text string, toks []token, j int, lang string) bool {
	if lang == "ur" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[toks[j].start():])
	if lang != "fa" && (r < '۰' || r > '۹') {
		return false
	}
	if j > 0 && toks[j-1].digits && text[toks[j-1].end():toks[j].start()] == "/" {
		return false
	}
	return !(j+2 < len(toks) && toks[j+2].digits && text[toks[j+1].end():toks[j+2].start()] == "/")
}

// indianGrouping returns the index of the last token of the number that
// starts at toks[i] when it is grouped as India writes numbers, in lakhs
// and crores: a group of one or two digits, groups of two, and the last
// of three, joined by commas ("1,40,00,000" is 14 million, "2,50,000"
// 250 thousand, in Hindi as in Indian English; "१,४०,००,०००"), which was
// read as 1.40 and a number 00,000. -1 when it is not so grouped: no
// other writing has a group of two between commas before one of three.
func indianGrouping(text string, toks []token, i int) int {
	if n := len(toks[i].num(text)); n > 2 {
		return -1
	}
	twos := 0
	for j := i; j+1 < len(toks) && toks[j+1].digits && text[toks[j].end():toks[j+1].start()] == ","; j++ {
		switch len(toks[j+1].num(text)) {
		case 2:
			twos++
			continue
		case 3:
			if twos > 0 && !digitAfter(text, toks[j+1].end()) && !(toks[j+1].end() < len(text) && text[toks[j+1].end()] == ',') {
				return j + 1
			}
		}
		return -1
	}
	return -1
}
