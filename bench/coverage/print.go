package main

import (
	"fmt"

	"github.com/synoptic-text/synoptic/align"
)

func printRow(name string, g *groupResult) {
	fmt.Printf("| %s | %d | %.3f / %.3f (%d removed) | %.3f / %.3f (%.3f / %.3f; %d removed) | %.3f / %.3f (%d new findings) | %.3f (%d of %d) | %d, %d | %.2f (%d) |\n",
		name, g.pairs,
		g.sentences.precision(), g.sentences.recall(), g.sentences.gold,
		g.paragraphs.precision(), g.paragraphs.recall(), g.paraSentences.precision(), g.paraSentences.recall(), g.paragraphs.gold,
		g.paraNew.precision(), g.paraNew.recall(), g.paraNew.pred,
		g.numbers.recall(), g.numbers.tpGold, g.numbers.gold,
		g.baseOmissions, g.baseAdditions,
		100*float64(g.baseNumberMismatches)/float64(max(1, g.matches)), g.baseOtherMismatches)
}

// printRows prints the rows of the last damaged alignment around source
// sentence s, and its omission findings there, for debugging.
func (b *bench) printRows(s int) {
	for _, r := range b.lastAl.Rows {
		if len(r.Cells[0]) > 0 && r.Cells[0][0] <= s+2 && r.Cells[0][len(r.Cells[0])-1] >= s-2 {
			fmt.Printf("      row %v %v %.2f\n", r.Cells, r.Kind, r.Score)
		}
	}
	for _, f := range b.lastRep.Omissions {
		if f.Sentences[0] <= s+2 && f.Sentences[len(f.Sentences)-1] >= s-2 {
			fmt.Printf("      omission %v %s %.2f\n", f.Sentences, f.Kind, f.Confidence)
		}
	}
}

func trunc(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

func printBaseline(p *pair, r *align.CoverageReport) {
	fmt.Printf("== %s: %d omissions, %d additions, %d mismatches on the undamaged pair\n", p.name, len(r.Omissions), len(r.Additions), len(r.Mismatches))
	for _, f := range r.Omissions {
		fmt.Printf("  omission %s %.2f %v %q\n", f.Kind, f.Confidence, f.Sentences, trunc(f.Text))
	}
	for _, f := range r.Additions {
		fmt.Printf("  addition %s %.2f %q\n", f.Kind, f.Confidence, trunc(f.Text))
	}
	for _, m := range r.Mismatches {
		fmt.Printf("  mismatch %s %q %q in %q\n", m.Kind, m.SourceValue, m.TargetValue, trunc(p.src.Sentences[m.Source[0]].Text))
	}
}
