package anchors

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

// Names in Hebrew, Arabic and Syriac: scripts without letter case that
// write their consonants and leave most vowels out (abjads).
//
// Nothing in such a text tells a name from another word — no capital —
// so every word is a candidate (Anchor.Candidate): a name to whoever
// finds its key on the other side, a word otherwise. The aligner weighs
// a key by its rarity on both sides (align/features.go), so a candidate
// whose key the other edition lacks weighs nothing; the views highlight
// a candidate only when another column has its key.
//
// A candidate's keys are NameKeys, compared through CrossKey like any
// name across scripts, of the readings the consonantal spelling allows:
//
//   - with and without the prefixes the script writes on a word: the
//     conjunction, article and prepositions of Hebrew (ו ה ב כ ל מ ש, up
//     to two: ובירושלים "and in Jerusalem"), of Arabic (و ف, then ب ك ل,
//     then the article ال, which after ل is written لل: وبالقدس), of
//     Syriac (ܘ ܕ ܠ ܒ, up to two);
//   - the letters that write vowels as well as consonants (matres
//     lectionis: Hebrew ו י and the silent א ע, Arabic و ي ى ا and its
//     hamza forms, ع and the final ة, Syriac ܘ ܝ ܐ ܥ) read as
//     consonants, as go-unidecode transliterates them, and after the
//     first letter as vowels, left out of the skeleton as NameKey leaves
//     out vowels: דוד is "dvd" as David is, יונה "yn" as Jonah is
//     (CrossKey's j/y fold), ירושלים "yrslm" as Jerusalem;
//   - a first letter that carries a vowel (א ע ا أ إ آ ع ܐ ܥ) read as
//     each vowel it may stand for (initialVowels), since NameKey keeps a
//     name's first vowel and unpointed text does not say which it is
//     (אברהם Abraham, אסתר Esther, إسحاق Isaac); a first
//     י ي ܝ read as i as well as y, for the names English received
//     through Greek and Latin (ישראל Israel, יצחק Isaac);
//   - two words in a row read as one as well, for the names written in
//     two words whose first word begins such names (abjadNameHeads: בית
//     לחם, Bethlehem).
//
// Vowel points and harakat are left out first, so that a pointed Bible
// and an unpointed one give the same keys. What does not match, and
// why: names whose English form comes from Greek with a Greek ending
// (שלמה Shlomo, Solomon; ܦܛܪܘܤ Petros against Peter), names that
// translation replaced (מצרים Mitsrayim, Egypt), and a name whose
// consonant English writes with a letter the skeleton folds otherwise
// (אליהו Eliyahu: the j of Elijah is its y, which the skeleton drops
// after the first letter).

