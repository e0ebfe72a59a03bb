package anchors

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Numbers written in Ethiopic numerals, as Amharic, Tigrinya and Ge'ez
// write them in dates and in the Bible: ፲፱፻፹፯ is 1987 (19 hundreds
// and 87). They are not decimal digits (Unicode's category No, not Nd),
// so digitValue reads none of them: an Amharic text dated "በ፲፱፻፹፯" did
// not meet the English 1987.

// ethiopicValue returns the value of an Ethiopic numeral (U+1369 to
// U+137C: ፩–፱ one to nine, ፲–፺ ten to ninety, ፻ hundred, ፼ ten
// thousand), and whether r is one.
func ethiopicValue(r rune) (int64, bool) {
	switch {
	case r >= '፩' && r <= '፱':
		return int64(r-'፩') + 1, true
	case r >= '፲' && r <= '፺':
		return (int64(r-'፲') + 1) * 10, true
	case r == '፻':
		return 100, true
	case r == '፼':
		return 10000, true
	}
	return 0, false
}

// ethiopicNumber returns the value of a run of Ethiopic numerals: the
// units and tens add up; ፻ multiplies what stands before it since the
// last hundred (one if nothing: ፻፳ is 120), ፼ all that stands before it.
func ethiopicNumber(run []rune) int64 {
	var total, hundreds, cur int64
	for _, r := range run {
		v, _ := ethiopicValue(r)
		switch v {
		case 100:
			hundreds += max(cur, 1) * 100
			cur = 0
		case 10000:
			group := total + hundreds + cur
			if group == 0 {
				group = 1 // ፼ alone
			}
			total, hundreds, cur = group*10000, 0, 0
		default:
			cur += v
		}
		if total > 1e15 {
			return -1
		}
	}
	return total + hundreds + cur
}

// scanEthiopic returns the numbers written in Ethiopic numerals in text.
func scanEthiopic(text string) []Anchor {
	// Every Ethiopic numeral is encoded as E1 8D A9 to E1 8D BC.
	if !strings.Contains(text, "\xe1\x8d") {
		return nil
	}
	var out []Anchor
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if _, ok := ethiopicValue(r); !ok {
			i += n
			continue
		}
		var run []rune
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if _, ok := ethiopicValue(r2); !ok {
				break
			}
			run = append(run, r2)
			j += n2
		}
		if v := ethiopicNumber(run); v >= 0 {
			out = append(out, Anchor{Kind: Number, Key: strconv.FormatInt(v, 10), Start: i, End: j})
		}
		i = j
	}
	return out
}
