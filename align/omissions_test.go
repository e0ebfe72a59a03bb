package align

import (
	"fmt"
	"slices"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// deletedSentences are the source sentences of al's Deleted rows.
func deletedSentences(al *Alignment) []int {
	var out []int
	for _, r := range al.Rows {
		if r.Kind == Deleted {
			out = append(out, r.Cells[0]...)
		}
	}
	return out
}

// omittedSentences are the source sentences of r's omissions of kind
// Omitted or MovedPassage.
func omittedSentences(r *CoverageReport) []int {
	var out []int
	for _, f := range r.Omissions {
		// A passage moved is deleted rows too, whose translation stands
		// elsewhere (coverage_moves.go).
		if f.Kind == Omitted || f.Kind == MovedPassage {
			out = append(out, f.Sentences...)
		}
	}
	return out
}

// A German log whose translation leaves out a sentence — the mainmast
// breaking — beside one it could be merged with: the search merges the
// two, the omission decision leaves it out, and the alignment and the
// coverage report name the same sentence.
func TestOmissionDroppedBesideMerge(t *testing.T) {
	src := paragraphs(t, "adele.de.txt", "de", adeleDE)
	storm := append(append([]string{}, adeleEN[1][:4]...), adeleEN[1][5:]...)
	tgt := paragraphs(t, "adele.en.txt", "en", [][]string{adeleEN[0], storm, adeleEN[2], adeleEN[3]})
	merged := false
	for _, b := range SearchBeads(src, tgt, nil) {
		merged = merged || slices.Equal(b.Src, []int{6, 7})
	}
	if !merged {
		t.Fatalf("the search no longer merges sentences 6 and 7: this test needs another example")
	}
	al := alignSentences(src, tgt)
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	if got := deletedSentences(al); fmt.Sprint(got) != "[7]" {
		t.Errorf("deleted rows of sentences %v, want sentence 7, the mainmast", got)
	}
	r := Coverage(al, CoverageOptions{})
	if got := omittedSentences(r); fmt.Sprint(got) != "[7]" {
		t.Errorf("omissions of sentences %v, want sentence 7", got)
	}
}

// A true merge stays a merge: the move to Zurich joins "Es regnete."
// and the sentence after it into one, and the alignment has them in one
// 2-1 row, with nothing left out.
func TestTrueMergeStays(t *testing.T) {
	src, tgt := lines(t, "umzug.de.txt", "de", umzugDE), lines(t, "umzug.en.txt", "en", umzugEN)
	al := alignSentences(src, tgt)
	if got := deletedSentences(al); len(got) > 0 {
		t.Errorf("deleted rows of sentences %v in a complete translation", got)
	}
	found := false
	for _, r := range al.Rows {
		if slices.Equal(r.Cells[0], []int{2, 3}) && slices.Equal(r.Cells[1], []int{2}) && r.Kind == Match {
			found = true
		}
	}
	if !found {
		t.Errorf("rows %v, want sentences 2 and 3 matched with translation sentence 2", al.Beads())
	}
	if r := Coverage(al, CoverageOptions{}); len(r.Omissions) > 0 {
		t.Errorf("omissions %+v in a complete translation", r.Omissions)
	}
}

// Whatever rows the search makes, the omission decision keeps every
// sentence in one row, in order, and the coverage report's omissions
// (all of them, whatever their confidence) are the alignment's Deleted
// rows: the report decides nothing again. Alignments of every shape are
// drawn at random over the lighthouse texts.
func TestOmissionsAgreeWithRows(t *testing.T) {
	src := lines(t, "phare.fr.txt", "fr", phareFR)
	tgt := lines(t, "phare.en.txt", "en", phareEN)
	x := uint32(11)
	next := func(n int) int {
		x = x*1664525 + 1013904223
		return int(x>>16) % n
	}
	for trial := 0; trial < 200; trial++ {
		al := &Alignment{Editions: []*editions.Edition{src, tgt}}
		i, j := 0, 0
		for i < len(src.Sentences) || j < len(tgt.Sentences) {
			a, b := next(3), next(3)
			a, b = min(a, len(src.Sentences)-i), min(b, len(tgt.Sentences)-j)
			if a == 0 && b == 0 || a == 2 && b == 0 || a == 0 && b == 2 {
				continue // the search makes 1-0 and 0-1 rows only
			}
			row := Row{Cells: [][]int{span(i, i+a), span(j, j+b)}, Kind: Match, Score: 0.9, raw: 0.9}
			switch {
			case b == 0:
				row.Kind, row.Score, row.raw = Deleted, 0.5, 0.5
			case a == 0:
				row.Kind, row.Score, row.raw = Inserted, 0.5, 0.5
			}
			al.Rows = append(al.Rows, row)
			i, j = i+a, j+b
		}
		al = decided(t, al)
		r := Coverage(al, CoverageOptions{MinConfidence: -1})
		if got, want := omittedSentences(r), deletedSentences(al); !slices.Equal(got, want) {
			t.Fatalf("trial %d: omissions of sentences %v, deleted rows of %v", trial, got, want)
		}
	}
}
