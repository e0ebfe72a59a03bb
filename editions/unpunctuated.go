package editions

// Units of text without sentence punctuation.
//
// Thai and Lao write no full stops: a space between two words of the
// script ends a clause or a sentence (words themselves are not spaced),
// so every such space ends a unit (spaceCuts), whatever else the text
// holds. Other text that has no sentence punctuation at all — old or
// liturgical texts, verse, the Korean Revised Version 개역 of the Bible,
// whose chapters are one paragraph of thousands of characters without a
// single full stop — would otherwise be one "sentence" per paragraph,
// which no aligner can pair with the sentences of a punctuated
// translation. A paragraph with no sentence mark of any script
// (isSentenceMark) is cut instead (unpunctuatedCuts):
//
//  1. in Korean, after the sentence-final verb endings that stand where
//     the full stop would (koreanFinal), at any length: they end
//     sentences as surely as a full stop, unless the verb that closes a
//     quotation follows (koreanQuotative);
//  2. what is then longer than maxUnpunctuated characters, after clause
//     marks (isClauseMark: , ; : 、 ， ، …);
//  3. what is still longer, at its line breaks.
//
// The units are clauses or lines rather than sentences: they are what the
// text offers, and a translation's sentences align with them one to many.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxUnpunctuated is the length in characters beyond which a stretch
// of text without a sentence mark is cut at clause marks, then lines:
// shorter, it may be a heading, a caption or a line of verse, or one long
// sentence. It is the longest sentence of the punctuated Bible editions
// in ../shared/eval/bible rounded up (778 characters, Genesis 49:22–26 in
// the KJV, clauses joined by colons and semicolons; Psalm 136 aside,
// whose verses end with semicolons), so that no sentence of punctuated
// prose would be cut if its full stops were lost.
const maxUnpunctuated = 800

// warnUncut says, in a warning of the edition, when some of its
// sentences are text without a sentence mark that stays longer than
// maxUnpunctuated characters: unpunctuatedCuts found no clause mark or
// line break inside to cut it at (a paragraph of prose whose full stops
// were lost with no commas either, a Thai chapter without spaces), and
// the aligner will pair each whole with whatever it can. A long sentence
// that ends in a sentence mark is a sentence, however long, and is not
// reported. withLines says that the edition's Text is the file's, so
// that the longest can be named by its line; else by its number, as
// synoptic segment shows it.
func (e *Edition) warnUncut(r *rules, withLines bool) {
	n, longest, at := 0, 0, 0
	for i, s := range e.Sentences {
		t := e.Text[s.Start:s.End]
		if !runesMoreThan(t, maxUnpunctuated) || hasSentenceMark(t, r) {
			continue
		}
		n++
		if c := utf8.RuneCountInString(t); c > longest {
			longest, at = c, i
		}
	}
	if n == 0 {
		return
	}
	where := fmt.Sprintf("sentence %d", at)
	if withLines {
		where = fmt.Sprintf("line %d", LineStarts(e.Text).Line(int(e.Sentences[at].Start)))
	}
	what := "1 sentence is"
	if n > 1 {
		what = fmt.Sprintf("%d sentences are", n)
	}
	e.Warnings = append(e.Warnings, fmt.Sprintf("%s text of more than %d characters with no sentence mark, and no clause mark or line break to cut it at (the longest, %d characters, at %s): each is aligned as one sentence; if the text ends its sentences in a way synoptic does not know, give it one sentence per line with --presegmented",
		what, maxUnpunctuated, longest, where))
}

// hasSentenceMark reports whether text holds any mark that ends sentences
// in r's language.
func hasSentenceMark(text string, r *rules) bool {
	prev := rune(-1)
	for i, c := range text {
		if c >= utf8.RuneSelf || c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '|' {
			if r.isSentenceMark(prev, c) || typedStop(text, i) > 0 {
				return true
			}
		}
		prev = c
	}
	return false
}

// isSpaceCutScript reports the scripts that end clauses and sentences
// with a space rather than a mark.
func isSpaceCutScript(c rune) bool {
	return unicode.Is(unicode.Thai, c) || unicode.Is(unicode.Lao, c)
}

// spaceCuts returns the ends of the Thai and Lao units of text: after
// each run of spaces between two characters of those scripts. A space
// next to a digit or a Latin word (ค.ศ. 1917) does not end one, nor one
// before the era or the month of a date (datedAbbreviation).
func spaceCuts(text string) []int {
	if !hasThaiOrLao(text) {
		return nil
	}
	var cuts []int
	prev, prev2 := rune(-1), rune(-1)
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		if c != ' ' && c != '\u00a0' || !isSpaceCutScript(prev) || marksWordBeforeSpace(prev2, prev) {
			prev, prev2 = c, prev
			i += n
			continue
		}
		j := i
		for j < len(text) {
			c2, n2 := utf8.DecodeRuneInString(text[j:])
			if c2 != ' ' && c2 != '\u00a0' {
				break
			}
			j += n2
		}
		if next, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && isSpaceCutScript(next) && unicode.IsLetter(next) && !datedAbbreviation(text[j:]) {
			cuts = append(cuts, j)
		}
		prev, prev2 = ' ', prev
		i = j
	}
	return cuts
}

