package align

import (
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

// TestUndecidedMatchesDoubtful: Ruth in French against Jonah in English
// are different books, which the tests of chance leave undecided; every
// match between them is wrong. A row's score is the probability that it
// is right, so none may say more likely right than wrong: each match of
// the undecided stretch is doubtful. Ruth against Ruth keeps its
// matches sure.
func TestUndecidedMatchesDoubtful(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	ruth, jonah := readPath(t, dir, "fr-FreJND.Ruth.txt"), readPath(t, dir, "en-KJV.Jonah.txt")
	al := alignSentences(ruth, jonah)
	if len(al.Warnings) != 1 || al.Warnings[0].Kind != Undecided {
		t.Fatalf("warnings %+v, want one undecided", al.Warnings)
	}
	matches := 0
	for _, r := range al.Rows {
		if r.Kind == Match {
			matches++
			if !r.Doubtful() {
				t.Errorf("match %v of Ruth against Jonah scored %.3f, not doubtful", r.Cells, r.Score)
			}
		}
	}
	if matches == 0 {
		t.Fatal("no match to check")
	}
	same := alignSentences(ruth, readPath(t, dir, "en-KJV.Ruth.txt"))
	doubtful := doubtfulMatches(same)
	if len(same.Warnings) > 0 || 10*doubtful > len(same.Rows) {
		t.Errorf("Ruth against Ruth: warnings %+v, %d of %d rows doubtful", same.Warnings, doubtful, len(same.Rows))
	}
}

// doubtfulMatches counts the matches of al that are doubtful.
func doubtfulMatches(al *Alignment) int {
	n := 0
	for _, r := range al.Rows {
		if r.Kind == Match && r.Doubtful() {
			n++
		}
	}
	return n
}
