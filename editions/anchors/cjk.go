package anchors

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Numbers and dates written with Chinese characters, as Chinese and
// Japanese write them (and Korean in older text): "一九一七" is 1917,
// "二十五" 25, "三百" 300, "十二万" 120000, "第三章" chapter 3,
// "1917年10月25日" and "十月二十五日" the date --10-25; Korean writes
// "10월 25일" with hangul month and day words.

// cjkDigits are the numerals 0 to 9: the common forms, and the "capital"
// forms of contracts and cheques (大写, daiji: 壹 貳 參 …, simplified and
// traditional), from the kPrimaryNumeric, kAccountingNumeric and
// kOtherNumeric fields of the Unicode Han Database (Unihan). 〇 (U+3007)
// is the zero of positional years (二〇二〇); 两/兩 "two" counts things.
var cjkDigits = map[rune]int{
	'〇': 0, '零': 0,
	'一': 1, '壹': 1, '弌': 1,
	'二': 2, '貳': 2, '贰': 2, '弐': 2, '两': 2, '兩': 2,
	'三': 3, '參': 3, '叁': 3, '参': 3,
	'四': 4, '肆': 4,
	'五': 5, '伍': 5,
	'六': 6, '陸': 6, '陆': 6,
	'七': 7, '柒': 7,
	'八': 8, '捌': 8,
	'九': 9, '玖': 9,
}

// cjkUnits are the multipliers, from the same Unihan fields: 十 ten,
// 百 hundred, 千 thousand within a group of four digits; 万/萬 ten
// thousand and 亿/億 a hundred million close a group (十二万 is twelve
// ten-thousands). 廿 20 and 卅 30 are the contracted tens of dates.
var cjkUnits = map[rune]int{
	'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
	'万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '廿': 20, '卅': 30,
}

// IsCJKNumeral reports whether r is a Chinese numeral, a digit (一, 〇,
// 壹 …) or a multiplier (十, 百, 万 …), as Chinese and Japanese write
// numbers.
func IsCJKNumeral(r rune) bool { return isCJKNumeral(r) }

func isCJKNumeral(r rune) bool {
	if r < '〇' { // U+3007, the lowest of them: most text is decided here, without the maps
		return false
	}
	_, d := cjkDigits[r]
	_, u := cjkUnits[r]
	return d || u
}

// cjkValue returns the value of a run of CJK numerals, or -1. Digits
// alone are read place by place (一九一七 1917, 二〇二〇 2020); with
// multipliers, each digit multiplies the unit after it, a unit without a
// digit counting once (十五 15, 二十五 25, 三百零五 305), and 万 or 亿
// multiply all that stands before them in their group.
func cjkValue(run []rune) int64 {
	positional := true
	for _, r := range run {
		if _, ok := cjkUnits[r]; ok {
			positional = false
		}
	}
	if positional {
		var v int64
		for _, r := range run {
			v = v*10 + int64(cjkDigits[r])
			if v > 1e15 {
				return -1
			}
		}
		return v
	}
	var total, group, digit int64
	hasDigit := false
	for _, r := range run {
		if d, ok := cjkDigits[r]; ok {
			if hasDigit && d != 0 {
				return -1 // 一二十: two digits in a row among units
			}
			digit, hasDigit = int64(d), d != 0
			continue
		}
		u := int64(cjkUnits[r])
		if !hasDigit {
			digit = 1
		}
		if u >= 1e4 {
			total += (group + digit) * u
			group = 0
		} else {
			group += digit * u
		}
		digit, hasDigit = 0, false
		if total > 1e15 {
			return -1
		}
	}
	return total + group + digit
}

// cjkMonthDay are the words that follow a month or a day number: 月 and
// 日 of Chinese and Japanese (号, the day of spoken Chinese), 월 and 일 of
// Korean; 年 and 년 follow a year, which stays a number as "1917" does.
const (
	cjkMonth = "月월"
	cjkDay   = "日号號일"
)

