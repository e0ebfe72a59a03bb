// Omissions: the runs of source sentences the alignment leaves without
// counterpart, pairs whose translation is far too short, and how sure
// each is.

package align

import (
	"math"
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
	// Chosen by hand when the check was written (commit a564e4f), not
	// measured.
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
	// gets from the omission decision (besideMatch): short of certain, since a translation may
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

// omissions reports the runs of source sentences the alignment leaves
// unmatched, the passages it found moved, and the pairs whose
// translation is far too short.
func (c *coverer) omissions() {
	rows := c.al.Rows
	for r := 0; r < len(rows); r++ {
		switch {
		case rows[r].Kind == Deleted:
			f, end := c.unmatchedRun(r)
			c.addOmission(f)
			r = end - 1
		case movedSource(rows[r]):
			f, end := c.movedRun(r)
			c.rep.Omissions = append(c.rep.Omissions, f)
			r = end - 1
		case rows[r].Kind == Match:
			if rows[r].weighed {
				continue // the omission decision weighed what it lacks
			}
			if f, ok := c.shortened(r); ok {
				c.addOmission(f)
			}
		}
	}
}

// unmatchedRun makes the finding of the run of unmatched source
// sentences that starts at row r: Deleted rows up to the next match,
// translation sentences inserted in between (and just before) weighed in
// the confidence. It returns the row after the run. Its confidence is
// the probability the omission decision gave its rows (Row.omitP), the
// greatest if several; where the decision weighed none of them,
// omissionConfidence's, and where it weighed some, the greater of the
// two.
//
// That confidence is too high on a free translation and right on
// damaged ones; the README ("How far to trust an omission's
// confidence") has the figures, and what was tried.
func (c *coverer) unmatchedRun(r int) (Finding, int) {
	rows := c.al.Rows
	// The run's sentences, counted first: the run may be all of a text
	// (an unrelated one), and its slice, kept in the finding, is then
	// made once, to size.
	size := 0
	for k := r; k < len(rows) && !endsRun(rows[k]); k++ {
		if rows[k].Kind == Deleted {
			size += len(rows[k].Cells[0])
		}
	}
	end := r
	run := make([]int, 0, size)
	g := gap{}
	decided, all := 0.0, true
	for end < len(rows) && !endsRun(rows[end]) {
		if rows[end].Kind == Deleted {
			run = append(run, rows[end].Cells[0]...)
			decided = math.Max(decided, rows[end].omitP)
			all = all && rows[end].omitP > 0
		} else {
			g.tgtChars += c.sum(c.tgtLen, rows[end].Cells[1])
		}
		end++
	}
	for k := r - 1; k >= 0 && rows[k].Kind == Inserted; k-- {
		g.tgtChars += c.sum(c.tgtLen, rows[k].Cells[1])
	}
	g.srcChars = c.sum(c.srcLen, run)
	f := c.finding(Omitted, 0, run)
	f.Confidence = decided
	if !all {
		f.Confidence = math.Max(decided, c.omissionConfidence(r, end, run, g))
	}
	return f, end
}

// endsRun reports whether row ends a run of unmatched source sentences:
// a match, or the start of a passage moved.
func endsRun(row Row) bool { return row.Kind == Match || movedSource(row) }

// movedSource reports whether row is the place of a passage moved, the
// source's sentences that a Moved row points away from.
func movedSource(row Row) bool { return row.Kind == Moved && len(row.Cells[0]) > 0 }

// movedRun makes the finding of the passage moved whose rows start at
// row r: its source sentences, the translation's sentences of the rows
// they point at (Counterpart), and as confidence the mean of the rows'
// scores. It returns the row after the run.
func (c *coverer) movedRun(r int) (Finding, int) {
	rows := c.al.Rows
	var run, where []int
	score := 0.0
	end := r
	for ; end < len(rows) && movedSource(rows[end]); end++ {
		b := c.al.RowBead(end)
		run, where = append(run, b.Src...), append(where, b.Tgt...)
		score += rows[end].Score
	}
	f := c.finding(MovedPassage, 0, run)
	f.Counterpart, f.Confidence = where, score/float64(end-r)
	f.Severity = 0
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

// shortened checks a matched pair for a translation far too short for
// it: shortZ standard deviations and shortMinChars characters or more.
// The pair's source sentences are reported, with the pair's
// translation as their counterpart: the alignment matched them (the
// omission decision found none of them left out, see trimmedMerge),
// and the report adds that their translation seems to leave part of
// them out.
func (c *coverer) shortened(r int) (Finding, bool) {
	row := c.al.Rows[r]
	sc, tc := row.Cells[0], row.Cells[1]
	la, lb := c.sum(c.srcLen, sc), c.sum(c.tgtLen, tc)
	z := c.zScore(la, lb)
	if la*c.ratio-lb < shortMinChars || z > -shortZ {
		return Finding{}, false
	}
	f := c.finding(Shortened, 0, sc)
	f.Counterpart = tc
	f.Confidence = shortenedConfidence(z)
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
