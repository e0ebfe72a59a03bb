package align

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

func TestLemmaMeetsInflectedForms(t *testing.T) {
	for _, tc := range []struct {
		lang, lemma, word string
		want              bool
	}{
		{"de", "gehen", "geht", true},
		{"de", "gehen", "gehst", true},
		{"de", "gehen", "gehen", true},
		{"de", "gehen", "geheimnis", false}, // an ending of 6 letters is no inflection
		{"de", "berg", "berge", true},
		{"de", "berg", "bergen", true},
		{"de", "berg", "bergsteiger", false}, // a compound
		{"de", "gipfel", "gipfels", true},
		{"fr", "parler", "parlait", true},
		{"fr", "parler", "parlaient", false}, // -aient: 5 letters, past maxEnding
		{"fr", "montagne", "montagnes", true},
		{"fr", "et", "et", true},
		{"fr", "et", "etait", false}, // a short lemma meets only itself
		{"en", "make", "making", true},
		{"en", "summit", "summits", true},
	} {
		got := inflects(tc.word, tc.lemma, lemmaStem(tc.lemma, tc.lang))
		if got != tc.want {
			t.Errorf("%s: %q an inflection of %q: %v, want %v", tc.lang, tc.word, tc.lemma, got, tc.want)
		}
	}
}

