package output

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// encodeJSON is what encoding/json writes for v, as the documents here
// are written (HTML not escaped), without the final newline.
func encodeJSON(t *testing.T, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// The sentences and rows appended by hand are the bytes encoding/json
// writes for their model, whatever the text holds: quotes, backslashes,
// control characters, markup, invalid UTF-8, the line and paragraph
// separators, and every kind of row.
func TestAppendJSON(t *testing.T) {
	texts := []string{"", "plain", `a "quoted" \ path`, "tab\there\nline\r\x00\x1f\x7f\b\f", "<b>&amp;</b>",
		"caf\xc3\xa9 \xff\xfe broken \xe2\x82", "sep\u2028and\u2029", "日本語 עברית 😀"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 500; i++ {
		b := make([]byte, rng.Intn(12))
		for k := range b {
			b[k] = byte(rng.Intn(256))
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		if got, want := string(appendJSONString(nil, s)), encodeJSON(t, s); got != want {
			t.Errorf("string %q: %s, encoding/json %s", s, got, want)
		}
		sent := editions.Sentence{Index: 3, Paragraph: 1, Start: 10, End: int32(10 + len(s)), Text: s}
		want := encodeJSON(t, alignJSONSentence{Index: 3, Paragraph: 1, Start: 10, End: 10 + len(s), Text: s})
		if got := string(appendSentenceJSON(nil, &sent)); got != want {
			t.Errorf("sentence %q: %s, encoding/json %s", s, got, want)
		}
	}
	for _, f := range []float64{0, 1, 0.5, 0.9123, 1e-7, 1.5e-9, 1e21, 123456789, -0.25, math.SmallestNonzeroFloat64} {
		got, err := appendJSONFloat(nil, f)
		if err != nil || string(got) != encodeJSON(t, f) {
			t.Errorf("float %g: %s (%v), encoding/json %s", f, got, err, encodeJSON(t, f))
		}
	}
	if _, err := appendJSONFloat(nil, math.NaN()); err == nil {
		t.Error("NaN written without an error")
	}

	ops := []align.Op{{Kind: align.OpSame, Text: "The \"same\" "}, {Kind: align.OpDelete, Text: "old\t", Type: align.DiffType("spelling")},
		{Kind: align.OpInsert, Text: "new\u2028", Type: align.DiffType("spelling")}, {Kind: align.OpInsert, Text: "untyped"}}
	two := []*editions.Edition{edition("a", "en", "x"), edition("b", "en", "y")}
	three := append(append([]*editions.Edition(nil), two...), edition("c", "en", "z"))
	rows := []align.Row{
		{Cells: [][]int{{0}, {0}}, Kind: align.Match, Score: 0.91234},
		{Cells: [][]int{{1, 2}, nil}, Kind: align.Deleted, Score: 0.1},
		{Cells: [][]int{{}, {4}}, Kind: align.Inserted, Score: 0.5, Confirmed: true},
		{Cells: [][]int{{3}, {5}}, Kind: align.Changed, Score: 0.7, Diffs: []align.Diff{{From: 0, To: 1, Ops: ops}}},
		{Cells: [][]int{{3}, {5}}, Kind: align.Changed, Score: 0.7, Diffs: []align.Diff{{From: 0, To: 1}}},
		{Cells: [][]int{{6}, {}}, Kind: align.Moved, Peer: 12, Score: 1, Diffs: []align.Diff{{From: 0, To: 1, Ops: ops[:2]}}},
		{Cells: [][]int{{7}, {8}}, Kind: align.Equal, Score: 1},
	}
	for _, eds := range [][]*editions.Edition{two, three} {
		for base := 0; base < 2; base++ {
			a := &align.Alignment{Editions: eds, Base: base}
			more := []align.Row{
				{Cells: [][]int{{0}, {1}, {2}}, Kind: align.Changed, Score: 0.3,
					Diffs: []align.Diff{{From: 0, To: 1, Ops: ops}, {From: 0, To: 2}, {From: 1, To: 2, Ops: ops[1:]}}},
			}
			for _, row := range append(append([]align.Row(nil), rows...), more...) {
				if len(row.Cells) > len(eds) {
					continue
				}
				row.Cells = append(row.Cells[:len(row.Cells):len(row.Cells)], make([][]int, len(eds)-len(row.Cells))...)
				want := encodeJSON(t, rowJSON(a, row))
				got, err := appendRowJSON(nil, a, &row)
				if err != nil || string(got) != want {
					t.Errorf("%d editions, base %d, row %+v:\n%s (%v)\nencoding/json:\n%s", len(eds), base, row, got, err, want)
				}
			}
		}
	}
}

// A sentence's anchors kept compact are written as the JSON of their
// list of viewAnchors, and read back from it.
func TestAnchorListJSON(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	keys := []string{"n1917", "pfrnk", `m"`, "p\u2028", "d1872-10-02", "", "n١٩١٧"}
	for trial := 0; trial < 200; trial++ {
		var as []viewAnchor
		var l anchorList
		end := 0
		for k := rng.Intn(6); k > 0; k-- {
			a := viewAnchor{start: end + rng.Intn(3)*rng.Intn(200), key: keys[rng.Intn(len(keys))], flags: int32(rng.Intn(4)), note: int32(rng.Intn(300) - 1)}
			a.end = a.start + rng.Intn(70000)
			l = l.append(a, end)
			as = append(as, a)
			end = a.end
		}
		want := "null"
		if as != nil {
			want = encodeJSON(t, as)
		}
		if l == nil {
			continue // a sentence without anchors is not kept
		}
		got, err := json.Marshal(l)
		if err != nil || string(got) != want {
			t.Fatalf("%v written %s (%v), want %s", as, got, err, want)
		}
		var back anchorList
		if err := json.Unmarshal(got, &back); err != nil || !bytes.Equal(back, l) {
			t.Fatalf("%s read back as %v (%v), want %v", got, back.anchors(), err, as)
		}
	}
}

// The segmentation's JSON, written a sentence at a time, is the bytes
// json.Encoder writes for the whole model (segmentDoc), indented: with
// headings, notes, markers, text JSON escapes, and for an empty edition.
func TestSegmentJSONStream(t *testing.T) {
	text := "# A <title> & more\n\nIl pleuvait.[^1] « Quoi ? » dit-il.\tEncore.\n\nSecond paragraphe[^2] ici.\n\n[^1]: Une note.\n\n[^2]: Une autre, \"citée\".\n"
	e, err := editions.Parse("a.md", []byte(text), editions.Options{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	empty := &editions.Edition{ID: "empty", Path: "empty.txt"}
	noSentences := &editions.Edition{ID: "bare", Path: "bare.txt", Paragraphs: []editions.Paragraph{{Kind: editions.Text, Note: -1}}}
	for _, ed := range []*editions.Edition{e, empty, noSentences} {
		doc := segmentDoc{Edition: editionHeader(ed), Paragraphs: []jsonParagraph{}, Notes: notesJSON(ed)}
		for _, p := range ed.Paragraphs {
			jp := paragraphJSON(p)
			for _, s := range ed.ParagraphSentences(int(p.Index)) {
				jp.Sentences = append(jp.Sentences, sentenceJSON(ed, s))
			}
			doc.Paragraphs = append(doc.Paragraphs, jp)
		}
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		if err := writeSegmentJSON(&got, ed); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: written\n%s\nencoding the whole writes\n%s", ed.ID, got.String(), want.String())
		}
	}
	if len(e.Markers) != 2 || len(e.Notes) != 2 {
		t.Errorf("the sample has %d markers and %d notes, want 2 and 2", len(e.Markers), len(e.Notes))
	}
}
