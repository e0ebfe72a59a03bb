package align

import (
	"fmt"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// TestUnits: a pairwise alignment's move is one unit, and one bead, where
// the first edition's sentences stand; every sentence is in one unit; an
// alignment of three editions keeps its rows.
func TestUnits(t *testing.T) {
	two := []*editions.Edition{{ID: "a"}, {ID: "b"}}
	al := &Alignment{Editions: two, Rows: []Row{
		{Cells: [][]int{{0}, {0}}, Kind: Match, Score: 0.9},
		{Cells: [][]int{{1, 2}, {}}, Kind: Moved, Peer: 3, Score: 0.8},
		{Cells: [][]int{{3}, {1}}, Kind: Match, Score: 0.9},
		{Cells: [][]int{{}, {2}}, Kind: Moved, Peer: 1, Score: 0.8},
		{Cells: [][]int{{4}, {}}, Kind: Deleted, Score: 0.7},
	}}
	if got, want := fmt.Sprint(al.Beads()), "[[0]:[0] [1, 2]:[2] [3]:[1] [4]:[]]"; got != want {
		t.Errorf("beads %s, want %s", got, want)
	}
	units := al.Units()
	if len(units) != 4 || units[1].Kind != Moved || units[1].Score != 0.8 {
		t.Errorf("units %v, want the move as one, its kind and score kept", units)
	}
	for _, k := range []int{1, 3} {
		if b := al.RowBead(k); b.String() != "[1, 2]:[2]" {
			t.Errorf("row %d's bead %s, want the move's [1, 2]:[2]", k, b)
		}
	}
	if len(al.Rows) != 5 || len(al.Rows[3].Cells[0]) != 0 {
		t.Error("Units changed the rows")
	}

	three := &Alignment{Editions: []*editions.Edition{{ID: "a"}, {ID: "b"}, {ID: "c"}}, Rows: []Row{
		{Cells: [][]int{{0}, {}, {0}}, Kind: Moved, Peer: 1},
		{Cells: [][]int{{}, {0}, {}}, Kind: Moved, Peer: 0},
	}}
	if len(three.Units()) != 2 {
		t.Errorf("three editions: %d units of 2 rows", len(three.Units()))
	}
}
