package align

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// editable returns a one-for-one alignment of two editions of four
// sentences, the third row doubtful.
func editable(t *testing.T) *Alignment {
	a := lines(t, "a.txt", "en", []string{"One.", "Two.", "Three.", "Four."})
	b := lines(t, "b.txt", "fr", []string{"Un.", "Deux.", "Trois.", "Quatre."})
	al := &Alignment{Editions: []*editions.Edition{a, b}}
	for i := 0; i < 4; i++ {
		al.Rows = append(al.Rows, Row{Cells: [][]int{{i}, {i}}, Kind: Match, Score: 0.9})
	}
	al.Rows[2].Score = 0.2
	return al
}

func TestEdits(t *testing.T) {
	type edit func(*Alignment) error
	for _, tc := range []struct {
		name  string
		edits []edit
		want  string // beads after the edits
		kinds []RowKind
	}{
		{"merge", []edit{func(a *Alignment) error { return a.MergeRows(1) }}, "[0]:[0] [1, 2]:[1, 2] [3]:[3]", nil},
		{"merge then split back", []edit{
			func(a *Alignment) error { return a.MergeRows(1) },
			func(a *Alignment) error { return a.SplitRow(1, 0, 2) },
			func(a *Alignment) error { return a.ShiftSentence(1, 1, false) },
		}, "[0]:[0] [1]:[1] [2]:[2] [3]:[3]", nil},
		{"split leaves a deletion", []edit{
			func(a *Alignment) error { return a.MergeRows(0) },
			func(a *Alignment) error { return a.SplitRow(0, 0, 1) },
		}, "[0]:[0, 1] [1]:[] [2]:[2] [3]:[3]", []RowKind{Match, Deleted, Match, Match}},
		{"split at a cell's first sentence", []edit{func(a *Alignment) error { return a.SplitRow(1, 1, 1) }},
			"[0]:[0] [1]:[] []:[1] [2]:[2] [3]:[3]", []RowKind{Match, Deleted, Inserted, Match, Match}},
		{"shift up empties a row", []edit{func(a *Alignment) error { return a.ShiftSentence(1, 1, true) }},
			"[0]:[0, 1] [1]:[] [2]:[2] [3]:[3]", nil},
		{"shift down", []edit{func(a *Alignment) error { return a.ShiftSentence(1, 0, false) }},
			"[0]:[0] []:[1] [1, 2]:[2] [3]:[3]", nil},
		{"alone: the first of a cell", []edit{
			func(a *Alignment) error { return a.MergeRows(1) },
			func(a *Alignment) error { return a.IsolateSentence(1, 1, 1) },
		}, "[0]:[0] []:[1] [1, 2]:[2] [3]:[3]", []RowKind{Match, Inserted, Match, Match}},
		{"alone: the last of a cell", []edit{
			func(a *Alignment) error { return a.MergeRows(1) },
			func(a *Alignment) error { return a.IsolateSentence(1, 0, 2) },
		}, "[0]:[0] [1]:[1, 2] [2]:[] [3]:[3]", []RowKind{Match, Match, Deleted, Match}},
		{"alone: an omission", []edit{func(a *Alignment) error { return a.IsolateSentence(3, 0, 3) }},
			"[0]:[0] [1]:[1] [2]:[2] [3]:[] []:[3]", []RowKind{Match, Match, Match, Deleted, Inserted}},
		{"shift down and back", []edit{
			func(a *Alignment) error { return a.ShiftSentence(0, 0, false) },
			func(a *Alignment) error { return a.ShiftSentence(1, 0, true) },
		}, "[0]:[0] [1]:[1] [2]:[2] [3]:[3]", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			al := editable(t)
			for k, e := range tc.edits {
				if err := e(al); err != nil {
					t.Fatalf("edit %d: %v", k, err)
				}
				if err := al.Check(); err != nil {
					t.Fatalf("edit %d: %v", k, err)
				}
			}
			if got := beadStrings(al); got != tc.want {
				t.Errorf("beads %s, want %s", got, tc.want)
			}
			for r, k := range tc.kinds {
				if al.Rows[r].Kind != k {
					t.Errorf("row %d is %v, want %v", r, al.Rows[r].Kind, k)
				}
			}
		})
	}
}

// An edited row keeps the lowest score of the rows it came from and
// loses its confirmation; confirming changes nothing else.
func TestEditScoreAndConfirm(t *testing.T) {
	al := editable(t)
	if err := al.ConfirmRow(1, true); err != nil {
		t.Fatal(err)
	}
	if !al.Rows[1].Confirmed || al.Rows[0].Confirmed {
		t.Fatalf("confirmed rows %v", confirmedRows(al))
	}
	if err := al.MergeRows(1); err != nil {
		t.Fatal(err)
	}
	if r := al.Rows[1]; r.Confirmed || r.Score != 0.2 {
		t.Errorf("merged row: confirmed %v, score %v; want false, 0.2", r.Confirmed, r.Score)
	}
}

func confirmedRows(al *Alignment) []int {
	var out []int
	for r, row := range al.Rows {
		if row.Confirmed {
			out = append(out, r)
		}
	}
	return out
}

