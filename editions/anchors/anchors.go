// Package anchors finds the parts of a sentence that survive translation
// unchanged or nearly so — numbers, dates, proper names, footnote markers
// and some punctuation — and gives each a key that compares equal across
// languages.
//
// Anchors are what an aligner can trust when it knows nothing of the two
// languages: "25 October 1917", "25 octobre 1917", "25. Oktober 1917" and
// "25 октября 1917 г." all yield the date key "--10-25" and the number key
// "1917"; "Trotsky", "Trotski", "Trotzki" and "Троцкий" all yield the name
// key "trtk". Numbers are read in every decimal digit set ("١٩١٧",
// "१९१७", "１９１７"), in Chinese numerals ("一九一七", "二十五",
// cjk.go) and in Ethiopic ones ("፲፱፻፲፯", ethiopic.go), dates with 月
// and 日 too ("1917年10月25日"); names are
// romanised from their script (Hepburn for kana, Revised Romanization for
// hangul, go-unidecode for the rest), and CrossKey folds a name key
// further for editions in different scripts ("Naomi", "ナオミ", "Ναωμί").
// In Hebrew, Arabic and Syriac, which have no capitals and leave vowels
// unwritten, every word is a candidate name keyed by each of its
// consonantal readings ("ובירושלים" meets "Jerusalem", abjad.go); in
// Korean, which has no capitals either, every hangul word is one, keyed
// with and without the particle on its end ("요나에게" meets "Jonah",
// hangul_names.go).
// A key says nothing of where the anchor stands in the
// sentence; Start and End do, as byte offsets into the text given to
// Extract, so that a viewer can highlight them.
//
// The keys are deliberately lossy. A name key is a consonant skeleton of
// the transliterated word, so unrelated names occasionally collide; a
// consumer should weight a shared key by how rare it is rather than treat
// it as proof.
package anchors

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/editions"
)

// Kind is the kind of an anchor.
type Kind uint8

// The kinds of anchor.
const (
	Number Kind = iota + 1 // a number by value: "1917", "199337", "3.5"; a year of another calendar by its era, "AM5708" (eras.go)
	Range                  // a range of numbers: "14-22" (its ends are also Numbers)
	Date                   // a day of a month, "--10-25", or a month alone, "--10"
	Name                   // a capitalized word or a katakana one, by consonant skeleton: "trtk"
	Marker                 // a footnote marker, by label: "1", "a", "*"
	Punct                  // "?", "!", "\"" (any quote), "(" (a parenthesis)
)

var kindNames = [...]string{"", "number", "range", "date", "name", "marker", "punct"}

// String returns the kind's name: "number", "range", "date", "name",
// "marker" or "punct".
func (k Kind) String() string {
	if int(k) < len(kindNames) && k > 0 {
		return kindNames[k]
	}
	return "unknown"
}

// An Anchor is one anchor found in a text. Kind and Candidate stand
// together so that they share a word: 40 bytes an anchor rather than 48,
// and a text dense in anchors has millions (the coverage check holds
// those of every matched sentence at once).
type Anchor struct {
	Kind Kind
	// Candidate marks a Name that is a word of a script without case
	// (Hebrew, Arabic, Syriac: abjad.go; hangul: hangul_names.go), where
	// any word may be a name: it is one only if the other side has its
	// key. Such a word gives an anchor for each of its readings, one span
	// with several keys, and in an abjad two words in a row one more,
	// spanning both.
	Candidate  bool
	Key        string // the comparable value; equal keys of one kind match
	Start, End int    // byte offsets into the text
}

// Extract returns the anchors of text, a sentence in language lang, in
// order of their start offsets. lang decides how "1,500" and "1.500"
// are read (thousands in English and German respectively) and which
// capitalized words are ordinary words rather than names; month names of
// all supported languages are recognised whatever lang says, since
// quotations in other languages are common.
func Extract(text string, lang language.Tag) []Anchor {
	return extract(text, lang, true)
}

// Numbers returns the numbers of text (the anchors of kind Number that
// Extract finds), without looking for names, which costs Extract most.
func Numbers(text string, lang language.Tag) []Anchor {
	var out []Anchor
	for _, a := range extract(text, lang, false) {
		if a.Kind == Number {
			out = append(out, a)
		}
	}
	return out
}

