package align

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// TestOneUnitManySentences: where one edition's unit renders four or five
// of the other's sentences (a free translation joining them, or an
// edition cut into verses or clauses against one cut into sentences),
// the row holds them all, instead of pairing the unit with three and
// leaving the rest deleted. Ruth in the King James Version, verse by
// verse, against Darby's French with some runs of four and five verses
// joined into one line.
func TestOneUnitManySentences(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	en, err := evaldata.ReadVerses(filepath.Join(dir, "en-KJV.Ruth.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	fr, err := evaldata.ReadVerses(filepath.Join(dir, "fr-FreJND.Ruth.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(en) != len(fr) {
		t.Fatalf("Ruth: %d English verses, %d French", len(en), len(fr))
	}
	// Every twelfth verse starts a joined run, of four and five verses
	// in turn; joined[k] is the French line of English verse k.
	var lines []string
	joined := make([]int, len(en))
	runs := map[int][]int{} // French line -> its English verses, for the joined ones
	for k := 0; k < len(fr); {
		n := 1
		if k%12 == 6 {
			n = 4 + len(runs)%2
		}
		n = min(n, len(fr)-k)
		var parts []string
		for q := k; q < k+n; q++ {
			parts = append(parts, fr[q].Text)
			joined[q] = len(lines)
			if n > 1 {
				runs[len(lines)] = append(runs[len(lines)], q)
			}
		}
		lines = append(lines, strings.Join(parts, " "))
		k += n
	}
	parse := func(name, lang string, text []string) *editions.Edition {
		e, err := editions.Parse(name, []byte(strings.Join(text, "\n")+"\n"), editions.Options{Lang: lang, Format: "text", Presegmented: true})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	var enText []string
	for _, v := range en {
		enText = append(enText, v.Text)
	}
	al := alignSentences(parse("kjv.txt", "en", enText), parse("darby.txt", "fr", lines))
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	if len(runs) < 4 {
		t.Fatalf("only %d joined runs", len(runs))
	}
	for _, row := range al.Rows {
		if len(row.Cells[1]) != 1 {
			continue
		}
		want, ok := runs[row.Cells[1][0]]
		if !ok {
			continue
		}
		if fmt.Sprint(row.Cells[0]) != fmt.Sprint(want) {
			t.Errorf("French line %d (verses %v joined): row %v:%v", row.Cells[1][0], want, row.Cells[0], row.Cells[1])
		}
	}
	for _, row := range al.Rows {
		if row.Kind == Deleted {
			t.Errorf("English verses %v left out", row.Cells[0])
		}
	}
}
