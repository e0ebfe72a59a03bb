package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

func cellsOf(al *Alignment) []string {
	var out []string
	for _, r := range al.Rows {
		out = append(out, fmt.Sprint(r.Cells))
	}
	return out
}

// TestAlignManyJoinedSentences: when one edition joins two sentences that
// the others keep apart, the row holds all of them, in every edition.
func TestAlignManyJoinedSentences(t *testing.T) {
	a := mustParse(t, "a.en.txt", "The committee met in the café on 14 March. It voted to strike. The strike lasted twenty-three days.")
	b := mustParse(t, "b.en.txt", "The committee met in the café on 14 March and voted to strike. The strike lasted twenty-three days.")
	c := mustParse(t, "c.fr.txt", "Le comité se réunit au café le 14 mars. Il vota la grève. La grève dura vingt-trois jours.")
	al, _ := Align([]*editions.Edition{a, b, c}, Options{Mode: AutoMode})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	want := []string{"[[0 1] [0] [0 1]]", "[[2] [1] [2]]"}
	if diff := cmp.Diff(want, cellsOf(al)); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	// b is a version of a: their words are compared in the row.
	if d := al.Rows[0].Diffs; len(d) != 1 || d[0].From != 0 || d[0].To != 1 {
		t.Errorf("row 0 diffs %+v, want one from edition 0 to edition 1", d)
	}
}

// TestAlignManyKinds: three versions of one text have equal, changed and
// inserted rows as two versions do; a row that holds a translation as well
// is a match, since a translation is never "equal".
func TestAlignManyKinds(t *testing.T) {
	a := mustParse(t, "a.en.txt", "The committee met on 14 March. It voted to strike. The strike lasted twenty-three days.")
	b := mustParse(t, "b.en.txt", "The committee met on 14 March. It voted to strike. The strike lasted twenty-four days.")
	c := mustParse(t, "c.en.txt", "The committee met on 14 March. It voted to strike. A new sentence stands here. The strike lasted twenty-three days.")
	al, _ := Align([]*editions.Edition{a, b, c}, Options{Mode: AutoMode})
	var kinds []string
	for _, r := range al.Rows {
		kinds = append(kinds, r.Kind.String())
	}
	want := []string{"equal", "equal", "inserted", "changed"}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("kinds of three versions (-want +got):\n%s", diff)
	}
	fr := mustParse(t, "d.fr.txt", "Le comité se réunit le 14 mars. Il vota la grève. La grève dura vingt-trois jours.")
	al, _ = Align([]*editions.Edition{a, b, fr}, Options{Mode: AutoMode})
	if k := al.Rows[0].Kind; k != Match {
		t.Errorf("row of two equal versions and a translation is %v, want match", k)
	}
}

