package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// edition reads a one-paragraph edition from sentences, through the
// reader's presegmented input.
func edition(id, lang string, sentences ...string) *editions.Edition {
	return paragraphs(id, lang, sentences)
}

// pairedAlike aligns a and b sentence by sentence: row i pairs sentence
// i of each, matched at 0.9. a and b have as many sentences.
func pairedAlike(a, b *editions.Edition) *align.Alignment {
	al := &align.Alignment{Editions: []*editions.Edition{a, b}}
	for i := range a.Sentences {
		al.Rows = append(al.Rows, align.Row{Cells: [][]int{{i}, {i}}, Kind: align.Match, Score: 0.9})
	}
	return al
}

func sample() *align.Alignment {
	en := edition("en", "en", "It rained.", "We stayed in.", "The end.")
	fr := edition("fr", "fr", "Il pleuvait.", "Nous sommes restés.", "Dedans.", "Voilà la fin.", "Note du traducteur.")
	// The reader folds a tab into a space, but an alignment read back
	// from JSON (ReadAlignmentJSON) may hold one: the writers must cope.
	fr.Sentences[3].Text = "Voilà\tla fin."
	return &align.Alignment{
		Editions: []*editions.Edition{en, fr},
		Rows: []align.Row{
			{Cells: [][]int{{0}, {0}}, Kind: align.Match, Score: 0.91234},
			{Cells: [][]int{{1}, {1, 2}}, Kind: align.Match, Score: 0.4},
			{Cells: [][]int{{2}, {3}}, Kind: align.Match, Score: 1},
			{Cells: [][]int{{}, {4}}, Kind: align.Inserted, Score: 0.5},
		},
	}
}

func TestWriteBeads(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteAlignment(&buf, sample(), "beads", 0); err != nil {
		t.Fatal(err)
	}
	want := "[0]:[0]\n[1]:[1, 2]\n[2]:[3]\n[]:[4]\n"
	if buf.String() != want {
		t.Errorf("beads:\n%s\nwant:\n%s", buf.String(), want)
	}
	// What writeBeads writes, the scorer reads back.
	beads, err := align.ReadBeads(&buf, "x")
	if err != nil || len(beads) != 4 || beads[1].String() != "[1]:[1, 2]" {
		t.Errorf("read back %v, %v", beads, err)
	}
}

func TestWriteTSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteAlignment(&buf, sample(), "tsv", 0); err != nil {
		t.Fatal(err)
	}
	// A column per edition, then one that marks the doubtful row.
	want := "It rained.\tIl pleuvait.\t\n" +
		"We stayed in.\tNous sommes restés. Dedans.\tdoubtful\n" +
		"The end.\tVoilà la fin.\t\n" +
		"\tNote du traducteur.\t\n"
	if buf.String() != want {
		t.Errorf("tsv:\n%q\nwant:\n%q", buf.String(), want)
	}
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteAlignment(&buf, sample(), "json", 0); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Editions []struct {
			ID, Lang, Path string
			Sentences      []struct {
				Index, Paragraph, Start, End int
				Text                         string
			}
		}
		Rows []struct {
			Cells [][]int
			Kind  string
			Score float64
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Editions) != 2 || doc.Editions[1].Lang != "fr" || len(doc.Editions[1].Sentences) != 5 {
		t.Fatalf("editions: %+v", doc.Editions)
	}
	s := doc.Editions[0].Sentences[1]
	if s.Index != 1 || s.Start != 11 || s.End != 24 || s.Text != "We stayed in." {
		t.Errorf("sentence: %+v", s)
	}
	if r := doc.Rows[0]; r.Kind != "match" || r.Score != 0.9123 {
		t.Errorf("row 0: %+v", r)
	}
	if r := doc.Rows[3]; r.Kind != "inserted" || len(r.Cells[0]) != 0 || r.Cells[1][0] != 4 {
		t.Errorf("row 3: %+v", r)
	}
	if !strings.Contains(buf.String(), `"cells":[[],[4]]`) {
		t.Errorf("an empty cell should be [], not null: %s", buf.String())
	}
}

