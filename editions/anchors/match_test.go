package anchors

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// side makes a Side of sentences in language lang, with the anchors
// Compare reads by default: numbers, dates, names and markers.
func side(lang string, sents ...string) Side {
	var s Side
	for _, t := range sents {
		var keep []Anchor
		for _, a := range Extract(t, language.MustParse(lang)) {
			if a.Kind != Range && a.Kind != Punct {
				keep = append(keep, a)
			}
		}
		s.Texts = append(s.Texts, t)
		s.Anchors = append(s.Anchors, keep)
	}
	return s
}

// show writes mismatches as "kind a/b", each side's anchor as written
// or "-".
func show(a, b Side, ms []Mismatch) string {
	text := func(s Side, r Ref) string {
		if !r.Ok() {
			return "-"
		}
		an := s.Anchors[r.Sentence][r.Anchor]
		return s.Texts[r.Sentence][an.Start:an.End]
	}
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s %s/%s", m.Kind, text(a, m.A), text(b, m.B)))
	}
	return strings.Join(out, "; ")
}

func TestCompare(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		la, lb string
		names  map[string]bool
		want   string
		aMore  []string // further sentences of a
	}{
		{a: "He paid 16 francs.", b: "Il paya 16 francs.", la: "en", lb: "fr", want: ""},
		{a: "He paid 16 francs.", b: "Il paya 17 francs.", la: "en", lb: "fr", want: "number 16/17"},
		{a: "He paid 16 francs and 3 sous.", b: "Il paya 16 francs.", la: "en", lb: "fr", want: "number 3/-"},
		// A number the other side spells out is not missing.
		{a: "They were 77.", b: "Ils étaient soixante-dix-sept.", la: "en", lb: "fr", want: ""},
		// A time of day in one number and in two.
		{a: "At 8.45 he left.", b: "À 8 heures 45 il partit.", la: "en", lb: "fr", want: ""},
		// A number inside a date that differs gives way to the date.
		{a: "On 6 April.", b: "Le 16 avril.", la: "en", lb: "fr", want: "date 6 April/16 avril"},
		// A date one side lacks is reported as a date, its numbers with it.
		{a: "Erstellt am 08.03.1999.", b: "It was made.", la: "de", lb: "en", want: "date 08.03.1999/-"},
		{a: "He came on 8 March.", b: "Il vint.", la: "en", lb: "fr", want: "date 8 March/-"},
		// A month without a day against a date with one.
		{a: "In September.", b: "Le 29 septembre.", la: "en", lb: "fr", want: "number -/29"},
		// Names only when asked for, and only substitutions.
		{a: "Fogg met Fix.", b: "Fogg rencontra Passepartout.", la: "en", lb: "fr", want: ""},
		{a: "Fogg met Fix.", b: "Fogg rencontra Passepartout.", la: "en", lb: "fr",
			names: map[string]bool{NameKey("Fix"): true, NameKey("Passepartout"): true, NameKey("Fogg"): true},
			want:  "name Fix/Passepartout"},
		{a: "Fogg met Fix.", b: "Il rencontra Fix.", la: "en", lb: "fr",
			names: map[string]bool{NameKey("Fix"): true, NameKey("Fogg"): true}, want: ""},
		// A date of the French Republican calendar with its year is the
		// Gregorian day it was, its year that day's year, its day no
		// number of its own: the Gregorian date on the other side is its
		// counterpart, either way round, and a day off is a date
		// changed. Without its year it matches only the same
		// Republican day.
		{a: "Le 9 thermidor an II, Robespierre tomba.", b: "On 27 July 1794 Robespierre fell.", la: "fr", lb: "en", want: ""},
		{a: "On 27 July 1794 Robespierre fell.", b: "Le 9 thermidor an II, Robespierre tomba.", la: "en", lb: "fr", want: ""},
		{a: "Le 18 brumaire de l'an VIII, Bonaparte prit le pouvoir.", b: "On 9 November 1799 Bonaparte seized power.", la: "fr", lb: "en", want: ""},
		{a: "Le 18 brumaire de l'an VIII, Bonaparte prit le pouvoir.", b: "On 18 Brumaire Year VIII Bonaparte seized power.", la: "fr", lb: "en", want: ""},
		{a: "Le 13 vendémiaire an IV, la rue fut balayée.", b: "On 5 October 1795 the street was swept.", la: "fr", lb: "en", want: ""},
		{a: "Le 9 thermidor an II, Robespierre tomba.", b: "On 28 July 1794 Robespierre fell.", la: "fr", lb: "en", want: "date 9 thermidor an II/28 July"},
		{a: "Le 9 thermidor, Robespierre tomba.", b: "On 9 Thermidor Robespierre fell.", la: "fr", lb: "en", want: ""},
		// Numbers of several sentences count together.
		{a: "He paid 16 francs.", aMore: []string{"And 17 more."}, b: "Il paya 17 francs.", la: "en", lb: "fr", want: "number 16/-"},
	} {
		a := side(c.la, append([]string{c.a}, c.aMore...)...)
		b := side(c.lb, c.b)
		if got := show(a, b, Compare(a, b, c.names)); got != c.want {
			t.Errorf("Compare(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

func TestCompareMarkers(t *testing.T) {
	a := Side{Texts: []string{"x"}, Anchors: [][]Anchor{{{Kind: Marker, Key: "1"}, {Kind: Marker, Key: "2"}}}}
	b := Side{Texts: []string{"y"}, Anchors: [][]Anchor{{{Kind: Marker, Key: "1"}, {Kind: Marker, Key: "3"}, {Kind: Marker, Key: "4"}}}}
	want := []Mismatch{{Kind: Marker, A: Ref{0, 1}, B: Ref{0, 1}}, {Kind: Marker, A: None, B: Ref{0, 2}}}
	got := Compare(a, b, nil)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Compare of markers = %v, want %v", got, want)
	}
}

// TestCompareAcrossScripts: a number or date written in another script
// or in CJK numerals is the same number or date, not a mismatch; a
// different one still is.
func TestCompareAcrossScripts(t *testing.T) {
	for _, tc := range []struct {
		a, alang, b, blang, want string
	}{
		{"Twenty-five soldiers, 25 in all, left on 25 October 1917.", "en", "二十五个士兵于一九一七年十月二十五日离开。", "zh", ""},
		{"On 25 October 1917 the palace fell.", "en", "1917年10月25日，冬宫陷落。", "zh", ""},
		{"On 25 October 1917 the palace fell.", "en", "1917년 10월 25일 궁전이 함락되었다.", "ko", ""},
		{"In 1917 the palace fell.", "en", "وفي عام ١٩١٧ سقط القصر.", "ar", ""},
		{"In 1917 the palace fell.", "en", "१९१८ में महल गिर गया।", "hi", "number 1917/१९१८"},
		{"On 25 October the palace fell.", "en", "十一月二十五日，冬宫陷落。", "zh", "date 25 October/十一月二十五日"},
		// Persian writes its decimal mark as a slash (۲/۵ is 2.5), and
		// Arabic and Persian a date as numbers joined by slashes: the
		// same as the English date with its month in words, and as the
		// same date in Latin digits.
		{"Inflation was 2.5 percent on 15 May 1948.", "en", "نرخ تورم در تاریخ ١٩٤٨/٥/١٥ برابر ۲/۵ درصد بود.", "fa", ""},
		{"Inflation was 2.5 percent on 1948/5/15.", "en", "نرخ تورم در تاریخ ١٩٤٨/٥/١٥ برابر ۲/۵ درصد بود.", "fa", ""},
		{"Inflation was 3.5 percent on 16 May 1948.", "en", "نرخ تورم ۲/۵ درصد در تاریخ ١٩٤٨/٥/١٥ بود.", "fa", "number 3.5/۲/۵; date 16 May/١٩٤٨/٥/١٥"},
		{"The state was declared on May 15, 1948.", "en", "أعلنت الدولة في ١٥/٥/١٩٤٨.", "ar", ""},
		{"Tokyo has about 14 million people.", "en", "東京の人口は約1400万人です。", "ja", ""},
		{"Tokyo has about 14,000,000 people.", "en", "东京人口约为1400万。", "zh", ""},
		{"In 1987 the city had 120 schools.", "en", "በ፲፱፻፹፯ ከተማዋ ፻፳ ትምህርት ቤቶች ነበሯት።", "am", ""},
		{"In 1986 the city had 120 schools.", "en", "በ፲፱፻፹፯ ከተማዋ ፻፳ ትምህርት ቤቶች ነበሯት።", "am", "number 1986/፲፱፻፹፯"},
		// A year of another calendar against the Gregorian year of a
		// translation (eras.go), and a Hebrew letter numeral (hebrew.go).
		{"Pridi was born in 1900 in Ayutthaya.", "en", "นายปรีดีเกิดเมื่อ พ.ศ. 2443 ที่อยุธยา", "th", ""},
		{"The coup took place in 1948.", "en", "รัฐประหารเกิดขึ้นเมื่อ พ.ศ. 2490", "th", "number 1948/2490"},
		{"The revolution took place in 1932.", "en", "การปฏิวัติเกิดขึ้นในปี พ.ศ. 2475", "th", ""},
		{"He died in Damascus in 1956.", "en", "توفي سنة 1375 هـ في دمشق", "ar", ""},
		{"He died in Damascus in 1375 AH.", "en", "توفي سنة 1375 هـ في دمشق", "ar", ""},
		{"He died in Damascus in 1956.", "en", "توفي سنة 1375 هـ / 1956 م في دمشق", "ar", ""},
		{"He died in Damascus in 1960.", "en", "توفي سنة 1375 هـ في دمشق", "ar", "number 1960/1375"},
		{"توفي سنة 1376 هـ في دمشق", "ar", "توفي سنة 1375 هـ في دمشق", "ar", "number 1376/1375"},
		{"Chapter 5 says so.", "en", "בפרק ה׳ נאמר כך", "he", ""},
		{"The state was founded in 1948.", "en", "המדינה קמה בשנת תש״ח", "he", ""},
		{"The state was founded in 1950.", "en", "המדינה קמה בשנת תש״ח", "he", "number 1950/תש״ח"},
	} {
		a, b := side(tc.alang, tc.a), side(tc.blang, tc.b)
		if got := show(a, b, Compare(a, b, nil)); got != tc.want {
			t.Errorf("%q against %q: %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCompareCalendars: a date that differs by the days between the
// Julian and the Gregorian calendars in a year the pair names is one
// day in the two calendars, either way round; by a day more, or with no
// year to say how many days, or before the reform, two days.
func TestCompareCalendars(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		la, lb string
		want   Calendar
	}{
		{"Le 25 octobre 1917, les bolcheviks prirent le pouvoir.", "On 7 November 1917 the Bolsheviks took power.", "fr", "en", JulianGregorian},
		{"On 7 November 1917 the Bolsheviks took power.", "25 октября 1917 года большевики взяли власть.", "en", "ru", GregorianJulian},
		// England's change: Wednesday 2 September 1752 was followed by
		// Thursday 14 September; the Julian 3rd was the Gregorian 14th.
		{"On 3 September 1752 nothing happened.", "Le 14 septembre 1752, rien ne se passa.", "en", "fr", JulianGregorian},
		// 10 days up to the Julian 29 February 1700, 11 after it.
		{"Le 18 février 1700.", "On 28 February 1700.", "fr", "en", JulianGregorian},
		{"Le 1er mars 1700.", "On 12 March 1700.", "fr", "en", JulianGregorian},
		{"Le 25 octobre 1917.", "On 8 November 1917.", "fr", "en", OneCalendar},
		{"Le 25 octobre.", "On 7 November.", "fr", "en", OneCalendar},
		{"Le 25 octobre 1517.", "On 4 November 1517.", "fr", "en", OneCalendar},
	} {
		a, b := side(c.la, c.a), side(c.lb, c.b)
		var got []Calendar
		for _, m := range Compare(a, b, nil) {
			if m.Kind == Date {
				got = append(got, m.Calendar)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("Compare(%q, %q): dates in calendars %v, want one, %v", c.a, c.b, got, c.want)
		}
	}
}
