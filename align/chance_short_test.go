package align

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// harbour and mill are two unrelated stories of one shape, a heading
// and two paragraphs; harbourFr and harbourJa are translations of the
// first.
var (
	harbour   = []string{"The Harbour", "In 1894 the harbour of Saint-Malo froze for the first time in forty years.", "The fishermen could not take their boats out for eleven days.", "Marie Leclerc, the baker's daughter, carried bread across the ice to the ships.", "The mayor called a meeting on 12 February.", "He promised coal to every family that had lost a week of work.", "Nobody believed him.", "By March the ice was gone.", "The boats went out again, and the town forgot the winter."}
	harbourFr = []string{"Le port", "En 1894, le port de Saint-Malo gela pour la première fois depuis quarante ans.", "Les pêcheurs ne purent sortir leurs bateaux pendant onze jours.", "Marie Leclerc, la fille du boulanger, porta du pain aux navires sur la glace.", "Le maire convoqua une réunion le 12 février.", "Il promit du charbon à chaque famille qui avait perdu une semaine de travail.", "Personne ne le crut.", "En mars, la glace avait disparu.", "Les bateaux ressortirent, et la ville oublia l'hiver."}
	harbourJa = []string{"港", "1894年、サン・マロの港が四十年ぶりに凍った。", "漁師たちは十一日間、船を出せなかった。", "パン屋の娘マリー・ルクレールは氷の上を船までパンを運んだ。", "市長は2月12日に集会を開いた。", "彼は仕事を一週間失ったすべての家族に石炭を約束した。", "誰も彼を信じなかった。", "三月には氷は消えていた。", "船は再び海に出て、町は冬を忘れた。"}
	mill      = []string{"Le moulin", "Le moulin sur la Rance fut construit en 1731 par les moines de Léhon.", "Il moulait le blé de six villages.", "En 1802, une crue emporta sa roue, et Jean Hamon la reconstruisit avec le chêne de son propre bois.", "Son petit-fils vendit le moulin en 1880.", "Le nouveau propriétaire y installa une machine à vapeur.", "Vingt ans plus tard, le moulin ferma.", "Les moines revinrent en 1920.", "Ils en firent une chapelle."}
)

// TestNumbersApart: two short unrelated texts of one shape, which the
// test of short texts finds related, are undecided when their numbers
// are all different: every match doubtful, none counted as covered, a
// warning that lists the numbers. The story's translations, in French
// and in Japanese (its numbers in digits and in kanji), keep theirs and
// are not.
func TestNumbersApart(t *testing.T) {
	en := linesEdition("harbour", "en", harbour)
	al, _ := Align([]*editions.Edition{en, linesEdition("mill", "fr", mill)}, Options{})
	if len(al.Warnings) != 1 {
		t.Fatalf("harbour against mill: warnings %+v, want one", al.Warnings)
	}
	w := al.Warnings[0]
	if want := "harbour and mill: not shown to correspond: short, and none of the 2 numbers of harbour (12, 1894) is in mill (1731, 1802, 1880, 1920); rows kept, doubtful, not counted as covered"; w.Message != want {
		t.Errorf("message %q, want %q", w.Message, want)
	}
	for _, r := range al.Rows {
		if r.Kind == Match && !r.Doubtful() {
			t.Errorf("row %v scored %.2f, want doubtful", r.Cells, r.Score)
		}
	}
	if rep := Coverage(al, CoverageOptions{}); rep.Total.Sentences.Covered != 0 {
		t.Errorf("coverage %+v, want none counted", rep.Total.Sentences)
	}
	// Pinned, the warning stays, and the pins their scores.
	pinned, _ := Align([]*editions.Edition{en, linesEdition("mill", "fr", mill)}, Options{Pins: beadPins(t, "[1]:[1]")})
	if len(pinned.Warnings) != 1 || pinned.Warnings[0].Message != w.Message {
		t.Errorf("pinned: warnings %+v, want the same one", pinned.Warnings)
	}

	for _, tr := range []*editions.Edition{linesEdition("port", "fr", harbourFr), linesEdition("minato", "ja", harbourJa)} {
		al, _ := Align([]*editions.Edition{en, tr}, Options{})
		for _, w := range al.Warnings {
			t.Errorf("harbour against %s: %s", tr.ID, w.Message)
		}
		if rep := Coverage(al, CoverageOptions{}); rep.Total.Sentences.Share() < 0.9 {
			t.Errorf("harbour against %s: coverage %+v, want 0.9 or more", tr.ID, rep.Total.Sentences)
		}
	}
}

