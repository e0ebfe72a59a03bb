package output

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// runeWidth returns the number of terminal columns r takes: 0 for
// combining marks, Hangul's medial and final jamo and other zero-width
// characters, 2 for wide and
// full-width East Asian characters, 1 otherwise.
func runeWidth(r rune) int {
	if r < 0x80 { // ASCII, most text: control characters take none
		if r < 0x20 || r == 0x7f {
			return 0
		}
		return 1
	}
	switch {
	case r == 0 || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		return 0
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc):
		return 0
	case r >= 0x1160 && r <= 0x11ff || r >= 0xd7b0 && r <= 0xd7ff:
		// The vowels and final consonants of decomposed Hangul (NFD,
		// as macOS writes it) join the syllable its initial, two
		// columns wide, begins.
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// stringWidth returns the number of terminal columns s takes.
func stringWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// fits reports whether s takes at most cols terminal columns. It reads no
// further than the first cols+1 columns, so that wrapping a text reads each
// line once, not the whole rest of the text for every line.
func fits(s string, cols int) bool {
	n := 0
	for _, r := range s {
		if n += runeWidth(r); n > cols {
			return false
		}
	}
	return true
}

// digits returns the number of columns n takes written in decimal.
func digits(n int) int {
	return len(strconv.Itoa(n))
}

// wrap breaks s into lines of at most cols terminal columns, at spaces
// where it can. It never breaks before the punctuation that French sets
// off with a space (« Quoi ? ») nor after an opening guillemet, and never
// separates a combining mark from its letter. A word longer than a line is
// cut. cols <= 0 means no wrapping.
func wrap(s string, cols int) []string { return wrapN(s, cols, -1) }

// wrapN returns the first n lines wrap would return (all of them when n
// is negative), wrapping no further than that.
func wrapN(s string, cols, n int) []string {
	if cols <= 0 || fits(s, cols) {
		return []string{s}
	}
	var lines []string
	for _, ln := range wrapRangesN(s, cols, n) {
		lines = append(lines, s[ln[0]:ln[1]])
	}
	return lines
}

// wrapRanges returns the byte ranges of the lines of s wrapped to cols
// columns (at least 1), as wrap describes. The spaces where a line
// breaks belong to neither line; those that start s start its first
// line, and those that end it end its last.
func wrapRanges(s string, cols int) [][2]int { return wrapRangesN(s, cols, -1) }

// wrapRangesN returns the first n ranges of wrapRanges, or all when n is
// negative.
func wrapRangesN(s string, cols, n int) [][2]int { return appendWrapRanges(nil, s, cols, n) }

// appendWrapRanges appends the ranges of wrapRangesN to out.
func appendWrapRanges(out [][2]int, s string, cols, n int) [][2]int {
	n += len(out) // the count of ranges to stop at, when not negative
	if n < len(out) {
		n = -1
	}
	for pos := 0; pos < len(s) && len(out) != n; {
		end, next := lineAt(s, pos, cols)
		out = append(out, [2]int{pos, end})
		pos = next
	}
	return out
}

// wrappedLines returns len(wrap(s, cols)) without making the lines.
func wrappedLines(s string, cols int) int {
	if cols <= 0 || fits(s, cols) {
		return 1
	}
	n := 0
	for pos := 0; pos < len(s); n++ {
		_, pos = lineAt(s, pos, cols)
	}
	return n
}

// lineAt returns where the line of s wrapped to cols columns that starts
// at pos ends, and where the next starts (len(s) after the last).
func lineAt(s string, pos, cols int) (end, next int) {
	cut, rest, whole := breakAt(s[pos:], cols)
	if whole {
		return len(s), len(s)
	}
	end = pos + cut
	for end > pos && s[end-1] == ' ' {
		end--
	}
	next = pos + rest
	for next < len(s) && s[next] == ' ' {
		next++
	}
	return end, next
}

// breakAt finds where to end a line of at most cols columns of s: the
// last allowed break that fits — a space, or in Chinese, Japanese and
// Korean text the boundary beside a wide character, which UAX #14 (class
// ID) allows without a space — else the last character that fits. whole
// reports that all of s fits, as fits would (then cut and rest are not
// set): one reading of the line serves both questions.
func breakAt(s string, cols int) (cut, rest int, whole bool) {
	w := 0
	lastSpace, lastWide := -1, -1
	hard := 0
	var prev rune
	prevW := 0
	whole = true
	for i, r := range s {
		rw := runeWidth(r)
		if i > 0 && wideBreak(prev, prevW, r, rw) {
			lastWide = i // the line may end before r
		}
		if w+rw > cols {
			whole = false
			break
		}
		w += rw
		if r == ' ' && i > 0 && breakable(s, i) {
			lastSpace = i
		}
		hard = i + utf8.RuneLen(r)
		prev, prevW = r, rw
	}
	if whole {
		return 0, 0, true
	}
	if lastWide > lastSpace {
		return lastWide, lastWide, false
	}
	// Keep combining marks with their base when cutting a long word.
	for hard < len(s) {
		r, n := utf8.DecodeRuneInString(s[hard:])
		if runeWidth(r) != 0 {
			break
		}
		hard += n
	}
	hard = syllableCut(s, graphemeCut(s, clusterCut(s, hard)))
	if lastSpace > 0 {
		return lastSpace, lastSpace + 1, false
	}
	if hard == 0 {
		_, n := utf8.DecodeRuneInString(s)
		hard = n
	}
	return hard, hard, false
}

// wideBreak reports whether a line may end between prev and r (r taking
// rw columns, prev prevW) where no space stands: beside a wide character (an
// ideograph, kana, hangul, full-width form), but not before the marks
// that may not start a line nor after those that may not end one, by
// the line-breaking rules of Japanese and Chinese (JIS X 4051's kinsoku,
// UAX #14's classes CL, CP, NS, EX, IS and OP): never "，" or "」" at the
// start of a line, never "「" at its end.
func wideBreak(prev rune, prevW int, r rune, rw int) bool {
	if rw == 0 || r == ' ' || prev == ' ' || prevW < 2 && rw < 2 {
		return false
	}
	if prev == '\u200d' || r >= 0x1f3fb && r <= 0x1f3ff {
		return false // inside an emoji: joined by ZWJ, or a skin tone after its base
	}
	return !strings.ContainsRune(noLineStart, r) && !strings.ContainsRune(noLineEnd, prev)
}

// The marks a line may not start with, and those it may not end with.
const (
	noLineStart = "、。，．・：；？！‼⁇⁈⁉゛゜ヽヾゝゞ々〻ー」』）〕］｝〉》】〙〗〟’”｠»›,.:;?!)]}…‥" +
		"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ％‰℃°"
	noLineEnd = "「『（〔［｛〈《【〘〖〝‘“｟«‹([{"
)

// clusterStart returns where the character as the reader sees it that
// ends at cut starts: before its zero-width marks and the letter they
// are on.
func clusterStart(s string, cut int) int {
	for cut > 0 {
		r, m := utf8.DecodeLastRuneInString(s[:cut])
		cut -= m
		if runeWidth(r) != 0 {
			break
		}
	}
	return cut
}

// clusterCut moves a cut at hard inside a long word back to the start of
// the character as the reader sees it: never before a mark, spacing or
// not (the Khmer vowel sign ា, the Burmese ာ, a Devanagari matra), nor
// after a sign that joins the next consonant to the one before
// (joinsNext). A cut it cannot move without emptying the line stays.
func clusterCut(s string, hard int) int {
	cut := hard
	for cut > 0 && cut < len(s) {
		next, _ := utf8.DecodeRuneInString(s[cut:])
		prev, n := utf8.DecodeLastRuneInString(s[:cut])
		if !unicode.IsMark(next) && next != '\u200d' && !joinsNext(prev) {
			return cut
		}
		cut -= n
	}
	return hard
}

// graphemeCut moves a cut at hard back to the start of the grapheme
// cluster it falls in, by UAX #29 (the uax29 module's graphemes, as
// editions' sentences): what clusterCut does not know, a flag's two
// regional indicators, an emoji joined by ZWJ or given a skin tone, the
// Thai sara am ำ after its consonant. A cut inside the line's first
// cluster stays, as clusterCut's does.
func graphemeCut(s string, hard int) int {
	if hard <= 0 || hard >= len(s) {
		return hard
	}
	g := graphemes.FromString(s)
	start := 0
	for g.Next() {
		end := g.End()
		if end == hard {
			return hard
		}
		if end > hard {
			if start == 0 {
				return hard
			}
			return start
		}
		start = end
	}
	return hard
}

// joinsNext reports the signs that join the consonant after them to the
// one before, in a stack or a conjunct: the Khmer coeng ្, the Burmese
// virama ္ (not its asat ်, which ends a syllable), and the viramas of
// the Indic scripts from Devanagari to Malayalam (क्ष), all of Unicode's
// combining class 9 there.
func joinsNext(r rune) bool {
	switch {
	case r == '\u17d2' || r == '\u1039':
		return true
	case r >= 0x0900 && r <= 0x0d7f:
		return norm.NFC.PropertiesString(string(r)).CCC() == 9
	}
	return false
}

// breakable reports whether a line may end at the space at s[i].
func breakable(s string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	if prev == '«' || prev == '‹' || prev == '—' && i == 1 {
		return false
	}
	switch next {
	case '?', '!', ':', ';', '»', '›':
		return false
	}
	return true
}
