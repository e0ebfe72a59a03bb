package editions

// Traditional and Simplified Chinese: one text in two orthographies
// (the Chinese Union Version of the Bible is printed in both, 說 and 说,
// 們 and 们) shared no word, so that compared as versions every sentence
// differed. For matching, a Traditional character is taken for its
// Simplified form; the text shown is never changed.

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// hanSimplified maps each Han character that has a Simplified form to
// it, as Unicode's Unihan database gives it (UAX #38: kSimplifiedVariant,
// and kTraditionalVariant read backwards; hanvariants_table.go, generated
// by editions/internal/genhan): 6,274 characters, 國 → 国, 發 and 髮 →
// 发. A character that is its own Simplified form in some uses (裡, 里
// or 裡) folds to the other: both texts are folded, so they meet
// whichever use is meant. A character whose form folds again is
// followed to its end, so that folding twice is folding once. The table
// is made when the first Chinese text is normalized.
//
// OpenCC's Traditional-to-Simplified table (the module
// github.com/longbridgeapp/opencc) did this first: read by converting
// every Han character of Unicode one at a time (some 70 ms; the module
// gives no other way to read it), with a 1.45 MB larger binary and a
// -dir flag the module registers on every program's command line. On the
// CUV in Traditional characters (spaces between words taken out) against
// the CUV in Simplified ones, as versions with --ignore spelling, Ruth:
// 126 rows of 134 equal with Unihan, 122 with OpenCC; Jonah: 56 of 68,
// 58 (left with Unihan: 臥/卧 and 饑/饥, variants it calls semantic, not
// simplified, and 籤/签; with OpenCC: 著/着, which it keeps).
var hanSimplified = sync.OnceValue(func() map[rune]rune {
	m := make(map[rune]rune, utf8.RuneCountInString(hanSimplifiedPairs)/2)
	for s := hanSimplifiedPairs; s != ""; {
		c, n := utf8.DecodeRuneInString(s)
		t, k := utf8.DecodeRuneInString(s[n:])
		m[c] = t
		s = s[n+k:]
	}
	for r, s := range m {
		for seen := 0; seen < 4; seen++ {
			t, ok := m[s]
			if !ok || t == s {
				break
			}
			s = t
		}
		m[r] = s
	}
	return m
})

// FoldHanVariants returns s with each Traditional Chinese character in
// its Simplified form (hanSimplified): 她們說 and 她们说 are one text.
// Text without a character to fold is returned as it is, unallocated,
// and text without a Han character does not load the table.
func FoldHanVariants(s string) string {
	var m map[rune]rune
	i := strings.IndexFunc(s, func(r rune) bool {
		if r < 0x2e80 || !unicode.Is(unicode.Han, r) { // U+2E80: the first radical
			return false
		}
		if m == nil {
			m = hanSimplified()
		}
		_, ok := m[r]
		return ok
	})
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if t, ok := m[r]; ok {
			r = t
		}
		b.WriteRune(r)
	}
	return b.String()
}