// evalPieces returns pieces of 30 verses or beads of the evaluation
// data's translations, and each piece against the piece half its text
// further on (TestNumbersApartEval).
func evalPieces(t *testing.T) (real, other []piece) {
	const windowVerses = 30
	bible := evaldata.Dir(t, "eval", "bible")
	files, _ := filepath.Glob(filepath.Join(bible, "*.tsv"))
	for _, f := range files {
		name := filepath.Base(f)
		lang, rest, _ := strings.Cut(name, "-")
		book := strings.TrimSuffix(rest[strings.Index(rest, ".")+1:], ".tsv")
		if strings.HasPrefix(name, "en-KJV.") {
			continue
		}
		verses, err := evaldata.ReadVerses(f)
		if err != nil {
			t.Fatal(err)
		}
		kjv, err := evaldata.ReadVerses(filepath.Join(bible, "en-KJV."+book+".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		byRef := map[string]string{}
		for _, v := range kjv {
			byRef[v.Ref] = v.Text
		}
		var src, tgt []string
		for _, v := range verses {
			if k, ok := byRef[v.Ref]; ok {
				src, tgt = append(src, v.Text), append(tgt, k)
			}
		}
		n := len(src) / windowVerses
		for w := range n {
			cut := func(s []string, w int) []string { return s[w*windowVerses : (w+1)*windowVerses] }
			id := fmt.Sprintf("%s-%d", strings.TrimSuffix(name, ".tsv"), w)
			a := linesEdition(id, lang, cut(src, w))
			real = append(real, piece{a, linesEdition("kjv-"+id, "en", cut(tgt, w))})
			if n > 1 {
				other = append(other, piece{a, linesEdition("kjv-far-"+id, "en", cut(tgt, (w+n/2)%n))})
			}
		}
	}
	de, fr, gold := textbergDocs(t, append([]string{"dev"}, testDocs...)...)
	for d := range de {
		var src, tgt [][]string // each window's
		for w := 0; (w+1)*windowVerses <= len(gold[d]); w++ {
			var s, u []string
			for _, b := range gold[d][w*windowVerses : (w+1)*windowVerses] {
				for _, i := range b.Src {
					s = append(s, de[d].Sentences[i].Text)
				}
				for _, j := range b.Tgt {
					u = append(u, fr[d].Sentences[j].Text)
				}
			}
			if len(s) > 0 && len(u) > 0 {
				src, tgt = append(src, s), append(tgt, u)
			}
		}
		n := len(src)
		for w := range n {
			id := fmt.Sprintf("textberg-%d-%d", d, w)
			a := linesEdition(id, "de", src[w])
			real = append(real, piece{a, linesEdition(id+"-fr", "fr", tgt[w])})
			if n > 1 {
				other = append(other, piece{a, linesEdition(id+"-far-fr", "fr", tgt[(w+n/2)%n])})
			}
		}
	}
	return real, other
}

// A piece is a short piece of two editions.
type piece struct{ a, b *editions.Edition }

// TestNumbersApartEval counts how often short pieces of the evaluation
// data's real translations have their numbers apart (numbersApart's
// rule, on the pieces' numbers: no piece is aligned): pieces of
// 30 verses of every Bible edition against the same verses
// of the King James Version, and of 30 beads of the Text+Berg
// documents; and how often pieces that do not correspond (each against
// the piece half the text further on) are found so, among those with
// numbers enough on both sides. No real piece may be. (Names were
// tried too, a text's name keys against the other's, across scripts:
// 6 of 449 real pieces had two or more a side and none in common, the
// first 30 verses of Genesis in Spanish, in both French editions and in
// Latin among them: a name is translated, a number is not.)
func TestNumbersApartEval(t *testing.T) {
	real, other := evalPieces(t)
	// count returns how many of ps have numbers enough on both sides,
	// and which are found apart.
	count := func(ps []piece) (enough int, apart []piece) {
		for _, p := range ps {
			if len(editionNumbers(p.a)) >= minApartNumbers && len(editionNumbers(p.b)) >= minApartNumbers {
				enough++
			}
			if _, ok := numbersApart(p.a, p.b); ok {
				apart = append(apart, p)
			}
		}
		return enough, apart
	}
	enoughReal, falseAlarms := count(real)
	for _, p := range falseAlarms {
		t.Errorf("%s against %s, a translation: numbers apart, %v and %v", p.a.ID, p.b.ID, editionNumbers(p.a), editionNumbers(p.b))
	}
	enoughOther, found := count(other)
	t.Logf("translations: %d pieces, %d with %d numbers or more on each side, %d found apart; pieces that do not correspond: %d, %d with numbers enough, %d found apart",
		len(real), enoughReal, minApartNumbers, len(falseAlarms), len(other), enoughOther, len(found))
}
