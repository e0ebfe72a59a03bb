package align

import (
	"math"
	"math/rand"
	"testing"
)

// FitCalibration recovers the weights of a logistic model from data drawn
// from it, each block of features (here two kinds of row, as a
// translation's matches and unaligned sentences) with its own intercept,
// and its probabilities are calibrated on fresh data from the same model.
func TestFitCalibrationRecoversWeights(t *testing.T) {
	truth := []float64{0.5, 1.5, -1, -0.8}
	draw := func(rng *rand.Rand, n int) ([][]float64, []bool) {
		var x [][]float64
		var y []bool
		for k := 0; k < n; k++ {
			row := make([]float64, 4)
			if rng.Intn(3) == 0 {
				row[2], row[3] = 1, rng.Float64()*4-2
			} else {
				row[0], row[1] = 1, rng.Float64()*6-3
			}
			x = append(x, row)
			y = append(y, rng.Float64() < probability(truth, row))
		}
		return x, y
	}
	rng := rand.New(rand.NewSource(1))
	x, y := draw(rng, 20000)
	w := FitCalibration(x, y)
	for k := range truth {
		if math.Abs(w[k]-truth[k]) > 0.15 {
			t.Errorf("weight %d: %.3f, want %.3f ± 0.15 (all: %.3f)", k, w[k], truth[k], w)
		}
	}
	// Expected calibration error, ten bins, on data not fitted on.
	x, y = draw(rng, 20000)
	var n, right [10]float64
	var sum [10]float64
	for k := range x {
		p := probability(w, x[k])
		b := min(int(p*10), 9)
		n[b]++
		sum[b] += p
		if y[k] {
			right[b]++
		}
	}
	ece := 0.0
	for b := range n {
		if n[b] > 0 {
			ece += math.Abs(right[b]-sum[b]) / float64(len(x))
		}
	}
	if ece > 0.02 {
		t.Errorf("expected calibration error %.3f on fresh data, want ≤ 0.02", ece)
	}
}

// A feature no row has (a kind of row absent from the data) keeps weight
// 0 rather than diverging, and the others are still fitted.
func TestFitCalibrationAbsentFeature(t *testing.T) {
	var x [][]float64
	var y []bool
	for k := 0; k < 1000; k++ {
		x = append(x, []float64{1, float64(k%10) - 4.5, 0})
		y = append(y, k%10 >= 3)
	}
	w := FitCalibration(x, y)
	if w[2] != 0 {
		t.Errorf("weight of an absent feature %v, want 0", w[2])
	}
	if w[1] <= 0 || math.IsNaN(w[0]) {
		t.Errorf("weights %v: want a positive slope", w)
	}
}

// The fitted weights say what a reader expects of a translation's row:
// with all else equal, a match sharing more words, or closer in length,
// or one the first pass made too, is likelier right, and a merge less
// likely than a 1-1 match; and a long run of unaligned sentences is
// likelier a real omission than one sentence alone.
func TestTranslationCalibrationDirections(t *testing.T) {
	base := func() []float64 {
		x := make([]float64, nTranslationEvidence)
		x[tMatch], x[tLength], x[tSim], x[tMargin], x[tNbr] = 1, 1, 0.3, 2, 3
		return x
	}
	p0 := probability(translationWeights[:], base())
	for _, c := range []struct {
		name string
		f    int
		v    float64
		up   bool
	}{
		{"more similar", tSim, 0.6, true},
		{"lengths further apart", tLength, 4, false},
		{"first pass agrees", tAgree, 1, true},
		{"merge", tMerge, 1, false},
	} {
		x := base()
		x[c.f] = c.v
		if p := probability(translationWeights[:], x); (p > p0) != c.up {
			t.Errorf("%s: %.3f against %.3f", c.name, p, p0)
		}
	}
	gap := func(run int) float64 {
		x := make([]float64, nTranslationEvidence)
		x[tGap], x[tGapRun], x[tGapLen] = 1, math.Log1p(float64(run)), math.Log1p(80)
		return probability(translationWeights[:], x)
	}
	if gap(6) <= gap(1) {
		t.Errorf("a run of six unaligned sentences %.3f, one alone %.3f", gap(6), gap(1))
	}
	for _, p := range []float64{p0, gap(1), gap(6)} {
		if p <= 0 || p >= 1 {
			t.Errorf("probability %v outside (0,1)", p)
		}
	}
}

// Between versions, the sample editions' equal sentences are all but
// certain, both ends of a move carry the same score, and every score is
// a probability.
func TestVersionScores(t *testing.T) {
	al := compareVersions(readSample(t, "greve.1972.en.txt"), readSample(t, "greve.2016.en.txt"), VersionOptions{})
	moves := 0
	for k, r := range al.Rows {
		switch {
		case r.Score <= 0 || r.Score >= 1:
			t.Errorf("row %d: score %v outside (0,1)", k, r.Score)
		case r.Kind == Equal && r.Score < 0.99:
			t.Errorf("row %d: equal, scored %.3f", k, r.Score)
		case r.Kind == Moved:
			moves++
			if peer := al.Rows[r.Peer]; peer.Score != r.Score {
				t.Errorf("row %d: a move scored %.4f, its other end %.4f", k, r.Score, peer.Score)
			}
		}
	}
	if moves == 0 {
		t.Error("the sample has no move")
	}
}
