package anchors

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions"
)

// scanMarkers finds footnote markers: those editions.NoteMarkers reads
// ("[^1]", "[1]", "[^note]", superscript digits "¹²" attached to a word),
// and besides them "[a]" and an asterisk after a word, "word*". The key is
// the label: "12" for both "[12]" and "¹²".
func scanMarkers(text string) []Anchor {
	var out []Anchor
	for _, m := range editions.NoteMarkers(text) {
		out = append(out, Anchor{Kind: Marker, Key: m.Label, Start: m.Start, End: m.End})
	}
	// Beside editions' markers: a letter in brackets, "[a]", and an
	// asterisk after a word or punctuation, "word*".
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '[':
			j := i + 1
			if j < len(text) && text[j] == '^' {
				j++
			}
			if j+1 < len(text) && isASCIILetter(text[j]) && text[j+1] == ']' {
				out = append(out, Anchor{Kind: Marker, Key: text[j : j+1], Start: i, End: j + 2})
			}
		case '*':
			if i > 0 {
				p, _ := utf8.DecodeLastRuneInString(text[:i])
				if unicode.IsLetter(p) || unicode.IsPunct(p) && p != '*' {
					out = append(out, Anchor{Kind: Marker, Key: "*", Start: i, End: i + 1})
				}
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// scanPunct finds the punctuation that translations keep: question and
// exclamation marks, quotation marks of every tradition (all keyed `"`)
// and opening parentheses. The inverted marks of Spanish are left out,
// so that "¿Qué?" and "What?" both carry one "?". Single quotes are left
// out too: ’ and ' are mostly apostrophes.
func scanPunct(text string) []Anchor {
	var out []Anchor
	for i, r := range text {
		if r < utf8.RuneSelf && r != '?' && r != '!' && r != '"' && r != '(' {
			continue // the rest of ASCII, most of most text
		}
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
