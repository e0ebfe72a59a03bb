// The lexical odds: how much a translation shows of a sentence it renders,
// and of one it does not, measured on the alignment's own pairs.

package align

import (
	"math"
	"sort"
)

// learnWords makes the model by which the decision sees what two
// sentences share: the aligner's features of sa and sb (which it
// changes), with word pairs learnt from the rows, by Model 1 where
// they have enough matches to learn from (model1MinPairs), else by
// learn's competitive linking from their 1-1 matches (see model1.go).
func (d *decider) learnWords(sa, sb *side, v *vocab, p *params) {
	var path []step
	matched := 0
	for _, row := range d.rows {
		if row.Kind == Match {
			matched++
			if len(row.Cells[0]) == 1 && len(row.Cells[1]) == 1 {
				path = append(path, step{t: 0, i: row.Cells[0][0] + 1, j: row.Cells[1][0] + 1})
			}
		}
	}
	if matched >= model1MinPairs {
		learnModel1(sa, sb, v, d.rows, p, model1MinProb)
	} else {
		learn(sa, sb, v, path, p)
	}
	d.m = newModel(sa, sb, v, p)
}

// A lexSample is a source sentence s of a 1-1 match, seen as if merged
// with the source s' of the next 1-1 match: its feature weight, the
// share of it the two translations together show beyond what they share
// with s' (as when a merge renders both), and the share the translation
// of s' alone shows beyond that (as when s is absorbed in the merge but
// not translated). They are what marginalShare measures of a merged
// sentence under each hypothesis. Beside them, what the transpositions
// are weighed by (transposedLogLR): the shares of s that its translation
// alone and the next match's alone show, and the standardized length
// differences of s against each.
type lexSample struct {
	weight, own, other           float64
	alone, beside, zOwn, zBeside float64
}

// minLexWeight is the least feature weight of sentences whose visibility
// in a translation says anything: about one word found in one sentence
// in twenty. A sentence with less (a punctuation mark, numbers the
// translation has nowhere) would be judged by the share of nothing.
// Chosen by hand (commit ba2e69a), not measured.
const minLexWeight = 3

// lexWindow is how many 1-1 matches of nearest weight estimate the
// share a translation shows of a sentence: enough that the counts of a
// share are not a handful, few enough that the weights stay near w.
// Chosen by hand (commit f162d1e), not measured.
const lexWindow = 100

// prepareLex collects the lexSamples of the alignment, by weight.
func (d *decider) prepareLex() {
	type one struct{ s, t int }
	var ones []one
	for _, row := range d.rows {
		if row.Kind == Match && len(row.Cells[0]) == 1 && len(row.Cells[1]) == 1 {
			ones = append(ones, one{row.Cells[0][0], row.Cells[1][0]})
		}
	}
	for k, o := range ones {
		w := d.m.a.weight[o.s]
		if w < minLexWeight {
			continue
		}
		next := k + 1
		if next == len(ones) {
			next = k - 1
		}
		if next < 0 {
			continue
		}
		n := ones[next]
		rest := []int{n.s}
		d.countCognates(o.s, o.t, n.s, n.t)
		sc := []int{o.s}
		la := d.srcLen[o.s]
		d.lex = append(d.lex, lexSample{
			weight:  w,
			own:     d.marginalShare(sc, rest, []int{o.t, n.t}),
			other:   d.marginalShare(sc, rest, []int{n.t}),
			alone:   d.marginalShare(sc, nil, []int{o.t}),
			beside:  d.marginalShare(sc, nil, []int{n.t}),
			zOwn:    d.zScore(la, d.tgtLen[o.t]),
			zBeside: d.zScore(la, d.tgtLen[n.t]),
		})
	}
	sort.Slice(d.lex, func(i, j int) bool { return d.lex[i].weight < d.lex[j].weight })
}

// lexLogLR is the log of how much likelier a translation is to show a
// share m of sentences of weight w when it does not render them than
// when it does, measured on the 1-1 matches whose source weighs about
// w: how many of them the neighbour's translation shows about that share
// of, against how many of them their own translation does.
//
// Both counts are kernel estimates rather than counts in bins: each
// match counts less the further its source's weight ranks from w
// (linearly, to nothing lexWindow ranks away) and the further its share
// is from m (a Gaussian as wide as bins of half-width lexBand). A count
// in bins jumps by one when a match enters or leaves a bin, and since
// the log-ratio of small counts moves by a third for that, the odds of
// an omission moved by as much when the translation changed far away;
// the kernels make the estimate change as little as the data.
//
// The 1-1 matches it is measured on are those the search made, which
// favours pairs that share words, so a share of nothing is rarer among
// them than in a free translation's merges. Tried and not kept
// (2026-12-07, go run ./bench/textberg from dev 0.867, test 0.895; go
// run ./bench/coverage -seed 1 from single sentences 0.964 / 0.896):
// samples from the ends of merges too (the share their merge's
// translation shows beyond the rest, and the next match's), dev 0.870,
// test 0.895, but single sentences 0.958 / 0.891 (Verne's precision
// 0.914 → 0.887); only the ends the lengths say the merge renders,
// dev 0.870, test 0.893, 0.958 / 0.894. Pseudo-counts of 2 and 5
// instead of 0.5: dev 0.867 and 0.870, test 0.895 and 0.894. lexBand
// 0.05 and 0.2: dev 0.867 and 0.870, test 0.895 and 0.893;
// minLexWeight 6 and 10: dev 0.867 and 0.870, test 0.894 and 0.892;
// mergePrior 10 and 200 (omission_merges.go): unchanged.
func (d *decider) lexLogLR(w, m float64) float64 { return d.shareLogLR(w, m, false) }

// shareLogLR is lexLogLR, or with alone the same of the shares the
// sentences' translations show each alone (lexSample's beside against
// alone): the odds of a translation sentence rendering a neighbour of a
// sentence it shows m of rather than the sentence itself.
func (d *decider) shareLogLR(w, m float64, alone bool) float64 {
	n := len(d.lex)
	if n == 0 {
		return 0
	}
	i := sort.Search(n, func(i int) bool { return d.lex[i].weight >= w })
	own, other := 0.5, 0.5
	for k := max(0, i-lexWindow); k < min(n, i+lexWindow); k++ {
		kw := 1 - math.Abs(float64(k-i)+0.5)/lexWindow
		x := d.lex[k]
		if alone {
			x.own, x.other = x.alone, x.beside
		}
		own += kw * shareKernel(x.own-m)
		other += kw * shareKernel(x.other-m)
	}
	return math.Log(other / own)
}

// lexBand is the half-width of the bins of shares whose counts
// shareKernel smooths: shares are told apart by a tenth of a sentence's
// weight. Chosen by hand (commit f162d1e, as the bins the kernels
// replaced in ba2e69a), not measured.
const lexBand = 0.1

// shareKernel weighs a difference of shares d: a Gaussian with the
// variance of a uniform bin of half-width lexBand, scaled to the same
// area, so that counts keep their scale against the pseudo-counts.
func shareKernel(d float64) float64 {
	const sd = lexBand / 1.7320508075688772 // √3
	z := d / sd
	if z > 4 || z < -4 {
		return 0
	}
	return 2 * lexBand / (sd * 2.5066282746310002) * math.Exp(-z*z/2) // √(2π)
}
