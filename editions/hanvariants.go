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

	"github.com/longbridgeapp/opencc"
)

// hanSimplified maps each Han character that has a Simplified form to
// it, as OpenCC's Traditional-to-Simplified conversion (the module
// github.com/longbridgeapp/opencc, which embeds OpenCC's dictionaries)
// converts the character standing alone: its TSCharacters table, 4,105
// characters, 國 → 国, 發 and 髮 → 发. Phrases are left out: what
// matching needs is that both orthographies fold to one form, and a
// character folded alike in every word does that; the phrase table
// chooses among the Traditional forms of a Simplified character, which
// the other direction needs, not this one. The table is read once, when
// the first Chinese text is normalized (some 70 ms), by converting every
// Han character of Unicode one at a time: the module gives no other way
// to read it. A character whose form folds again (none in OpenCC 1.1's
// data, but the table may change) is followed to its end, so that
// folding twice is folding once.
var hanSimplified = sync.OnceValue(func() map[rune]rune {
	cc, err := opencc.New("t2s")
	if err != nil {
		panic("editions: OpenCC's t2s conversion does not load: " + err.Error())
	}
	m := map[rune]rune{}
	var buf [utf8.UTFMax]byte
	for _, rt := range unicode.Han.R16 {
		addHanRange(m, cc, rune(rt.Lo), rune(rt.Hi), rune(rt.Stride), buf[:])
	}
	for _, rt := range unicode.Han.R32 {
		addHanRange(m, cc, rune(rt.Lo), rune(rt.Hi), rune(rt.Stride), buf[:])
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

// addHanRange adds to m the Simplified form of each character lo, lo +
// stride, … hi that cc converts to a single other character.
func addHanRange(m map[rune]rune, cc *opencc.OpenCC, lo, hi, stride rune, buf []byte) {
	for r := lo; r <= hi; r += stride {
		n := utf8.EncodeRune(buf, r)
		out, err := cc.Convert(string(buf[:n]))
		if err != nil {
			continue
		}
		if s, size := utf8.DecodeRuneInString(out); size == len(out) && s != r && s != utf8.RuneError {
			m[r] = s
		}
	}
}

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
