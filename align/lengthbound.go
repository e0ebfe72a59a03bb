package align

import "math"

// The search's bound on the length cost: which beads it need not cost.
//
// Most of the match beads the search looks at into a cell are worse by
// their lengths alone than what the cell already has (on
// BenchmarkAlign100k, 106 of the 214 million whose lengths were costed),
// and lengthCost, a division, a square root and another division, was a
// fifth of the search's time. Whether a bead's length cost reaches a
// level L needs none of them: tailCost is nondecreasing, so it does when
// |delta| ≥ x, the least x whose tail cost reaches L, that is when
//
//	(lb − la·ratio)² ≥ x² · variance/2 · (la·ratio + lb)
//
// (delta's square with its denominator multiplied out: variance · mean ·
// ratio is variance/2 · (la·ratio + lb)), a few products. x comes from
// a table by L, rounded up to the next boundStep.
//
// The bound only spares work, never changes a result: it says a bead is
// too dear only where lengthCost, computed as costBelow computes it,
// reaches the level with room to spare (boundSlack, far above the
// rounding of those few operations), so that the bead costed in full
// would have been no cheaper than the cell's runner-up, and the search
// would have kept neither it nor its margin. Where it cannot tell, the
// bead is costed as before.
type lengthBound struct {
	ratio float64
	// x2[k] is x² · variance/2 · (1+boundSlack) for the least x whose
	// tail cost reaches k/boundSteps; +Inf past the table's last cost.
	x2 []float64
}

// boundSteps is the levels of the bound's table per unit of cost: the
// level a bead must reach is rounded up to the next of them, so that a
// bead within 1/boundSteps of it is costed in full.
const boundSteps = 64

// boundSlack is the relative room the bound leaves for rounding: the
// operations of lengthCost and of the test round at about 1e-16 each.
const boundSlack = 1e-9

// tailRoots[k] is the least x (to within the bisection's last step,
// rounded up) at which tailCost reaches k/boundSteps + boundSlack,
// +Inf where the table never does.
var tailRoots = func() []float64 {
	top := tailTable[len(tailTable)-1]
	n := int(top*boundSteps) + 1
	roots := make([]float64, n+1)
	xMax := float64(len(tailTable)-1) / tailSteps
	for k := range roots {
		level := float64(k)/boundSteps + boundSlack
		if level > top {
			roots[k] = math.Inf(1)
			continue
		}
		lo, hi := 0.0, xMax // tailCost(hi) ≥ level
		for range 64 {
			mid := (lo + hi) / 2
			if tailCost(mid) >= level {
				hi = mid
			} else {
				lo = mid
			}
		}
		roots[k] = hi
	}
	return roots
}()

// newLengthBound returns the bound for m's length cost.
func (m *model) newLengthBound() *lengthBound {
	lb := &lengthBound{ratio: m.ratio, x2: make([]float64, len(tailRoots))}
	for k, x := range tailRoots {
		lb.x2[k] = x * x * m.p.variance / 2 * (1 + boundSlack)
	}
	return lb
}

// reaches reports whether lengthCost(la, lb) is certainly at least
// level + slack, where slack is boundSlack times 1 plus the magnitude
// of the costs the level was worked out from (scale): false where it
// cannot tell.
func (b *lengthBound) reaches(la, lb, level, scale float64) bool {
	f := (level + boundSlack*(1+scale)) * boundSteps
	if !(f > 0) || f >= float64(len(b.x2)-1) {
		return false
	}
	k := int(f) + 1 // a level at or above f/boundSteps
	d := lb - la*b.ratio
	return d*d > b.x2[k]*(la*b.ratio+lb)
}