// datedAbbreviation reports whether s begins with an abbreviation of
// Thai or Lao letters in dotted parts of one or two letters each, that
// a number follows: the era of a year (พ.ศ. 2491, of the Buddhist era;
// ค.ศ. 1948, AD) or a month (ม.ค. 2491, January), which dates the clause
// before it ("เกิดเมื่อ พ.ศ. 2443", born in 2443 BE) and does not open
// one.
func datedAbbreviation(s string) bool {
	parts, i := 0, 0
	for {
		letters, j := 0, i
		for j < len(s) {
			c, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(c) && isSpaceCutScript(c) {
				letters++
			} else if !unicode.IsMark(c) || j == i {
				break
			}
			j += n
		}
		if letters == 0 || letters > 2 || j >= len(s) || s[j] != '.' {
			break
		}
		parts++
		i = j + 1
	}
	rest := strings.TrimLeft(s[i:], " \u00a0")
	c, _ := utf8.DecodeRuneInString(rest)
	return parts >= 2 && unicode.IsDigit(c)
}

// marksWordBeforeSpace reports whether c, after prev, is a mark that the
// Thai and Lao spellings follow with a space inside a sentence: the
// repetition mark ๆ ໆ (เด็กๆ เล่น, "the children play") and the
// abbreviation mark ฯ ຯ (กรุงเทพฯ เป็น), but not ฯ closing ฯลฯ, "etc.".
func marksWordBeforeSpace(prev, c rune) bool {
	switch c {
	case '\u0e46', '\u0ec6': // ๆ ໆ
		return true
	case '\u0e2f', '\u0eaf': // ฯ ຯ
		return prev != '\u0e25' && prev != '\u0ea5' // ล ລ of ฯลฯ
	}
	return false
}

// hasThaiOrLao reports whether text holds a character of the Thai or
// Lao blocks (U+0E00–U+0EFF, encoded E0 B8 … E0 BB …), which hold the
// scripts of isSpaceCutScript: without one, spaceCuts has nothing to
// look at, and most text is spared decoding every character for it.
func hasThaiOrLao(text string) bool {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], 0xE0)
		if k < 0 || i+k+1 >= len(text) {
			return false
		}
		i += k + 1
		if b := text[i]; b >= 0xB8 && b <= 0xBB {
			return true
		}
	}
}

// unpunctuatedCuts returns the fallback units of a paragraph without
// sentence marks, as the comment at the top of this file gives them.
func unpunctuatedCuts(text string) []int {
	cuts := koreanCuts(text)
	cuts = refine(text, cuts, clauseCuts)
	return refine(text, cuts, lineCuts)
}

// refine adds to the ascending cuts those that split finds inside every
// piece longer than maxUnpunctuated.
func refine(text string, cuts []int, split func(string) []int) []int {
	var out []int
	start := 0
	for _, end := range append(cuts, len(text)) {
		if runesMoreThan(text[start:end], maxUnpunctuated) {
			for _, c := range split(text[start:end]) {
				out = append(out, start+c)
			}
		}
		if end < len(text) {
			out = append(out, end)
		}
		start = end
	}
	return out
}

// koreanFinal lists the last syllables of the Korean endings that end a
// unit: the sentence-final verb endings, declarative -다 and -라 (하였다,
// 드니라, 이더라, 하노라) and interrogative -까 and -냐 (하리이까, 하느냐).
// The connective endings that join clauses inside a sentence (-고, -며,
// -니, -매, -는데, and -요 after a noun, 엘리멜렉이요 "was Elimelech,
// and") are not among them, nor -되, which introduces direct speech
// (이르되, 가로되, 대답하되 "said:"): what is said belongs to the sentence
// that says it, as the English "And she said, Go, return …" is one
// sentence. Of the 65 words ending in -되 in the Korean 개역 Ruth and
// Jonah (../shared/eval/bible), 2 end a verse.
//
// -되 did end a unit for a time, chosen on Ruth, the development half of
// the 개역 there, when nothing anchored Korean to English: more units,
// whatever their ends, gave the aligner's lengths more to go on (go run
// ./bench/scripts: verse pairs found 0.859 without it, 0.965 with). Once
// the names in hangul were anchors (editions/anchors/hangul_names.go),
// the units that end with the sentence did better: on Ruth found 0.929
// and precision 0.844 without -되, 0.894 and 0.744 with; on Jonah, kept
// for the report, 0.958 and 0.812 against 0.854 and 0.679 (before the
// rules of koreanNotFinal and koreanQuotative). -며, -니, -매 or -고 as
// well did worse, with names or without.
const koreanFinal = "다라까냐"

