package align

import (
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// TestWeakEnding: the kinds of end, weak (weakEnding) and, among the
// weak ones, cut off mid-phrase (openEnding, ends_open.go).
func TestWeakEnding(t *testing.T) {
	for _, c := range []struct {
		text       string
		weak, open bool
	}{
		{"Die anderen Teilnehmer waren :", true, false},
		{"Le sommet est formé de quatre clochetons ;", true, false},
		{"« Dämon Himalaya » ( Basel :", true, false},
		{"as the note says:[2]", true, false},
		{"Grâce aux cordes fixes , l' arête", true, true},
		{"( Traduction d' Annelise Rigo )", true, true},
		{"CHAPTER XV", true, true},
		{"“And you are going—”", true, true},
		{"Ils étaient toutefois très abattus .", false, false},
		{"« Un verre de gin, monsieur Passepartout? »", false, false},
		{"“To have his passport _visaed?_”", false, false},
		{"London were striking ten minutes before nine.[1]", false, false},
		{"Wann kommt er …", false, false},
		{"约拿却起来。", false, false},
		{"", false, false},
	} {
		if got := weakEnding(c.text); got != c.weak {
			t.Errorf("weakEnding(%q) = %v, want %v", c.text, got, c.weak)
		}
		if got := openEnding(c.text); got != c.open {
			t.Errorf("openEnding(%q) = %v, want %v", c.text, got, c.open)
		}
	}
}

// TestEndCostVanishesWithoutEvidence: where one edition has no sentence
// punctuation (every unit ends weakly), a mismatch of ends says nothing
// and costs nothing; where both punctuate and the matches keep the kind
// of end, it costs.
func TestEndCostVanishesWithoutEvidence(t *testing.T) {
	var mixed, bare []string
	for k := range 60 {
		if k%4 == 0 {
			mixed = append(mixed, " :")
		} else {
			mixed = append(mixed, " .")
		}
		bare = append(bare, "")
	}
	if c, _ := endCostsOneToOne(t, mixed, bare); c != 0 {
		t.Errorf("one edition unpunctuated: end cost %.2f, want 0", c)
	}
	if c, _ := endCostsOneToOne(t, mixed, mixed); c < 1 {
		t.Errorf("ends kept by every match: end cost %.2f, want at least 1", c)
	}
}

// endCostsOneToOne returns the costs of ends that differ (endCostOf)
// and of units cut off mid-phrase on one side only (openCostOf), as a
// path pairing sentence k of a German text with sentence k of a French
// one says them, the sentences ending with endsA and endsB.
func endCostsOneToOne(t *testing.T, endsA, endsB []string) (end, open float64) {
	t.Helper()
	mk := func(lang string, ends []string) *editions.Edition {
		var b strings.Builder
		for k, e := range ends {
			b.WriteString("Satz Nummer " + strings.Repeat("x", k%7+3) + e + "\n")
		}
		ed, err := editions.Parse("t.txt", []byte(b.String()), editions.Options{Lang: lang, Format: "text", Presegmented: true})
		if err != nil {
			t.Fatal(err)
		}
		return ed
	}
	sa, sb, v := newSides(mk("de", endsA), mk("fr", endsB), defaultParams())
	m := newModel(sa, sb, v, defaultParams())
	var path []step
	for k := 1; k <= min(sa.n, sb.n); k++ {
		path = append(path, step{t: 0, i: k, j: k})
	}
	return m.endCostOf(path), m.openCostOf(path)
}
