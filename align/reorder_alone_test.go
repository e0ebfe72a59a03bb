package align

import (
	"strconv"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// chapterText returns the sentences [first, limit) of chapter n of a
// book of ../shared/eval/bible: the paragraph after the heading that is
// the chapter's number alone.
func chapterText(t *testing.T, e *editions.Edition, n int) [2]int {
	t.Helper()
	for k, p := range e.Paragraphs[:len(e.Paragraphs)-1] {
		if e.Text[p.Start:p.End] == strconv.Itoa(n) {
			q := e.Paragraphs[k+1]
			return [2]int{int(q.First), int(q.Limit)}
		}
	}
	t.Fatalf("no chapter %d", n)
	return [2]int{}
}

// TestReorderedMovesAlone: Genesis in the American Standard Version
// with chapters 5 and 20 swapped, against the Elberfelder, given as
// passages out of order the two chapters swapped and a wrong one, the
// Elberfelder's chapter 45 against the English chapter 29 (the pair
// the votes once made clear by a coincidence, reorderedMoves). Aligned
// together the three held, the wrong one with them (its matches 0.69
// on average); aligned alone it pairs too little, or too doubtfully,
// and is dropped, the two chapters kept.
func TestReorderedMovesAlone(t *testing.T) {
	cs := genesisSwap(t, "de-GerElb1905.Gen.txt", "de", "en-ASV.Gen.txt", "en", 5, 20)
	var blocks []block
	for _, ch := range [][2]int{{5, 5}, {20, 20}, {45, 29}} {
		blocks = append(blocks, block{chapterText(t, cs.src, ch[0]), chapterText(t, cs.swapped, ch[1])})
	}
	moves := reorderedMoves(cs.src, cs.swapped, blocks, defaultParams(), nil)
	var got [][2]int
	for _, m := range moves {
		got = append(got, [2]int{m.runs[0].sentences[0], m.runs[1].sentences[0]})
	}
	if len(got) != 2 || got[0] != [2]int{blocks[0][0][0], blocks[0][1][0]} || got[1] != [2]int{blocks[1][0][0], blocks[1][1][0]} {
		t.Errorf("moves starting at %v, want chapters 5 and 20 only: %v and %v", got, blocks[0], blocks[1])
	}
}
