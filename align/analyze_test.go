package align

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

// TestAnalyze counts, by bead shape, the gold beads missed and the system
// beads wrong on the test set. Run with ALIGN_ANALYZE=1.
func TestAnalyze(t *testing.T) {
	if os.Getenv("ALIGN_ANALYZE") == "" {
		t.Skip("set ALIGN_ANALYZE=1")
	}
	names := testDocs
	if d := os.Getenv("ALIGN_DOCS"); d == "dev" {
		names = []string{"dev"}
	}
	a, b, gold := textbergDocs(t, names...)
	missed := map[string]int{}
	total := map[string]int{}
	wrong := map[string]int{}
	sysTotal := map[string]int{}
	var conf [5][2]int // per score fifth: matches, correct
	shape := func(x Bead) string { return fmt.Sprintf("%d-%d", len(x.Src), len(x.Tgt)) }
	for d := range a {
		al := alignSentences(a[d], b[d])
		g := map[string]bool{}
		for _, x := range gold[d] {
			g[x.key()] = true
		}
		s := map[string]bool{}
		for r, x := range al.Beads() {
			if al.Rows[r].Kind == Match {
				bucket := min(int(al.Rows[r].Score*5), 4)
				conf[bucket][0]++
				if g[x.key()] {
					conf[bucket][1]++
				}
			}
			s[x.key()] = true
			sysTotal[shape(x)]++
			if !g[x.key()] {
				wrong[shape(x)]++
			}
		}
		for _, x := range gold[d] {
			total[shape(x)]++
			if !s[x.key()] {
				missed[shape(x)]++
			}
		}
	}
	for b, c := range conf {
		t.Logf("score %.1f-%.1f: %d matches, %d correct", float64(b)/5, float64(b+1)/5, c[0], c[1])
	}
	var keys []string
	for k := range total {
		keys = append(keys, k)
	}
	for k := range sysTotal {
		if total[k] == 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s gold %4d missed %4d | sys %4d wrong %4d", k, total[k], missed[k], sysTotal[k], wrong[k])
	}
}
