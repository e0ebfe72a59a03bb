package editions

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// The comparison form of a sentence (Sentence.Norm) is what matching
// looks at: the same words written with different typography, or broken
// differently by a printer, should compare equal. It is never shown.
//
// In order:
//   - invalid UTF-8 becomes U+FFFD; soft hyphens and zero-width
//     characters are removed; every kind of space, tab or line break
//     becomes a space; double quotes and guillemets become '"', single
//     quotes, apostrophes, backquotes and acute accents used as quotes
//     become '\''; hyphens, the minus sign and the en dash become '-', the
//     em dash " - "; ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) are spelled out and the
//     ellipsis becomes "..." (æ and œ are letters, and stay);
//   - the text is put in Unicode NFC;
//   - note markers go: "[^1]", "[^note]", "[12]" (digits only), and
//     superscript digits attached to a word or punctuation ("word¹");
//     Markdown emphasis goes: '*' runs unless they stand alone between
//     spaces ("* * *"), '_' runs unless inside a word ("snake_case");
//   - words broken at a hyphen are joined (see joinHyphens);
//   - the text is case-folded (Turkish and Azerbaijani dotted and dotless
//     i kept apart), put in NFC again, runs of two dashes or more become
//     " - ", runs of spaces one space, and the ends are trimmed.

// NormalizeSentences returns the comparison form of each of texts, the
// sentence texts of one edition in lang. The whole edition is its own
// dictionary: whether "pre-pared" is a word broken at a line end or
// "bayonet-point" a compound is decided by the words found elsewhere in
// it. Time is linear in the size of the edition.
func NormalizeSentences(texts []string, lang language.Tag) []string {
	n := newNormalizer(lang)
	prepared := make([]string, len(texts))
	folded := make([]string, len(texts))
	fussy := make([]bool, len(texts))
	// The lower-cased ASCII texts are written one after another into one
	// buffer, made a string once: one allocation instead of one a sentence.
	// lowered[i] is the end of text i in it, or -1 when folded[i] is set.
	var arena []byte
	lowered := make([]int, len(texts))
	for i, t := range texts {
		lowered[i] = -1
		flags := scanASCII(t)
		p := t
		if flags&nonASCII != 0 {
			p = n.prepare(t)
		} else {
			// prepare, with what scanASCII found
			if flags&needsMap != 0 {
				p = mapChars(p)
			}
			if flags&markup != 0 {
				p = stripMarkup(p)
			}
		}
		prepared[i] = p
		if n.turkic {
			folded[i], fussy[i] = n.fold(p)
			continue
		}
		if flags&(nonASCII|upper) == 0 {
			folded[i] = p // nothing to lower-case
			continue
		}
		// fold, into the buffer
		if arena == nil {
			size := 0
			for _, t := range texts[i:] {
				size += len(t)
			}
			arena = make([]byte, 0, size)
		}
		start := len(arena)
		var plain, changed bool
		arena, plain, changed = appendPlainLower(arena, p)
		switch {
		case !plain:
			arena = arena[:start]
			folded[i], fussy[i] = n.caseFold(p), true
		case !changed:
			arena = arena[:start]
			folded[i] = p
		default:
			lowered[i] = len(arena)
		}
	}
	if arena != nil {
		// The buffer is never written again: the string can share it.
		all, start := unsafe.String(unsafe.SliceData(arena), len(arena)), 0
		for i, end := range lowered {
			if end >= 0 {
				folded[i], start = all[start:end], end
			}
		}
	}
	vocab := vocabulary(folded)
	out := make([]string, len(texts))
	for i := range texts {
		out[i] = finish(n.joinHyphens(prepared[i], folded[i], vocab), fussy[i])
	}
	return out
}

// Fold returns the comparison form of a single string, such as a search
// query or a word list entry. With no edition to consult, it joins only
// the words that are plainly broken ("some- thing") and keeps every other
// hyphen. Fold(Fold(s)) == Fold(s).
func Fold(s string, lang language.Tag) string {
	n := newNormalizer(lang)
	p := n.prepare(s)
	f, fussy := n.fold(p)
	return finish(n.joinHyphens(p, f, nil), fussy)
}

// A normalizer holds what normalizing in one language needs. A
// cases.Caser keeps state, so each call makes its own.
type normalizer struct {
	caser   cases.Caser
	turkic  bool // dotless ı and dotted İ are letters of their own
	hyphens *hyphenRules
	// German capitalises nouns, so a capital after a line-break hyphen
	// says nothing; only a capital after the hyphen marks a compound
	// ("Bethlehem-Juda", "Ost-West").
	capitalNouns bool
	buf          []byte // see joinedCount
}

