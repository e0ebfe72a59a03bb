package editions

// Which legacy encoding a file that is not UTF-8 was written in: the
// candidates tried, the letters each language writes, and the choice
// among the readings, with a word of doubt when two readings that differ
// are almost equally good.

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// legacyCharsets are the single-byte encodings detection tries, in the
// order that breaks ties between equally good readings: a Latin text
// that uses none of the bytes on which the Latin charsets differ is
// reported as iso-8859-1, the encoding they all share; the charsets of
// Western Europe come before those of Central Europe, the Baltic and
// Turkey, which people less often leave unnamed.
var legacyCharsets = []legacyCharset{
	newLegacyCharset("iso-8859-1", charmap.ISO8859_1, unicode.Latin),
	newLegacyCharset("windows-1252", charmap.Windows1252, unicode.Latin),
	newLegacyCharset("iso-8859-15", charmap.ISO8859_15, unicode.Latin),
	newLegacyCharset("windows-1251", charmap.Windows1251, unicode.Cyrillic),
	newLegacyCharset("koi8-r", charmap.KOI8R, unicode.Cyrillic),
	newLegacyCharset("cp866", charmap.CodePage866, unicode.Cyrillic),
	newLegacyCharset("iso-8859-2", charmap.ISO8859_2, unicode.Latin),
	newLegacyCharset("windows-1250", charmap.Windows1250, unicode.Latin),
	newLegacyCharset("iso-8859-16", charmap.ISO8859_16, unicode.Latin),
	newLegacyCharset("iso-8859-3", charmap.ISO8859_3, unicode.Latin),
	newLegacyCharset("iso-8859-4", charmap.ISO8859_4, unicode.Latin),
	newLegacyCharset("iso-8859-13", charmap.ISO8859_13, unicode.Latin),
	newLegacyCharset("windows-1257", charmap.Windows1257, unicode.Latin),
	newLegacyCharset("iso-8859-9", charmap.ISO8859_9, unicode.Latin),
	newLegacyCharset("windows-1254", charmap.Windows1254, unicode.Latin),
	newLegacyCharset("iso-8859-10", charmap.ISO8859_10, unicode.Latin),
	newLegacyCharset("iso-8859-14", charmap.ISO8859_14, unicode.Latin),
	newLegacyCharset("macintosh", charmap.Macintosh, unicode.Latin),
	newLegacyCharset("koi8-u", charmap.KOI8U, unicode.Cyrillic),
	newLegacyCharset("iso-8859-5", charmap.ISO8859_5, unicode.Cyrillic),
	newLegacyCharset("windows-1253", charmap.Windows1253, unicode.Greek),
	newLegacyCharset("iso-8859-7", charmap.ISO8859_7, unicode.Greek),
	newLegacyCharset("windows-1255", charmap.Windows1255, unicode.Hebrew),
	newLegacyCharset("iso-8859-8", charmap.ISO8859_8, unicode.Hebrew),
	newLegacyCharset("windows-1256", charmap.Windows1256, unicode.Arabic),
	newLegacyCharset("iso-8859-6", charmap.ISO8859_6, unicode.Arabic),
	newLegacyCharset("windows-874", charmap.Windows874, unicode.Thai),
}

// alphabets holds, by language, the letters beyond ASCII that it is
// written with, lowercase: for a language in the Latin script its
// accented and extra letters, for the others the letters of its
// alphabet. A text is written in one language, so the right reading of
// a file puts nearly all its letters in one of these; a wrong one mixes
// the letters of several ("Gyõzelem", "széltõl": Hungarian read as
// windows-1252 gives Portuguese õ among Hungarian é and ö). Taken from
// each language's standard alphabet.
var alphabets = map[string]string{
	// Latin script
	"fr": "àâæçéèêëîïôœùûüÿ",
	"de": "äöüß",
	"es": "áéíñóúü",
	"it": "àèéìíîòóùú",
	"pt": "áâãàçéêíóôõú",
	"ca": "àçéèíïòóúüŀ",
	"nl": "áéëïóöü",
	"sv": "åäöé",
	"da": "æøåé",
	"nb": "æøåéòóô",
	"fi": "äöåšž",
	"is": "áðéíóúýþæö",
	"et": "äöõüšž",
	"hu": "áéíóöőúüű",
	"pl": "ąćęłńóśźż",
	"cs": "áčďéěíňóřšťúůýž",
	"sk": "áäčďéíĺľňóôŕšťúýž",
	"sl": "čšž",
	"hr": "čćđšž",
	"ro": "ăâîșț", // with commas below; the cedilla forms ş ţ were a stopgap of ISO-8859-2
	"tr": "çğıöşüâîû",
	"lv": "āčēģīķļņšūž",
	"lt": "ąčęėįšųūž",
	"mt": "ċġħżàèìòù",
	"sq": "çë",
	"ga": "áéíóú",
	"cy": "âêîôûŵŷáéíóúàèìòùäëïöüẅÿ",
	"eu": "ñü",
	"gl": "áéíóúñü",
	"eo": "ĉĝĥĵŝŭ",
	"la": "āēīōūȳæœ",
	// Cyrillic
	"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
	"uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
	"be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
	"bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
	"sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
	"mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
	// other scripts
	"el": "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
	"he": "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
	"ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
	"fa": "ءآأؤئابپتثجچحخدذرزژسشصضطظعغفقکگلمنهوی",
	"th": "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮะาำเแโใไๅ",
}

// letterSet returns the alphabet of lang (a base language code) as a set,
// and whether alphabets has it.
func letterSet(lang string) (map[rune]bool, bool) {
	set, ok := alphabetSets()[lang]
	return set, ok
}

