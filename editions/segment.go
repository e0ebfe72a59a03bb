package editions

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// Sentence segmentation.
//
// A sentence ends at a cluster of terminal punctuation (. ? ! … and their
// CJK forms) followed by white space and something that can start a
// sentence: a capital letter, a digit, an opening quote or bracket, a dash.
// Closing quotes and brackets after the terminator, and note markers such
// as [3] or [^3], stay with the sentence they close. Most of the work is in
// saying where a full stop does not end a sentence:
//
//   - after an abbreviation of the language (Mr., pp., z. B., т. е.), or one
//     that is only an abbreviation before a number (No. 10, p. 45);
//   - after initials (L.D. Trotsky, N. N. Sukhanov) and single lowercase
//     letters, which are abbreviations (z. B., г.);
//   - after ordinal numbers in languages that write them with a dot
//     (9. September, der 2. Weltkrieg);
//   - inside brackets that close within the paragraph ([V.P. Nogin: …]);
//   - when what follows starts in lowercase (« Que faire ? » demanda-t-il,
//     mid-sentence ellipses);
//   - after the enumerator that opens a list item (1., IV., a)).
//
// Languages without rules of their own get the boundaries of Unicode's
// UAX #29, filtered by the same language-independent checks.

// A span is a half-open byte range [start, end) of a paragraph's text.
type span struct{ start, end int }

// splitSentences returns the spans of the sentences of text, in order,
// trimmed of white space. Together they cover every non-space character.
func splitSentences(text string, r *rules) []span {
	var sg segmenter
	return sg.appendSentences(nil, text, r, 0)
}

// A segmenter holds the buffers that segmenting reuses from one
// paragraph to the next.
type segmenter struct {
	cuts            []int
	open            []bool
	parens, squares []int
	brackets        openers
}

// appendSentences appends to dst the spans of the sentences of text, as
// splitSentences returns them, each moved by offset.
func (sg *segmenter) appendSentences(dst []span, text string, r *rules, offset int) []span {
	var cuts []int
	if r.fallback {
		cuts = uaxCuts(text, r)
	} else {
		cuts = sg.ruleCuts(text, r)
	}
	start := 0
	cuts = append(cuts, len(text))
	for _, c := range cuts {
		if s, ok := trimSpan(text, start, c); ok {
			dst = append(dst, span{s.start + offset, s.end + offset})
		}
		start = c
	}
	if !r.fallback {
		sg.cuts = cuts[:0] // to be used again
	}
	return dst
}

// trimSpan trims white space from text[start:end].
func trimSpan(text string, start, end int) (span, bool) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		end -= n
	}
	return span{start, end}, end > start
}

// isInvisible reports characters that carry no text of their own and so
// never make a sentence: zero-width spaces and joiners, the BOM.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '?', '!', '…', '‽', '⁇', '⁈', '⁉', '。', '．', '！', '？', '؟', '।', '॥', '։', '።', '\u037e':
		return true
	}
	return false
}

// isCJKTerminator reports terminators after which no space is needed.
func isCJKTerminator(r rune) bool {
	switch r {
	case '。', '．', '！', '？':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case ')', ']', '}', '»', '›', '”', '’', '」', '』', '）', '〕', '】', '〉', '》':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '(', '[', '{', '«', '‹', '“', '‘', '„', '‚', '"', '\'', '「', '『', '（', '〔', '【', '〈', '《', '¿', '¡':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―':
		return true
	}
	return false
}

// asciiSpecial marks the ASCII bytes ruleCuts must look at.
var asciiSpecial = [utf8.RuneSelf]bool{'.': true, '?': true, '!': true, ';': true, '(': true, ')': true, '[': true, ']': true}

