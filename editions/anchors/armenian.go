package anchors

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names in Armenian.
//
// go-unidecode writes Armenian letter by letter, which is right for most
// letters and wrong for three things that names need:
//
//   - ու is one vowel, u (Ղուկաս Ghukas, Luke), not ո and ւ, "ow":
//     written "ow", its w became a consonant in the key (Երուսաղէմ gave
//     "ervsgm", Jerusalem "jrslm"). The ւ after another vowel (աւ, եւ, իւ
//     of the classical orthography) is the consonant v, as go-unidecode's
//     w is to NameKey (Դաւիթ David, Երեւան Yerevan). armenianVowels
//     writes ու as u before go-unidecode reads the rest.
//   - Ե at the start of a word is said "ye" (Երեւան Yerevan, Երիքով
//     Jericho, Երուսաղէմ Jerusalem), but the names English received
//     through Greek and Latin begin with E (Եգիպտոս Egypt, Եփրեմ
//     Ephraim, Եզեկիէլ Ezekiel).
//   - ղ is the "gh" of the modern language (Ղարաբաղ Gharabagh,
//     Karabakh), but the classical Bible and its tradition wrote with it
//     the l of Greek and Hebrew names (Երուսաղէմ Jerusalem, Պօղոս Paul,
//     Գաղիլեա Galilee, Եղիա Elijah); ISO 9985 and Hübschmann–Meillet
//     write it ł.
//
// A capitalized Armenian word is therefore keyed by each of its readings
// (armenianReadings), as a Hebrew word is (abjad.go): one anchor for each
// distinct key, all of one span; a key the other edition lacks weighs
// nothing to the aligner. Both the classical orthography (Երուսաղէմ, է)
// and the reformed one (Երուսաղեմ, ե) give Jerusalem's key. The classical
// language also writes two prepositions on the word they govern, in
// lower case before the name's capital: յ- "to, in" before a vowel
// (յԵրուսաղէմ "to Jerusalem") and զ- of the definite object (զՅիսուս);
// the name is the word without them.

// armenianVowels writes the digraph ու (Ու, ՈՒ) as the vowel u it is.
var armenianVowels = strings.NewReplacer("ու", "u", "Ու", "U", "ՈՒ", "U")

// isArmenian reports whether word holds a letter of the Armenian script.
func isArmenian(word string) bool {
	for _, r := range word {
		if r >= 0x0531 && r <= 0x058F && unicode.Is(unicode.Armenian, r) {
			return true
		}
	}
	return false
}

// armenianReadings returns the spellings of the Armenian word w whose
// keys are its keys: w; with an initial Ե read "ye"; with ղ read l; with
// both. It returns w alone when w has neither letter.
func armenianReadings(w string) []string {
	out := []string{w}
	if rest, ok := strings.CutPrefix(w, "Ե"); ok {
		out = append(out, "Յե"+rest) // Յ is y
	}
	if strings.ContainsAny(w, "Ղղ") {
		for _, s := range out[:len(out):len(out)] {
			out = append(out, armenianL.Replace(s))
		}
	}
	return out
}

// armenianL reads ղ as l (լ).
var armenianL = strings.NewReplacer("Ղ", "Լ", "ղ", "լ")

// appendArmenianName appends to out the name anchors of w, an Armenian
// word that starts at offset start: none unless w, without a prefix յ- or
// զ-, is capitalized and of minNameRunes letters or more.
func appendArmenianName(out []Anchor, w string, start int) []Anchor {
	if len(w) > len("յ") && (strings.HasPrefix(w, "յ") || strings.HasPrefix(w, "զ")) {
		if r, _ := utf8.DecodeRuneInString(w[len("յ"):]); unicode.IsUpper(r) {
			w, start = w[len("յ"):], start+len("յ")
		}
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || utf8.RuneCountInString(w) < minNameRunes {
		return out
	}
	n := len(out)
	for _, s := range armenianReadings(w) {
		key := NameKey(s)
		if len(key) < 2 || slices.ContainsFunc(out[n:], func(a Anchor) bool { return a.Key == key }) {
			continue
		}
		out = append(out, Anchor{Kind: Name, Key: key, Start: start, End: start + len(w)})
	}
	return out
}
