package anchors

import "strings"

// hepburn romanises kana, katakana or hiragana, by modified Hepburn, the
// romanisation of Kenkyūsha's dictionary that Japanese passports and
// most transcriptions of names follow (ANSI Z39.11-1972; the table is
// that of Wikipedia's "Hepburn romanization", checked against the kana
// names of the Unicode charts U+3040–U+30FF). Long vowels, which Hepburn
// marks with a macron, are written once: ー adds nothing. Other runes
// are copied.
//
//   - ャュョ after a kana of the i column replace its i: キャ kya,
//     シャ sha, チョ cho, ジュ ju;
//   - the small vowels ァィゥェォ, with which katakana writes the
//     syllables foreign names need, replace the vowel of the kana before
//     them: ファ fa, ティ ti, シェ she, ウィ wi, ヴァ va;
//   - ッ doubles the consonant after it: ヨッパ yoppa, マッチ matchi.
func hepburn(s string) string {
	var b strings.Builder
	double := false
	for _, r := range s {
		if r >= 0x3041 && r <= 0x3096 {
			r += 0x60 // hiragana to the katakana of the same sound
		}
		rom, ok := kanaRoman[r]
		if !ok {
			b.WriteRune(r)
			double = false
			continue
		}
		out := b.String()
		switch {
		case r == 'ッ':
			double = true
			continue
		case r == 'ャ' || r == 'ュ' || r == 'ョ':
			if strings.HasSuffix(out, "i") && len(out) > 1 {
				out = out[:len(out)-1]
				if strings.HasSuffix(out, "sh") || strings.HasSuffix(out, "ch") || strings.HasSuffix(out, "j") {
					rom = rom[1:]
				}
				b.Reset()
				b.WriteString(out)
			}
		case r == 'ァ' || r == 'ィ' || r == 'ゥ' || r == 'ェ' || r == 'ォ':
			if n := len(out); n > 0 && isVowel(out[n-1]) {
				if n == 1 || isVowel(out[n-2]) {
					out = out[:n-1] + "w" // ウィ wi, ウェ we
				} else {
					out = out[:n-1]
				}
				b.Reset()
				b.WriteString(out)
			}
		}
		if double && rom != "" && strings.IndexByte("aiueon", rom[0]) < 0 {
			if strings.HasPrefix(rom, "ch") {
				b.WriteByte('t')
			} else {
				b.WriteByte(rom[0])
			}
		}
		double = false
		b.WriteString(rom)
	}
	return b.String()
}

func isVowel(c byte) bool { return strings.IndexByte("aiueo", c) >= 0 }

// kanaRoman holds the Hepburn syllable of each katakana (hiragana are
// mapped onto it by hepburn).
var kanaRoman = map[rune]string{}

func init() {
	// The katakana of U+30A1–U+30FA in code point order, each with its
	// syllable; "-" where the kana needs the rules of hepburn.
	const table = `ァ a ア a ィ i イ i ゥ u ウ u ェ e エ e ォ o オ o
カ ka ガ ga キ ki ギ gi ク ku グ gu ケ ke ゲ ge コ ko ゴ go
サ sa ザ za シ shi ジ ji ス su ズ zu セ se ゼ ze ソ so ゾ zo
タ ta ダ da チ chi ヂ ji ッ - ツ tsu ヅ zu テ te デ de ト to ド do
ナ na ニ ni ヌ nu ネ ne ノ no
ハ ha バ ba パ pa ヒ hi ビ bi ピ pi フ fu ブ bu プ pu ヘ he ベ be ペ pe ホ ho ボ bo ポ po
マ ma ミ mi ム mu メ me モ mo
ャ ya ヤ ya ュ yu ユ yu ョ yo ヨ yo
ラ ra リ ri ル ru レ re ロ ro
ヮ wa ワ wa ヰ i ヱ e ヲ o ン n ヴ vu ヵ ka ヶ ke ヷ va ヸ vi ヹ ve ヺ vo ー -`
	f := strings.Fields(table)
	for i := 0; i+1 < len(f); i += 2 {
		r := []rune(f[i])[0]
		if f[i+1] == "-" {
			kanaRoman[r] = ""
		} else {
			kanaRoman[r] = f[i+1]
		}
	}
}
