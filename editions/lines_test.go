package editions_test

import (
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// TestLines: lines end at "\n", "\r\n" and a lone "\r", as an editor
// counts them, and an offset on a line's end belongs to that line.
func TestLines(t *testing.T) {
	text := "un\r\ndeux\rtrois\nquatre\n"
	lines := editions.LineStarts(text)
	for _, c := range []struct{ off, want int }{
		{0, 1}, {2, 1}, {3, 1}, {4, 2}, {8, 2}, {9, 3}, {14, 3}, {15, 4}, {len(text), 5},
	} {
		if got := lines.Line(c.off); got != c.want {
			t.Errorf("Line(%d) = %d, want %d (%q)", c.off, got, c.want, text[:c.off])
		}
	}
	if got := editions.LineStarts([]byte(text)).Line(9); got != 3 {
		t.Errorf("bytes: Line(9) = %d, want 3", got)
	}
}
