package editions

import (
	"fmt"
	"math/bits"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// The language of an edition can come from four places; the caller tries
// them in order: the --lang flag, the file's metadata (LangFromMetadata),
// its name (LangFromName) and the text itself (DetectLang). Each function
// here answers only when it is fairly sure, so that the next one gets its
// turn rather than a wrong guess being taken as fact.

// iso6391 lists the two-letter codes of ISO 639-1 (without the withdrawn
// ones: "in", "iw", "ji", "jw", "mo", "sh"), the only codes file names are
// searched for: three-letter codes would take "txt", "pdf" or "gen" for
// languages.
var iso6391 = func() map[string]bool {
	const codes = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
		"da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz " +
		"ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt " +
		"lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu " +
		"rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts " +
		"tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
	m := map[string]bool{}
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

// extensionsNotLanguages are file extensions that are also ISO 639-1
// codes; as the last part of a name they mean the file type.
var extensionsNotLanguages = map[string]bool{
	"am": true, "as": true, "cs": true, "el": true, "ko": true, "mk": true,
	"ml": true, "pl": true, "ps": true, "rm": true, "ts": true,
}

// codesThatAreWords are ISO 639-1 codes that are also common short words
// ("de_profundis", "la_peste", "en_attendant", "novel_to"), accepted as
// part of a longer name only in the pattern of "la-VulgClementine",
// where a capitalised or numbered part follows.
var codesThatAreWords = map[string]bool{
	"an": true, "am": true, "as": true, "be": true, "ca": true, "ce": true, "co": true, "da": true,
	"de": true, "el": true, "en": true, "es": true, "et": true, "ha": true, "he": true, "hi": true,
	"id": true, "is": true, "it": true, "ja": true, "la": true, "lo": true, "mi": true, "my": true,
	"na": true, "ne": true, "no": true, "or": true, "os": true, "sa": true, "se": true, "si": true,
	"so": true, "su": true, "ta": true, "te": true, "ti": true, "to": true, "vi": true,
}

// LangFromName finds the language a file name declares: a dot-separated
// part that is a language code or tag ("serge.fr.txt", "en.pg103.txt",
// "book.pt-BR.txt", "test0.de"), or else a code at either end of a part
// joined by '-' or '_' ("fr-FreJND.Gen.txt", "book_ru.txt"). It answers
// false when the name holds no code, or codes of different languages
// ("de-fr.txt").
func LangFromName(path string) (language.Tag, bool) {
	base := filepath.Base(strings.ReplaceAll(path, `\`, "/"))
	segs := strings.Split(base, ".")
	var whole []language.Tag
	for i, seg := range segs {
		if i == len(segs)-1 && len(segs) > 1 && extensionsNotLanguages[strings.ToLower(seg)] {
			continue
		}
		if tag, ok := tagFromNamePart(seg); ok {
			whole = append(whole, tag)
		}
	}
	if len(whole) > 0 {
		return sameLanguage(whole)
	}

	var pieces []language.Tag
	for i, seg := range segs {
		if i == len(segs)-1 && len(segs) > 1 {
			continue // the extension
		}
		if tag, ok := codeAtEnd(seg); ok {
			pieces = append(pieces, tag)
		}
	}
	return sameLanguage(pieces)
}

// tagFromNamePart reads part as a whole language code or tag.
func tagFromNamePart(part string) (language.Tag, bool) {
	lower := strings.ToLower(part)
	if iso6391[lower] {
		return language.Make(lower), true
	}
	if len(part) < 4 || !iso6391[lower[:2]] || (part[2] != '-' && part[2] != '_') {
		return language.Und, false
	}
	// "de-fr" names a pair of languages more often than German as spoken
	// in France, which would be written "de-FR".
	if sub := part[3:]; len(sub) == 2 && iso6391[sub] {
		return language.Und, false
	}
	tag, err := language.Parse(part)
	if err != nil {
		return language.Und, false
	}
	// "en-ASV" parses, as the extended language subtag "asv": not the
	// English the name meant.
	if base, _ := tag.Base(); base.String() != lower[:2] {
		return language.Und, false
	}
	return tag, true
}

// codeAtEnd finds a language code at the start or the end of a name part
// made of pieces joined by '-', '_' or ' '.
func codeAtEnd(seg string) (language.Tag, bool) {
	pieces := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	if len(pieces) < 2 {
		return language.Und, false
	}
	codes := 0
	for _, p := range pieces {
		if iso6391[strings.ToLower(p)] {
			codes++
		}
	}
	if codes == 0 {
		return threeLetterCode(pieces)
	}
	if codes != 1 {
		return language.Und, false // none, or "de_la_terre": a title, not a tag
	}
	first, last := strings.ToLower(pieces[0]), strings.ToLower(pieces[len(pieces)-1])
	switch {
	case iso6391[first]:
		next := []rune(pieces[1])[0]
		if codesThatAreWords[first] && !unicode.IsUpper(next) && !unicode.IsDigit(next) {
			return language.Und, false
		}
		return language.Make(first), true
	case iso6391[last] && !codesThatAreWords[last]:
		return language.Make(last), true
	}
	return language.Und, false
}

// threeLetterCode reads a language that has no two-letter code, such as
// Syriac, from a name like "syr-Peshitta": a three-letter ISO 639 code in
// lower case at the start, a capitalised or numbered piece after it, as
// codesThatAreWords asks of the two-letter codes that are words. Three
// letters are a word far more often than two, so a code counts only when
// it is not a word of any language the detector knows and Unicode's CLDR
// names the language in English.
func threeLetterCode(pieces []string) (language.Tag, bool) {
	first := pieces[0]
	next := []rune(pieces[1])[0]
	if len(first) != 3 || strings.ToLower(first) != first || !unicode.IsUpper(next) && !unicode.IsDigit(next) || stopWords()[first] != 0 {
		return language.Und, false
	}
	tag, err := language.Parse(first)
	if err != nil {
		return language.Und, false
	}
	if base, _ := tag.Base(); base.String() != first {
		return language.Und, false // "ger" is German's "de": a two-letter code exists
	}
	if display.English.Languages().Name(tag) == "" {
		return language.Und, false
	}
	return tag, true
}

// sameLanguage returns the language all tags share, if they do.
func sameLanguage(tags []language.Tag) (language.Tag, bool) {
	if len(tags) == 0 {
		return language.Und, false
	}
	for _, t := range tags[1:] {
		if !SameLanguage(tags[0], t) {
			return language.Und, false
		}
	}
	return tags[0], true
}

// BaseLanguage returns the base language of t ("de" for de-CH), and
// false when t does not say which it is: und, or a tag whose language
// x/text can only guess. Its Base guesses for und English, with low
// confidence; taken for a language, that guess made two texts whose
// language was not found versions of one English text, compared word
// by word whatever they held.
func BaseLanguage(t language.Tag) (language.Base, bool) {
	if t == language.Und {
		return language.Base{}, false
	}
	b, conf := t.Base()
	return b, conf >= language.High
}

// SameLanguage reports whether a and b are both known (BaseLanguage)
// and of one base language: de and de-CH are, de and fr are not, und
// and und are not known to be.
func SameLanguage(a, b language.Tag) bool {
	x, okA := BaseLanguage(a)
	y, okB := BaseLanguage(b)
	return okA && okB && x == y
}

// metadataLines is how far into a file LangFromMetadata looks: Project
// Gutenberg headers are a few dozen lines long. Chosen by hand (commit
// 956d796), not measured.
const metadataLines = 200

// LangFromMetadata reads the language a file states about itself: the
// "Language: French" line of a Project Gutenberg header (before its
// "*** START OF" line), or a first line that is only a language name and
// a '#' ("English #", "Deutsch  #"), as in the Markdown editions of the
// Manifesto. Names are understood in English and in the language itself.
func LangFromMetadata(text string) (language.Tag, bool) {
	first, _, _ := strings.Cut(text, "\n")
	if name, ok := strings.CutSuffix(strings.TrimSpace(first), "#"); ok {
		if tag, ok := languageByName(name); ok {
			return tag, true
		}
	}
	rest := text
	for range metadataLines {
		var line string
		var more bool
		line, rest, more = strings.Cut(rest, "\n")
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "*** START OF") || strings.HasPrefix(line, "***START OF") {
			break
		}
		if len(line) > len("language:") && strings.EqualFold(line[:len("language:")], "language:") {
			value := line[len("language:"):]
			// "English, French" or "English and French": the first.
			if i := strings.IndexAny(value, ",;/"); i >= 0 {
				value = value[:i]
			}
			value, _, _ = strings.Cut(value, " and ")
			if tag, ok := languageByName(value); ok {
				return tag, true
			}
			if tag, ok := tagFromNamePart(strings.TrimSpace(value)); ok {
				return tag, true
			}
		}
		if !more {
			break
		}
	}
	return language.Und, false
}

// languageByName understands a language's name in English or in itself,
// with or without accents and case: "French", "français", "Francais".
func languageByName(name string) (language.Tag, bool) {
	tag, ok := languageNames()[nameKey(name)]
	return tag, ok
}

var languageNames = sync.OnceValue(func() map[string]language.Tag {
	m := map[string]language.Tag{}
	add := func(name string, tag language.Tag) {
		if k := nameKey(name); k != "" {
			if _, dup := m[k]; !dup {
				m[k] = tag
			}
		}
	}
	english := display.English.Languages()
	for code := range iso6391 {
		tag := language.Make(code)
		add(english.Name(tag), tag)
		add(display.Self.Name(tag), tag)
	}
	// Names display does not give.
	for name, code := range map[string]string{
		"latina": "la", "latine": "la", "lingua latina": "la", "castellano": "es",
		"hochdeutsch": "de", "greek, modern": "el", "modern greek": "el", "farsi": "fa",
	} {
		add(name, language.Make(code))
	}
	return m
})

// nameKey is a language name folded for lookup: lower case, accents
// dropped, inner white space single.
func nameKey(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.Join(strings.Fields(name), " "))) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// detectSample is how much of a text DetectLang reads, in characters:
// chosen by hand (commit 956d796), not measured.
const detectSample = 20000

// DetectLang guesses the language of a text from the text itself: by its
// script first (Cyrillic, Greek, Han and kana, Hangul, Arabic, Hebrew,
// Syriac, the scripts of South and South-East Asia...),
// then, for Cyrillic, by the letters proper to Ukrainian, Belarusian,
// Bulgarian or Serbian, for the Arabic script by those proper to Persian
// or Urdu, and for the Latin script by counting the
// commonest short words of each language it knows (en, fr, de, es, it,
// la, nl, pt, sv, da, pl, cs, vi). It reads the first 20,000 characters,
// after a Project Gutenberg header when there is one (that header is in
// English whatever the book's language), and answers false when there is
// too little text or no clear winner.
func DetectLang(text string) (language.Tag, bool) {
	text = skipGutenbergHeader(text)
	// Enough bytes for the sample; stop words are matched in NFC.
	if len(text) > 4*detectSample {
		text = text[:4*detectSample]
	}
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}

	var (
		scripts = map[string]int{}
		letters int
		cyr     = map[rune]int{}
		arabic  = map[rune]int{}
		kana    int
		scores  [len(stopLangs)]float64
		words   int
		wordBuf []byte
	)
	endWord := func() {
		if len(wordBuf) == 0 {
			return
		}
		words++
		if mask := stopWords()[string(wordBuf)]; mask != 0 {
			share := 1 / float64(bits.OnesCount16(mask))
			for i := range stopLangs {
				if mask&(1<<i) != 0 {
					scores[i] += share
				}
			}
		}
		wordBuf = wordBuf[:0]
	}
	n := 0
	for _, r := range text {
		if n++; n > detectSample {
			break
		}
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			endWord()
			continue
		}
		wordBuf = utf8.AppendRune(wordBuf, unicode.ToLower(r))
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Latin, r):
			scripts["Latin"]++
		case unicode.Is(unicode.Cyrillic, r):
			scripts["Cyrillic"]++
			cyr[unicode.ToLower(r)]++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			scripts["CJK"]++
			kana++
		case unicode.Is(unicode.Han, r):
			scripts["CJK"]++
		case unicode.Is(unicode.Arabic, r):
			scripts["Arabic"]++
			arabic[r]++
		default:
			for _, s := range otherScripts {
				if unicode.Is(s.table, r) {
					scripts[s.name]++
					break
				}
			}
		}
	}
	endWord()

	script, count := "", 0
	for s, c := range scripts {
		if c > count || c == count && s < script {
			script, count = s, c
		}
	}
	if count < minLetters || count*2 < letters {
		return language.Und, false
	}
	switch script {
	case "Latin":
		return latinByStopWords(scores[:], words)
	case "Cyrillic":
		return language.Make(cyrillicLanguage(cyr, count)), true
	case "Arabic":
		return language.Make(arabicLanguage(arabic, count)), true
	case "CJK":
		if kana*minKanaShare >= count {
			return language.Japanese, true
		}
		return language.Chinese, true
	}
	for _, s := range otherScripts {
		if s.name == script {
			return language.Make(s.lang), true
		}
	}
	return language.Und, false
}

// minLetters is the fewest letters of one script DetectLang decides on:
// chosen by hand (commit 956d796), not measured.
const minLetters = 12

// minKanaShare is the share of a CJK text's characters that must be kana
// for DetectLang to call it Japanese (one in minKanaShare): chosen by
// hand (commit 956d796), not measured.
const minKanaShare = 20

// otherScripts are scripts used (mostly) by one language each.
var otherScripts = []struct {
	name  string
	table *unicode.RangeTable
	lang  string
}{
	{"Greek", unicode.Greek, "el"},
	{"Hangul", unicode.Hangul, "ko"},
	{"Hebrew", unicode.Hebrew, "he"},
	{"Armenian", unicode.Armenian, "hy"},
	{"Georgian", unicode.Georgian, "ka"},
	{"Thai", unicode.Thai, "th"},
	{"Devanagari", unicode.Devanagari, "hi"},
	{"Syriac", unicode.Syriac, "syr"},
	{"Thaana", unicode.Thaana, "dv"},
	{"Lao", unicode.Lao, "lo"},
	{"Khmer", unicode.Khmer, "km"},
	{"Myanmar", unicode.Myanmar, "my"},
	{"Tibetan", unicode.Tibetan, "bo"},
	{"Ethiopic", unicode.Ethiopic, "am"},
	{"Sinhala", unicode.Sinhala, "si"},
	{"Bengali", unicode.Bengali, "bn"},
	{"Gurmukhi", unicode.Gurmukhi, "pa"},
	{"Gujarati", unicode.Gujarati, "gu"},
	{"Tamil", unicode.Tamil, "ta"},
	{"Telugu", unicode.Telugu, "te"},
	{"Kannada", unicode.Kannada, "kn"},
	{"Malayalam", unicode.Malayalam, "ml"},
}

// scriptAbsent reports whether text, which has letters, has none of the
// script that language tag is written in, when that is a script of one
// language or a few (otherScripts, Arabic, Han and kana): a name such
// as ar.en2.txt on an English text is then no guide to its language.
// Languages written in Latin or Cyrillic, or in several scripts, are
// never said to lack theirs.
func scriptAbsent(tag language.Tag, text string) bool {
	base, _ := tag.Base()
	var tables []*unicode.RangeTable
	switch base.String() {
	case "ar", "fa", "ur", "ps":
		tables = []*unicode.RangeTable{unicode.Arabic}
	case "zh":
		tables = []*unicode.RangeTable{unicode.Han}
	case "ja":
		tables = []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}
	default:
		for _, s := range otherScripts {
			if s.lang == base.String() {
				tables = []*unicode.RangeTable{s.table}
			}
		}
	}
	if tables == nil {
		return false
	}
	letters := false
	for _, r := range text {
		if unicode.IsLetter(r) {
			if unicode.In(r, tables...) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// cyrillicLanguage tells the languages written in Cyrillic apart by the
// letters only some of them have, as a share of the Cyrillic letters
// (lower-cased) of the sample: Russian unless another's letters are
// there and Russian's own are missing.
func cyrillicLanguage(c map[rune]int, total int) string {
	share := func(rs ...rune) float64 { return letterShare(c, total, rs...) }
	// A letter is present above present, absent below absent; Bulgarian
	// needs its ъ above hardSign. All chosen by hand (commit 956d796),
	// not measured.
	const present, absent, hardSign = 0.002, 0.001, 0.01
	switch {
	case share('ў') > present && share('и', 'щ') < absent:
		return "be"
	case share('ї', 'є', 'ґ', 'і') > present && share('ы', 'э', 'ъ') < absent:
		return "uk"
	case share('ђ', 'ћ', 'џ') > present || share('ј', 'љ', 'њ') > present && share('ѓ', 'ќ', 'ѕ') < absent:
		return "sr"
	case share('ѓ', 'ќ', 'ѕ') > present:
		return "mk"
	case share('ъ') > hardSign && share('ы', 'э') < absent:
		return "bg"
	}
	return "ru"
}

// letterShare is the share of the letters rs among the total letters
// counted in c.
func letterShare(c map[rune]int, total int, rs ...rune) float64 {
	n := 0
	for _, r := range rs {
		n += c[r]
	}
	return float64(n) / float64(total)
}

// arabicLanguage tells Arabic, Persian and Urdu apart by the letters
// only some of them use, as a share of the letters of the Arabic script
// in the sample: Urdu's ے ٹ ڈ ڑ ں ھ, Persian's پ چ ژ گ with its own ی and
// ک, Arabic's ة and its ي and ك (which Persian and Urdu replace).
func arabicLanguage(c map[rune]int, total int) string {
	share := func(rs ...rune) float64 { return letterShare(c, total, rs...) }
	// Chosen by hand (commit a22bba3), not measured.
	const present, absent = 0.005, 0.001
	switch {
	case share('ے', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ھ') > present && share('ة', 'ي') < absent:
		return "ur"
	case share('پ', 'چ', 'ژ', 'گ', 'ی', 'ک') > present && share('ة', 'ي', 'ك') < absent:
		return "fa"
	}
	return "ar"
}

// A Latin text's language is decided on minStopSample words or more,
// when the winner's stop words (a word of several languages' lists
// counted to each in part) are at least minStopWords, minStopShare of
// the words and minStopLead times the runner-up's: all chosen by hand
// (commit 956d796), not measured.
const (
	minStopSample = 6
	minStopWords  = 3
	minStopShare  = 0.1
	minStopLead   = 1.4
)

// latinByStopWords picks the language whose commonest words make up the
// largest share of the sample, if that share is large enough and well
// ahead of the runner-up.
func latinByStopWords(scores []float64, words int) (language.Tag, bool) {
	best, second := -1, -1
	for i, s := range scores {
		switch {
		case best < 0 || s > scores[best]:
			best, second = i, best
		case second < 0 || s > scores[second]:
			second = i
		}
	}
	if words < minStopSample || scores[best] < minStopWords || scores[best] < minStopShare*float64(words) ||
		(second >= 0 && scores[best] < minStopLead*scores[second]) {
		return language.Und, false
	}
	return language.Make(stopLangs[best]), true
}

// skipGutenbergHeader returns text after the "*** START OF" line of a
// Project Gutenberg header, if it has one near its top.
func skipGutenbergHeader(text string) string {
	i := strings.Index(headOf(text), "*** START OF")
	if i < 0 {
		return text
	}
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return text[i+j+1:]
	}
	return text
}

// flagDoubt says, of a text whose language --lang gives as tag, that
// the text contradicts it, "" when it does not: it has no letter of
// that language's script, or it is in the Latin script and its
// commonest words are clearly another language's of stopLangs, tag's
// language being one of them (DetectLang could have said it). Files
// given in another order than their languages (--lang de,fr with the
// French first) are aligned with each other's rules and dictionaries,
// and nothing failed. The language given is kept.
func flagDoubt(tag language.Tag, text string) string {
	const check = "the language given is kept; check the order of the files and of --lang"
	if scriptAbsent(tag, headOf(text)) {
		return fmt.Sprintf("--lang says %s, but the text has no letter of that language's script: %s", tag, check)
	}
	base, _ := tag.Base()
	if !slices.Contains(stopLangs[:], base.String()) {
		return ""
	}
	found, ok := DetectLang(text)
	if fb, _ := found.Base(); !ok || fb == base || !slices.Contains(stopLangs[:], fb.String()) {
		return ""
	}
	return fmt.Sprintf("--lang says %s, but the text reads as %s (%s) by its commonest words: %s", tag, display.English.Languages().Name(found), found, check)
}

// stopLangs are the Latin-script languages DetectLang knows, in the
// order their scores are kept (a bit each in a uint16, so at most 16);
// each has its stopWords in languages.go.
var stopLangs = [...]string{"en", "fr", "de", "es", "it", "la", "nl", "pt", "sv", "da", "pl", "cs", "vi"}

// stopWords maps each stop word to the set (a bit per stopLangs entry)
// of languages it belongs to.
var stopWords = sync.OnceValue(func() map[string]uint16 {
	m := map[string]uint16{}
	for i, code := range stopLangs {
		for _, w := range strings.Fields(languages[code].stopWords) {
			m[w] |= 1 << i
		}
	}
	return m
})
