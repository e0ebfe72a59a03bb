package editions

// Abbreviations, initials and ordinals: the full stops that do not end a
// sentence, and the words around a full stop that tell them.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
		// Marks too, spacing or not: the vowel signs of Indic scripts
		// (डॉ, प्रो).
		if unicode.IsLetter(c) || unicode.IsDigit(c) || c == '.' || unicode.IsMark(c) {
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
		if inDottedDate(text, s, next, nextWord) {
			return true // "2024. 3. 15.", as Korean writes dates
		}
		// "der 2. Weltkrieg" is an ordinal, but "Nr. 7. Dort" a number.
		return r.ordinalDot && len(word) <= maxOrdinalDigits && r.kind(lastWord(strings.TrimSuffix(strings.TrimRightFunc(text[:s], unicode.IsSpace), "."))) != abbrBeforeNumber
	}
	// Abbreviations of several short parts written with spaces: "z. B.",
	// "т. д.", "d. h.".
	if compound := spacedAbbreviation(text, s, word); compound != "" {
		if k := r.kind(compound); k != abbrNone {
			return k == abbrAlways || k == abbrBeforeNumber && nextIsNumber
		}
	}
	// An abbreviation after a short word it is listed with: "и др.",
	// "и пр." (and others), which may end a sentence where др. and пр.
	// alone (другой, проспект) go on.
	if prev := lastWord(text[:s]); prev != "" && utf8.RuneCountInString(prev) <= 2 {
		if k := r.kind(strings.ToLower(prev) + "." + word); k != abbrNone {
			return k == abbrAlways || k == abbrBeforeNumber && nextIsNumber
		}
	}
	if k := r.kind(word); k == abbrDateUnit {
		return dateUnitContinues(text, s, next, r)
	} else if u := strings.TrimLeftFunc(word, unicode.IsDigit); u != word && u != "" && r.kind(u) == abbrDateUnit {
		// The unit glued to its number: "1920م."
		return dateUnitContinues(text, dot-len(u), next, r)
	} else if k != abbrNone && !isInitial(word) {
		return k == abbrAlways || k == abbrBeforeNumber && nextIsNumber
	}
	if strings.Contains(word, ".") {
		// Initials and dotted abbreviations: L.D, V.P, e.g, z.B.
		return allShortParts(word)
	}
	if letterCount(word) == 1 {
		if r.words[word] {
			return false // a word: "Նա գրող է."
		}
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
			} else if prev == '-' || prev == '‐' {
				// The last syllable of a hyphenated name, as Vietnamese
				// writes foreign names: "tên người là Bô-ô."
				return false
			}
		}
		return unicode.IsLetter(c) // initials (N. N. Sukhanov) and z., d., г.
	}
	return false
}

// dateUnitContinues reports whether the sentence goes on after the
// unit of a date that stands at text[s:] before its full stop, the
// capital at next: Russian's в. (век, century) and г. (год, year),
// written after the number, as "в XV в." and "в 1905 г.". After a
// number such a unit ends a sentence as any word does ("Университет
// основан в XV в. Студенты приезжали…"), unless
//
//   - the date opens the sentence: at most two words before its
//     number, as "В 1905 г." and "В мае 1905 г." do, and a sentence
//     is not a date alone ("В мае 1905 г. Ленин приехал");
//   - a name follows, a capitalised word of two letters or more and
//     another, or an initial ("основан в 1147 г. Юрием Долгоруким", "Ю.
//     Долгоруким"), where "В Симбирске" after the date is a new
//     sentence's preposition.
//
// Not after a number, г. is город (г. Москва) and в. an initial or the
// like: they go on. The two words are chosen by hand on such examples;
// ../shared holds no Russian text to measure them on.
//
// In a script without case nothing tells a name from a new sentence:
// there the sentence goes on when the word after the unit is one of the
// language's words that place what the date dates (rules.afterDate: the
// Arabic prepositions of "ولد سنة 1920 م. في القاهرة", born in 1920 AD
// in Cairo), and the unit ends it before any other ("ولد سنة 1920 م.
// ثم انتقل", born in 1920 AD. Then he moved). Chosen by hand on such
// examples: ../shared holds no Arabic text.
func dateUnitContinues(text string, s, next int, r *rules) bool {
	num := numberEndingAt(strings.TrimRightFunc(text[:s], unicode.IsSpace))
	if num < 0 {
		return true
	}
	from := sentenceStart(text, num)
	opening := len(strings.Fields(text[from:num])) <= maxDateOpeningWords
	first := leadingWord(text[next:])
	c, _ := utf8.DecodeRuneInString(first)
	if caseless(c) {
		// A date opens its sentence after a preposition ("في سنة 1948
		// م. هاجر", in 1948 AD emigrated), not after a verb ("توفي سنة
		// 1375 هـ.", he died in 1375 AH, is a sentence).
		return r.afterDate[first] || opening && r.afterDate[leadingWord(text[from:])]
	}
	if opening {
		return true
	}
	if !unicode.IsUpper(c) {
		return true
	}
	after := strings.TrimLeftFunc(text[next+len(first):], unicode.IsSpace)
	if utf8.RuneCountInString(first) == 1 {
		// An initial has its full stop: "Ю. Долгоруким".
		return strings.HasPrefix(text[next+len(first):], ".")
	}
	c2, _ := utf8.DecodeRuneInString(after)
	return len(after) < len(text)-next-len(first) && unicode.IsUpper(c2)
}