// ruleCuts returns the byte offsets where sentences end in text.
func (sg *segmenter) ruleCuts(text string, r *rules) []int {
	cuts := sg.cuts[:0]
	brackets := sg.matchBrackets(text)
	// The brackets open now, innermost last: true for one that opened a
	// sentence ("[Died in 1948.]"), false for one opened inside a
	// sentence ("… 1917) [N. Ovsyannikov, ed.] (Moscow 1919).").
	open := sg.open[:0]
	lastCut := 0
	// textFrom is where the first character after lastCut that is not
	// white space stands (len(text) if none), found when first needed:
	// a bracket opens a sentence when nothing but space comes before it.
	textFrom := -1
	enumEnd := enumeratorEnd(text)
	for i := 0; i < len(text); {
		if b := text[i]; b < utf8.RuneSelf && !asciiSpecial[b] {
			i++ // most bytes: ASCII that neither ends a sentence nor brackets
			continue
		}
		c, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case c == '(' || c == '[':
			if brackets.has(i) {
				if textFrom < 0 {
					textFrom = len(text) - len(strings.TrimLeftFunc(text[lastCut:], unicode.IsSpace))
				}
				open = append(open, textFrom >= i)
			}
		case (c == ')' || c == ']') && len(open) > 0:
			open = open[:len(open)-1]
		}
		if !r.isTerminator(c) {
			i += n
			continue
		}
		// A run of terminators: "?!", "...", "?..".
		termStart := i
		j := i
		for j < len(text) {
			c2, n2 := utf8.DecodeRuneInString(text[j:])
			if !r.isTerminator(c2) {
				break
			}
			j += n2
		}
		if termStart < enumEnd {
			i = j
			continue
		}
		end, closedInside := absorbClosers(text, j, &open)
		i = end
		if len(open) > 0 || closedInside {
			continue // the full stop ends a bracketed aside, not the sentence
		}
		if decideBreak(text, termStart, j, end, r) {
			cuts = append(cuts, end)
			lastCut, textFrom = end, -1
		}
	}
	sg.open = open[:0]
	return cuts
}

// absorbClosers moves past what closes the sentence that ends at j:
// closing quotes and brackets (also after a French space: « Quoi ? »),
// straight quotes that close, and note markers ([3], [^3], ³). It returns
// the new end, and whether it closed a bracket opened inside a sentence.
func absorbClosers(text string, j int, open *[]bool) (end int, closedInside bool) {
	for j < len(text) {
		c, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case isClosing(c) && c != ')' && c != ']':
			j += n
			continue
		case (c == ')' || c == ']') && len(*open) > 0:
			closedInside = closedInside || !(*open)[len(*open)-1]
			*open = (*open)[:len(*open)-1]
			j += n
			continue
		case c == '"' || c == '\'':
			// A straight quote closes when nothing word-like follows it.
			k := j + n
			if k >= len(text) {
				return k, closedInside
			}
			next, _ := utf8.DecodeRuneInString(text[k:])
			if unicode.IsSpace(next) || unicode.IsPunct(next) {
				j = k
				continue
			}
			return j, closedInside
		case isSuperscriptDigit(c):
			j += n
			continue
		case c == '[':
			if m := markerLen(text[j:]); m > 0 {
				j += m
				continue
			}
			return j, closedInside
		case unicode.IsSpace(c):
			// Look past the spaces: a closing guillemet or quote after a
			// French space, or a note marker, still belongs here.
			k := j
			for k < len(text) {
				c2, n2 := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsSpace(c2) {
					break
				}
				k += n2
			}
			if k >= len(text) {
				return j, closedInside
			}
			next, _ := utf8.DecodeRuneInString(text[k:])
			if next == '»' || next == '›' || next == '”' {
				j = k
				continue
			}
			if next == '[' && markerLen(text[k:]) > 0 && followsAsMarker(text, k) {
				j = k
				continue
			}
			return j, closedInside
		}
		return j, closedInside
	}
	return j, closedInside
}

