package output

// Anchors without a counterpart: the views mark those that
// align.Alignment.UnmatchedAnchors finds, by the coverage report's rules.

import "github.com/synoptic-text/synoptic/editions/anchors"

// lacksCounterpart reports whether the anchor a, shown whole, is one of
// missing: a note marker by its label, each counted once (taken marks
// those used), a number or date when one of missing lies within it.
func lacksCounterpart(a anchors.Anchor, missing []anchors.Anchor, taken []bool) bool {
	for k, m := range missing {
		switch {
		case a.Kind == anchors.Marker && m.Kind == anchors.Marker:
			if !taken[k] && a.Key == m.Key {
				taken[k] = true
				return true
			}
		case a.Kind != anchors.Marker && m.Kind != anchors.Marker:
			if m.Start >= a.Start && m.End <= a.End {
				return true
			}
		}
	}
	return false
}
