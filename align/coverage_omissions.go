// Omissions: runs of source sentences with no counterpart, pairs whose
// translation is far too short, and how sure each is.

package align

import (
	"math"
	"sort"
	"strings"

	"github.com/synoptic-text/synoptic/editions"
)

// Thresholds of the omission checks.
const (
	// shortZ is how many standard deviations too short a translation
	// must be to be reported: about one true pair in 30,000 by the
	// normal model, far more in practice since real tails are heavier
	// (at 3.5, most of what was flagged in a free translation was
	// the translator's freedom). Chosen on bench/coverage seeds 11
	// and 12 between 3.5, 4 and 4.5; seeds 1 to 3 are for reporting.
	shortZ = 4.0
	// shortMinChars is the least shortfall worth reporting, in
	// characters: a dropped adjective is the translator's business.
	shortMinChars = 25
)

// gap is the stretch of rows between two matches: the source sentences
// and the translation sentences it holds, which the aligner could not
// pair.
type gap struct {
	srcChars, tgtChars float64
}

// The confidences of omissions. The aligner scores every unmatched
// sentence 0.5 and says nothing more; these weigh what surrounds an
// omission (see omissionConfidence). All were chosen by hand, not
// measured, in the commits named; bench/coverage measures the result.
const (
	// omissionConf is the confidence of an omission nothing makes
	// doubtful, and the most a sentence left unmatched beside a match
	// gets (besideMatch): short of certain, since a translation may
	// render a sentence with nothing the aligner can see (a564e4f).
	omissionConf = 0.97
	// paraphraseWeight is how much unmatched text on the other side of
	// the same gap lowers a confidence: by this share of the balance of
	// the two, the other side's text against what this side's needs
	// (a564e4f). Additions use it too.
	paraphraseWeight = 0.8
	// absorbedFactor: a neighbouring pair whose translation would fit
	// its source better with the run added (a missed merge) halves the
	// confidence (a564e4f).
	absorbedFactor = 0.5
	// A run of fewer than tinyChars characters ("Mr.", "II.") is more
	// often a segmentation accident (fae25e0, which added
	// bench/coverage); one of fewer than fewChars (a heading, "Amen.")
	// says little by its length (a564e4f, where it was 20; 25 since
	// fae25e0).
	tinyChars, tinyFactor = 12, 0.4
	fewChars, fewFactor   = 25, 0.6
	// slipFactor: an omission whose last sentence looks cut at a title
	// (segmentationSlip) is reported at half its confidence (2ded604).
	slipFactor = 0.5
)

// omissions finds the runs of unmatched source sentences and the pairs
// whose translation is far too short.
func (c *coverer) omissions() {
	rows := c.al.Rows
	lone, consumed := c.loneOmissions()
	for r := 0; r < len(rows); r++ {
		if f, ok := lone[r]; ok {
			if f != nil {
				c.addOmission(*f)
			}
			continue
		}
		switch rows[r].Kind {
		case Deleted:
			f, end := c.unmatchedRun(r)
			c.addOmission(f)
			r = end - 1
		case Match:
			if consumed[r] {
				continue
			}
			if f, ok := c.shortened(r); ok {
				c.addOmission(f)
			}
		}
	}
}

// loneOmissions weighs the lone unmatched sentences first (see lone and
// besideMatch): one merged into a match takes that match's analysis
// with it, and the match is consumed. It returns the finding of each
// lone sentence's row (nil when nothing is missing), for the rows it
// could judge, and the rows of the matches consumed.
func (c *coverer) loneOmissions() (map[int]*Finding, []bool) {
	rows := c.al.Rows
	lone := make(map[int]*Finding)
	consumed := make([]bool, len(rows))
	for r := range rows {
		if !c.lone(r) {
			continue
		}
		if f, k, ok := c.besideMatch(r, consumed); ok {
			lone[r] = f
			if k >= 0 {
				consumed[k] = true
			}
		}
	}
	return lone, consumed
}

// unmatchedRun makes the finding of the run of unmatched source
// sentences that starts at row r: Deleted rows up to the next match,
// translation sentences inserted in between (and just before) weighed in
// the confidence. It returns the row after the run.
func (c *coverer) unmatchedRun(r int) (Finding, int) {
	rows := c.al.Rows
	end := r
	var run []int
	g := gap{}
	for end < len(rows) && rows[end].Kind != Match {
		if rows[end].Kind == Deleted {
			run = append(run, rows[end].Cells[0]...)
		} else {
			g.tgtChars += c.sum(c.tgtLen, rows[end].Cells[1])
		}
		end++
	}
	for k := r - 1; k >= 0 && rows[k].Kind == Inserted; k-- {
		g.tgtChars += c.sum(c.tgtLen, rows[k].Cells[1])
	}
	g.srcChars = c.sum(c.srcLen, run)
	if len(run) == 1 && g.tgtChars == 0 {
		run = c.reattribute(r, end, run)
	}
	f := c.finding(Omitted, 0, run)
	f.Confidence = c.omissionConfidence(r, end, run, g)
	return f, end
}

