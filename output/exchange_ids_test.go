package output

import (
	"encoding/xml"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
)

// The sentence numbers the formats that name sentences by number give
// back (beads, ladder, XCES), checked against the alignment's.

// checkIDs checks the sentence numbers a row format gives, for each
// edition in the order it gives them: every sentence once, in order.
func checkIDs(t *testing.T, format string, a *align.Alignment, ids [][]int) {
	t.Helper()
	want := make([][]int, len(a.Editions))
	for e, ed := range a.Editions {
		for i := range ed.Sentences {
			want[e] = append(want[e], i)
		}
	}
	checkIDsAre(t, format, ids, want)
}

// checkLinkIDs checks the sentence numbers a link format (beads, XCES)
// gives: every sentence once, in order but for the second edition's end
// of each move, which stands in its link with the first's (Units).
func checkLinkIDs(t *testing.T, format string, a *align.Alignment, ids [][]int) {
	t.Helper()
	want := make([][]int, len(a.Editions))
	for _, u := range a.Units() {
		for e, c := range u.Cells {
			want[e] = append(want[e], c...)
		}
	}
	for e, ed := range a.Editions {
		sorted := slices.Sorted(slices.Values(want[e]))
		for i, s := range sorted {
			if s != i {
				sorted = nil // a sentence twice, or one missing
				break
			}
		}
		if len(sorted) != len(ed.Sentences) {
			t.Errorf("%s: the units hold edition %d's sentences %v, not each of its %d once", format, e, want[e], len(ed.Sentences))
		}
	}
	checkIDsAre(t, format, ids, want)
}

func checkIDsAre(t *testing.T, format string, ids, want [][]int) {
	t.Helper()
	for e := range want {
		if e >= len(ids) || !reflect.DeepEqual(ids[e], want[e]) && !(len(want[e]) == 0 && len(ids[e]) == 0) {
			t.Errorf("%s: edition %d has sentences %v, want %v", format, e, ids, want[e])
		}
	}
}

// ladderIDs expands a ladder's rungs back into the rows' sentences.
func ladderIDs(t *testing.T, ladder string) [][]int {
	t.Helper()
	var rungs [][2]int
	for _, line := range strings.Split(strings.TrimSuffix(ladder, "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("ladder line %q: want i, j and a score", line)
		}
		i, _ := strconv.Atoi(f[0])
		j, _ := strconv.Atoi(f[1])
		rungs = append(rungs, [2]int{i, j})
	}
	ids := make([][]int, 2)
	for k := 0; k+1 < len(rungs); k++ {
		for s := 0; s < 2; s++ {
			for x := rungs[k][s]; x < rungs[k+1][s]; x++ {
				ids[s] = append(ids[s], x)
			}
		}
	}
	return ids
}

func xcesIDs(t *testing.T, doc string) [][]int {
	t.Helper()
	var ces struct {
		XMLName xml.Name `xml:"cesAlign"`
		Version string   `xml:"version,attr"`
		Group   struct {
			TargType string `xml:"targType,attr"`
			FromDoc  string `xml:"fromDoc,attr"`
			ToDoc    string `xml:"toDoc,attr"`
			Links    []struct {
				XTargets string `xml:"xtargets,attr"`
			} `xml:"link"`
		} `xml:"linkGrp"`
	}
	if err := xml.Unmarshal([]byte(doc), &ces); err != nil {
		t.Fatalf("xces: %v\n%s", err, doc)
	}
	if ces.Version != "1.0" || ces.Group.TargType != "s" || ces.Group.FromDoc == "" || ces.Group.ToDoc == "" {
		t.Errorf("xces: cesAlign %+v", ces)
	}
	ids := make([][]int, 2)
	for _, l := range ces.Group.Links {
		sides := strings.Split(l.XTargets, ";")
		if len(sides) != 2 {
			t.Fatalf("xces: xtargets %q", l.XTargets)
		}
		for s, side := range sides {
			for _, id := range strings.Fields(side) {
				i, err := strconv.Atoi(strings.TrimPrefix(id, "s"))
				if err != nil || !strings.HasPrefix(id, "s") {
					t.Fatalf("xces: sentence id %q", id)
				}
				ids[s] = append(ids[s], i-1)
			}
		}
	}
	return ids
}
