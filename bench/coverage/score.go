package main

import (
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/synoptic-text/synoptic/align"
)

// thresholds are the confidence thresholds the sentence trials are also
// scored at, to show the trade-off CoverageOptions.MinConfidence makes.
var thresholds = [...]float64{0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9}

// flaggedAt returns the source sentences of r's omissions of confidence
// at least min.
func flaggedAt(r *align.CoverageReport, min float64) map[int]bool {
	m := map[int]bool{}
	for _, f := range r.Omissions {
		if f.Confidence >= min {
			for _, s := range f.Sentences {
				m[s] = true
			}
		}
	}
	return m
}

// tally accumulates true positives, predictions and gold counts.
type tally struct{ tp, pred, gold, tpGold int }

func (t *tally) precision() float64 { return ratio(t.tp, t.pred) }

func (t *tally) recall() float64 { return ratio(t.tpGold, t.gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

type groupResult struct {
	sentences, paragraphs, paraSentences, numbers tally
	// paraNew is the paragraph trials scored by new sentences rather
	// than new finding ids (see the doc comment).
	paraNew                                   tally
	pairs, matches                            int
	baseOmissions, baseAdditions              int
	baseNumberMismatches, baseOtherMismatches int
	elapsed                                   time.Duration
	srcSentences                              int
}

func add(t, g *groupResult) {
	for _, pp := range [][2]*tally{{&t.sentences, &g.sentences}, {&t.paragraphs, &g.paragraphs}, {&t.paraSentences, &g.paraSentences}, {&t.paraNew, &g.paraNew}, {&t.numbers, &g.numbers}} {
		pp[0].tp += pp[1].tp
		pp[0].pred += pp[1].pred
		pp[0].gold += pp[1].gold
		pp[0].tpGold += pp[1].tpGold
	}
	t.pairs += g.pairs
	t.matches += g.matches
	t.baseOmissions += g.baseOmissions
	t.baseAdditions += g.baseAdditions
	t.baseNumberMismatches += g.baseNumberMismatches
	t.baseOtherMismatches += g.baseOtherMismatches
}

// flagged returns the source sentences a report gives as omitted.
func flagged(r *align.CoverageReport) map[int]bool {
	m := map[int]bool{}
	for _, f := range r.Omissions {
		for _, s := range f.Sentences {
			m[s] = true
		}
	}
	return m
}

// gold returns the source sentences whose translation is the removed
// target sentences: by verse id for the Bible, else by the undamaged
// alignment's matches all of whose translation was removed.
func gold(p *pair, al *align.Alignment, removed map[int]bool) map[int]bool {
	g := map[int]bool{}
	if p.srcIDs != nil {
		ids := map[string]bool{}
		for j := range removed {
			ids[p.tgtIDs[j]] = true
		}
		for i, id := range p.srcIDs {
			if ids[id] {
				g[i] = true
			}
		}
		return g
	}
	for _, r := range al.Rows {
		if r.Kind != align.Match {
			continue
		}
		all := true
		for _, j := range r.Cells[1] {
			all = all && removed[j]
		}
		if all {
			for _, i := range r.Cells[0] {
				g[i] = true
			}
		}
	}
	return g
}

// score adds to t the predictions new in damaged (not flagged on the
// undamaged pair) against the gold, both at sentence level.
func score(t *tally, base, damaged map[int]bool, g map[int]bool) map[int]bool {
	pred := map[int]bool{}
	for s := range damaged {
		if !base[s] {
			pred[s] = true
		}
	}
	for s := range pred {
		t.pred++
		if g[s] {
			t.tp++
		}
	}
	for s := range g {
		if base[s] {
			continue // already reported on the undamaged pair
		}
		t.gold++
		if pred[s] {
			t.tpGold++
		}
	}
	return pred
}

// scoreParagraphs adds to t the paragraph-trial scores of the damaged
// report rep against the undamaged base, both taken at confidence th: a
// removed paragraph is found when at least half of its gold sentences
// not flagged on the base are flagged; a finding whose id is not the
// base's is right when at least half of its sentences are gold. tn, if
// not nil, gets the same recall. With -v, what is missed and what is
// wrong is printed.
func (b *bench) scoreParagraphs(t, tn *tally, p *pair, al *align.Alignment, paras []int, g map[int]bool, base, rep *align.CoverageReport, th float64) {
	verbose := b.verbose && tn != nil
	baseFlags, fl := flaggedAt(base, th), flaggedAt(rep, th)
	for _, k := range paras {
		var gs []int
		for j := int(p.tgt.Paragraphs[k].First); j < int(p.tgt.Paragraphs[k].Limit); j++ {
			for s := range gold(p, al, map[int]bool{j: true}) {
				if !baseFlags[s] {
					gs = append(gs, s)
				}
			}
		}
		if len(gs) == 0 {
			continue
		}
		sort.Ints(gs)
		hit := 0
		for _, s := range gs {
			if fl[s] {
				hit++
			}
		}
		found := 2*hit >= len(gs)
		for _, x := range []*tally{t, tn} {
			if x != nil {
				x.gold++
				if found {
					x.tpGold++
				}
			}
		}
		if !found && verbose {
			fmt.Printf("  [%s] missed paragraph %d (%d of %d sentences found: %v)\n", p.name, k, hit, len(gs), gs)
			if os.Getenv("COVDEBUG") != "" {
				b.printRows(gs[0])
			}
		}
	}
	baseIDs := map[string]bool{}
	for _, f := range base.Omissions {
		if f.Confidence >= th {
			baseIDs[f.ID] = true
		}
	}
	for _, f := range rep.Omissions {
		if f.Confidence < th || baseIDs[f.ID] {
			continue
		}
		in := 0
		for _, s := range f.Sentences {
			if g[s] {
				in++
			}
		}
		t.pred++
		if 2*in >= len(f.Sentences) {
			t.tp++
		} else if verbose {
			fmt.Printf("  [%s] false paragraph-trial omission (%s %.2f %v): %q\n", p.name, f.Kind, f.Confidence, f.Sentences, trunc(f.Text))
			if os.Getenv("COVDEBUG") != "" {
				b.printRows(f.Sentences[0])
			}
		}
	}
}