// An edit that does not apply says why and changes nothing.
func TestEditRefused(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(*Alignment) error // an edit that applies, first
		edit  func(*Alignment) error
	}{
		{"merge the last row", nil, func(a *Alignment) error { return a.MergeRows(3) }},
		{"merge no row", nil, func(a *Alignment) error { return a.MergeRows(-1) }},
		{"split at a sentence not in the row", nil, func(a *Alignment) error { return a.SplitRow(1, 0, 2) }},
		{"split leaving nothing above", func(a *Alignment) error { return a.SplitRow(1, 1, 1) },
			func(a *Alignment) error { return a.SplitRow(1, 0, 1) }},
		{"split no edition", nil, func(a *Alignment) error { return a.SplitRow(1, 2, 1) }},
		{"shift above the first row", nil, func(a *Alignment) error { return a.ShiftSentence(0, 0, true) }},
		{"shift below the last row", nil, func(a *Alignment) error { return a.ShiftSentence(3, 1, false) }},
		{"alone already", func(a *Alignment) error { return a.IsolateSentence(0, 0, 0) },
			func(a *Alignment) error { return a.IsolateSentence(0, 0, 0) }},
		{"alone in the middle", func(a *Alignment) error {
			if err := a.MergeRows(0); err != nil {
				return err
			}
			return a.MergeRows(0)
		}, func(a *Alignment) error { return a.IsolateSentence(0, 0, 1) }},
		{"confirm no row", nil, func(a *Alignment) error { return a.ConfirmRow(4, true) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			al := editable(t)
			if tc.setup != nil {
				if err := tc.setup(al); err != nil {
					t.Fatal(err)
				}
			}
			before := append([]Row(nil), al.Rows...)
			err := tc.edit(al)
			if err == nil {
				t.Fatal("no error")
			}
			if !reflect.DeepEqual(al.Rows, before) {
				t.Errorf("a refused edit (%v) changed the rows", err)
			}
		})
	}
}

// Any sequence of edits, applied or refused, keeps every sentence in
// exactly one row, in order, and never writes into the rows it
// replaced (a copy taken before an edit stays as it was).
func TestEditsRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	al := editable(t)
	for i := 0; i < 5000; i++ {
		before := append([]Row(nil), al.Rows...)
		snapshot := deepRows(before)
		r, e := rng.Intn(len(al.Rows)+1)-1+rng.Intn(2), rng.Intn(2)
		var err error
		switch rng.Intn(5) {
		case 4:
			err = al.IsolateSentence(r, e, rng.Intn(4))
		case 0:
			err = al.MergeRows(r)
		case 1:
			at := rng.Intn(4)
			err = al.SplitRow(r, e, at)
		case 2:
			err = al.ShiftSentence(r, e, rng.Intn(2) == 0)
		case 3:
			err = al.ConfirmRow(r, rng.Intn(2) == 0)
		}
		if cerr := al.Check(); cerr != nil {
			t.Fatalf("edit %d: %v", i, cerr)
		}
		if err != nil && !reflect.DeepEqual(al.Rows, before) {
			t.Fatalf("edit %d refused (%v) but changed the rows", i, err)
		}
		if !reflect.DeepEqual(deepRows(before), snapshot) {
			t.Fatalf("edit %d wrote into the rows it replaced", i)
		}
	}
}

func deepRows(rows []Row) []Row {
	out := make([]Row, len(rows))
	for i, r := range rows {
		out[i] = r
		out[i].Cells = make([][]int, len(r.Cells))
		for e, c := range r.Cells {
			out[i].Cells[e] = append([]int{}, c...)
		}
	}
	return out
}

// Edits of versions keep moves paired (a moved row's peer is a moved row
// that points back) and give every changed row its word diff.
func TestEditsVersionsRandom(t *testing.T) {
	eds := []*editions.Edition{readSample(t, "greve.1972.en.txt"), readSample(t, "greve.2016.en.txt")}
	first, _ := Align(eds, Options{})
	moved := 0
	for _, r := range first.Rows {
		if r.Kind == Moved {
			moved++
		}
	}
	if moved == 0 {
		t.Fatal("the sample has no moved row: the test tests nothing")
	}
	rng := rand.New(rand.NewSource(2))
	for run := 0; run < 50; run++ {
		al := &Alignment{Editions: first.Editions, Rows: first.Rows}
		for i := 0; i < 40; i++ {
			r, e := rng.Intn(len(al.Rows)), rng.Intn(2)
			switch rng.Intn(4) {
			case 3:
				if c := al.Rows[r].Cells[e]; len(c) > 0 {
					_ = al.IsolateSentence(r, e, c[0])
				}
			case 0:
				_ = al.MergeRows(r)
			case 1:
				if c := al.Rows[r].Cells[e]; len(c) > 0 {
					_ = al.SplitRow(r, e, c[rng.Intn(len(c))])
				}
			case 2:
				_ = al.ShiftSentence(r, e, rng.Intn(2) == 0)
			}
			if err := al.Check(); err != nil {
				t.Fatalf("run %d edit %d: %v", run, i, err)
			}
			for k, row := range al.Rows {
				switch row.Kind {
				case Moved:
					if p := row.Peer; p < 0 || p >= len(al.Rows) || al.Rows[p].Kind != Moved || al.Rows[p].Peer != k {
						t.Fatalf("run %d edit %d: row %d moved to row %d, which does not point back", run, i, k, p)
					}
				case Changed:
					if len(row.DiffOps(0, 1)) == 0 {
						t.Fatalf("run %d edit %d: changed row %d has no diff", run, i, k)
					}
				case Match:
					t.Fatalf("run %d edit %d: row %d of versions is a match", run, i, k)
				}
			}
		}
	}
}
