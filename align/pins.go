package align

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/synoptic-text/synoptic/editions"
)

// Corrections that persist.
//
// Aligners make mistakes, and a user who fixes one must not fix it again
// after every change to the texts. A pin is such a fix: "these sentences
// of the first edition correspond to these of the second", or "this
// sentence has no counterpart". The aligner takes pins as fixed points and
// aligns the rest around them:
//
//   - a pin that pairs sentences cuts both editions: the stretches between
//     two such pins are aligned on their own, and can never cross a pin;
//   - a pin that leaves a sentence alone takes that sentence out of
//     whatever row the aligner put it in.
//
// Pins read from an alignment's JSON carry the text of their sentences.
// When a text has changed since, a pin whose sentences are found
// unchanged elsewhere is moved with them; one that no longer fits is
// reported, never silently dropped.

// A Pin fixes one row of a two-edition alignment.
type Pin struct {
	A, B []int // sentence indices in the first and the second edition
	// TextA and TextB are the texts of those sentences when the pin was
	// made (from JSON), to check that it still fits; nil for beads.
	TextA, TextB []string
	Score        float64 // the row's score when read from JSON; 1 otherwise
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

// ReadPins reads pins from beads ("[3, 4]:[5]" a line, "[7]:[]") or from
// the JSON of an alignment of two editions, where every row becomes a
// pin. (ReadPinTable reads the JSON of more editions.)
func ReadPins(r io.Reader, path string) ([]Pin, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' {
		t, err := pinTableFromJSON(trimmed, path)
		if err != nil {
			return nil, err
		}
		if len(t.IDs) != 2 {
			return nil, fmt.Errorf("%s: pins for two editions, and this alignment has %d", path, len(t.IDs))
		}
		return t.Pair(0, 1), nil
	}
	var pins []Pin
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		b, err := ParseBead(s)
		if err != nil {
			return nil, &BeadError{Path: path, Line: line, Msg: err.Error()}
		}
		pins = append(pins, Pin{A: b.Src, B: b.Tgt, Score: 1, Source: fmt.Sprintf("%s:%d", path, line)})
	}
	return pins, sc.Err()
}

// A PinTable holds the rows of an alignment of any number of editions as
// pins, to be projected on the pairs of editions that AlignManyPinned
// aligns.
type PinTable struct {
	IDs  []string // the editions' ids, in the alignment's order
	path string
	rows []pinRow
}

type pinRow struct {
	cells [][]int
	texts [][]string
	score float64
}

// ReadPinTable reads an alignment's JSON as a PinTable.
func ReadPinTable(r io.Reader, path string) (*PinTable, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return pinTableFromJSON(data, path)
}

