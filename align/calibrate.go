package align

import (
	"math"

	"github.com/synoptic-text/synoptic/editions"
)

// Calibration: a row's Score is the probability that the row is right.
//
// The aligner weighs evidence — lengths, shared features, the costs of
// the paths it did not take — but the sum it minimizes is not a
// probability, and the logistic of it that scored rows before (see
// confidence) was not one either: on Text+Berg, rows it scored 0.9 or
// more were right 84 % of the time on dev, with an expected calibration
// error of 0.15. So each row's evidence becomes a short vector of
// numbers (translationEvidence, versionEvidence), and a logistic
// regression fitted on data with known answers maps the vector to the
// probability that the row is right. The weights below are its result.
//
// What "right" means, on the data the weights were fitted on:
//
//   - Text+Berg (hand-made beads): the row is one of the gold beads,
//     exactly — the strict criterion of the published scores.
//   - Bible pairs with verse ids: each sentence belongs to the verses it
//     overlaps, and verses that share a sentence on either side form one
//     verse group (usually a single verse). A row is right when all its
//     sentences belong to one group and, if it has sentences on one side
//     only, the other edition has nothing of that group; a moved row is
//     right when its peer's sentences are of its group. Verses are
//     dropped at random from one side or the other, so that there are
//     omissions to find. The criterion cannot see how the sentences of
//     one verse pair among themselves, so it is laxer than Text+Berg's
//     within a verse; most verses are one or two sentences.
//
// The fitting data are the development sets only, never what the
// numbers are reported on: for translations, the Text+Berg dev document
// and Genesis in three pairs of versions (German, French and Spanish
// against English); for versions, Genesis in the KJV against the ASV.
// `go run ./bench/textberg -calibrate test` reports on Text+Berg test and on Ruth, Jonah, Mark and
// Psalm 136 in other pairs, all held out. Regenerate the weights with
//
//	go run ./bench/textberg -fit
//
// which prints the two arrays below.

// DoubtfulBelow is the score below which a row is doubtful: more likely
// wrong than right. Every view marks such rows ("?" in the terminal
// gutter and the HTML page, a "doubtful" column in TSV, "doubtful": true
// in the JSON), through Row.Doubtful.
const DoubtfulBelow = 0.5

// Doubtful reports whether the row's score is below DoubtfulBelow.
func (r *Row) Doubtful() bool { return r.Score < DoubtfulBelow }

// The evidence of a translation's row. A match and a sentence left
// unaligned are different events, so each has its own block of
// features (the other's are zero), and in effect its own regression.
const (
	// a match
	tMatch  = iota // 1
	tLength        // Gale–Church length cost, at most 10
	tSim           // lexical similarity of the two sides, in [0,1]
	tMerge         // 1 when the bead is not 1-1
	tMargin        // local margin over the cheapest other way into the bead's end cell
	tAgree         // 1 when the first pass, without learnt word pairs, made the same bead
	tNbr           // mean raw logit of the neighbouring matches
	tNbrGap        // how many of the two neighbouring rows are unaligned sentences
	// a sentence with no counterpart
	tGap       // 1
	tGapMargin // as tMargin
	tGapAgree  // as tAgree
	tGapNbr    // as tNbr
	tGapRun    // log(1 + length of the run of unaligned rows it stands in)
	tGapLen    // log(1 + characters of the sentence)
	nTranslationEvidence
)

// TranslationEvidenceNames name the features of translationEvidence, in
// order, for bench/textberg -fit.
var TranslationEvidenceNames = [nTranslationEvidence]string{
	"match", "length cost", "similarity", "merge", "margin", "first pass agrees", "neighbours' logit", "neighbouring gaps",
	"gap", "gap margin", "gap first pass agrees", "gap neighbours' logit", "gap run", "gap length",
}

// The evidence of a row between versions of one text.
const (
	vEqual    = iota // 1 for an Equal row
	vChanged         // 1 for a Changed row
	vSim             // its word similarity
	vMerge           // 1 when it pairs more than one sentence on a side
	vGap             // 1 for a Deleted or Inserted row
	vGapRun          // log(1 + length of its run of unpaired rows)
	vMoved           // 1 for a Moved row
	vMovedSim        // the similarity of the moved sentence to its peer
	vNbrEqual        // how many of the two neighbouring rows are Equal (0 for a move)
	nVersionEvidence
)

// VersionEvidenceNames name the features of versionEvidence, in order.
var VersionEvidenceNames = [nVersionEvidence]string{
	"equal", "changed", "similarity", "merge", "gap", "gap run", "moved", "moved similarity", "equal neighbours",
}