// tinyEditions makes a German and a French edition of the sentences
// given, one sentence per line.
func tinyEditions(t *testing.T, de, fr string) (*editions.Edition, *editions.Edition) {
	read := func(text, lang string) *editions.Edition {
		e, err := editions.Parse(lang+".txt", []byte(text), editions.Options{Lang: lang, Format: "text", Presegmented: true})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	return read(de, "de"), read(fr, "fr")
}

func writeTSV(t *testing.T, name, text string) *dict.Dictionary {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := dict.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDictionaryLinks checks which words a dictionary links: a lemma's
// inflected forms on both sides, one link per word, in the direction
// the texts show when the dictionary does not say its languages.
func TestDictionaryLinks(t *testing.T) {
	a, b := tinyEditions(t,
		"Die Bergsteiger gehen auf den Berg.\nDer Gipfel ist weit.\nEr geht allein zu den Bergen.\n",
		"Les alpinistes vont à la montagne.\nLe sommet est loin.\nIl va seul aux montagnes.\n")
	// French first: the direction is found from the texts.
	d := writeTSV(t, "fr-de.tsv", "montagne\tBerg\nsommet\tGipfel\ncime\tGipfel\naller\tgehen\nloin\tweit\n")
	p := defaultParams()
	sa, sb, v := newSides(a, b, p)
	links, used := dictionaryLinks(a, b, sa, sb, v, []*dict.Dictionary{d})
	if !slices.Equal(used, []string{d.Name}) {
		t.Errorf("dictionaries used %q, want %q", used, d.Name)
	}
	got := linkNames(links, v)
	// aller's forms here (vont, va) share no stem with it: not linked.
	want := []string{"berg bergen = montagne montagnes", "gipfel = sommet", "weit = loin"}
	if !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
}

// TestDictionaryOtherLanguages: a dictionary between other languages
// than the editions' is not used, and the alignment does not name it.
func TestDictionaryOtherLanguages(t *testing.T) {
	a, b := tinyEditions(t, "Der Berg ist hoch.\nDer Gipfel ist weit.\n", "La montagne est haute.\nLe sommet est loin.\n")
	de := writeTSV(t, "de-fr.tsv", "Berg\tmontagne\nGipfel\tsommet\n")
	ru, err := dict.Read("../dict/testdata/freedict-eng-rus.index")
	if err != nil {
		t.Fatal(err)
	}
	al, _ := Align([]*editions.Edition{a, b}, Options{Mode: TranslationMode, Dictionaries: []*dict.Dictionary{ru, de}})
	if !slices.Equal(al.Dictionaries, []string{de.Name}) {
		t.Errorf("alignment names dictionaries %q, want only %q (the English–Russian one does not serve German–French)", al.Dictionaries, de.Name)
	}
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
}

// TestDictionaryHelpsShortDocuments aligns the first 30 gold beads of
// each Text+Berg test document, too short for learn to find word pairs
// that recur, with and without FreeDict's German–French dictionaries:
// the dictionary must raise strict F1 (0.834 → 0.888 when written).
func TestDictionaryHelpsShortDocuments(t *testing.T) {
	ds := freeDictDeFr(t)
	paths := dict.AutoPaths(dict.InstalledDir, []language.Tag{language.German, language.French})
	a, b, gold := textbergDocs(t, testDocs...)
	var without, with [][]Bead
	for k := range a {
		g := gold[k][:30]
		ia, ib := Reach(g)
		gold[k] = g
		sa, sb := a[k].Sub(0, ia), b[k].Sub(0, ib)
		without = append(without, alignSentences(sa, sb).Beads())
		al, _ := Align([]*editions.Edition{sa, sb}, Options{Mode: TranslationMode, Dictionaries: ds})
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(al.Dictionaries, paths) {
			t.Errorf("alignment names %q, want %q", al.Dictionaries, paths)
		}
		with = append(with, al.Beads())
	}
	s0, s1 := Score(gold, without), Score(gold, with)
	t.Logf("first 30 beads of the test documents: strict F1 %.3f without a dictionary, %.3f with FreeDict", s0.F1, s1.F1)
	if s1.F1 < s0.F1+0.03 {
		t.Errorf("strict F1 %.3f with the dictionary, %.3f without: want 0.03 more at least", s1.F1, s0.F1)
	}
}

// freeDictDeFr returns FreeDict's German–French dictionaries, skipping
// the test when they are not installed.
func freeDictDeFr(t *testing.T) []*dict.Dictionary {
	paths := dict.AutoPaths(dict.InstalledDir, []language.Tag{language.German, language.French})
	if len(paths) == 0 {
		t.Skip("FreeDict German–French dictionaries not installed (apt-get install dict-freedict-deu-fra dict-freedict-fra-deu; .ci/run installs them)")
	}
	var ds []*dict.Dictionary
	for _, p := range paths {
		d, err := dict.Read(p)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	return ds
}

// firstPassSeparation returns the share of the gold 1-1 pairs of the
// Text+Berg documents names whose lexical similarity, before anything
// is learnt (the first pass's, with the dictionaries' word pairs),
// exceeds that of each of their eight nearest neighbours: the pair a
// sentence or two off on either side, which the search must tell from
// it.
func firstPassSeparation(t *testing.T, ds []*dict.Dictionary, names ...string) float64 {
	a, b, gold := textbergDocs(t, names...)
	won, n := 0, 0
	for d := range a {
		p := defaultParams()
		r := translationSides(a[d], b[d], p, ds, nil)
		m := newModel(r.sa, r.sb, r.v, p)
		sim := func(i, j int) float64 {
			if i < 0 || j < 0 || i >= r.sa.n || j >= r.sb.n {
				return -1
			}
			w := r.sa.weight[i] + r.sb.weight[j]
			if w == 0 {
				return 0
			}
			return 2 * m.shared(i, j) / w
		}
		for _, g := range gold[d] {
			if len(g.Src) != 1 || len(g.Tgt) != 1 {
				continue
			}
			i, j := g.Src[0], g.Tgt[0]
			best := -1.0
			for _, o := range [][2]int{{0, 1}, {0, -1}, {1, 0}, {-1, 0}, {0, 2}, {0, -2}, {2, 0}, {-2, 0}} {
				best = max(best, sim(i+o[0], j+o[1]))
			}
			n++
			if sim(i, j) > best {
				won++
			}
		}
	}
	return float64(won) / float64(n)
}

// TestDictionaryFirstPass: with FreeDict's German–French dictionaries,
// before anything is learnt, the true sentence pairs of the Text+Berg
// dev document must stand out from their neighbours: more similar than
// each of the eight nearest, for 0.94 of them at least (0.963 when
// written, 0.972 with compounds' heads, headCandidates, 0.967 with the
// links chosen again by the guide the first bend, linkPoints; 0.915 when
// a headword's translation was chosen by sentence
// counts alone, before nearness; 0.720 without a dictionary).
func TestDictionaryFirstPass(t *testing.T) {
	ds := freeDictDeFr(t)
	without := firstPassSeparation(t, nil, "dev")
	with := firstPassSeparation(t, ds, "dev")
	t.Logf("Text+Berg dev: gold 1-1 pairs more similar than their neighbours before learning: %.3f without a dictionary, %.3f with", without, with)
	if with < 0.94 || with <= without {
		t.Errorf("with the dictionary %.3f of the true pairs stand out, without %.3f: want 0.94 at least, and more", with, without)
	}
}

// linkNames returns the links as "words of a = words of b", sorted.
func linkNames(links []wordLink, v *vocab) []string {
	names := make(map[int32]string)
	for k, id := range v.ids {
		if k[0] == '0'+fWord {
			names[id] = k[1:]
		}
	}
	var got []string
	for _, l := range links {
		s := ""
		for _, w := range l.a {
			s += names[w] + " "
		}
		s += "="
		for _, w := range l.b {
			s += " " + names[w]
		}
		got = append(got, s)
	}
	slices.Sort(got)
	return got
}

// TestDictionaryLinksNearest: of a headword's two translations, the
// one found where the headword is found is linked, though the other is
// found as often as the headword, and the first only once.
func TestDictionaryLinksNearest(t *testing.T) {
	var de, fr strings.Builder
	for i := range 12 {
		switch i {
		case 0:
			de.WriteString("Im Jahr 1900 war die Aufgabe schwer.\n")
			fr.WriteString("En 1900 la tâche était dure.\n")
		case 8:
			de.WriteString("Im Jahr 1908 blieb die Aufgabe.\n")
			fr.WriteString("En 1908 elle resta.\n")
		case 4, 11:
			fmt.Fprintf(&de, "Im Jahr %d geschah etwas.\n", 1900+i)
			fmt.Fprintf(&fr, "En %d vint un devoir.\n", 1900+i)
		default:
			fmt.Fprintf(&de, "Im Jahr %d geschah etwas.\n", 1900+i)
			fmt.Fprintf(&fr, "En %d il se passa quelque chose.\n", 1900+i)
		}
	}
	wantLinks(t, de.String(), fr.String(), "Aufgabe\tdevoir\nAufgabe\ttâche\n", "aufgabe = tache")
}

// wantLinks checks the links that the German–French dictionary tsv
// (TSV lines) makes between the texts de and fr: want, as linkNames
// gives them.
func wantLinks(t *testing.T, de, fr, tsv string, want ...string) {
	t.Helper()
	a, b := tinyEditions(t, de, fr)
	d := writeTSV(t, "de-fr.tsv", tsv)
	sa, sb, v := newSides(a, b, defaultParams())
	links, _ := dictionaryLinks(a, b, sa, sb, v, []*dict.Dictionary{d})
	if got := linkNames(links, v); !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
}

// TestDictionaryLinksCompounds: a German compound the dictionary does
// not know joins the links of its parts.
func TestDictionaryLinksCompounds(t *testing.T) {
	wantLinks(t,
		"Die Gipfelmannschaft erreichte den Gipfel.\nDie Mannschaft schlief.\n",
		"L'équipe du sommet atteignit le sommet.\nL'équipe dormit.\n",
		"Gipfel\tsommet\nMannschaft\téquipe\n",
		"gipfel gipfelmannschaft = sommet", "mannschaft gipfelmannschaft = equipe")
}

// TestDictionaryLinksCompoundHeads: a German compound whose head the
// dictionary knows, though the text never writes the head alone, is
// linked to the head's translation; and when that translation is linked
// already, the compound joins its link.
func TestDictionaryLinksCompoundHeads(t *testing.T) {
	wantLinks(t,
		"Die Neuvermessungen begannen.\nDie Messung war genau.\nDer Höhenmesser fiel.\n",
		"Les nouvelles mensurations commencèrent.\nLa mesure était exacte.\nL'altimètre tomba.\n",
		"Vermessung\tmensuration\nMessung\tmesure\nMesser\tmesure\n",
		"messung hohenmesser = mesure", "neuvermessungen = mensurations")
}

// TestDictionaryLinksChosenAgain: a translation is chosen by where the
// guide bent by the other links puts the headword, not by where the
// texts' proportions alone put it. The French text opens with six
// sentences the German lacks; before any link, the guide runs straight
// and puts "Aufgabe" (German sentence 1) among them, near "devoir";
// "Gletscher" and "glacier", each found once, pin German sentence 0 to
// French sentence 6, and "tâche", next to "glacier", is linked.
func TestDictionaryLinksChosenAgain(t *testing.T) {
	de := "Der Gletscher glänzte.\nDie Aufgabe war schwer.\n" +
		strings.Repeat("Man ging weiter.\n", 4)
	fr := "Il pleuvait ce jour-là.\nIl pleuvait ce jour-là.\nLe devoir attendait.\n" +
		"Il pleuvait ce jour-là.\nLe devoir attendait.\nIl pleuvait ce jour-là.\n" +
		"Le glacier brillait.\nLa tâche était dure.\n" + strings.Repeat("On continua.\n", 4)
	wantLinks(t, de, fr, "Aufgabe\tdevoir\nAufgabe\ttâche\nGletscher\tglacier\n",
		"aufgabe = tache", "gletscher = glacier")
}
