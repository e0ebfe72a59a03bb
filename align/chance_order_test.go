package align

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// shuffledWithinParagraphs returns e with the sentences of each of its
// paragraphs in an order drawn from seed, its paragraphs in order.
func shuffledWithinParagraphs(t *testing.T, e *editions.Edition, seed uint64) *editions.Edition {
	t.Helper()
	rnd := rand.New(rand.NewPCG(seed, seed))
	var paras []string
	for lo := 0; lo < len(e.Sentences); {
		hi := lo + 1
		for hi < len(e.Sentences) && e.Sentences[hi].Paragraph == e.Sentences[lo].Paragraph {
			hi++
		}
		var ss []string
		for _, s := range e.Sentences[lo:hi] {
			ss = append(ss, s.Text)
		}
		rnd.Shuffle(len(ss), func(i, j int) { ss[i], ss[j] = ss[j], ss[i] })
		paras = append(paras, strings.Join(ss, "\n"))
		lo = hi
	}
	out, err := editions.Parse(e.ID+"-shuffled.txt", []byte(strings.Join(paras, "\n\n")+"\n"),
		editions.Options{ID: e.ID + "-shuffled", Lang: e.Lang.String(), Format: "text", Presegmented: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Sentences) != len(e.Sentences) {
		t.Fatalf("%d sentences shuffled, want %d", len(out.Sentences), len(e.Sentences))
	}
	return out
}

// TestShuffledWithinParagraphs: Genesis in French with the sentences of
// each chapter shuffled, against the King James Version. Its chapters
// correspond, so the test against chance found it related; its rows,
// each pairing a verse with one of the same chapter that shares its
// names, were scored as a translation's (of those scored 0.9 or more,
// 87 of 295 right, without a word). Now a warning says the sentences
// within paragraphs are not shown to correspond, every match is
// doubtful, and none is counted as covered. Genesis in order keeps its
// rows sure, with no warning.
func TestShuffledWithinParagraphs(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	fr, en := readPath(t, dir, "fr-FreCrampon.Gen.txt"), readPath(t, dir, "en-KJV.Gen.txt")
	al := alignSentences(en, shuffledWithinParagraphs(t, fr, 1))
	if len(al.Warnings) != 1 || al.Warnings[0].Kind != Undecided || !al.Warnings[0].Order {
		t.Fatalf("warnings %+v, want one undecided of the order within paragraphs", al.Warnings)
	}
	if w := al.Warnings[0]; w.First != 0 || w.Limit != len(al.Rows) {
		t.Errorf("the warning holds rows %d-%d of %d, want all", w.First, w.Limit, len(al.Rows))
	}
	for _, r := range al.Rows {
		if r.Kind == Match && !r.Doubtful() {
			t.Fatalf("match %v scored %.3f in shuffled chapters, not doubtful", r.Cells, r.Score)
		}
	}
	if rep := Coverage(al, CoverageOptions{}); rep.Untrusted() != len(en.Sentences) {
		t.Errorf("coverage counts %d of %d sentences as untrusted, want all", rep.Untrusted(), len(en.Sentences))
	}
	same := alignSentences(en, fr)
	doubtful := doubtfulMatches(same)
	if len(same.Warnings) > 0 || 20*doubtful > len(same.Rows) {
		t.Errorf("Genesis in order: warnings %+v, %d of %d rows doubtful", same.Warnings, doubtful, len(same.Rows))
	}
}
