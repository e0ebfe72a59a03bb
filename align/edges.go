package align

import (
	"slices"

	"github.com/synoptic-text/synoptic/editions/anchors"
)

// Numbers cut by a boundary.
//
// A translator who moves a clause across a sentence boundary moves its
// numbers and dates with it: "[…] 250 Höhenmeter erforderten zwei
// Tage ." / "Sechs Stunden […]" against "[…] coûtèrent des heures
// d'efforts ." / "Il fallut deux jours pour gravir 250 m. Six heures
// […]". Split there, one to one, the boundary between the two matches
// cuts the number: it ends one sentence of one edition and begins the
// next of the other. Where the boundary is the translator's, the
// number stays on one side of it. A match whose end cuts a number or a
// date so — the last edgeShare of a[i-1] holds one that the first
// edgeShare of b[j] holds, or the last of b[j-1] one of the first of
// a[i] — pays edgeCost.
//
// On the Text+Berg dev gold, 1 of the 381 boundaries cuts a number or
// date so, of the 1524 boundaries one sentence off them 8; on the test
// gold, none of 858 and 4 of 3432. go run ./bench/textberg: strict F1
// dev 0.867 → 0.874 (the search found [84]:[124, 125, 126, 127],
// [85]:[128], "1953 die Expedition des AACZ, […]" / "Von diesem
// Unternehmen […] 1956 […]", and [194, 195]:[228]), test 0.895 and as
// one document 0.895 unchanged; with -dict auto dev 0.886 → 0.893, test
// 0.915 and as one document 0.904 unchanged (before compounds were
// looked up by their heads, dictionary.go: dev 0.881 → 0.888, test
// 0.913). Genesis, the Manifesto and Verne's chapters as
// before; go run ./bench/coverage -seed 1 and the calibration (-calibrate
// test: ECE 0.029, 0.963 of the rows scored 0.9 or more right) as
// before.
//
// Names and markers counted too (ends.go records the figures): at edge
// cost 1.9 dev 0.874 as well (with -dict auto 0.893); at 3, dev 0.879,
// but go run ./bench/coverage -seed 1 found the single sentences
// removed from Verne with precision 0.914 → 0.853, as numbers alone do
// at 3. Numbers and dates are what a translation keeps as they are, and
// alone they are enough for the figures above.

// edgeShare is the share of a sentence's bytes at either end where a
// number is at its edge. Chosen on the Text+Berg dev document with all
// anchors (ends.go: 15 % and 20 % gave dev 0.879, 25 % 0.876 with test
// 0.895 → 0.892); for numbers alone, at edgeCost, 10 %, 15 %, 20 % and
// 25 % give dev 0.869, 0.874, 0.874, 0.874, test 0.895 at each.
const edgeShare = 0.15

// edgeCost is what a match pays whose end cuts a number. Chosen on the
// Text+Berg dev document: 1.5, 2, 2.5 and 3 give dev 0.869, 0.874,
// 0.874, 0.874, test 0.895 at each; the least of the best, since at 3
// go run ./bench/coverage -seed 1 found the single sentences removed
// from Verne with precision 0.914 → 0.853 (at 2.5, 0.914). It is more
// than the dev gold's own log-likelihood ratio (0.7: boundaries one
// sentence off cut a number twice as often as the gold's), which counts
// every boundary; the search weighs the few it hesitates over.
const edgeCost = 2.0

// edgeNumber returns whether anchor a of a text of n bytes is a number
// or a date at the text's start (its first edgeShare) and at its end.
func edgeNumber(a anchors.Anchor, n int) (head, tail bool) {
	switch a.Kind {
	case anchors.Number, anchors.Range, anchors.Date:
	default:
		return false, false
	}
	return float64(a.Start) < edgeShare*float64(n), float64(a.End) > (1-edgeShare)*float64(n)
}

// meets reports whether the sorted lists x and y share an element.
func meets(x, y []int32) bool {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// edgeCut reports whether the boundary after a match ending before
// a[i], b[j] cuts a number (see above); false at the texts' ends and
// where a side was made without its edges.
func (m *model) edgeCut(i, j int) bool {
	a, b := m.a, m.b
	if i <= 0 || j <= 0 || i >= a.n || j >= b.n || len(a.head.start) < a.n || len(b.head.start) < b.n {
		return false
	}
	return meets(a.tail.at(i-1), b.head.at(j)) || meets(b.tail.at(j-1), a.head.at(i))
}

// boundaryCost is what the end of a match ending before a[i], b[j]
// pays: for ends that differ (ends.go, ends_open.go) and for a number
// it cuts.
func (m *model) boundaryCost(i, j int) float64 {
	c := 0.0
	if m.endCost > 0 && m.endsDiffer(i, j) {
		c += m.endCost
	}
	if m.openCost > 0 && m.opensDiffer(i, j) {
		c += m.openCost
	}
	if m.edgeCut(i, j) {
		c += edgeCost
	}
	return c
}

// matchBoundary is boundaryCost for a bead of type t ending before a[i],
// b[j] when it is a match; a sentence with no counterpart pays none.
func (m *model) matchBoundary(t, i, j int) float64 {
	if beadTypes[t].a == 0 || beadTypes[t].b == 0 {
		return 0
	}
	return m.boundaryCost(i, j)
}

// sortedIDs sorts ids in place and returns them.
func sortedIDs(ids []int32) []int32 {
	slices.Sort(ids)
	return ids
}