// decideBreak decides whether the terminators text[termStart:termEnd],
// with closers up to end, end a sentence.
func decideBreak(text string, termStart, termEnd, end int, r *rules) bool {
	last, _ := utf8.DecodeLastRuneInString(text[termStart:termEnd])
	if end >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(next) {
		// "end.The", "3.5", "U.S.A": no break, except after CJK stops.
		return isCJKTerminator(last)
	}
	k := end
	for k < len(text) {
		c, n := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(c) {
			break
		}
		k += n
	}
	if k >= len(text) {
		return true
	}
	start, n := utf8.DecodeRuneInString(text[k:])
	for (start == '*' || start == '_') && k+n < len(text) {
		// Emphasis or a section mark before the first word: "*Ce sont".
		k += n
		start, n = utf8.DecodeRuneInString(text[k:])
	}
	if !canStartSentence(start) {
		return false
	}
	if isDash(start) {
		// "blank cartridges! – finally demoralized": a dash that goes on
		// in lowercase closes an aside; one before a capital opens a line
		// of dialogue.
		after := strings.TrimLeftFunc(text[k+n:], unicode.IsSpace)
		if c, _ := utf8.DecodeRuneInString(after); unicode.IsLower(c) {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(text[termStart:])
	if first != '.' || termEnd-termStart > 1 {
		// ? ! … and runs like "..." end sentences before a capital.
		return true
	}
	return !abbreviationBefore(text, termStart, k, r)
}

// canStartSentence reports whether r can be the first character of a new
// sentence: anything but a lowercase letter or punctuation that continues
// one (a comma, a colon).
func canStartSentence(r rune) bool {
	switch {
	case unicode.IsLower(r):
		return false
	case unicode.IsUpper(r), unicode.IsTitle(r), unicode.IsDigit(r):
		return true
	case unicode.IsLetter(r):
		return true // scripts without case
	case isOpening(r), isDash(r), isSuperscriptDigit(r):
		return true
	}
	return false
}

// abbreviationBefore reports whether the full stop at dot closes an
// abbreviation, an initial or an ordinal, so that the capital at next does
// not start a new sentence.
func abbreviationBefore(text string, dot, next int, r *rules) bool {
	// The token before the dot: letters, digits and inner dots ("L.D", "p.m").
	s := dot
	for s > 0 {
		if b := text[s-1]; b < utf8.RuneSelf {
			if b == '.' || '0' <= b && b <= '9' || 'a' <= b|0x20 && b|0x20 <= 'z' {
				s--
				continue
			}
			break
		}
		c, n := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(c) || unicode.IsDigit(c) || c == '.' || unicode.Is(unicode.Mn, c) {
			s -= n
			continue
		}
		break
	}
	for s < dot && text[s] == '.' {
		s++
	}
	word := text[s:dot]
	if word == "" {
		return false
	}
	nextWord := leadingWord(text[next:])
	nextIsNumber := nextWord != "" && (isDigits(nextWord) || isRoman(nextWord))

	if isDigits(word) {
		if lookupLower(r.months, nextWord) {
			return true // "9. September", "25. Oktober"
		}
		// "der 2. Weltkrieg" is an ordinal, but "Nr. 7. Dort" a number.
		return r.ordinalDot && len(word) <= 3 && r.kind(lastWord(strings.TrimSuffix(strings.TrimRightFunc(text[:s], unicode.IsSpace), "."))) != abbrBeforeNumber
	}
	// Abbreviations of several short parts written with spaces: "z. B.",
	// "т. д.", "d. h.".
	if compound := spacedAbbreviation(text, s, word); compound != "" {
		if k := r.kind(compound); k != abbrNone {
			return k == abbrAlways || k == abbrBeforeNumber && nextIsNumber
		}
	}
	if k := r.kind(word); k != abbrNone && !isInitial(word) {
		return k == abbrAlways || k == abbrBeforeNumber && nextIsNumber
	}
	if strings.Contains(word, ".") {
		// Initials and dotted abbreviations: L.D, V.P, e.g, z.B.
		return allShortParts(word)
	}
	runes := utf8.RuneCountInString(word)
	if runes == 1 {
		c, _ := utf8.DecodeRuneInString(word)
		if r.tag == "en" && word == "I" && s > 0 {
			// The English pronoun: "so did I." ends a sentence, but
			// "Charles I. Then" keeps the numeral.
			prev := lastWord(text[:s])
			if prev != "" {
				pc, _ := utf8.DecodeRuneInString(prev)
				return !unicode.IsLower(pc)
			}
		}
		if s > 0 {
			if prev, _ := utf8.DecodeLastRuneInString(text[:s]); prev == '\'' || prev == '’' {
				return false // "St. Paul's."
			}
		}
		return unicode.IsLetter(c) // initials (N. N. Sukhanov) and z., d., г.
	}
	return false
}

// isInitial reports a single capital letter.
func isInitial(word string) bool {
	c, n := utf8.DecodeRuneInString(word)
	return n == len(word) && unicode.IsUpper(c)
}

// spacedAbbreviation returns the parts of a spaced abbreviation that ends
// with word at text[s:], joined by dots and in lowercase ("z. B" → "z.b"),
// or "" when word is not preceded by such a part.
func spacedAbbreviation(text string, s int, word string) string {
	if utf8.RuneCountInString(word) > 2 {
		return ""
	}
	// The parts, last first, found before anything is allocated: most
	// words before a full stop have none.
	var parts [4]string
	parts[0] = word
	n := 1
	for n < len(parts) {
		before := strings.TrimRightFunc(text[:s], unicode.IsSpace)
		if len(before) == s || !strings.HasSuffix(before, ".") {
			break
		}
		before = before[:len(before)-1]
		w := lastWord(before)
		if w == "" || utf8.RuneCountInString(w) > 2 {
			break
		}
		parts[n] = w
		n++
		s = len(before) - len(w)
	}
	if n == 1 {
		return ""
	}
	var b strings.Builder
	for i := n - 1; i >= 0; i-- {
		b.WriteString(strings.ToLower(parts[i]))
		if i > 0 {
			b.WriteByte('.')
		}
	}
	return b.String()
}

// lookupLower returns m[strings.ToLower(w)], without allocating the key
// when w is short and ASCII.
func lookupLower[V any](m map[string]V, w string) V {
	var buf [24]byte
	if len(w) <= len(buf) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				return m[strings.ToLower(w)]
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		return m[string(buf[:len(w)])]
	}
	return m[strings.ToLower(w)]
}

// allShortParts reports whether every dot-separated part of word has at
// most two letters (L.D, e.g, p.m, U.S.A), as in initials and dotted
// abbreviations.
func allShortParts(word string) bool {
	for _, p := range strings.Split(word, ".") {
		if utf8.RuneCountInString(p) > 2 {
			return false
		}
	}
	return true
}

func leadingWord(s string) string {
	end := 0
	for end < len(s) {
		if b := s[end]; b < utf8.RuneSelf {
			if '0' <= b && b <= '9' || 'a' <= b|0x20 && b|0x20 <= 'z' {
				end++
				continue
			}
			break
		}
		c, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			break
		}
		end += n
	}
	return s[:end]
}

