package anchors

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// crossNames returns the CrossKeys of the names Extract finds in text,
// candidates and spans: which name, read how, says the key.
func crossNames(text, lang string) (keys map[string]bool, spans map[string]string) {
	keys, spans = map[string]bool{}, map[string]string{}
	for _, a := range Extract(text, language.Make(lang)) {
		if a.Kind == Name {
			k := CrossKey(a.Key)
			keys[k] = true
			if _, ok := spans[k]; !ok {
				spans[k] = text[a.Start:a.End]
			}
		}
	}
	return keys, spans
}

// TestNamesInAbjadText: in Hebrew, Arabic and Syriac sentences — no
// capitals, vowels mostly unwritten, prepositions and "and" written on
// the word — names meet their English and French forms through their
// consonants; the pairs that do not meet are listed with the reason.
func TestNamesInAbjadText(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		meet       []string          // English or French forms found
		span       map[string]string // where some of them stand
		miss       []string          // forms that do not meet, and why (abjad.go)
	}{
		{"he", "ויאמר דוד המלך לנתן הנביא בירושלים.",
			[]string{"David", "Nathan", "Jerusalem", "Jérusalem"},
			map[string]string{"David": "דוד", "Jerusalem": "בירושלים", "Nathan": "לנתן"}, nil},
		{"he", "ונעמי שבה משדה מואב עם רות אל בית לחם בשנת 1100.",
			[]string{"Naomi", "Noémi", "Moab", "Ruth", "Bethlehem", "Bethléem"},
			map[string]string{"Naomi": "ונעמי", "Bethlehem": "בית לחם"}, nil},
		{"he", "וַיֹּאמֶר אַבְרָהָם אֶל־אֶסְתֵּר וְאֶל־יִשְׂרָאֵל.", // pointed, maqaf
			[]string{"Abraham", "Esther", "Israel"}, nil, nil},
		{"he", "שלמה בנה את הבית ויצחק יצא ממצרים.",
			[]string{"Isaac", "Mizraim"}, map[string]string{"Isaac": "ויצחק"},
			[]string{
				"Solomon", // Shlomo: the Greek form ends in n
				"Egypt",   // Mitsrayim: another name
			}},
		{"ar", "وقال موسى لفرعون: أطلق شعبي.",
			[]string{"Moses", "Moïse", "Musa"}, map[string]string{"Moses": "موسى"},
			[]string{"Pharaoh"}}, // Fir'awn: its n is not Pharaoh's
		{"ar", "ذهب داود إلى القدس ثم إلى بيت لحم.",
			[]string{"David", "Bethlehem"}, nil,
			[]string{"Jerusalem"}}, // al-Quds: another name
		{"ar", "وكان إبراهيم وإسحاق ويعقوب في مصر.",
			[]string{"Ibrahim", "Isaac", "Jacob"}, map[string]string{"Jacob": "ويعقوب"},
			[]string{
				"Abraham", // Ibrahim: the hamza under the alef says i
				"Egypt",   // Misr: another name
			}},
		{"syr", "ܘܐܡܪ ܝܫܘܥ ܠܫܡܥܘܢ ܒܓܠܝܠܐ܀",
			[]string{"Jesus", "Simon", "Galilee"}, nil,
			nil},
		{"syr", "ܘܐܬܐ ܦܛܪܘܤ܀", nil, nil,
			[]string{"Peter"}}, // Petros, the Greek form
	} {
		keys, spans := crossNames(tc.text, tc.lang)
		for _, name := range tc.meet {
			k := CrossKey(NameKey(name))
			if !keys[k] {
				t.Errorf("%s %q: %s (%q) not found among %v", tc.lang, tc.text, name, k, keys)
			} else if want, ok := tc.span[name]; ok && spans[k] != want {
				t.Errorf("%s %q: %s found in %q, want %q", tc.lang, tc.text, name, spans[k], want)
			}
		}
		for _, name := range tc.miss {
			if k := CrossKey(NameKey(name)); keys[k] {
				t.Errorf("%s %q: %s (%q) found in %q, though its forms differ", tc.lang, tc.text, name, k, spans[k])
			}
		}
	}
}

