package align

import (
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// A paragraph of no words ("* * *") is covered when its sentence has a
// counterpart, not whatever happens to it: between two paragraphs the
// translation leaves out, it is left out too.
func TestCoverageParagraphWithoutWords(t *testing.T) {
	src := paragraphs(t, "hund.de.txt", "de", [][]string{
		{"Der Hund schläft vor dem Ofen."},
		{"* * *"},
		{"Am Morgen jagt die Katze im Garten."},
	})
	tgt := paragraphs(t, "dog.en.txt", "en", [][]string{{"The dog sleeps by the stove."}})
	for _, tc := range []struct {
		rows []Row
		want int // paragraphs covered
	}{
		{[]Row{
			{Cells: [][]int{{0}, {0}}, Kind: Match, Score: 0.9},
			{Cells: [][]int{{1}, {}}, Kind: Deleted, Score: 0.5},
			{Cells: [][]int{{2}, {}}, Kind: Deleted, Score: 0.5},
		}, 1},
		{[]Row{
			{Cells: [][]int{{0, 1}, {0}}, Kind: Match, Score: 0.9},
			{Cells: [][]int{{2}, {}}, Kind: Deleted, Score: 0.5},
		}, 2},
	} {
		al := &Alignment{Editions: []*editions.Edition{src, tgt}, Rows: tc.rows}
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		r := Coverage(al, CoverageOptions{})
		if got := r.Total.Paragraphs; got.Covered != tc.want || got.Total != 3 {
			t.Errorf("rows %v: paragraphs covered %d of %d, want %d of 3", tc.rows, got.Covered, got.Total, tc.want)
		}
	}
}
