package anchors

import (
	"strconv"
	"time"
)

// Days of the Julian calendar (Old Style) and the Gregorian (New
// Style). Russia kept the Julian calendar until February 1918, Greece
// until 1923, England and its colonies until 1752: the revolution of
// "25 October" 1917 took place on 7 November of the Gregorian calendar,
// and a history, or its translation, gives either date, or both. A
// date that differs between a source and its translation by exactly the
// days between the two calendars in a year the pair names is the same
// day written in the other calendar: still a difference a reader must
// know of (a translator converted it, or an editor did), but not a day
// changed, and Compare says so (Mismatch.Calendar).

// A Calendar says how the two dates of a mismatch relate.
type Calendar uint8

const (
	// OneCalendar: the dates are two days, as far as Compare can tell.
	OneCalendar Calendar = iota
	// JulianGregorian: the first side's date is the Julian (Old Style)
	// of the second side's Gregorian (New Style): "25 October" and "7
	// November" in 1917.
	JulianGregorian
	// GregorianJulian: the other way round.
	GregorianJulian
)

// String names the relation as the JSON gives it: "" for OneCalendar,
// "julian-gregorian", "gregorian-julian".
func (c Calendar) String() string {
	switch c {
	case JulianGregorian:
		return "julian-gregorian"
	case GregorianJulian:
		return "gregorian-julian"
	}
	return ""
}

// julianBehind returns how many days the Julian calendar is behind the
// Gregorian on a Julian date of year y, month m: 10 from the reform in
// October 1582, 11 from 1 March 1700 (Julian; the Julian 29 February of
// a century year that the Gregorian calendar does not keep), 12 from
// 1800, 13 from 1900 to 2100.
func julianBehind(y, m int) int {
	if m < 3 {
		y--
	}
	return y/100 - y/400 - 2
}

// firstGregorianYear and lastCalendarYear bound the years in which two
// dates are read as one day in the two calendars: from the reform to
// the last year of the 13 days' difference (the Julian calendar still
// dates the feasts of some churches; from 2100 the gap is 14 days).
const firstGregorianYear, lastCalendarYear = 1582, 2099

// otherCalendar returns how dates ak and bk (Date keys of a day,
// "--MM-DD") are one day in the Julian and the Gregorian calendars, in
// one of years, or OneCalendar.
func otherCalendar(ak, bk string, years []int) Calendar {
	am, ad, ok1 := monthDay(ak)
	bm, bd, ok2 := monthDay(bk)
	if !ok1 || !ok2 {
		return OneCalendar
	}
	same := func(y, m, d, shift, wm, wd int) bool {
		t := time.Date(y, time.Month(m), d+shift, 12, 0, 0, 0, time.UTC)
		return int(t.Month()) == wm && t.Day() == wd
	}
	for _, y := range years {
		if same(y, am, ad, julianBehind(y, am), bm, bd) {
			return JulianGregorian
		}
		if same(y, bm, bd, julianBehind(y, bm), am, ad) {
			return GregorianJulian
		}
	}
	return OneCalendar
}

// monthDay reads a Date key of a day, "--MM-DD".
func monthDay(key string) (m, d int, ok bool) {
	if len(key) != 7 || key[:2] != "--" || key[4] != '-' {
		return 0, 0, false
	}
	m, err1 := strconv.Atoi(key[2:4])
	d, err2 := strconv.Atoi(key[5:7])
	return m, d, err1 == nil && err2 == nil
}

// calendarYears returns years the pair of sides a and b names, numbers
// of four digits from firstGregorianYear to lastCalendarYear: one of
// each kind that otherCalendar tells apart (the days between the
// calendars before March and after, and a leap year or not), so that
// it tries a handful of years, not every number of a pair dense in
// them (bench/pathological's anchors: sentences of 2,000 tokens).
func calendarYears(a, b Side) []int {
	out := []int{} // not nil: Compare asks once
	seen := map[[3]int]bool{}
	for _, s := range []Side{a, b} {
		for _, as := range s.Anchors {
			for _, an := range as {
				if an.Kind != Number || len(an.Key) != 4 {
					continue
				}
				y, err := strconv.Atoi(an.Key)
				if err != nil || y < firstGregorianYear || y > lastCalendarYear {
					continue
				}
				leap := 0
				if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
					leap = 1
				}
				if k := [3]int{julianBehind(y, 1), julianBehind(y, 3), leap}; !seen[k] {
					seen[k] = true
					out = append(out, y)
				}
			}
		}
	}
	return out
}
