package editions

// Words broken at a hyphen: whether "pre-pared" is a word a printer broke
// at a line end or "bayonet-point" a compound, decided from the words of
// the whole edition (joinHyphens).

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// isWordRune reports the characters of the words hyphenation concerns:
// letters and the combining marks on them.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	if r < rune(len(wordRunes)) {
		return wordRunes[r]
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// wordRunes is isWordRune for Latin, Greek and Cyrillic, looked up.
var wordRunes = func() (t [0x530]bool) {
	for r := range rune(len(t)) {
		t[r] = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	}
	return t
}()

// A hyphenVocab is what an edition says about its own words, in folded
// form: how often each word stands alone (not joined by a hyphen to
// another), and how often each pair "left-right" is written with a
// hyphen.
type hyphenVocab struct {
	standalone map[string]int32
	compound   map[string]int32
}

// vocabulary reads the folded texts of an edition. It counts only the
// words the hyphenation rules will ask about (the parts around each
// hyphen and the words they would make when joined), which keeps the maps
// small: a book has far fewer hyphens than words.
func vocabulary(folded []string) *hyphenVocab {
	v := &hyphenVocab{standalone: map[string]int32{}, compound: map[string]int32{}}
	var buf []byte
	for _, f := range folded {
		for i := strings.IndexByte(f, '-'); i >= 0; i = nextHyphen(f, i+1) {
			ok, next, spaced := hyphenAfter(f, i)
			l, start := wordBefore(f, i)
			if !ok || l == "" {
				continue
			}
			r, end := wordAt(f, next)
			for _, w := range [...]string{l, r} {
				if _, seen := v.standalone[w]; !seen {
					v.standalone[w] = 0
				}
			}
			buf = append(append(buf[:0], l...), r...)
			if _, seen := v.standalone[string(buf)]; !seen {
				v.standalone[string(buf)] = 0
			}
			if !spaced {
				v.compound[f[start:end]]++
			}
		}
	}
	if len(v.standalone) == 0 {
		return v
	}
	// Most words of a book are not among those counted: a set of bits,
	// one for each hash of a counted word's length and end bytes, spares
	// them the map lookup.
	var counted wordFilter
	for w := range v.standalone {
		counted.add(w)
	}
	for _, f := range folded {
		attachedLeft := false // the word being read follows a hyphen
		for i := 0; i < len(f); {
			if c := f[i]; c < utf8.RuneSelf && (c|0x20 < 'a' || c|0x20 > 'z') {
				i++ // not a letter: the ASCII half of isWordRune
				continue
			}
			r, size := utf8.DecodeRuneInString(f[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
			word, end := wordAt(f, i)
			h, nextStart, _ := hyphenAfter(f, end)
			if !h && !attachedLeft && counted.has(word) {
				if c, ok := v.standalone[word]; ok {
					v.standalone[word] = c + 1
				}
			}
			attachedLeft = h
			i = end
			if h {
				i = nextStart
			}
		}
	}
	return v
}

// A wordFilter is a set of hashes of words: has is false for a word never
// added, and seldom true for one.
type wordFilter [1 << 10]uint64

func wordHash(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(len(w))<<16 | uint32(w[0])<<8 | uint32(w[len(w)-1])
	return (h * 0x9E3779B1) >> 16
}

func (f *wordFilter) add(w string) {
	h := wordHash(w)
	f[h>>6] |= 1 << (h & 63)
}

func (f *wordFilter) has(w string) bool {
	h := wordHash(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

// hyphenAfter reports whether a hyphen at i joins the word ending there
// to a word that follows, directly ("in-creased") or after spaces
// ("some- thing"), and where that word starts.
func hyphenAfter(s string, i int) (ok bool, next int, spaced bool) {
	if i >= len(s) || s[i] != '-' {
		return false, 0, false
	}
	j := i + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) {
		return false, 0, false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if !isWordRune(r) {
		return false, 0, false
	}
	return true, j, j > i+1
}

// wordAt returns the word starting at i.
func wordAt(s string, i int) (string, int) {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return s[i:j], j
}

// joinHyphens joins the words of p broken at a hyphen and keeps the
// compounds. v is nil when there is no edition to consult (Fold).
//
// A hyphen followed by spaces inside a word ("some- thing", the trace of
// "some-\nthing" after white space is folded) is a line break: the parts
// are joined, unless the next word is a conjunction ("Vor- und Nachteile",
// "pre- and post-war"), or starts with a capital (the hyphen is kept and
// the space dropped: "Bethlehem- Juda" is "Bethlehem-Juda"), or the edition
// writes the pair with a hyphen elsewhere ("twenty-five").
//
// A hyphen between two letters is kept without an edition. With one, the
// evidence is weighed in this order:
//  1. a part starting with a capital: keep ("Antonov-Ovseyenko",
//     "Peter-Paul", "S-Rs", "Saville-row"); in German, where nouns are
//     capitalised, only a capital after the hyphen counts;
//  2. the joined word found standing alone elsewhere in the edition: join
//     ("them-selves" where "themselves" occurs);
//  3. the hyphenated pair found elsewhere: keep ("twenty-five" twice);
//  4. a part that cannot be a word by itself, while the other part is
//     not found standing alone in the edition: join. That is, the right
//     part is a bound suffix of the language ("politic-ally",
//     "govern-ment", "Regie-rung"), or the left part a bound prefix
//     ("in-creased", "pre-pared", "re-presses"), except where the prefix
//     ends with the vowel the word starts with ("re-elected",
//     "co-operate"), a hyphen of spelling, not of printing; "ex", "non",
//     "self", "anti", "co" and the like are left out of the prefixes as
//     they make hyphenated compounds ("ex-wife");
//  5. otherwise keep ("bayonet-point", "belles-filles").
func (n *normalizer) joinHyphens(cased, folded string, v *hyphenVocab) string {
	// Folding neither adds nor removes hyphens: the k-th hyphen of the
	// folded text is the k-th of the cased one, whose capitals say which
	// parts are names. The words themselves are read folded.
	p := folded
	i := strings.IndexByte(p, '-')
	if i < 0 {
		return p
	}
	var b []byte
	last := 0       // p[last:] is not yet copied to b
	ci, ck := -1, 0 // the ck-th hyphen of cased is at ci
	for k := 0; i >= 0; k++ {
		ok, next, spaced := hyphenAfter(p, i)
		left, _ := wordBefore(p, i)
		if !ok || left == "" {
			i = nextHyphen(p, i+1)
			continue
		}
		for ; ck <= k; ck++ {
			ci = nextHyphen(cased, ci+1)
		}
		leftUpper, rightUpper := capitalsAround(cased, ci)
		right, _ := wordAt(p, next)
		var join, dropSpace bool
		if spaced {
			join, dropSpace = n.decideSpaced(left, right, rightUpper, v)
		} else if v != nil {
			join = n.decideInWord(left, right, leftUpper, rightUpper, v)
		}
		if join || dropSpace {
			if b == nil {
				b = make([]byte, 0, len(p))
			}
			b = append(b, p[last:i]...)
			if !join {
				b = append(b, '-')
			}
			last = next
		}
		i = nextHyphen(p, next)
	}
	if b == nil {
		return p
	}
	return string(append(b, p[last:]...))
}

// capitalsAround reports whether the words before and after the hyphen
// at i (spaces skipped after it) start with a capital.
func capitalsAround(s string, i int) (left, right bool) {
	if i < 0 || i >= len(s) {
		return false, false
	}
	w, _ := wordBefore(s, i)
	j := i + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return startsUpper(w), startsUpper(s[j:])
}

func nextHyphen(p string, from int) int {
	if from >= len(p) {
		return -1
	}
	return nextByte(p, from, '-')
}

// wordBefore returns the word that ends at i.
func wordBefore(s string, i int) (string, int) {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isWordRune(r) {
			break
		}
		j -= size
	}
	return s[j:i], j
}

// decideSpaced decides "left- right" (folded parts): join them, or keep
// the hyphen and drop the space, or (both false) leave it.
func (n *normalizer) decideSpaced(l, r string, rightUpper bool, v *hyphenVocab) (join, dropSpace bool) {
	if rightUpper {
		return false, true
	}
	if hyphenConjunctions[r] {
		return false, false
	}
	if v != nil {
		if n.joinedCount(v, l, r) > 0 {
			return true, false
		}
		if n.compoundCount(v, l, r) > 0 {
			return false, true
		}
	}
	return true, false
}

// decideInWord decides "left-right" (folded parts) against the edition's
// vocabulary; see joinHyphens.
func (n *normalizer) decideInWord(l, r string, leftUpper, rightUpper bool, v *hyphenVocab) bool {
	if rightUpper || (!n.capitalNouns && leftUpper) {
		return false
	}
	switch {
	case n.joinedCount(v, l, r) > 0:
		return true
	case n.compoundCount(v, l, r) > 1:
		return false
	}
	rules := n.hyphens
	if rules.isSuffix(r, v) && v.standalone[l] == 0 {
		return true
	}
	if rules.prefixes[l] && v.standalone[r] == 0 && !sameVowelAtJoin(l, r) {
		return true
	}
	return false
}

// joinedCount returns how often l+r stands alone in the edition, and
// compoundCount how often "l-r" is written. They build the key in a
// reused buffer: a map lookup with a string(bytes) key does not
// allocate, and a book has many hyphens.
func (n *normalizer) joinedCount(v *hyphenVocab, l, r string) int32 {
	n.buf = append(append(n.buf[:0], l...), r...)
	return v.standalone[string(n.buf)]
}

func (n *normalizer) compoundCount(v *hyphenVocab, l, r string) int32 {
	n.buf = append(append(append(n.buf[:0], l...), '-'), r...)
	return v.compound[string(n.buf)]
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// sameVowelAtJoin reports "re-elected", "co-operate", "pre-eminent":
// the hyphen keeps two vowels from reading as one.
func sameVowelAtJoin(left, right string) bool {
	a, _ := utf8.DecodeLastRuneInString(left)
	b, _ := utf8.DecodeRuneInString(right)
	return a == b && strings.ContainsRune("aeiouy", a)
}

// hyphenConjunctions are the words that follow a suspended hyphen:
// "Vor- und Nachteile", "pre- and post-war", "pré- ou post-".
var hyphenConjunctions = map[string]bool{
	"and": true, "or": true, "nor": true, "to": true, "und": true, "oder": true, "bis": true,
	"sowie": true, "als": true, "noch": true, "bzw": true, "et": true, "ou": true, "ni": true,
	"y": true, "o": true, "e": true, "ed": true, "i": true, "u": true, "en": true, "of": true,
	"och": true, "eller": true, "og": true, "a": true, "lub": true, "albo": true, "nebo": true,
	"и": true, "или": true, "та": true, "або": true,
}

// hyphenRules are the bound fragments of one language: suffixes that are
// not words by themselves, and prefixes that are not either.
type hyphenRules struct {
	suffixes map[string]bool
	prefixes map[string]bool
	// minOnsetSuffix is the shortest suffix recognised after letters of
	// the syllable before it: 3 in German for "-ung" ("Regie-rung"), 4
	// elsewhere, where short endings make words too often ("f-ive").
	minOnsetSuffix int
}

// isSuffix reports whether r is a bound suffix, or one with up to two
// letters of the preceding syllable ("rung" for "Regie-rung", "nement"
// for "gouver-nement") that the edition never uses as a word.
func (h *hyphenRules) isSuffix(r string, v *hyphenVocab) bool {
	if h.suffixes[r] {
		return true
	}
	if v.standalone[r] > 0 {
		return false
	}
	rest := r
	for range 2 {
		_, size := utf8.DecodeRuneInString(rest)
		if size == 0 || size >= len(rest) {
			break
		}
		rest = rest[size:]
		if utf8.RuneCountInString(rest) >= h.minOnsetSuffix && h.suffixes[rest] {
			return true
		}
	}
	return false
}

// hyphenLists holds the fragment lists per language, as written.
var hyphenLists = map[string]struct{ suffixes, prefixes string }{
	"en": {
		"ally ation ations tion tions sion sions ment ments ness nesses ing ings ed ly ity ities ical ically " +
			"ful fully less ous ious ive ives ible able ably ance ances ence ences ism isms ist ists ize ized ise " +
			"ised selves self ture tures ary ory ular ward wards",
		"pre re con com dis un in im de sub trans mis"},
	"fr": {
		"ment ments tion tions sion sions ique iques isme ismes iste istes ité ités able ables ible ibles " +
			"eur eurs euse euses ance ances ence ences ure ures aire aires aient ait èrent erait eraient ement ements",
		"re ré dé pré con com dis in im trans mé"},
	"de": {
		"ung ungen keit keiten heit heiten lich liche lichen licher liches lichkeit schaft schaften isch " +
			"ische ischen ischer nis nisse tion tionen ig ige igen iger lein chen sam bar barkeit",
		"ver be ent zer ge"},
	"es": {"ción ciones mente miento mientos dad dades ble bles ría", "re des in im con com pre"},
	"it": {"zione zioni mente mento menti ità abile ibile", "ri in im con com pre dis"},
	"pt": {"ção ções mente mento dade dades vel", "re des in im con com pre"},
	"nl": {"heid heden ing ingen lijk lijke baar schap", "ver be ont ge her"},
	"la": {"tio tionem tionis tiones ibus orum arum", "con com prae re de in dis"},
	"ru": {"ция ции ние ния ство ства тельно ость ости ский ская ское", "пере пред раз рас без бес вос воз"},
}

// hyphenRulesFor returns the fragment lists of a language (English for an
// undetermined one; empty for a language without lists, which then relies
// on the edition's vocabulary alone).
func hyphenRulesFor(lang string) *hyphenRules {
	if lang == "und" {
		lang = "en"
	}
	if h, ok := hyphenRulesByLang()[lang]; ok {
		return h
	}
	return &hyphenRules{}
}

var hyphenRulesByLang = sync.OnceValue(func() map[string]*hyphenRules {
	m := map[string]*hyphenRules{}
	for lang, l := range hyphenLists {
		h := &hyphenRules{suffixes: map[string]bool{}, prefixes: map[string]bool{}, minOnsetSuffix: 4}
		if lang == "de" || lang == "nl" {
			h.minOnsetSuffix = 3
		}
		for _, s := range strings.Fields(l.suffixes) {
			h.suffixes[s] = true
		}
		for _, p := range strings.Fields(l.prefixes) {
			h.prefixes[p] = true
		}
		m[lang] = h
	}
	return m
})
