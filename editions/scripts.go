package editions

// Sentence ends of the scripts beyond Latin and Cyrillic.
//
// Unicode's sentence-break data (UAX #29, whose Sentence_Terminal property
// lists the full stops of most scripts: CJK 。！？ and their full-width
// forms, Armenian ։, Devanagari and other Indic । ॥, Arabic ؟, Urdu ۔,
// Syriac ܀, Ethiopic ።, Myanmar ။, Khmer ។ …) is the base for every
// language without rules of its own (uaxCuts). On top of it stand the
// team's rules, each a convention of a script that UAX #29 does not
// encode, or encodes otherwise:
//
//   - marks UAX #29 does not list as terminators but the script uses as
//     its full stop: Hebrew sof pasuq ׃ (U+05C3, the end of every verse of
//     the Hebrew Bible), Tibetan shad ། and nyis shad ༎, Thai angkhankhu ๚
//     and khomut ๛;
//   - the stand-ins typed for a full stop on keyboards without it: '|'
//     for the Indic danda, ፡፡ for the Ethiopic full stop (typedStop);
//   - marks that are a full stop in one language only: in Armenian the
//     ASCII colon, which Armenian typing uses for its full stop ։; in Greek
//     the semicolon and U+037E, which are its question mark (the Greek
//     upper stop · and U+0387 is a colon, not an end, as UAX #29 also has
//     it);
//   - a mark UAX #29 lists but the script uses between clauses: Myanmar
//     ၊ (U+104A, little section), the comma of Burmese;
//   - sentences UAX #29 does not see begin: Georgian, whose letters
//     Unicode makes lowercase, begins its sentences with no capital
//     (beforeGeorgian); Hebrew closes a quotation with the gershayim ״
//     (gershayimCloses);
//   - quotations whose sentence goes on after their closing mark, told
//     in the scripts without case by the verb of saying after them
//     (continuedQuotation);
//   - an opening bracket or quote after a full stop (。」「) belongs to
//     the sentence it opens, where UAX #29 counts every quotation mark as
//     closing; and Japanese 「…。」と, where the quotative particle と
//     after the closing bracket carries the sentence on, as Korean's
//     라고 and 하고 do glued to the closing quote ("…다."라고).
//
// Some texts have no sentence punctuation at all: Thai and Lao write
// none and leave a space between clauses and sentences, and old or
// liturgical texts, such as the Korean Revised Version 개역 of the Bible,
// leave it out. Their fallback units are in unpunctuatedCuts.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scriptTerminator reports whether c is a full stop of a script that UAX
// #29 does not list as a sentence terminator, in any language.
func scriptTerminator(c rune) bool {
	switch c {
	case '\u05c3', // ׃ Hebrew sof pasuq
		'\u0f0d', '\u0f0e', // ། ༎ Tibetan shad and nyis shad
		'\u0e5a', '\u0e5b', // ๚ ๛ Thai angkhankhu and khomut
		// ។ ៕ Khmer khan and bariyoosan: Sentence_Terminal in the
		// Unicode of the UAX #29 library, not yet in Go's tables.
		'\u17d4', '\u17d5':
		return true
	}
	return false
}

// languageTerminator reports whether c, after the character prev, is a
// full stop in r's language only: the Armenian colon, the Greek question
// mark.
func (r *rules) languageTerminator(prev, c rune) bool {
	switch r.tag {
	case "hy":
		return c == ':' && (unicode.Is(unicode.Armenian, prev) || isClosing(prev))
	case "el":
		return (c == ';' || c == '\u037e') && (unicode.Is(unicode.Greek, prev) || isClosing(prev) || unicode.Is(unicode.Mn, prev))
	}
	return false
}

