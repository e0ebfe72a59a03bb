package anchors

import (
	"strings"
	"unicode/utf8"
)

// The words of scale written after a number in figures: "14 million",
// "14 Millionen", "1,5 milliard", "1400万", "1400만". The number is their
// product, so that the Japanese 1400万 (1400 ten-thousands) meets the
// English 14 million and 14,000,000, which it did not (1400 against 14).

// scaleWords are the powers of ten of the words of scale that follow a
// number in the languages of languages.go, lowercase, with their plural
// and abbreviated forms. "billion" is 10^9 in English and 10^12 in
// French and German (Billion), Spanish (billón) and Italian: scaleAfter
// decides by the language.
var scaleWords = map[string]int{
	"million": 6, "millions": 6, "millionen": 6, "mio": 6, "millón": 6, "millones": 6, "milione": 6, "milioni": 6,
	"miljoen": 6, "miljoenen": 6, "milhão": 6, "milhões": 6, "миллион": 6, "миллиона": 6, "миллионов": 6, "млн": 6,
	"milliard": 9, "milliards": 9, "milliarde": 9, "milliarden": 9, "mrd": 9, "miliardo": 9, "miliardi": 9,
	"miljard": 9, "miljarden": 9, "миллиард": 9, "миллиарда": 9, "миллиардов": 9, "млрд": 9,
	"billion": 12, "billions": 12, "billón": 12, "billones": 12,
}

// cjkScales are the multipliers Chinese, Japanese and Korean write right
// after a number in figures: 万/萬 and 만 ten thousand, 億/亿 and 억 a
// hundred million, 조 a trillion (兆 is left out: a million in some
// uses, a trillion in others), 千 and 천 a thousand, 百 and 백 a hundred.
var cjkScales = map[rune]int{'万': 4, '萬': 4, '만': 4, '億': 8, '亿': 8, '억': 8, '조': 12, '千': 3, '천': 3, '百': 2, '백': 2}

// scaleAfter returns the power of ten of the word of scale that follows
// the number ending at byte end, whose last token is toks[j] and whose
// integer part is intPart, and where the word ends; 0 if none does. A
// CJK multiplier stands right after the figures (1400万人), another word
// after one space, and after a number of three figures at most: "14
// millions", but "in 1917 millions died" is a year.
func scaleAfter(text string, toks []token, j, end int, intPart, lang string) (int, int) {
	if r, n := utf8.DecodeRuneInString(text[end:]); n > 0 {
		if z, ok := cjkScales[r]; ok {
			return z, end + n
		}
	}
	if j+1 >= len(toks) || toks[j+1].digits || len(intPart) > 3 {
		return 0, 0
	}
	w := toks[j+1]
	if gap := text[end:w.start()]; gap != " " && gap != "\u00a0" {
		return 0, 0
	}
	z := scaleWords[strings.ToLower(text[w.start():w.end()])]
	if z == 12 && lang == "en" {
		z = 9 // the English billion, a thousand millions
	}
	return z, w.end()
}

// scaled returns the integer and fractional digits of intPart.frac
// multiplied by 10^z.
func scaled(intPart, frac string, z int) (string, string) {
	if len(frac) < z {
		frac += strings.Repeat("0", z-len(frac))
	}
	return intPart + frac[:z], frac[z:]
}
