package anchors

import (
	"strconv"
	"strings"
	"time"

	"github.com/synoptic-text/synoptic/editions"
)

// Dates of the French Republican calendar, which France kept from 1793
// to 1805: "le 9 thermidor an II" is 27 July 1794, "18 Brumaire an VIII"
// 9 November 1799. A history of the Revolution gives them so; its
// translation keeps them, or gives the Gregorian day, or both. A
// Republican date with its year is read as the Gregorian day it was
// (its key the same as "27 July"'s) and its year as the Gregorian year
// of that day, so that "27 July 1794" on the other side is its
// counterpart, not a date and two numbers changed; without its year
// ("9 thermidor"), as a key of its own, which only the same Republican
// day matches. Its day is no number of its own.

// republicanMonths maps the months' names, lower-cased, with and
// without their accents, to their numbers; "sansculottides", the five
// or six days that closed a year, are left out.
var republicanMonths = map[string]int{
	"vendémiaire": 1, "vendemiaire": 1, "brumaire": 2, "frimaire": 3,
	"nivôse": 4, "nivose": 4, "pluviôse": 5, "pluviose": 5, "ventôse": 6, "ventose": 6,
	"germinal": 7, "floréal": 8, "floreal": 8, "prairial": 9,
	"messidor": 10, "thermidor": 11, "fructidor": 12,
}

// republicanYears are the Gregorian days on which the Republican years I
// to XIV began (1 vendémiaire), as the calendar's law set them: a year
// began at the autumn equinox, on 22, 23 or 24 September.
var republicanYears = [...]time.Time{
	date(1792, 9, 22), date(1793, 9, 22), date(1794, 9, 22), date(1795, 9, 23),
	date(1796, 9, 22), date(1797, 9, 22), date(1798, 9, 22), date(1799, 9, 23),
	date(1800, 9, 23), date(1801, 9, 23), date(1802, 9, 23), date(1803, 9, 24),
	date(1804, 9, 23), date(1805, 9, 23),
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

// republicanYearWords may stand between a Republican month and its
// year: "an II", "de l'an II", "Year II", "of the Year II".
var republicanYearWords = map[string]bool{"an": true, "l": true, "de": true, "year": true, "of": true, "the": true}

// scanRepublican returns the Republican dates of text (see above): each
// date's anchor, spanning its day to its year; and the Gregorian years
// of those with a year, numbers spanning the Republican year.
func scanRepublican(text string, toks []token) (dates, years []Anchor) {
	for i, t := range toks {
		if t.digits {
			continue
		}
		m, ok := republicanMonths[strings.ToLower(text[t.start():t.end()])]
		if !ok {
			continue
		}
		day, start, _ := dayBefore(text, toks, i)
		if day == 0 {
			continue
		}
		end := t.end()
		key := "--R" + two(m) + "-" + two(day)
		if y, ys, ye := republicanYear(text, toks, i); y > 0 {
			g := republicanYears[y-1].AddDate(0, 0, (m-1)*30+day-1)
			key = "--" + two(int(g.Month())) + "-" + two(g.Day())
			end = ye
			years = append(years, Anchor{Kind: Number, Key: strconv.Itoa(g.Year()), Start: ys, End: ye})
		}
		dates = append(dates, Anchor{Kind: Date, Key: key, Start: start, End: end})
	}
	return dates, years
}

// republicanYear returns the Republican year (1 to 14) written after
// month token i ("an II", "de l'an 2", "Year VIII"), and where it is
// written, from "an" to the number; 0 when there is none.
func republicanYear(text string, toks []token, i int) (year, start, end int) {
	seen := false // "an" or "year"
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		w := text[toks[j].start():toks[j].end()]
		lw := strings.ToLower(w)
		if republicanYearWords[lw] {
			if lw == "an" || lw == "year" {
				seen, start = true, toks[j].start()
			}
			continue
		}
		if !seen {
			return 0, 0, 0
		}
		n := editions.RomanValue(w)
		if toks[j].digits {
			n, _ = strconv.Atoi(w)
		}
		if n < 1 || n > len(republicanYears) {
			return 0, 0, 0
		}
		return n, start, toks[j].end()
	}
	return 0, 0, 0
}
