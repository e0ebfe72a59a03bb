package align

import (
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestQuick scores variants of the parameters given in ALIGN_SET, as
// "name=value,name=value", on dev and test.
func TestQuick(t *testing.T) {
	set := os.Getenv("ALIGN_SET")
	if set == "" {
		t.Skip("set ALIGN_SET")
	}
	for _, variant := range strings.Split(set, ";") {
		p := defaultParams()
		for _, kv := range strings.Split(variant, ",") {
			if kv == "" {
				continue
			}
			k, v, _ := strings.Cut(kv, "=")
			f, _ := strconv.ParseFloat(v, 64)
			switch k {
			case "learnDice":
				p.learnDice = f
			case "learnMin":
				p.learnMin = int(f)
			case "wTrans":
				p.classWeight[fTrans] = f
			case "wWord":
				p.classWeight[fWord] = f
			case "wPrefix":
				p.classWeight[fPrefix] = f
			case "wName":
				p.classWeight[fName] = f
			case "wPunct":
				p.classWeight[fPunct] = f
			case "wNumber":
				p.classWeight[fNumber] = f
			case "sim":
				p.sim = f
			case "simBase":
				p.simBase = f
			case "raw":
				p.raw = f
			case "miss":
				p.miss = f
			case "variance":
				p.variance = f
			case "delLen":
				p.delLen = f
			case "minCognate":
				p.minCognate = int(f)
			case "prefix":
				p.prefix = int(f)
			case "adapt":
				p.adapt = f
			case "prior01":
				p.prior[2] = -math.Log(f)
			case "prior10":
				p.prior[1] = -math.Log(f)
			case "prior12":
				p.prior[4] = -math.Log(f)
			case "prior21":
				p.prior[3] = -math.Log(f)
			case "prior22":
				p.prior[5] = -math.Log(f)
			case "prior11":
				p.prior[0] = -math.Log(f)
			case "simMode":
				p.simMode = int(f)
			case "stem":
				p.stem = int(f)
			case "delSim":
				p.delSim = f
			case "simPow":
				p.simPow = f
			case "varFloor":
				p.varFloor = f
			case "ext01":
				p.extend[2] = -math.Log(f)
			case "ext10":
				p.extend[1] = -math.Log(f)
			case "learnAll":
				p.learnAll = f != 0
			case "softTrans":
				p.softTrans = f != 0
			case "margin":
				p.margin = f
			case "iters":
				p.iters = int(f)
			default:
				t.Fatalf("unknown %s", k)
			}
		}
		d := scoreWith(t, p, "dev")
		s := scoreWith(t, p, testDocs...)
		t.Logf("%-30s dev %.4f  test %.4f (lax %.3f)", variant, d.F1, s.F1, s.LaxF1)
	}
}

func TestPerDoc(t *testing.T) {
	if os.Getenv("ALIGN_PERDOC") == "" {
		t.Skip("set ALIGN_PERDOC=1")
	}
	for _, d := range append(testDocs, "dev") {
		s := scoreWith(t, defaultParams(), d)
		t.Logf("%s %s  gold %d", d, fmtScores(s), s.GoldBeads)
	}
}
