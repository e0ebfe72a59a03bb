package align_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

func sample(t *testing.T, name string) *editions.Edition {
	t.Helper()
	e, err := editions.Read(filepath.Join("..", "cmd", "synoptic", "sample", name), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func jsonOf(t *testing.T, al *align.Alignment) string {
	t.Helper()
	var b bytes.Buffer
	if err := output.WriteAlignmentJSON(&b, al); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestPinsRoundTrip: an alignment's JSON fed back as pins gives the same
// alignment, for a translation and for two versions with moves.
func TestPinsRoundTrip(t *testing.T) {
	for _, pair := range [][2]string{
		{"greve.fr.txt", "greve.1972.en.txt"},
		{"greve.1972.en.txt", "greve.2016.en.txt"},
	} {
		a, b := sample(t, pair[0]), sample(t, pair[1])
		first := align.Compare(a, b, align.AutoMode, align.VersionOptions{})
		js := jsonOf(t, first)
		pins, err := align.ReadPins(strings.NewReader(js), "pins.json")
		if err != nil {
			t.Fatal(err)
		}
		fitted, problems := align.FitPins(pins, a, b)
		if len(problems) > 0 {
			t.Fatalf("%v: problems %v", pair, problems)
		}
		again := align.ComparePinned(a, b, align.AutoMode, align.VersionOptions{}, fitted)
		if err := again.Check(); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(js, jsonOf(t, again)); diff != "" {
			t.Errorf("%v: round trip changed the alignment (-first +again):\n%s", pair, diff)
		}
	}
}

func beads(al *align.Alignment) []string {
	var out []string
	for _, b := range al.Beads() {
		out = append(out, b.String())
	}
	return out
}

// TestPinsCorrect: a pin corrects the aligner, and the rest is aligned
// around it.
func TestPinsCorrect(t *testing.T) {
	a, b := sample(t, "greve.fr.txt"), sample(t, "greve.1972.en.txt")
	pins, err := align.ReadPins(strings.NewReader("# the 1972 translation drops this sentence\n[4]:[]\n[9]:[8]\n"), "fix.beads")
	if err != nil {
		t.Fatal(err)
	}
	fitted, problems := align.FitPins(pins, a, b)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	al := align.ComparePinned(a, b, align.AutoMode, align.VersionOptions{}, fitted)
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	got := beads(al)
	for _, want := range []string{"[3]:[3]", "[4]:[]", "[9]:[8]"} {
		if !contains(got, want) {
			t.Errorf("pinned row %s missing from %v", want, got)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestPinsThatNoLongerFit: pins whose sentences changed are reported;
// pins whose sentences moved follow them.
func TestPinsThatNoLongerFit(t *testing.T) {
	// Pins made on "One sentence here. Another one there. A third one."
	b := parse(t, "b.fr.txt", "Une phrase ici. Une autre là. Une troisième.")
	pins := []align.Pin{
		{A: []int{1}, B: []int{1}, TextA: []string{"Another one there."}, TextB: []string{"Une autre là."}, Source: "p:1"},
		{A: []int{0}, B: []int{0}, TextA: []string{"A sentence that was cut."}, TextB: []string{"Une phrase ici."}, Source: "p:2"},
		{A: []int{7}, B: []int{}, Source: "p:3"},
		{A: []int{2}, B: []int{0}, Source: "p:4"}, // crosses the first pin
	}
	// The text of a gained a sentence at the start: the first pin moves.
	a2 := parse(t, "a.en.txt", "A new opening. One sentence here. Another one there. A third one.")
	fitted, problems := align.FitPins(pins, a2, b)
	if len(fitted) != 1 || fitted[0].A[0] != 2 {
		t.Errorf("fitted %v, want the first pin moved to sentence 2", fitted)
	}
	var reasons []string
	for _, p := range problems {
		reasons = append(reasons, p.Error())
	}
	want := []string{
		`p:2: pin [0]:[0] not used: a.en sentence 0 changed or vanished: "A sentence that was cut."`,
		`p:3: pin [7]:[] not used: a.en has no sentence 7`,
		`p:4: pin [2]:[0] not used: it overlaps or crosses another pin`,
	}
	if diff := cmp.Diff(want, reasons); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func parse(t *testing.T, name, text string) *editions.Edition {
	t.Helper()
	e, err := editions.Parse(name, []byte(text), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}
