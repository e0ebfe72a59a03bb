package align

import (
	"fmt"
	"strings"
	"testing"
)

// TestMergeAtPassageEdge: a translation of testdata/gapedge (a
// climbing story written for this test, in English and French, sentence
// for sentence) leaves out a passage of twelve sentences that ends with
// a shout, "Marco!", and the alignment has what the search and refine
// made of such a passage on Text+Berg test1: the passage left out but
// for its last sentence, short, merged into the match after it, whose
// source and translation repeat the name. The omission decision must
// take the shout for the end of the passage, not for part of the next
// translation: left out, and every row after the passage right from the
// first. Judged as a short sentence whose length says nothing, the merge
// stayed, and the row after the passage was wrong.
func TestMergeAtPassageEdge(t *testing.T) {
	const first, limit = 13, 25 // the passage left out, "Marco!" its last sentence
	src, tgt := storyEdition(t, "gapedge", "en", 0, 0), storyEdition(t, "gapedge", "fr", first, limit)
	n := limit - first
	var rows []Row
	for k := 0; k < len(src.Sentences); k++ {
		switch {
		case k < first:
			rows = append(rows, Row{Kind: Match, Cells: [][]int{{k}, {k}}})
		case k < limit-1:
			rows = append(rows, Row{Kind: Deleted, Cells: [][]int{{k}, {}}})
		case k == limit-1:
			rows = append(rows, Row{Kind: Match, Cells: [][]int{{k, k + 1}, {k + 1 - n}}})
			k++
		default:
			rows = append(rows, Row{Kind: Match, Cells: [][]int{{k}, {k - n}}})
		}
	}
	// The decision as decideWith makes it, on rows refine has left as
	// they are.
	p := defaultParams()
	sa, sb, v := newSides(src, tgt, p)
	var got, want []string
	for _, r := range newDecider(src, tgt, rows, sa, sb, v, p).weigh() {
		got = append(got, fmt.Sprint(r.Cells[0], r.Cells[1], r.Kind))
	}
	for k := 0; k < len(src.Sentences); k++ {
		switch {
		case k < first:
			want = append(want, fmt.Sprint([]int{k}, []int{k}, Match))
		case k < limit:
			want = append(want, fmt.Sprint([]int{k}, []int{}, Deleted))
		default:
			want = append(want, fmt.Sprint([]int{k}, []int{k - n}, Match))
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got[first:], " "), strings.Join(want[first:], " "))
	}
}
