package align

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// versesOf returns the verses of book name of ../shared/eval/bible.
func versesOf(t *testing.T, name string) []string {
	t.Helper()
	return chapterVerses(t, filepath.Join(evaldata.Dir(t, "eval", "bible"), name), "")
}

// paragraphsOf returns verses set in paragraphs of eight verses.
func paragraphsOf(verses []string) []string {
	var ps []string
	for k := 0; k < len(verses); k += 8 {
		ps = append(ps, strings.Join(verses[k:min(k+8, len(verses))], " "))
	}
	return ps
}

// editionOf returns the edition of paragraphs ps, in the order order.
func editionOf(t *testing.T, name, lang string, ps []string, order []int) *editions.Edition {
	t.Helper()
	var out []string
	for _, k := range order {
		out = append(out, ps[k])
	}
	e, err := editions.Parse(name, []byte(strings.Join(out, "\n\n")+"\n"), editions.Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestReorderedParagraphs: Ruth in English with two of its paragraphs
// set in each other's place, against Darby's French in order. The search
// alone follows one line through both texts; found before it, the two
// paragraphs are Moved rows at both ends, each pairing the sentences
// that the alignment of the texts in order pairs, and the rest matched
// as in order. The same English in order has no move, nor an unrelated
// book (Jonah) with its paragraphs shuffled.
func TestReorderedParagraphs(t *testing.T) {
	fr := paragraphsOf(versesOf(t, "fr-FreJND.Ruth.tsv"))
	en := paragraphsOf(versesOf(t, "en-KJV.Ruth.tsv"))
	inOrder := make([]int, len(en))
	for k := range inOrder {
		inOrder[k] = k
	}
	src := editionOf(t, "ruth.fr.txt", "fr", fr, inOrder)
	// Paragraphs 2 and 7 (verses 17 to 24 and 57 to 64) swapped.
	shuffled := []int{0, 1, 7, 3, 4, 5, 6, 2, 8, 9, 10}
	if len(en) != len(shuffled) {
		t.Fatalf("%d paragraphs of Ruth, want %d", len(en), len(shuffled))
	}
	ordered, _ := Align([]*editions.Edition{src, editionOf(t, "ruth.en.txt", "en", en, inOrder)}, Options{})
	for k, row := range ordered.Rows {
		if row.Kind == Moved {
			t.Errorf("in order: row %d moved, %v", k, row.Cells)
		}
	}
	tgt := editionOf(t, "shuffled.en.txt", "en", en, shuffled)
	al, _ := Align([]*editions.Edition{src, tgt}, Options{})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	// Each English sentence in order → the same sentence in the
	// shuffled edition, paragraph by paragraph.
	where := make(map[int]int)
	for q, p := range shuffled {
		from, to := tgt.Paragraphs[q], ordered.Editions[1].Paragraphs[p]
		if from.Limit-from.First != to.Limit-to.First {
			t.Fatalf("paragraph %d cut into %d and %d sentences", p, from.Limit-from.First, to.Limit-to.First)
		}
		for o := range int(to.Limit - to.First) {
			where[int(to.First)+o] = int(from.First) + o
		}
	}
	// The pairs the alignment in order makes, in the shuffled edition's
	// numbers: source sentence → its match's target sentences.
	want := make(map[int]string)
	for _, row := range ordered.Rows {
		if row.Kind != Match {
			continue
		}
		var ts []string
		for _, s := range row.Cells[1] {
			ts = append(ts, tgt.Sentences[where[s]].Text)
		}
		for _, s := range row.Cells[0] {
			want[s] = strings.Join(ts, " ")
		}
	}
	movedPara := map[int]bool{2: true, 7: true} // the source paragraphs moved
	moved, right, inMoved, matched, rightMatched := 0, 0, 0, 0, 0
	for k, row := range al.Rows {
		var ts []string
		switch {
		case row.Kind == Moved && len(row.Cells[0]) > 0:
			peer := al.Rows[row.Peer]
			if peer.Kind != Moved || peer.Peer != k || len(peer.Cells[0]) > 0 {
				t.Fatalf("row %d moved, its peer %d is %v %v", k, row.Peer, peer.Kind, peer.Cells)
			}
			for _, s := range peer.Cells[1] {
				ts = append(ts, tgt.Sentences[s].Text)
			}
		case row.Kind == Match:
			for _, s := range row.Cells[1] {
				ts = append(ts, tgt.Sentences[s].Text)
			}
		default:
			continue
		}
		for _, s := range row.Cells[0] {
			ok := want[s] == strings.Join(ts, " ")
			if row.Kind == Moved {
				moved++
				if ok {
					right++
				}
				if movedPara[int(src.Sentences[s].Paragraph)] {
					inMoved++
				}
			} else {
				matched++
				if ok {
					rightMatched++
				}
			}
		}
	}
	var movedSrc int
	for p := range movedPara {
		movedSrc += int(src.Paragraphs[p].Limit - src.Paragraphs[p].First)
	}
	// Moved, the sentences of the paragraphs set elsewhere, not others
	// (which of the two is found moved is the order's choice: each
	// stands out of it against the other).
	t.Logf("moved %d of %d, right %d; matched %d right %d", moved, movedSrc, right, matched, rightMatched)
	if inMoved != moved || moved < movedSrc/2 || moved > movedSrc {
		t.Errorf("%d source sentences moved, %d of them of the paragraphs swapped (%d sentences), want most of those and only those", moved, inMoved, movedSrc)
	}
	if float64(right) < 0.9*float64(moved) {
		t.Errorf("%d of %d moved sentences paired as in order, want nine in ten", right, moved)
	}
	if float64(rightMatched) < 0.9*float64(matched) || matched+moved < len(src.Sentences)*9/10 {
		t.Errorf("%d of %d matched sentences paired as in order, %d moved, of %d: want nine in ten right and nine in ten paired", rightMatched, matched, moved, len(src.Sentences))
	}

	// Unrelated: Jonah in English, its paragraphs shuffled, against
	// Ruth in French.
	jonah := paragraphsOf(versesOf(t, "en-KJV.Jonah.tsv"))
	order := make([]int, len(jonah))
	for k := range order {
		order[k] = len(order) - 1 - k
	}
	un, _ := Align([]*editions.Edition{src, editionOf(t, "jonah.en.txt", "en", jonah, order)}, Options{})
	for k, row := range un.Rows {
		if row.Kind == Moved {
			t.Errorf("unrelated: row %d moved, %v", k, row.Cells)
		}
	}
}
