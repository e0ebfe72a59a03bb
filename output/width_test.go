package output

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestStringWidth(t *testing.T) {
	cases := map[string]int{
		"Trotsky":           7,
		"Троцкий":           7,
		"e\u0301te\u0301":   3, // combining acute accents take no column
		"革命":                4, // wide CJK characters take two
		"faire\u202f?":      7,
		"soft\u00adhyphen":  10,
		"zero\u200bwidth":   9,
		"ﾊﾝｶｸ (half-width)": 17,
		// Hangul decomposed (NFD, as macOS writes it): the vowel and the
		// final consonant join the initial's two columns.
		"\u1109\u1165\u110b\u116e\u11af": 4, // 서울
	}
	for s, want := range cases {
		if got := stringWidth(s); got != want {
			t.Errorf("stringWidth(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestWrap(t *testing.T) {
	cases := []struct {
		name string
		s    string
		cols int
		want []string
	}{
		{"fits", "Short line.", 20, []string{"Short line."}},
		{"no wrapping", "Any length at all", 0, []string{"Any length at all"}},
		{"at spaces", "The assault was planned for nine", 12, []string{"The assault", "was planned", "for nine"}},
		{"French punctuation stays", "« Que faire ? » demanda-t-il.", 13, []string{"« Que", "faire ? »", "demanda-t-il."}},
		{"guillemet keeps its word", "dit « Oui » enfin", 6, []string{"dit", "« Oui", "»", "enfin"}},
		{"wide characters", "革命革命革命", 5, []string{"革命", "革命", "革命"}},
		{"combining marks stay", "e\u0301e\u0301e\u0301e\u0301", 2, []string{"e\u0301e\u0301", "e\u0301e\u0301"}},
		// Chinese and Japanese break between characters, but never
		// before ，。」？ nor after 「 (kinsoku).
		{"no comma starts a line", "我们在老城，谈起了书。", 10, []string{"我们在老", "城，谈起了", "书。"}},
		{"no opening bracket ends a line", "他说了「再见」", 8, []string{"他说了", "「再见」"}},
		{"small kana stay", "ちょっとまって", 4, []string{"ちょ", "っと", "まっ", "て"}},
		{"mixed text breaks at the ideographs", "Naomi said 我们明天再见。", 16, []string{"Naomi said 我们", "明天再见。"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := wrap(c.s, c.cols)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("wrap(%q, %d) (-want +got):\n%s", c.s, c.cols, diff)
			}
			for _, ln := range got {
				if c.cols > 0 && stringWidth(ln) > c.cols {
					t.Errorf("line %q is %d columns wide, more than %d", ln, stringWidth(ln), c.cols)
				}
			}
			if strings.Join(strings.Fields(strings.Join(got, " ")), "") != strings.Join(strings.Fields(c.s), "") {
				t.Errorf("wrapping lost or added text: %q", got)
			}
		})
	}
}

// TestWrapThaiSyllables: in a column as wide as a syllable or wider, no
// line of Thai or Lao begins with a vowel written after its consonant
// (ะ า ำ) nor ends with one written before it (เ แ โ ใ ไ), and no text
// is lost. (Before, a column of 22 cut และ "and" as แล | ะ.)
func TestWrapThaiSyllables(t *testing.T) {
	for _, s := range []string{
		"ผมไปตลาดเมื่อวานนี้และซื้อผลไม้หลายอย่างมาฝากแม่ที่บ้านด้วยความรักและความคิดถึงอย่างมาก",
		"ໄປຕະຫຼາດມື້ວານນີ້ແລະຊື້ໝາກໄມ້ຫຼາຍຢ່າງມາຝາກແມ່",
	} {
		checkWrapCuts(t, s, 4, 30, "a syllable", func(last, first rune) bool {
			return followingVowel(first) || leadingVowel(last)
		})
	}
}

// TestWrapThaiFinals: a Thai line does not begin with the final
// consonant of the syllable the line before ends in, nor with อ, ว or ย
// written as that syllable's vowel, nor with the consonant a silent ห
// leads, as the letters tell them without a dictionary (before, a column
// of 30 cut หกสิ | บ, 40 ขอ | ง, 34 เมืองหล | วง, 36 ให | ญ่).
func TestWrapThaiFinals(t *testing.T) {
	s := "ประเทศไทยมีประชากรประมาณหกสิบหกล้านคนและมีกรุงเทพมหานครเป็นเมืองหลวงที่ใหญ่ที่สุดของประเทศ"
	bad := []string{"สิ|บ", "เป็|น", "เมือ|ง", "ขอ|ง", "ข|อง", "หล|วง", "ห|ลวง", "ให|ญ่", "กรุ|ง", "ล้า|น"}
	for cols := 8; cols <= 44; cols++ {
		lines := wrap(s, cols)
		if strings.Join(lines, "") != s {
			t.Fatalf("wrap(%d) lost text: %q", cols, lines)
		}
		for k := 1; k < len(lines); k++ {
			for _, b := range bad {
				left, right, _ := strings.Cut(b, "|")
				if strings.HasSuffix(lines[k-1], left) && strings.HasPrefix(lines[k], right) {
					t.Errorf("wrap(%d) cuts %s: %q", cols, b, lines)
				}
			}
		}
	}
}

// TestWrapKeepsGraphemes: a word longer than a line is cut between
// grapheme clusters only: never between the two regional indicators of
// a flag, nor inside an emoji joined by ZWJ.
func TestWrapKeepsGraphemes(t *testing.T) {
	flags := strings.Repeat("🇫🇷🇩🇪🇮🇹", 4)
	family := strings.Repeat("👨\u200d👩\u200d👧", 6)
	for cols := 3; cols <= 11; cols++ {
		for _, ln := range wrap(flags, cols) {
			if utf8.RuneCountInString(ln)%2 != 0 {
				t.Errorf("wrap(%d) cuts a flag: %q", cols, ln)
			}
		}
		if cols < 6 {
			continue // narrower than a family, which takes 6 columns here: cut where it must be
		}
		for _, ln := range wrap(family, cols) {
			if !strings.HasPrefix(ln, "👨") || !strings.HasSuffix(ln, "👧") {
				t.Errorf("wrap(%d) cuts a ZWJ sequence: %q", cols, ln)
			}
		}
	}
}

// checkWrapCuts wraps s to each width from cols to most and reports, as
// cutting what, a line break between last and first for which cuts says
// true, and any text lost.
func checkWrapCuts(t *testing.T, s string, cols, most int, what string, cuts func(last, first rune) bool) {
	t.Helper()
	for ; cols <= most; cols++ {
		lines := wrap(s, cols)
		for k := 1; k < len(lines); k++ {
			last, _ := utf8.DecodeLastRuneInString(lines[k-1])
			first, _ := utf8.DecodeRuneInString(lines[k])
			if cuts(last, first) {
				t.Errorf("%d columns: lines %q and %q cut %s (%q)", cols, lines[k-1], lines[k], what, lines)
			}
		}
		if strings.Join(lines, "") != s {
			t.Errorf("%d columns: wrapping changed the text: %q", cols, lines)
		}
	}
}

// TestWrapKeepsClusters: a long word cut to fit its column is never cut
// inside a character as the reader sees it: no line starts with a mark
// (the Thai tone mark of น้ำ, the Khmer vowel sign ា, the Burmese ာ, a
// Devanagari matra) or a Hangul vowel or final jamo of a decomposed
// syllable, and none ends with the sign that joins the next
// consonant to its own (Khmer coeng ្, Burmese ္, the Devanagari virama).
func TestWrapKeepsClusters(t *testing.T) {
	for _, s := range []string{
		"นักท่องเที่ยวนิยมนั่งเรือชมวัดริมแม่น้ำเจ้าพระยาทุกวัน",
		"ទីក្រុងនេះមានប្រជាជនប្រហែលពីរលាននាក់ហើយអង្គរវត្តល្បីណាស់",
		"ကမ္ဘာလှည့်ခရီးသည်များလာရောက်ကြသည်ရွှေတိဂုံစေတီ",
		"राष्ट्रपतिभवनकीविशालइमारतक्षेत्रमेंस्थितहै",
		"\u1109\u1165\u110b\u116e\u11af\u110b\u1173\u11ab\u1103\u1162\u1112\u1161\u11ab\u1106\u1175\u11ab\u1100\u116e\u11a8", // 서울은대한민국, decomposed
	} {
		// From 6 columns: a narrower one may not hold a whole character
		// (များ takes 4), which is then cut where it must.
		checkWrapCuts(t, s, 6, 24, "a character", func(last, first rune) bool {
			return unicode.IsMark(first) || first >= 0x1160 && first <= 0x11ff || joinsNext(last)
		})
	}
}

// FuzzWrap: wrapping any text to any width ends, cuts only between
// characters, and loses or adds nothing but the spaces where lines
// break.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{
		"The assault was planned for nine",
		"« Que faire ? » demanda-t-il.",
		"我们在老城，谈起了书。",
		"ผมไปตลาดเมื่อวานนี้และซื้อผลไม้",
		"ໄປຕະຫຼາດມື້ວານນີ້ແລະ",
		"e\u0301e\u0301e\u0301e\u0301",
	} {
		f.Add(s, 4)
	}
	f.Fuzz(func(t *testing.T, s string, cols int) {
		if !utf8.ValidString(s) || cols < 1 || cols > 200 {
			return
		}
		lines := wrap(s, cols)
		for _, ln := range lines {
			if !utf8.ValidString(ln) {
				t.Fatalf("wrap(%q, %d) cut inside a character: %q", s, cols, lines)
			}
		}
		if strings.Join(strings.Fields(strings.Join(lines, " ")), "") != strings.Join(strings.Fields(s), "") {
			t.Fatalf("wrap(%q, %d) changed the text: %q", s, cols, lines)
		}
	})
}
