package align

import (
	"os"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

type editionT = editions.Edition

func TestDebugDiff(t *testing.T) {
	if os.Getenv("ALIGN_DEBUG") == "" {
		t.Skip("set ALIGN_DEBUG=doc to print differences")
	}
	name := os.Getenv("ALIGN_DEBUG")
	a, b, gold := textbergDocs(t, name)
	al := alignWith(a[0], b[0], defaultParams())
	g := map[string]bool{}
	for _, x := range gold[0] {
		g[x.key()] = true
	}
	sys := map[string]bool{}
	for i, x := range al.Beads() {
		sys[x.key()] = true
		mark := "  "
		if !g[x.key()] {
			mark = "XX"
		}
		t.Logf("%s %-16s %.2f | %s ||| %s", mark, x.key(), al.Rows[i].Score, join(a[0], x.Src), join(b[0], x.Tgt))
	}
	for _, x := range gold[0] {
		if !sys[x.key()] {
			t.Logf("missed gold %s", x.key())
		}
	}
}

func join(ed *editionT, ids []int) string {
	s := ""
	for _, i := range ids {
		txt := ed.Sentences[i].Text
		if len(txt) > 60 {
			txt = txt[:60]
		}
		s += txt + " / "
	}
	return s
}

func TestDebugLinks(t *testing.T) {
	if os.Getenv("ALIGN_LINKS") == "" {
		t.Skip("set ALIGN_LINKS=doc to print learnt word pairs")
	}
	a, b, _ := textbergDocs(t, os.Getenv("ALIGN_LINKS"))
	p := defaultParams()
	debugLinks = func(x, y string, d float64, n int32) { t.Logf("%-20s %-20s %.2f %d", x, y, d, n) }
	defer func() { debugLinks = nil }()
	alignWith(a[0], b[0], p)
}
