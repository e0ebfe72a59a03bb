package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// presegmented builds an edition from text with one sentence per line,
// as the Text+Berg files are, without depending on the readers.
func presegmented(id, lang, text string) *editions.Edition {
	e := &editions.Edition{ID: id, Lang: language.MustParse(lang), Text: text}
	start := 0
	para := editions.Paragraph{Kind: editions.Text, Note: -1}
	for _, line := range strings.SplitAfter(text, "\n") {
		end := start + len(line)
		t := strings.TrimSpace(line)
		if t != "" {
			e.Sentences = append(e.Sentences, editions.Sentence{Index: len(e.Sentences), Start: start, End: end, Text: strings.Join(strings.Fields(t), " ")})
		}
		start = end
	}
	para.Limit = len(e.Sentences)
	para.End = len(text)
	e.Paragraphs = []editions.Paragraph{para}
	return e
}

func textbergDocs(t testing.TB, names ...string) (a, b []*editions.Edition, gold [][]Bead) {
	dir := evaldata.Dir(t, "eval", "gold", "textberg-de-fr")
	for _, name := range names {
		de, err := os.ReadFile(filepath.Join(dir, name+".de"))
		if err != nil {
			t.Fatal(err)
		}
		fr, err := os.ReadFile(filepath.Join(dir, name+".fr"))
		if err != nil {
			t.Fatal(err)
		}
		a = append(a, presegmented(name+".de", "de", string(de)))
		b = append(b, presegmented(name+".fr", "fr", string(fr)))
		gold = append(gold, readBeadFile(t, filepath.Join(dir, name+".defr")))
	}
	return a, b, gold
}

var testDocs = []string{"test0", "test1", "test2", "test3", "test4", "test5", "test6"}

func scoreWith(t testing.TB, p *params, names ...string) Scores {
	a, b, gold := textbergDocs(t, names...)
	var sys [][]Bead
	for d := range a {
		al := alignWith(a[d], b[d], p)
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
// issue's floor (strict F1 0.87).
func TestTextbergTest(t *testing.T) {
	s := scoreWith(t, defaultParams(), testDocs...)
	t.Logf("test: %s", fmtScores(s))
	d := scoreWith(t, defaultParams(), "dev")
	t.Logf("dev:  %s", fmtScores(d))
	if s.F1 < 0.87 {
		t.Errorf("Text+Berg test strict F1 %.3f < 0.87", s.F1)
	}
}