// The fitted weights, by `go run ./bench/textberg -fit` on the
// development data named above.
var (
	translationWeights = [nTranslationEvidence]float64{
		-2.1652, // match
		-0.4526, // length cost
		3.2791,  // similarity
		-1.9032, // merge
		0.3923,  // margin
		0.6239,  // first pass agrees
		0.5473,  // neighbours' logit
		-1.8261, // neighbouring gaps
		-5.4974, // gap
		0.0488,  // gap margin
		-0.8573, // gap first pass agrees
		-0.0093, // gap neighbours' logit
		2.8308,  // gap run
		0.7620,  // gap length
	}
	versionWeights = [nVersionEvidence]float64{
		9.8414,  // equal
		0.8089,  // changed
		10.6823, // similarity
		-8.8191, // merge
		-2.6692, // gap
		4.4460,  // gap run
		3.4466,  // moved
		3.4466,  // moved similarity
		-0.0630, // equal neighbours
	}
)

// probability is the logistic of the weighted evidence.
func probability(w, x []float64) float64 {
	z := 0.0
	for k := range x {
		z += w[k] * x[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// rawLogit is the aligner's own log-odds for a matched bead, as
// confidence has it.
func (m *model) rawLogit(st step) float64 {
	bt := beadTypes[st.t]
	la, lb := m.a.sumLength(st.i-bt.a, st.i), m.b.sumLength(st.j-bt.b, st.j)
	return 2.5 - m.lengthCost(la, lb) + m.p.sim*(st.sim-m.p.simBase)
}

// translationEvidence returns the evidence of each bead of path, the
// final alignment, given first, the first pass's.
func (m *model) translationEvidence(path, first []step) [][]float64 {
	inFirst := make(map[[3]int]bool, len(first))
	for _, st := range first {
		inFirst[[3]int{st.t, st.i, st.j}] = true
	}
	gap := func(st step) bool { return st.t == 1 || st.t == 2 }
	logit := make([]float64, len(path))
	for k, st := range path {
		if !gap(st) {
			logit[k] = clamp(m.rawLogit(st), -10, 10)
		}
	}
	// runs of unaligned rows
	run := make([]int, len(path))
	for k := 0; k < len(path); {
		e := k
		for e < len(path) && gap(path[e]) {
			e++
		}
		for x := k; x < e; x++ {
			run[x] = e - k
		}
		k = max(e, k+1)
	}
	out := make([][]float64, len(path))
	for k, st := range path {
		x := make([]float64, nTranslationEvidence)
		nbr, nn, gaps := 0.0, 0, 0
		for _, q := range []int{k - 1, k + 1} {
			if q < 0 || q >= len(path) {
				continue
			}
			if gap(path[q]) {
				gaps++
				continue
			}
			nbr += logit[q]
			nn++
		}
		if nn > 0 {
			nbr /= float64(nn)
		}
		agree := 0.0
		if inFirst[[3]int{st.t, st.i, st.j}] {
			agree = 1
		}
		margin := clamp(st.margin, -5, 10)
		bt := beadTypes[st.t]
		if gap(st) {
			chars := m.a.sumLength(st.i-bt.a, st.i) + m.b.sumLength(st.j-bt.b, st.j)
			x[tGap], x[tGapMargin], x[tGapAgree], x[tGapNbr] = 1, margin, agree, nbr
			x[tGapRun], x[tGapLen] = math.Log1p(float64(run[k])), math.Log1p(chars)
		} else {
			la, lb := m.a.sumLength(st.i-bt.a, st.i), m.b.sumLength(st.j-bt.b, st.j)
			x[tMatch], x[tLength], x[tSim] = 1, math.Min(10, m.lengthCost(la, lb)), st.sim
			if st.t != 0 {
				x[tMerge] = 1
			}
			x[tMargin], x[tAgree], x[tNbr], x[tNbrGap] = margin, agree, nbr, float64(gaps)
		}
		out[k] = x
	}
	return out
}

// versionEvidence returns the evidence of each row of a comparison of
// versions, from the rows themselves.
func (c *versionComparer) versionEvidence(rows []Row) [][]float64 {
	alone := func(r Row) bool { return r.Kind == Deleted || r.Kind == Inserted }
	run := make([]int, len(rows))
	for k := 0; k < len(rows); {
		e := k
		for e < len(rows) && alone(rows[e]) {
			e++
		}
		for x := k; x < e; x++ {
			run[x] = e - k
		}
		k = max(e, k+1)
	}
	out := make([][]float64, len(rows))
	for k, r := range rows {
		x := make([]float64, nVersionEvidence)
		for _, q := range []int{k - 1, k + 1} {
			// Not for a move, whose two ends must score alike.
			if q >= 0 && q < len(rows) && rows[q].Kind == Equal && r.Kind != Moved {
				x[vNbrEqual]++
			}
		}
		switch r.Kind {
		case Equal:
			x[vEqual] = 1
		case Changed:
			x[vChanged], x[vSim] = 1, c.similarity(r.Cells[0], r.Cells[1])
			if len(r.Cells[0]) > 1 || len(r.Cells[1]) > 1 {
				x[vMerge] = 1
			}
		case Moved:
			peer := rows[r.Peer]
			ia, ib := r.Cells[0], peer.Cells[1]
			if len(ia) == 0 {
				ia, ib = peer.Cells[0], r.Cells[1]
			}
			x[vMoved], x[vMovedSim] = 1, c.similarity(ia, ib)
		default:
			x[vGap], x[vGapRun] = 1, math.Log1p(float64(run[k]))
		}
		out[k] = x
	}
	return out
}

// calibrateVersions sets the score of each row of a comparison of
// versions (each for which only says so, when only is not nil) to its
// probability of being right.
func (c *versionComparer) calibrateVersions(rows []Row, only func(Row) bool) {
	for k, x := range c.versionEvidence(rows) {
		if only == nil || only(rows[k]) {
			rows[k].Score = probability(versionWeights[:], x)
		}
	}
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

// RowEvidence aligns b to a in mode m, as Align does, and returns beside
// the alignment the evidence of each of its rows: what bench/textberg
// -fit fits the weights on. The features are named by
// TranslationEvidenceNames or VersionEvidenceNames, as versions says.
// The rows are Align's; a translation's are scored with the aligner's
// raw confidence, before calibration (the logistic of model.confidence,
// 0.5 for a sentence left unaligned), a version's as Align scores them.
func RowEvidence(a, b *editions.Edition, m Mode, opts VersionOptions) (al *Alignment, evidence [][]float64, versions bool) {
	if m.Resolve(a, b) == VersionsMode {
		al = compareVersions(a, b, opts)
		c := newVersionComparer(a, b)
		return al, c.versionEvidence(al.Rows), true
	}
	al, evidence = alignEvidence(a, b, defaultParams())
	return al, evidence, false
}

// FitCalibration fits a logistic regression of right on x by Newton's
// method (iteratively reweighted least squares), with a small ridge
// penalty on every weight so that a feature the data never vary (a kind
// of row absent from them) keeps weight 0 instead of diverging. The
// first feature of each block serves as its intercept: x need not hold
// a constant column.
func FitCalibration(x [][]float64, right []bool) []float64 {
	if len(x) == 0 {
		return nil
	}
	// ridge is the penalty λ·Σw²/2: small beside the thousands of rows
	// fitted on, enough to keep the Newton system invertible.
	const ridge = 1e-2
	d := len(x[0])
	w := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for k := range h {
			h[k] = make([]float64, d)
			h[k][k] = ridge
			g[k] = ridge * w[k]
		}
		for n, xs := range x {
			p := probability(w, xs)
			y := 0.0
			if right[n] {
				y = 1
			}
			v := math.Max(p*(1-p), 1e-9)
			for i := range xs {
				if xs[i] == 0 {
					continue
				}
				g[i] += (p - y) * xs[i]
				for j := range xs {
					h[i][j] += v * xs[i] * xs[j]
				}
			}
		}
		step := solve(h, g)
		change := 0.0
		for k := range w {
			w[k] -= step[k]
			change = math.Max(change, math.Abs(step[k]))
		}
		if change < 1e-8 {
			break
		}
	}
	return w
}

// solve solves h·s = g by Gaussian elimination with partial pivoting;
// h is symmetric positive definite (a Hessian plus a ridge).
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	a := make([][]float64, n)
	for i := range a {
		a[i] = append(append([]float64(nil), h[i]...), g[i])
	}
	for col := 0; col < n; col++ {
		p := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[p][col]) {
				p = r
			}
		}
		a[col], a[p] = a[p], a[col]
		if a[col][col] == 0 {
			continue
		}
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for k := col; k <= n; k++ {
				a[r][k] -= f * a[col][k]
			}
		}
	}
	s := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		v := a[i][n]
		for k := i + 1; k < n; k++ {
			v -= a[i][k] * s[k]
		}
		if a[i][i] != 0 {
			s[i] = v / a[i][i]
		}
	}
	return s
}