// abjadFunctionWords are words of Hebrew, Arabic and Syriac that name
// no one, as functionWords are for the languages with capitals: the
// pronouns, prepositions, conjunctions and particles, and the verbs "to
// be" and "to say" in the forms narrative prose uses most, the
// prepositions with the pronouns they most often carry (עליו, عليه,
// ܥܠܘܗܝ "on him"), and the word for God, which translations translate
// rather than transliterate (their
// prefixes, ו ה ב כ ל מ ש, و ف ب ك ل ال and ܘ ܕ ܠ ܒ, are taken off first:
// abjadStems). Their two- and three-consonant skeletons meet the short
// keys of names ("mr", Mary, from אמר and ܐܡܪ "he said"), in nearly every
// sentence: in Mark's Peshitta against the King James Version, ܕܝܢ
// "but" gave Jonah's and John's key in 172 verses, ܐܡܪ Mary's in 216.
// Consonantal spelling, without the prefixes, without points.
var abjadFunctionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
את אשר על אל כי לא גם כל עם הוא היא הם הן אני אתה את אנחנו אתם זה זאת אלה מה מי אם או כן רק עד בין אחרי לפני תחת אין יש לו לה להם להן בו בה בם ממנו אותו אותה אותם אותי אתו אתם שם עתה הנה כאשר למען היה היתה היו יהיה תהיה יהי ויהי ותהי אמר אמרה אמרו יאמר תאמר יאמרו לאמר עליו עליה עליהם אליו אליה אליהם לפניו אתו אתה אתם אתי ממני ממנו מהם אלהים אלוהים
في من إلى الى على عن مع هذا هذه ذلك تلك الذي التي الذين هو هي هم هن أنا انا أنت انت نحن أنتم ما لا لم لن قد كان كانت كانوا يكون تكون أن ان إن أو او ثم كل بعد قبل حتى إذا اذا إذ له لها لهم به بها بهم عند بين غير قال قالت قالوا يقول لكن لكي عليه عليها عليهم إليه إليها إليهم منه منها منهم فيه فيها معه معهم عنه الله
ܕܝܢ ܓܝܪ ܗܘ ܗܝ ܗܢܘܢ ܗܢܝܢ ܗܢܐ ܗܕܐ ܗܠܝܢ ܟܠ ܠܘܬ ܥܡ ܡܢ ܥܠ ܐܦ ܐܢܐ ܐܢܬ ܐܢܚܢܢ ܐܢܬܘܢ ܠܐ ܐܝܟ ܡܛܠ ܐܝܬ ܠܝܬ ܗܫܐ ܗܟܢܐ ܟܕ ܐܢ ܐܘ ܡܢܐ ܡܢܘ ܗܝܕܝܢ ܒܗ ܠܗ ܠܗܘܢ ܠܗ ܗܘܐ ܗܘܘ ܗܘܬ ܢܗܘܐ ܐܡܪ ܐܡܪܘ ܐܡܪܝܢ ܐܡܪܐ ܐܠܐ ܐܢܘܢ ܥܠܘܗܝ ܠܘܬܗ ܠܘܬܗܘܢ ܒܗܘܢ ܥܡܗ ܥܡܗܘܢ ܡܢܗ ܡܢܗܘܢ ܐܠܗܐ`) {
		abjadFunctionWords[w] = true
	}
}

// abjad reports whether r is a letter of Hebrew, Arabic or Syriac.
func abjad(r rune) bool {
	return r >= 0x0590 && r <= 0x08ff && (unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac)) && unicode.IsLetter(r)
}

// abjadConsonantal strips the vowel points, harakat, cantillation and
// Arabic tatweel of word, keeping its letters.
func abjadConsonantal(word string) []rune {
	var out []rune
	for _, r := range word {
		if unicode.In(r, unicode.Mn, unicode.Cf) || r == 'ـ' {
			continue
		}
		out = append(out, r)
	}
	return out
}

// abjadPrefixes are the letters each script writes as prefixes: at most
// two of them are taken off a word. Arabic's come in three slots (see
// abjadStems).
var (
	hebrewPrefixes = "והבכלמש"
	syriacPrefixes = "ܘܕܠܒ"
)

// abjadVowelLetters are the letters read as vowels after a word's first
// letter; abjadVowelInitial those read as a vowel when they begin it.
const (
	abjadVowelLetters = "ויאעويىاأإآعةܘܝܐܥ"
	abjadVowelInitial = "אעاأإآعܐܥ"
	abjadYod          = "יيܝ"
)

// initialVowels are the vowels a first letter that carries one may
// stand for: Arabic writes with its alef whether the hamza is above (a,
// u) or below (i), the madda for ā; Hebrew's and Syriac's alef and ayin,
// and Arabic's ayin, say nothing of the vowel.
func initialVowels(r rune) []string {
	switch r {
	case 'إ':
		return []string{"i"}
	case 'أ':
		return []string{"a", "u"}
	case 'ا', 'آ':
		return []string{"a"}
	}
	return []string{"a", "e", "i", "o", "u"}
}

// abjadStems returns word and the words left when its prefixes are taken
// off, each with at least two letters.
func abjadStems(w []rune) [][]rune {
	stems := [][]rune{w}
	add := func(s []rune) {
		if len(s) >= 2 {
			stems = append(stems, s)
		}
	}
	switch {
	case unicode.Is(unicode.Hebrew, w[0]), unicode.Is(unicode.Syriac, w[0]):
		set := hebrewPrefixes
		if unicode.Is(unicode.Syriac, w[0]) {
			set = syriacPrefixes
		}
		for k := 1; k <= 2 && k < len(w) && strings.ContainsRune(set, w[k-1]); k++ {
			add(w[k:])
		}
	case unicode.Is(unicode.Arabic, w[0]):
		rest := w
		if len(rest) > 0 && (rest[0] == 'و' || rest[0] == 'ف') {
			rest = rest[1:]
			add(rest)
		}
		if len(rest) > 0 && (rest[0] == 'ب' || rest[0] == 'ك' || rest[0] == 'ل') {
			if rest[0] == 'ل' && len(rest) > 1 && rest[1] == 'ل' {
				add(rest[2:]) // لل: ل and the article without its alef
			}
			rest = rest[1:]
			add(rest)
		}
		if len(rest) > 1 && rest[0] == 'ا' && rest[1] == 'ل' {
			add(rest[2:])
		}
	}
	return stems
}

// An abjadWord is what the readings of a word give: its letters without
// points (abjadConsonantal), its keys (none for a function word), and
// whether it begins a name of two words (abjadNameHeads).
type abjadWord struct {
	cons []rune
	keys []string
	head bool
}

// abjadWordOf reads word, a token of an abjad script. A text repeats its
// words, and a word's readings cost a dozen transliterations: the
// readings of the first abjadCacheSize words met are kept (an aligner
// reads each sentence more than once; a novel has some 20,000 distinct
// words).
func abjadWordOf(word string) *abjadWord {
	if w, ok := abjadCache.Load(word); ok {
		return w.(*abjadWord)
	}
	w := &abjadWord{cons: abjadConsonantal(word)}
	if w.keys = abjadKeys(w.cons); w.keys != nil {
		for _, s := range abjadStems(w.cons) {
			w.head = w.head || abjadNameHeads[string(s)]
		}
	}
	if abjadCached.Add(1) <= abjadCacheSize {
		abjadCache.Store(strings.Clone(word), w)
	}
	return w
}

const abjadCacheSize = 1 << 16

var (
	abjadCache  sync.Map // word → *abjadWord
	abjadCached atomic.Int64
)

// abjadKeys returns the distinct name keys of the readings of the
// consonantal word w (abjadConsonantal), at least two letters each;
// none for a function word.
func abjadKeys(w []rune) []string {
	if len(w) < 2 {
		return nil
	}
	return readAbjadKeys(w)
}

func readAbjadKeys(w []rune) []string {
	var keys []string
	seen := map[string]bool{}
	add := func(latin string) {
		k := NameKey(latin)
		if len(k) >= 2 && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	stems := abjadStems(w)
	for _, s := range stems {
		if abjadFunctionWords[string(s)] {
			// A function word, or one with prefixes (ܘܠܐ "and not"),
			// and no name with a prefix: ܕܝܢ is not ܕ and ܝܢ.
			return nil
		}
	}
	for _, s := range stems {
		add(abjadLatin(s, true))
		// The letters after the first as vowels.
		var cons []rune
		for _, r := range s[1:] {
			if !strings.ContainsRune(abjadVowelLetters, r) {
				cons = append(cons, r)
			}
		}
		rest := abjadLatin(cons, false)
		switch {
		case strings.ContainsRune(abjadVowelInitial, s[0]):
			for _, v := range initialVowels(s[0]) {
				add(v + rest)
			}
		case strings.ContainsRune(abjadYod, s[0]):
			add("y" + rest)
			add("i" + rest)
		default:
			add(abjadLatin(s[:1], true) + rest)
		}
	}
	return keys
}

// abjadLatin writes the letters rs in Latin as go-unidecode does, but
// for two letters, as English Bibles write them: tsade (צ ץ, Syriac ܨ)
// as z, not ts (Zion, Zidon, Bozrah, Nebuchadnezzar; NameKey reads z as
// s, so that Sidon meets it too); and pe (פ ף ܦ) as f after a word's
// first letter, where Hebrew and Syriac say it so unless it is doubled
// (Naphtali, Caphtor, Ephrath, Joseph; at the start, p: Pharaoh's ph is
// f to NameKey either way). initial says that rs starts a word. Over the
// proper names of Strong's Hebrew Dictionary (strongs_test.go) the two
// raised the share found from 0.711 to 0.798.
func abjadLatin(rs []rune, initial bool) string {
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == 'צ' || r == 'ץ' || r == 'ܨ':
			b.WriteByte('z')
		case (r == 'פ' || r == 'ܦ') && (i > 0 || !initial), r == 'ף':
			b.WriteByte('f')
		default:
			b.WriteString(unidecode.Unidecode(string(r)))
		}
	}
	return b.String()
}

// abjadNameHeads are the words that begin the names written in two
// words: the "house", "well", "spring", "town", "field", "lord", "stone"
// "servant" and "son" of the place names of the Bible and of Israel and the Arab
// world (בית לחם Beth-lehem, באר שבע Beer-sheba, עין גדי En-gedi, קרית
// ארבע Kirjath-arba, בעל פעור Baal-peor, אבן העזר Eben-ezer, بيت لحم
// Bayt Lahm, ܒܝܬ ܨܝܕܐ Bethsaida), and "father", "son" and "mother" of
// Arabic names (أبو بكر Abu Bakr, ابن سينا Ibn Sina, أم كلثوم Umm
// Kulthum). Only a pair of words that starts with one of them is read as
// one name: read for every pair, as at first, the pairs doubled the name
// keys of a text and made Mark's Peshitta half as slow again to align,
// for a few names.
var abjadNameHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
בית באר עין קרית בעל אבן אבל גבעת חצר כפר בן בני אבי עבד
بيت بئر عين كفر أبو ابو ابن بن أم ام عبد
ܒܝܬ ܒܪ ܥܝܢ ܟܦܪ`) {
		abjadNameHeads[w] = true
	}
}

