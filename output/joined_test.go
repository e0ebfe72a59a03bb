package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// TestMergedCellsAsWritten: a row that holds two Japanese sentences shows,
// exports and writes them as the edition has them, with no space after
// 。 (there is none in the text), and two English ones after a space — in
// the terminal view, TSV, TMX and TEI alike.
func TestMergedCellsAsWritten(t *testing.T) {
	al, jaText, enText := mergedCells(t)
	for _, format := range []string{"tsv", "tmx"} {
		var b bytes.Buffer
		if err := WriteAlignment(&b, al, format, 200); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), jaText) || !strings.Contains(b.String(), enText) {
			t.Errorf("%s: the merged cells are not as written:\n%s", format, b.String())
		}
	}
	var b bytes.Buffer
	if err := WriteView(&b, al, ViewOptions{Width: 400}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "された。 地") || !strings.Contains(b.String(), "された。地") {
		t.Errorf("the terminal view of the Japanese cell:\n%s", b.String())
	}
}

// mergedCells is an alignment of one row that holds two Japanese
// sentences, written with nothing between them, and two English ones,
// and the two texts as the row must show them.
func mergedCells(t *testing.T) (al *align.Alignment, ja, en string) {
	t.Helper()
	ja = "太初に神は天と地とを創造された。地は形なく、むなしかった。"
	en = "In the beginning God created the heaven and the earth. And the earth was without form."
	var eds []*editions.Edition
	for _, f := range [][2]string{{"gen.ja.txt", ja}, {"gen.en.txt", en}} {
		e, err := editions.Parse(f[0], []byte(f[1]+"\n"), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		eds = append(eds, e)
	}
	return &align.Alignment{Editions: eds, Rows: []align.Row{{Cells: [][]int{{0, 1}, {0, 1}}, Kind: align.Match, Score: 0.9}}}, ja, en
}
