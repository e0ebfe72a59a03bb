package align

import (
	"fmt"
	"io"
	"sort"

	"github.com/synoptic-text/synoptic/editions"
)

// Corrections that persist.
//
// Aligners make mistakes, and a user who fixes one must not fix it again
// after every change to the texts. A pin is such a fix: "these sentences
// of the first edition correspond to these of the second", or "this
// sentence has no counterpart". The aligner takes pins as fixed points and
// aligns the rest around them (see comparePinned):
//
//   - a pin that pairs sentences cuts both editions: the stretches between
//     two such pins are aligned on their own, and can never cross a pin;
//   - a pin that leaves a sentence alone takes that sentence out of
//     whatever row the aligner put it in.
//
// Pins come from beads (ReadPins), or from the rows of an earlier
// alignment of the editions (PinsFrom), which carry the text of their
// sentences. When a text has changed since, a pin whose sentences are
// found unchanged elsewhere is moved with them; one that no longer fits is
// reported, never silently dropped.

// A Pin fixes one row of a two-edition alignment.
type Pin struct {
	A, B []int // sentence indices in the first and the second edition
	// TextA and TextB are the texts of those sentences when the pin was
	// made (from an alignment), to check that it still fits; nil for
	// beads.
	TextA, TextB []string
	Score        float64 // the row's score when taken from an alignment; 1 otherwise
	Source       string  // where the pin was read: "file:line" or "file: row N"
}

func (p Pin) String() string { return Bead{Src: p.A, Tgt: p.B}.String() }

// A PinProblem says why a pin was not used.
type PinProblem struct {
	Pin    Pin
	Reason string
}

func (p PinProblem) Error() string {
	return fmt.Sprintf("%s: pin %s not used: %s", p.Pin.Source, p.Pin, p.Reason)
}

// Pins hold the rows of an alignment of any number of editions, to be
// projected on each pair of editions that Align aligns.
type Pins struct {
	// IDs are the ids of the pinned editions, in the order of the rows'
	// cells: Align matches them to its editions' ids. Pins read from
	// beads have none, and pin the first two editions by position.
	IDs  []string
	rows []pinRow
}

type pinRow struct {
	cells  [][]int
	texts  [][]string // nil for beads
	score  float64
	source string
}

// ReadPins reads pins from beads, "[3, 4]:[5]" a line ("[7]:[]" for a
// sentence without counterpart; blank lines and lines starting with #
// are skipped), as ReadBeads reads them. They pin the first two
// editions aligned.
func ReadPins(r io.Reader, path string) (*Pins, error) {
	pins := &Pins{}
	err := eachBead(r, path, func(b Bead, line int) {
		pins.rows = append(pins.rows, pinRow{cells: [][]int{b.Src, b.Tgt}, score: 1, source: fmt.Sprintf("%s:%d", path, line)})
	})
	if err != nil {
		return nil, err
	}
	return pins, nil
}

// PinsFrom makes pins of the rows of al, an earlier alignment read back
// from the file path (as output.ReadAlignmentJSON reads it): its
// editions are matched by id, and each row's sentences keep their text
// and score.
func PinsFrom(al *Alignment, path string) (*Pins, error) {
	if len(al.Editions) < 2 {
		return nil, fmt.Errorf("%s: an alignment has two editions at least, this one %d", path, len(al.Editions))
	}
	pins := &Pins{rows: make([]pinRow, len(al.Rows))}
	for _, e := range al.Editions {
		pins.IDs = append(pins.IDs, e.ID)
	}
	for r, row := range al.Rows {
		pr := pinRow{cells: row.Cells, texts: make([][]string, len(row.Cells)), score: row.Score, source: fmt.Sprintf("%s: row %d", path, r)}
		for e, ids := range row.Cells {
			for _, i := range ids {
				pr.texts[e] = append(pr.texts[e], al.Editions[e].Sentences[i].Text)
			}
		}
		pins.rows[r] = pr
	}
	return pins, nil
}

// ConfirmedPins makes pins of the rows of al that a person confirmed
// (Row.Confirmed), as PinsFrom does of all rows; path names where al is
// kept, for messages.
func ConfirmedPins(al *Alignment, path string) (*Pins, error) {
	pins, err := PinsFrom(al, path)
	if err != nil {
		return nil, err
	}
	var kept []pinRow
	for r, row := range al.Rows {
		if row.Confirmed {
			kept = append(kept, pins.rows[r])
		}
	}
	pins.rows = kept
	return pins, nil
}

// MatchEditions matches the editions of pins read from an alignment to
// eds by id; when no id matches (the files were renamed) and there are as
// many editions, by position. It returns what a user should be told: the
// editions matched by position, or those whose pins go unused.
func (t *Pins) MatchEditions(eds []*editions.Edition, path string) []string {
	if t.IDs == nil {
		return nil
	}
	has := map[string]bool{}
	for _, ed := range eds {
		has[ed.ID] = true
	}
	var missing []string
	for _, id := range t.IDs {
		if !has[id] {
			missing = append(missing, id)
		}
	}
	if len(missing) == len(t.IDs) && len(t.IDs) == len(eds) {
		for e, ed := range eds {
			t.IDs[e] = ed.ID
		}
		return []string{fmt.Sprintf("%s: no edition has the ids of its editions; they are matched by position", path)}
	}
	var out []string
	for _, id := range missing {
		out = append(out, fmt.Sprintf("%s: pins of edition %q not used: no edition has that id", path, id))
	}
	return out
}

