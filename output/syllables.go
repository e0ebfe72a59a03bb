package output

// Where a line may break inside a word of Thai or Lao, which are written
// without spaces between words: at a syllable's edge, as far as the
// letters tell it without a dictionary.

import "unicode/utf8"

// syllableCut moves a cut at hard inside a long word of Thai or Lao,
// written without spaces between words, back to where a syllable may
// end: never before a vowel written after its consonant (Thai ะ า ำ ๅ,
// Lao ະ າ ຳ), which cannot begin one, nor after a vowel written before
// it (Thai เ แ โ ใ ไ, Lao ເ ແ ໂ ໃ ໄ), which cannot end one — a cut
// "แล|ะ" splits the word และ inside its one syllable — nor, in Thai,
// where thaiKeeps says a syllable goes on. Words themselves need a
// dictionary (UAX #14 leaves the class SA to one); syllables are what
// the letters say. A cut it cannot move at least a character from the
// start of the line stays where it was.
func syllableCut(s string, hard int) int {
	cut := hard
	for cut > 0 && cut < len(s) {
		next, _ := utf8.DecodeRuneInString(s[cut:])
		prev, _ := utf8.DecodeLastRuneInString(s[:cut])
		if !followingVowel(next) && !leadingVowel(prev) && !thaiKeeps(s, cut) {
			return cut
		}
		cut = clusterCut(s, clusterStart(s, cut))
	}
	return hard
}

// followingVowel reports the Thai and Lao vowels written after their
// consonant and taking a column: no syllable begins with one.
func followingVowel(r rune) bool {
	switch r {
	case 'ะ', 'า', 'ำ', 'ๅ', 'ະ', 'າ', 'ຳ':
		return true
	}
	return false
}

// leadingVowel reports the Thai and Lao vowels written before their
// consonant: no syllable ends with one.
func leadingVowel(r rune) bool {
	return r >= 'เ' && r <= 'ไ' || r >= 'ເ' && r <= 'ໄ'
}

// thaiKeeps reports whether a Thai syllable goes on across a cut at
// s[cut], by the spelling of the language (the letters of a syllable:
// a leading vowel, one or two consonants, the vowel and tone marks
// over and under them, a following vowel, a final consonant):
//
//   - a final consonant is not cut from its syllable: a bare consonant
//     (bareThai) after a written vowel — one over or under the
//     consonant before (กิ|น, เป็|น), า (กา|ร), a tone mark over a
//     consonant that has one (เก่|ง, ชั่|วโมง), or อ, ว, ย written as a
//     vowel after a consonant (ขอ|ง, เมือ|ง, หลว|ง, ก่อ|น);
//   - nor อ, ว, ย written as that vowel, bare after a consonant or a
//     tone mark (ข|อง, หล|วง, ไท|ย, ก่|อน);
//   - nor a silent ห or อ from the consonant it leads, whose tone it
//     gives (ห|ญิง, ให|ญ่, ห|ลวง, อ|ย่า);
//   - nor the consonant after a leading vowel from a bare one after it,
//     of a cluster or a final (เพ|ลง).
//
// A consonant that carries its own vowel begins a syllable (กิน|ข้าว,
// แม่|น้ำ, ไม่|ชอบ); so, mostly, does a leading vowel. What the letters
// cannot tell — a final after a consonant whose vowel is not written
// (คน, its o unwritten), a cluster from two syllables (ป|ระเทศ is a cut
// inside the cluster ปร, หก|ล้าน one between syllables, กล้า a cluster
// again) — is left to the cut, and a rule that keeps too much (ผู้|หญิง kept for ผู้ห|ญิง)
// only moves the cut back to the syllable before.
func thaiKeeps(s string, cut int) bool {
	next, _ := utf8.DecodeRuneInString(s[cut:])
	prev, n := utf8.DecodeLastRuneInString(s[:cut])
	if !thaiConsonant(next) {
		return false
	}
	before, m := utf8.DecodeLastRuneInString(s[:cut-n])
	first, _ := utf8.DecodeLastRuneInString(s[:cut-n-m]) // before the consonant a tone mark is on
	switch {
	case prev == 'ห' && isAny(next, sonorants), prev == 'อ' && next == 'ย':
		return true
	case !bareThai(s, cut, false):
		return false
	case thaiVowelSign(prev) || prev == 'า':
		return true
	case thaiTone(prev) && (thaiVowelSign(before) || leadingVowel(first)):
		return bareThai(s, cut, true)
	case isAny(prev, "อวย") && (thaiConsonant(before) || thaiTone(before) || thaiVowelSign(before)):
		return true // the final after อ, ว, ย written as a vowel
	case isAny(next, "อวย") && (thaiConsonant(prev) || thaiTone(prev)):
		return true
	case thaiConsonant(prev) && leadingVowel(before):
		return true
	}
	return false
}

// sonorants are the Thai consonants a silent ห leads (หญิง, หลวง).
const sonorants = "งญนมยรลว"

// bareThai reports whether the Thai consonant at s[i] stands without a
// vowel of its own: no mark over or under it, no following vowel or
// thanthakhat ์ after it (the น of กิน, not of นี้ or นะ), and it leads
// no silent pair (the ห of หญิง, the อ of อยู่). strict asks too that
// no อ, ว or ย follows it as its vowel before a consonant (the ช of
// ชอบ), which after a tone mark tells an initial (ไม่|ชอบ) where after
// a vowel sign the consonant is as often a final (กิน|อยู่).
func bareThai(s string, i int, strict bool) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	after, m := utf8.DecodeRuneInString(s[i+n:])
	if thaiVowelSign(after) || thaiTone(after) || followingVowel(after) || after == '\u0e4c' {
		return false
	}
	if r == 'ห' && isAny(after, sonorants) || r == 'อ' && after == 'ย' {
		return false
	}
	then, _ := utf8.DecodeRuneInString(s[i+n+m:])
	return !strict || !isAny(after, "อวย") || !thaiConsonant(then)
}

// thaiConsonant reports a Thai consonant, ก to ฮ.
func thaiConsonant(r rune) bool { return r >= 'ก' && r <= 'ฮ' }

// thaiVowelSign reports the Thai vowels written over or under their
// consonant, and maitaikhu ็, which shortens one (ั ิ ี ึ ื ุ ู ็): a
// syllable with one has its vowel, and a bare consonant after it is
// its final.
func thaiVowelSign(r rune) bool {
	return r == '\u0e31' || r >= '\u0e34' && r <= '\u0e39' || r == '\u0e47'
}

// thaiTone reports the Thai tone marks, ่ ้ ๊ ๋.
func thaiTone(r rune) bool { return r >= '\u0e48' && r <= '\u0e4b' }

func isAny(r rune, set string) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}