func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	start := len(s)
	for start > 0 {
		c, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(c) {
			break
		}
		start -= n
	}
	return s[start:]
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isRoman(s string) bool {
	if s == "" || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// matchBrackets returns the offsets, in increasing order, of the ( and [
// in text that are closed within a reasonable distance. Unclosed brackets
// are left out so that a stray one cannot swallow a paragraph.
func matchBrackets(text string) *openers {
	var sg segmenter
	return sg.matchBrackets(text)
}

func (sg *segmenter) matchBrackets(text string) *openers {
	const maxInside = 2000
	o := &sg.brackets
	o.at, o.next = o.at[:0], 0
	first := strings.IndexAny(text, "([")
	if first < 0 {
		return o
	}
	// One stack per kind of bracket, so that "(" and "]" never search
	// each other's openers. A closer before the first opener closes
	// nothing: start there.
	parens, squares := sg.parens[:0], sg.squares[:0]
	for i := first; i < len(text); i++ {
		var stack *[]int
		switch text[i] {
		case '(':
			parens = append(parens, i)
			continue
		case '[':
			squares = append(squares, i)
			continue
		case ')':
			stack = &parens
		case ']':
			stack = &squares
		default:
			continue
		}
		if n := len(*stack); n > 0 {
			open := (*stack)[n-1]
			*stack = (*stack)[:n-1]
			if i-open <= maxInside {
				o.at = append(o.at, open)
			}
		}
	}
	sg.parens, sg.squares = parens[:0], squares[:0]
	sort.Ints(o.at)
	return o
}

// openers is the ordered set of bracket openers that close; has is asked
// about increasing offsets, so it walks the set once.
type openers struct {
	at   []int
	next int
}

func (o *openers) has(i int) bool {
	for o.next < len(o.at) && o.at[o.next] < i {
		o.next++
	}
	return o.next < len(o.at) && o.at[o.next] == i
}

// enumeratorEnd returns the end of the list enumerator that opens text
// ("1.", "IV.", "a)", "§ 3."), or 0.
func enumeratorEnd(text string) int {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	start := i
	for i < len(text) && i-start < 6 {
		b := text[i]
		if b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' {
			i++
			continue
		}
		break
	}
	w := text[start:i]
	if w == "" || !(isDigits(w) || isRoman(w) || len(w) == 1) {
		return 0
	}
	if i < len(text) && (text[i] == '.' || text[i] == ')') && i+1 < len(text) && text[i+1] == ' ' {
		return i + 1
	}
	return 0
}

