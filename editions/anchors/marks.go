package anchors

import (
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions"
)

// scanMarkers finds footnote markers: "[^1]", "[1]", "[a]", superscript
// digits "¹²", and an asterisk after a word "word*". The key is the label:
// "12" for both "[12]" and "¹²".
func scanMarkers(text string) []Anchor {
	var out []Anchor
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '[':
			j := i + 1
			if j < len(text) && text[j] == '^' {
				j++
			}
			k := j
			for k < len(text) && k-j < 4 && (isASCIIDigit(text[k]) || (k == j && isASCIILetter(text[k]))) {
				k++
			}
			if k > j && k < len(text) && text[k] == ']' {
				label := text[j:k]
				if len(label) == 1 || allDigits(label) {
					out = append(out, Anchor{Kind: Marker, Key: label, Start: i, End: k + 1})
					i = k + 1
					continue
				}
			}
		case editions.SuperscriptDigit(r) >= 0:
			j := i
			label := make([]byte, 0, 4)
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				d := editions.SuperscriptDigit(r2)
				if d < 0 {
					break
				}
				label = append(label, byte('0'+d))
				j += n2
			}
			out = append(out, Anchor{Kind: Marker, Key: string(label), Start: i, End: j})
			i = j
			continue
		case r == '*':
			if i > 0 {
				p, _ := utf8.DecodeLastRuneInString(text[:i])
				if unicode.IsLetter(p) || unicode.IsPunct(p) && p != '*' {
					out = append(out, Anchor{Kind: Marker, Key: "*", Start: i, End: i + 1})
				}
			}
		}
		i += n
	}
	return out
}

func isASCIIDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// scanPunct finds the punctuation that translations keep: question and
// exclamation marks, quotation marks of every tradition (all keyed `"`)
// and opening parentheses. The inverted marks of Spanish are left out,
// so that "¿Qué?" and "What?" both carry one "?". Single quotes are left
// out too: ’ and ' are mostly apostrophes.
func scanPunct(text string) []Anchor {
	var out []Anchor
	for i, r := range text {
		key := ""
		switch r {
		case '?', '？':
			key = "?"
		case '!', '！':
			key = "!"
		case '"', '«', '»', '„', '“', '”', '‹', '›', '‚', '‘', '「', '」':
			key = `"`
		case '(', '（':
			key = "("
		}
		if key != "" {
			out = append(out, Anchor{Kind: Punct, Key: key, Start: i, End: i + utf8.RuneLen(r)})
		}
	}
	return out
}
