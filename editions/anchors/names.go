package anchors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

// minNameRunes is the fewest letters of a capitalized word taken for a
// name, here and in Armenian (appendArmenianName): chosen by hand with
// the first anchors (commit 67572c0), not measured. Katakana runs,
// Hangul words and abjad stems need two.
const minNameRunes = 3

// scanNames finds capitalized words and keys them by NameKey. The first
// word of a sentence is skipped when it is a common function word of the
// sentence's language ("The", "Die", "Les"), since its capital says
// nothing. In German every noun is capitalized, so German "names" are
// mostly nouns; their keys rarely meet a key on the other side, which is
// why a consumer should weight matches by rarity.
func scanNames(text string, toks []token, lang string) []Anchor {
	var out []Anchor
	for _, t := range toks {
		if t.digits {
			continue
		}
		w := text[t.start():t.end()]
		r, _ := utf8.DecodeRuneInString(w)
		if r >= 0x0531 && r <= 0x058F {
			out = appendArmenianName(out, w, t.start()) // armenian.go
			continue
		}
		if scriptClass(r) == 1 {
			// Katakana, in Japanese text, is the script of foreign
			// names and words (Hepburn's "ナオミ", "ルツ"): a run of
			// two kana or more is taken for a name.
			if utf8.RuneCountInString(strings.ReplaceAll(w, "ー", "")) < 2 {
				continue
			}
		} else if !unicode.IsUpper(r) && !unicode.IsTitle(r) || utf8.RuneCountInString(w) < minNameRunes {
			continue
		}
		lw := strings.ToLower(w)
		if t.first && functionWords[lw] {
			continue
		}
		if _, ok := months[lw]; ok {
			continue
		}
		if _, ok := republicanMonths[lw]; ok {
			continue
		}
		key := NameKey(w)
		if len(key) < 2 {
			continue
		}
		out = append(out, Anchor{Kind: Name, Key: key, Start: t.start(), End: t.end()})
	}
	return out
}

// NameKey returns the comparison key of a proper name: the word
// transliterated to Latin letters (romanize), lower-cased, with the spelling differences of
// transliteration traditions folded ("tsch", "tch" and "ch" alike; "tz",
// "ts" and "z" alike; "ph" as "f"; "c", "k" and "q" alike; "w" as "v"),
// then reduced to its first letter and its consonants, doubled letters
// once. "Trotsky", "Trotski", "Trotzki" and "Троцкий" all give "trsk";
// "Tchaikovsky" and "Tschaikowski" give "tkvsk".
func NameKey(word string) string {
	// The letters a to z of the word lower-cased, gathered in a buffer
	// on the stack: for a word of ASCII, most words, folded byte by byte
	// (what strings.ToLower does to ASCII) without a copy of the word.
	var buf [64]byte
	letters := buf[:0]
	if r := romanize(word); isASCIIWord(r) {
		for i := 0; i < len(r); i++ {
			if c := lowerASCII(r[i]); c >= 'a' && c <= 'z' {
				letters = append(letters, c)
			}
		}
	} else {
		for _, c := range strings.ToLower(r) {
			if c >= 'a' && c <= 'z' {
				letters = append(letters, byte(c))
			}
		}
	}
	s := string(letters)
	if mayFold(s) {
		s = nameFolds.Replace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	var last byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'c', 'q':
			c = 'k'
		case 'w':
			c = 'v'
		case 'z':
			c = 's'
		case 'x':
			if last != 'k' {
				b.WriteByte('k')
			}
			c, last = 's', 'k'
		case 'h':
			if i > 0 {
				continue
			}
		case 'a', 'e', 'i', 'o', 'u', 'y':
			if i > 0 {
				continue
			}
		}
		if c == last {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	return b.String()
}

// CrossKey returns the form of a name key (NameKey) in which names
// transliterated from other scripts meet: NameKey's skeleton with the
// consonants that romanisations of one name commonly disagree on made
// one letter. It is for comparing editions in different scripts; between
// editions in one script it would only merge names that are not the same
// (with exactly these folds in NameKey itself, coverage's recall of
// removed sentences in Verne fell from 0.767 to 0.678, go run
// ./bench/coverage -only Verne; with them and initial vowels dropped too,
// Text+Berg's German–French strict F1 fell from 0.880 to 0.874, go run
// ./bench/textberg). The folds:
//
//   - l and r as r: Japanese and Korean have one liquid, which Hepburn
//     writes r and Revised Romanization r or l (エリメレク, Elimelech);
//   - v (and NameKey's w) as b: Greek β and Hebrew ב are b or v, and
//     Japanese and Korean write v as b (ニネベ, Nineveh);
//   - d as t and g as k: Korean tells its stops apart by aspiration, not
//     voice, and Revised Romanization writes one jamo d or g before a
//     vowel and t or k at the end of a syllable (베들레헴 bedeullehem,
//     Bethlehem);
//   - j as y: the J of English biblical names is Latin's consonant I,
//     which Hebrew, Japanese and Korean write y ("Jonah", "ヨナ", "요나").
//
// Doubled letters that the folds make are written once.
func CrossKey(key string) string {
	var b strings.Builder
	var last byte
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch c {
		case 'l':
			c = 'r'
		case 'v', 'w':
			c = 'b'
		case 'd':
			c = 't'
		case 'g':
			c = 'k'
		case 'j':
			c = 'y'
		}
		if c != last {
			b.WriteByte(c)
		}
		last = c
	}
	return b.String()
}

