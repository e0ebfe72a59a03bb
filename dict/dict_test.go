package dict

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/editions"
)

func pairsOf(d *Dictionary) []string {
	var out []string
	for _, p := range d.Pairs {
		out = append(out, p.From+" = "+p.To)
	}
	return out
}

func TestReadDictdFixture(t *testing.T) {
	d, err := Read("testdata/freedict-deu-fra.index")
	if err != nil {
		t.Fatal(err)
	}
	got := pairsOf(d)
	want := []string{
		"Berg = montagne", "Berg = mont",
		"Gipfel = sommet", "Gipfel = cime", "Gipfel = apogée",
		"gehen = aller", "gehen = marcher",
		"Abwind = courant descendant", "Abwind = vent descendant", "Abwind = déclin",
		"Seil = corde", "Seil = câble",
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("pairs:\n got %q\nwant %q", got, want)
	}
	if d.From != language.German || d.To != language.French {
		t.Errorf("languages %v → %v, want de → fr (from the name freedict-deu-fra)", d.From, d.To)
	}
	// The same dictionary named by its data file or its stem.
	for _, p := range []string{"testdata/freedict-deu-fra.dict.dz", "testdata/freedict-deu-fra"} {
		d2, err := Read(p)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(pairsOf(d2), pairsOf(d)) {
			t.Errorf("%s: read otherwise than by its index", p)
		}
	}
}

func TestReadDictdCyrillic(t *testing.T) {
	d, err := Read("testdata/freedict-eng-rus.index")
	if err != nil {
		t.Fatal(err)
	}
	got := pairsOf(d)
	want := []string{"mountain = гора", "summit = вершина", "summit = саммит"}
	if !slices.Equal(got, want) {
		t.Errorf("pairs %q, want %q (a definition line is no translation)", got, want)
	}
	if d.From != language.English || d.To != language.Russian {
		t.Errorf("languages %v → %v, want en → ru", d.From, d.To)
	}
}

func TestReadTextFormats(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, text string }{
		{"hunalign.dic", "# a comment\nmontagne @ Berg\n\nsommet @ Gipfel\r\nprix Nobel @ Nobelpreis\n"},
		{"pairs.tsv", "Berg\tmontagne\nGipfel\tsommet\n# comment\nNobelpreis\tprix Nobel\n"},
	} {
		path := filepath.Join(dir, tc.name)
		os.WriteFile(path, []byte(tc.text), 0o644)
		d, err := Read(path)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"Berg = montagne", "Gipfel = sommet", "Nobelpreis = prix Nobel"}
		if got := pairsOf(d); !slices.Equal(got, want) {
			t.Errorf("%s: pairs %q, want %q", tc.name, got, want)
		}
		if d.From != language.Und || d.Name != path {
			t.Errorf("%s: languages %v, name %q: want und (the file does not say) and the path", tc.name, d.From, d.Name)
		}
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fixture, _ := os.ReadFile("testdata/freedict-deu-fra.dict.dz")
	damaged := slices.Clone(fixture)
	damaged[len(damaged)/2] ^= 0x55
	goodIndex, _ := os.ReadFile("testdata/freedict-deu-fra.index")
	for _, tc := range []struct {
		name string
		path string
		want string // in the message, after the path
	}{
		{"missing", filepath.Join(dir, "none.tsv"), "none.tsv: cannot read the dictionary"},
		{"tsv", write("bad.tsv", []byte("Berg\tmontagne\nGipfel sommet\n")), "bad.tsv:2: not a dictionary line"},
		{"hunalign", write("bad.dic", []byte("montagne @ Berg\nsommet\n")), "bad.dic:2: not a dictionary line"},
		{"neither", write("prose.txt", []byte("Once upon a time\n")), "prose.txt:1: not a dictionary line"},
		// A long line is quoted up to a whole character, its length
		// said: it was cut at its 80th byte, inside a letter, which %q
		// showed as an escaped byte.
		{"long line", write("greek.tsv", []byte(strings.Repeat("λόγος ", 30)+"\n")), `greek.tsv:1: not a dictionary line: "λόγος λόγος λόγος λόγος λόγος λόγος λόγος "… (330 bytes in all)`},
		{"binary", write("x.tsv", []byte("Berg\tmontagne\n\xff\xfe\n")), "x.tsv:2 (byte 14): not UTF-8"},
		{"empty", write("empty.tsv", []byte("# nothing\n")), "empty.tsv: the dictionary has no pairs"},
		{"index line", func() string {
			write("a.dict.dz", fixture)
			return write("a.index", []byte("berg\tA\tBa\nbroken line\n"))
		}(), "a.index:2: not a dictd index line"},
		{"index number", func() string {
			write("b.dict.dz", fixture)
			return write("b.index", []byte("berg\tA\tB-\n"))
		}(), "b.index:1: offset or length is not a dictd base-64 number"},
		{"index past data", func() string {
			write("c.dict.dz", fixture)
			return write("c.index", []byte("berg\tA\t//\n"))
		}(), "c.index:1: entry \"berg\" runs past the end"},
		{"damaged", func() string {
			write("d.dict.dz", damaged)
			return write("d.index", goodIndex)
		}(), "d.dict.dz: damaged dictzip"},
		{"not gzip", func() string {
			write("e.dict.dz", []byte("plain text"))
			return write("e.index", goodIndex)
		}(), "e.dict.dz: byte 0: not dictzip"},
		{"no index", write("f.dict.dz", fixture), "f.index: cannot read the dictionary's index"},
		// A dictd name of no file is named itself (it was named by the
		// index it would have had: g.index).
		{"missing dictd", filepath.Join(dir, "g.dict.dz"), "g.dict.dz: cannot read the dictionary"},
	} {
		_, err := Read(tc.path)
		var ie *editions.InputError
		if !errors.As(err, &ie) {
			t.Errorf("%s: error %v, want an *editions.InputError", tc.name, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q, want it to say %q", tc.name, err, tc.want)
		}
	}
}

func TestReadOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "once.tsv")
	os.WriteFile(path, []byte("Berg\tmontagne\n"), 0o644)
	a, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	b, err := Read(path)
	if err != nil || a != b {
		t.Errorf("a dictionary read before is read again (err %v)", err)
	}
}

func TestInstalledAndOpen(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"freedict-deu-fra", "freedict-fra-deu", "freedict-fra-eng", "freedict-deu-eng-x", "other-deu-fra"} {
		os.WriteFile(filepath.Join(dir, name+".index"), nil, 0o644)
	}
	de, fr, en := language.German, language.French, language.English
	base := func(ps []string) []string {
		var out []string
		for _, p := range ps {
			out = append(out, filepath.Base(p))
		}
		return out
	}
	for _, tc := range []struct {
		langs []language.Tag
		want  []string
	}{
		{[]language.Tag{de, fr}, []string{"freedict-deu-fra.index", "freedict-fra-deu.index"}},
		{[]language.Tag{language.MustParse("fr-CA"), language.MustParse("de-CH")}, []string{"freedict-deu-fra.index", "freedict-fra-deu.index"}},
		{[]language.Tag{en, fr}, []string{"freedict-fra-eng.index"}},
		{[]language.Tag{de, en, fr}, []string{"freedict-deu-fra.index", "freedict-fra-deu.index", "freedict-fra-eng.index"}},
		{[]language.Tag{de, language.Und}, nil},
		{[]language.Tag{de, de}, nil},
		{[]language.Tag{language.Japanese, en}, nil},
	} {
		if got := base(AutoPaths(dir, tc.langs)); !slices.Equal(got, tc.want) {
			t.Errorf("AutoPaths(%v) = %q, want %q", tc.langs, got, tc.want)
		}
	}
	// Open reads each dictionary once, auto or not.
	ds, auto, err := Open([]string{"testdata/freedict-deu-fra.index", "testdata/freedict-deu-fra.index"}, []language.Tag{de, fr})
	if err != nil || len(ds) != 1 || auto != nil {
		t.Errorf("Open of a dictionary named twice: %d dictionaries, auto %q, err %v; want 1, none", len(ds), auto, err)
	}
}

// TestReadInstalled reads the FreeDict dictionaries that .ci/run
// installs, as Debian installs them.
func TestReadInstalled(t *testing.T) {
	paths := AutoPaths(InstalledDir, []language.Tag{language.German, language.French})
	if len(paths) < 2 {
		t.Skip("FreeDict German–French dictionaries not installed (apt-get install dict-freedict-deu-fra dict-freedict-fra-deu; .ci/run installs them)")
	}
	for _, p := range paths {
		d, err := Read(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Pairs) < 30000 {
			t.Errorf("%s: %d pairs, want tens of thousands", p, len(d.Pairs))
		}
		var berg bool
		for _, pr := range d.Pairs {
			if (pr.From == "Berg" && pr.To == "montagne") || (pr.From == "montagne" && pr.To == "Berg") {
				berg = true
			}
			if strings.HasSuffix(p, "deu-fra.index") && strings.Contains(pr.To, "Erhebung") {
				// German, in the definition of Berg
				t.Errorf("%s: a definition read as a translation: %q", p, pr)
			}
		}
		if !berg {
			t.Errorf("%s: no Berg = montagne", p)
		}
	}
}
