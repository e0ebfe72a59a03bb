package editions

// Legacy single-byte encodings (Windows-1252, Latin-1, Windows-1251,
// KOI8-R, ISO-8859-2, Windows-1253 …): how much a file read in one of
// them looks like natural text. charsets.go says which are tried and
// chooses among them.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A legacyCharset is a single-byte encoding, with what each byte of its
// upper half means worked out once.
type legacyCharset struct {
	name   string
	cm     *charmap.Charmap
	script *unicode.RangeTable // the script of the letters in its upper half
	high   [128]highByte
}

func (cs *legacyCharset) latin() bool    { return cs.script == unicode.Latin }
func (cs *legacyCharset) cyrillic() bool { return cs.script == unicode.Cyrillic }

// highByte is what a byte of the upper half means in one charset, worked
// out once so that scoring a book does not look up Unicode tables.
type highByte struct {
	r          rune
	undefined  bool
	letter     bool // a letter, or a mark that belongs in a word (Thai vowels, Hebrew points)
	upper      bool
	lower      bool
	foreign    bool // a letter of another script than the charset's
	punct      bool // in commonLegacyPunct
	inWord     bool // in inWordPunct
	final      bool // a letter written only at the end of a word (Greek ς, Hebrew ך ם ן ף ץ)
	tonos      bool // a Greek vowel with an acute accent, of which a word has one at most
	number     bool // ½, ², °: at home next to digits
	printable  bool // a printable sign that is not box drawing
	russianIdx int8 // 0..31 for а..я (ё as е), else -1
}

func newLegacyCharset(name string, cm *charmap.Charmap, script *unicode.RangeTable) legacyCharset {
	cs := legacyCharset{name: name, cm: cm, script: script}
	for i := range cs.high {
		r := cm.DecodeByte(byte(0x80 + i))
		lr := unicode.ToLower(r)
		if lr == 'ё' {
			lr = 'е'
		}
		idx := int8(-1)
		if lr >= 'а' && lr <= 'я' {
			idx = int8(lr - 'а')
		}
		cs.high[i] = highByte{
			r:          r,
			undefined:  r == utf8.RuneError,
			letter:     unicode.IsLetter(r) || unicode.IsMark(r) && unicode.Is(script, r),
			upper:      unicode.IsUpper(r),
			lower:      unicode.IsLower(r),
			foreign:    unicode.IsLetter(r) && !unicode.Is(script, r),
			punct:      commonLegacyPunct[r],
			inWord:     inWordPunct[r],
			final:      strings.ContainsRune(finalLetters, r),
			tonos:      strings.ContainsRune(greekTonos, unicode.ToLower(r)),
			number:     unicode.IsNumber(r) || r == '°',
			printable:  unicode.IsPrint(r) && !(r >= 0x2500 && r <= 0x25FF),
			russianIdx: idx,
		}
	}
	return cs
}

func (cs *legacyCharset) decode(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/2)
	for _, c := range data {
		if c < utf8.RuneSelf {
			b.WriteByte(c)
		} else {
			b.WriteRune(cs.high[c-0x80].r)
		}
	}
	return b.String()
}

// undefinedIn reports whether a byte the charset gives no character to
// is among the upper-half bytes present.
func (cs *legacyCharset) undefinedIn(present *[128]bool) bool {
	for i, p := range present {
		if p && cs.high[i].undefined {
			return true
		}
	}
	return false
}

// firstUndefined returns the offset of the first byte the charset gives
// no character to (windows-1252 leaves five unassigned), or -1.
func (cs *legacyCharset) firstUndefined(data []byte) int {
	for i, c := range data {
		if c >= utf8.RuneSelf && cs.high[c-0x80].undefined {
			return i
		}
	}
	return -1
}

// The weights of plausibility; see there. All came as bare numbers with
// the first decoder (commit dc81f15) and were named since (commit
// 3866ab0): chosen by hand, not measured.
const (
	// doubtfulSign is what a printable sign standing apart counts for.
	doubtfulSign = 0.3
	// shoutedWord is what a word in capitals counts for ("ÉTÉ"): as
	// likely a wrong reading's run of upper-half letters.
	shoutedWord = 0.5
	// besideDigit scales a word with upper-half letters that touches a
	// digit ("3Ã"), which real words seldom do.
	besideDigit = 0.3
	// maxAccentShare is the share of letters that may be accented in a
	// Latin reading before its score falls, down to minAccentScore at
	// twice the share.
	maxAccentShare = 0.3
	minAccentScore = 0.3
	// minPairs is how many letter pairs a Cyrillic reading needs before
	// its share of Russian bigrams is believed; goodBigramShare is the
	// share that earns the full weight, and baseBigramWeight the weight
	// of a reading with none.
	minPairs         = 4
	goodBigramShare  = 0.3
	baseBigramWeight = 0.4
)

