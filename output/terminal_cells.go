package output

// What a cell of the terminal view shows: the text of its sentences in
// styles, with word differences, anchors and the other end of a move
// marked.

import (
	"fmt"
	"sort"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// diffInto returns the diff of a many-edition row whose result is
// edition e's text, if any.
func diffInto(row align.Row, e int) *align.Diff {
	for k := range row.Diffs {
		if row.Diffs[k].To == e {
			return &row.Diffs[k]
		}
	}
	return nil
}

// pieces returns the text of edition e's cell in row r, in styles. The
// slice is valid until the next call: it is v.ps, kept from cell to cell
// (the pieces of a cell are wrapped before the next cell's are made).
func (v *view) pieces(r int, e int) []piece {
	row := v.al.Rows[r]
	cell := row.Cells[e]
	if len(cell) == 0 {
		return nil
	}
	ed := v.al.Editions[e]
	ps := v.ps[:0]
	if d := diffInto(row, e); d != nil && !v.al.Pairwise() {
		// Many editions: the column shows its diff against the edition it
		// was compared with, deletions and insertions both.
		ps := v.inlinePieces(d.Ops)
		if row.Kind == align.Moved {
			ps = append(ps, piece{" ", plainStyle}, piece{v.moveNote(row, e), noteStyle})
		}
		return ps
	}
	switch {
	case v.al.Pairwise() && len(row.Diffs) > 0:
		want := align.OpDelete
		if e == 1 {
			want = align.OpInsert
		}
		for _, op := range row.Diffs[0].Ops {
			switch {
			case op.Kind == align.OpSame || op.Kind == want && v.ignore[op.Type]:
				ps = append(ps, piece{op.Text, plainStyle})
			case op.Kind == want && e == 0:
				ps = append(ps, piece{op.Text, delStyle})
			case op.Kind == want:
				ps = append(ps, piece{op.Text, insStyle})
			}
		}
	case row.Kind == align.Deleted:
		ps = append(ps, piece{ed.Joined(cell), delStyle})
	case row.Kind == align.Inserted:
		ps = append(ps, piece{ed.Joined(cell), insStyle})
	case !v.versions || len(row.Cells) > 2 && row.Kind == align.Match:
		var missing [][]anchors.Anchor
		if row.Kind == align.Match || row.Kind == align.Changed {
			if v.unmatchedRow != r+1 {
				v.unmatched = v.al.UnmatchedAnchors(r, func(f int) bool { return diffInto(row, f) != nil })
				v.unmatchedRow = r + 1
			}
			missing = v.unmatched[e]
		}
		ps = v.withAnchors(ed, cell, missing, namesBesides(v.al, r, e))
	default:
		ps = append(ps, piece{ed.Joined(cell), plainStyle})
	}
	if row.Kind == align.Moved && len(cell) > 0 {
		ps = append(ps, piece{" ", plainStyle}, piece{v.moveNote(row, e), noteStyle})
	}
	v.ps = ps
	return ps
}

// joined is what the pieces of edition e's cell in row r may be end to
// end, which spares lineWrap a copy when they are: the text of the
// cell's one sentence, which a word diff's ops or the sentence's anchors
// cut in pieces. It is "" for a cell of several sentences.
func (v *view) joined(r, e int) string {
	if cell := v.al.Rows[r].Cells[e]; len(cell) == 1 {
		return v.al.Editions[e].Sentences[cell[0]].Text
	}
	return ""
}

// moveNote says where the other end of a move stands, by the sentence
// numbers shown in the other column's gutter.
func (v *view) moveNote(row align.Row, e int) string {
	peer := v.al.Rows[row.Peer]
	if len(row.Cells) == 2 {
		if e == 0 {
			return "moved to " + cellRange(peer.Cells[1])
		}
		return "moved from " + cellRange(peer.Cells[0])
	}
	// Many editions: the move is between edition e and the one it was
	// compared with, whose sentences stand in the peer row.
	from := -1
	for _, d := range row.Diffs {
		if d.To == e {
			from = d.From
		}
	}
	for k, c := range peer.Cells {
		if from < 0 && k != e && len(c) > 0 {
			from = k
		}
	}
	if from < 0 || len(peer.Cells[from]) == 0 {
		return "moved"
	}
	verb := "moved from"
	if len(peer.Cells[e]) > 0 {
		verb = "moved to"
		from = e
	}
	return fmt.Sprintf("%s %s %s", verb, v.al.Editions[from].ID, cellRange(peer.Cells[from]))
}

// withAnchors shows the sentences of a translation with their anchors —
// numbers, dates, names, note markers — highlighted, and those missing
// (by sentence of the cell, as align.Alignment.UnmatchedAnchors finds
// them) in a style of their own, as the parallel edition flags them.
//
// A word of a script without case that may be a name (an
// anchors.Anchor's Candidate: any Hebrew, Arabic, Syriac or hangul word) is
// highlighted only when one of its readings is a name another column of
// the row has (named: rowNames.shown), lest every word of the column be.
func (v *view) withAnchors(ed *editions.Edition, cell []int, missing [][]anchors.Anchor, named rowNames) []piece {
	var ps []piece
	for k, si := range cell {
		if k > 0 {
			if sep := ed.Separator(cell[k-1], si); sep != "" {
				ps = append(ps, piece{sep, plainStyle})
			}
		}
		text := ed.Sentences[si].Text
		as := anchors.Extract(text, ed.Lang)
		sort.Slice(as, func(x, y int) bool { return as[x].Start < as[y].Start })
		var miss []anchors.Anchor
		if missing != nil {
			miss = missing[k]
		}
		flagged := newMissingSet(miss)
		pos := 0
		for _, a := range as {
			if a.Kind == anchors.Punct || a.Start < pos || a.End > len(text) {
				continue
			}
			if _, ok := named.shown(a); !ok {
				continue
			}
			st := anchorStyle
			if flagged.lacks(a) {
				st = missingStyle
			}
			ps = append(ps, piece{text[pos:a.Start], plainStyle}, piece{text[a.Start:a.End], st})
			pos = a.End
		}
		ps = append(ps, piece{text[pos:], plainStyle})
	}
	return ps
}