func newNormalizer(lang language.Tag) *normalizer {
	base, _ := lang.Base()
	n := &normalizer{caser: cases.Fold(), hyphens: hyphenRulesFor(base.String())}
	switch base.String() {
	case "tr", "az":
		n.turkic = true
	case "de", "lb", "gsw":
		n.capitalNouns = true
	}
	return n
}

// fold case-folds s. Unicode's default folding takes I to i, which in
// Turkish and Azerbaijani is the capital of ı; their special folding (the
// T lines of CaseFolding.txt) is applied by hand, as package cases has no
// option for it.
func (n *normalizer) fold(s string) (folded string, fussy bool) {
	if n.turkic {
		return n.caseFold(turkicCapitals.Replace(s)), true
	}
	if isASCII(s) {
		return strings.ToLower(s), false // the same, faster
	}
	// Most books are in scripts whose folding is plain lower-casing; the
	// transformer of package cases is kept for the others.
	simple := simpleFolding()
	changes := false
	for _, r := range s {
		if r >= rune(len(simple)) || !simple[r] || isCombiningBelow0530(r) {
			return n.caseFold(s), true
		}
		if !changes && unicode.ToLower(r) != r {
			changes = true
		}
	}
	if !changes {
		return s, false
	}
	return strings.Map(unicode.ToLower, s), false
}

// caseFold applies Unicode's full case folding. Package cases folds the
// Cherokee capitals to the small letters and the small letters to the
// capitals, so that folding twice differs from folding once;
// CaseFolding.txt folds Cherokee to the capitals (the older letters),
// and so does this.
func (n *normalizer) caseFold(s string) string {
	f := n.caser.String(s)
	if !strings.ContainsFunc(f, isCherokeeSmall) {
		return f
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xAB70 && r <= 0xABBF:
			return r - 0xAB70 + 0x13A0
		case r >= 0x13F8 && r <= 0x13FD:
			return r - 0x13F8 + 0x13F0
		}
		return r
	}, f)
}

func isCherokeeSmall(r rune) bool {
	return r >= 0xAB70 && r <= 0xABBF || r >= 0x13F8 && r <= 0x13FD
}

// appendPlainLower appends to dst the folding of s where it is plain
// lower-casing, as in fold: plain is false, and what was appended is to be
// dropped, where s holds a character for which it is not. changed says
// whether any character was lowered.
func appendPlainLower(dst []byte, s string) (out []byte, plain, changed bool) {
	lower := plainLower()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= rune(len(lower)) || lower[r] < 0 {
			return dst, false, false
		}
		if l := lower[r]; l != r {
			changed = true
			dst = utf8.AppendRune(dst, l)
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst, true, changed
}

// plainLower gives, for each character below U+0530, its lower case when
// fold lower-cases it plainly (simpleFolding, and not a combining mark),
// else -1.
var plainLower = sync.OnceValue(func() []rune {
	simple := simpleFolding()
	t := make([]rune, len(simple))
	for r := range rune(len(t)) {
		t[r] = -1
		if simple[r] && !isCombiningBelow0530(r) {
			t[r] = unicode.ToLower(r)
		}
	}
	return t
})

// isCombiningBelow0530 reports the combining marks among the characters
// simpleFolding covers: lower-casing the letter before one can make a
// pair NFC composes ("J\u030C" gives "ǰ"), which the fussy path handles.
func isCombiningBelow0530(r rune) bool {
	return r >= 0x300 && r <= 0x36F || r >= 0x483 && r <= 0x489
}

// simpleFolding marks the characters below U+0530 (Latin, Greek,
// Cyrillic, Armenian capitals) whose full case folding is their lower
// case, as checked against package cases itself: not ß, ŉ, ǰ, ΐ, ς, ſ, µ
// and a few more.
var simpleFolding = sync.OnceValue(func() []bool {
	t := make([]bool, 0x530)
	c := cases.Fold()
	for r := range rune(len(t)) {
		t[r] = c.String(string(r)) == string(unicode.ToLower(r))
	}
	return t
})

var turkicCapitals = strings.NewReplacer("I", "ı", "İ", "i")

// prepare applies the steps that keep letter case, which joinHyphens
// still needs.
func (n *normalizer) prepare(s string) string {
	if isASCII(s) {
		return stripMarkup(mapChars(s))
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = mapChars(s)
	if !isInertNFC(s) && !norm.NFC.IsNormalString(s) {
		// NFC can produce characters mapChars maps (U+1FEF is '`').
		s = mapChars(norm.NFC.String(s))
	}
	return stripMarkup(s)
}

// isInertNFC reports text that is in NFC because each of its characters
// is, below U+0530, and none combines with the one before it: most text
// in Latin, Greek and Cyrillic letters. It is a quicker test than
// norm.NFC.IsNormalString, which is asked about the rest.
func isInertNFC(s string) bool {
	inert := nfcInert()
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= rune(len(inert)) || !inert[r] {
			return false
		}
		i += size
	}
	return true
}

// nfcInert marks the characters below U+0530 that are in NFC by
// themselves and start a segment that nothing before them joins.
var nfcInert = sync.OnceValue(func() []bool {
	t := make([]bool, 0x530)
	for r := range rune(len(t)) {
		s := string(r)
		t[r] = norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore()
	}
	return t
})

// finish tidies a folded text. When folding was fussy (outside the
// scripts where it is plain lower-casing, or with combining marks), NFC
// is applied again, as folding can decompose ("ǰ"), and the mappings
// again, as folding can produce a mapped character ("ŉ" folds to "ʼn").
// Then spaces and dashes.
func finish(s string, fussy bool) string {
	if fussy {
		if !norm.NFC.IsNormalString(s) {
			s = norm.NFC.String(s)
		}
		s = mapChars(s)
	}
	return collapseSpaceAndDashes(s)
}

// What scanASCII finds in a text.
const (
	nonASCII = 1 << iota // a byte of a character outside ASCII
	needsMap             // a character mapChars changes: \t \n \v \f \r `
	markup               // a character stripMarkup looks at: [ * _
	upper                // a capital A-Z
)

// asciiFlags is what each ASCII byte adds to the flags of scanASCII.
var asciiFlags = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = nonASCII
	}
	for _, c := range "\t\n\v\f\r`" {
		t[c] = needsMap
	}
	for _, c := range "[*_" {
		t[c] = markup
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = upper
	}
	return t
}()