// extract is Extract, without the names unless names is set.
func extract(text string, lang language.Tag, names bool) []Anchor {
	var toks []token
	if len(text) > presizeText {
		// Words are separated by spaces (a sentence's Text has its
		// white space folded to one), so their count, and an eighth
		// more for the digits and scripts that make tokens of their
		// own, is room for nearly all the tokens: grown by append
		// instead, the slice of a 10 MB sentence was made seven times
		// over, 400 MB allocated for the 80 MB it ends at
		// (bench/pathological's sentence-50M at -scale 0.2). The slice
		// is the call's own, not the pool's: pooled, the 200 MB of a
		// 50 MB sentence's tokens outlived the call, and the next long
		// sentence, when it had a few more words, had a second slice
		// made beside it (the coverage check of that sentence's two
		// versions at -scale 0.2, tokens of 24 bytes: 135 MB live at a
		// collection, 92 with slices of their own).
		est := strings.Count(text, " ") + 1
		toks = tokenize(make([]token, 0, est+est/8), text)
	} else {
		buf := tokenBufs.Get().(*[]token)
		toks = tokenize((*buf)[:0], text)
		defer func() {
			*buf = toks[:0]
			tokenBufs.Put(buf)
		}()
	}
	base, _ := lang.Base()
	l := base.String()
	var out []Anchor
	markers := scanMarkers(text)
	cjk, months := scanCJK(text)
	numDates, numMonths := scanNumericDates(text, toks, l)
	republican, republicanYears := scanRepublican(text, toks)
	if len(numMonths) > 0 || len(republican) > 0 {
		// A Republican date's day is its own, no number.
		months = append(append(months, numMonths...), republican...)
		sortAnchors(months)
	}
	inMarker, inMonth := enclosed(markers), enclosed(months)
	for _, n := range scanNumbers(text, toks, l) {
		// The 3 of "[3]" is a label, not a quantity; the 10 of
		// "10月25日" is a month, as "October" is.
		if !inMarker(n) && !inMonth(n) {
			out = append(out, n)
		}
	}
	out = append(out, markers...)
	out = append(out, scanEthiopic(text)...)
	out = append(out, scanHebrewNumerals(text)...)
	for _, a := range cjk {
		if a.Kind != Number || !inMonth(a) {
			out = append(out, a)
		}
	}
	out = append(out, scanDates(text, toks)...)
	out = append(out, numDates...)
	out = append(append(out, republican...), republicanYears...)
	if names {
		out = append(out, scanNames(text, toks, l)...)
		out = appendAbjadNames(out, text, toks)
		out = appendHangulNames(out, text, toks)
	}
	out = eraYears(text, out)
	out = append(out, scanPunct(text)...)
	sortAnchors(out)
	return out
}

// enclosed returns a test of whether an anchor lies inside one of spans,
// which are in order of their starts. It looks up the last span that
// starts at or before the anchor, and the furthest end of the spans up to
// it, so that a sentence of many numbers and markers costs a binary search
// each, not a scan of every marker.
func enclosed(spans []Anchor) func(a Anchor) bool {
	reach := make([]int, len(spans)) // reach[k]: the furthest End of spans[:k+1]
	for k, s := range spans {
		reach[k] = s.End
		if k > 0 {
			reach[k] = max(reach[k], reach[k-1])
		}
	}
	return func(a Anchor) bool {
		k := sort.Search(len(spans), func(k int) bool { return spans[k].Start > a.Start }) - 1
		return k >= 0 && reach[k] >= a.End
	}
}

// sortAnchors puts anchors in order of their starts, the enclosing anchor
// first. The sort is stable, so that anchors of one span and kind keep the
// order they were found in.
func sortAnchors(a []Anchor) {
	slices.SortStableFunc(a, compareAnchors)
}

func compareAnchors(a, b Anchor) int {
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	if a.End != b.End {
		return cmp.Compare(b.End, a.End) // the enclosing anchor first
	}
	return cmp.Compare(a.Kind, b.Kind)
}

// A token is a run of letters of one script (a word, apostrophes and
// inner hyphens excluded) or of decimal digits, with its byte span: its
// start and its length, n. A run of digits has its value in ASCII
// digits, num, whatever digit set it is written in (see digitValue).
//
// A token is 12 bytes and holds no pointer, so the garbage collector need
// not scan the tokens: the value of its digits kept as a string, and its
// end as an int, made it 40 (48 before the two flags stood side by side),
// and its start as an int, 16. The tokens of bench/pathological's 50 MB
// sentence, 8.5 million a side, were 340 MB for each of the two sides the
// coverage check extracts anchors from, most of its stage's peak heap;
// they are 102 MB. A run of more than maxTokenBytes bytes is cut into
// tokens of that length.
type token struct {
	lo     uint32 // the start's low 32 bits
	n      uint32
	hi     uint16 // the start's bits above those: 48 bits in all (newToken)
	digits bool
	first  bool // first word of the sentence (after opening punctuation)
}

