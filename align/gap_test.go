package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// gapEdition reads testdata/gap/<lang>.txt, one sentence a line in a
// single paragraph, without the lines first..limit-1 (0-based).
func gapEdition(t *testing.T, lang string, first, limit int) *editions.Edition {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "gap", lang+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(string(data), "\n"), "\n")
	kept := append(append([]string(nil), lines[:first]...), lines[limit:]...)
	return linesEdition(lang, lang, kept)
}

// TestPassageLeftOut aligns a short story (testdata/gap, written for
// this test in English, French and German, sentence for sentence) with
// translations that leave out a passage of eight sentences or more, in
// one paragraph, so that only the text tells where. The sentences of the
// passage must be left unaligned, each in a Deleted row, and every other
// sentence paired with its translation: before the gap, and at once
// after it. Charged sentence by sentence, such a passage cost the
// aligner more than pairing the sentences after it wrongly, and it
// drifted instead, merging and shifting its pairs for several rows.
func TestPassageLeftOut(t *testing.T) {
	for _, tc := range []struct {
		src, tgt     string
		first, limit int // the passage left out of the translation
		added        bool
	}{
		{"en", "fr", 12, 20, false},
		{"en", "de", 20, 30, false},
		{"de", "fr", 4, 13, false},
		// A passage the original lacks, added in the translation.
		{"fr", "en", 13, 22, true},
	} {
		name := fmt.Sprintf("%s-%s without %d-%d", tc.src, tc.tgt, tc.first, tc.limit-1)
		t.Run(name, func(t *testing.T) {
			src, tgt := gapEdition(t, tc.src, 0, 0), gapEdition(t, tc.tgt, tc.first, tc.limit)
			if tc.added {
				src, tgt = gapEdition(t, tc.src, tc.first, tc.limit), gapEdition(t, tc.tgt, 0, 0)
			}
			al := alignSentences(src, tgt)
			if err := al.Check(); err != nil {
				t.Fatal(err)
			}
			n := tc.limit - tc.first
			// The rows expected: sentence k with sentence k, but for the
			// passage, with nothing; after it, shifted by n.
			var want []string
			for k := 0; k < 36; k++ {
				switch {
				case k >= tc.first && k < tc.limit && !tc.added:
					want = append(want, fmt.Sprintf("[%d]:[]", k))
				case k >= tc.first && k < tc.limit:
					want = append(want, fmt.Sprintf("[]:[%d]", k))
				case k >= tc.limit && !tc.added:
					want = append(want, fmt.Sprintf("[%d]:[%d]", k, k-n))
				case k >= tc.limit:
					want = append(want, fmt.Sprintf("[%d]:[%d]", k-n, k))
				default:
					want = append(want, fmt.Sprintf("[%d]:[%d]", k, k))
				}
			}
			got := strings.Split(beadStrings(al), " ")
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("beads\n%s\nwant\n%s", strings.Join(got, " "), strings.Join(want, " "))
			}
			kind := Deleted
			if tc.added {
				kind = Inserted
			}
			for _, r := range al.Rows {
				if len(r.Cells[0]) == 0 || len(r.Cells[1]) == 0 {
					if r.Kind != kind {
						t.Errorf("row %v is %v, want %v", r.Cells, r.Kind, kind)
					}
				}
			}
		})
	}
}

// TestBandAllowsGap checks that the band the search starts with holds
// the true path across a missing chapter: the guide is drawn through
// sentences sharing a feature found once on each side, none of which is
// in the chapter left out, so it runs straight from the last pair before
// the gap to the first after, and the band around it holds the path
// that leaves the chapter out and goes on along the diagonal.
func TestBandAllowsGap(t *testing.T) {
	a, b, gold := synthetic(3000)
	// Leave out of b the translations of 200 beads from bead 1000 on.
	var keep []string
	cut, lost := map[int]bool{}, map[int]bool{}
	for k, g := range gold {
		if k >= 1000 && k < 1200 {
			for _, y := range g.Tgt {
				cut[y] = true
			}
			for _, x := range g.Src {
				lost[x] = true
			}
		}
	}
	for y, s := range b.Sentences {
		if !cut[y] {
			keep = append(keep, s.Text)
		}
	}
	damaged := linesEdition("b", "fr", keep)
	p := defaultParams()
	sa, sb, v := newSides(a, damaged, p)
	bd := bandAround(guide(sa, sb, v), minBand, sb.n)
	i, j := 0, 0
	for _, g := range gold {
		i += len(g.Src)
		for _, y := range g.Tgt {
			if !cut[y] {
				j++
			}
		}
		if _, ok := bd.index(i, j); !ok {
			t.Fatalf("cell (%d, %d) of the true path is outside the band (%d..%d)", i, j, bd.lo[i], bd.hi[i])
		}
	}
	al := alignSentences(a, damaged)
	deleted := 0
	for _, r := range al.Rows {
		for _, x := range r.Cells[0] {
			if r.Kind == Deleted && lost[x] {
				deleted++
			}
		}
	}
	if 10*deleted < 9*len(lost) {
		t.Errorf("%d of the %d source sentences whose translation was removed are in Deleted rows, want 90%%", deleted, len(lost))
	}
}
