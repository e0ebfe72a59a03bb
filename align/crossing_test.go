package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// TestCrossingMerge: where a translation recasts two sentences as three,
// the content of each spread over the others (here the French cut by
// its segmenter after "capt .", the officer's name at the other end of
// the German), the row holds the five sentences, not a 2-2 row and a
// 1-4 row that each pair sentences with what the other renders. The
// Text+Berg dev document, German 202-203 and French 235-237.
func TestCrossingMerge(t *testing.T) {
	a, b, _ := textbergDocs(t, "dev")
	al := alignSentences(a[0], b[0])
	for _, r := range al.Rows {
		if slices.Contains(r.Cells[0], 202) {
			if !slices.Equal(r.Cells[0], []int{202, 203}) || !slices.Equal(r.Cells[1], []int{235, 236, 237}) {
				t.Fatalf("German 202 in row %v:%v, want [202 203]:[235 236 237]", r.Cells[0], r.Cells[1])
			}
			return
		}
	}
	t.Fatal("German 202 in no row")
}

// TestCrosses: a 2-3 bead crosses when its words cross every inner cut
// and each of its sentences shares some of its own with the other side;
// not when its halves keep to themselves, nor when a sentence of it
// shares nothing, which is how a sentence the other edition lacks would
// hide in it.
func TestCrosses(t *testing.T) {
	src := []string{"Alpha Bravo 1951.", "Charlie Delta 1952."}
	// Words the two editions hold outside the bead, so that a sentence
	// holding them has a weight of its own.
	filler := "Xray Yankee Zulu Whiskey Victor Uniform Tango Sierra Romeo Quebec Papa Oscar November Mike"
	cases := []struct {
		name     string
		src, tgt []string
		want     bool
	}{
		{"crossing", src, []string{"Charlie 1952.", "Delta Bravo.", "Alpha 1951."}, true},
		{"in order", src, []string{"Alpha 1951.", "Bravo Charlie.", "Delta 1952."}, false},
		{"a sentence sharing nothing", src, []string{"Charlie 1952 Delta.", "Lima Kilo.", "Alpha 1951 Bravo."}, false},
		{"a sentence sharing little", append([]string{filler + "."}, src...),
			[]string{filler + ".", "Charlie 1952.", "Delta " + filler + ".", "Alpha 1951 Bravo."}, false},
		{"a sentence sharing enough", append([]string{filler + "."}, src...),
			[]string{filler + ".", "Charlie 1952.", "Delta Bravo " + filler + ".", "Alpha 1951."}, true},
	}
	t23 := slices.Index(beadTypes[:], beadType{2, 3})
	for _, c := range cases {
		ea := crossEdition(t, "a.txt", c.src)
		eb := crossEdition(t, "b.txt", c.tgt)
		sa, sb, v := newSides(ea, eb, defaultParams())
		m := newModel(sa, sb, v, defaultParams())
		i, j := len(c.src), len(c.tgt)
		sh := 0.0
		for x := i - 2; x < i; x++ {
			for y := j - 3; y < j; y++ {
				sh += m.shared(x, y)
			}
		}
		if got := m.crosses(t23, i, j, nil, sh); got != c.want {
			t.Errorf("%s: crosses %v, want %v", c.name, got, c.want)
		}
	}
}

func crossEdition(t *testing.T, name string, lines []string) *editions.Edition {
	t.Helper()
	e, err := editions.Parse(name, []byte(strings.Join(lines, "\n")+"\n"), editions.Options{Lang: "en", Format: "text", Presegmented: true})
	if err != nil {
		t.Fatal(err)
	}
	return e
}