// armenianMijaket reports whether the boundary at pos follows the
// Armenian mijaket, the raised dot that stands for a colon or a
// semicolon ("Նա ասաց․ «Գնանք տուն»։", he said: "let us go home"):
// U+2024, which UAX #29 takes for a full stop, or the ASCII full stop
// typed for it after an Armenian letter, in a paragraph that ends its
// sentences with ։ or the colon typed for it (languageTerminator). A
// text that ends its sentences with full stops, typed by those who do,
// keeps them.
func armenianMijaket(text string, pos int, r *rules) bool {
	if r.tag != "hy" {
		return false
	}
	before := strings.TrimRightFunc(text[:pos], func(c rune) bool { return unicode.IsSpace(c) || isClosing(c) })
	mark, n := utf8.DecodeLastRuneInString(before)
	prev, _ := utf8.DecodeLastRuneInString(before[:len(before)-n])
	if mark != '\u2024' && mark != '.' || !unicode.Is(unicode.Armenian, prev) {
		return false
	}
	return mark == '\u2024' || strings.ContainsRune(text, '։') || armenianColonStop(text, r)
}

// armenianColonStop reports whether text ends a sentence with the colon
// Armenian typing puts for ։ (languageTerminator).
func armenianColonStop(text string, r *rules) bool {
	prev := rune(-1)
	for _, c := range text {
		if c == ':' && r.languageTerminator(prev, c) {
			return true
		}
		prev = c
	}
	return false
}

// typedStop returns the length of the stand-in for a script's full stop
// that starts at text[i], as keyboards without the mark type it, or 0:
//
//   - '|' for the danda । of Hindi, Marathi, Nepali, Bengali and Punjabi
//     ("राम घर गया | सीता …"): the last character before it, past
//     spaces, is a letter or a mark of Devanagari, Bengali, Gurmukhi or
//     Oriya, and white space or the end of the text follows it;
//   - two Ethiopic wordspaces ፡፡ for the full stop ። of Amharic and
//     Tigrinya ("ናት፡፡ ከተማዋ"), not followed by a third.
func typedStop(text string, i int) int {
	switch {
	case text[i] == '|':
		if i+1 < len(text) {
			if next, _ := utf8.DecodeRuneInString(text[i+1:]); !unicode.IsSpace(next) {
				return 0
			}
		}
		prev, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text[:i], unicode.IsSpace))
		if unicode.In(prev, unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Oriya) && (unicode.IsLetter(prev) || unicode.IsMark(prev)) {
			return 1
		}
	case strings.HasPrefix(text[i:], "፡፡") && !strings.HasPrefix(text[i+6:], "፡"):
		return len("፡፡")
	}
	return 0
}

// isClauseMark reports the marks that end a clause but not a sentence,
// in every script: the fallback units of text that has no full stops.
// Myanmar ၊ is among them although UAX #29 lists it as a terminator.
func isClauseMark(c rune) bool {
	switch c {
	case ',', ';', ':', '、', '，', '；', '：', '،', '؛', '\u104a', '\u0387', '·', '፣', '፤', '፥':
		return true
	}
	return false
}

// isSentenceMark reports whether c ends sentences in r's language: a
// terminator of the rules, of UAX #29 or of a script (the test of
// whether a text has sentence punctuation at all).
func (r *rules) isSentenceMark(prev, c rune) bool {
	if c == '\u104a' {
		return false // Myanmar little section: a comma
	}
	return r.isTerminator(c) || unicode.Is(unicode.Sentence_Terminal, c) || scriptTerminator(c) || r.languageTerminator(prev, c)
}

// IsSentenceMark reports whether c, after the character prev, is a mark
// that ends sentences in text of language lang (its base language code,
// such as "hy" or "el"): the rules' terminators, UAX #29's
// Sentence_Terminal and the marks of scripts this file adds. Benchmarks
// use it to count the verses that end with a full stop of their script.
func IsSentenceMark(lang string, prev, c rune) bool {
	r := &rules{tag: lang}
	return r.isSentenceMark(prev, c)
}

// scriptCuts returns, in order, the candidate sentence ends after the
// marks of scriptTerminator and languageTerminator, past the closing
// quotes and brackets that follow them: the ends UAX #29 does not see.
func scriptCuts(text string, r *rules) []int {
	var cuts []int
	prev := rune(-1)
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		typed := typedStop(text, i)
		if !scriptTerminator(c) && !r.languageTerminator(prev, c) && !beforeGeorgian(text, i+n, c) && !gershayimCloses(text, i+n, c) && typed == 0 {
			prev = c
			i += n
			continue
		}
		j := i + max(n, typed)
		for j < len(text) {
			c2, n2 := utf8.DecodeRuneInString(text[j:])
			// A straight quote right after the full stop closes, as
			// UAX #29 has it after the marks it knows.
			if !scriptTerminator(c2) && !r.isSentenceMark(c, c2) && !closesQuote(c2) {
				break
			}
			c = c2
			j += n2
		}
		if j < len(text) {
			cuts = append(cuts, j)
		}
		prev = c
		i = j
	}
	return cuts
}

