package anchors

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// keys returns the anchors of one kind as "key" strings, in order.
func keys(text string, lang string, kind Kind) string {
	var ks []string
	for _, a := range Extract(text, language.MustParse(lang)) {
		if a.Kind == kind {
			ks = append(ks, a.Key)
		}
	}
	return strings.Join(ks, " ")
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "The city had 199,337 inhabitants.", "199337"},
		{"fr", "La ville comptait 199 337 habitants.", "199337"},
		{"fr", "La ville comptait 199\u202f337 habitants.", "199337"},
		{"de", "Die Stadt hatte 199.337 Einwohner.", "199337"},
		{"de", "Die Wand ist 4'000 m hoch.", "4000"},
		{"fr", "Il a bu 3,5 litres.", "3.5"},
		{"de", "Er trank 3,5 Liter.", "3.5"},
		{"en", "He drank 3.5 litres.", "3.5"},
		{"de", "Es kostete 1.500,25 Euro.", "1500.25"},
		{"en", "It cost 1,500.25 dollars.", "1500.25"},
		{"en", "In 1917 200 soldiers left.", "1917 200"},
		{"en", "Pages 14–22.", "14 22"},
		{"en", "Route K2 is high.", ""},
		{"ru", "Маршрут К2 высок.", ""},
		// Hebrew, Arabic, Amharic and the scripts written without spaces
		// glue a preposition or a classifier to the number after it
		// (ב1948 "in 1948", በ1886, ปี2325 "the year 2325"): a number still,
		// where a letter of a cased script glued to it makes a label.
		{"he", "המדינה הוכרזה ב1948 בתל אביב.", "1948"},
		{"ar", "وحصل على الجائزة و1988 عام الجائزة.", "1988"},
		{"am", "ከተማዋ በ1886 ተመሠረተች።", "1886"},
		{"th", "เมืองนี้ก่อตั้งขึ้นในปี2325", "2325"},
		{"fr", "Il reste 007 agents.", "7"},
		// A date with full stops is no decimal: its day and year are
		// numbers, its month is the date's.
		{"de", "Am 15.05.1948 kamen 1.500 Leute.", "15 1948 1500"},
		{"en", "Pages 14-22 of 1948-05-15.", "14 22 1948 15"},
		// A word of scale after the figures multiplies them.
		{"en", "Tokyo has 14 million people and 1.5 billion yen.", "14000000 1500000000"},
		{"de", "Es kostete 2,5 Milliarden und 1 Billion Euro.", "2500000000 1000000000000"},
		{"ja", "東京の人口は約1400万人です。", "14000000"},
		{"ko", "서울 인구는 약 1000만 명이다.", "10000000"},
		{"en", "In 1917 millions died.", "1917"},
	} {
		if got := keys(tc.text, tc.lang, Number); got != tc.want {
			t.Errorf("%s %q: numbers %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
	// Numbers, which does not look for names, finds what Extract does,
	// in every notation: Chinese and Ethiopic numerals, Hebrew ones,
	// years of other calendars, numbers in note markers and dates left
	// out.
	for _, tc := range []struct{ lang, text string }{
		{"en", "In 1917 200 soldiers of Trotsky's left Petrograd on 25 October [3]."},
		{"zh", "一九一七年十月二十五日，二百名士兵离开。"},
		{"ja", "1917年10月25日に東京の人口は約1400万人でした。"},
		{"am", "በ፲፱፻፲፯ ዓ.ም. ከተማዋ በ1886 ተመሠረተች።"},
		{"he", "בשנת תש\"ח, 1948, הוכרזה המדינה ובירושלים."},
		{"ar", "في عام ١٩١٧ غادر ٢٠٠ جندي."},
		{"ko", "요나에게 1000만 명이 1917년에 왔다."},
		{"fr", "Le 9 thermidor an II, 1794, Robespierre tomba."},
	} {
		var want []string
		for _, a := range Extract(tc.text, language.MustParse(tc.lang)) {
			if a.Kind == Number {
				want = append(want, fmt.Sprint(a))
			}
		}
		var got []string
		for _, a := range Numbers(tc.text, language.MustParse(tc.lang)) {
			got = append(got, fmt.Sprint(a))
		}
		if strings.Join(got, " ") != strings.Join(want, " ") || len(want) == 0 {
			t.Errorf("%s %q: Numbers %v, Extract's numbers %v", tc.lang, tc.text, got, want)
		}
	}
	if got := keys("Pages 14–22 and 30 - 31.", "en", Range); got != "14-22 30-31" {
		t.Errorf("ranges %q", got)
	}
}

func TestDates(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"en", "On 25 October 1917 the palace fell."},
		{"en", "On October 25, 1917 the palace fell."},
		{"en", "On the 25th of October the palace fell."},
		{"fr", "Le 25 octobre 1917, le palais tomba."},
		{"de", "Am 25. Oktober 1917 fiel der Palast."},
		{"ru", "25 октября 1917 года дворец пал."},
		{"es", "El 25 de octubre de 1917 cayó el palacio."},
		{"it", "Il 25 ottobre 1917 cadde il palazzo."},
		{"nl", "Op 25 oktober 1917 viel het paleis."},
		{"pt", "Em 25 de outubro de 1917 caiu o palácio."},
		{"la", "Die 25 Octobris anno 1917 regia cecidit."},
		{"el", "Στις 25 Οκτωβρίου 1917 έπεσε το ανάκτορο."},
		{"pl", "25 października 1917 roku pałac upadł."},
		{"cs", "25. října 1917 palác padl."},
		{"uk", "25 жовтня 1917 року палац упав."},
		{"hu", "1917. október 25-én elesett a palota."},
		{"ro", "La 25 octombrie 1917 palatul a căzut."},
		{"tr", "25 Ekim 1917'de saray düştü."},
		{"sv", "Den 25 oktober 1917 föll palatset."},
		{"hy", "1917 թ. հոկտեմբերի 25-ին պալատն ընկավ։"},
		{"ka", "1917 წლის 25 ოქტომბერს სასახლე დაეცა."},
		{"he", "ב־25 באוקטובר 1917 נפל הארמון."},
		{"ar", "في 25 أكتوبر 1917 سقط القصر."},
		{"ar", "في 25 تشرين الأول 1917 سقط القصر."},
		// Dates in numbers alone: slashes in any order, full stops day
		// first, hyphens in the ISO order.
		{"de", "Am 25.10.1917 fiel der Palast."},
		{"ru", "25.10.1917 дворец пал."},
		{"en", "On 1917-10-25 the palace fell."},
		{"ar", "في ١٩١٧/١٠/٢٥ سقط القصر."},
		{"fr", "Le 25/10/1917, le palais tomba."},
		{"en", "On 10/25/1917 the palace fell."},
	} {
		if got := keys(tc.text, tc.lang, Date); got != "--10-25" {
			t.Errorf("%s %q: dates %q, want --10-25", tc.lang, tc.text, got)
		}
	}
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "You may go.", ""},
		{"en", "May I go?", ""},
		{"en", "In May 1968 Paris rose.", "--05"},
		{"fr", "Au printemps, en avril, il partit.", "--04"},
		{"fr", "Le 1er mai, on chôme.", "--05-01"},
		{"en", "Mars is red.", ""},
	} {
		if got := keys(tc.text, tc.lang, Date); got != tc.want {
			t.Errorf("%s %q: dates %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

func TestNames(t *testing.T) {
	want := NameKey("Trotsky")
	for _, w := range []string{"Trotski", "Trotzki", "Троцкий"} {
		if got := NameKey(w); got != want {
			t.Errorf("NameKey(%q) = %q, want %q (as Trotsky)", w, got, want)
		}
	}
	if a, b := NameKey("Tchaikovsky"), NameKey("Tschaikowski"); a != b {
		t.Errorf("Tchaikovsky %q != Tschaikowski %q", a, b)
	}
	if a, b := NameKey("Lenin"), NameKey("Trotsky"); a == b {
		t.Errorf("Lenin and Trotsky share key %q", a)
	}
	if got := keys("The train took Trotsky to Petrograd.", "en", Name); got != want+" "+NameKey("Petrograd") {
		t.Errorf("names %q", got)
	}
	if got := keys("Les soldats suivirent Trotski.", "fr", Name); got != want {
		t.Errorf("names %q (the sentence-initial article is no name)", got)
	}
}

func TestMarkersAndPunct(t *testing.T) {
	if got := keys("As shown[^1] and there[2] and here³ and a star*.", "en", Marker); got != "1 2 3 *" {
		t.Errorf("markers %q", got)
	}
	if got := keys("« Vraiment ? » dit-il (en riant) !", "fr", Punct); got != `" ? " ( !` {
		t.Errorf("punct %q", got)
	}
	if got := keys("¿Qué? l'homme don't", "es", Punct); got != "?" {
		t.Errorf("punct %q", got)
	}
}

func TestOffsets(t *testing.T) {
	text := "Am 25. Oktober 1917 sprach Trotzki [3]."
	for _, a := range Extract(text, language.German) {
		if a.Start < 0 || a.End > len(text) || a.Start >= a.End {
			t.Fatalf("bad span %+v", a)
		}
	}
	got := fmt.Sprint(Extract(text, language.German))
	want := "[{date false --10-25 3 14} {number false 25 3 5} {number false 1917 15 19} {name false trtk 27 34} {marker false 3 35 38}]"
	if got != want {
		t.Errorf("Extract = %s\nwant      %s", got, want)
	}
}

func ExampleExtract() {
	for _, a := range Extract("Le 25 octobre 1917, Trotski parla (longtemps) ?", language.French) {
		fmt.Printf("%s %q\n", a.Kind, a.Key)
	}
	// Output:
	// date "--10-25"
	// number "25"
	// number "1917"
	// name "trtk"
	// punct "("
	// punct "?"
}

// TestMarkersAsEditionsReadThem: the markers anchors keys are those
// editions.NoteMarkers reads — "[^note]" too, and not a superscript after
// a space (a power, or stray) — and besides them "[a]" and "word*".
func TestMarkersAsEditionsReadThem(t *testing.T) {
	if got := keys("Voir[^note], [a] et le mot*, puis ⁴ seul.", "fr", Marker); got != "note a *" {
		t.Errorf("markers %q, want \"note a *\"", got)
	}
}

// BenchmarkExtractDense extracts the anchors of a sentence of 20,000
// numbers, dates, names and note markers: they were sorted by insertion
// and each number looked for in every marker, quadratic in the anchors of
// a sentence (a paragraph of 20 MB without a full stop: 45 s).
func BenchmarkExtractDense(b *testing.B) {
	var ws []string
	for i := range 20000 {
		switch i % 4 {
		case 0:
			ws = append(ws, fmt.Sprint(i*7919%100000))
		case 1:
			ws = append(ws, fmt.Sprintf("%d March %d", 1+i%28, 1800+i%100))
		case 2:
			ws = append(ws, "Fogg")
		default:
			ws = append(ws, fmt.Sprintf("word[%d]", i%500))
		}
	}
	text := strings.Join(ws, " ") + "."
	for b.Loop() {
		Extract(text, language.English)
	}
}

// TestCJKNumeralsAfterFastPath: isCJKNumeral rejects every rune below
// 〇 without looking at its maps, so a numeral added to them below it
// would never be read; and a sentence's anchors do not depend on the
// token slices Extract reuses from call to call.
func TestCJKNumeralsAfterFastPath(t *testing.T) {
	for _, m := range []map[rune]int{cjkDigits, cjkUnits} {
		for r := range m {
			if !isCJKNumeral(r) {
				t.Errorf("%c (U+%04X) is a CJK numeral that isCJKNumeral does not see", r, r)
			}
		}
	}
	long := Extract("In 1917, on 25 October, Trotsky spoke of 1,500 men [3] and 二十五 more.", language.English)
	Extract("Le 7 novembre 1917.", language.French)
	again := Extract("In 1917, on 25 October, Trotsky spoke of 1,500 men [3] and 二十五 more.", language.English)
	if fmt.Sprint(long) != fmt.Sprint(again) {
		t.Errorf("the same sentence gave %v, then %v", long, again)
	}
}

// A token's span is kept whole past 4 GiB, where its start no longer
// fits its low 32 bits: a sentence that long has its anchors where they are.
func TestTokenSpan(t *testing.T) {
	for _, start := range []int{0, 7, 1<<32 - 1, 1 << 32, 5<<32 + 12345, 1<<48 - 10} {
		tok := newToken(start, 9, true, false)
		if tok.start() != start || tok.end() != start+9 || !tok.digits || tok.first {
			t.Errorf("newToken(%d, 9): start %d end %d digits %v first %v", start, tok.start(), tok.end(), tok.digits, tok.first)
		}
	}
}