// scanCJK finds the numbers written in CJK numerals and the dates written
// with 月 and 日 (or 월 and 일) in text. It returns those anchors, and the
// spans of the month numbers of its dates, which scanNumbers read as
// numbers and Extract drops: "25 October" has no number 10, so "10月25日"
// must have none either.
//
// A run of numerals counts as a number when it is a quantity beyond
// doubt: two numerals or more (二十五, 一九一七, 四十), one after 第 (an
// ordinal, 第三章 chapter 3), one before 年, 月 or 日, or one of two to
// ten before a counter (三个, 四人: countedNumeral). A single numeral
// alone is a word as often as a number — 一 is Chinese's "a" (一个), 万物
// "all things", 百姓 "the people" — and is left to the other side's
// spelling of numbers (spellsNumber). Even two are sometimes words
// (一一 "one by one", 千万 "by all means"), a cost the rarity weighting
// of a consumer bears.
func scanCJK(text string) (out []Anchor, monthSpans []Anchor) {
	// What it finds needs a CJK numeral (from U+3007), 月 or 월, runes
	// of three bytes whose first is 0xE3 or more: a text without such a
	// byte (most text in Latin, Greek or Cyrillic letters) has none of
	// it, and its digits, read for dates that cannot be there, are not
	// read (on BenchmarkAlign100k, whose synthetic words hold digits,
	// scanCJK was 2 % of the processor time).
	if !hasByteFrom(text, 0xE3) {
		return nil, nil
	}
	type num struct {
		v          int64
		start, end int
	}
	// nums are the numbers of text in order, CJK numerals and digits of
	// any set, so that dates of either kind are found.
	var nums []num
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && (c < '0' || c > '9') {
			i++ // ASCII other than a digit, most of most text: neither kind
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isCJKNumeral(r):
			var run []rune
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isCJKNumeral(r2) {
					break
				}
				run = append(run, r2)
				j += n2
			}
			v := cjkValue(run)
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[j:])
			if v >= 0 && (len(run) >= 2 || before == '第' || strings.ContainsRune("年"+cjkMonth+cjkDay, after) || countedNumeral(run[0], after)) {
				nums = append(nums, num{v, i, j})
				out = append(out, Anchor{Kind: Number, Key: strconv.FormatInt(v, 10), Start: i, End: j})
			}
			i = j
		case digitValue(r) >= 0:
			var v int64
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				d := digitValue(r2)
				if d < 0 {
					break
				}
				if v < 1e15 {
					v = v*10 + int64(d)
				}
				j += n2
			}
			nums = append(nums, num{v, i, j})
			i = j
		default:
			i += n
		}
	}
	// A month: a number 1–12 right before 月 (or a space and 월); a day
	// after it: a number 1–31 right before 日.
	for k, m := range nums {
		end, ok := cjkWord(text, m.end, cjkMonth)
		if !ok || m.v < 1 || m.v > 12 {
			continue
		}
		key := "--" + two(int(m.v))
		if k+1 < len(nums) && strings.TrimSpace(text[end:nums[k+1].start]) == "" {
			d := nums[k+1]
			if dend, ok := cjkWord(text, d.end, cjkDay); ok && d.v >= 1 && d.v <= 31 {
				key += "-" + two(int(d.v))
				end = dend
			}
		}
		out = append(out, Anchor{Kind: Date, Key: key, Start: m.start, End: end})
		monthSpans = append(monthSpans, Anchor{Start: m.start, End: m.end})
	}
	return out, monthSpans
}

// cjkCounters are the commonest measure words of Chinese and counters
// of Japanese, which follow the number of what they count: 三个 three
// (things), 四人 four people, 五天 five days, 两次 twice, 三つ three,
// 二冊 two volumes, 十歳 ten years old.
const cjkCounters = "个個人位名只隻天次本件岁歲歳条條张張头頭匹座种種回枚册冊倍元块塊つ台杯"

// countedNumeral reports whether a single numeral r before after is a
// number beyond doubt: a digit from two to nine, or 十, before a counter
// (cjkCounters). 一 is left out, as it is Chinese's article (一个人 "a
// person") and the English "a" no number; so are 百, 千 and 万, which
// alone are words (百姓 the people, 万物 all things) or 万一 "in case".
func countedNumeral(r, after rune) bool {
	if d, ok := cjkDigits[r]; !(ok && d >= 2) && r != '十' {
		return false
	}
	return strings.ContainsRune(cjkCounters, after)
}

// cjkWord reports whether one of the runes of words follows offset i of
// text, after at most one space (Korean writes "10 월" as well as
// "10월"), and returns the offset after it.
func cjkWord(text string, i int, words string) (int, bool) {
	if i < len(text) && text[i] == ' ' {
		i++
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if n == 0 || !strings.ContainsRune(words, r) {
		return 0, false
	}
	return i + n, true
}

// hasByteFrom reports whether text holds a byte of value b or more.
func hasByteFrom(text string, b byte) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= b {
			return true
		}
	}
	return false
}
