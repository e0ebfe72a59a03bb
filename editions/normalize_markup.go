package editions

// Markup in the comparison form: note markers and Markdown emphasis are
// removed from a sentence before it is compared. See normalize.go.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripMarkup removes note markers and Markdown emphasis.
func stripMarkup(s string) string {
	if !mayHaveMarkup(s) {
		return s
	}
	return string(walkMarkup(s, nil))
}

// A MarkupSpan is a stretch of a text that is markup, not words: a note
// marker ([1], [^a], ¹) or a run of Markdown or Gutenberg emphasis marks
// (*, **, _).
type MarkupSpan struct {
	Start, End int
	Note       bool // a note marker; else emphasis
}

// MarkupSpans returns the markup of s, in order: what the comparison form
// leaves out of a sentence, so that a word diff can tell a change of
// formatting from a change of text by the same rule.
func MarkupSpans(s string) []MarkupSpan {
	if !mayHaveMarkup(s) {
		return nil
	}
	var spans []MarkupSpan
	walkMarkup(s, func(start, end int, note bool) {
		if n := len(spans); n > 0 && spans[n-1].End >= start && spans[n-1].Start <= start {
			// A marker that swallowed kept emphasis ("[*1*]") or emphasis
			// next to a marker: one span.
			spans[n-1].End = max(spans[n-1].End, end)
			spans[n-1].Note = spans[n-1].Note || note
			return
		}
		spans = append(spans, MarkupSpan{start, end, note})
	})
	return spans
}

// walkMarkup returns s without its note markers and emphasis, and calls
// drop (when not nil) with each stretch of s it leaves out. It decides as
// it writes, looking left at what it has kept, so that nested or adjacent
// markup ("*[1]*", "[1[2]]") leaves nothing a second pass would remove.
func walkMarkup(s string, drop func(start, end int, note bool)) []byte {
	out := make([]byte, 0, len(s))
	var from []int // with drop: the offset in s of each byte of out
	keep := func(i, j int) {
		out = append(out, s[i:j]...)
		if drop != nil {
			for k := i; k < j; k++ {
				from = append(from, k)
			}
		}
	}
	lastRune := func() rune {
		if len(out) == 0 {
			return ' '
		}
		r, _ := utf8.DecodeLastRune(out)
		return r
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case ']':
			if start := markerStart(out); start >= 0 {
				if drop != nil {
					drop(from[start], i+1, true)
					from = from[:start]
				}
				out = out[:start]
				i++
				continue
			}
		case '*', '_':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			left := lastRune()
			right := ' '
			if j < len(s) {
				right, _ = utf8.DecodeRuneInString(s[j:])
			}
			alone := isSpaceOrEdge(left) && isSpaceOrEdge(right)
			inWord := c == '_' && isAlnum(left) && isAlnum(right)
			if !alone && !inWord {
				if drop != nil {
					drop(i, j, false) // emphasis
				}
				i = j
				continue
			}
			keep(i, j)
			i = j
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isSuperscriptDigit(r) {
				left := lastRune()
				if !isSpaceOrEdge(left) && !unicode.IsDigit(left) && !isSuperscriptDigit(left) {
					if drop != nil {
						drop(i, i+size, true) // a note marker: "word¹", "end.²"
					}
					i += size
					continue
				}
			}
			keep(i, i+size)
			i += size
			continue
		}
		keep(i, i+1)
		i++
	}
	return out
}

// mayHaveMarkup reports whether s holds a character stripMarkup looks
// at. strings.ContainsAny is slow with a non-ASCII set, so it searches
// bytes: '[', '*', '_', then the lead bytes of the superscript digits
// (¹ ² ³ are C2 B9, C2 B2, C2 B3; ⁰ ⁴..⁹ are E2 81 B0, E2 81 B4..B9).
func mayHaveMarkup(s string) bool {
	if strings.IndexByte(s, '[') >= 0 || strings.IndexByte(s, '*') >= 0 || strings.IndexByte(s, '_') >= 0 {
		return true
	}
	for i := strings.IndexByte(s, 0xC2); i >= 0 && i+1 < len(s); i = nextByte(s, i+1, 0xC2) {
		if c := s[i+1]; c == 0xB9 || c == 0xB2 || c == 0xB3 {
			return true
		}
	}
	for i := strings.IndexByte(s, 0xE2); i >= 0 && i+2 < len(s); i = nextByte(s, i+1, 0xE2) {
		if c := s[i+2]; s[i+1] == 0x81 && (c == 0xB0 || c >= 0xB4 && c <= 0xB9) {
			return true
		}
	}
	return false
}

// nextByte returns the index of the first c in s at or after from, or -1.
func nextByte(s string, from int, c byte) int {
	if j := strings.IndexByte(s[from:], c); j >= 0 {
		return from + j
	}
	return -1
}

// markerStart returns where a note marker opened at the end of out
// ("[^label" or "[digits") begins, or -1.
func markerStart(out []byte) int {
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxMarkerLabel-2; k-- {
		switch c := out[k]; {
		case c == '[':
			label := out[k+1:]
			if len(label) > 1 && label[0] == '^' {
				return k
			}
			if len(label) > 0 && label[0] != '^' && allDigits(label) {
				return k
			}
			return -1
		case c == '^':
			if k == 0 || out[k-1] != '[' {
				return -1
			}
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '-', c == '_':
		default:
			return -1
		}
	}
	return -1
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isSpaceOrEdge(r rune) bool { return r == ' ' }

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
