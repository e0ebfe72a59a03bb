package editions_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

func TestFold(t *testing.T) {
	tests := []struct {
		lang     language.Tag
		in, want string
	}{
		// quotes and apostrophes
		{language.French, "« Où étiez‑vous ? » demanda‑t‑elle.", `" où étiez-vous ? " demanda-t-elle.`},
		{language.English, "‘Don’t,’ he said. “Never.”", `'don't,' he said. "never."`},
		{language.German, "„Schön“, sagte er, ‚ja‘.", `"schön", sagte er, 'ja'.`},
		{language.English, "it`s ´quoted´ and ‹this›", `it's 'quoted' and "this"`},
		// dashes: hyphens and en dashes are '-', em dashes spaced, "--" too
		{language.English, "pp. 22–3, −5 °C, Beth‐lehem", "pp. 22-3, -5 °c, beth-lehem"},
		{language.English, "he came—at last—home", "he came - at last - home"},
		{language.English, "he came -- at last--home", "he came - at last - home"},
		{language.French, "Il vint — enfin — chez lui", "il vint - enfin - chez lui"},
		// spaces and invisible characters
		{language.French, "Quoi\u00a0?\u202fNon\u2009!\tOui\r\nbien\u3000sûr  ", "quoi ? non ! oui bien sûr"},
		{language.German, "Silben\u00adtren\u00adnung und Null\u200bbreite\u200c\u200d\u2060\ufeff", "silbentrennung und nullbreite"},
		{language.Arabic, "ذهـــب الولد إلى المدرسـة.", "ذهب الولد إلى المدرسة."},
		// ligatures, ellipsis; æ and œ are letters
		{language.English, "The ﬁrst ﬂoor, oﬀice, eﬃcient, baﬄe…", "the first floor, office, efficient, baffle..."},
		{language.French, "Le cœur et l’Œuvre ; Cæsar", "le cœur et l'œuvre ; cæsar"},
		// Unicode NFC and case folding
		{language.French, "E\u0301te\u0301 ÉTÉ", "été été"},
		{language.German, "STRASSE Straße", "strasse strasse"},
		{language.Russian, "ЁЛКА Ёлка", "ёлка ёлка"},
		{language.Greek, "ΟΔΟΣ οδός", "οδοσ οδόσ"}, // full folding: final sigma too
		{language.Turkish, "IRMAK İstanbul ılık", "ırmak istanbul ılık"},
		{language.English, "IRMAK", "irmak"},
		// note markers
		{language.English, "as Lenin wrote.[12] Then[^3] the rest[^note].", "as lenin wrote. then the rest."},
		{language.English, "the word¹ and the end.² and 10³ and ² alone", "the word and the end. and 10³ and ² alone"},
		{language.English, "a [bracketed] word and [1a]", "a [bracketed] word and [1a]"},
		// Markdown emphasis
		{language.English, "*soft* and **strong** and ***both*** and _this_ or __that__", "soft and strong and both and this or that"},
		{language.English, "keep snake_case, 2 * 3 and\n* * *", "keep snake_case, 2 * 3 and * * *"},
		// hyphens at line breaks, without an edition
		{language.English, "some-\nthing, some- thing, some-\r\n   thing", "something, something, something"},
		{language.English, "pre- and post-war", "pre- and post-war"},
		{language.German, "Vor- und Nachteile, Ein- oder Ausgang", "vor- und nachteile, ein- oder ausgang"},
		{language.German, "Bethlehem- Juda", "bethlehem-juda"},
		{language.English, "politic-ally, twenty-five", "politic-ally, twenty-five"},
	}
	for _, tt := range tests {
		if got := editions.Fold(tt.in, tt.lang); got != tt.want {
			t.Errorf("Fold(%q, %v)\n got %q\nwant %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

// TestFoldMatchesUnicodeCaseFolding: for every letter of the scripts a
// fast path covers, and some beyond, Fold agrees with Unicode full case
// folding (then NFC).
func TestFoldMatchesUnicodeCaseFolding(t *testing.T) {
	caser := cases.Fold()
	for r := rune(0x41); r < 0x600; r++ {
		if !unicode.IsLetter(r) || r == 'ʼ' || r == 'ŉ' { // ʼ is an apostrophe here, and ŉ folds to ʼn
			continue
		}
		for _, s := range []string{string(r), "x" + string(r) + "y"} {
			want := norm.NFC.String(caser.String(s))
			if got := editions.Fold(s, language.Und); got != want {
				t.Errorf("Fold(%q) = %q; want %q", s, got, want)
			}
		}
	}
	// Letters with a combining mark whose lower case composes.
	if got := editions.Fold("J\u030C", language.Und); got != "ǰ" {
		t.Errorf("Fold(J+caron) = %q; want ǰ", got)
	}
}

func TestFoldInvalidUTF8(t *testing.T) {
	got := editions.Fold("caf\xe9 au lait", language.French)
	if !utf8.ValidString(got) || got != "caf\uFFFD au lait" {
		t.Errorf("Fold = %q; want the bad byte as U+FFFD", got)
	}
}

// normalizeWords normalizes sentences as one edition and returns the
// words of the result, joined by spaces, for the tests to search.
func normalizeWords(sentences []string, lang language.Tag) string {
	return " " + strings.Join(editions.NormalizeSentences(sentences, lang), " ") + " "
}

func hasWord(text, word string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' || r == '"' || r == '\'' || r == '!' || r == '?'
	}) {
		if w == word {
			return true
		}
	}
	return false
}

func checkHyphenation(t *testing.T, text string, joined, kept []string) {
	t.Helper()
	for _, w := range joined {
		if !hasWord(text, w) {
			t.Errorf("%q not joined in %q", w, text)
		}
	}
	for _, w := range kept {
		if !hasWord(text, w) {
			t.Errorf("%q not kept in %q", w, text)
		}
	}
}

func TestNormalizeSentencesEnglishHyphens(t *testing.T) {
	edition := []string{
		"The government acted politic-ally and the pressure in-creased.",
		"They had pre-pared the ground for them-selves.",
		"The censor re-presses what the people say, and the storm came some- thing like a wave.",
		"Antonov-Ovseyenko walked to the Peter-Paul fortress with the S-Rs.",
		"The soldiers held the bridge at bayonet-point for twenty-five minutes.",
		"He was re-elected by the Soviet and went to his tailor in Saville-row.",
		"His ex-wife never came to the pre-war meetings.",
		"Before the war, nobody came.",
	}
	text := normalizeWords(edition, language.English)
	checkHyphenation(t, text,
		[]string{"politically", "increased", "prepared", "themselves", "represses", "something"},
		[]string{"antonov-ovseyenko", "peter-paul", "s-rs", "bayonet-point", "twenty-five", "re-elected",
			"saville-row", "ex-wife", "pre-war"})
	if len(editions.NormalizeSentences(edition, language.English)) != len(edition) {
		t.Error("one comparison form per sentence expected")
	}
}

func TestNormalizeSentencesEvidence(t *testing.T) {
	// The edition's own words decide: "reform" written whole elsewhere
	// joins "re-form"; "news-paper" written twice with its hyphen stays.
	text := normalizeWords([]string{
		"They called for re-form.",
		"The reform failed.",
		"The news-paper was closed.",
		"Another news-paper opened.",
		"A print-shop and a shop were all that was left.",
	}, language.English)
	checkHyphenation(t, text, []string{"reform"}, []string{"news-paper", "print-shop"})
	if hasWord(text, "re-form") {
		t.Errorf("re-form kept in %q", text)
	}

	// Without that evidence, "re-form" is the prefix re and a word the
	// edition does use alone: kept.
	text = normalizeWords([]string{"They called for re-form.", "The form was blank."}, language.English)
	checkHyphenation(t, text, nil, []string{"re-form"})
}

func TestNormalizeSentencesFrenchHyphens(t *testing.T) {
	text := normalizeWords([]string{
		"Le gouver-nement a pris une décision révolution-naire.",
		"« Peut-être », dit-il à ses belles-filles, c'est-à-dire à toute la famille.",
		"Un arc-en-ciel parut au-dessus de la ville ; la situa-tion était grave.",
		"Il fallait re-prendre la route vers Saint-Pétersbourg.",
		"Les porte-parole des soldats étaient là.",
	}, language.French)
	checkHyphenation(t, text,
		[]string{"gouvernement", "révolutionnaire", "situation", "reprendre"},
		[]string{"peut-être", "dit-il", "belles-filles", "est-à-dire", "arc-en-ciel", "au-dessus",
			"saint-pétersbourg", "porte-parole"})
}

func TestNormalizeSentencesGermanHyphens(t *testing.T) {
	text := normalizeWords([]string{
		"Die Regie-rung beschloss eine neue Verfas-sung.",
		"Die Freund-lichkeit der Leute und ihre Ver-zweiflung waren groß.",
		"Von Bethlehem-Juda zog er mit der Ost-West-Bahn nach Süden.",
		"Die schwarz-weiß gestreifte Fahne hing am Karl-Marx-Platz.",
		"Vor- und Nachteile wurden abgewogen.",
	}, language.German)
	checkHyphenation(t, text,
		[]string{"regierung", "verfassung", "freundlichkeit", "verzweiflung"},
		[]string{"bethlehem-juda", "ost-west-bahn", "schwarz-weiss", "karl-marx-platz", "vor-", "und"})
}

// TestNormalizeSeedChapter runs on the chapter of Serge's Year One the
// project started from: its line-break leftovers are joined, its real
// compounds kept.
func TestNormalizeSeedChapter(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(evaldata.Dir(t, "seed"), "serge-year-one-ch2.en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Rough sentences: lines, cut after full stops.
	var sentences []string
	for _, line := range strings.Split(string(data), "\n") {
		for _, s := range strings.SplitAfter(line, ". ") {
			if strings.TrimSpace(s) != "" {
				sentences = append(sentences, s)
			}
		}
	}
	text := normalizeWords(sentences, language.English)
	checkHyphenation(t, text,
		[]string{"politically", "increased", "prepared", "themselves", "represses"},
		[]string{"antonov-ovseyenko", "peter-paul", "s-rs", "bayonet-point", "twenty-five", "working-class",
			"counter-revolution", "machine-guns", "co-ordinated", "re-established", "non-party"})
	for _, w := range []string{"politic-ally", "in-creased", "pre-pared", "them-selves", "re-presses"} {
		if hasWord(text, w) {
			t.Errorf("%s left hyphenated", w)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"«Bonjour», dit‑il — ‘c’est l’été’…", "ﬁn ﬂeur¹ [^1] [12] **gras** _ital_ snake_case",
		"some- thing", "Bethlehem- Juda", "[1[2]]", "İstanbul ŉ", "a--b", "*[1]* x_[2]_y"} {
		f.Add(s, "en")
	}
	f.Add("IRMAK Iı", "tr")
	f.Add("Vor- und Nachteile, Regie-rung", "de")
	f.Fuzz(func(t *testing.T, s, lang string) {
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.Und
		}
		once := editions.Fold(s, tag)
		if !utf8.ValidString(once) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, once)
		}
		if twice := editions.Fold(once, tag); twice != once {
			t.Fatalf("Fold not idempotent:\n in    %q\n once  %q\n twice %q", s, once, twice)
		}
		for _, n := range editions.NormalizeSentences(strings.Split(s, "\n"), tag) {
			if !utf8.ValidString(n) {
				t.Fatalf("NormalizeSentences(%q): invalid UTF-8 %q", s, n)
			}
		}
	})
}

// benchEdition is about 1 MB of sentences made by repeating the
// fixtures, with varied hyphenation so that the vocabulary is exercised.
func benchEdition() []string {
	fixtures := []string{
		"The government acted politic-ally and the pressure in-creased.",
		"They had pre-pared the ground for them-selves, at bayonet-point.",
		"« Peut-être », dit-il à ses belles-filles ; le gouver-nement hésitait…",
		"Die Regie-rung beschloss eine neue Verfas-sung, „schön“ und ﬁnal.",
		"Антонов-Овсеенко шёл к Петропавловской крепости¹ — «быстро».",
		"*Emphasis* and a note[^1], then some- thing like   twenty-five\u00a0words.",
	}
	var out []string
	size := 0
	for i := 0; size < 1<<20; i++ {
		s := fixtures[i%len(fixtures)]
		out = append(out, s)
		size += len(s)
	}
	return out
}

func BenchmarkNormalizeSentences(b *testing.B) {
	sentences := benchEdition()
	size := 0
	for _, s := range sentences {
		size += len(s)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		editions.NormalizeSentences(sentences, language.English)
	}
}

func BenchmarkFold(b *testing.B) {
	sentences := benchEdition()[:1000]
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sentences {
			editions.Fold(s, language.English)
		}
	}
}

// BenchmarkNormalizeSentencesVerne runs on a real book, the French Verne
// (450 kB), cut into lines.
func BenchmarkNormalizeSentencesVerne(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(evaldata.Dir(b, "eval", "verne"), "fr.pg800.txt"))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		editions.NormalizeSentences(lines, language.French)
	}
}
