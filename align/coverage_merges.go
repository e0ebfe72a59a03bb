// Omissions the aligner absorbed in merges: the ends of a merge weighed
// as log-odds of being left out.

package align

import (
	"math"
	"slices"
)

// mergedOmission looks for source sentences at one end of a merge (a
// 2-1, 3-1… match) that the translation lacks. The aligner absorbs a
// short omission that way when the translation of the neighbour is long
// enough to hold both: its length model is generous and it takes an
// omission for rare. For each end of the merge it weighs two hypotheses
// about the pair's translation tc — it renders the whole merge (a true
// merge), or the rest only (the end is omitted) — as log-odds, the sum
// of
//
//   - the prior: omissions are as rare as the aligner takes them
//     (beadProbOmit per bead), merges as frequent as this translator
//     makes them (mergeRate);
//   - the lengths: the likelihood of tc's length given the whole merge
//     and given the rest, under the length spread of this translator
//     (lengthLogLik);
//   - what tc visibly shares with the end beyond what it shares with
//     the rest (marginalShare): how likely so little is if the end is
//     translated there, and if it is not, as measured on the alignment's
//     own pairs of sentences of similar weight (c.lexLogLR).
//
// An end is weighed as well against the hypothesis that the match beside
// it renders it (movedOdds), and its log-odds are the lesser. The end of
// the highest log-odds, if they are positive, is reported, with their
// probability as its confidence.
func (c *coverer) mergedOmission(r int) (Finding, bool) {
	sc, tc := c.al.Rows[r].Cells[0], c.al.Rows[r].Cells[1]
	var best []int
	bestOdds := math.Inf(-1)
	for _, x := range c.cuts(sc, tc) {
		odds := x.odds
		if odds > 0 {
			odds = math.Min(odds, c.movedOdds(r, sc, x.omitted))
		}
		if odds > bestOdds {
			best, bestOdds = x.omitted, odds
		}
	}
	if best == nil || bestOdds <= 0 {
		return Finding{}, false
	}
	return c.mergeEndFinding(r-1, r+1, sc, tc, best, bestOdds), true
}

// movedOdds is the log-odds that the run omitted, at one end of the
// merge of source sentences sc at row r, is left out of the translation
// rather than rendered by the match beside that end: where two merges
// meet, an aligner may put a sentence in either, and if it chose the
// wrong one the sentence is not missing. +Inf if there is no match
// beside it.
func (c *coverer) movedOdds(r int, sc, omitted []int) float64 {
	rows := c.al.Rows
	k := r + 1
	if omitted[0] == sc[0] {
		k = r - 1
	}
	if k < 0 || k >= len(rows) || rows[k].Kind != Match {
		return math.Inf(1)
	}
	var v []int
	if k < r {
		v = append(append(v, rows[k].Cells[0]...), omitted...)
	} else {
		v = append(append(v, omitted...), rows[k].Cells[0]...)
	}
	for _, y := range c.cuts(v, rows[k].Cells[1]) {
		if slices.Equal(y.omitted, omitted) {
			return y.odds
		}
	}
	return math.Inf(1)
}

// besideMatch weighs a source sentence s, alone at row r between
// matches, that the aligner left unmatched. Whether an aligner leaves a
// sentence out beside a match or merges it into that match is often a
// coin toss, and the same sentence must not be reported missing or not
// according to which way the coin fell; so s is weighed with the
// coverage's own model, as mergedOmission weighs the end of a merge.
// The hypotheses are that s is left out (the aligner's), that it is
// merged into the match before or after it (unless that match is
// already taken, consumed), and, so merged, that the merge leaves out
// another run at one of its ends (see cuts) — the match's own source,
// say, s being what its translation renders. The likeliest decides:
// besideMatch returns the finding it implies (nil if s is merged and
// nothing is missing) and the row of the match s is merged into (-1 if
// none). It reports false when s is too short for its length to say
// anything, or has no match beside it; the caller then judges s alone.
func (c *coverer) besideMatch(r int, consumed []bool) (f *Finding, merged int, ok bool) {
	rows := c.al.Rows
	s := rows[r].Cells[0][0]
	// Scores are log-likelihoods relative to the hypothesis that s is
	// left out.
	type hypothesis struct {
		score         float64
		row           int // the match s is merged into, -1 if none
		sc, tc        []int
		omitted       []int // another run the merge leaves out
		before, after int
	}
	best := hypothesis{row: -1}
	kept := math.Inf(1) // the least log-odds of s left out against merged
	for _, k := range []int{r - 1, r + 1} {
		if k < 0 || k >= len(rows) || rows[k].Kind != Match || consumed[k] {
			continue
		}
		h := hypothesis{row: k, tc: rows[k].Cells[1]}
		if k < r {
			h.sc = append(append([]int{}, rows[k].Cells[0]...), s)
			h.before, h.after = k-1, r+1
		} else {
			h.sc = append([]int{s}, rows[k].Cells[0]...)
			h.before, h.after = r-1, k+1
		}
		cs := c.cuts(h.sc, h.tc)
		self := math.NaN()
		for _, x := range cs {
			if len(x.omitted) == 1 && x.omitted[0] == s {
				self = x.odds
			}
		}
		if math.IsNaN(self) {
			return nil, -1, false
		}
		kept = math.Min(kept, self)
		if -self > best.score {
			b := h
			b.score = -self
			best = b
		}
		for _, x := range cs {
			if x.odds-self > best.score && !(len(x.omitted) == 1 && x.omitted[0] == s) {
				b := h
				b.score, b.omitted = x.odds-self, x.omitted
				best = b
			}
		}
	}
	if math.IsInf(kept, 1) {
		return nil, -1, false
	}
	if best.row < 0 {
		out := c.finding(Omitted, 0, []int{s})
		out.Confidence = math.Min(omissionConf, 1/(1+math.Exp(-kept)))
		return &out, -1, true
	}
	c.covered[s] = true
	if best.omitted == nil {
		return nil, best.row, true
	}
	// Against the likelier of the hypotheses with nothing left out.
	out := c.mergeEndFinding(best.before, best.after, best.sc, best.tc, best.omitted, best.score+kept)
	return &out, best.row, true
}

