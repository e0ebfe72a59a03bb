package output

// Anchors without a counterpart: the views mark those that
// align.Alignment.UnmatchedAnchors finds, by the coverage report's rules.

import (
	"cmp"
	"slices"
	"sort"

	"github.com/synoptic-text/synoptic/editions/anchors"
)

// A missingSet holds the anchors of one sentence that have no
// counterpart, as align.Alignment.UnmatchedAnchors finds them, for
// lacks: note markers counted by label, numbers and dates by their spans
// in order of start, so that a sentence of thousands of anchors, all
// missing (a paragraph of 20 MB against a novel), is not searched whole
// for each.
type missingSet struct {
	markers map[string]int // note markers not yet matched, by label
	starts  []int          // the other anchors' starts, in order
	minEnd  []int          // minEnd[k]: the least end of those from k on
}

func newMissingSet(missing []anchors.Anchor) *missingSet {
	m := &missingSet{markers: map[string]int{}}
	var spans []anchors.Anchor
	for _, a := range missing {
		if a.Kind == anchors.Marker {
			m.markers[a.Key]++
		} else {
			spans = append(spans, a)
		}
	}
	slices.SortStableFunc(spans, func(x, y anchors.Anchor) int { return cmp.Compare(x.Start, y.Start) })
	m.starts = make([]int, len(spans))
	m.minEnd = make([]int, len(spans))
	for k := len(spans) - 1; k >= 0; k-- {
		m.starts[k] = spans[k].Start
		m.minEnd[k] = spans[k].End
		if k+1 < len(spans) {
			m.minEnd[k] = min(m.minEnd[k], m.minEnd[k+1])
		}
	}
	return m
}

// lacks reports whether the anchor a, shown whole, is one of the missing
// anchors: a note marker by its label, each counted once, a number or
// date when one of them lies within it. (One that starts within a and
// ends after it has an end past a's, as has any that starts after a.)
func (m *missingSet) lacks(a anchors.Anchor) bool {
	if a.Kind == anchors.Marker {
		if m.markers[a.Key] > 0 {
			m.markers[a.Key]--
			return true
		}
		return false
	}
	k := sort.SearchInts(m.starts, a.Start)
	return k < len(m.starts) && m.minEnd[k] <= a.End
}
