package align

import (
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

func presegmented(t *testing.T, lang string, sentences ...string) *editions.Edition {
	t.Helper()
	e, err := editions.Parse("x."+lang, []byte(strings.Join(sentences, "\n")+"\n"), editions.Options{Lang: lang, Format: "text", Presegmented: true})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestEdgeCut: a boundary cuts a number where one edition ends a
// sentence with it and the other begins its next sentence with it, the
// clause moved across the boundary; not where the number stays inside
// its sentences, nor for a name, which neighbouring sentences share at
// their ends in any novel.
func TestEdgeCut(t *testing.T) {
	a := presegmented(t, "de",
		"Die ersten beiden Seillängen hatten Stunden gekostet, die Wand maß 250 Meter.",
		"Sechs Stunden Arbeit an der Grenze des Gleichgewichts, endlich erreichten sie den Grat.",
		"Den Weg besprach der Führer am Abend lange mit Hagen.",
		"Hagen schlief danach tief und fest bis zum Morgen.",
		"Sie stiegen 1956 mit vier Trägern auf den Gipfel des Berges.",
		"Dann kehrten sie zurück.")
	b := presegmented(t, "fr",
		"Les deux premières longueurs de corde coûtèrent des heures d'efforts.",
		"250 mètres de paroi, six heures de cramponnage, pour déboucher enfin sur l'arête.",
		"Le soir, Hagen parla longuement avec le guide du chemin.",
		"Hagen dormit ensuite profondément jusqu'au matin.",
		"Ils montèrent en 1956 avec quatre porteurs au sommet de la montagne.",
		"Puis ils redescendirent.")
	p := defaultParams()
	sa, sb, v := newSides(a, b, p)
	m := newModel(sa, sb, v, p)
	for _, c := range []struct {
		i, j int
		want bool
		why  string
	}{
		{1, 1, true, "a[0] ends with 250, b[1] begins with it"},
		{2, 2, false, "the boundary after the clause moved keeps 250 on one side"},
		{3, 3, false, "a name at the end of one sentence and the start of the next"},
		{5, 5, false, "1956 in the middle of its sentences"},
		{0, 0, false, "the start of the texts"},
		{6, 6, false, "their end"},
	} {
		if got := m.edgeCut(c.i, c.j); got != c.want {
			t.Errorf("edgeCut(%d, %d) = %v, want %v: %s", c.i, c.j, got, c.want, c.why)
		}
	}
	if got := m.boundaryCost(1, 1) - m.boundaryCost(2, 2); got != edgeCost {
		t.Errorf("the cut boundary pays %v more than the other, want edgeCost %v", got, edgeCost)
	}
}
