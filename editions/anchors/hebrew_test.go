package anchors

import "testing"

// TestHebrewNumerals: a Hebrew letter numeral is read where a number
// stands (after a counter, before a Hebrew month, as a year); an
// abbreviation or an acronym marked alike is not.
func TestHebrewNumerals(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"בפרק ה׳ פסוק י״ב נאמר כך", "5 12"},
		{"ראו עמ׳ קכ״ג בספר", "123"},
		{"ביום כ״ה בכסלו מדליקים נר ראשון", "25"},
		{"בט״ו בשבט נוטעים עצים", "15"},
		{"המדינה קמה בשנת תש״ח", "AM5708"},
		{"המדינה קמה בה׳תש״ח", "AM5708"},
		{"המדינה קמה בתש״ח", "AM5708"},
		{"הספר נדפס בשנת תקע״ב בווילנא", "AM5572"},
		{"המדינה קמה בשנת תש״ח (1948)", "1948"},
		// Abbreviations and acronyms.
		{"ר׳ עקיבא אמר: ברוך ה׳ לעולם", ""},
		{"חיילי צה״ל עברו ע״י הגשר לארה״ב", ""},
		{"הוא עו״ד בת״א ומרחקו 5 ק״מ", "5"},
		{"״מה השעה?״ שאל המורה", ""},
		{"ג׳ורג׳ הגיע", ""},
	} {
		if got := keys(tc.text, "he", Number); got != tc.want {
			t.Errorf("%q: numbers %q, want %q", tc.text, got, tc.want)
		}
	}
}
