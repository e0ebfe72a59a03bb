package review

import "github.com/synoptic-text/synoptic/align"

// A splice is one change of the rows, as undo needs it: from row At, the
// rows Old were replaced by the rows New.
type splice struct {
	At       int
	Old, New []align.Row
}

// diffRows returns the splice that turns rows before into rows after: the
// stretch between their longest common beginning and end.
func diffRows(before, after []align.Row) splice {
	p := 0
	for p < len(before) && p < len(after) && sameRow(before[p], after[p]) {
		p++
	}
	s := 0
	for s < len(before)-p && s < len(after)-p && sameRow(before[len(before)-1-s], after[len(after)-1-s]) {
		s++
	}
	return splice{At: p, Old: before[p : len(before)-s : len(before)-s], New: after[p : len(after)-s : len(after)-s]}
}

// empty reports whether the splice changes nothing.
func (s splice) empty() bool { return len(s.Old) == 0 && len(s.New) == 0 }

// undo returns rows with the splice taken back, in a new slice.
func (s splice) undo(rows []align.Row) []align.Row { return put(rows, s.At, len(s.New), s.Old) }

// redo returns rows with the splice made again, in a new slice.
func (s splice) redo(rows []align.Row) []align.Row { return put(rows, s.At, len(s.Old), s.New) }

func put(rows []align.Row, at, n int, with []align.Row) []align.Row {
	out := make([]align.Row, 0, len(rows)-n+len(with))
	out = append(out, rows[:at]...)
	out = append(out, with...)
	return append(out, rows[at+n:]...)
}

// sameRow reports whether two rows are the same: the same cells, kind,
// score, peer and status, and the same word diffs (the edits copy an
// unchanged row's diffs, so the same slice).
func sameRow(x, y align.Row) bool {
	if x.Kind != y.Kind || x.Score != y.Score || x.Peer != y.Peer || x.Confirmed != y.Confirmed ||
		len(x.Cells) != len(y.Cells) || len(x.Diffs) != len(y.Diffs) {
		return false
	}
	if len(x.Diffs) > 0 && &x.Diffs[0] != &y.Diffs[0] {
		return false
	}
	for e := range x.Cells {
		if len(x.Cells[e]) != len(y.Cells[e]) {
			return false
		}
		for k := range x.Cells[e] {
			if x.Cells[e][k] != y.Cells[e][k] {
				return false
			}
		}
	}
	return true
}

// history holds the changes that undo and redo take back and make again,
// the latest last. Popping leaves a slice without room to grow, so that
// a push on a copy of the history (a batch being tried) never writes
// into the history it was copied from.
type history struct {
	undo, redo []splice
}

func pop(s []splice) ([]splice, splice) {
	n := len(s) - 1
	return s[:n:n], s[n]
}
