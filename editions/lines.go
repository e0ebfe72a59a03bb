// Line numbers: where each line of a text starts, so that a byte offset
// can be named by its line, as messages and reports name it.

package editions

import "sort"

// Lines holds the byte offset at which each line of a text starts. A line
// ends at "\n", at "\r\n" or at a lone "\r" (old Mac files), the ends
// editors count.
type Lines []int

// LineStarts returns the starts of the lines of text.
func LineStarts[T ~string | ~[]byte](text T) Lines {
	starts := Lines{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				starts = append(starts, i+1)
			}
		}
	}
	return starts
}

// Line returns the 1-based number of the line that holds byte offset off.
func (l Lines) Line(off int) int {
	return sort.Search(len(l), func(k int) bool { return l[k] > off })
}