// TestAlignManyMoves: a sentence that a third version moves is a move in
// the merged rows too, its two rows pointing at each other, with the word
// diff of the move from the edition it was compared with; the editions
// that keep it in place stay in the row of its old place.
func TestAlignManyMoves(t *testing.T) {
	a := mustParse(t, "a.en.txt", "The committee met on 14 March. It voted to strike at dawn. The strike lasted twenty-three days. The newspapers said nothing of it. The workers went back on 7 April.")
	b := mustParse(t, "b.en.txt", "The committee met on 14 March. It voted to strike at dawn. The strike lasted twenty-three days. The newspapers said nothing of it. The workers went back on 7 April.")
	c := mustParse(t, "c.en.txt", "It voted to strike at dawn. The strike lasted twenty-three days. The newspapers said nothing of it. The committee met on 14 March! The workers went back on 7 April.")
	al, _ := Align([]*editions.Edition{a, b, c}, Options{Mode: AutoMode})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range al.Rows {
		s := fmt.Sprintf("%v %v", r.Cells, r.Kind)
		if r.Kind == Moved {
			s += fmt.Sprintf(" peer %d", r.Peer)
			for _, d := range r.Diffs {
				s += fmt.Sprintf(" %d→%d %d ops", d.From, d.To, len(d.Ops))
			}
		}
		got = append(got, s)
	}
	want := []string{
		"[[0] [0] []] equal",
		"[[1] [1] [0]] equal",
		"[[2] [2] [1]] equal",
		"[[3] [3] [2]] equal",
		"[[] [] [3]] moved peer 0 0→2 3 ops",
		"[[4] [4] [4]] equal",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// TestAlignManySample aligns the bundled French original and both English
// editions: every sentence once, in order, and the two English editions
// diffed against each other, not against the French.
func TestAlignManySample(t *testing.T) {
	fr, e72, e16 := readSample(t, "greve.fr.txt"), readSample(t, "greve.1972.en.txt"), readSample(t, "greve.2016.en.txt")
	al, _ := Align([]*editions.Edition{fr, e72, e16}, Options{Mode: AutoMode})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range al.Rows {
		for _, d := range r.Diffs {
			if d.From != 1 || d.To != 2 {
				t.Errorf("diff between editions %d and %d; only the English ones are versions", d.From, d.To)
			}
			for _, op := range d.Ops {
				found = found || op.Kind == OpDelete && op.Text == "16"
			}
		}
	}
	if !found {
		t.Error("the corrected date 16 → 6 April is not among the diffs")
	}
}

func readBible(t testing.TB, names ...string) []*editions.Edition {
	dir := evaldata.Dir(t, "eval", "bible")
	var eds []*editions.Edition
	for _, n := range names {
		e, err := editions.Read(filepath.Join(dir, n), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		eds = append(eds, e)
	}
	return eds
}

// TestAlignManyBible: three versions of Ruth, and five of Genesis.
func TestAlignManyBible(t *testing.T) {
	for _, set := range [][]string{
		{"en-KJV.Ruth.txt", "en-ASV.Ruth.txt", "fr-FreJND.Ruth.txt"},
		{"en-KJV.Gen.txt", "en-ASV.Gen.txt", "fr-FreJND.Gen.txt", "de-GerElb1905.Gen.txt", "es-SpaRV.Gen.txt"},
	} {
		eds := readBible(t, set...)
		start := time.Now()
		al, _ := Align(eds, Options{Mode: AutoMode})
		elapsed := time.Since(start)
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		kinds := map[RowKind]int{}
		for _, r := range al.Rows {
			kinds[r.Kind]++
		}
		t.Logf("%v: %d rows %v in %v", set, len(al.Rows), kinds, elapsed)
	}
}

// verseOf maps each sentence of a Bible edition read from its running
// text (.txt) to the id of the verse it starts in, from the verse-per-line
// file (.tsv) of the same name.
func verseOf(t testing.TB, ed *editions.Edition, path string) []string {
	data, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".tsv")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	var starts []int
	at := 0
	for _, line := range strings.Split(string(data), "\n") {
		id, text, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		k := strings.Index(ed.Text[at:], strings.TrimSpace(text))
		if k < 0 {
			t.Fatalf("%s: verse %s not found in the text after byte %d", path, id, at)
		}
		ids = append(ids, id)
		starts = append(starts, at+k)
		at += k
	}
	out := make([]string, len(ed.Sentences))
	v := 0
	for i, s := range ed.Sentences {
		for v+1 < len(starts) && starts[v+1] <= int(s.Start) {
			v++
		}
		out[i] = ids[v]
	}
	return out
}

// TestAlignManyBibleVerses measures how consistent the rows of an
// alignment of several Bible versions are, by their verse ids: for every
// pair of editions and every verse both have, are the verse's sentences
// in the two editions in a common row? Ruth in three versions (two
// English, one French) and Genesis in five languages.
func TestAlignManyBibleVerses(t *testing.T) {
	for _, c := range []struct {
		book  string
		names []string
		min   float64 // share of verse pairs that must share a row
	}{
		{"Ruth", []string{"en-KJV", "en-ASV", "fr-FreJND"}, 0.97},
		{"Gen", []string{"en-KJV", "en-ASV", "fr-FreJND", "de-GerElb1905", "es-SpaRV"}, 0.95},
	} {
		var files []string
		for _, n := range c.names {
			files = append(files, n+"."+c.book+".txt")
		}
		eds := readBible(t, files...)
		al, _ := Align(eds, Options{Mode: AutoMode})
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		// rows[e][verse] are the rows holding edition e's sentences of
		// the verse.
		rows := make([]map[string]map[int]bool, len(eds))
		for e, ed := range eds {
			verses := verseOf(t, ed, filepath.Join(evaldata.Path("eval", "bible"), files[e]))
			rows[e] = map[string]map[int]bool{}
			for r, row := range al.Rows {
				for _, s := range row.Cells[e] {
					v := verses[s]
					if rows[e][v] == nil {
						rows[e][v] = map[int]bool{}
					}
					rows[e][v][r] = true
				}
			}
		}
		together, pairs := 0, 0
		for e := range eds {
			for f := e + 1; f < len(eds); f++ {
				for v, re := range rows[e] {
					rf, ok := rows[f][v]
					if !ok {
						continue
					}
					pairs++
					for r := range re {
						if rf[r] {
							together++
							break
						}
					}
				}
			}
		}
		share := float64(together) / float64(pairs)
		t.Logf("%s, %d editions: %d rows; %d of %d verse pairs share a row (%.4f)", c.book, len(eds), len(al.Rows), together, pairs, share)
		if share < c.min {
			t.Errorf("%s: %.4f of verse pairs share a row, want at least %.2f", c.book, share, c.min)
		}
	}
}

// BenchmarkAlignManyRuth and BenchmarkAlignManyGenesis time the alignment
// of several Bible versions at once (reading and segmenting not
// included): three of Ruth, five of Genesis.
func BenchmarkAlignManyRuth(b *testing.B) {
	benchmarkMany(b, "en-KJV.Ruth.txt", "en-ASV.Ruth.txt", "fr-FreJND.Ruth.txt")
}

func BenchmarkAlignManyGenesis(b *testing.B) {
	benchmarkMany(b, "en-KJV.Gen.txt", "en-ASV.Gen.txt", "fr-FreJND.Gen.txt", "de-GerElb1905.Gen.txt", "es-SpaRV.Gen.txt")
}

func benchmarkMany(b *testing.B, names ...string) {
	eds := readBible(b, names...)
	b.ReportAllocs()
	for b.Loop() {
		Align(eds, Options{Mode: AutoMode})
	}
}
