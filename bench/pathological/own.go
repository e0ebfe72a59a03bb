package main

// How right the alignment of a case of copies is (benchCase.copies): the
// share of source sentences whose row holds their own translation.

import (
	"fmt"
	"io"

	"github.com/synoptic-text/synoptic/align"
)

// ownShare returns, of al's source sentences (edition 0), how many stand
// in a row that holds their own translation, the target sentence of the
// same text, as a match or as the two ends of a move (a Moved row and
// its Peer); how many there are; and how many Moved rows pair them.
func ownShare(al *align.Alignment) (own, total, moved int) {
	src, tgt := al.Editions[0], al.Editions[1]
	total = len(src.Sentences)
	for _, row := range al.Rows {
		var other []int
		switch row.Kind {
		case align.Match:
			other = row.Cells[1]
		case align.Moved:
			if len(row.Cells[0]) == 0 {
				continue // the other end, counted from the source's
			}
			other = al.Rows[row.Peer].Cells[1]
			moved++
		default:
			continue
		}
		for _, s := range row.Cells[0] {
			for _, t := range other {
				if src.Sentences[s].Text == tgt.Sentences[t].Text {
					own++
					break
				}
			}
		}
	}
	return own, total, moved
}

// writeOwn writes the child's line "own OWN TOTAL MOVED" of ownShare.
func writeOwn(w io.Writer, al *align.Alignment) {
	own, total, moved := ownShare(al)
	fmt.Fprintf(w, "own %d %d %d\n", own, total, moved)
}
