package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// A climb told in English, and its German translation, which sets the
// three sentences on the climbers' boots four sentences later, after
// the summit (as Text+Berg's test6 sets the three sentences on three
// climbing shoes four sentences on in its French).
var (
	climbEn = []string{
		"In the summer of 1931 four of us went to Zermatt to climb the Weisshorn.",
		"The train from Visp was late, and we arrived after 9 in the evening.",
		"Our landlady, Frau Perren, gave us soup and a room under the roof.",
		"The next morning it rained, and we spent the day at the museum.",
		"On Tuesday the weather cleared, and at 2 in the afternoon we set off for the hut.",
		"The path climbed 1500 metres through larch woods and meadows.",
		"We reached the hut at 7, tired and hungry.",
		"The warden, old Brantschen, had climbed the mountain 41 times.",
		"He told us that the north face had been climbed only twice.",
		"We slept badly, 18 men on a single straw bed.",
		"We left the hut at 4 o'clock, under a sky full of stars.",
		"Hans led the first rope, Peter the second.",
		"After 2 hours we reached the foot of the north face.",
		"The first 300 metres were easy slabs of granite.",
		"Then the traverse began, the hardest part of the route.",
		"Hans wore Tricouni nails.",
		"Peter had rubber soles, from Milan.",
		"I wore uncle Anton's old boots.",
		"On the traverse the rock was wet and cold, and the thin film of ice that covered the holds in the morning shade forced us to cut steps for more than 2 hours.",
		"Peter slipped twice on the glazed slabs below the great gendarme, and both times the rope, belayed round a block of granite by Hans, held him after a fall of 5 metres.",
		"At noon we stood at last on the summit, 3970 metres high, in a cold wind from the north that blew the clouds away from the Mischabel and the Monte Rosa.",
		"We ate bread and cheese sheltered behind the cairn and looked down at the Aletsch glacier, which lay below us like a frozen river 20 kilometres long.",
		"The descent took 5 hours.",
		"At the hut Brantschen had tea ready for us.",
		"The next day we walked down to Randa in 3 hours.",
		"In Zermatt we met the Englishman Young, who had climbed the Dent Blanche.",
		"He invited us to dinner at the Monte Rosa hotel.",
		"We took the train home on Saturday, 14 August.",
	}
	climbDe = []string{
		"Im Sommer 1931 fuhren wir zu viert nach Zermatt, um das Weisshorn zu besteigen.",
		"Der Zug aus Visp hatte Verspätung, und wir kamen erst nach 9 Uhr abends an.",
		"Unsere Wirtin, Frau Perren, gab uns Suppe und ein Zimmer unter dem Dach.",
		"Am nächsten Morgen regnete es, und wir verbrachten den Tag im Museum.",
		"Am Dienstag klarte es auf, und um 2 Uhr nachmittags brachen wir zur Hütte auf.",
		"Der Weg stieg 1500 Meter durch Lärchenwälder und Wiesen.",
		"Wir erreichten die Hütte um 7 Uhr, müde und hungrig.",
		"Der Hüttenwart, der alte Brantschen, hatte den Berg 41 Mal bestiegen.",
		"Er erzählte uns, dass die Nordwand erst zweimal durchstiegen worden war.",
		"Wir schliefen schlecht, 18 Mann auf einem einzigen Strohlager.",
		"Wir verliessen die Hütte um 4 Uhr, unter einem Himmel voller Sterne.",
		"Hans führte die erste Seilschaft, Peter die zweite.",
		"Nach 2 Stunden erreichten wir den Fuss der Nordwand.",
		"Die ersten 300 Meter waren leichte Granitplatten.",
		"Dann begann der Quergang, der schwierigste Teil der Route.",
		"Im Quergang war der Fels nass und kalt, und die dünne Eisschicht, die im Morgenschatten die Griffe bedeckte, zwang uns, mehr als 2 Stunden lang Stufen zu schlagen.",
		"Peter rutschte zweimal auf den vereisten Platten unter dem grossen Gendarmen aus, und beide Male hielt ihn das von Hans um einen Granitblock gesicherte Seil nach einem Sturz von 5 Metern.",
		"Um Mittag standen wir endlich auf dem Gipfel, 3970 Meter hoch, in einem kalten Nordwind, der die Wolken von den Mischabel und dem Monte Rosa wegblies.",
		"Wir assen Brot und Käse im Schutz des Steinmanns und schauten hinunter auf den Aletschgletscher, der wie ein gefrorener Fluss von 20 Kilometern Länge unter uns lag.",
		"Hans trug Tricouni-Nägel.",
		"Peter hatte Gummisohlen, aus Mailand.",
		"Ich trug die alten Schuhe von Onkel Anton.",
		"Der Abstieg dauerte 5 Stunden.",
		"In der Hütte hatte Brantschen Tee für uns bereit.",
		"Am nächsten Tag stiegen wir in 3 Stunden nach Randa ab.",
		"In Zermatt trafen wir den Engländer Young, der die Dent Blanche bestiegen hatte.",
		"Er lud uns zum Abendessen ins Hotel Monte Rosa ein.",
		"Am Samstag, dem 14. August, fuhren wir mit dem Zug nach Hause.",
	}
)

// TestPassageSetFurtherOn: a passage of three sentences that the
// translation sets four sentences later is a move, not three omissions
// and three additions, and each of its sentences is paired with its
// own translation: three Moved pairs, the beads 15:19, 16:20 and 17:21
// (one bead each, Units), coverage complete. It crosses four matches:
// when a transposition could cross two at most (maxCrossRows 2, before
// 2026-12-08), the three were reported left out.
func TestPassageSetFurtherOn(t *testing.T) {
	en := parse(t, "climb.en.txt", strings.Join(climbEn, " "))
	de := parse(t, "climb.de.txt", strings.Join(climbDe, " "))
	al, _ := Align([]*editions.Edition{en, de}, Options{})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []Bead{{Src: []int{15}, Tgt: []int{19}}, {Src: []int{16}, Tgt: []int{20}}, {Src: []int{17}, Tgt: []int{21}}} {
		if !slices.ContainsFunc(al.Beads(), func(b Bead) bool { return b.String() == want.String() }) {
			t.Errorf("no bead %s: %v", want, al.Beads())
		}
	}
	moved := 0
	for k, r := range al.Rows {
		if r.Kind == Moved {
			moved++
			if b := al.RowBead(k); b.String() != al.RowBead(r.Peer).String() {
				t.Errorf("row %d is the move %s, its peer %s", k, b, al.RowBead(r.Peer))
			}
		}
	}
	if moved != 6 {
		t.Errorf("%d Moved rows, want 6 (three pairs)", moved)
	}
	if n := len(al.Units()); n != len(al.Rows)-3 {
		t.Errorf("%d units of %d rows, want the three moves' ends as one each", n, len(al.Rows))
	}
	r := Coverage(al, CoverageOptions{})
	if s := r.Total.Sentences.Share(); s != 1 {
		t.Errorf("sentences covered %.3f, want 1; omissions %v", s, findingTexts(r.Omissions))
	}
	if len(r.Additions) != 0 {
		t.Errorf("additions %v, want none", findingTexts(r.Additions))
	}
}
