package align

import "fmt"

// Scores are the strict and lax precision, recall and F1 of a sentence
// alignment against a gold standard, with the raw counts they come from.
//
// The definition is the one every published Text+Berg number uses
// (Bleualign's evaluator, reimplemented in Vecalign's score.py):
//
//   - Precision is computed over the system's beads that are non-empty on
//     at least one side, so 1-0 and 0-1 beads count. A bead is
//     strict-correct if the identical bead is in the gold, and
//     lax-correct if it is strict-correct or some gold bead shares at
//     least one source and one target index with it.
//   - Recall is the same computation with gold and system swapped, after
//     every bead with an empty side has been dropped from both.
//   - Counts are summed over all documents before dividing.
type Scores struct {
	Precision, Recall, F1          float64 // strict
	LaxPrecision, LaxRecall, LaxF1 float64

	// The counts: test beads (precision denominator), strict and lax
	// hits among them; gold beads with both sides non-empty (recall
	// denominator), strict and lax hits among them.
	TestBeads, TestStrict, TestLax int
	GoldBeads, GoldStrict, GoldLax int
}

// Score scores system alignments against gold alignments, document by
// document (gold[i] with test[i]), summing the counts over all documents.
// A ratio whose denominator is zero is 0.
func Score(gold, test [][]Bead) Scores {
	var s Scores
	for d := range gold {
		var t []Bead
		if d < len(test) {
			t = test[d]
		}
		n, strict, lax := hits(t, gold[d])
		s.TestBeads += n
		s.TestStrict += strict
		s.TestLax += lax
		n, strict, lax = hits(nonNull(gold[d]), nonNull(t))
		s.GoldBeads += n
		s.GoldStrict += strict
		s.GoldLax += lax
	}
	s.Precision = ratio(s.TestStrict, s.TestBeads)
	s.Recall = ratio(s.GoldStrict, s.GoldBeads)
	s.F1 = f1(s.Precision, s.Recall)
	s.LaxPrecision = ratio(s.TestLax, s.TestBeads)
	s.LaxRecall = ratio(s.GoldLax, s.GoldBeads)
	s.LaxF1 = f1(s.LaxPrecision, s.LaxRecall)
	return s
}

// A TypeScore is the score of the beads of one shape: "1-1", "1-2",
// "2-1", "1-0", "0-1" or "other" (2-2, 3-1 …).
type TypeScore struct {
	Type string
	// Test and Gold count the beads of this shape in the system output
	// and in the gold; the hits are among them.
	Test, TestStrict, TestLax      int
	Gold, GoldStrict, GoldLax      int
	Precision, Recall, F1          float64 // strict
	LaxPrecision, LaxRecall, LaxF1 float64
}

// BeadTypes are the shapes ScoreByType reports, in its order.
var BeadTypes = []string{"1-1", "1-2", "2-1", "1-0", "0-1", "other"}

// BeadType is the shape of b, one of BeadTypes.
func BeadType(b Bead) string {
	t := fmt.Sprintf("%d-%d", len(b.Src), len(b.Tgt))
	for _, x := range BeadTypes[:5] {
		if t == x {
			return t
		}
	}
	return "other"
}

