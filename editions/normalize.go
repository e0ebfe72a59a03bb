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
//     " - ", runs of spaces one space, and the ends are trimmed;
//   - in Chinese, Traditional characters become Simplified ones
//     (FoldHanVariants), as capitals become small letters.

// arenaChunk is the size of the buffers NormalizeSentences folds texts
// into: a few hundred sentences of prose each, so that allocations are
// few, and small beside any text large enough for its memory to matter,
// so that the unused end of the last buffer, or of one a sentence did
// not fit in, is negligible. A buffer is never larger than the texts
// still to fold, so that a short edition does not hold 64 KB for its
// few hundred bytes (200 editions of 5 KB held 12.8 MB of buffers for
// 1 MB of text: go run ./bench/pathological -case editions-200).
const arenaChunk = 64 << 10

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
	// The lower-cased texts are written one after another into buffers
	// of arenaChunk bytes, each text made a string in place: one
	// allocation for hundreds of sentences instead of one a sentence,
	// and no more than is used. (One buffer sized from the texts, as
	// before, held the whole edition's size, 20 MB of a 20 MB text, to
	// keep the 5 MB its folded sentences take.) The bytes of a text's
	// string are never written again; only those after it are.
	var arena []byte
	rest := 0 // bytes of the texts not yet folded
	for _, t := range texts {
		rest += len(t)
	}
	for i, t := range texts {
		rest -= len(t)
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
		if cap(arena)-len(arena) < len(p) {
			arena = make([]byte, 0, len(p)+min(arenaChunk, rest))
		}
		start := len(arena)
		var plain, changed bool
		arena, plain, changed = appendPlainLower(arena, p)
		switch {
		case !plain:
			// caseFold(p), from the blocks (normalize_blocks.go)
			arena = appendFold(arena[:start], p)
			folded[i], fussy[i] = "", true
			if len(arena) > start {
				folded[i] = unsafe.String(&arena[start], len(arena)-start)
			}
		case !changed:
			arena = arena[:start]
			folded[i] = p
		default:
			folded[i] = unsafe.String(&arena[start], len(arena)-start)
		}
	}
	vocab := vocabulary(folded)
	out := make([]string, len(texts))
	for i := range texts {
		out[i] = n.finish(n.joinHyphens(prepared[i], folded[i], vocab), fussy[i])
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
	return n.finish(n.joinHyphens(p, f, nil), fussy)
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
	han          bool   // Chinese: Traditional characters fold to Simplified ones
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
	case "zh":
		n.han = true
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
// is, and none combines with the one before it: most text in Latin,
// Greek and Cyrillic letters (nfcInert), Han, kana, hangul syllables,
// unpointed Hebrew, Arabic and Syriac (the blocks of
// normalize_blocks.go). It is a quicker test than
// norm.NFC.IsNormalString, which is asked about the rest.
func isInertNFC(s string) bool {
	inert := nfcInert()
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < rune(len(inert)) {
			if !inert[r] {
				return false
			}
		} else if !blockOf(r).inert[r&0xFF] {
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
// Then spaces and dashes, and in Chinese the Traditional characters.
func (n *normalizer) finish(s string, fussy bool) string {
	if fussy {
		if !isInertNFC(s) && !norm.NFC.IsNormalString(s) {
			s = norm.NFC.String(s)
		}
		s = mapChars(s)
	}
	s = collapseSpaceAndDashes(s)
	if n.han {
		s = FoldHanVariants(s)
	}
	return s
}
