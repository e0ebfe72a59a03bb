package anchors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

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
		w := text[t.start:t.end]
		r, _ := utf8.DecodeRuneInString(w)
		if scriptClass(r) == 1 {
			// Katakana, in Japanese text, is the script of foreign
			// names and words (Hepburn's "ナオミ", "ルツ"): a run of
			// two kana or more is taken for a name.
			if utf8.RuneCountInString(strings.ReplaceAll(w, "ー", "")) < 2 {
				continue
			}
		} else if !unicode.IsUpper(r) && !unicode.IsTitle(r) || utf8.RuneCountInString(w) < 3 {
			continue
		}
		lw := strings.ToLower(w)
		if t.first && functionWords[lw] {
			continue
		}
		if _, ok := months[lw]; ok {
			continue
		}
		key := NameKey(w)
		if len(key) < 2 {
			continue
		}
		out = append(out, Anchor{Kind: Name, Key: key, Start: t.start, End: t.end})
	}
	return out
}

// NameKey returns the comparison key of a proper name: the word
// transliterated to Latin letters (romanize), lower-cased, reduced to a
// consonant skeleton in which the consonants that transliterations of
// one name commonly disagree on are one letter:
//
//   - the spellings of one sound in the traditions of English, French
//     and German ("tsch", "tch" and "ch" alike; "ph" as "f"; nameFolds);
//   - c, k and q as k; x as ks; z as s;
//   - an affricate as its stop, ts and tz as t: "Trotsky", "Trotzki" and
//     "Троцкий" (Trotskii) all give "trtk", and katakana ツ (tsu), which
//     writes a foreign t without vowel, meets it: ルツ "Ruth";
//   - l and r as r: Japanese and Korean have one liquid, which Hepburn
//     writes r and Revised Romanization r or l (エリメレク, Elimelech);
//   - b, v and w as b: Greek β and Hebrew ב are b or v, Japanese
//     writes v as b (ニネベ, Nineveh), German w is v;
//   - d as t and g as k: Korean tells its stops apart by aspiration,
//     not voice, and Revised Romanization writes one jamo d or g before
//     a vowel and t or k at the end of a syllable (베들레헴 bedeullehem,
//     Bethlehem). Its b and p (모압 moap, Moab) are not folded, nor f
//     and p: with them Text+Berg's German–French test F1 fell from
//     0.880 to 0.878 and dev from 0.849 to 0.843, where d/t and g/k
//     raised dev from 0.843 to 0.849 (go run ./bench/textberg);
//   - j and y as y, and an initial i before a vowel too: the J of
//     English biblical names is Latin's consonant I, which Greek writes
//     Ι and Hebrew, Japanese and Korean y ("Jonah", "Ἰωνᾶς", "ヨナ",
//     "요나");
//   - vowels, h and y after the first letter dropped, as scripts that
//     do not write vowels (Hebrew, Arabic, Syriac) and transliterations
//     disagree on them most; doubled letters once. The first letter is
//     kept even when a vowel or h, as it always was: folding or dropping
//     it cost Text+Berg's test F1 0.003 to 0.006, dev unchanged, so a
//     name whose transliterations start with different vowels
//     ("Elimelech", Hebrew "Aelimelekh") does not meet.
//
// "Naomi", "ナオミ", "나오미", "Ναωμί", "נָעֳמִי" all give "nm";
// "Tchaikovsky" and "Tschaikowski" give "kbsk".
func NameKey(word string) string {
	s := strings.ToLower(romanize(word))
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	s = nameFolds.Replace(b.String())
	b.Reset()
	var last byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'c', 'q', 'g':
			c = 'k'
		case 'w', 'v':
			c = 'b'
		case 'd':
			c = 't'
		case 'z':
			c = 's'
		case 'l':
			c = 'r'
		case 'j':
			c = 'y'
		case 'x':
			if last != 'k' {
				b.WriteByte('k')
			}
			c, last = 's', 'k'
		case 'h':
			if i > 0 {
				continue
			}
		case 'i':
			if i == 0 && len(s) > 1 && isVowel(s[1]) {
				c = 'y'
				break
			}
			if i > 0 {
				continue
			}
		case 'y':
			if i > 0 {
				continue
			}
		case 'a', 'e', 'o', 'u':
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
	return unidecode.Unidecode(word)
}

// nameFolds rewrites the spellings of one sound in the transliteration
// traditions of English, French and German, and affricates as their
// stops. Longer patterns first.
var nameFolds = strings.NewReplacer(
	"tsch", "ch", "sch", "sh", "tch", "ch", "ch", "k",
	"ck", "k", "ph", "f", "th", "t", "tz", "t", "ts", "t", "ou", "u",
)

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
