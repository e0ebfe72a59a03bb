package output

import (
	"bytes"
	"encoding/json"
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
