// Line numbers: where each line of a text starts, so that a byte offset
// can be named by its line, as messages and reports name it.

package editions

import "sort"

// Lines holds the byte offset at which each line of a text starts. A line
// ends at "\n", at "\r\n" or at a lone "\r" (old Mac files), the ends
// editors count.
type Lines []int

// LineStarts returns the starts of the lines of text.
//
// The lines are counted first and the slice made to their number, not
// grown by appending: grown, the starts of bench/pathological's 20 MB
// hard-wrapped paragraph were 12.7 MB allocated for a few MB kept, made
// while synoptic coverage holds both editions and their alignment.
func LineStarts[T ~string | ~[]byte](text T) Lines {
	n := 1
	eachLineEnd(text, func(int) { n++ })
	starts := make(Lines, 1, n)
	eachLineEnd(text, func(i int) { starts = append(starts, i+1) })
	return starts
}

// eachLineEnd calls end with the offset of the last byte of each line
// ending of text: a "\n", the "\n" of a "\r\n", a lone "\r".
func eachLineEnd[T ~string | ~[]byte](text T, end func(i int)) {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			end(i)
		case '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				end(i)
			}
		}
	}
}

// Line returns the 1-based number of the line that holds byte offset off.
func (l Lines) Line(off int) int {
	return sort.Search(len(l), func(k int) bool { return l[k] > off })
}