// uaxCuts returns sentence ends for languages without rules of their own:
// UAX #29 boundaries, less those our language-independent checks reject.
func uaxCuts(text string, r *rules) []int {
	var candidates []int
	// UAX #29 always breaks at line ends, but inside a paragraph a line end
	// is only the wrapping of a printed page: show it a space instead.
	flat := strings.Map(func(c rune) rune {
		if c == '\n' || c == '\r' {
			return ' '
		}
		return c
	}, text)
	tokens := sentences.FromString(flat)
	pos := 0
	for tokens.Next() {
		pos += len(tokens.Value())
		if pos < len(text) {
			candidates = append(candidates, pos)
		}
	}
	if len(candidates) == 0 {
		return nil
	}
	// Sweep once through the text to know the bracket depth at each
	// candidate.
	brackets := matchBrackets(text)
	var cuts []int
	depth, next := 0, 0
	for i := 0; i < len(text) && next < len(candidates); i++ {
		for next < len(candidates) && candidates[next] == i {
			// A note marker after the boundary belongs to the sentence
			// before it.
			cut := i
			rest := strings.TrimLeftFunc(text[i:], unicode.IsSpace)
			if m := markerLen(rest); m > 0 && followsAsMarker(text, len(text)-len(rest)) {
				cut = len(text) - len(rest) + m
			}
			if depth == 0 && cut < len(text) && !keepTogether(text, cut, r) && (len(cuts) == 0 || cuts[len(cuts)-1] < cut) {
				cuts = append(cuts, cut)
			}
			next++
		}
		switch text[i] {
		case '(', '[':
			if brackets.has(i) {
				depth++
			}
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
	}
	return cuts
}

// keepTogether reports whether a UAX #29 boundary at pos should be
// dropped: before a lowercase letter or a note marker, or after an initial.
func keepTogether(text string, pos int, r *rules) bool {
	rest := strings.TrimLeftFunc(text[pos:], unicode.IsSpace)
	if rest == "" {
		return false
	}
	c, _ := utf8.DecodeRuneInString(rest)
	if !canStartSentence(c) {
		return true
	}
	before := strings.TrimRightFunc(text[:pos], unicode.IsSpace)
	if strings.HasSuffix(before, ".") {
		dot := len(before) - 1
		return abbreviationBefore(text, dot, len(text)-len(rest), r)
	}
	return false
}