// plausibility scores, between 0 and 1, how much data decoded with cs
// looks like natural text. Only the non-ASCII part is judged, in units:
// each word holding an upper-half letter, and each upper-half character
// that is not a letter.
//
// A word is good when its letters are all of the charset's script, a
// final form (ς, ם …) ends it if it holds one, it has at most one Greek
// accent, and its case pattern is that of real words (lower, Capitalized; ALL CAPS
// counts half: KOI8-R read as windows-1251 turns lower case into upper).
// A Latin word of two letters or more must contain an ASCII letter:
// accents sit inside Latin words, while a word made only of upper-half
// letters is Cyrillic read in the wrong charset. A letter glued to a
// number was a sign ("158½" read as "158œ").
//
// A sign is good when it is common punctuation (quotes, dashes, no-break
// space...), doubtful when it is another printable sign standing apart,
// and bad when it is a rare sign touching a letter, any sign inside a
// word (other than an apostrophe or dash), box drawing or a control.
// ASCII control characters count as bad units in every reading.
//
// Two corrections follow. In a Latin reading, accented letters must be a
// minority of all letters (a tenth in Icelandic, fewer elsewhere). A
// Cyrillic reading is weighed by the share of its letter pairs that are
// common Russian bigrams: a wrong Cyrillic charset gives real letters
// but not Russian.
//
// The weights came with the detector (commit dc81f15), chosen by hand, not
// measured; minPlausible's comment says how the scores they give fall.
func (cs *legacyCharset) plausibility(data []byte) float64 {
	var (
		units, good       float64
		pairs, knownPairs int
		asciiLetters      int
		highLetters       int

		// the word being read
		wordLen                 int
		wordHigh, wordASCII     bool
		wordUpper, wordLower    int
		wordBad, wordAfterDigit bool
		wordTonos               int
		afterFinal              bool // the last letter was a final form
		lastIdx                 int8 = -1

		prevDigit bool

		// a sign just read, judged when the next byte shows what it
		// stood between
		pending            *highByte
		pendingAfterLetter bool
		pendingAfterDigit  bool
	)
	judgePending := func(nextLetter, nextDigit bool) {
		if pending == nil {
			return
		}
		switch h := pending; {
		case pendingAfterLetter && nextLetter && !h.inWord:
			// "p«e": a sign inside a word is a letter of another charset
		case h.punct:
			good++
		case pendingAfterLetter || nextLetter:
			// "¯®", "¬a": rare signs do not cling to words
		case h.number && (pendingAfterDigit || nextDigit):
			good++ // "158½", "20°"
		case h.printable:
			good += doubtfulSign
		}
		pending = nil
	}
	endWord := func(nextDigit bool) {
		if wordLen > 0 && wordHigh {
			units++
			score := 1.0
			switch {
			case wordBad:
				score = 0
			case wordUpper > 1 && wordLower == 0:
				score = shoutedWord
			case wordUpper > 1:
				score = 0 // "ÀBc": capitals beyond the first, then lower case
			case cs.latin() && !wordASCII && wordLen >= 2:
				score = 0
			}
			if !wordASCII && (wordAfterDigit || nextDigit) {
				score *= besideDigit
			}
			good += score
		}
		wordLen, wordHigh, wordASCII, wordUpper, wordLower, wordBad, lastIdx = 0, false, false, 0, 0, false, -1
		wordTonos, afterFinal = 0, false
	}
	addLetter := func(upper, lower bool, idx int8) {
		if wordLen == 0 {
			wordAfterDigit = prevDigit
		}
		if afterFinal {
			wordBad = true // "αςψα": a final form inside a word
		}
		afterFinal = false
		wordLen++
		if upper {
			if wordLower > 0 {
				wordBad = true // "пРИВЕТ": upper case after lower case
			}
			wordUpper++
		} else if lower {
			wordLower++
		}
		if cs.cyrillic() && lastIdx >= 0 && idx >= 0 {
			pairs++
			if russianBigrams[lastIdx][idx] {
				knownPairs++
			}
		}
		lastIdx = idx
	}
	for _, c := range data {
		if c < utf8.RuneSelf {
			isDigit := c >= '0' && c <= '9'
			if isASCIILetter(rune(c)) {
				judgePending(true, false)
				addLetter(c <= 'Z', c >= 'a', -1)
				wordASCII = true
				asciiLetters++
				if !cs.latin() {
					wordBad = true // Latin letters inside a Cyrillic (Greek …) word
				}
			} else {
				judgePending(false, isDigit)
				endWord(isDigit)
				if c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7F {
					units++
				}
			}
			prevDigit = isDigit
			continue
		}
		h := &cs.high[c-0x80]
		if h.letter {
			judgePending(true, false)
			addLetter(h.upper, h.lower, h.russianIdx)
			afterFinal = h.final
			if h.tonos {
				if wordTonos++; wordTonos > 1 {
					wordBad = true // Greek words carry one accent
				}
			}
			wordHigh = true
			highLetters++
			if h.foreign || (!cs.latin() && wordASCII) {
				wordBad = true
			}
		} else {
			judgePending(false, false)
			pendingAfterLetter, pendingAfterDigit = wordLen > 0, prevDigit
			endWord(false)
			units++
			pending = h
		}
		prevDigit = false
	}
	judgePending(false, false)
	endWord(false)
	if units == 0 {
		return 0
	}
	score := good / units
	switch {
	case cs.latin():
		if frac := float64(highLetters) / float64(highLetters+asciiLetters+1); frac > maxAccentShare {
			score *= max(minAccentScore, 1-(frac-maxAccentShare)/maxAccentShare*(1-minAccentScore))
		}
	case cs.cyrillic():
		weight := baseBigramWeight // too few pairs to judge: neither reward nor reject
		if pairs >= minPairs {
			weight = min(1, float64(knownPairs)/float64(pairs)/goodBigramShare)
		}
		score *= baseBigramWeight + (1-baseBigramWeight)*weight
	}
	return score
}

