package anchors

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hebrew letter numerals (gematria), as Hebrew writes chapters, verses,
// days of its months and years: "פרק ה׳" is chapter 5, "כ״ה בכסלו" the
// 25th of Kislev, "תש״ח" the year 5708 (1947–48), its thousands left
// unwritten. A numeral is marked: a geresh ׳ after a single letter, a
// gershayim ״ before the last of several (or the ASCII ' and " typed
// for them). But the same marks make abbreviations and acronyms (ר׳ for
// Rabbi, ה׳ for the Name, צה״ל, ע״י, ארה״ב), so a marked word is read as
// a number only when
//
//   - its letters are a numeral by the rules of writing one: hundreds
//     (ת, repeated, then ק, ר or ש), at most one tens letter, at most
//     one units letter, in that order, no final forms, 15 and 16 as ט״ו
//     and ט״ז (יה and יו are not written) — which rules out צה״ל, ע״י,
//     עו״ד, ח״כ and most acronyms;
//   - and it stands where a number does: after a word that counts
//     (hebrewCounters: פרק, פסוק, סעיף …, with a prefix such as ב),
//     before a month of the Hebrew calendar (כ״ה בכסלו), or as a year:
//     after שנת, with the thousands written before it (ה׳תש״ח), or of
//     three letters or more beginning with ת (תש״ח, תרפ״ט: 400 and more,
//     which no chapter or verse reaches), where an acronym that passes
//     the first test (ת״א for Tel Aviv, ס״מ for centimetres) has two.
//
// A year is a year of the Hebrew calendar (eras.go, "AM5708"), its
// thousands 5 (5000) unless written; a numeral after a counter is its
// value. An acronym that is a numeral by its letters and stands after a
// counter is still read as a number: none is known to stand so.

// hebrewCounters are the words after which a letter numeral counts:
// chapter, verse, section, paragraph, page, folio, volume, part, book,
// gate, psalm, halakha, mishna, article, grade, regulation, edition,
// issue, portion, sign.
var hebrewCounters = strings.Fields("פרק פרקים פסוק פסוקים סעיף סעיפים סימן עמוד עמ דף כרך חלק ספר שער מזמור הלכה משנה מאמר כיתה תקנה מהדורה גיליון פרשה")

// hebrewMonths are the months of the Hebrew calendar, as a day's numeral
// precedes them ("כ״ה בכסלו", "ט״ו בשבט").
var hebrewMonths = strings.Fields("תשרי חשון חשוון מרחשוון כסלו טבת שבט אדר ניסן אייר סיון סיוון תמוז אב אלול")

// hebrewValue returns the value of a letter used as a numeral, 0 for a
// final form or another character.
func hebrewValue(r rune) int {
	const letters = "אבגדהוזחטיכלמנסעפצקרשת"
	i := strings.IndexRune(letters, r)
	if i < 0 {
		return 0
	}
	i /= len("א") // two bytes a letter
	switch {
	case i < 10:
		return i + 1
	case i < 19:
		return (i - 8) * 10
	}
	return (i - 17) * 100
}

// hebrewNumeral returns the value of letters written as a numeral, or
// -1 when they are no numeral by the rules of writing one (see above).
func hebrewNumeral(letters []rune) int {
	vals := make([]int, len(letters))
	for k, r := range letters {
		if vals[k] = hebrewValue(r); vals[k] == 0 {
			return -1
		}
	}
	total := 0
	for len(vals) > 0 && vals[0] == 400 { // ת, repeated: תת is 800
		total, vals = total+400, vals[1:]
	}
	if len(vals) > 0 && vals[0] >= 100 { // ק ר ש
		total, vals = total+vals[0], vals[1:]
	}
	if len(vals) == 2 && vals[0] == 9 && (vals[1] == 6 || vals[1] == 7) {
		return total + 9 + vals[1] // ט״ו, ט״ז: 15, 16
	}
	if len(vals) > 0 && vals[0] >= 10 { // the tens
		if vals[0] == 10 && len(vals) == 2 && (vals[1] == 5 || vals[1] == 6) {
			return -1 // יה, יו: 15 and 16 are written ט״ו and ט״ז
		}
		total, vals = total+vals[0], vals[1:]
	}
	if len(vals) > 0 && vals[0] < 10 { // the units
		total, vals = total+vals[0], vals[1:]
	}
	if len(vals) > 0 {
		return -1
	}
	return total
}

