package output

// The inline terminal view: one column, like git diff --word-diff, with
// the second edition's text and the first's differences marked in it.

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/synoptic-text/synoptic/align"
)

// inlineRow writes a row in one column: the sentences of the second
// edition with the first's deletions and the second's insertions marked.
func (v *view) inlineRow(w *bufio.Writer, r int) {
	row := v.al.Rows[r]
	last := len(row.Cells) - 1
	var ps []piece
	shown := last // the edition whose text the column shows
	switch {
	case v.al.Pairwise() && len(row.Diffs) > 0:
		ps = v.inlinePieces(row.Diffs[0].Ops)
		if row.Kind == align.Moved {
			e := len(row.Cells) - 1
			if len(row.Cells[e]) == 0 {
				e = 0
			}
			ps = append(ps, piece{" ", plainStyle}, piece{v.moveNote(row, e), noteStyle})
		}
	case len(row.Cells[last]) > 0:
		ps = v.pieces(r, last)
	default:
		ps = v.pieces(r, 0)
		shown = 0
	}
	gut := doubtMark(row) + inlineRange(row)
	for k, ln := range v.wrapLines(ps, "", v.col, v.rtl(r, shown)) {
		if k > 0 {
			gut = ""
		}
		w.WriteString(strings.TrimRight(fmt.Sprintf("%*s │ %s%s", v.gutter, gut, v.indent(ln), ln), " ") + "\n")
	}
}

// inlineRange is the gutter of a row in the inline view: the last
// edition's sentence numbers, or the first's when it has none.
func inlineRange(row align.Row) string {
	if g := cellRange(row.Cells[len(row.Cells)-1]); g != "" {
		return g
	}
	return cellRange(row.Cells[0])
}

// inlinePieces shows a word diff in one text: deletions and insertions
// marked, ignored types of difference shown as the second text has them.
func (v *view) inlinePieces(ops []align.Op) []piece {
	var ps []piece
	for _, op := range ops {
		switch {
		case op.Kind == align.OpSame:
			ps = append(ps, piece{op.Text, plainStyle})
		case v.ignore[op.Type]:
			if op.Kind == align.OpInsert {
				ps = append(ps, piece{op.Text, plainStyle})
			}
		case op.Kind == align.OpDelete:
			ps = append(ps, piece{op.Text, delStyle})
		default:
			ps = append(ps, piece{op.Text, insStyle})
		}
	}
	return ps
}