// mergeEndFinding reports the sentences best, at one end of the merge
// of source sentences sc and translation tc between rows before and
// after, as missing from it with log-odds odds.
func (c *coverer) mergeEndFinding(before, after int, sc, tc, best []int, odds float64) Finding {
	// These sentences have no counterpart after all.
	for _, s := range best {
		c.covered[s] = false
	}
	conf := 1 / (1 + math.Exp(-odds))
	if len(best) == 1 {
		// The sentence the merge lacks may be rendered by the match
		// beside it, whose own source is then the one missing.
		k, dir := before, -1
		if best[0] == sc[len(sc)-1] {
			k, dir = after, 1
		}
		if _, ok := c.fitsBetter(best[0], k); ok {
			f := c.finding(Omitted, 0, []int{c.shift(best[0], k, dir)})
			f.Confidence = conf
			return f
		}
	}
	f := c.finding(Shortened, 0, best)
	f.Counterpart = tc
	f.Confidence = conf
	return f
}

// A cut is a run of source sentences at one end of a merge, and the
// log-odds that the merge's translation leaves it out.
type cut struct {
	omitted []int
	odds    float64
}

// cuts weighs, for each run of source sentences at one end of the merge
// of sc with translation tc, the log-odds that the translation leaves
// it out (see mergedOmission). Runs too short for their length to say
// anything are left out.
func (c *coverer) cuts(sc, tc []int) []cut {
	lb := c.sum(c.tgtLen, tc)
	la := c.sum(c.srcLen, sc)
	whole := lengthLogLik(c.zScore(la, lb))
	prior := math.Log(beadProbOmit / c.mergeRate)
	var out []cut
	for k := 1; k < len(sc); k++ {
		for _, ends := range [2][2][]int{{sc[:k], sc[k:]}, {sc[k:], sc[:k]}} {
			omitted, rest := ends[0], ends[1]
			lo := c.sum(c.srcLen, omitted)
			if lo*c.ratio < shortMinChars/2 {
				continue // "Mr.", "Amen.": its length says nothing
			}
			odds := prior + lengthLogLik(c.zScore(la-lo, lb)) - whole
			w := 0.0
			for _, s := range omitted {
				w += c.m.a.weight[s]
			}
			if w >= minLexWeight {
				odds += c.lexLogLR(w, c.marginalShare(omitted, rest, tc))
			}
			out = append(out, cut{omitted, odds})
		}
	}
	return out
}

// mergePrior is how many matches the aligner's prior of 2-1 beads
// (beadProbMerge) counts as in the rate of merges: a text of a few
// hundred matches has a rate of its own, a short one the aligner's.
// Chosen by hand when the log-odds of merges were written (commit
// f162d1e), not measured.
const mergePrior = 50

// estimateMergeRate returns the share of matches that merge several
// source sentences, smoothed towards the aligner's prior of 2-1 beads
// as if that had been seen on mergePrior matches.
func (c *coverer) estimateMergeRate() float64 {
	merges, matches := 0.0, 0.0
	for _, row := range c.al.Rows {
		if row.Kind == Match {
			matches++
			if len(row.Cells[0]) > 1 {
				merges++
			}
		}
	}
	return (merges + mergePrior*beadProbMerge) / (matches + mergePrior)
}

// marginalShare is the share of the feature weight of the sentences
// omitted that the translation tc shows beyond what it shares with the
// rest of the merge: a feature found once in tc and in both the rest and
// omitted counts for the rest only.
func (c *coverer) marginalShare(omitted, rest, tc []int) float64 {
	w := 0.0
	for _, s := range omitted {
		w += c.m.a.weight[s]
	}
	if w == 0 {
		return 0
	}
	all := append(append([]int{}, rest...), omitted...)
	return math.Max(0, c.sharedSet(all, tc)-c.sharedSet(rest, tc)) / w
}

// sharedSet is the weight of the features source sentences sc and
// translation sentences tc share, each counted as often as it occurs on
// both sides.
func (c *coverer) sharedSet(sc, tc []int) float64 {
	n := map[int32]int32{}
	for _, s := range sc {
		for _, f := range c.m.a.feats[s] {
			n[f.id] += f.n
		}
	}
	m := map[int32]int32{}
	for _, t := range tc {
		for _, f := range c.m.b.feats[t] {
			m[f.id] += f.n
		}
	}
	sh := 0.0
	for id, k := range n {
		if l := m[id]; l > 0 {
			sh += float64(min(k, l)) * c.m.w[id]
		}
	}
	return sh
}