// columns returns, for each of eds, its column in the pins' rows, or -1
// when the pins have none: by id, or for beads by position.
func (t *Pins) columns(eds []*editions.Edition) []int {
	column := make([]int, len(eds))
	for e, ed := range eds {
		column[e] = -1
		if t.IDs == nil {
			if e < 2 {
				column[e] = e
			}
			continue
		}
		for c, id := range t.IDs {
			if id == ed.ID {
				column[e] = c
			}
		}
	}
	return column
}

// pair returns the pins of columns x and y: a pin per row where either
// has sentences, pairing them, or saying that those of one have no
// counterpart in the other. A row of no sentence at all (an empty bead)
// is kept, to be reported.
func (t *Pins) pair(x, y int) []Pin {
	var pins []Pin
	for _, row := range t.rows {
		if len(row.cells[x]) == 0 && len(row.cells[y]) == 0 && !emptyRow(row.cells) {
			continue
		}
		p := Pin{A: row.cells[x], B: row.cells[y], Score: row.score, Source: row.source}
		if row.texts != nil {
			p.TextA, p.TextB = row.texts[x], row.texts[y]
		}
		pins = append(pins, p)
	}
	return pins
}

func emptyRow(cells [][]int) bool {
	for _, c := range cells {
		if len(c) > 0 {
			return false
		}
	}
	return true
}

// fitPins checks pins against editions a and b and returns those that can
// be used, in order, and why the others cannot: sentences out of range or
// not consecutive, texts changed (a pin whose texts stand unchanged
// elsewhere is moved there), pins that overlap or cross an earlier one.
func fitPins(pins []Pin, a, b *editions.Edition) ([]Pin, []PinProblem) {
	var ok []Pin
	var problems []PinProblem
	places := map[*editions.Edition]map[string][]int{}
	for _, p := range pins {
		if len(p.A) == 0 && len(p.B) == 0 {
			problems = append(problems, PinProblem{p, "it names no sentence"})
			continue
		}
		fitted, reason := fitPin(p, a, b, places)
		if reason != "" {
			problems = append(problems, PinProblem{p, reason})
			continue
		}
		ok = append(ok, fitted)
	}
	// Keep pins that leave room for each other: no sentence in two pins,
	// and pins that pair sentences in the order of both editions.
	sort.SliceStable(ok, func(x, y int) bool { return pinStart(ok[x]) < pinStart(ok[y]) })
	var kept []Pin
	used := [2]map[int]bool{{}, {}}
	lastB := -1
	for _, p := range ok {
		conflict := false
		for side, ids := range [][]int{p.A, p.B} {
			for _, i := range ids {
				conflict = conflict || used[side][i]
			}
		}
		paired := len(p.A) > 0 && len(p.B) > 0
		if conflict || paired && p.B[0] <= lastB {
			problems = append(problems, PinProblem{p, "it overlaps or crosses another pin"})
			continue
		}
		for side, ids := range [][]int{p.A, p.B} {
			for _, i := range ids {
				used[side][i] = true
			}
		}
		if paired {
			lastB = p.B[len(p.B)-1]
		}
		kept = append(kept, p)
	}
	return kept, problems
}

// pinStart orders pins along the first edition; pins that name only the
// second come where they come in the file.
func pinStart(p Pin) int {
	if len(p.A) > 0 {
		return p.A[0]
	}
	return -1
}

// fitPin checks one pin, moving it to where its texts now stand when they
// have moved.
// places indexes, per edition, where each sentence text stands; it is
// filled when a text is first looked for, so that fitting many moved pins
// stays linear.
func fitPin(p Pin, a, b *editions.Edition, places map[*editions.Edition]map[string][]int) (Pin, string) {
	for side, ids := range [][]int{p.A, p.B} {
		e := []*editions.Edition{a, b}[side]
		for k, i := range ids {
			if i < 0 || i >= len(e.Sentences) {
				return p, fmt.Sprintf("%s has no sentence %d", e.ID, i)
			}
			if k > 0 && i != ids[k-1]+1 {
				return p, fmt.Sprintf("sentences %v of %s are not consecutive", ids, e.ID)
			}
		}
	}
	var err string
	if p.A, err = relocate(p.A, p.TextA, a, places); err != "" {
		return p, err
	}
	if p.B, err = relocate(p.B, p.TextB, b, places); err != "" {
		return p, err
	}
	return p, ""
}

// relocate returns the sentences of e that now hold texts: ids if they
// still do, else the only run of consecutive sentences that does.
func relocate(ids []int, texts []string, e *editions.Edition, places map[*editions.Edition]map[string][]int) ([]int, string) {
	if texts == nil || len(ids) == 0 {
		return ids, ""
	}
	same := func(start int) bool {
		if start < 0 || start+len(texts) > len(e.Sentences) {
			return false
		}
		for k, t := range texts {
			if e.Sentences[start+k].Text != t {
				return false
			}
		}
		return true
	}
	if same(ids[0]) {
		return ids, ""
	}
	if places[e] == nil {
		at := make(map[string][]int, len(e.Sentences))
		for i, s := range e.Sentences {
			at[s.Text] = append(at[s.Text], i)
		}
		places[e] = at
	}
	found := -1
	for _, s := range places[e][texts[0]] {
		if same(s) {
			if found >= 0 {
				return nil, fmt.Sprintf("the text of %s sentence %d changed, and it now stands in several places", e.ID, ids[0])
			}
			found = s
		}
	}
	if found < 0 {
		return nil, fmt.Sprintf("%s sentence %d changed or vanished: %s", e.ID, ids[0], editions.Quote(texts[0]))
	}
	out := make([]int, len(ids))
	for k := range out {
		out[k] = found + k
	}
	return out, ""
}