// addOmission reports f, at slipFactor of its confidence when its last
// sentence looks cut at a title (segmentationSlip).
func (c *coverer) addOmission(f Finding) {
	if segmentationSlip(c.src.Sentences[f.Sentences[len(f.Sentences)-1]].Text) {
		f.Confidence *= slipFactor
	}
	c.rep.Omissions = append(c.rep.Omissions, f)
}

// lone reports whether row r is a single source sentence left
// unmatched between matches, with no translation sentence unmatched
// beside it.
func (c *coverer) lone(r int) bool {
	rows := c.al.Rows
	if rows[r].Kind != Deleted || len(rows[r].Cells[0]) != 1 {
		return false
	}
	for _, k := range []int{r - 1, r + 1} {
		if k >= 0 && k < len(rows) && rows[k].Kind != Match {
			return false
		}
	}
	return true
}

// joinOmissions makes one finding of omissions that follow each other
// in the source and none of whose sentences has a counterpart: a run of
// unmatched sentences and the sentence beside it that the aligner
// merged with its neighbour are one passage left out, and a reader
// should see it as one. The finding is as sure as the surer of the two.
func (c *coverer) joinOmissions() {
	oms := c.rep.Omissions
	sort.SliceStable(oms, func(i, j int) bool { return oms[i].Sentences[0] < oms[j].Sentences[0] })
	unmatched := func(f Finding) bool {
		for _, s := range f.Sentences {
			if c.covered[s] {
				return false
			}
		}
		return true
	}
	var out []Finding
	for _, f := range oms {
		if n := len(out); n > 0 {
			prev := out[n-1]
			if prev.Sentences[len(prev.Sentences)-1]+1 == f.Sentences[0] && unmatched(prev) && unmatched(f) {
				j := c.finding(Omitted, 0, append(append([]int{}, prev.Sentences...), f.Sentences...))
				j.Confidence = math.Max(prev.Confidence, f.Confidence)
				out[n-1] = j
				continue
			}
		}
		out = append(out, f)
	}
	c.rep.Omissions = out
}

// reattribute checks the aligner's choice of which sentence is missing.
// When a translation leaves out one of two similar neighbouring
// sentences, the aligner may pair the survivor with the wrong source and
// report its neighbour missing. If the translation sentence beside the
// omission (in a 1-1 match at row first-1 or end) shares visibly more
// with the omitted sentence than with its own source, and fits its
// length about as well, the omission is that source sentence instead —
// and so on along the 1-1 matches beyond (see shift).
func (c *coverer) reattribute(first, end int, run []int) []int {
	s := run[0]
	best, bestGain, dir := -1, 0.0, 0
	for _, k := range []int{first - 1, end} {
		if gain, ok := c.fitsBetter(s, k); ok && gain > bestGain {
			best, bestGain = k, gain
			dir = 1
			if k < first {
				dir = -1
			}
		}
	}
	if best < 0 {
		return run
	}
	return []int{c.shift(s, best, dir)}
}

// fitsBetter reports whether row k is a 1-1 match whose translation
// belongs rather to source sentence s than to its own source: when what
// it visibly shares with each, weighted as the aligner weighs it against
// lengths (params.sim per unit of Dice similarity), and how well it fits
// each's length (lengthLogLik) make s likelier by a factor e at least.
// It returns that log-likelihood ratio.
func (c *coverer) fitsBetter(s, k int) (float64, bool) {
	rows := c.al.Rows
	if k < 0 || k >= len(rows) || rows[k].Kind != Match || len(rows[k].Cells[0]) != 1 || len(rows[k].Cells[1]) != 1 {
		return 0, false
	}
	n, t := rows[k].Cells[0][0], rows[k].Cells[1][0]
	lt := c.tgtLen[t]
	gain := c.m.p.sim*(c.sim(s, t)-c.sim(n, t)) +
		lengthLogLik(c.zScore(c.srcLen[s], lt)) - lengthLogLik(c.zScore(c.srcLen[n], lt))
	return gain, gain > 1
}

// shift moves an omission of source sentence s along a chain of 1-1
// matches, starting at row k and going in direction dir (±1), as long
// as each match's translation belongs to the sentence before it in the
// chain (fitsBetter): when a translation leaves out one sentence of a
// passage, the aligner may pair each following sentence with the
// translation of the next, and absorb the last one in a merge, so that
// the sentence found missing is several away from the one that is. It
// returns the sentence that is missing, and marks what is covered.
func (c *coverer) shift(s, k, dir int) int {
	c.covered[s] = true
	for {
		n := c.al.Rows[k].Cells[0][0]
		s = n
		k += dir
		if _, ok := c.fitsBetter(s, k); !ok {
			break
		}
	}
	c.covered[s] = false
	return s
}

