package editions

// A quotation whose sentence goes on after its closing mark, in the
// scripts without case.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// continuedQuotation reports whether the sentence end at cut, after a
// quotation that a full stop of its own closes, is no end because what
// follows reports the quotation: "״מה אתה רוצה?״ שאל המורה.", "«ما هذا؟»
// سأل الولد.", "«کجا می‌روی؟» پرسید.". In Latin, Greek or Cyrillic the
// lowercase letter after the quotation says so ("« Que faire ? »
// demanda-t-il", canStartSentence); a script without case has none, and
// the words must: the clause after the quotation, up to its own full
// stop, is short (maxReportWords) and has a verb of saying where the
// language puts it, first or last (reportVerb). A clause that opens a quotation of its own ("قالت:
// «اذهب.»") answers with another speaker: a new sentence.
func continuedQuotation(text string, cut int, r *rules) bool {
	before := strings.TrimRightFunc(text[:cut], unicode.IsSpace)
	inside := strings.TrimRightFunc(before, closesQuote)
	if len(inside) == len(before) {
		return false // no quotation closes here
	}
	prev, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(inside, func(c rune) bool { return r.isSentenceMark(0, c) }))
	mark, _ := utf8.DecodeLastRuneInString(inside)
	if !r.isSentenceMark(prev, mark) {
		return false
	}
	rest := strings.TrimLeftFunc(text[cut:], unicode.IsSpace)
	if first, _ := utf8.DecodeRuneInString(rest); !caseless(first) {
		return false
	}
	// words counts the clause's words; first says that the first is a
	// verb that stands first, last that the last so far is one that
	// stands last.
	words, first, last := 0, false, false
	for i := 0; i < len(rest); {
		c, n := utf8.DecodeRuneInString(rest[i:])
		switch {
		case c == ':' || isOpening(c) || c == '״':
			return false
		case r.isSentenceMark(0, c):
			return first || last
		case !inWord(c):
			i += n
			continue
		}
		end := i + n
		for end < len(rest) {
			c2, n2 := utf8.DecodeRuneInString(rest[end:])
			if !inWord(c2) && c2 != '״' {
				break
			}
			end += n2
		}
		if words++; words > maxReportWords {
			return false
		}
		ok, atEnd := reportVerb(rest[i:end])
		if !ok {
			ok, atEnd = reportVerb(strings.Map(dropMark, rest[i:end]))
		}
		first = first || words == 1 && ok && !atEnd
		last = ok && atEnd
		i = end
	}
	return first || last
}

// inWord reports the characters of a word: letters, digits, marks and
// the joiners of Persian (می‌گوید) and the Indic scripts.
func inWord(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c) || c == '\u200c' || c == '\u200d'
}

// maxReportWords is the most words of a clause that reports the
// quotation before it (continuedQuotation): a verb and its speaker,
// with an adverb or two ("שאל המורה בשקט", "قال الرجل العجوز بصوت
// خافت" has six and is taken for a sentence of its own). Chosen by hand
// on such examples; ../shared holds no Hebrew, Arabic or Persian text to
// measure it on.
const maxReportWords = 5

// closesQuote reports the marks that may close a quotation after its
// full stop: the closing quotes and brackets, the straight quotes, “
// which closes the „…“ of Georgian, German and the languages of central
// Europe, and the gershayim ״ that Hebrew typing uses for a quotation
// mark (see gershayimCloses).
func closesQuote(c rune) bool {
	return isClosing(c) || c == '"' || c == '\'' || c == '“' || c == '״'
}

// caseless reports a letter of a script without case (Hebrew, Arabic,
// Devanagari …), or without case in use (Georgian's Mkhedruli, which
// Unicode makes lowercase: mkhedruli), where a sentence's first letter
// tells nothing.
func caseless(c rune) bool {
	return mkhedruli(c) || unicode.IsLetter(c) && !unicode.IsUpper(c) && !unicode.IsLower(c) && !unicode.IsTitle(c)
}

// dropMark drops the combining marks of a word (the vowel points of
// Hebrew, the harakat of Arabic: قَالَ is قال), for a second look-up:
// the vowel signs of the Indic scripts are letters' parts, not points.
func dropMark(c rune) rune {
	if unicode.Is(unicode.Mn, c) {
		return -1
	}
	return c
}

// gershayimCloses reports whether the full stop c that ends at text[j]
// is followed by a gershayim ״ (U+05F4) and then white space or the
// end: Hebrew typing, whose keyboard has ״ where others have “ ”,
// closes a quotation with it ("הוא שאל ״מה השעה?״ היא"), which UAX #29
// does not count among the closing marks, so that it saw no sentence
// end there. Inside a word ״ marks an acronym (צה״ל), with letters
// on both sides.
func gershayimCloses(text string, j int, c rune) bool {
	if c != '.' && c != '?' && c != '!' && c != '…' {
		return false
	}
	rest, ok := strings.CutPrefix(text[j:], "״")
	if !ok {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsSpace(next)
}
