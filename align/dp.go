package align

import (
	"math"
)

// A beadType is a shape of bead: a sentences of the first edition against
// b of the second.
type beadType struct{ a, b int }

// beadTypes are the shapes the search considers. Larger ones (1-4, 3-2)
// exist in real translations but are rare enough that allowing them costs
// more wrong merges than it gains.
var beadTypes = [...]beadType{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {1, 3}, {3, 1}}

// params are the weights of the cost model, tuned on the Text+Berg dev
// document (see tune_test.go).
type params struct {
	prior       [len(beadTypes)]float64 // -log P(bead type); for 1-0 and 0-1, of opening a run
	extend      [3]float64              // cost of extending a run of 1-0 (extend[1]) or 0-1 (extend[2]) beads
	variance    float64                 // Gale–Church s²: variance of the length ratio per character
	sim         float64                 // weight of lexical similarity against the length cost
	simBase     float64                 // similarity of a typical true pair: less costs, more earns
	delLen      float64                 // cost per √character of a sentence left unaligned
	raw         float64                 // weight of the shared feature weight itself, not normalized
	miss        float64                 // cost per unit weight of a number or date on one side only
	classWeight [nClasses]float64       // weight of each feature class
	minWord     int                     // shortest word (bytes) compared whole
	minCognate  int                     // shortest word compared by prefix
	prefix      int                     // prefix length for cognates
	paraCross   float64                 // cost of a bead spanning a paragraph break on one side
	paraEdge    float64                 // cost of a paragraph ending on one side only
	learnMin    int                     // co-occurrences a learnt word pair needs
	learnDice   float64                 // Dice coefficient a learnt word pair needs
	stem        int                     // letters of a word kept when learning pairs (0: all)
	delSim      float64                 // cost of leaving out a sentence similar to a neighbour
	varFloor    float64                 // variance added to the length model's, for short sentences
	simPow      float64                 // exponent applied to the similarity
	learnAll    bool                    // learn from all matched beads, not only 1-1
	margin      float64                 // weight of the mean similarity subtracted from a bead's
	softTrans   bool                    // weigh learnt pairs by their Dice coefficient
	simMode     int                     // 0 Dice, 1 overlap, 2 cosine
	iters       int                     // rounds of learning and realigning
	adapt       float64                 // weight, in beads, of the prior bead-type costs against those of the first pass
}

func defaultParams() *params {
	p := &params{
		variance:    10.2,
		sim:         10.8,
		simBase:     0.1667,
		delLen:      0.12,
		raw:         0,
		miss:        0,
		classWeight: [nClasses]float64{fWord: 1, fPrefix: 0.333, fNumber: 2, fDate: 2, fName: 1.5, fMarker: 1, fPunct: 0.5, fTrans: 3},
		minWord:     2,
		minCognate:  5,
		prefix:      4,
		paraCross:   2,
		paraEdge:    1,
		learnMin:    3,
		learnDice:   0.5,
		iters:       1,
		stem:        0,
		simPow:      1,
	}
	probs := [len(beadTypes)]float64{0.778, 0.012, 0.05, 0.0556, 0.09, 0.013, 0.009, 0.0036}
	for i, pr := range probs {
		p.prior[i] = -math.Log(pr)
	}
	p.extend[1], p.extend[2] = p.prior[1], -math.Log(0.3)
	return p
}

// model scores beads between two sides.
type model struct {
	p      *params
	a, b   *side
	w      []float64
	strict []bool  // whether a feature is a number or date, expected on both sides
	ratio  float64 // characters of b per character of a
	paras  bool    // whether paragraph breaks are evidence
	// hubA, hubB are the mean similarity of each sentence in the band
	// (see hubs).
	hubA, hubB []float64
}

func newModel(a, b *side, v *vocab, p *params) *model {
	m := &model{p: p, a: a, b: b, w: v.w, ratio: 1, strict: v.strict}
	la, lb := 0.0, 0.0
	for _, l := range a.length {
		la += l
	}
	for _, l := range b.length {
		lb += l
	}
	m.ratio = smoothedRatio(la, lb)
	// Paragraphs count only when both editions have several and their
	// numbers are comparable; a mismatched paragraphing (one edition
	// presegmented without breaks, or hard-wrapped) is ignored.
	pa, pb := float64(a.paras), float64(b.paras)
	m.paras = pa > 1 && pb > 1 && pa/pb < 1.5 && pb/pa < 1.5
	return m
}

