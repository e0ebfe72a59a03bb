package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// TestEditionWarningsOnEveryPage: what is doubtful about how an edition
// was read — here a paragraph whose full stops were lost, too long for
// anything to cut — is said on the parallel edition's page and on the
// coverage page, after the edition's id, and in the coverage JSON's
// source, as it is on stderr and in the alignment JSON.
func TestEditionWarningsOnEveryPage(t *testing.T) {
	lost := strings.Repeat("the river rose in the night and the mill stood in the water ", 30)
	src, err := editions.Parse("lost.en.txt", []byte("The flood.\n\n"+lost+"\n\nThe end came.\n"), editions.Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Warnings) != 1 || !strings.Contains(src.Warnings[0], "no sentence mark") {
		t.Fatalf("the edition's warnings are %q, want the one of text too long to cut", src.Warnings)
	}
	tgt, err := editions.Parse("crue.fr.txt", []byte("La crue.\n\nLa rivière monta dans la nuit et le moulin resta dans l'eau.\n\nLa fin vint.\n"), editions.Options{Lang: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	want := "lost.en: " + src.Warnings[0]
	al, _ := align.Align([]*editions.Edition{src, tgt}, align.Options{Mode: align.TranslationMode})
	if page := html.UnescapeString(writeHTML(t, al, HTMLOptions{})); !strings.Contains(page, want) {
		t.Errorf("the parallel edition does not say %q", want)
	}
	r := align.Coverage(al, align.CoverageOptions{})
	var b bytes.Buffer
	if err := writeCoverageHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.UnescapeString(b.String()), want) {
		t.Errorf("the coverage page does not say %q", want)
	}
	b.Reset()
	if err := writeCoverageJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc coverageJSON
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Source.Warnings) != 1 || doc.Source.Warnings[0] != src.Warnings[0] || doc.Target.Warnings != nil {
		t.Errorf("the coverage JSON's editions have warnings %q and %q, want the source's only", doc.Source.Warnings, doc.Target.Warnings)
	}
}

// TestKeptRoundTrip: the warning on two versions that keep too few of
// the words of the sentences they pair (two translations into one
// language compared as versions) says that share as "kept" in the JSON,
// and reading the JSON back keeps it and the message.
func TestKeptRoundTrip(t *testing.T) {
	var lines [2]strings.Builder
	for i := range 12 {
		fmt.Fprintf(&lines[0], "On day %d the shepherd led the flock across the river to the high pasture.\n\n", i+1)
		fmt.Fprintf(&lines[1], "On day %d a herdsman drove his flock over the stream towards the high pasture.\n\n", i+1)
	}
	var eds []*editions.Edition
	for k, name := range []string{"a.en.txt", "b.en.txt"} {
		e, err := editions.Parse(name, []byte(lines[k].String()), editions.Options{Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		eds = append(eds, e)
	}
	al, _ := align.Align(eds, align.Options{Mode: align.VersionsMode})
	if len(al.Warnings) != 1 || al.Warnings[0].Kept == 0 {
		t.Fatalf("warnings %+v, want one with the share of words kept", al.Warnings)
	}
	b, doc := warningsWritten(t, al)
	if len(doc) != 1 || doc[0]["kept"] != Round4(al.Warnings[0].Kept) {
		t.Errorf("JSON warnings %v, want kept %.4f", doc, al.Warnings[0].Kept)
	}
	back, err := ReadAlignmentJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Warnings) != 1 || back.Warnings[0].Kept != Round4(al.Warnings[0].Kept) || back.Warnings[0].Message != al.Warnings[0].Message {
		t.Errorf("read back %+v, want %+v", back.Warnings, al.Warnings)
	}
}

// TestOrderRoundTrip: the warning on a translation whose sentences
// within paragraphs are not shown to correspond (align/chance_order.go)
// says so as "order": true in the JSON, and reading the JSON back keeps
// it; the other warnings carry no "order".
func TestOrderRoundTrip(t *testing.T) {
	al := sample()
	al.Warnings = []align.Warning{
		{Kind: align.Undecided, Order: true, First: 0, Limit: 4, Sentences: [][2]int{{0, 3}, {0, 5}}, Z: 0.5, Margin: 0.1, Density: 1, Message: "order"},
		{Kind: align.Undecided, First: 0, Limit: 4, Sentences: [][2]int{{0, 3}, {0, 5}}, Message: "other"},
	}
	b, doc := warningsWritten(t, al)
	if len(doc) != 2 || doc[0]["order"] != true || doc[1]["order"] != nil {
		t.Errorf("JSON warnings %v, want order true in the first only", doc)
	}
	back, err := ReadAlignmentJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Warnings) != 2 || !back.Warnings[0].Order || back.Warnings[1].Order {
		t.Errorf("read back %+v, want the order kept", back.Warnings)
	}
}

// warningsWritten writes al as JSON and returns what was written, and
// its warnings as JSON objects.
func warningsWritten(t *testing.T, al *align.Alignment) (*bytes.Buffer, []map[string]any) {
	t.Helper()
	var b bytes.Buffer
	if err := WriteAlignmentJSON(&b, al); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Warnings []map[string]any `json:"warnings"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return &b, doc.Warnings
}