// scanHebrewNumerals returns the letter numerals of text that stand
// where a number does, as Numbers: a year as its key in the Hebrew era
// ("AM5708"), any other by its value.
func scanHebrewNumerals(text string) []Anchor {
	// Every geresh and gershayim is encoded D7 B3 or D7 B4, and every
	// Hebrew letter D7 …: without D7 there is nothing to read.
	if !strings.Contains(text, "\xd7") {
		return nil
	}
	var out []Anchor
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '׳' && r != '״' && r != '\'' && r != '"' {
			i += n
			continue
		}
		if a, ok := hebrewNumeralAt(text, i, r, n); ok {
			out = append(out, a)
			i = a.End
			continue
		}
		i += n
	}
	return out
}

// hebrewNumeralAt reads the numeral whose mark, r of n bytes, stands at
// text[i], and reports whether it is one where a number stands.
func hebrewNumeralAt(text string, i int, r rune, n int) (Anchor, bool) {
	isHebrew := func(c rune) bool { return unicode.Is(unicode.Hebrew, c) && unicode.IsLetter(c) }
	start := i
	for start > 0 {
		c, size := utf8.DecodeLastRuneInString(text[:start])
		if !isHebrew(c) {
			break
		}
		start -= size
	}
	end := i + n
	geresh := r == '׳' || r == '\''
	if !geresh {
		// One letter after the gershayim.
		c, size := utf8.DecodeRuneInString(text[end:])
		if !isHebrew(c) {
			return Anchor{}, false
		}
		end += size
	}
	if c, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (isHebrew(c) || unicode.IsDigit(c)) {
		return Anchor{}, false
	}
	letters := []rune(text[start:i] + text[i+n:end])
	if geresh && len(letters) != 1 || len(letters) == 0 {
		return Anchor{}, false
	}
	// The thousands written before a year: ה׳תש״ח.
	thousands := 0
	if start >= len("ה׳") {
		if t, size := utf8.DecodeLastRuneInString(text[:start]); t == '׳' || t == '\'' {
			if h, hs := utf8.DecodeLastRuneInString(text[:start-size]); hebrewValue(h) > 0 && hebrewValue(h) < 10 {
				thousands = hebrewValue(h)
				start -= size + hs
			}
		}
	}
	v := hebrewNumeral(letters)
	prefixed := false
	if v < 0 && len(letters) > 2 && strings.ContainsRune(hebrewPrefixes, letters[0]) {
		// A prefix glued to a year or a day: בתש״ח, בט״ו בשבט.
		letters = letters[1:]
		_, size := utf8.DecodeRuneInString(text[start:])
		start += size
		v, prefixed = hebrewNumeral(letters), true
	}
	if v <= 0 {
		return Anchor{}, false
	}
	before := lastWordBefore(text, start)
	year := thousands > 0 || isHebrewWord(before, "שנת") || letters[0] == 'ת' && len(letters) >= 3
	switch {
	case year:
		if thousands == 0 {
			thousands = 5
		}
		return Anchor{Kind: Number, Key: eraHebrew + strconv.Itoa(thousands*1000+v), Start: start, End: end}, true
	case isHebrewWord(firstWordAfter(text, end), hebrewMonths...),
		!prefixed && isHebrewWord(before, hebrewCounters...):
		return Anchor{Kind: Number, Key: strconv.Itoa(v), Start: start, End: end}, true
	}
	return Anchor{}, false
}

// lastWordBefore returns the word that ends before text[at], past white
// space: its letters (and a geresh of abbreviation, עמ׳), or "".
func lastWordBefore(text string, at int) string {
	s := strings.TrimRight(strings.TrimRightFunc(text[:at], unicode.IsSpace), "׳'")
	k := strings.LastIndexFunc(s, func(c rune) bool { return !unicode.IsLetter(c) })
	if k < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[k:])
	return s[k+size:]
}

// firstWordAfter returns the word that starts after text[at], past white
// space.
func firstWordAfter(text string, at int) string {
	s := strings.TrimLeftFunc(text[at:], unicode.IsSpace)
	if k := strings.IndexFunc(s, func(c rune) bool { return !unicode.IsLetter(c) }); k >= 0 {
		return s[:k]
	}
	return s
}

// isHebrewWord reports whether w is one of words, or one with a prefix
// of one or two letters (בפרק, ובפרק: hebrewPrefixes, abjad.go).
func isHebrewWord(w string, words ...string) bool {
	for range 3 {
		for _, x := range words {
			if w == x {
				return true
			}
		}
		r, size := utf8.DecodeRuneInString(w)
		if size == 0 || !strings.ContainsRune(hebrewPrefixes, r) {
			return false
		}
		w = w[size:]
	}
	return false
}