// TestAbjadCandidates: every word of an abjad text is a candidate, and
// only such words are; a sentence without names lends few keys to the
// names of the Bible, which is why the aligner weighs keys by rarity.
func TestAbjadCandidates(t *testing.T) {
	mixed := "דוד הלך לירושלים עם David."
	for _, a := range Extract(mixed, language.Hebrew) {
		if a.Kind != Name {
			continue
		}
		hebrew := a.Start < strings.Index(mixed, "David")
		if a.Candidate != hebrew {
			t.Errorf("%+v: candidate %v, want %v", a, a.Candidate, hebrew)
		}
	}
	plain := "הילד הלך הביתה ואכל לחם עם אביו ואמו."
	keys, spans := crossNames(plain, "he")
	var hit []string
	for _, name := range strings.Fields("David Jerusalem Moses Naomi Ruth Boaz Moab Jonah Nineveh Abraham Isaac Jacob Israel Solomon Samuel Bethlehem Elimelech Orpah Joppa Tarshish") {
		if k := CrossKey(NameKey(name)); keys[k] {
			hit = append(hit, name+" in "+spans[k])
		}
	}
	if len(hit) > 1 {
		t.Errorf("a sentence without names meets %d of 20 names: %v", len(hit), hit)
	}
}

// TestNamesInRunningTextOfOtherAlphabets: Greek, Russian and Armenian,
// which have capitals, name their people as English does, and the keys
// meet across the scripts; an initial iota or и before a vowel is the
// consonant English writes J.
func TestNamesInRunningTextOfOtherAlphabets(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		meet       []string
		miss       []string
	}{
		{"el", "Και ο Ιησούς ήλθεν εις Ιερουσαλήμ μετά του Πέτρου και του Ιακώβου.", []string{"Jesus", "Jerusalem", "Peter", "Jacob"}, nil},
		{"el", "Η Ναομί και η Ρουθ ήλθον εις Βηθλεέμ από της Μωάβ.", []string{"Naomi", "Ruth", "Bethlehem", "Moab"}, nil},
		{"ru", "Иисус пришёл в Иерусалим, а Иона бежал в Фарсис.", []string{"Jesus", "Jerusalem", "Jonah"},
			[]string{"Tarshish"}}, // Farsis: Greek's Θαρσις
		{"ru", "Израиль и Давид жили в Вифлееме.", []string{"Israel", "David"},
			[]string{"Bethlehem"}}, // Vifleem: Greek β read v, θ read f
		{"hy", "Դաւիթ թագաւորը եկաւ Իսրայէլ:", []string{"David", "Israel"}, nil},
		// Classical orthography: ու is u, an initial Ե is "ye", ղ the l
		// of Greek and Hebrew names, յ- "to" written on the name.
		{"hy", "Եւ ել Յիսուս յԵրուսաղէմ եւ եկն ի Գաղիլեա:", []string{"Jerusalem", "Galilee"}, nil},
		// Reformed orthography, and the modern ղ, gh.
		{"hy", "Նա գնաց Երուսաղեմ, Երեւան, ապա Ղարաբաղ:", []string{"Jerusalem", "Yerevan", "Karabakh"}, nil},
		// The E of names received through Greek stays E.
		{"hy", "Մարգարէն Եզեկիէլ:", []string{"Ezekiel"}, nil},
	} {
		keys, spans := crossNames(tc.text, tc.lang)
		for _, name := range tc.meet {
			if k := CrossKey(NameKey(name)); !keys[k] {
				t.Errorf("%s %q: %s (%q) not found among %v", tc.lang, tc.text, name, k, keys)
			}
		}
		for _, name := range tc.miss {
			if k := CrossKey(NameKey(name)); keys[k] {
				t.Errorf("%s %q: %s (%q) found in %q", tc.lang, tc.text, name, k, spans[k])
			}
		}
	}
}
