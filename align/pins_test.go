package align_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
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
		eds := []*editions.Edition{a, b}
		first, _ := align.Align(eds, align.Options{Mode: align.AutoMode})
		js := jsonOf(t, first)
		pins := pinsOf(t, js, "pins.json")
		again, problems := align.Align(eds, align.Options{Mode: align.AutoMode, Pins: pins})
		if len(problems) > 0 {
			t.Fatalf("%v: problems %v", pair, problems)
		}
		if err := again.Check(); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(js, jsonOf(t, again)); diff != "" {
			t.Errorf("%v: round trip changed the alignment (-first +again):\n%s", pair, diff)
		}
	}
}

// pinsOf reads pins from an alignment's JSON, as synoptic does.
func pinsOf(t *testing.T, js, path string) *align.Pins {
	t.Helper()
	al, err := output.ReadAlignmentJSON(strings.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	pins, err := align.PinsFrom(al, path)
	if err != nil {
		t.Fatal(err)
	}
	return pins
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
	al, problems := align.Align([]*editions.Edition{a, b}, align.Options{Mode: align.AutoMode, Pins: pins})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
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

// TestPinTableRoundTrip: the JSON of an alignment of three editions fed
// back as pins gives the same alignment, whichever edition is the base;
// and an edition changed since keeps the pins of the others.
func TestPinTableRoundTrip(t *testing.T) {
	eds := []*editions.Edition{sample(t, "greve.fr.txt"), sample(t, "greve.1972.en.txt"), sample(t, "greve.2016.en.txt")}
	for base := range eds {
		opts := align.Options{Base: base, Mode: align.AutoMode}
		first, _ := align.Align(eds, opts)
		js := jsonOf(t, first)
		opts.Pins = pinsOf(t, js, "pins.json")
		again, problems := align.Align(eds, opts)
		if len(problems) > 0 {
			t.Fatalf("base %d: problems %v", base, problems)
		}
		if err := again.Check(); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(js, jsonOf(t, again)); diff != "" {
			t.Errorf("base %d: round trip changed the alignment (-first +again):\n%s", base, diff)
		}
	}
}

// TestPinTableCorrects: a correction made in the JSON of three editions —
// the French sentence that the aligner joined with its neighbour is said
// to have no counterpart — holds when the editions are aligned again, and
// a pin whose sentence has vanished is reported.
func TestPinTableCorrects(t *testing.T) {
	fr := mustParseT(t, "fr.txt", "fr", "Le comité se réunit le 14 mars. Il vota la grève. La grève dura vingt-trois jours.")
	en1 := mustParseT(t, "en1.txt", "en", "The committee met on 14 March and voted to strike. The strike lasted twenty-three days.")
	en2 := mustParseT(t, "en2.txt", "en", "The committee met on 14 March and voted to strike. The strike lasted twenty-three days.")
	eds := []*editions.Edition{fr, en1, en2}
	opts := align.Options{Mode: align.AutoMode}
	first, _ := align.Align(eds, opts)
	if got := fmt.Sprint(first.Rows[0].Cells); got != "[[0 1] [0] [0]]" {
		t.Fatalf("the aligner's first row %s, want the two French sentences joined", got)
	}
	// The reviewer says: "Il vota la grève" stands alone.
	pins := `{"editions": [{"id": "fr", "sentences": [{"index": 0, "text": "Le comité se réunit le 14 mars."}, {"index": 1, "text": "Il vota la grève."}, {"index": 2, "text": "La grève dura vingt-trois jours."}]},
	  {"id": "en1", "sentences": [{"index": 0, "text": "The committee met on 14 March and voted to strike."}, {"index": 1, "text": "The strike lasted twenty-three days."}]},
	  {"id": "gone", "sentences": [{"index": 0, "text": "A sentence no edition has."}]}],
	 "rows": [{"cells": [[0], [0], []], "kind": "match", "score": 1}, {"cells": [[1], [], []], "kind": "deleted", "score": 1},
	  {"cells": [[], [], [0]], "kind": "inserted", "score": 1}, {"cells": [[2], [1], []], "kind": "match", "score": 1}]}`
	opts.Pins = pinsOf(t, pins, "fix.json")
	al, problems := align.Align(eds, opts)
	if len(problems) > 0 {
		t.Errorf("problems %v", problems)
	}
	var got []string
	for _, r := range al.Rows {
		got = append(got, fmt.Sprint(r.Cells))
	}
	want := []string{"[[0] [0] [0]]", "[[1] [] []]", "[[2] [1] [1]]"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if al.Rows[1].Kind != align.Deleted {
		t.Errorf("the pinned French sentence is %v, want deleted", al.Rows[1].Kind)
	}

	// The 1972 edition's first sentence has since been reworded: its pin
	// no longer fits, and says so.
	en1b := mustParseT(t, "en1.txt", "en", "The committee met on 14 March; it voted to strike. The strike lasted twenty-three days.")
	_, problems = align.Align([]*editions.Edition{fr, en1b, en2}, opts)
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "fix.json: row 0: pin [0]:[0] not used: en1 sentence 0 changed or vanished") {
		t.Errorf("problems %v, want the pin of row 0 reported", problems)
	}
}

func mustParseT(t *testing.T, name, lang, text string) *editions.Edition {
	t.Helper()
	e, err := editions.Parse(name, []byte(text), editions.Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// FuzzReadPins: pins in any form are read without a panic, and pins read
// from an alignment's JSON carry the text of every sentence they name.
func FuzzReadPins(f *testing.F) {
	f.Add("[0]:[0]\n[1, 2]:[]\n# a comment\n[]:[1]\n")
	f.Add(`{"editions":[{"id":"a","sentences":[{"text":"A."}]},{"id":"b","sentences":[{"text":"B."}]}],"rows":[{"cells":[[0],[0]],"kind":"match","score":1}]}`)
	f.Add(`{"editions":[{"id":"a","sentences":[]},{"id":"b","sentences":[]},{"id":"c","sentences":[{"text":"C."}]}],"rows":[{"cells":[[],[],[0]],"kind":"inserted"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		_, _ = align.ReadPins(strings.NewReader(in), "f")
		al, err := output.ReadAlignmentJSON(strings.NewReader(in))
		if err != nil {
			return
		}
		pins, err := align.PinsFrom(al, "f")
		if err != nil {
			return
		}
		for x := range pins.IDs {
			for y := range pins.IDs {
				if x == y {
					continue
				}
				for _, p := range align.PinsOfPair(pins, x, y) {
					if len(p.A) != len(p.TextA) || len(p.B) != len(p.TextB) {
						t.Fatalf("pin %v carries %d and %d texts", p, len(p.TextA), len(p.TextB))
					}
				}
			}
		}
	})
}

// TestPinsReadAsBeads: a pin file is read line for line as a bead file
// is, with the same comments and the same longest line: a pin of a
// hundred thousand sentences, 1.4 MB on one line, was refused with no
// line named (pins stopped at 1 MiB, beads at 16).
func TestPinsReadAsBeads(t *testing.T) {
	ids := make([]string, 200_000)
	for i := range ids {
		ids[i] = strconv.Itoa(i)
	}
	long := "[" + strings.Join(ids[:100_000], ", ") + "]:[" + strings.Join(ids[100_000:], ", ") + "]"
	file := "# kept by hand\n[0]:[0]\n\n" + long + "\n"
	beads, err := align.ReadBeads(strings.NewReader(file), "fix.beads")
	if err != nil || len(beads) != 2 {
		t.Fatalf("ReadBeads: %d beads, %v", len(beads), err)
	}
	if _, err := align.ReadPins(strings.NewReader(file), "fix.beads"); err != nil {
		t.Fatalf("ReadPins: %v", err)
	}
	tooLong := "[0]:[" + strings.Repeat("1, ", 6<<20) + "1]"
	_, err = align.ReadPins(strings.NewReader("[0]:[0]\n"+tooLong+"\n"), "fix.beads")
	if err == nil || !strings.Contains(err.Error(), "fix.beads:2:") {
		t.Fatalf("a line past the limit: %v, want an error naming fix.beads:2", err)
	}
}