// beforeGeorgian reports whether the full stop c (. ? ! …) that ends
// at text[j] is followed, past closing quotes and brackets and white
// space, by a letter of Georgian's Mkhedruli. Unicode gives those
// letters lowercase since it encoded the capitals of Mtavruli (Unicode
// 11), which Georgian uses for titles set in capitals, never to begin
// a sentence; so UAX #29 never ends a sentence before one, and a
// Georgian paragraph was one sentence.
func beforeGeorgian(text string, j int, c rune) bool {
	if c != '.' && c != '?' && c != '!' && c != '…' {
		return false
	}
	for j < len(text) {
		c2, n := utf8.DecodeRuneInString(text[j:])
		if !isClosing(c2) && c2 != '"' && c2 != '\'' {
			break
		}
		j += n
	}
	rest := strings.TrimLeftFunc(text[j:], unicode.IsSpace)
	if len(rest) == len(text)-j {
		return false // no space: "ა.შ"
	}
	first, _ := utf8.DecodeRuneInString(rest)
	return mkhedruli(first)
}

// mkhedruli reports a letter of Georgian's everyday alphabet, which has
// no case in use (see beforeGeorgian).
func mkhedruli(c rune) bool { return c >= '\u10d0' && c <= '\u10ff' }

// adjustCut moves or drops a UAX #29 boundary at cut by the team's rules
// (see the comment at the top of this file): it returns the boundary
// moved before the opening brackets and quotes it ends with, or false
// when it should not be a boundary at all.
func adjustCut(text string, cut int) (int, bool) {
	// 。」「: the opening bracket starts the next sentence.
	for cut > 0 {
		c, n := utf8.DecodeLastRuneInString(text[:cut])
		if !isOpening(c) || c == '"' || c == '\'' {
			break
		}
		cut -= n
	}
	before := strings.TrimRightFunc(text[:cut], unicode.IsSpace)
	if before == "" {
		return 0, false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	mark := strings.TrimRightFunc(before, isClosing)
	if m, _ := utf8.DecodeLastRuneInString(mark); m == '\u104a' {
		return 0, false // Myanmar ၊ ends a clause
	}
	next, _ := utf8.DecodeRuneInString(text[cut:])
	if next == '״' && len(before) == cut {
		// "?״ היא": the gershayim closes the quotation (gershayimCloses),
		// where UAX #29 ends the sentence before it.
		return 0, false
	}
	if last == '」' || last == '』' {
		// 「…。」と言った: the quotative particle goes on with the sentence.
		if next == 'と' || next == 'っ' {
			return 0, false
		}
	}
	if (isClosing(last) || last == '"' || last == '\'') && len(before) == cut && unicode.IsLetter(next) && !unspacedScript(next) {
		// "…다."라고 말했다: a word glued to the closing quote (Korean's
		// quotative particles 라고, 하고, 라며, Burmese ဟု) carries the
		// sentence on, in the scripts that end a sentence with a space.
		return 0, false
	}
	return cut, true
}

// unspacedScript reports a letter of the scripts written without spaces
// between sentences (Han, kana), where a letter right after a closing
// quote may begin the next sentence (「明天考试。」学生们). Thai, Lao,
// Khmer and Myanmar leave none between words but one between sentences.
func unspacedScript(c rune) bool {
	return unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// mergeCuts merges two ascending lists of offsets into one, without
// repeats.
func mergeCuts(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var v int
		switch {
		case j >= len(b) || i < len(a) && a[i] <= b[j]:
			v = a[i]
			i++
		default:
			v = b[j]
			j++
		}
		if len(out) == 0 || out[len(out)-1] < v {
			out = append(out, v)
		}
	}
	return out
}
