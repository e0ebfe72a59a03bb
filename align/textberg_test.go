package align

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// textbergDocs reads the Text+Berg documents names: their German and
// French editions, one sentence per line as shipped (read as
// presegmented text, so that the scores measure the aligner and not the
// segmenter), and their gold beads.
func textbergDocs(t testing.TB, names ...string) (a, b []*editions.Edition, gold [][]Bead) {
	dir := evaldata.Dir(t, "eval", "gold", "textberg-de-fr")
	read := func(name, lang string) *editions.Edition {
		path := filepath.Join(dir, name+"."+lang)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		e, err := editions.Parse(path, data, editions.Options{Lang: lang, Format: "text", Presegmented: true})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	for _, name := range names {
		a = append(a, read(name, "de"))
		b = append(b, read(name, "fr"))
		gold = append(gold, readBeadFile(t, filepath.Join(dir, name+".defr")))
	}
	return a, b, gold
}

var testDocs = []string{"test0", "test1", "test2", "test3", "test4", "test5", "test6"}

// scoreTextberg aligns the Text+Berg documents names and scores them
// against their gold.
func scoreTextberg(t testing.TB, names ...string) Scores {
	a, b, gold := textbergDocs(t, names...)
	var sys [][]Bead
	for d := range a {
		al := alignSentences(a[d], b[d])
		if err := al.Check(); err != nil {
			t.Fatalf("%s: %v", names[d], err)
		}
		sys = append(sys, al.Beads())
	}
	return Score(gold, sys)
}

func fmtScores(s Scores) string {
	return fmt.Sprintf("strict P %.3f R %.3f F1 %.3f  lax P %.3f R %.3f F1 %.3f", s.Precision, s.Recall, s.F1, s.LaxPrecision, s.LaxRecall, s.LaxF1)
}

// TestTextbergTest aligns the Text+Berg test set and fails below the
// floor of strict F1 0.90, the target without a dictionary
// (0.904 since the third pass learns again from the second, relearn.go;
// 0.900 before, on 135e137; the first floor was 0.87), and the
// dev document below 0.87, the target (0.874 since numbers cut
// by a boundary are evidence, edges.go; 0.886 since the third pass).
func TestTextbergTest(t *testing.T) {
	s := scoreTextberg(t, testDocs...)
	t.Logf("test: %s", fmtScores(s))
	d := scoreTextberg(t, "dev")
	t.Logf("dev:  %s", fmtScores(d))
	if s.F1 < 0.90 {
		t.Errorf("Text+Berg test strict F1 %.3f < 0.90", s.F1)
	}
	if d.F1 < 0.87 {
		t.Errorf("Text+Berg dev strict F1 %.3f < 0.87", d.F1)
	}
}