// ratioPrior is how many characters of evidence the length ratio's
// prior of 1 is worth. Most translations between European languages are
// within 20% of their original's length; a short text, or one with much
// material on one side only, says little more than that.
const ratioPrior = 2000

func smoothedRatio(la, lb float64) float64 {
	return (lb + ratioPrior) / (la + ratioPrior)
}

// matchedRatio re-estimates the length ratio from the matched beads of
// a first alignment, leaving out what it found unaligned.
func (m *model) matchedRatio(path []step) float64 {
	la, lb := 0.0, 0.0
	for _, st := range path {
		bt := beadTypes[st.t]
		if bt.a == 0 || bt.b == 0 {
			continue
		}
		for k := st.i - bt.a; k < st.i; k++ {
			la += m.a.length[k]
		}
		for k := st.j - bt.b; k < st.j; k++ {
			lb += m.b.length[k]
		}
	}
	return smoothedRatio(la, lb)
}

// lengthCost is the Gale–Church cost of aligning la characters with lb:
// -log of the probability that a translation of la characters differs
// in length from lb at least this much.
func (m *model) lengthCost(la, lb float64) float64 {
	mean := (la + lb/m.ratio) / 2
	if mean <= 0 {
		return 0
	}
	delta := (lb - la*m.ratio) / math.Sqrt(m.p.variance*mean*m.ratio+m.p.varFloor)
	return tailCost(math.Abs(delta))
}

// tailCost returns -log P(|Z| ≥ x) for a standard normal Z, the
// Gale–Church length cost, from a table: the search needs it for every
// bead it considers, and erfc and log dominated its time.
func tailCost(x float64) float64 {
	f := x * tailSteps
	k := int(f)
	if k >= len(tailTable)-1 {
		return tailTable[len(tailTable)-1]
	}
	frac := f - float64(k)
	return tailTable[k]*(1-frac) + tailTable[k+1]*frac
}

const tailSteps = 64 // table entries per unit of x

// tailTable tabulates -log erfc(x/√2) from 0 to 7.5, where the
// probability is about 1e-13; costs beyond are capped, as a bead is then
// impossible by length anyway and the cap keeps the scores finite.
var tailTable = func() []float64 {
	t := make([]float64, 7.5*tailSteps+1)
	for k := range t {
		t[k] = -math.Log(math.Erfc(float64(k) / tailSteps / math.Sqrt2))
	}
	return t
}()

// pairFunc returns the shared feature weight of sentences i of a and j
// of b (0-based).
type pairFunc func(i, j int) (all, strict float64)

// cost returns the cost of the bead of type t ending before sentences i
// of a and j of b, and its lexical similarity in [0,1].
func (m *model) cost(t int, i, j int, pair pairFunc) (cost, sim float64) {
	bt := beadTypes[t]
	p := m.p
	cost = p.prior[t]
	la, lb, wa, wb, sa, sb := 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
	for k := i - bt.a; k < i; k++ {
		la += m.a.length[k]
		wa += m.a.weight[k]
		sa += m.a.strict[k]
	}
	for k := j - bt.b; k < j; k++ {
		lb += m.b.length[k]
		wb += m.b.weight[k]
		sb += m.b.strict[k]
	}
	if bt.a == 0 || bt.b == 0 {
		// Gale–Church's length cost for a 1-0 bead grows with the
		// square root of the length: long unaligned sentences are
		// rare, but not as rare as the normal tail would have it.
		cost += p.delLen * math.Sqrt(la+lb)
		// A sentence that shares words with a neighbour on the other
		// side is more likely part of a bead with it than untranslated.
		if p.delSim > 0 {
			cost += p.delSim * m.neighbourSim(bt, i, j, pair)
		}
	} else {
		cost += m.lengthCost(la, lb)
	}
	if bt.a > 0 && bt.b > 0 {
		sh, st := 0.0, 0.0
		for x := i - bt.a; x < i; x++ {
			for y := j - bt.b; y < j; y++ {
				all, strict := pair(x, y)
				sh += all
				st += strict
			}
		}
		switch p.simMode {
		case 0:
			if wa+wb > 0 {
				sim = math.Min(1, 2*sh/(wa+wb))
			}
		case 1:
			if d := math.Min(wa, wb); d > 0 {
				sim = math.Min(1, sh/d)
			}
		case 2:
			if d := math.Sqrt(wa * wb); d > 0 {
				sim = math.Min(1, sh/d)
			}
		}
		if p.margin > 0 {
			h := 0.0
			for x := i - bt.a; x < i; x++ {
				h += m.hubA[x]
			}
			for y := j - bt.b; y < j; y++ {
				h += m.hubB[y]
			}
			sim -= p.margin * h / float64(bt.a+bt.b)
		}
		if p.simPow != 1 {
			sim = math.Pow(sim, p.simPow)
		}
		cost += p.sim*(p.simBase-sim) - p.raw*sh + p.miss*math.Max(0, sa+sb-2*st)
	}
	if m.paras {
		if bt.a > 1 && m.a.para[i-bt.a] != m.a.para[i-1] {
			cost += p.paraCross
		}
		if bt.b > 1 && m.b.para[j-bt.b] != m.b.para[j-1] {
			cost += p.paraCross
		}
		if bt.a > 0 && bt.b > 0 && m.a.paraEnd[i-1] != m.b.paraEnd[j-1] {
			cost += p.paraEdge
		}
	}
	return cost, sim
}

