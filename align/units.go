package align

// Units returns the rows of the alignment as the link formats (beads,
// XCES) and the evaluation tools take them: a unit a row, in the rows'
// order, but the two ends of a move one unit. A pairwise alignment's
// move is two Moved rows, one where the first edition's sentences stand
// and one where their counterparts stand (each the other's Peer); a
// link per row would state a sentence pair the aligner found as an
// omission and an addition, and a score against a gold standard, which
// links the pair across, would count both wrong. (The formats that
// carry the text, TSV, Moses and TMX, keep each edition in order, a row
// a line.) Its unit stands where the first edition's
// sentences stand and holds both ends' sentences (RowBead), with that
// row's kind, score and diffs; the other end is not repeated. Every
// sentence is in exactly one unit; the second edition's are in order
// but for the moves'.
//
// An alignment of more editions keeps its rows as they are: a move there
// is between two of them, and a unit of all editions at one end would
// take the others' sentences out of their place.
func (a *Alignment) Units() []Row {
	if !a.Pairwise() {
		return a.Rows
	}
	moves := 0
	for _, r := range a.Rows {
		if r.Kind == Moved {
			moves++
		}
	}
	if moves == 0 {
		return a.Rows
	}
	units := make([]Row, 0, len(a.Rows)-moves/2)
	for k, r := range a.Rows {
		if r.Kind == Moved {
			if len(r.Cells[0]) == 0 {
				continue // the second edition's end, in its peer's unit
			}
			b := a.RowBead(k)
			r.Cells = [][]int{b.Src, b.Tgt}
		}
		units = append(units, r)
	}
	return units
}

// RowBead returns the sentences of the first two editions that row k
// pairs: its own, or for either end of a move between two editions, the
// first edition's sentences of the move and the second's (Units; the
// coverage check compares a move's two ends so, comparedPair).
func (a *Alignment) RowBead(k int) Bead {
	r := a.Rows[k]
	var b Bead
	if len(r.Cells) > 0 {
		b.Src = r.Cells[0]
	}
	if len(r.Cells) > 1 {
		b.Tgt = r.Cells[1]
	}
	if r.Kind != Moved || len(r.Cells) != 2 {
		return b
	}
	peer := a.Rows[r.Peer]
	if len(b.Src) == 0 {
		b.Src = peer.Cells[0]
	} else {
		b.Tgt = peer.Cells[1]
	}
	return b
}
