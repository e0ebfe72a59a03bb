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
		if !unicode.IsUpper(r) && !unicode.IsTitle(r) {
			continue
		}
		if utf8.RuneCountInString(w) < 3 {
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
// transliterated to ASCII, lower-cased, with the spelling differences of
// transliteration traditions folded ("tsch", "tch" and "ch" alike; "tz",
// "ts" and "z" alike; "ph" as "f"; "c", "k" and "q" alike; "w" as "v"),
// then reduced to its first letter and its consonants, doubled letters
// once. "Trotsky", "Trotski", "Trotzki" and "Троцкий" all give "trsk";
// "Tchaikovsky" and "Tschaikowski" give "tkvsk".
func NameKey(word string) string {
	s := strings.ToLower(unidecode.Unidecode(word))
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

// nameFolds rewrites the spellings of one sound in the transliteration
// traditions of English, French and German. Longer patterns first.
var nameFolds = strings.NewReplacer(
	"tsch", "ch", "sch", "sh", "tch", "ch", "ch", "k",
	"ck", "k", "ph", "f", "th", "t", "tz", "z", "ts", "z", "ou", "u",
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
