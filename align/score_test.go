package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

func readBeadFile(t testing.TB, path string) []Bead {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := ReadBeads(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseBead(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"[0]:[0, 1]", "[0]:[0, 1]"},
		{"[]:[7]", "[]:[7]"},
		{"[5]:[]", "[5]:[]"},
		{"[6,7]:[9,  10]", "[6, 7]:[9, 10]"},
		{"[1]:[2]:0.25", "[1]:[2]"},
	} {
		b, err := ParseBead(tc.in)
		if err != nil {
			t.Errorf("ParseBead(%q): %v", tc.in, err)
			continue
		}
		if got := b.String(); got != tc.want {
			t.Errorf("ParseBead(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	for _, bad := range []string{"[0]", "0:1", "[a]:[1]", "[-1]:[1]", "[0]:[1]:x:y"} {
		if _, err := ParseBead(bad); err == nil {
			t.Errorf("ParseBead(%q) succeeded, want error", bad)
		}
	}
}

func TestReadBeadsError(t *testing.T) {
	_, err := ReadBeads(strings.NewReader("[0]:[0]\n\n[1]:[x]\n"), "g.defr")
	if err == nil || !strings.Contains(err.Error(), "g.defr:3:") {
		t.Fatalf("error = %v, want one naming g.defr:3", err)
	}
}

// smallBeads are a gold and a test alignment of a few sentences.
func smallBeads(t *testing.T) (gold, test []Bead) {
	parse := func(lines ...string) []Bead {
		b, err := ReadBeads(strings.NewReader(strings.Join(lines, "\n")), "x")
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return parse("[0]:[0, 1]", "[1]:[2]", "[2]:[]", "[3, 4]:[3]"),
		parse("[0]:[0]", "[]:[1]", "[1]:[2]", "[2]:[]", "[3]:[3]", "[4]:[]")
}

func TestScoreSmall(t *testing.T) {
	gold, test := smallBeads(t)
	s := Score([][]Bead{gold}, [][]Bead{test})
	// Precision over 6 test beads: strict [1]:[2], [2]:[]; lax adds
	// [0]:[0] and [3]:[3].
	// Recall over 3 non-null gold beads vs non-null test beads: strict
	// [1]:[2]; lax all three.
	want := Scores{TestBeads: 6, TestStrict: 2, TestLax: 4, GoldBeads: 3, GoldStrict: 1, GoldLax: 3}
	if s.TestBeads != want.TestBeads || s.TestStrict != want.TestStrict || s.TestLax != want.TestLax ||
		s.GoldBeads != want.GoldBeads || s.GoldStrict != want.GoldStrict || s.GoldLax != want.GoldLax {
		t.Fatalf("counts = %+v, want %+v", s, want)
	}
}

// TestScoreByType scores the example of TestScoreSmall by bead shape:
// where the aligner split the 1-2 and the 2-1 beads of the gold, those
// shapes score 0 strict and full lax; the omission [2]:[] is found.
func TestScoreByType(t *testing.T) {
	gold, test := smallBeads(t)
	got := map[string]string{}
	for _, ts := range ScoreByType([][]Bead{gold}, [][]Bead{test}) {
		got[ts.Type] = fmt.Sprintf("gold %d test %d strict %d/%d lax %d/%d", ts.Gold, ts.Test, ts.TestStrict, ts.GoldStrict, ts.TestLax, ts.GoldLax)
	}
	want := map[string]string{
		"1-1":   "gold 1 test 3 strict 1/1 lax 3/1", // [1]:[2] right; [0]:[0] and [3]:[3] overlap gold beads
		"1-2":   "gold 1 test 0 strict 0/0 lax 0/1",
		"2-1":   "gold 1 test 0 strict 0/0 lax 0/1",
		"1-0":   "gold 1 test 2 strict 1/1 lax 1/1", // [2]:[] found; [4]:[] is not in the gold
		"0-1":   "gold 0 test 1 strict 0/0 lax 0/0",
		"other": "gold 0 test 0 strict 0/0 lax 0/0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("by type (-want +got):\n%s", diff)
	}
}

// TestScoreBaselines reproduces every row of
// ../shared/eval/baselines/README.md to three decimals.
func TestScoreBaselines(t *testing.T) {
	eval := evaldata.Dir(t, "eval")
	gold := filepath.Join(eval, "gold", "textberg-de-fr")
	base := filepath.Join(eval, "baselines")
	tests := make([]string, 7)
	for i := range tests {
		tests[i] = fmt.Sprintf("test%d", i)
	}
	for _, row := range []struct {
		dir      string
		goldDir  string
		docs     []string
		ext      string
		strict   [3]float64
		lax      [3]float64
		selfTest bool
	}{
		{"textberg-test/hunalign-utf", gold, tests, ".align", [3]float64{0.724, 0.782, 0.752}, [3]float64{0.838, 0.901, 0.868}, false},
		{"textberg-test/hunalign-utf-realign", gold, tests, ".align", [3]float64{0.721, 0.775, 0.747}, [3]float64{0.841, 0.900, 0.869}, false},
		{"textberg-test/galechurch-nltk", gold, tests, ".align", [3]float64{0.672, 0.683, 0.678}, [3]float64{0.790, 0.803, 0.797}, false},
		{"textberg-test/bleualign-googlemt", gold, tests, ".align", [3]float64{0.831, 0.788, 0.809}, [3]float64{0.978, 0.923, 0.950}, false},
		{"textberg-test/diagonal", gold, tests, ".align", [3]float64{0.062, 0.072, 0.067}, [3]float64{0.101, 0.117, 0.108}, false},
		{"textberg-test-concat/hunalign-utf", filepath.Join(gold, "concat"), []string{"all"}, ".align", [3]float64{0.721, 0.780, 0.749}, [3]float64{0.835, 0.900, 0.866}, false},
		{"textberg-test-concat/galechurch-nltk", filepath.Join(gold, "concat"), []string{"all"}, ".align", [3]float64{0.688, 0.699, 0.694}, [3]float64{0.808, 0.822, 0.815}, false},
		{"textberg-dev/hunalign-utf", gold, []string{"dev"}, ".align", [3]float64{0.631, 0.709, 0.668}, [3]float64{0.849, 0.919, 0.882}, false},
		{"textberg-dev/galechurch-nltk", gold, []string{"dev"}, ".align", [3]float64{0.489, 0.486, 0.487}, [3]float64{0.650, 0.648, 0.649}, false},
		{"gold-vs-itself", gold, append(tests, "dev"), ".defr", [3]float64{1, 1, 1}, [3]float64{1, 1, 1}, true},
	} {
		t.Run(row.dir, func(t *testing.T) {
			var g, s [][]Bead
			for _, doc := range row.docs {
				g = append(g, readBeadFile(t, filepath.Join(row.goldDir, doc+".defr")))
				sysPath := filepath.Join(base, row.dir, doc+row.ext)
				if row.selfTest {
					sysPath = filepath.Join(row.goldDir, doc+".defr")
				}
				s = append(s, readBeadFile(t, sysPath))
			}
			sc := Score(g, s)
			got := fmt.Sprintf("%.3f %.3f %.3f %.3f %.3f %.3f", sc.Precision, sc.Recall, sc.F1, sc.LaxPrecision, sc.LaxRecall, sc.LaxF1)
			want := fmt.Sprintf("%.3f %.3f %.3f %.3f %.3f %.3f", row.strict[0], row.strict[1], row.strict[2], row.lax[0], row.lax[1], row.lax[2])
			if got != want {
				t.Errorf("P R F1 strict, lax = %s, want %s", got, want)
			}
		})
	}
}

// TestScoreBleualignFourDecimals checks the row that Bleualign's own
// evaluator printed to four decimals.
func TestScoreBleualignFourDecimals(t *testing.T) {
	eval := evaldata.Dir(t, "eval")
	var g, s [][]Bead
	for i := 0; i < 7; i++ {
		g = append(g, readBeadFile(t, filepath.Join(eval, "gold", "textberg-de-fr", fmt.Sprintf("test%d.defr", i))))
		s = append(s, readBeadFile(t, filepath.Join(eval, "baselines", "textberg-test", "bleualign-googlemt", fmt.Sprintf("test%d.align", i))))
	}
	sc := Score(g, s)
	got := fmt.Sprintf("%.4f %.4f %.4f %.4f %.4f %.4f", sc.Precision, sc.Recall, sc.F1, sc.LaxPrecision, sc.LaxRecall, sc.LaxF1)
	if want := "0.8315 0.7879 0.8091 0.9779 0.9231 0.9497"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// The first beads of a gold alignment reach as far as their last
// sentence on each side, an omission's and an addition's included.
func TestReach(t *testing.T) {
	beads := []Bead{{Src: []int{0}, Tgt: []int{0, 1}}, {Src: []int{1}}, {Src: []int{2, 3}, Tgt: []int{2}}, {Tgt: []int{3}}}
	for _, c := range []struct{ n, a, b int }{{0, 0, 0}, {1, 1, 2}, {2, 2, 2}, {3, 4, 3}, {4, 4, 4}} {
		if a, b := Reach(beads[:c.n]); a != c.a || b != c.b {
			t.Errorf("Reach of the first %d beads = %d, %d; want %d, %d", c.n, a, b, c.a, c.b)
		}
	}
}
