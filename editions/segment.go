package editions

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	if len(cuts) == 0 && !hasSentenceMark(text, r) {
		cuts = unpunctuatedCuts(text)
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
var asciiSpecial = [utf8.RuneSelf]bool{'.': true, '?': true, '!': true, ';': true, '|': true, '(': true, ')': true, '[': true, ']': true}

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
		typed := typedStop(text, i)
		if !r.isTerminator(c) && typed == 0 {
			i += n
			continue
		}
		// A run of terminators: "?!", "...", "?..".
		termStart := i
		j := i + max(n, typed)
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
		if decideBreak(text, termStart, j, end, r) && !inlineEnumerator(text, lastCut, termStart, j) {
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
	if isLeader(text, termStart, termEnd) {
		return false
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
	if !canStartSentence(start) || continuedQuotation(text, end, r) {
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
	if closesQuotation(text[termEnd:end]) {
		// «… в XV в.» Студенты: the abbreviation's full stop ends the
		// quotation, and the sentence with it.
		return true
	}
	return !abbreviationBefore(text, termStart, k, r)
}

// closesQuotation reports whether closers, what absorbClosers took after
// a full stop, hold a closing quotation mark.
func closesQuotation(closers string) bool {
	return strings.ContainsAny(closers, "\"'»›”’」』")
}

// canStartSentence reports whether r can be the first character of a new
// sentence: anything but a lowercase letter or punctuation that continues
// one (a comma, a colon).
func canStartSentence(r rune) bool {
	switch {
	case mkhedruli(r):
		return true // lowercase to Unicode, caseless in use (beforeGeorgian)
	case unicode.IsLower(r):
		return false
	case unicode.IsUpper(r), unicode.IsTitle(r), unicode.IsDigit(r):
		return true
	case unicode.IsLetter(r):
		return true // scripts without case
	case isOpening(r), isDash(r), isSuperscriptDigit(r):
		return true
	case r == '¶' || r == '⁋':
		return true // a pilcrow opens a paragraph: "…다. ¶ 그"
	case r == '״':
		return true // a Hebrew quotation opened with the gershayim (gershayimCloses)
	}
	return false
}
