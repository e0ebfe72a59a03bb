package review

import (
	"fmt"

	"github.com/synoptic-text/synoptic/align"
)

// Realign.
//
// Realign runs the aligner again with the rows a person confirmed as
// fixed points (align's pins): the stretches between them are aligned
// on their own. A stretch that no edit touched since the aligner made
// it — its rows, and the confirmed rows that bound it, are the aligner's
// own — is kept as it is rather than aligned again: confirming a row the
// aligner made gives it nothing new to go by (its best path already
// passed there), and aligning a stretch on its own sees less of the text
// than the whole did, so doing it again could only churn rows no one
// changed. What the person changed is aligned again around the rows
// they confirmed; the rest stays. On Verne's Tour du monde (3,600 rows)
// this is what keeps realign under the two seconds a person waits on a
// key: the whole novel aligned again in stretches took 1 s of processor
// time, and over 2 s under load (BenchmarkVerne/realign).
//
// The session knows the aligner's rows only when it ran the aligner
// (FromAligner, then after each realign); an alignment read from a file
// may hold edits of an earlier session, so its first realign aligns
// every stretch again.

// FromAligner tells the session that its alignment is the aligner's own,
// as align.Align made it, so that realign keeps the stretches no edit
// touched.
func (s *Session) FromAligner() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.aligned = rowSet(s.al.Rows)
}

// Realign aligns the editions again with the confirmed rows as pins, as
// an undoable change, if version is current (as Apply); stretches no
// edit touched are kept. It returns the new state and the pins that
// could not be used (a confirmed row the aligner could not keep).
func (s *Session) Realign(version int) (Result, []string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(version); err != nil {
		return Result{}, nil, err
	}
	// The pins: the confirmed rows, and the rows of the stretches kept.
	keep := s.kept()
	marked := *s.al
	marked.Rows = make([]align.Row, len(s.al.Rows))
	for r, row := range s.al.Rows {
		row.Confirmed = row.Confirmed || keep[r]
		marked.Rows[r] = row
	}
	pins, err := align.ConfirmedPins(&marked, s.path)
	if err != nil {
		return Result{}, nil, err
	}
	opts := s.opts
	opts.Pins = pins
	opts.Base = s.al.Base
	al, problems := align.Align(s.al.Editions, opts)
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.Error())
	}
	// A row kept is the row it was (its kind, scores and word diffs as
	// the aligner made them, which a pin does not carry), unless it is
	// one end of a move, whose other end may have moved; the rows that
	// are the confirmed ones stay confirmed.
	old := map[string]align.Row{}
	for r, row := range s.al.Rows {
		if row.Confirmed || keep[r] {
			old[cellsKey(row.Cells)] = row
		}
	}
	for r, row := range al.Rows {
		was, ok := old[cellsKey(row.Cells)]
		switch {
		case ok && was.Kind == row.Kind && row.Kind != align.Moved:
			al.Rows[r] = was
		case ok:
			al.Rows[r].Confirmed = was.Confirmed
		}
	}
	if err := al.Check(); err != nil {
		return Result{}, nil, fmt.Errorf("realign: %v", err)
	}
	work := *s.al
	work.Rows = al.Rows
	hist := s.hist
	if sp := diffRows(s.al.Rows, work.Rows); !sp.empty() {
		hist.undo, hist.redo = append(hist.undo, sp), nil
	}
	res, err := s.commit(&work, hist)
	if err == nil {
		s.aligned = rowSet(work.Rows)
	}
	return res, msgs, err
}

// kept reports, for each row, whether realign keeps it as it is: it is
// in a stretch between confirmed rows (or before the first, or after the
// last) that no edit touched. Nothing is kept when the aligner's rows are
// not known.
func (s *Session) kept() []bool {
	rows := s.al.Rows
	keep := make([]bool, len(rows))
	if s.aligned == nil {
		return keep
	}
	ours := func(r int) bool { return r < 0 || r >= len(rows) || s.aligned[cellsKey(rows[r].Cells)] }
	for lo := 0; lo <= len(rows); {
		if lo < len(rows) && rows[lo].Confirmed {
			lo++
			continue
		}
		// The stretch [lo, hi) between the confirmed rows lo-1 and hi.
		hi := lo
		for hi < len(rows) && !rows[hi].Confirmed {
			hi++
		}
		touched := !ours(lo-1) || !ours(hi)
		for r := lo; r < hi && !touched; r++ {
			touched = !ours(r)
		}
		for r := lo; r < hi; r++ {
			keep[r] = !touched
		}
		lo = hi + 1
	}
	return keep
}

// rowSet is the set of rows by their cells.
func rowSet(rows []align.Row) map[string]bool {
	set := make(map[string]bool, len(rows))
	for _, r := range rows {
		set[cellsKey(r.Cells)] = true
	}
	return set
}