// scanASCII reads s once and says which of the steps of prepare and fold
// it needs, if it is ASCII; it stops at the first byte that is not.
func scanASCII(s string) uint8 {
	var f uint8
	for i := 0; i < len(s); i++ {
		f |= asciiFlags[s[i]]
		if f&nonASCII != 0 {
			return f
		}
	}
	return f
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mapChars applies the character mappings of the comparison form; see
// the top of this file.
func mapChars(s string) string {
	if !needsMapping(s) {
		return s
	}
	// Runs of characters that stay are copied whole; s[last:i] is one.
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch c {
			case '\t', '\n', '\v', '\f', '\r':
				b.WriteString(s[last:i])
				b.WriteByte(' ')
				last = i + 1
			case '`':
				b.WriteString(s[last:i])
				b.WriteByte('\'')
				last = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// An invalid byte: written as U+FFFD, as ranging over s gives.
			b.WriteString(s[last:i])
			b.WriteRune(r)
			i++
			last = i
			continue
		}
		if !isMappedRune(r) {
			i += size
			continue
		}
		b.WriteString(s[last:i])
		switch {
		case isRemovedInvisible(r):
		case unicode.IsSpace(r) || unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp):
			b.WriteByte(' ')
		default:
			if m, ok := charMappings[r]; ok {
				b.WriteString(m)
			} else {
				b.WriteRune(r)
			}
		}
		i += size
		last = i
	}
	b.WriteString(s[last:])
	return b.String()
}

// needsMapping reports whether mapChars would change s; most sentences of
// most books are plain enough to skip it.
func needsMapping(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == '`' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isMappedRune(r) {
			return true
		}
		i += size
	}
	return false
}

// isMappedRune reports a non-ASCII character mapChars changes, testing
// the ranges of letters first, as they are most of any text.
func isMappedRune(r rune) bool {
	switch {
	case r >= 0xC0 && r < 0x2BC, r > 0x2BC && r < 0x1680:
		return false // Latin letters, Greek, Cyrillic, Hebrew, Arabic...
	case r >= 0x3040 && r < 0xFB00:
		return false // kana, Han, Hangul
	}
	_, ok := charMappings[r]
	return ok || isRemovedInvisible(r) || unicode.IsSpace(r) || unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp)
}

// isRemovedInvisible reports the characters that change nothing a reader
// sees: the soft hyphen, zero-width space, non-joiner and joiner, word
// joiner and invisible operators, byte-order mark, Mongolian vowel
// separator, and the left-to-right and right-to-left marks.
func isRemovedInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F',
		'\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF':
		return true
	}
	return false
}

// charMappings are the non-ASCII characters the comparison form spells
// differently.
var charMappings = map[rune]string{
	// double quotes and guillemets
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '«': `"`, '»': `"`, '‹': `"`, '›': `"`,
	'〝': `"`, '〞': `"`, '＂': `"`, '❝': `"`, '❞': `"`,
	// single quotes and apostrophes
	'‘': "'", '’': "'", '‚': "'", '‛': "'", 'ʼ': "'", '´': "'", '＇': "'", '❛': "'", '❜': "'",
	// hyphens and short dashes, the minus sign
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '−': "-", '﹣': "-", '－': "-",
	// long dashes: punctuation between words, never a hyphen, spaced or not
	'—': " - ", '―': " - ", '⸺': " - ", '⸻': " - ", '﹘': " - ",
	// ligatures of typesetting
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
	'…': "...",
}

