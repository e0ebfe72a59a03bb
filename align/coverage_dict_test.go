package align

import (
	"fmt"
	"slices"
	"testing"

	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// A short mountain tale in German and its French translation, sentence
// by sentence; too short for word pairs to be learnt from it.
var (
	tourDE = []string{
		"Am Morgen verließen wir das Dorf im Tal.",
		"Der Weg führte durch einen dunklen Wald.",
		"Nach zwei Stunden erreichten wir die Hütte.",
		"Der Wirt gab uns Brot und warme Milch.",
		"Dann stiegen wir über den Gletscher zum Grat.",
		"Der Schnee war hart und das Eis glänzte.",
		"Mein Bruder trug das Seil und die Axt.",
		"Am Mittag standen wir auf dem Gipfel.",
		"Die Aussicht über die Berge war herrlich.",
		"Im Westen zogen dunkle Wolken auf.",
		"Wir stiegen schnell zur Hütte ab.",
		"Am Abend regnete es im ganzen Tal.",
	}
	tourFR = []string{
		"Le matin, nous quittâmes le village de la vallée.",
		"Le chemin traversait une forêt sombre.",
		"Après deux heures, nous atteignîmes la cabane.",
		"L'aubergiste nous donna du pain et du lait chaud.",
		"Puis nous montâmes par le glacier jusqu'à l'arête.",
		"La neige était dure et la glace brillait.",
		"Mon frère portait la corde et la hache.",
		"À midi, nous étions au sommet.",
		"La vue sur les montagnes était magnifique.",
		"À l'ouest, des nuages sombres montaient.",
		"Nous redescendîmes vite à la cabane.",
		"Le soir, il pleuvait dans toute la vallée.",
	}
)

// TestDictionaryFindsOmission: the French translation leaves out the
// sentence of the summit ("Am Mittag standen wir auf dem Gipfel."). In
// twelve sentences there are too few to learn word pairs from, and
// without a dictionary coverage does not see the omission, or is less
// sure of it; with a small German–French dictionary
// (testdata/dict/de-fr-mountain.tsv), whose pairs the omission decision
// weighs as the aligner does, the alignment leaves that sentence out
// and coverage reports it, and nothing else, with high confidence.
func TestDictionaryFindsOmission(t *testing.T) {
	d, err := dict.Read("testdata/dict/de-fr-mountain.tsv")
	if err != nil {
		t.Fatal(err)
	}
	const summit = 7
	fr := append(append([]string{}, tourFR[:summit]...), tourFR[summit+1:]...)
	src := paragraphs(t, "tour.de.txt", "de", [][]string{tourDE})
	tgt := paragraphs(t, "tour.fr.txt", "fr", [][]string{fr})
	confidence := func(ds []*dict.Dictionary) (float64, *Alignment, *CoverageReport) {
		al, err := Align([]*editions.Edition{src, tgt}, Options{Mode: TranslationMode, Dictionaries: ds})
		if err != nil {
			t.Fatal(err)
		}
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		r := Coverage(al, CoverageOptions{})
		c := 0.0
		for _, f := range r.Omissions {
			if f.Kind == Omitted && slices.Contains(f.Sentences, summit) {
				c = f.Confidence
			}
		}
		return c, al, r
	}
	without, _, _ := confidence(nil)
	with, al, r := confidence([]*dict.Dictionary{d})
	if got := fmt.Sprint(deletedSentences(al)); got != fmt.Sprint([]int{summit}) {
		t.Errorf("with the dictionary, deleted rows of sentences %s, want [%d], the summit", got, summit)
	}
	if got := fmt.Sprint(omittedSentences(r)); got != fmt.Sprint([]int{summit}) {
		t.Errorf("with the dictionary, omissions of sentences %s, want [%d]", got, summit)
	}
	if with < 0.9 || with <= without {
		t.Errorf("the summit's omission: confidence %.2f with the dictionary, %.2f without; want at least 0.9, and above", with, without)
	}
	if len(al.Dictionaries) != 1 {
		t.Errorf("dictionaries named %q, want the fixture", al.Dictionaries)
	}
}
