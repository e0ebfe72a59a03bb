package align

// Which changes of a word diff are of numbers: digits of any script,
// Chinese and Ethiopic numerals, and month names beside a number.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions/anchors"
)

// numberBeside reports a number in the word just before or just after
// the change ops[i:j], in the text both versions share, or a Chinese
// numeral right beside it: the 十 of "[-二-]{+三+}十", the 四 of
// "一九四[-八-]{+九+}", where Chinese and Japanese write no space.
func numberBeside(ops []Op, i, j int) bool {
	hasDigit := func(w string) bool { return strings.IndexFunc(w, isNumeral) >= 0 }
	if i > 0 && ops[i-1].Kind == OpSame {
		last := ""
		for w := range diffWords(ops[i-1].Text) {
			last = w
		}
		if hasDigit(last) {
			return true
		}
		if r, _ := utf8.DecodeLastRuneInString(ops[i-1].Text); anchors.IsCJKNumeral(r) {
			return true
		}
	}
	if j < len(ops) && ops[j].Kind == OpSame {
		if r, _ := utf8.DecodeRuneInString(ops[j].Text); anchors.IsCJKNumeral(r) {
			return true
		}
		for w := range diffWords(ops[j].Text) {
			return hasDigit(w)
		}
	}
	return false
}

// cjkNumberChange reports a change of a number written in Chinese
// numerals, as Chinese and Japanese write them: 三 → 四, [-二-]{+三+}十,
// 一九四[-八-]{+九+}年. Their digits are not Unicode's (unicode.IsDigit),
// and one alone is as often a word (一 is Chinese's "a"): the change is
// a number's when both sides are numerals, or one is and the other is
// empty with a numeral or number beside (numberNear), as 二十 →
// 二十五 has. 一个 → 这个 ("a" → "this") stays a substitution.
func cjkNumberChange(del, ins string, numberNear bool) bool {
	numerals := func(s string) bool {
		s = strings.TrimFunc(s, isPunctOrSpace)
		return s != "" && strings.IndexFunc(s, func(r rune) bool { return !anchors.IsCJKNumeral(r) && !unicode.IsSpace(r) }) < 0
	}
	empty := func(s string) bool { return strings.TrimFunc(s, isPunctOrSpace) == "" }
	switch {
	case numerals(del) && numerals(ins):
		return true
	case numerals(del) && empty(ins), empty(del) && numerals(ins):
		return numberNear
	}
	return false
}

// hasNumber reports digits in s, or a month name that is part of a date:
// with a number in s or beside it (numberNear). A month name alone is a
// word: "might" → "may" is not a change of date.
func hasNumber(s string, numberNear bool) bool {
	month := false
	for w := range diffWords(s) {
		if strings.IndexFunc(w, isNumeral) >= 0 {
			return true
		}
		month = month || numberNear && anchors.IsMonth(w)
	}
	return month
}

// isNumeral reports a decimal digit of any script, or an Ethiopic
// numeral (፩ … ፲ … ፻, U+1369 to U+137C), which Unicode does not count
// among the digits (its category is No) but Amharic writes its numbers
// and dates with: ፲፱፻፹፯ → ፲፱፻፹፰ is a number changed.
func isNumeral(r rune) bool {
	return unicode.IsDigit(r) || r >= 0x1369 && r <= 0x137c
}