// finalLetters are written only at the end of a word; greekTonos are the
// Greek vowels with an acute accent (monotonic spelling puts one on each
// word of two syllables or more, never two). Hebrew read as a Greek
// charset, or Greek as a Hebrew one, breaks both rules on most words.
const (
	finalLetters = "ςךםןףץ"
	greekTonos   = "άέήίόύώΐΰ"
)

func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' }

// commonLegacyPunct are the upper-half non-letters that real text uses:
// typographic quotes and dashes, the ellipsis, no-break space and a few
// signs.
var commonLegacyPunct = map[rune]bool{
	'‘': true, '’': true, '‚': true, '“': true, '”': true, '„': true, '«': true, '»': true,
	'‹': true, '›': true, '–': true, '—': true, '…': true, '•': true, '·': true, '№': true,
	'§': true, '°': true, '€': true, '£': true, '\u00A0': true, '¡': true, '¿': true,
	'\u00AD': true, '©': true,
}

// inWordPunct are the signs that do stand between two letters: the
// typographic apostrophe, dashes, the Catalan middle dot, the soft hyphen.
var inWordPunct = map[rune]bool{'’': true, '–': true, '—': true, '·': true, '\u00AD': true}

// russianBigrams marks frequent letter pairs of Russian (indexes 0..31
// for а..я, ё counted as е), enough to tell a right Cyrillic reading (a
// third or more of its pairs are here) from a wrong one (a few percent).
var russianBigrams = func() (t [32][32]bool) {
	const list = "ст но то на ен ов ни ра во ко ал ол ре пр ли по ть от ос ер ка ло ро ва ан ет ин ат ел " +
		"та ом ле од ны ит ес ла не ор ри де ам об ак ой ог ве ил ми ск ди ма за ег ти ся ем ев ме ие " +
		"ых ая го ду да ль ий ее бы он чт че ча тв ок ис ки ня ют мо ас ав ар нн си ви ич жи же ту ру " +
		"сл вс ей ым им лс ьн ше уж ез ку зн ед ик из ук ус уд ге ьс йс ул ое ую ям ию вн сп нд " +
		"пе мн бо бе бр вр гр др тр кр зд тс ыл ял яс ух юд хо ха ще щи"
	for _, bg := range strings.Fields(list) {
		r := []rune(bg)
		t[r[0]-'а'][r[1]-'а'] = true
	}
	return t
}()
