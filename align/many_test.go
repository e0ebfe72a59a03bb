package align

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/synoptic-text/synoptic/editions"
)

func cellsOf(al *Alignment) []string {
	var out []string
	for _, r := range al.Rows {
		out = append(out, fmt.Sprint(r.Cells))
	}
	return out
}

// TestAlignManyJoinedSentences: when one edition joins two sentences that
// the others keep apart, the row holds all of them, in every edition.
func TestAlignManyJoinedSentences(t *testing.T) {
	a := mustParse(t, "a.en.txt", "The committee met in the café on 14 March. It voted to strike. The strike lasted twenty-three days.")
	b := mustParse(t, "b.en.txt", "The committee met in the café on 14 March and voted to strike. The strike lasted twenty-three days.")
	c := mustParse(t, "c.fr.txt", "Le comité se réunit au café le 14 mars. Il vota la grève. La grève dura vingt-trois jours.")
	al := AlignMany([]*editions.Edition{a, b, c}, ManyOptions{Mode: AutoMode})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	want := []string{"[[0 1] [0] [0 1]]", "[[2] [1] [2]]"}
	if diff := cmp.Diff(want, cellsOf(al)); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	// b is a version of a: their words are compared in the row.
	if d := al.Rows[0].Diffs; len(d) != 1 || d[0].From != 0 || d[0].To != 1 {
		t.Errorf("row 0 diffs %+v, want one from edition 0 to edition 1", d)
	}
}

// TestAlignManySample aligns the bundled French original and both English
// editions: every sentence once, in order, and the two English editions
// diffed against each other, not against the French.
func TestAlignManySample(t *testing.T) {
	fr, e72, e16 := readSample(t, "greve.fr.txt"), readSample(t, "greve.1972.en.txt"), readSample(t, "greve.2016.en.txt")
	al := AlignMany([]*editions.Edition{fr, e72, e16}, ManyOptions{Mode: AutoMode})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range al.Rows {
		for _, d := range r.Diffs {
			if d.From != 1 || d.To != 2 {
				t.Errorf("diff between editions %d and %d; only the English ones are versions", d.From, d.To)
			}
			for _, op := range d.Ops {
				found = found || op.Kind == Delete && op.Text == "16"
			}
		}
	}
	if !found {
		t.Error("the corrected date 16 → 6 April is not among the diffs")
	}
}

func readBible(t testing.TB, names ...string) []*editions.Edition {
	dir := filepath.Join("..", "..", "shared", "eval", "bible")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipping: %s not found (evaluation data lives in ../shared)", dir)
	}
	var eds []*editions.Edition
	for _, n := range names {
		e, err := editions.Read(filepath.Join(dir, n), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		eds = append(eds, e)
	}
	return eds
}

// TestAlignManyBible: three versions of Ruth, and five of Genesis.
func TestAlignManyBible(t *testing.T) {
	for _, set := range [][]string{
		{"en-KJV.Ruth.txt", "en-ASV.Ruth.txt", "fr-FreJND.Ruth.txt"},
		{"en-KJV.Gen.txt", "en-ASV.Gen.txt", "fr-FreJND.Gen.txt", "de-GerElb1905.Gen.txt", "es-SpaRV.Gen.txt"},
	} {
		eds := readBible(t, set...)
		start := time.Now()
		al := AlignMany(eds, ManyOptions{Mode: AutoMode})
		elapsed := time.Since(start)
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		kinds := map[RowKind]int{}
		for _, r := range al.Rows {
			kinds[r.Kind]++
		}
		t.Logf("%v: %d rows %v in %v", set, len(al.Rows), kinds, elapsed)
	}
}
