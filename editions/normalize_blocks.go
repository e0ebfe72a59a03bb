package editions

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// What normalizing needs to know of a character outside the small
// tables of normalize.go (which stop at U+0530), worked out a block of
// 256 characters at a time, the first time a text holds one of them, and
// kept for the process.
//
// Text in the other scripts (Han, kana, hangul, Hebrew, Arabic, Syriac,
// Vietnamese's letters of Latin Extended Additional …) otherwise went,
// sentence by sentence, through package cases to be case-folded and
// through norm.NFC's quick check twice, before and after folding: 35–40%
// of the time to read the Korean Ruth and the Syriac Mark, whose
// sentences are almost all characters no table covered; and Vietnamese's
// letters were looked up one by one in charMappings (isMappedRune). A
// look-up in a block answers these questions with the same result
// (normalize_blocks_test.go checks every character against package
// cases and norm, and isMappedSlow).

// A charBlock describes characters r&^0xFF … r|0xFF.
type charBlock struct {
	// fold is each character's full case folding, as caseFold gives
	// it: package cases folds character by character, with no context,
	// so the folding of a text is that of its characters one after
	// another.
	fold [256]string
	// inert marks the characters that are in NFC by themselves and
	// start a segment that nothing before them joins (nfcInert's rule).
	inert [256]bool
	// mapped marks the characters mapChars changes (isMappedSlow).
	mapped [256]bool
}

// charBlocks holds the blocks met so far, by r>>8.
var charBlocks [(utf8.MaxRune + 1) >> 8]atomic.Pointer[charBlock]

// blockOf returns the block of r, working it out if no text has needed
// it yet. Two goroutines may both work it out; they find the same.
func blockOf(r rune) *charBlock {
	k := r >> 8
	if b := charBlocks[k].Load(); b != nil {
		return b
	}
	b := newCharBlock(k << 8)
	charBlocks[k].CompareAndSwap(nil, b)
	return charBlocks[k].Load()
}

// newCharBlock works out the block that starts at first. The 256
// characters are folded in one call, each followed by a separator (NUL,
// or in the block of NUL 一), which folds to itself and is no part of any
// other character's folding, to split the result.
func newCharBlock(first rune) *charBlock {
	b := &charBlock{}
	sep := "\x00"
	if first == 0 {
		sep = "一"
	}
	var all strings.Builder
	for x := range rune(256) {
		all.WriteString(string(first + x))
		all.WriteString(sep)
	}
	n := &normalizer{caser: cases.Fold()}
	folds := strings.Split(n.caseFold(all.String()), sep)
	for x := range rune(256) {
		b.fold[x] = folds[x]
		s := string(first + x)
		b.inert[x] = norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore()
		b.mapped[x] = isMappedSlow(first + x)
	}
	return b
}

// appendFold appends to dst the full case folding of s, which is
// caseFold(s), character by character from the blocks. s is valid
// UTF-8.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, blockOf(r).fold[r&0xFF]...)
		i += size
	}
	return dst
}
