package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// doubtfulSample is three rows, the second, a deletion, doubtful.
func doubtfulSample() *align.Alignment {
	en := edition("en", "en", "It rained all day.", "We stayed in.", "The end.")
	fr := edition("fr", "fr", "Il a plu toute la journée.", "La fin.")
	return &align.Alignment{
		Editions: []*editions.Edition{en, fr},
		Rows: []align.Row{
			{Cells: [][]int{{0}, {0}}, Kind: align.Match, Score: 0.97},
			{Cells: [][]int{{1}, {}}, Kind: align.Deleted, Score: align.DoubtfulBelow - 0.01},
			{Cells: [][]int{{2}, {1}}, Kind: align.Match, Score: align.DoubtfulBelow},
		},
	}
}

// A row scored below align.DoubtfulBelow, of any kind, is marked in every
// view: "?" in the terminal's gutter, side by side and inline, a
// "doubtful" column in TSV, "doubtful": true in the JSON the HTML page
// draws from; a row scored above is not.
func TestDoubtfulRowsMarked(t *testing.T) {
	al := doubtfulSample()
	// gutter returns the gutter of the line that shows text.
	gutter := func(out, text string) string {
		for _, ln := range strings.Split(out, "\n") {
			if strings.Contains(ln, text) {
				return strings.TrimSpace(strings.SplitN(ln, "│", 2)[0])
			}
		}
		return "(no line shows " + text + ")"
	}
	for _, c := range []struct {
		opts ViewOptions
		want map[string]string // a text shown, the gutter of its line
	}{
		{ViewOptions{Width: 60}, map[string]string{"It rained": "0", "We stayed in.": "?1", "The end.": "2"}},
		{ViewOptions{Width: 60, Inline: true}, map[string]string{"Il a plu": "0", "We stayed in.": "?1", "La fin.": "1"}},
	} {
		out := render(t, al, c.opts)
		for text, want := range c.want {
			if got := gutter(out, text); got != want {
				t.Errorf("inline %v: the gutter of %q is %q, want %q:\n%s", c.opts.Inline, text, got, want, out)
			}
		}
	}

	var tsv bytes.Buffer
	if err := WriteAlignment(&tsv, al, "tsv", 0); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(tsv.String(), "\n"), "\n")
	for r, want := range []string{"", "doubtful", ""} {
		cols := strings.Split(lines[r], "\t")
		if got := cols[len(cols)-1]; got != want {
			t.Errorf("tsv row %d: last column %q, want %q", r, got, want)
		}
	}

	var js bytes.Buffer
	if err := WriteAlignment(&js, al, "json", 0); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Rows []struct {
			Doubtful *bool `json:"doubtful"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for r, want := range []bool{false, true, false} {
		got := doc.Rows[r].Doubtful != nil && *doc.Rows[r].Doubtful
		if got != want {
			t.Errorf("json row %d: doubtful %v, want %v", r, got, want)
		}
	}
}

// The HTML page marks the doubtful row as the terminal does: "?" after
// its kind's sign in the row header, "uncertain" for screen readers, and
// the row's class; the others are not marked.
func TestBrowserDoubtful(t *testing.T) {
	tb := newTab(t)
	tb.open(exportPage(t, doubtfulSample(), HTMLOptions{}))
	var rows []struct {
		Head string
		Unc  bool
	}
	tb.eval(`Array.from(document.querySelectorAll('#al .bd > .row'), tr => ({Head: tr.querySelector('.n').textContent, Unc: tr.classList.contains('unc')}))`, &rows)
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	for r, row := range rows {
		doubtful := r == 1
		if row.Unc != doubtful || strings.Contains(row.Head, "?") != doubtful || strings.Contains(row.Head, "uncertain") != doubtful {
			t.Errorf("row %d: header %q, class unc %v; want it marked doubtful: %v", r, row.Head, row.Unc, doubtful)
		}
	}
}