// maxMarkerLabel bounds the label of a note marker "[^label]" or "[12]".
const maxMarkerLabel = 24

// stripMarkup removes note markers and Markdown emphasis. It decides as
// it writes, looking left at what it has kept, so that nested or adjacent
// markup ("*[1]*", "[1[2]]") leaves nothing a second pass would remove.
func stripMarkup(s string) string {
	if !mayHaveMarkup(s) {
		return s
	}
	out := make([]byte, 0, len(s))
	lastRune := func() rune {
		if len(out) == 0 {
			return ' '
		}
		r, _ := utf8.DecodeLastRune(out)
		return r
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case ']':
			if start := markerStart(out); start >= 0 {
				out = out[:start]
				i++
				continue
			}
		case '*', '_':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			left := lastRune()
			right := ' '
			if j < len(s) {
				right, _ = utf8.DecodeRuneInString(s[j:])
			}
			alone := isSpaceOrEdge(left) && isSpaceOrEdge(right)
			inWord := c == '_' && isAlnum(left) && isAlnum(right)
			if !alone && !inWord {
				i = j // emphasis
				continue
			}
			out = append(out, s[i:j]...)
			i = j
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isSuperscriptDigit(r) {
				left := lastRune()
				if !isSpaceOrEdge(left) && !unicode.IsDigit(left) && !isSuperscriptDigit(left) {
					i += size // a note marker: "word¹", "end.²"
					continue
				}
			}
			out = append(out, s[i:i+size]...)
			i += size
			continue
		}
		out = append(out, c)
		i++
	}
	return string(out)
}

// mayHaveMarkup reports whether s holds a character stripMarkup looks
// at. strings.ContainsAny is slow with a non-ASCII set, so it searches
// bytes: '[', '*', '_', then the lead bytes of the superscript digits
// (¹ ² ³ are C2 B9, C2 B2, C2 B3; ⁰ ⁴..⁹ are E2 81 B0, E2 81 B4..B9).
func mayHaveMarkup(s string) bool {
	if strings.IndexByte(s, '[') >= 0 || strings.IndexByte(s, '*') >= 0 || strings.IndexByte(s, '_') >= 0 {
		return true
	}
	for i := strings.IndexByte(s, 0xC2); i >= 0 && i+1 < len(s); i = nextByte(s, i+1, 0xC2) {
		if c := s[i+1]; c == 0xB9 || c == 0xB2 || c == 0xB3 {
			return true
		}
	}
	for i := strings.IndexByte(s, 0xE2); i >= 0 && i+2 < len(s); i = nextByte(s, i+1, 0xE2) {
		if c := s[i+2]; s[i+1] == 0x81 && (c == 0xB0 || c >= 0xB4 && c <= 0xB9) {
			return true
		}
	}
	return false
}

// nextByte returns the index of the first c in s at or after from, or -1.
func nextByte(s string, from int, c byte) int {
	if j := strings.IndexByte(s[from:], c); j >= 0 {
		return from + j
	}
	return -1
}

// markerStart returns where a note marker opened at the end of out
// ("[^label" or "[digits") begins, or -1.
func markerStart(out []byte) int {
	for k := len(out) - 1; k >= 0 && k >= len(out)-maxMarkerLabel-2; k-- {
		switch c := out[k]; {
		case c == '[':
			label := out[k+1:]
			if len(label) > 1 && label[0] == '^' {
				return k
			}
			if len(label) > 0 && label[0] != '^' && allDigits(label) {
				return k
			}
			return -1
		case c == '^':
			if k == 0 || out[k-1] != '[' {
				return -1
			}
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '-', c == '_':
		default:
			return -1
		}
	}
	return -1
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isSpaceOrEdge(r rune) bool { return r == ' ' }

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// collapseSpaceAndDashes turns runs of two dashes or more ("--" in plain
// text stands for an em dash) into " - ", runs of spaces into one, and
// trims the ends.
func collapseSpaceAndDashes(s string) string {
	if s == "" || s[0] != ' ' && s[len(s)-1] != ' ' && !strings.Contains(s, "  ") && !strings.Contains(s, "--") {
		return s
	}
	b := make([]byte, 0, len(s))
	pendingSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			pendingSpace = true
			i++
			continue
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] == '-' {
				i++
			}
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, '-')
			pendingSpace = true
			continue
		}
		if pendingSpace && len(b) > 0 {
			b = append(b, ' ')
		}
		pendingSpace = false
		b = append(b, c)
		i++
	}
	return string(b)
}

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