// koreanNotFinal are the endings that end like a final one but do not
// end a sentence: the particles 마다 "every" (아침마다) and 보다 "than"
// (그보다), and the postposition 따라 "along" (길을 따라). Nouns that end
// so (바다 "sea", the name 유다 "Judah") still cut: a unit too many, not a
// sentence lost.
//
// -ㄴ지라 (된지라, 한지라, 입은지라) is not among them: the dictionary
// (표준국어대사전) calls it a connective of old style, "as, since", but
// the 개역 ends its verses with it as the King James Version ends them
// with a full stop: of its 9 words in Ruth (../shared/eval/bible, the
// development half), 6 end a verse; in Jonah, 8 of 11. It was taken for
// a connective while -되 ended units; with the -되 and quotation rules
// (koreanFinal, koreanQuotative), cutting after it too gave on Ruth verse
// pairs found 0.953 and precision 0.880 against 0.941 and 0.879 (go run
// ./bench/scripts), and on Jonah, kept for the report, 0.917 and 0.800
// against 0.792 and 0.833.
var koreanNotFinal = []string{"마다", "보다", "따라"}

// koreanQuotative are the beginnings of the forms of 하다 "say, do" that
// close a quotation (하니라 "he said", 하시니라, 하고, 하매, 하였더니,
// 한지라): the final ending before one ends the sentence quoted, not the
// sentence that quotes it ("너는 가라 하시니라", "'Go', he said"), and
// no unit ends there. Of the 23 words with a final ending that stand
// before such a form in the 개역 Ruth and Jonah, none ends a verse; of
// the 176 others, 93 do. Every form listed begins 하 or 한 and a
// syllable of an ending, so that 하나님 "God", 하늘 "heaven" and 한
// "one" (한 사람 "a man") are none of them. With it (and -지라 final,
// koreanNotFinal), Ruth gave verse pairs found 0.953 and precision 0.880
// against 0.918 and 0.796 without it; Jonah 0.917 and 0.800 against
// 0.938 and 0.778 (go run ./bench/scripts).
var koreanQuotative = []string{
	"하니", "하시", "하고", "하매", "하였", "하더", "하는", "하며", "하여", "하므", "하거", "하면",
	"하되", "하옵", "한지", "한즉", "한대",
}

// koreanCuts returns the ends of the Korean sentences of text: after a
// word of two syllables or more that ends with an ending of koreanFinal
// (the one-syllable 다 is the adverb "all") and before another Hangul
// word, unless that word closes a quotation (koreanQuotative).
func koreanCuts(text string) []int {
	var cuts []int
	wordStart := 0
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(c) {
			i += n
			continue
		}
		word := text[wordStart:i]
		j := i + n
		for j < len(text) {
			c2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(c2) {
				break
			}
			j += n2
		}
		last, _ := utf8.DecodeLastRuneInString(word)
		next, _ := utf8.DecodeRuneInString(text[j:])
		if j < len(text) && unicode.Is(unicode.Hangul, next) && utf8.RuneCountInString(word) >= 2 &&
			strings.ContainsRune(koreanFinal, last) && !hasAnySuffix(word, koreanNotFinal) &&
			!hasAnyPrefix(text[j:], koreanQuotative) {
			cuts = append(cuts, j)
		}
		wordStart = j
		i = j
	}
	return cuts
}

// clauseCuts returns the ends of the clauses of text: after a clause mark
// (isClauseMark) and the closing quotes after it, before white space or,
// after a CJK mark, anything.
func clauseCuts(text string) []int {
	var cuts []int
	for i := 0; i < len(text); {
		c, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !isClauseMark(c) {
			continue
		}
		j := i
		for j < len(text) {
			c2, n2 := utf8.DecodeRuneInString(text[j:])
			if !isClosing(c2) {
				break
			}
			j += n2
		}
		next, _ := utf8.DecodeRuneInString(text[j:])
		if j < len(text) && (unicode.IsSpace(next) || c >= 0x3000) {
			cuts = append(cuts, j)
		}
		i = j
	}
	return cuts
}

// lineCuts returns the line ends of text.
func lineCuts(text string) []int {
	var cuts []int
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' && i+1 < len(text) {
			cuts = append(cuts, i+1)
		}
	}
	return cuts
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, x := range prefixes {
		if strings.HasPrefix(s, x) {
			return true
		}
	}
	return false
}