// maxTokenBytes is the most bytes a token spans: what its length, a
// uint32, holds, less the 4 bytes of the character that may end it.
const maxTokenBytes = 1<<32 - 1 - 4

// newToken returns the token of n bytes at start. A start takes 48 bits:
// Go's heap spans 48 bits of address on every 64-bit platform it runs
// on (the runtime's heapAddrBits), so no string it makes is longer.
func newToken(start, n int, digits, first bool) token {
	if uint64(start)>>48 != 0 {
		panic("anchors: a text longer than 2^48 bytes")
	}
	return token{lo: uint32(start), n: uint32(n), hi: uint16(uint64(start) >> 32), digits: digits, first: first}
}

// start returns the offset of token t.
func (t token) start() int { return int(uint64(t.hi)<<32 | uint64(t.lo)) }

// end returns the offset just past token t.
func (t token) end() int { return t.start() + int(t.n) }

// num returns the value of the digits of token t of text in ASCII
// digits: its own text when they are ASCII, as they are in most texts,
// else their values, "1917" for "١٩١٧" or "१९१७".
func (t token) num(text string) string {
	s := text[t.start():t.end()]
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			b := []byte(s[:k])
			for _, r := range s[k:] {
				b = append(b, byte('0'+digitValue(r)))
			}
			return string(b)
		}
	}
	return s
}

// digitValue is editions.DigitValue: the value of a decimal digit of any
// script, -1 for any other rune.
func digitValue(r rune) int { return editions.DigitValue(r) }

// scriptClass tells apart the scripts that Japanese and Chinese write
// without spaces, so that a run of letters is split where its script
// changes: in "ユダのベツレヘム" the katakana names stand between
// hiragana particles. The prolonged sound mark ー (U+30FC, script Common)
// belongs to the kana run it lengthens. Other letters are class 0 and
// never split from each other.
func scriptClass(r rune) int {
	if r < 0x1100 { // below the first of these letters (unicode.Hangul's)
		return 0
	}
	switch {
	case r == 'ー' || unicode.Is(unicode.Katakana, r):
		return 1
	case unicode.Is(unicode.Hiragana, r):
		return 2
	case unicode.Is(unicode.Han, r):
		return 3
	case unicode.Is(unicode.Hangul, r):
		return 4
	}
	return 0
}

// tokenBufs holds the token slices of finished calls of Extract, for
// the next to append to: tokens are read only while their sentence's
// anchors are found, and a slice grown anew for every sentence was most
// of what reading a long text allocated (1.4 GB for a text of 20 MB).
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// presizeText is the length of text past which Extract makes its token
// slice to the count of words before tokenizing (a count that costs a
// scan of the text): 64 KB, some 10,000 words, chosen by hand so that
// the sentences of ordinary texts, whose pooled slices are grown once
// and reused, are left as they were.
const presizeText = 64 << 10

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// tokenize appends the tokens of text to toks.
func tokenize(toks []token, text string) []token {
	seenWord := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case digitValue(r) >= 0:
			// ASCII digits are their own value, and the token's num is
			// then a piece of text, not a string of its own: the keys of
			// numbers are most of the anchors a text holds.
			j := i
			for j < len(text) && int64(j-i) < maxTokenBytes && '0' <= text[j] && text[j] <= '9' {
				j++
			}
			if j == i || j < len(text) && text[j] >= utf8.RuneSelf && digitValue(firstRune(text[j:])) >= 0 {
				for j < len(text) && int64(j-i) < maxTokenBytes {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if digitValue(r2) < 0 {
						break
					}
					j += n2
				}
			}
			toks = append(toks, newToken(i, j-i, true, !seenWord))
			seenWord = true
			i = j
		case unicode.IsLetter(r) || r == 'ー':
			class := scriptClass(r)
			j := i + n
			for j < len(text) && int64(j-i) < maxTokenBytes {
				if c := text[j]; c < utf8.RuneSelf { // ASCII: a letter (class 0) or the end of the word
					if class != 0 || !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
						break
					}
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) && r2 != 'ー' || scriptClass(r2) != class && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, newToken(i, j-i, false, !seenWord))
			seenWord = true
			i = j
		default:
			i += n
		}
	}
	return toks
}

// isSpace reports whether r separates groups of digits as a space would:
// the ordinary, no-break and thin spaces.
func isSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '‒' || r == '−'
}