// maxDateOpeningWords is the most words before a date's number for the
// date to open its sentence (dateUnitContinues): "В мае 1905 г.".
const maxDateOpeningWords = 2

// numberEndingAt returns where the number that ends before, digits of
// any script or a Roman numeral, or a range of them ("1941–1945",
// "XV–XVI", "١٩٢٠"), starts, or -1 when before does not end with one.
func numberEndingAt(before string) int {
	start := -1
	for {
		w := before[len(strings.TrimRightFunc(before, func(c rune) bool { return unicode.IsDigit(c) || strings.ContainsRune("IVXLCDM", c) })):]
		if w == "" || strings.TrimLeftFunc(w, unicode.IsDigit) != "" && !isRoman(w) {
			return start
		}
		start = len(before) - len(w)
		rest := before[:start]
		c, n := utf8.DecodeLastRuneInString(rest)
		if !isDash(c) {
			return start
		}
		before = rest[:len(rest)-n]
	}
}

// sentenceStart returns where the sentence that holds text[at]
// starts: after the last full stop before it that a capital follows (or
// a letter of a script without case), or at the paragraph's start.
func sentenceStart(text string, at int) int {
	from := 0
	for i := at - 1; i > 0; i-- {
		if c := text[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		rest := strings.TrimLeftFunc(text[i+1:at], unicode.IsSpace)
		if c, _ := utf8.DecodeRuneInString(rest); len(rest) < at-i-1 && (unicode.IsUpper(c) || caseless(c)) {
			from = at - len(rest)
			break
		}
	}
	return from
}

// inDottedDate reports whether the number text[s:] before a full stop is
// a part of a date written as Korean writes it, year, month and day each
// followed by a full stop ("2024. 3. 15."): the number after it (next,
// nextWord) is of one or two digits with a full stop of its own, or the
// two before it are numbers with theirs.
func inDottedDate(text string, s, next int, nextWord string) bool {
	if isDigits(nextWord) && len(nextWord) <= 2 && strings.HasPrefix(text[next+len(nextWord):], ".") {
		return true
	}
	before := text[:s]
	for range 2 {
		before = strings.TrimRightFunc(before, unicode.IsSpace)
		if !strings.HasSuffix(before, ".") {
			return false
		}
		before = before[:len(before)-1]
		n := len(before) - len(strings.TrimRightFunc(before, func(c rune) bool { return '0' <= c && c <= '9' }))
		if n == 0 || n > 4 {
			return false
		}
		before = before[:len(before)-n]
	}
	return true
}

// maxOrdinalDigits is the most digits of a number followed by a full
// stop that abbreviationBefore takes for an ordinal ("der 2. Weltkrieg"):
// chosen by hand with the first segmenter (commit 45aec71), not measured.
const maxOrdinalDigits = 3

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
		if letterCount(p) > 2 {
			return false
		}
	}
	return true
}

// letterCount counts the letters of word, not its marks: in the Indic
// scripts a syllable is a letter with its vowel sign, or two joined by a
// virama, and an initial or a dotted abbreviation is written in
// syllables (Tamil கி.மு. for BC, Bengali খ্রি.পূ., Hindi ई.पू.), where
// counting characters made கி two and cut "கி. | மு. 300".
func letterCount(word string) int {
	n := 0
	for _, c := range word {
		if !unicode.IsMark(c) {
			n++
		}
	}
	return n
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
