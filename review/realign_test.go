package review

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"

	"github.com/synoptic-text/synoptic/align"
)

// Realign keeps the stretches between confirmed rows that no edit
// touched, row for row, and aligns the touched ones as a realign of
// every stretch does.
func TestRealignKeepsUntouched(t *testing.T) {
	eds := readSamples(t, "greve.fr.txt", "greve.1972.en.txt")
	al, _ := align.Align(eds, align.Options{})
	if len(al.Rows) < 16 {
		t.Fatalf("the sample has %d rows: too few to test", len(al.Rows))
	}
	// Rows 3 and 6 confirmed as the aligner made them; rows 9 and 10
	// merged, and row 13 (then 12) confirmed: the stretch between rows 6
	// and 12 is touched, the others are not.
	edit := `{"op": "confirm", "row": 3}, {"op": "confirm", "row": 6}, {"op": "merge", "row": 9}, {"op": "confirm", "row": 12}`
	var states []*align.Alignment
	var before *align.Alignment
	for _, known := range []bool{true, false} {
		st := start(t, al)
		if known {
			st.s.FromAligner()
		}
		if code, body := st.ops(edit); code != http.StatusOK {
			t.Fatal(body)
		}
		before, _ = st.read()
		if code, body := st.do(http.MethodPost, "/api/realign", "", nil); code != http.StatusOK {
			t.Fatalf("%d %s", code, body)
		}
		got, _ := st.read()
		states = append(states, got)
	}
	kept, all := states[0], states[1]
	// Rows 0 to 6 (untouched, and the confirmed row 6) are as they
	// were; so are the rows from the confirmed row 12 (the stretch after
	// it untouched): counted from the end, since the touched stretch may
	// change the number of rows.
	for r := 0; r <= 6; r++ {
		if !reflect.DeepEqual(kept.Rows[r], before.Rows[r]) {
			t.Errorf("row %d was %v, realigned %v", r, before.Rows[r], kept.Rows[r])
		}
	}
	for k := 1; k <= len(before.Rows)-12; k++ {
		if !reflect.DeepEqual(kept.Rows[len(kept.Rows)-k], before.Rows[len(before.Rows)-k]) {
			t.Errorf("row %d from the end was %v, realigned %v", k, before.Rows[len(before.Rows)-k], kept.Rows[len(kept.Rows)-k])
		}
	}
	// The touched stretch is aligned as realigning every stretch does.
	stretch := func(a *align.Alignment) string {
		lo, hi := -1, -1
		for r, row := range a.Rows {
			if row.Confirmed && lo < 0 && r > 3 {
				lo = r
			} else if row.Confirmed && lo >= 0 && hi < 0 {
				hi = r
			}
		}
		var s []string
		for _, row := range a.Rows[lo : hi+1] {
			s = append(s, fmt.Sprint(row.Cells, row.Kind, row.Confirmed))
		}
		return fmt.Sprint(s)
	}
	if a, b := stretch(kept), stretch(all); a != b {
		t.Errorf("the touched stretch realigned to\n%s\nrealigning every stretch gives\n%s", a, b)
	}
	// What realign keeps was not aligned again: had it been, some row of
	// a stretch aligned on its own would differ (the test would test
	// nothing otherwise).
	if reflect.DeepEqual(kept.Rows, all.Rows) {
		t.Error("keeping the untouched stretches changed nothing: the sample cannot tell")
	}
}
