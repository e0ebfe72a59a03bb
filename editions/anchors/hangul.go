package anchors

import "strings"

// revised romanises the hangul syllables of s by the Revised
// Romanization of Korean (Ministry of Culture and Tourism, 2000), the
// official romanisation of South Korea. A syllable of the block
// U+AC00–U+D7A3 is decomposed arithmetically into its initial, vowel and
// final jamo (Unicode Standard §3.12, "Conjoining Jamo Behavior":
// index = (initial×21 + vowel)×28 + final), and each is written by the
// tables below, which are RR's. Of RR's sound changes two are kept, the
// two that names need: a final consonant is written as pronounced at the
// end of a syllable (ㅅ, ㅈ, ㅊ, ㅌ, ㅎ as t; ㄱ, ㅋ as k; ㅂ, ㅍ as p:
// 룻 rut), and ㄹㄹ is ll (엘리 elli). Other runes are copied.
func revised(s string) string {
	var b strings.Builder
	prevFinal := 0
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			b.WriteRune(r)
			prevFinal = 0
			continue
		}
		i := int(r - 0xAC00)
		l, v, t := i/588, i%588/28, i%28
		if l == 5 && prevFinal == 8 { // ㄹ after a final ㄹ
			b.WriteString("l")
		} else {
			b.WriteString(rrInitials[l])
		}
		b.WriteString(rrVowels[v])
		b.WriteString(rrFinals[t])
		prevFinal = t
	}
	return b.String()
}

// The jamo of RR in the order of Unicode's syllable arithmetic: the 19
// initials ㄱ…ㅎ (ㅇ silent), the 21 vowels ㅏ…ㅣ and the 28 finals
// (none, ㄱ…ㅎ, clusters written by the consonant pronounced).
var (
	rrInitials = strings.Split("g kk n d tt r m b pp s ss - j jj ch k t p h", " ")
	rrVowels   = strings.Fields("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i")
	rrFinals   = strings.Split("- k k k n n n t l k m l l l p l m p p t t ng t t k t p t", " ")
)

func init() {
	for _, t := range [][]string{rrInitials, rrFinals} {
		for i, s := range t {
			if s == "-" {
				t[i] = ""
			}
		}
	}
}
