package main

import (
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

// On data the calibration was not fitted on — Text+Berg test, and Bible
// books and versions held out, with verses dropped — a row's score is
// the probability that it is right: the expected calibration error (10
// bins) is at most 0.05, and rows scored 0.9 or more are right at least
// 95 % of the time. The calibration changes scores, not rows
// (measureCalibration fails otherwise).
func TestCalibrationHeldOut(t *testing.T) {
	eval := evaldata.Dir(t, "eval")
	results, err := measureCalibration(eval, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.cal.total() == 0 {
			t.Errorf("%s: no rows", r.set.name)
			continue
		}
		if e := r.cal.ece(); e > 0.05 {
			t.Errorf("%s: expected calibration error %.3f, want ≤ 0.05", r.set.name, e)
		}
		if p := r.cal.high(); p < 0.95 {
			t.Errorf("%s: rows scored ≥ 0.9 right %.3f of the time, want ≥ 0.95", r.set.name, p)
		}
		t.Logf("%s: %s", r.set.name, r.cal.summary())
	}
}
