package align

import (
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
