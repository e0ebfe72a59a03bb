package anchors

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Years of other calendars than the Gregorian, which a translation
// gives in the Gregorian year: the Thai Buddhist era (พ.ศ. 2491 is
// 1948), the Hijri (1375 هـ, from August 1955 to August 1956) and the
// Hebrew (תש״ח, 5708, from September 1947 to October 1948).
//
// A year of such a calendar is told by its mark: พ.ศ. before the number
// (or ปี, "year", before a number of 2400 to 2699, which in Thai is a
// year of the Buddhist era: in the Gregorian calendar those years are
// to come), هـ or ه after it, a Hebrew numeral written as a year
// (hebrew.go). Its key is its Gregorian year when it falls in one, as a
// Buddhist year has since 1941 (2484), when the Thai year began on 1
// January; a year that runs over two Gregorian ones has a key of its
// own, the era and the year ("AH1375", "AM5708", "BE2482"), which
// Compare takes for either Gregorian year (joinEras), and for the
// number itself ("1375 AH" in an English note).
//
// A sentence that gives both, "1375 هـ / 1956 م", "พ.ศ. 2491 (ค.ศ.
// 1948)", has one date: the year of the other calendar is then no
// anchor of its own (eraYears), so that a translation that gives the
// Gregorian year alone lacks nothing. Whether that year changed between
// two versions that both give the Gregorian one is not told.

// The eras, as their keys begin.
const (
	eraHijri    = "AH"
	eraHebrew   = "AM"
	eraBuddhist = "BE"
)

// eraYears returns the anchors of text, out, with the keys of the
// numbers that are years of another calendar made Gregorian or keyed by
// their era (eraKey), less those a Gregorian year of the same sentence
// glosses.
func eraYears(text string, out []Anchor) []Anchor {
	var eras []int // the indexes of the years of other calendars
	for i, a := range out {
		if a.Kind != Number {
			continue
		}
		if _, ok := taggedYear(a.Key); ok {
			eras = append(eras, i)
			continue
		}
		if era := eraMark(text, a); era != "" {
			y, _ := strconv.Atoi(a.Key)
			out[i].Key = eraKey(era, y)
			eras = append(eras, i)
		}
	}
	if len(eras) == 0 {
		return out
	}
	glossed := map[int]bool{}
	for _, i := range eras {
		lo, hi := gregorianYears(out[i].Key)
		for j, b := range out {
			if j == i || b.Kind != Number || slices.Contains(eras, j) {
				continue
			}
			if y, err := strconv.Atoi(b.Key); err == nil && (y == lo || y == hi) {
				glossed[i] = true
			}
		}
	}
	kept := out[:0]
	for i, a := range out {
		if !glossed[i] {
			kept = append(kept, a)
		}
	}
	return kept
}

// eraMark returns the era of the number a of text as its mark tells it,
// or "" for none: พ.ศ. before it (ปี before a number of 2400 to 2699),
// هـ or ه after it.
func eraMark(text string, a Anchor) string {
	y, err := strconv.Atoi(a.Key)
	if err != nil || y <= 0 {
		return ""
	}
	before := strings.TrimRightFunc(text[:a.Start], unicode.IsSpace)
	switch {
	case strings.HasSuffix(before, "พ.ศ.") || strings.HasSuffix(before, "พ.ศ"):
		return eraBuddhist
	case strings.HasSuffix(before, "ปี") && y >= 2400 && y < 2700:
		return eraBuddhist
	}
	after := strings.TrimLeftFunc(text[a.End:], unicode.IsSpace)
	if rest, ok := strings.CutPrefix(after, "ه"); ok {
		rest = strings.TrimLeft(rest, "\u0640") // the tatweel of هـ
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return eraHijri
		}
	}
	return ""
}

// eraKey returns the key of year y of era: its Gregorian year when it
// falls in one, else the era and the year.
func eraKey(era string, y int) string {
	key := era + strconv.Itoa(y)
	if lo, hi := gregorianYears(key); lo == hi && lo > 0 {
		return strconv.Itoa(lo)
	}
	return key
}

// taggedYear returns the year of a key of an era and a year ("AH1375"),
// and whether key is one.
func taggedYear(key string) (int, bool) {
	if len(key) < 3 || key[0] < 'A' || key[0] > 'Z' {
		return 0, false // a plain number: most keys
	}
	if era := key[:2]; era != eraHijri && era != eraHebrew && era != eraBuddhist {
		return 0, false
	}
	y, err := strconv.Atoi(key[2:])
	return y, err == nil && y > 0
}

// gregorianYears returns the first and the last Gregorian year (Julian
// before 1582, as historians give them) of a key of an era and a year;
// a plain year is its own. 0, 0 for any other key.
func gregorianYears(key string) (lo, hi int) {
	y, ok := taggedYear(key)
	if !ok {
		n, err := strconv.Atoi(key)
		if err != nil {
			return 0, 0
		}
		return n, n
	}
	switch key[:2] {
	case eraBuddhist:
		// The Thai year began on 1 April until 2483 (1940), which ran
		// to 31 December; from 2484 it is the Gregorian year.
		switch {
		case y >= 2484:
			return y - 543, y - 543
		case y == 2483:
			return 1940, 1940
		}
		return y - 543, y - 542
	case eraHebrew:
		// The year begins at Rosh Hashanah, in September or October.
		return y - 3761, y - 3760
	case eraHijri:
		return civilYear(hijriNewYear(y)), civilYear(hijriNewYear(y+1) - 1)
	}
	return 0, 0
}

// hijriNewYear returns the Julian day number of 1 Muharram of Hijri
// year y in the arithmetical calendar (30-year cycle, leap years 2, 5,
// 7, 10, 13, 16, 18, 21, 24, 26, 29), whose first day was 16 July 622
// (Julian), day 1948440. The calendar observed by sighting the moon may
// begin a year a day or two apart, which moves a Gregorian year only
// for a Hijri year that begins on the last days of December.
func hijriNewYear(y int) int {
	return 1948440 + 354*(y-1) + floorDiv(3+11*y, 30)
}

// civilYear returns the year of Julian day number jdn: in the Gregorian
// calendar from 15 October 1582 (day 2299161), in the Julian before
// (the algorithm of Richards, Explanatory Supplement to the Astronomical
// Almanac, 3rd ed., §15.11).
func civilYear(jdn int) int {
	f := jdn + 1401
	if jdn >= 2299161 {
		f += (4*jdn+274277)/146097*3/4 - 38
	}
	e := 4*f + 3
	h := 5*(e%1461/4) + 2
	m := (h/153+2)%12 + 1
	return e/1461 - 4716 + (14-m)/12
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// joinEras removes from a the years of other calendars whose Gregorian
// year, or whose number, a number of b left over gives, and that number
// from b: "1375 هـ" against "1956" or "1375 AH".
func joinEras(a, b []keyed) ([]keyed, []keyed) {
	for x := 0; x < len(a); x++ {
		y, ok := taggedYear(a[x].key)
		if !ok {
			continue
		}
		lo, hi := gregorianYears(a[x].key)
		for k, v := range b {
			n, err := strconv.Atoi(v.key)
			if err != nil || n != lo && n != hi && n != y {
				continue
			}
			a = append(a[:x:x], a[x+1:]...)
			b = append(b[:k:k], b[k+1:]...)
			x--
			break
		}
	}
	return a, b
}
