package align

import (
	"fmt"
	"strings"
)

// Corrections made by hand.
//
// A person reviewing an alignment (synoptic review) corrects it with five
// edits, each small enough to have a key: merge a row with the next,
// split a row in two at a sentence of one edition, shift a sentence of
// one edition to the row above or below, give a sentence a row of its own
// (an omission or an addition), and confirm a row. Each edit
// either applies whole, leaving an alignment that passes Check (every
// sentence of every edition in exactly one row, in order), or returns an
// error saying why it does not apply, and changes nothing.
//
// A row an edit makes is no longer the aligner's: it is not confirmed
// (what the person confirmed no longer exists; confirming is its own
// edit), its score is the lowest of the rows it was made from (a doubtful
// row stays doubtful until someone confirms it), and its kind follows
// from its cells (kindOfCells). Rows of versions get their word diff
// again, as the comparison of versions gives it.
//
// Edits make new rows and new cell slices and never write into the old
// ones, so that a copy of the rows taken before an edit (an undo
// history) stays as it was.

// MergeRows merges row r with row r+1.
func (a *Alignment) MergeRows(r int) error {
	if err := a.checkRow(r); err != nil {
		return err
	}
	if r+1 >= len(a.Rows) {
		return fmt.Errorf("row %d is the last: there is no next row to merge it with", r)
	}
	x, y := a.Rows[r], a.Rows[r+1]
	cells := make([][]int, len(a.Editions))
	for e := range cells {
		cells[e] = append(append([]int{}, x.Cells[e]...), y.Cells[e]...)
	}
	a.replace(r, 2, a.edited(cells, minScore(x, y)))
	return nil
}

// SplitRow splits row r before sentence at of edition e: that sentence
// and the edition's later ones in the row go to a new row below it; the
// other editions' sentences stay. Both rows must keep a sentence.
func (a *Alignment) SplitRow(r, e, at int) error {
	if err := a.checkCell(r, e); err != nil {
		return err
	}
	row := a.Rows[r]
	cell := row.Cells[e]
	k := indexOf(cell, at)
	if k < 0 {
		return fmt.Errorf("row %d has no sentence %d of edition %d (it has %s)", r, at, e, idList(cell))
	}
	top := make([][]int, len(a.Editions))
	bottom := make([][]int, len(a.Editions))
	for f := range top {
		top[f], bottom[f] = row.Cells[f], []int{}
	}
	top[e], bottom[e] = cell[:k:k], append([]int{}, cell[k:]...)
	if emptyRow(top) {
		return fmt.Errorf("splitting row %d before sentence %d of edition %d would leave nothing above", r, at, e)
	}
	a.replace(r, 1, a.edited(top, row.Score), a.edited(bottom, row.Score))
	return nil
}

// ShiftSentence moves a sentence of edition e from row r to the row
// above (up: the cell's first sentence, which becomes the last of the
// row above) or below (down: its last, which becomes the first of the
// row below). A row left with no sentence is removed.
func (a *Alignment) ShiftSentence(r, e int, up bool) error {
	if err := a.checkCell(r, e); err != nil {
		return err
	}
	to := r + 1
	if up {
		to = r - 1
	}
	if to < 0 || to >= len(a.Rows) {
		return fmt.Errorf("row %d has no row %s to shift a sentence to", r, map[bool]string{true: "above", false: "below"}[up])
	}
	from, dest := a.Rows[r], a.Rows[to]
	cell := from.Cells[e]
	rest, moved := cell[:len(cell)-1:len(cell)-1], cell[len(cell)-1]
	got := append(append([]int{}, moved), dest.Cells[e]...)
	if up {
		rest, moved = append([]int{}, cell[1:]...), cell[0]
		got = append(append([]int{}, dest.Cells[e]...), moved)
	}
	left := withCell(from.Cells, e, rest)
	target := a.edited(withCell(dest.Cells, e, got), minScore(from, dest))
	var rows []Row
	if !up {
		rows = append(rows, target)
	}
	if !emptyRow(left) {
		rows = append([]Row{a.edited(left, from.Score)}, rows...)
	}
	if up {
		// The row above comes first, in reading order.
		a.replace(to, 2, append([]Row{target}, rows...)...)
		return nil
	}
	a.replace(r, 2, rows...)
	return nil
}

// IsolateSentence gives sentence s of edition e, the first or the last of
// its cell in row r, a row of its own: above the row for the first,
// below for the last. It marks an omission (a sentence of the base
// edition without counterpart) or an addition (another edition's). A
// sentence in the middle of its cell is split off first (SplitRow).
func (a *Alignment) IsolateSentence(r, e, s int) error {
	if err := a.checkCell(r, e); err != nil {
		return err
	}
	row := a.Rows[r]
	cell := row.Cells[e]
	alone := make([][]int, len(a.Editions))
	for f := range alone {
		alone[f] = []int{}
	}
	alone[e] = []int{s}
	switch {
	case indexOf(cell, s) < 0:
		return fmt.Errorf("row %d has no sentence %d of edition %d (it has %s)", r, s, e, idList(cell))
	case emptyRow(withCell(row.Cells, e, []int{})) && len(cell) == 1:
		return fmt.Errorf("sentence %d of edition %d is alone in row %d already", s, e, r)
	case s == cell[0]:
		a.replace(r, 1, a.edited(alone, row.Score), a.edited(withCell(row.Cells, e, append([]int{}, cell[1:]...)), row.Score))
	case s == cell[len(cell)-1]:
		a.replace(r, 1, a.edited(withCell(row.Cells, e, cell[:len(cell)-1:len(cell)-1]), row.Score), a.edited(alone, row.Score))
	default:
		return fmt.Errorf("sentence %d is in the middle of edition %d's sentences in row %d: split the row first", s, e, r)
	}
	return nil
}