// romanize writes word in Latin letters: kana by Hepburn (hepburn),
// hangul by the Revised Romanization (revised), every other script by
// go-unidecode's tables, which transliterate Cyrillic, Greek, Hebrew,
// Arabic, Armenian, Syriac and the rest letter by letter (and kana and
// hangul too, but not by either standard: "ティ" as "tei", "룻" as
// "rus").
func romanize(word string) string {
	kana, hangul := false, false
	for _, r := range word {
		switch scriptClass(r) {
		case 1, 2:
			kana = true
		case 4:
			hangul = true
		}
	}
	if kana {
		word = hepburn(word)
	}
	if hangul {
		word = revised(word)
	}
	if isArmenian(word) {
		word = armenianVowels.Replace(word) // ու is u (armenian.go)
	}
	// Greek and Russian write the consonant y of Hebrew names, which
	// English writes J, as an iota or и before the vowel (Ιησούς,
	// Иисус, Jesus; Ιακώβ, Иаков, Jacob; Иерусалим, Jerusalem).
	if r, n := utf8.DecodeRuneInString(word); strings.ContainsRune("ΙιΊίИи", r) {
		if next, _ := utf8.DecodeRuneInString(word[n:]); strings.ContainsRune(greekCyrillicVowels, next) {
			word = "Y" + word[n:]
		}
	}
	return unidecode.Unidecode(word)
}

// greekCyrillicVowels are the vowel letters of Greek, accented or not,
// and of Russian.
const greekCyrillicVowels = "ΑΕΗΙΟΥΩΆΈΉΊΌΎΏαεηιουωάέήίόύώϊϋΐΰАЕЁИОУЫЭЮЯаеёиоуыэюя"

// nameFolds rewrites the spellings of one sound in the transliteration
// traditions of English, French and German, and affricates as their
// stops (katakana ツ, tsu, writes a foreign t without vowel: ルツ Ruth).
// Longer patterns first.
var nameFolds = strings.NewReplacer(nameFoldPairs...)

// nameFoldPairs are nameFolds' patterns, each followed by what replaces it.
var nameFoldPairs = []string{
	"tsch", "ch", "sch", "sh", "tch", "ch", "ch", "k",
	"ck", "k", "ph", "f", "th", "t", "tz", "t", "ts", "t", "ou", "u",
}

// mayFold reports whether s holds one of nameFolds' patterns: a word
// without one, most names, is left as it is without the replacer's
// copies.
func mayFold(s string) bool {
	for i := 0; i < len(nameFoldPairs); i += 2 {
		if strings.Contains(s, nameFoldPairs[i]) {
			return true
		}
	}
	return false
}

// functionWords are words whose capital at the start of a sentence says
// nothing: articles, pronouns, conjunctions and prepositions of the
// supported languages.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
the a an and but or in on at of to for with this that these those it he she they we you his her its their there then when while if as so not no what which who how why where after before from by all one our my your
le la les un une des du de et mais ou donc ni car il elle ils elles nous vous je tu on ce cette ces cet son sa ses leur leurs en au aux dans par pour sur avec sans que qui quand comme si puis alors ici
der die das ein eine einer eines dem den des und aber oder doch er sie es wir ihr ich du man dies diese dieser dieses im in am an auf aus bei mit nach von zu zum zur für um als wenn wie so da dann auch noch nur nicht kein keine was wer wo hier
el los las una y pero con por para se lo su sus del al este esta esto ese esa
il lo gli le e ma di da per che non una questo questa
het een en maar van voor met op ik hij zij wij dat die dit
o os um uma mas em com por para não`) {
		functionWords[w] = true
	}
}