func TestWriteText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteAlignment(&buf, sample(), "text", 40); err != nil {
		t.Fatal(err)
	}
	// The side-by-side view: sentence numbers in the gutters, "?" before
	// a doubtful match, the inserted note marked without colour, the tab
	// a space (on a terminal it jumped to a tab stop); the closing line
	// counts the doubtful rows.
	want := "" +
		"      en (en)             fr (fr)\n" +
		"  0 │ It rained.      0 │ Il pleuvait.\n" +
		" ?1 │ We stayed in. 1-2 │ Nous sommes\n" +
		"    │                   │ restés.\n" +
		"    │                   │ Dedans.\n" +
		"  2 │ The end.        3 │ Voilà la fin.\n" +
		"    │                 4 │ {+Note du\n" +
		"    │                   │ traducteur.+}\n" +
		"4 rows: 3 matched, 1 inserted, 1\n" +
		"doubtful\n"
	if buf.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestWriteAlignmentUnknownFormat(t *testing.T) {
	if err := WriteAlignment(&bytes.Buffer{}, sample(), "xml", 0); err == nil {
		t.Error("unknown format accepted")
	}
}

// A row's status (confirmed by a person, or the aligner's) survives the
// JSON; a file written before the field existed reads as all "auto".
func TestJSONStatus(t *testing.T) {
	a := sample()
	a.Rows[0].Confirmed = true
	var buf bytes.Buffer
	if err := WriteAlignmentJSON(&buf, a); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"status":"confirmed"`) || !strings.Contains(buf.String(), `"status":"auto"`) {
		t.Fatalf("no status in %s", buf.String())
	}
	back, err := ReadAlignmentJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range back.Rows {
		if row.Confirmed != (r == 0) {
			t.Errorf("row %d: confirmed %v", r, row.Confirmed)
		}
	}
	buf.Reset()
	_ = WriteAlignmentJSON(&buf, a)
	old := strings.ReplaceAll(strings.ReplaceAll(buf.String(), `,"status":"confirmed"`, ""), `,"status":"auto"`, "")
	back, err = ReadAlignmentJSON(strings.NewReader(old))
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range back.Rows {
		if row.Confirmed {
			t.Errorf("row %d of a file without status is confirmed", r)
		}
	}
	if _, err := ReadAlignmentJSON(strings.NewReader(strings.Replace(buf.String(), `"status":"confirmed"`, `"status":"maybe"`, 1))); err == nil {
		t.Error("an unknown status was accepted")
	}
}

// An AlignmentJSONWriter used again writes, for alignments of the same
// editions, what encoding the whole document writes: the editions it
// encoded once, the rows and warnings of each alignment.
func TestAlignmentJSONWriter(t *testing.T) {
	a := sample()
	a.Warnings = []align.Warning{{Kind: "unrelated", First: 1, Limit: 2, Sentences: [][2]int{{1, 2}, {1, 3}}, Message: "<unrelated> & more"}}
	b := *a
	b.Rows = append([]align.Row{{Cells: [][]int{{0}, {0, 1, 2}}, Kind: align.Match, Score: 0.2, Confirmed: true}}, a.Rows[2:]...)
	b.Warnings = nil
	b.Dictionaries = []string{"fr-en.dict", "<other>"}
	var aw AlignmentJSONWriter
	for _, al := range []*align.Alignment{a, &b, a} {
		doc := alignJSON{SchemaVersion: alignmentSchemaVersion, Base: al.Base, Rows: []alignJSONRow{}, Warnings: warningsJSON(al.Warnings), Dictionaries: al.Dictionaries}
		for _, ed := range al.Editions {
			je := alignJSONEdition{ID: ed.ID, Lang: ed.Lang.String(), Path: ed.Path, Encoding: ed.Encoding, Warnings: ed.Warnings}
			for _, s := range ed.Sentences {
				je.Sentences = append(je.Sentences, alignJSONSentence{Index: int(s.Index), Paragraph: int(s.Paragraph), Start: int(s.Start), End: int(s.End), Text: s.Text})
			}
			doc.Editions = append(doc.Editions, je)
		}
		for _, row := range al.Rows {
			doc.Rows = append(doc.Rows, rowJSON(al, row))
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := aw.Write(&got, al); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("the writer wrote\n%s\nencoding the document writes\n%s", got.String(), want.String())
		}
	}
}
