package output

import (
	"bufio"
	"io"
	"strconv"

	"github.com/synoptic-text/synoptic/align"
)

// writeLadder writes a two-edition alignment as hunalign writes its
// ladder: one rung per line, "i<TAB>j<TAB>score", where the rung (i, j)
// says that the first i sentences of the first edition correspond to the
// first j of the second. There is a rung where each row starts, carrying
// that row's score, and a last rung at the two editions' lengths, which
// starts no row and carries score 0. Indices count from 0; scores are
// rounded to four decimals.
//
// hunalign's README documents the last rung, and its ladder2text script
// needs it to print the last row, though hunalign 1.1's own output
// stops at the rung before. Writing it makes the ladder complete: a
// deletion or insertion at the end of the text shows, and the ladder
// can be scored against a hand alignment with no sentence missing.
func writeLadder(w io.Writer, a *align.Alignment) error {
	if err := needTwo(a, "ladder"); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	i, j := 0, 0
	rung := func(score string) {
		bw.WriteString(strconv.Itoa(i))
		bw.WriteByte('\t')
		bw.WriteString(strconv.Itoa(j))
		bw.WriteByte('\t')
		bw.WriteString(score)
		bw.WriteByte('\n')
	}
	for _, row := range a.Rows {
		rung(formatScore(row.Score))
		i += len(row.Cells[0])
		j += len(row.Cells[1])
	}
	rung("0")
	return bw.Flush()
}
