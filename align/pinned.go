package align

import (
	"github.com/synoptic-text/synoptic/editions"
)

// comparePinned aligns b to a like compare, with pins (already checked by
// fitPins) as fixed points; see pins.go.
func comparePinned(a, b *editions.Edition, m Mode, opts Options, pins []Pin) *Alignment {
	if len(pins) == 0 {
		return compare(a, b, m, opts)
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
	var warns []Warning // the stretches' (chance.go)
	var alone []Pin     // pins that leave sentences without a counterpart
	i, j := 0, 0
	for _, p := range pins {
		if len(p.A) == 0 || len(p.B) == 0 {
			alone = append(alone, p)
			continue
		}
		rows = append(rows, alignStretch(a, b, i, p.A[0], j, p.B[0], m, opts, &warns)...)
		rows = append(rows, pinRow(p))
		i, j = p.A[len(p.A)-1]+1, p.B[len(p.B)-1]+1
	}
	rows = append(rows, alignStretch(a, b, i, len(a.Sentences), j, len(b.Sentences), m, opts, &warns)...)
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
		ignore := IgnoreSet(opts.Version.Ignore)
		for k := range rows {
			if rows[k].Kind == Changed && onlyIgnored(rows[k].DiffOps(0, 1), ignore) {
				rows[k].Kind = Equal
			}
		}
		// The rows of the stretches were scored there; the moves,
		// found again here, are scored now.
		c.calibrateVersions(rows, func(r Row) bool { return r.Kind == Moved })
	}
	al := &Alignment{Editions: []*editions.Edition{a, b}, Rows: rows, versions: versions}
	al.placeWarnings(warns)
	if !versions {
		// The pins keep their scores: those of an alignment read
		// back were doubted already.
		al.wholeWarnings(a, b, false)
	}
	return al
}

// kindAlone is the kind of a row with sentences on one side only.
func kindAlone(r Row) RowKind {
	if len(r.Cells[0]) > 0 {
		return Deleted
	}
	return Inserted
}

// alignStretch aligns a's sentences [i0, i1) with b's [j0, j1) and
// returns rows numbered in the whole editions; it adds the stretch's
// warnings, in sentences of the whole editions, to warns.
func alignStretch(a, b *editions.Edition, i0, i1, j0, j1 int, m Mode, opts Options, warns *[]Warning) []Row {
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
	sub := comparePart(a.Sub(i0, i1), b.Sub(j0, j1), m.Resolve(a, b), opts)
	for _, r := range sub.Rows {
		r.Cells = [][]int{shift(r.Cells[0], i0), shift(r.Cells[1], j0)}
		rows = append(rows, r)
	}
	for _, w := range sub.Warnings {
		w.Sentences = [][2]int{{w.Sentences[0][0] + i0, w.Sentences[0][1] + i0}, {w.Sentences[1][0] + j0, w.Sentences[1][1] + j0}}
		*warns = append(*warns, w)
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