// abjadPairKeys returns the keys of the words w and next read as one
// name, when w, without its prefixes, is one of abjadNameHeads: w without its prefixes, next as it is, each in its plain reading
// (go-unidecode's letters, NameKey's skeleton), which drops the y and
// the h of בית לחם as it drops Bethlehem's vowels and h. The other
// readings of abjadKeys are left out: two words make many, and as good
// as none of them is a name.
func abjadPairKeys(w, next *abjadWord) []string {
	if !w.head || next.keys == nil {
		return nil // a function word is no part of a name
	}
	return readAbjadPairKeys(w.cons, next.cons)
}

func readAbjadPairKeys(w, next []rune) []string {
	var keys []string
	seen := map[string]bool{}
	for _, s := range abjadStems(w) {
		if !abjadNameHeads[string(s)] {
			continue
		}
		k := NameKey(abjadLatin(s, true) + abjadLatin(next, true))
		if len(k) >= 3 && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// appendAbjadNames appends to out the candidate names of the abjad
// words among toks (see the comment at the head of this file): each
// word's keys, and those of a word that begins names of two words read
// together with the next one when only a space or a maqaf (U+05BE)
// stands between them, spanning both. It appends to Extract's slice
// rather than returning its own, which Extract would copy: a word gives
// an anchor for each of its readings, and these slices were a fifth of
// what aligning Syriac Mark with the KJV allocated.
func appendAbjadNames(out []Anchor, text string, toks []token) []Anchor {
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(text[t.start():])
		if t.digits || !abjad(r) {
			continue
		}
		w := abjadWordOf(text[t.start():t.end()])
		for _, k := range w.keys {
			out = append(out, Anchor{Kind: Name, Key: k, Start: t.start(), End: t.end(), Candidate: true})
		}
		if w.head && i+1 < len(toks) {
			n := toks[i+1]
			r2, _ := utf8.DecodeRuneInString(text[n.start():])
			if sep := text[t.end():n.start()]; !n.digits && abjad(r2) && (sep == " " || sep == "\u05be") {
				for _, k := range abjadPairKeys(w, abjadWordOf(text[n.start():n.end()])) {
					out = append(out, Anchor{Kind: Name, Key: k, Start: t.start(), End: n.end(), Candidate: true})
				}
			}
		}
	}
	return out
}
