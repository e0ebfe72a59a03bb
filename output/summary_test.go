package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// The terminal view and the HTML page name the dictionaries an
// alignment used, as the JSON does, and say nothing of dictionaries
// when it used none.
func TestViewsNameDictionaries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fr-en.tsv")
	pairs := "grève\tstrike\ntypographes\ttypesetters\ncorrecteurs\tproof-readers\npatrons\temployers\nouvriers\tworkers\n"
	if err := os.WriteFile(path, []byte(pairs), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := dict.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	eds := []*editions.Edition{readSample(t, "greve.fr.txt"), readSample(t, "greve.1972.en.txt")}
	with, _ := align.Align(eds, align.Options{Mode: align.TranslationMode, Dictionaries: []*dict.Dictionary{d}})
	if len(with.Dictionaries) != 1 {
		t.Fatalf("the alignment used dictionaries %q, want %s", with.Dictionaries, path)
	}
	without, _ := align.Align(eds, align.Options{Mode: align.TranslationMode})
	want := "aligned with the dictionary " + path
	for _, v := range []struct {
		name string
		page func(*align.Alignment) string
	}{
		{"terminal view", func(al *align.Alignment) string {
			// Wide enough that the closing line is not wrapped.
			return render(t, al, ViewOptions{Width: 40 + 2*len(path) + 200})
		}},
		{"HTML page", func(al *align.Alignment) string { return writeHTML(t, al, HTMLOptions{}) }},
	} {
		if out := v.page(with); !strings.Contains(out, want) {
			t.Errorf("%s does not say %q", v.name, want)
		}
		if out := v.page(without); strings.Contains(out, "aligned with the dictionar") {
			t.Errorf("%s names dictionaries for an alignment that used none", v.name)
		}
	}
}

func TestDictionariesLine(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{nil, ""},
		{[]string{"a.index"}, "aligned with the dictionary a.index"},
		{[]string{"a.index", "b.tsv"}, "aligned with the dictionaries a.index, b.tsv"},
	} {
		if got := dictionariesLine(tc.names); got != tc.want {
			t.Errorf("dictionariesLine(%q) = %q, want %q", tc.names, got, tc.want)
		}
	}
}