// sim is the Dice similarity of source sentence s and translation
// sentence t by the aligner's weighted features.
func (c *coverer) sim(s, t int) float64 {
	w := c.m.a.weight[s] + c.m.b.weight[t]
	if w == 0 {
		return 0
	}
	return 2 * c.m.shared(s, t) / w
}

// omissionConfidence weighs how sure an omission is. The aligner scores
// every unmatched sentence 0.5 and says nothing more; but an omission is
// doubtful when
//
//   - the translation has unmatched sentences of a comparable length in
//     the same gap: the passage may be there, paraphrased beyond what the
//     aligner recognises;
//   - a neighbouring pair's translation is too long for its source and
//     would fit it better with the run added: the aligner may have
//     missed a 2-1 merge;
//   - the run is a few words only (a heading, "Amen."), whose length
//     says little.
func (c *coverer) omissionConfidence(first, end int, run []int, g gap) float64 {
	conf := omissionConf
	if g.tgtChars > 0 && g.srcChars > 0 {
		balance := math.Min(1, g.tgtChars/(g.srcChars*c.ratio))
		conf *= 1 - paraphraseWeight*balance
	}
	rows := c.al.Rows
	// A neighbouring pair absorbs the run when its translation is half a
	// standard deviation too long or more, and the run added brings it
	// half a deviation nearer to its expected length and within 1.5 of
	// it (chosen by hand, commit fae25e0, not measured).
	absorbs := func(k int) bool {
		if k < 0 || k >= len(rows) || rows[k].Kind != Match {
			return false
		}
		la, lb := c.sum(c.srcLen, rows[k].Cells[0]), c.sum(c.tgtLen, rows[k].Cells[1])
		before, after := c.zScore(la, lb), c.zScore(la+g.srcChars, lb)
		return before > 0.5 && math.Abs(after) < before-0.5 && math.Abs(after) < 1.5
	}
	if absorbs(first-1) || absorbs(end) {
		conf *= absorbedFactor
	}
	switch {
	case g.srcChars < tinyChars:
		conf *= tinyFactor
	case g.srcChars < fewChars:
		conf *= fewFactor
	}
	return conf
}

// shortened checks a matched pair for a translation far too short. When
// the pair has several source sentences and leaving out some at either
// end brings the rest to a normal length, those are what the translation
// omits (the aligner merged an omitted sentence with its neighbour);
// otherwise all the pair's source sentences are reported.
func (c *coverer) shortened(r int) (Finding, bool) {
	row := c.al.Rows[r]
	sc, tc := row.Cells[0], row.Cells[1]
	la, lb := c.sum(c.srcLen, sc), c.sum(c.tgtLen, tc)
	z := c.zScore(la, lb)
	if len(sc) > 1 {
		if f, ok := c.mergedOmission(r); ok {
			return f, true
		}
	}
	if la*c.ratio-lb < shortMinChars {
		return Finding{}, false
	}
	if z > -shortZ {
		return Finding{}, false
	}
	omitted := sc
	if len(sc) > 1 {
		// Keep sc[lo:hi]; the rest is omitted.
		best := math.Inf(1)
		for lo := 0; lo < len(sc); lo++ {
			for hi := lo + 1; hi <= len(sc); hi++ {
				if lo == 0 && hi == len(sc) {
					continue
				}
				if lo > 0 && hi < len(sc) {
					continue // an omission in the middle would not be merged this way
				}
				// The rest must fit within two standard deviations
				// (chosen by hand, commit a564e4f).
				zk := math.Abs(c.zScore(c.sum(c.srcLen, sc[lo:hi]), lb))
				if zk < best && zk < 2 {
					best = zk
					omitted = append(append([]int{}, sc[:lo]...), sc[hi:]...)
				}
			}
		}
	}
	f := c.finding(Shortened, 0, omitted)
	f.Counterpart = tc
	// Beyond the threshold, each further standard deviation makes a
	// chance shortfall less likely: a logistic in the excess, 0.62 at
	// the threshold (its offset of 0.5 chosen by hand, commit a564e4f).
	f.Confidence = 1 / (1 + math.Exp(-(-z-shortZ)-0.5))
	return f, true
}

// segmentationSlip reports whether a source sentence looks cut at a
// title the segmenter took for a sentence end ("Les acquisitions faites,
// Mr." then "Fogg et la jeune femme…"): such a fragment, reported as
// omitted, is nearly always an artefact — its other half is matched.
func segmentationSlip(text string) bool {
	i := strings.LastIndexAny(text, " «“\"'(")
	return editions.IsTitle(text[i+1:])
}
