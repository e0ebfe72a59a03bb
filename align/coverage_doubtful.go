// The sentences a coverage report counts as covered on rows more likely
// wrong than right.

package align

import "sort"

// doubtful lists in the report's Doubtful the source sentences counted
// as covered whose rows are doubtful (Row.Doubtful). The percentage
// counts them, for a row says the sentence has a counterpart; but the
// row is more likely wrong than right, so the counterpart is not shown:
// a sentence left out may be merged there with its neighbour, or the
// rows may pair each sentence with its neighbour's translation after an
// omission the aligner placed elsewhere. A short translation lacking
// one sentence in the middle was reported 100 % covered with nothing
// said (Ruth 2 in the Chinese Union Version without verse 16 against
// the King James Version: verses 15 and 16 one row, scored 0.91); the
// report now names the stretch a reader must check.
func (c *coverer) doubtful() {
	for _, row := range c.al.Rows {
		if !hasCounterpart(row) || !row.Doubtful() {
			continue
		}
		for _, s := range row.Cells[0] {
			if c.covered[s] {
				c.rep.Doubtful = append(c.rep.Doubtful, s)
			}
		}
	}
	sort.Ints(c.rep.Doubtful)
}

// DoubtfulRuns returns the report's Doubtful sentences as runs of
// consecutive sentences, each [first, limit).
func (r *CoverageReport) DoubtfulRuns() [][2]int {
	var out [][2]int
	for _, s := range r.Doubtful {
		if n := len(out); n > 0 && out[n-1][1] == s {
			out[n-1][1] = s + 1
			continue
		}
		out = append(out, [2]int{s, s + 1})
	}
	return out
}