// ScoreByType scores the beads of each shape apart, so that a user sees
// where an aligner loses: precision over the system's beads of that
// shape, recall over the gold's, each strict (the identical bead on the
// other side) and lax (one sharing a source and a target sentence; for
// 1-0 and 0-1 beads, which share nothing, lax is strict). Unlike Score's
// recall, the gold's 1-0 and 0-1 beads count here: how many omissions
// and additions the aligner found is the point of their line.
func ScoreByType(gold, test [][]Bead) []TypeScore {
	byType := map[string]*TypeScore{}
	for _, t := range BeadTypes {
		byType[t] = &TypeScore{Type: t}
	}
	count := func(sys, ref []Bead, testSide bool) {
		idx := indexBeads(ref)
		for _, b := range sys {
			if len(b.Src) == 0 && len(b.Tgt) == 0 {
				continue
			}
			ts := byType[BeadType(b)]
			strict, lax := idx.match(b)
			n, st, lx := &ts.Gold, &ts.GoldStrict, &ts.GoldLax
			if testSide {
				n, st, lx = &ts.Test, &ts.TestStrict, &ts.TestLax
			}
			*n++
			if strict {
				*st++
			}
			if lax {
				*lx++
			}
		}
	}
	for d := range gold {
		var t []Bead
		if d < len(test) {
			t = test[d]
		}
		count(t, gold[d], true)
		count(gold[d], t, false)
	}
	out := make([]TypeScore, 0, len(BeadTypes))
	for _, t := range BeadTypes {
		ts := byType[t]
		ts.Precision, ts.Recall = ratio(ts.TestStrict, ts.Test), ratio(ts.GoldStrict, ts.Gold)
		ts.LaxPrecision, ts.LaxRecall = ratio(ts.TestLax, ts.Test), ratio(ts.GoldLax, ts.Gold)
		ts.F1, ts.LaxF1 = f1(ts.Precision, ts.Recall), f1(ts.LaxPrecision, ts.LaxRecall)
		out = append(out, *ts)
	}
	return out
}

// hits counts the beads of sys that are not empty on both sides, how
// many of them are in ref, and how many are in ref or overlap a ref bead
// on both sides.
//
// The lax test looks up, for each index of the bead's source side, the
// ref beads holding it, and checks them for a shared target index: linear
// in the size of the beads rather than quadratic in their number as in
// the reference implementation, with the same result.
func hits(sys, ref []Bead) (n, strict, lax int) {
	idx := indexBeads(ref)
	for _, b := range sys {
		if len(b.Src) == 0 && len(b.Tgt) == 0 {
			continue
		}
		n++
		s, l := idx.match(b)
		if s {
			strict++
		}
		if l {
			lax++
		}
	}
	return n, strict, lax
}

// A beadIndex finds the beads of a reference that a bead equals or
// overlaps.
type beadIndex struct {
	ref   []Bead
	exact map[string]bool
	bySrc map[int][]int // source index -> ref beads holding it
}

func indexBeads(ref []Bead) *beadIndex {
	x := &beadIndex{ref: ref, exact: make(map[string]bool, len(ref)), bySrc: make(map[int][]int)}
	for i, b := range ref {
		x.exact[b.key()] = true
		for _, s := range b.Src {
			x.bySrc[s] = append(x.bySrc[s], i)
		}
	}
	return x
}

// match reports whether b is in the reference (strict), and whether it
// is or some reference bead shares a source and a target index with it
// (lax).
func (x *beadIndex) match(b Bead) (strict, lax bool) {
	if x.exact[b.key()] {
		return true, true
	}
	return false, overlaps(b, x.ref, x.bySrc)
}

func overlaps(b Bead, ref []Bead, bySrc map[int][]int) bool {
	for _, s := range b.Src {
		for _, r := range bySrc[s] {
			for _, t := range ref[r].Tgt {
				for _, u := range b.Tgt {
					if t == u {
						return true
					}
				}
			}
		}
	}
	return false
}

func nonNull(beads []Bead) []Bead {
	var out []Bead
	for _, b := range beads {
		if len(b.Src) > 0 && len(b.Tgt) > 0 {
			out = append(out, b)
		}
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Reach returns how many sentences of each edition beads reach: one past
// the last sentence of the first edition, and of the second, that they
// hold. The first beads of a gold alignment are scored alone against
// the editions cut there (Edition.Sub(0, a), Sub(0, b)).
func Reach(beads []Bead) (a, b int) {
	for _, x := range beads {
		for _, i := range x.Src {
			a = max(a, i+1)
		}
		for _, j := range x.Tgt {
			b = max(b, j+1)
		}
	}
	return a, b
}