var alphabetSets = sync.OnceValue(func() map[string]map[rune]bool {
	sets := make(map[string]map[rune]bool, len(alphabets))
	for lang, a := range alphabets {
		sets[lang] = runeSet(a)
	}
	return sets
})

// alphabetFit is the share of the upper-half letters of a sample read in
// cs (counted by byte, hist) that belong to one language's alphabet:
// lang's when it is given and known, else the language that takes the
// most. 1 when the sample has no such letter.
func (cs *legacyCharset) alphabetFit(hist *[128]int, lang string) float64 {
	total := 0
	for b, n := range hist {
		if n > 0 && unicode.IsLetter(cs.high[b].r) {
			total += n
		}
	}
	if total == 0 {
		return 1
	}
	fit := func(set map[rune]bool) float64 {
		in := 0
		for b, n := range hist {
			if n > 0 && set[unicode.ToLower(cs.high[b].r)] {
				in += n
			}
		}
		return float64(in) / float64(total)
	}
	if set, ok := letterSet(lang); ok {
		return fit(set)
	}
	best := 0.0
	for _, set := range alphabetSets() {
		best = max(best, fit(set))
	}
	return best
}

// The choice among readings.
const (
	// minPlausible is the score below which no legacy reading is
	// believed. Real text in the right charset scores above 0.9; wrong
	// readings, random high bytes and control characters stay under 0.5
	// (decode_test.go's fixtures).
	minPlausible = 0.6
	// doubtGap: when a reading that differs from the chosen one scores
	// within this of it, the choice is said to be unsure. In the
	// fixtures of decode_test.go and decode_scripts_test.go, the right
	// reading leads every different one by 0.04 or more whenever the
	// text holds a single letter that tells them apart (one ű that
	// ISO-8859-16 reads û, in two lines of Hungarian); a smaller gap means
	// that nothing tells them apart.
	doubtGap = 0.02
)

// plausibilitySample bounds the bytes each candidate reading is scored on:
// half a megabyte of a book says as much about its encoding as the whole.
// Chosen by hand with the first decoder (commit dc81f15), not measured.
const plausibilitySample = 512 << 10

// A reading is a candidate encoding with its score on a sample.
type reading struct {
	name   string
	single *legacyCharset // nil for a multi-byte encoding
	cjk    *cjkCharset
	score  float64
}

// detectLegacy returns the best reading of data among the legacy
// encodings, nil when none is plausible, and a sentence of doubt when
// another reading that differs from it is almost as good. lang, when not
// empty, is the language the text is known to be in (a base code): its
// alphabet judges the letters.
func detectLegacy(data []byte, lang string) (*reading, string) {
	sample := data[:min(len(data), plausibilitySample)]
	var hist [128]int
	for _, c := range sample {
		if c >= 0x80 {
			hist[c-0x80]++
		}
	}
	var present [128]bool // the upper-half bytes of the whole file
	for _, c := range data {
		if c >= 0x80 {
			present[c-0x80] = true
		}
	}
	// A reading scores its plausibility times its alphabet's fit, so no
	// reading can beat its fit: the plausibility, which reads the whole
	// sample, is worked out best fit first, and not for readings that
	// could not come near the best score so far.
	type fitted struct {
		cs  *legacyCharset
		fit float64
	}
	var fs []fitted
	for i := range legacyCharsets {
		cs := &legacyCharsets[i]
		if !cs.undefinedIn(&present) {
			fs = append(fs, fitted{cs, cs.alphabetFit(&hist, lang)})
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].fit > fs[j].fit })
	var rs []reading
	top := 0.0
	for _, f := range fs {
		if f.fit < top-doubtGap {
			break
		}
		s := f.cs.plausibility(sample) * f.fit
		top = max(top, s)
		rs = append(rs, reading{name: f.cs.name, single: f.cs, score: s})
	}
	// Back in the order that breaks ties.
	sort.SliceStable(rs, func(i, j int) bool { return charsetIndex(rs[i].single) < charsetIndex(rs[j].single) })
	for i := range cjkCharsets {
		c := &cjkCharsets[i]
		if s, ok := c.plausibility(sample); ok {
			rs = append(rs, reading{name: c.name, cjk: c, score: s})
		}
	}
	best := -1
	for i, r := range rs {
		if r.score > minPlausible && (best < 0 || r.score > rs[best].score+1e-9) {
			best = i
		}
	}
	if best < 0 {
		return nil, ""
	}
	b := &rs[best]
	for i, r := range rs {
		if i == best || r.score < b.score-doubtGap || sameReading(b, &r, &hist) {
			continue
		}
		return b, fmt.Sprintf("the encoding is a guess: %s, but %s reads it almost as well (%.2f against %.2f); if letters look wrong, name the encoding with --encoding",
			b.name, r.name, r.score, b.score)
	}
	return b, ""
}

// charsetIndex is cs's place in legacyCharsets.
func charsetIndex(cs *legacyCharset) int {
	for i := range legacyCharsets {
		if &legacyCharsets[i] == cs {
			return i
		}
	}
	return len(legacyCharsets)
}

// sameReading reports whether two readings give the same text for every
// upper-half byte the sample holds (two Latin charsets on a text that
// uses only the bytes they share).
func sameReading(a, b *reading, hist *[128]int) bool {
	if a.single == nil || b.single == nil {
		return false
	}
	for i, n := range hist {
		if n > 0 && a.single.high[i].r != b.single.high[i].r {
			return false
		}
	}
	return true
}

// decode returns data read in r's encoding.
func (r *reading) decode(data []byte) (string, error) {
	if r.single != nil {
		return r.single.decode(data), nil
	}
	return r.cjk.decode(data)
}

// langBase returns the base language code of a BCP 47 tag ("hu" of
// "hu-HU"), lowercase, or "".
func langBase(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}
