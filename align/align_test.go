package align

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/editions"
)

// paras reads an edition from paragraphs of sentences, through the
// reader's presegmented input: each string is a paragraph, its sentences
// separated by " | ".
func paras(id, lang string, ps ...string) *editions.Edition {
	var text strings.Builder
	n := 0
	for _, p := range ps {
		sents := strings.Split(p, " | ")
		n += len(sents)
		text.WriteString(strings.Join(sents, "\n") + "\n\n")
	}
	e, err := editions.Parse(id+".txt", []byte(text.String()), editions.Options{ID: id, Lang: lang, Format: "text", Presegmented: true})
	if err != nil {
		panic(err)
	}
	if len(e.Sentences) != n || len(e.Paragraphs) != len(ps) {
		panic(fmt.Sprintf("%s: %d sentences in %d paragraphs, want %d in %d", id, len(e.Sentences), len(e.Paragraphs), n, len(ps)))
	}
	return e
}

func beadStrings(a *Alignment) string {
	var s []string
	for _, b := range a.Beads() {
		s = append(s, b.String())
	}
	return strings.Join(s, " ")
}

func TestAlignSmall(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b *editions.Edition
		want string
	}{
		{
			name: "en-fr split and insertion",
			a: paras("en", "en",
				"On 14 July 1789 the people of Paris stormed the Bastille. | Only seven prisoners were found inside, among them four forgers. | The governor, de Launay, was killed on the way to the Hôtel de Ville. | By evening the fortress was in the hands of the crowd."),
			b: paras("fr", "fr",
				"Le 14 juillet 1789, le peuple de Paris prit la Bastille. | On n'y trouva que sept prisonniers. | Parmi eux, quatre faussaires. | Le gouverneur, de Launay, fut tué sur le chemin de l'Hôtel de Ville. | (Note du traducteur : en français on parle toujours de la « prise » de la Bastille, jamais de son « assaut », et l'expression est restée dans toutes les mémoires.) | Le soir, la forteresse était aux mains de la foule."),
			want: "[0]:[0] [1]:[1, 2] [2]:[3] []:[4] [3]:[5]",
		},
		{
			name: "de-en merge with numbers and names",
			a: paras("de", "de",
				"Trotzki kam am 4. Mai 1917 in Petrograd an. | Er war 37 Jahre alt. | Lenin erwartete ihn nicht am Bahnhof. | Die Reise aus New York hatte mehr als einen Monat gedauert, weil die Briten ihn in Halifax festgehalten hatten."),
			b: paras("en", "en",
				"Trotsky arrived in Petrograd on May 4, 1917, at the age of 37. | Lenin did not meet him at the station. | The journey from New York had taken more than a month, because the British had detained him in Halifax."),
			want: "[0, 1]:[0] [2]:[1] [3]:[2]",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			al := alignSentences(tc.a, tc.b)
			if err := al.Check(); err != nil {
				t.Fatal(err)
			}
			if got := beadStrings(al); got != tc.want {
				t.Errorf("beads %s\nwant  %s", got, tc.want)
			}
			for _, r := range al.Rows {
				if r.Kind == Match && r.Score < 0.5 {
					t.Errorf("match %v scored %.2f; these are clear", r.Cells, r.Score)
				}
			}
		})
	}
}

func TestAlignParagraphs(t *testing.T) {
	// Two paragraphs on each side. Lengths alone would pair the short
	// last sentence of the first paragraph with the first of the second;
	// the paragraph breaks keep them apart.
	a := paras("en", "en",
		"The storm came at night. | Nobody slept.",
		"In the morning the harbour was full of wreckage, and the fishermen counted their boats. | Three were missing.")
	b := paras("es", "es",
		"La tormenta llegó de noche. | Nadie durmió.",
		"Por la mañana el puerto estaba lleno de restos, y los pescadores contaron sus barcas. | Faltaban tres.")
	al := alignSentences(a, b)
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	if got, want := beadStrings(al), "[0]:[0] [1]:[1] [2]:[2] [3]:[3]"; got != want {
		t.Errorf("beads %s, want %s", got, want)
	}
}

func TestAlignEmpty(t *testing.T) {
	a := paras("en", "en", "One. | Two.")
	empty := &editions.Edition{ID: "empty", Lang: language.French}
	for _, tc := range []struct {
		a, b *editions.Edition
		want string
	}{
		{a, empty, "[0]:[] [1]:[]"},
		{empty, a, "[]:[0] []:[1]"},
		{empty, empty, ""},
	} {
		al := alignSentences(tc.a, tc.b)
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		if got := beadStrings(al); got != tc.want {
			t.Errorf("beads %q, want %q", got, tc.want)
		}
	}
}

func TestAlignDeterministic(t *testing.T) {
	a, b, _ := synthetic(500)
	first := beadStrings(alignSentences(a, b))
	for range 3 {
		if got := beadStrings(alignSentences(a, b)); got != first {
			t.Fatal("two runs gave different alignments")
		}
	}
}

func TestCheck(t *testing.T) {
	a := paras("en", "en", "One. | Two.")
	b := paras("fr", "fr", "Un. | Deux.")
	for _, tc := range []struct {
		rows []Row
		bad  bool
	}{
		{[]Row{{Cells: [][]int{{0}, {0}}}, {Cells: [][]int{{1}, {1}}}}, false},
		{[]Row{{Cells: [][]int{{0}, {0}}}}, true},                             // sentences missing
		{[]Row{{Cells: [][]int{{1}, {0}}}, {Cells: [][]int{{0}, {1}}}}, true}, // out of order
		{[]Row{{Cells: [][]int{{0, 1}, {0, 1}}}, {Cells: [][]int{{}, {}}}}, true},
		{[]Row{{Cells: [][]int{{0, 1}, {0, 1}}, Score: 2}}, true},
	} {
		err := (&Alignment{Editions: []*editions.Edition{a, b}, Rows: tc.rows}).Check()
		if (err != nil) != tc.bad {
			t.Errorf("Check(%v) = %v", tc.rows, err)
		}
	}
}

func TestRowKinds(t *testing.T) {
	a := paras("en", "en", "It was raining in Zurich on 3 March 1921. | Nothing else of any importance happened in the city during the rest of that long and uneventful week, as far as the newspapers tell.")
	b := paras("de", "de", "Am 3. März 1921 regnete es in Zürich.")
	al := alignSentences(a, b)
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range al.Rows {
		kinds = append(kinds, r.Kind.String())
	}
	if got := strings.Join(kinds, " "); got != "match deleted" {
		t.Errorf("kinds %q (beads %s)", got, beadStrings(al))
	}
}
