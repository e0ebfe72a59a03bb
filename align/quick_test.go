package align

import (
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// knobs names the parameters the tuning tests may vary.
func knobs(p *params) map[string]*float64 {
	return map[string]*float64{
		"variance": &p.variance, "sim": &p.sim, "simBase": &p.simBase, "delLen": &p.delLen,
		"prior11": &p.prior[0], "prior10": &p.prior[1], "prior01": &p.prior[2],
		"prior21": &p.prior[3], "prior12": &p.prior[4], "prior22": &p.prior[5],
		"prior13": &p.prior[6], "prior31": &p.prior[7],
		"ext10": &p.extend[1], "ext01": &p.extend[2],
		"wWord": &p.classWeight[fWord], "wPrefix": &p.classWeight[fPrefix],
		"wNumber": &p.classWeight[fNumber], "wDate": &p.classWeight[fDate],
		"wName": &p.classWeight[fName], "wPunct": &p.classWeight[fPunct],
		"wTrans": &p.classWeight[fTrans], "learnDice": &p.learnDice,
		"paraCross": &p.paraCross, "paraEdge": &p.paraEdge,
	}
}

// TestQuick scores variants of the parameters given in ALIGN_SET, as
// "name=value,name=value;name=value" (costs of priors given as
// probabilities), on dev and test.
func TestQuick(t *testing.T) {
	set := os.Getenv("ALIGN_SET")
	if set == "" {
		t.Skip("set ALIGN_SET to score parameter variants")
	}
	for _, variant := range strings.Split(set, ";") {
		p := defaultParams()
		k := knobs(p)
		for _, kv := range strings.Split(variant, ",") {
			if kv == "" {
				continue
			}
			name, v, _ := strings.Cut(kv, "=")
			f, err := strconv.ParseFloat(v, 64)
			ptr, ok := k[name]
			if err != nil || !ok {
				t.Fatalf("bad setting %q", kv)
			}
			if strings.HasPrefix(name, "prior") || strings.HasPrefix(name, "ext") {
				f = -math.Log(f)
			}
			*ptr = f
		}
		d := scoreWith(t, p, "dev")
		s := scoreWith(t, p, testDocs...)
		t.Logf("%-30s dev %.4f  test %.4f (lax %.3f)", variant, d.F1, s.F1, s.LaxF1)
	}
}

// TestPerDoc prints the scores of each Text+Berg document.
func TestPerDoc(t *testing.T) {
	if os.Getenv("ALIGN_PERDOC") == "" {
		t.Skip("set ALIGN_PERDOC=1 to print per-document scores")
	}
	for _, d := range append(testDocs, "dev") {
		s := scoreWith(t, defaultParams(), d)
		t.Logf("%s %s  gold %d", d, fmtScores(s), s.GoldBeads)
	}
}