func pinTableFromJSON(data []byte, path string) (*PinTable, error) {
	var doc struct {
		Editions []struct {
			ID        string `json:"id"`
			Sentences []struct {
				Text string `json:"text"`
			} `json:"sentences"`
		} `json:"editions"`
		Rows []struct {
			Cells [][]int `json:"cells"`
			Score float64 `json:"score"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: not an alignment's JSON: %v", path, err)
	}
	if len(doc.Editions) < 2 {
		return nil, fmt.Errorf("%s: an alignment has two editions at least, this one %d", path, len(doc.Editions))
	}
	t := &PinTable{path: path, rows: make([]pinRow, len(doc.Rows))}
	for _, e := range doc.Editions {
		t.IDs = append(t.IDs, e.ID)
	}
	for r, row := range doc.Rows {
		if len(row.Cells) != len(doc.Editions) {
			return nil, fmt.Errorf("%s: row %d has %d cells for %d editions", path, r, len(row.Cells), len(doc.Editions))
		}
		pr := pinRow{cells: row.Cells, texts: make([][]string, len(row.Cells)), score: row.Score}
		for e, ids := range row.Cells {
			for _, i := range ids {
				if i < 0 || i >= len(doc.Editions[e].Sentences) {
					return nil, fmt.Errorf("%s: row %d names sentence %d of edition %d, which it does not list", path, r, i, e)
				}
				pr.texts[e] = append(pr.texts[e], doc.Editions[e].Sentences[i].Text)
			}
		}
		t.rows[r] = pr
	}
	return t, nil
}

// Pair returns the pins of the table's editions x and y (indices into
// IDs): a pin per row where either has sentences, pairing them, or
// saying that those of one have no counterpart in the other.
func (t *PinTable) Pair(x, y int) []Pin {
	var pins []Pin
	for r, row := range t.rows {
		if len(row.cells[x]) == 0 && len(row.cells[y]) == 0 {
			continue
		}
		pins = append(pins, Pin{A: row.cells[x], B: row.cells[y], TextA: row.texts[x], TextB: row.texts[y],
			Score: row.score, Source: fmt.Sprintf("%s: row %d", t.path, r)})
	}
	return pins
}

// FitPins checks pins against editions a and b and returns those that can
// be used, in order, and why the others cannot: sentences out of range or
// not consecutive, texts changed (a pin whose texts stand unchanged
// elsewhere is moved there), pins that overlap or cross an earlier one.
func FitPins(pins []Pin, a, b *editions.Edition) ([]Pin, []PinProblem) {
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
		return nil, fmt.Sprintf("%s sentence %d changed or vanished: %q", e.ID, ids[0], clipText(texts[0]))
	}
	out := make([]int, len(ids))
	for k := range out {
		out[k] = found + k
	}
	return out, ""
}

func clipText(s string) string {
	if len(s) > 60 {
		cut := 60
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
		return s[:cut] + "…"
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// ComparePinned aligns b to a like Compare, with pins (already checked by
// FitPins) as fixed points.
func ComparePinned(a, b *editions.Edition, m Mode, opts VersionOptions, pins []Pin) *Alignment {
	if len(pins) == 0 {
		return Compare(a, b, m, opts)
	}
	versions := m.Resolve(a, b) == VersionsMode
	var c *versionComparer
	if versions {
		c = newVersionComparer(a, b)
	}
	pinRow := func(p Pin) Row {
		var r Row
		switch {
		case len(p.B) == 0:
			r = Row{Cells: [][]int{p.A, {}}, Kind: Deleted}
		case len(p.A) == 0:
			r = Row{Cells: [][]int{{}, p.B}, Kind: Inserted}
		case versions:
			r = c.pairRow(p.A, p.B)
		default:
			r = Row{Cells: [][]int{p.A, p.B}, Kind: Match}
		}
		r.Score = p.Score
		return r
	}
	// Cut both editions at the pins that pair sentences; align between.
	var rows []Row
	var alone []Pin // pins that leave sentences without a counterpart
	i, j := 0, 0
	for _, p := range pins {
		if len(p.A) == 0 || len(p.B) == 0 {
			alone = append(alone, p)
			continue
		}
		rows = append(rows, alignStretch(a, b, i, p.A[0], j, p.B[0], m, opts)...)
		rows = append(rows, pinRow(p))
		i, j = p.A[len(p.A)-1]+1, p.B[len(p.B)-1]+1
	}
	rows = append(rows, alignStretch(a, b, i, len(a.Sentences), j, len(b.Sentences), m, opts)...)
	for _, p := range alone {
		rows = isolate(rows, p, pinRow(p))
	}
	if versions {
		for k, r := range rows {
			switch {
			case r.Kind == Moved:
				// Moves are found again below, over the whole editions.
				rows[k].Kind, rows[k].Diffs, rows[k].Score = kindAlone(r), nil, 1
			case len(r.Cells[0]) > 0 && len(r.Cells[1]) > 0 && r.Diffs == nil && r.Kind == Changed:
				score := r.Score
				rows[k] = c.pairRow(r.Cells[0], r.Cells[1])
				rows[k].Score = score
			}
		}
		rows = c.findMoves(rows)
		ignore := map[DiffType]bool{}
		for _, t := range opts.Ignore {
			ignore[t] = true
		}
		for k := range rows {
			if rows[k].Kind == Changed && onlyIgnored(rows[k].DiffOps(0, 1), ignore) {
				rows[k].Kind = Equal
			}
		}
	}
	return &Alignment{Editions: []*editions.Edition{a, b}, Rows: rows}
}

// kindAlone is the kind of a row with sentences on one side only.
func kindAlone(r Row) RowKind {
	if len(r.Cells[0]) > 0 {
		return Deleted
	}
	return Inserted
}

// alignStretch aligns a's sentences [i0, i1) with b's [j0, j1) and
// returns rows numbered in the whole editions.
func alignStretch(a, b *editions.Edition, i0, i1, j0, j1 int, m Mode, opts VersionOptions) []Row {
	var rows []Row
	switch {
	case i0 >= i1 && j0 >= j1:
		return nil
	case i0 >= i1 || j0 >= j1:
		for i := i0; i < i1; i++ {
			rows = append(rows, Row{Cells: [][]int{{i}, {}}, Kind: Deleted, Score: 1})
		}
		for j := j0; j < j1; j++ {
			rows = append(rows, Row{Cells: [][]int{{}, {j}}, Kind: Inserted, Score: 1})
		}
		return rows
	}
	// The stretch's mode is the whole editions' mode, not one guessed
	// from a few sentences.
	sub := Compare(a.Sub(i0, i1), b.Sub(j0, j1), m.Resolve(a, b), opts)
	for _, r := range sub.Rows {
		r.Cells = [][]int{shift(r.Cells[0], i0), shift(r.Cells[1], j0)}
		rows = append(rows, r)
	}
	return rows
}

func shift(ids []int, by int) []int {
	out := make([]int, len(ids))
	for k, i := range ids {
		out[k] = i + by
	}
	return out
}

// isolate takes the sentences of a one-sided pin out of the rows that hold
// them, and puts the pin's own row where they stood.
func isolate(rows []Row, p Pin, own Row) []Row {
	side, ids := 0, p.A
	if len(p.A) == 0 {
		side, ids = 1, p.B
	}
	var out []Row
	placed := false
	for _, r := range rows {
		cell := r.Cells[side]
		if len(cell) == 0 || cell[len(cell)-1] < ids[0] || cell[0] > ids[len(ids)-1] {
			out = append(out, r)
			continue
		}
		// Split the cell into the part before the pin, the pin, and the
		// part after; the other edition's sentences stay with the part
		// before (or after, when nothing comes before).
		var before, after []int
		for _, s := range cell {
			switch {
			case s < ids[0]:
				before = append(before, s)
			case s > ids[len(ids)-1]:
				after = append(after, s)
			}
		}
		other := r.Cells[1-side]
		if len(before) > 0 {
			out = append(out, remake(r, side, before, other))
			other = nil
		}
		if !placed {
			out = append(out, own)
			placed = true
		}
		if len(after) > 0 {
			out = append(out, remake(r, side, after, other))
			other = nil
		}
		if len(other) > 0 {
			alone := Row{Cells: make([][]int, 2), Score: 1}
			alone.Cells[side], alone.Cells[1-side] = []int{}, other
			alone.Kind = kindAlone(alone)
			out = append(out, alone)
		}
	}
	return out
}

// remake returns row r with cell side replaced by ids and the other cell
// by other, its kind fitted to what it now holds.
func remake(r Row, side int, ids, other []int) Row {
	nr := Row{Cells: make([][]int, 2), Score: r.Score, Kind: r.Kind}
	nr.Cells[side], nr.Cells[1-side] = ids, other
	if other == nil {
		nr.Cells[1-side] = []int{}
	}
	if len(nr.Cells[0]) == 0 || len(nr.Cells[1]) == 0 {
		nr.Kind, nr.Diffs = kindAlone(nr), nil
	} else if len(ids) != len(r.Cells[side]) {
		nr.Diffs = nil // the word diff no longer covers the row
		if nr.Kind == Changed || nr.Kind == Equal {
			nr.Kind = Changed
		}
	} else {
		nr.Diffs = r.Diffs
	}
	return nr
}