// neighbourSim returns the highest Dice similarity between the one
// sentence of a 1-0 or 0-1 bead ending at (i, j) and the sentences of the
// other side just before and just after it.
func (m *model) neighbourSim(bt beadType, i, j int, pair pairFunc) float64 {
	best := 0.0
	if bt.a == 1 {
		x := i - 1
		for _, y := range [2]int{j - 1, j} {
			if y >= 0 && y < m.b.n {
				if d := m.a.weight[x] + m.b.weight[y]; d > 0 {
					all, _ := pair(x, y)
					best = math.Max(best, 2*all/d)
				}
			}
		}
	} else {
		y := j - 1
		for _, x := range [2]int{i - 1, i} {
			if x >= 0 && x < m.a.n {
				if d := m.a.weight[x] + m.b.weight[y]; d > 0 {
					all, _ := pair(x, y)
					best = math.Max(best, 2*all/d)
				}
			}
		}
	}
	return math.Min(1, best)
}

// shared returns the weight of the features a[i] and b[j] share, and the
// part of it that is numbers and dates.
func (m *model) shared(i, j int) (all, strict float64) {
	x, y := m.a.feats[i], m.b.feats[j]
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i].id < y[j].id:
			i++
		case x[i].id > y[j].id:
			j++
		default:
			w := float64(min(x[i].n, y[j].n)) * m.w[x[i].id]
			all += w
			if m.strict[x[i].id] {
				strict += w
			}
			i++
			j++
		}
	}
	return all, strict
}

// hubs sets, for every sentence, its mean Dice similarity with the
// sentences of the other side it is compared with in the band. Some
// sentences resemble everything (they are long, or full of common
// names); subtracting this mean, as margin-based scores do for sentence
// embeddings, keeps them from winning every bead they are near.
func (m *model) hubs(bd *band, pairs [][2]float32) {
	m.hubA = make([]float64, m.a.n)
	m.hubB = make([]float64, m.b.n)
	nb := make([]int, m.b.n)
	for i := 1; i < len(bd.lo); i++ {
		cnt := 0
		for j := max(1, bd.lo[i]); j <= bd.hi[i]; j++ {
			k, _ := bd.index(i, j)
			d := m.a.weight[i-1] + m.b.weight[j-1]
			if d <= 0 {
				continue
			}
			dice := 2 * float64(pairs[k][0]) / d
			m.hubA[i-1] += dice
			m.hubB[j-1] += dice
			nb[j-1]++
			cnt++
		}
		if cnt > 0 {
			m.hubA[i-1] /= float64(cnt)
		}
	}
	for j := range m.hubB {
		if nb[j] > 0 {
			m.hubB[j] /= float64(nb[j])
		}
	}
}

// stateOf returns the search state a bead of type t leaves: 1 after a
// 1-0 bead, 2 after a 0-1 bead, 0 after a match.
func stateOf(t int) int {
	if t == 1 || t == 2 {
		return t
	}
	return 0
}