// commaThousands lists the languages that write 1,500 for fifteen hundred
// (and 3.5 for three and a half); the others write 1.500 or 1 500 and 3,5.
var commaThousands = map[string]bool{"en": true, "zh": true, "ja": true, "ko": true, "he": true, "hi": true, "th": true}

// scanNumbers joins digit tokens separated by group and decimal marks into
// numbers, and numbers joined by a dash into ranges.
func scanNumbers(text string, toks []token, lang string) []Anchor {
	var out []Anchor
	prevEnd, prevKey := -1, ""
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.digits {
			continue
		}
		// A number glued to the letters before it ("K2", "A4") is a
		// label, not a quantity; a footnote marker after a word is
		// handled by scanMarkers. Chinese and Japanese glue every
		// number to the characters around it ("在1917年"), Korean to
		// its prefixes and counters ("제3장"), and the scripts without
		// case theirs: Hebrew, Arabic and Amharic a preposition (ב1948,
		// و1988, በ1886), Thai and Lao a classifier (ปี2325), so there
		// gluing says nothing either. Labels are a habit of the cased
		// scripts.
		if t.start() > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:t.start()])
			if unicode.IsLetter(r) && scriptClass(r) == 0 && (unicode.IsUpper(r) || unicode.IsLower(r)) {
				continue
			}
		}
		intPart := t.num(text)
		var joined []byte // intPart and the groups of thousands after it, once there are any
		frac := ""
		end := t.end()
		j := i
		grouped := false
		var groupSep rune
		lakh := indianGrouping(text, toks, i)
		for j+1 < len(toks) && toks[j+1].digits {
			sep := text[toks[j].end():toks[j+1].start()]
			next := toks[j+1].num(text)
			r, size := utf8.DecodeRuneInString(sep)
			if size != len(sep) || frac != "" {
				break
			}
			three := len(next) == 3 && !digitAfter(text, toks[j+1].end())
			var thousands, decimal bool
			switch {
			case r == '.' && inDottedDate(text, toks, j):
				// 15.05.1948: a date (scanNumericDates), no decimal
			case j < lakh:
				thousands = true // 1,40,00,000
			case isSpace(r) || r == '\'' || r == '’' || r == '٬':
				// ٬ (U+066C) is the Arabic thousands separator.
				// Groups of three after a group of at most three
				// (a year before a number is not a group).
				thousands = three && (grouped || len(intPart) <= 3)
			case r == ',' && commaThousands[lang], r == '.' && !commaThousands[lang]:
				thousands = three && (grouped || len(intPart) <= 3)
				decimal = !three && !grouped
			case r == ',' || r == '.':
				decimal = !grouped || r != groupSep
			case r == '٫': // U+066B, the Arabic decimal separator
				decimal = true
			case r == '/':
				decimal = !grouped && slashDecimal(text, toks, j, lang)
			}
			if thousands && grouped && r != groupSep {
				thousands, decimal = false, r == ',' || r == '.'
			}
			if thousands {
				if joined == nil {
					joined = append(joined, intPart...)
				}
				joined = append(joined, next...)
				grouped, groupSep = true, r
			} else if decimal {
				frac = next
			} else {
				break
			}
			end = toks[j+1].end()
			j++
		}
		if joined != nil {
			intPart = string(joined)
		}
		if z, wend := scaleAfter(text, toks, j, end, intPart, lang); z > 0 {
			intPart, frac = scaled(intPart, frac, z) // 14 million, 1400万
			end = wend
		}
		key := strings.TrimLeft(intPart, "0")
		if key == "" {
			key = "0"
		}
		if frac = strings.TrimRight(frac, "0"); frac != "" {
			key += "." + frac
		}
		// A range: this number follows the previous one across a dash
		// and optional spaces.
		if prevEnd >= 0 {
			between := strings.TrimFunc(text[prevEnd:t.start()], unicode.IsSpace)
			r, size := utf8.DecodeRuneInString(between)
			if size > 0 && size == len(between) && isDash(r) {
				start := out[len(out)-1].Start
				out = append(out, Anchor{Kind: Range, Key: prevKey + "-" + key, Start: start, End: end})
			}
		}
		out = append(out, Anchor{Kind: Number, Key: key, Start: t.start(), End: end})
		prevEnd, prevKey = end, key
		i = j
	}
	return out
}

// digitAfter reports whether a digit of any set follows byte offset i,
// except one after a decimal mark ("1.500,25": the group ends at the
// decimal mark).
func digitAfter(text string, i int) bool {
	if i < len(text) && (text[i] == ',' || text[i] == '.') {
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if digitValue(r) >= 0 {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && digitValue(r) >= 0
}
