package align

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// TestMovedPassage: a translation of Genesis whose chapter 10 a careless
// printing set after chapter 40 translates every chapter. Its chapter
// 10 was reported missing with confidence 0.97 and again as an addition
// further on; it is a passage moved: the alignment's rows at both
// places are Moved, pointing at each other, and the coverage check
// reads them (covered, reported once, with the translation's sentences
// where it stands, not an addition), the same sentences as the rows.
// The same chapter deleted outright is still an omission.
func TestMovedPassage(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	src := readPath(t, dir, "fr-FreJND.Gen.txt")
	data, err := os.ReadFile(filepath.Join(dir, "en-KJV.Gen.txt"))
	if err != nil {
		t.Fatal(err)
	}
	chapters := regexp.MustCompile(`\n\n(?:\d+\n\n)`).Split(strings.Trim(string(data), "\n"), -1)
	if len(chapters) != 50 {
		t.Fatalf("%d chapters in Genesis, want 50", len(chapters))
	}
	write := func(name string, order []int) *editions.Edition {
		var b strings.Builder
		for k, c := range order {
			if k > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(strings.TrimPrefix(chapters[c], "1\n\n"))
		}
		e, err := editions.Parse(name, []byte(b.String()+"\n"), editions.Options{Lang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	var moved, deleted []int
	for c := range 50 {
		if c != 9 {
			moved = append(moved, c)
			deleted = append(deleted, c)
		}
		if c == 39 {
			moved = append(moved, 9)
		}
	}
	chapter10 := func(f Finding) bool { return strings.Contains(f.Text, "Sem, Cham, et Japheth") }

	al, _ := Align([]*editions.Edition{src, write("moved.en.txt", moved)}, Options{})
	r := Coverage(al, CoverageOptions{})
	found := lastFinding(r.Omissions, chapter10)
	if found == nil || found.Kind != MovedPassage || len(found.Counterpart) == 0 {
		t.Fatalf("chapter 10 moved: omissions %v, want it of kind moved with the translation's sentences", findingTexts(r.Omissions))
	}
	if where := al.Editions[1].Joined(found.Counterpart); !strings.Contains(where, "Shem, Ham, and Japheth") {
		t.Errorf("moved to %q, want the English chapter 10", where)
	}
	for _, f := range r.Additions {
		if strings.Contains(f.Text, "Shem, Ham, and Japheth") {
			t.Errorf("the moved chapter is also an addition: %q", f.Text)
		}
	}
	if s := r.Total.Sentences.Share(); s < 0.99 {
		t.Errorf("coverage %.3f with chapter 10 moved, want at least 0.99", s)
	}
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	// The rows say what the report says: chapter 10's French in Moved
	// rows, each pointing at a Moved row of its English; nothing of it
	// Deleted; and every Deleted row's sentences an omission's.
	var movedSrc, movedTgt, deletedSrc, omittedSrc []int
	for k, row := range al.Rows {
		switch row.Kind {
		case Moved:
			peer := al.Rows[row.Peer]
			if peer.Kind != Moved || peer.Peer != k || (len(row.Cells[0]) > 0) == (len(peer.Cells[0]) > 0) {
				t.Fatalf("row %d moved, its peer %d is %v %v", k, row.Peer, peer.Kind, peer.Cells)
			}
			movedSrc = append(movedSrc, row.Cells[0]...)
			movedTgt = append(movedTgt, row.Cells[1]...)
		case Deleted:
			deletedSrc = append(deletedSrc, row.Cells[0]...)
		}
	}
	for _, f := range r.Omissions {
		if f.Kind == Omitted {
			omittedSrc = append(omittedSrc, f.Sentences...)
		}
	}
	if !slices.Equal(movedSrc, found.Sentences) || !slices.Equal(movedTgt, found.Counterpart) {
		t.Errorf("moved rows hold %v / %v, the report's moved passage %v / %v", movedSrc, movedTgt, found.Sentences, found.Counterpart)
	}
	if !slices.Equal(deletedSrc, omittedSrc) {
		t.Errorf("deleted rows hold %v, the omissions %v", deletedSrc, omittedSrc)
	}
	if len(found.Sentences) < 25 {
		t.Errorf("%d of chapter 10's 27 verses moved, want them all but a verse or two", len(found.Sentences))
	}

	// Confirmed in review and aligned again with the confirmed rows as
	// pins, one-sided, the move stays a move.
	confirmedMoves := 0
	for k := range al.Rows {
		if al.Rows[k].Kind == Moved {
			al.Rows[k].Confirmed = true
			confirmedMoves++
		}
	}
	pins, err := ConfirmedPins(al, "review.json")
	if err != nil {
		t.Fatal(err)
	}
	again, problems := Align(al.Editions, Options{Pins: pins})
	if len(problems) > 0 {
		t.Fatalf("pins of the confirmed moves: %v", problems)
	}
	// (Review restores the flag of the rows whose cells a pin had.)
	wasMoved := map[string]bool{}
	for _, row := range al.Rows {
		if row.Kind == Moved {
			wasMoved[fmt.Sprint(row.Cells)] = true
		}
	}
	againMoves := 0
	for _, row := range again.Rows {
		if row.Kind == Moved && wasMoved[fmt.Sprint(row.Cells)] {
			againMoves++
		}
	}
	if againMoves != confirmedMoves {
		t.Errorf("aligned again with the %d confirmed moved rows as pins: %d of them moved", confirmedMoves, againMoves)
	}

	// The numbers of a passage moved are compared as those of a match
	// are: "12 sons" where the French has none.
	chapters[9] = strings.Replace(chapters[9], "were sons born", "were 12 sons born", 1)
	al, _ = Align([]*editions.Edition{src, write("moved12.en.txt", moved)}, Options{})
	r = Coverage(al, CoverageOptions{})
	twelve := false
	for _, m := range r.Mismatches {
		twelve = twelve || m.TargetValue == "12" && strings.Contains(al.Editions[1].Joined(m.Target), "12 sons")
	}
	if !twelve {
		t.Errorf("no number mismatch for the moved chapter's 12 sons: %+v", r.Mismatches)
	}

	al, _ = Align([]*editions.Edition{src, write("deleted.en.txt", deleted)}, Options{})
	r = Coverage(al, CoverageOptions{})
	found = lastFinding(r.Omissions, chapter10)
	if found == nil || found.Kind != Omitted {
		t.Errorf("chapter 10 deleted: omissions %v, want it omitted", findingTexts(r.Omissions))
	}
	for k, row := range al.Rows {
		if row.Kind == Moved {
			t.Errorf("chapter 10 deleted: row %d moved, %v", k, row.Cells)
		}
	}
}