// ConfirmRow marks row r as checked by a person, or, with on false, as
// the aligner's again.
func (a *Alignment) ConfirmRow(r int, on bool) error {
	if err := a.checkRow(r); err != nil {
		return err
	}
	rows := append([]Row(nil), a.Rows...)
	rows[r].Confirmed = on
	a.Rows = rows
	return nil
}

func (a *Alignment) checkRow(r int) error {
	if r < 0 || r >= len(a.Rows) {
		return fmt.Errorf("no row %d (there are %d)", r, len(a.Rows))
	}
	return nil
}

func (a *Alignment) checkCell(r, e int) error {
	if err := a.checkRow(r); err != nil {
		return err
	}
	if e < 0 || e >= len(a.Editions) {
		return fmt.Errorf("no edition %d (there are %d)", e, len(a.Editions))
	}
	if len(a.Rows[r].Cells[e]) == 0 {
		return fmt.Errorf("row %d has no sentence of edition %d", r, e)
	}
	return nil
}

// replace puts rows in place of the n rows from r, in a new slice, and
// renumbers the peers of moved rows; a moved row whose other end was
// replaced is a plain deletion or insertion now.
func (a *Alignment) replace(r, n int, rows ...Row) {
	out := make([]Row, 0, len(a.Rows)-n+len(rows))
	out = append(out, a.Rows[:r]...)
	out = append(out, rows...)
	out = append(out, a.Rows[r+n:]...)
	delta := len(rows) - n
	for i := range out {
		if out[i].Kind != Moved || i >= r && i < r+len(rows) {
			continue
		}
		switch p := out[i].Peer; {
		case p >= r+n:
			out[i].Peer = p + delta
		case p >= r:
			confirmed := out[i].Confirmed
			out[i] = a.edited(out[i].Cells, out[i].Score)
			out[i].Confirmed = confirmed
		}
	}
	a.Rows = out
}

// edited returns the row an edit makes of cells.
func (a *Alignment) edited(cells [][]int, score float64) Row {
	row := Row{Cells: cells, Score: score, Kind: kindOfCells(cells, a.Base)}
	if row.Kind != Match || !a.OfVersions() {
		return row
	}
	if !a.Pairwise() {
		row.Kind = Changed
		if a.Editions[0].Joined(cells[0]) == a.Editions[1].Joined(cells[1]) && len(cells) == 2 {
			row.Kind = Equal
		}
		return row
	}
	ops := WordDiff(a.Editions[0].Joined(cells[0]), a.Editions[1].Joined(cells[1]))
	row.Kind = Equal
	for _, op := range ops {
		if op.Kind != OpSame {
			row.Kind, row.Diffs = Changed, pairDiffs(ops)
			break
		}
	}
	return row
}

// kindOfCells is the kind of a row by which editions have sentences in
// it: Inserted without the base edition's, Deleted with only those,
// Match otherwise.
func kindOfCells(cells [][]int, base int) RowKind {
	if len(cells[base]) == 0 {
		return Inserted
	}
	for e, c := range cells {
		if e != base && len(c) > 0 {
			return Match
		}
	}
	return Deleted
}

// OfVersions reports whether the alignment compares versions of one
// text: made so by the comparison of versions (Alignment.versions), or,
// for an alignment read back from its JSON, which does not say, when a
// row has a kind only versions have: equal, changed, or moved with a
// word diff (a translation's passage moved, translation_moves.go, has
// none; a version's moved sentence has one unless its text is
// unchanged, and then the alignment has equal rows too). (An alignment
// read back whose rows pair nothing at all reads as a translation's.)
func (a *Alignment) OfVersions() bool {
	if a.versions {
		return true
	}
	for _, r := range a.Rows {
		if r.Kind == Equal || r.Kind == Changed || r.Kind == Moved && len(r.Diffs) > 0 {
			return true
		}
	}
	return false
}

func minScore(x, y Row) float64 {
	if y.Score < x.Score {
		return y.Score
	}
	return x.Score
}

func withCell(cells [][]int, e int, cell []int) [][]int {
	out := make([][]int, len(cells))
	copy(out, cells)
	out[e] = cell
	return out
}

func indexOf(ids []int, x int) int {
	for k, i := range ids {
		if i == x {
			return k
		}
	}
	return -1
}

func idList(ids []int) string {
	parts := make([]string, len(ids))
	for k, i := range ids {
		parts[k] = fmt.Sprint(i)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