// band is the part of the (n+1)×(m+1) grid the search visits: for row i
// (sentences of a consumed), the columns lo[i]..hi[i] inclusive.
type band struct {
	lo, hi []int
	off    []int // index of (i, lo[i]) in the flat arrays
	size   int
}

func newBand(lo, hi []int) *band {
	bd := &band{lo: lo, hi: hi, off: make([]int, len(lo))}
	for i := range lo {
		bd.off[i] = bd.size
		bd.size += hi[i] - lo[i] + 1
	}
	return bd
}

func (bd *band) index(i, j int) (int, bool) {
	if i < 0 || i >= len(bd.lo) || j < bd.lo[i] || j > bd.hi[i] {
		return 0, false
	}
	return bd.off[i] + j - bd.lo[i], true
}

// step is one bead of the best path.
type step struct {
	t    int // index into beadTypes
	i, j int // the bead ends before a[i], b[j]
	sim  float64
	cost float64
}

// search finds the cheapest monotone sequence of beads through the band
// by dynamic programming, and reports whether the path touched the band's
// edge (where a wider band might find a cheaper one).
func (m *model) search(bd *band) (path []step, touched bool) {
	n := len(bd.lo) - 1
	inf := math.Inf(1)
	var best [3][]float64
	var back [3][]int8
	for s := range best {
		best[s] = make([]float64, bd.size)
		back[s] = make([]int8, bd.size)
	}
	// pairs caches the shared weight of a[i-1], b[j-1] at cell (i, j).
	pairs := make([][2]float32, bd.size)
	for i := 0; i <= n; i++ {
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			k, _ := bd.index(i, j)
			if i > 0 && j > 0 {
				all, strict := m.shared(i-1, j-1)
				pairs[k] = [2]float32{float32(all), float32(strict)}
			}
		}
	}
	pair := func(x, y int) (float64, float64) {
		if k, ok := bd.index(x+1, y+1); ok {
			return float64(pairs[k][0]), float64(pairs[k][1])
		}
		return m.shared(x, y)
	}
	if m.p.margin > 0 {
		m.hubs(bd, pairs)
	}
	// Three states per cell, after the last bead: a match, a 1-0 or a
	// 0-1. Runs of unaligned sentences are scored like gaps in sequence
	// alignment, affinely: opening a run costs the bead type's prior,
	// extending it costs less. A block of text missing from one edition
	// (a preface, a caption, a page of advertising) is then one event,
	// not many, while an isolated unaligned sentence stays rare.
	for i := 0; i <= n; i++ {
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			k, _ := bd.index(i, j)
			for s := range best {
				best[s][k], back[s][k] = inf, -1
			}
			if i == 0 && j == 0 {
				best[0][k] = 0
				continue
			}
			for t, bt := range beadTypes {
				if bt.a > i || bt.b > j {
					continue
				}
				pk, ok := bd.index(i-bt.a, j-bt.b)
				if !ok {
					continue
				}
				c, _ := m.cost(t, i, j, pair)
				s := stateOf(t)
				for ps := range best {
					prev := best[ps][pk]
					if math.IsInf(prev, 1) {
						continue
					}
					cc := c
					if s != 0 && ps == s {
						cc += m.p.extend[s] - m.p.prior[t]
					}
					if cc += prev; cc < best[s][k] {
						best[s][k], back[s][k] = cc, int8(t*4+ps)
					}
				}
			}
		}
	}
	i, j := n, bd.hi[n]
	k, _ := bd.index(i, j)
	s := 0
	for x := range best {
		if best[x][k] < best[s][k] {
			s = x
		}
	}
	for i > 0 || j > 0 {
		k, _ := bd.index(i, j)
		code := int(back[s][k])
		if code < 0 {
			break // unreachable: cannot happen with a connected band
		}
		t, ps := code/4, code%4
		if (j == bd.lo[i] && j > 0) || (j == bd.hi[i] && j < bd.hi[n]) {
			touched = true
		}
		c, sim := m.cost(t, i, j, pair)
		path = append(path, step{t: t, i: i, j: j, sim: sim, cost: c})
		i -= beadTypes[t].a
		j -= beadTypes[t].b
		s = ps
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	return path, touched
}
