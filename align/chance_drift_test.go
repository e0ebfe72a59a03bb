package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// TestDriftHalfBook: Verne's French against the English of its first
// eighteen chapters, a translation of half the book. The English after
// the middle of chapter XVIII was paired with French a thousand
// sentences further on, match after match doubtful, with no warning,
// and coverage counted that French as covered. Now a drift warning
// says so, over those rows, and coverage does not count them; the
// English chapters before it stay where they were.
func TestDriftHalfBook(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns a novel")
	}
	dir := evaldata.Dir(t, "eval", "verne")
	fr := readPath(t, dir, "fr.pg800.txt")
	data, err := os.ReadFile(filepath.Join(dir, "en.pg103.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// chapters.gold.tsv: chapter XIX's heading is line 3572 of the English.
	lines := strings.SplitAfter(string(data), "\n")
	en, err := editions.Parse("en.half.txt", []byte(strings.Join(lines[:3571], "")), editions.Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	al, _ := Align([]*editions.Edition{fr, en}, Options{})
	var drift *Warning
	for k, w := range al.Warnings {
		if w.Drift > 0 {
			drift = &al.Warnings[k]
		}
	}
	if drift == nil {
		t.Fatalf("no drift warning; warnings %+v", al.Warnings)
	}
	if drift.Kind != Undecided || drift.Drift < 0.75 {
		t.Errorf("drift warning %+v, want undecided with most matches doubtful", *drift)
	}
	// Over the end of the English, not before chapter XVIII.
	if s := drift.Sentences[1]; s[0] < 1400 || s[1] != len(en.Sentences) {
		t.Errorf("drift over English sentences %v of %d, want the last hundred or so", s, len(en.Sentences))
	}
	if !strings.Contains(drift.Message, "drifted") {
		t.Errorf("message %q", drift.Message)
	}
	// Coverage counts nothing of the stretch.
	r := Coverage(al, CoverageOptions{})
	if got, most := r.Total.Sentences.Covered, drift.Sentences[0][0]; got > most {
		t.Errorf("%d French sentences covered, more than the %d before the drift", got, most)
	}
}
