// The length model of one translation: Gale and Church's, with the
// spread of this translator, by which the omission decision
// (omissions.go) and the coverage check weigh lengths.

package align

import (
	"math"
	"sort"
	"unicode"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/editions"
)

// translatorLengths is the length model of a translation: the
// non-space characters of each sentence of both editions, the ratio of
// translation to source characters and the variance per character of
// the difference.
type translatorLengths struct {
	srcLen, tgtLen []float64
	ratio          float64 // characters of translation per character of source
	variance       float64 // length model's variance per character, re-estimated
}

// measureLengths measures the sentences of both editions and the
// length model of the translation that rows align: the ratio as the
// aligner's second pass estimates it, from what it matched, smoothed
// towards what the languages lead one to expect (priorRatio), and the
// variance (estimateVariance).
func measureLengths(src, tgt *editions.Edition, rows []Row) translatorLengths {
	c := translatorLengths{srcLen: sentenceLengths(src), tgtLen: sentenceLengths(tgt)}
	la, lb := 0.0, 0.0
	for _, row := range rows {
		if row.Kind != Match || len(row.Cells) < 2 {
			continue
		}
		la += c.sum(c.srcLen, row.Cells[0])
		lb += c.sum(c.tgtLen, row.Cells[1])
	}
	c.ratio = smoothedRatio(la, lb, priorRatio(charsPerEnglish(src.Lang), charsPerEnglish(tgt.Lang)))
	c.variance = c.estimateVariance(rows)
	return c
}

// estimateVariance re-estimates the Gale–Church variance per character
// from the matched pairs of these two texts. The aligner's value is
// deliberately generous, so as not to reject true pairs of unusual
// length; a check for too-short translations needs the spread of this
// translator, who may be close or free. The estimate is robust: the
// median of the squared standardized differences over that of a χ²
// variable with one degree of freedom (0.455), so that the omissions
// being looked for do not inflate it.
func (c *translatorLengths) estimateVariance(rows []Row) float64 {
	var sq []float64
	for _, row := range rows {
		if row.Kind != Match || len(row.Cells) < 2 {
			continue
		}
		la, lb := c.sum(c.srcLen, row.Cells[0]), c.sum(c.tgtLen, row.Cells[1])
		mean := (la + lb/c.ratio) / 2
		if mean <= 0 {
			continue
		}
		d := lb - la*c.ratio
		sq = append(sq, d*d/(mean*c.ratio))
	}
	// A short text says little about its translator: the estimate is
	// shrunk towards the aligner's value as if that had been seen on
	// varPrior pairs, and kept between 1 and twice that value (all chosen
	// by hand when the check was written, commit a564e4f, not measured).
	const varPrior = 10
	def := defaultParams().variance
	if len(sq) == 0 {
		return def
	}
	sort.Float64s(sq)
	v := sq[len(sq)/2] / 0.455 // the median of χ² with one degree of freedom
	n := float64(len(sq))
	v = (n*v + varPrior*def) / (n + varPrior)
	return math.Max(1, math.Min(v, 2*def))
}

// zScore is the standardized length difference of a pair: how many
// standard deviations the translation's length lb is from what the
// source's la predicts. Negative means too short.
func (c *translatorLengths) zScore(la, lb float64) float64 {
	mean := (la + lb/c.ratio) / 2
	if mean <= 0 {
		return 0
	}
	return (lb - la*c.ratio) / math.Sqrt(c.variance*mean*c.ratio)
}

func (c *translatorLengths) sum(lengths []float64, cell []int) float64 {
	s := 0.0
	for _, i := range cell {
		s += lengths[i]
	}
	return s
}

func sentenceLengths(e *editions.Edition) []float64 {
	out := make([]float64, len(e.Sentences))
	for i, s := range e.Sentences {
		n := 0
		for _, r := range s.Text {
			if !unicode.IsSpace(r) {
				n++
			}
		}
		out[i] = float64(n)
	}
	return out
}

// lengthLogLik is the log-likelihood of a standardized length difference
// z, up to a constant: Student's t with lengthDF degrees of freedom
// rather than the normal, since real length differences have heavier
// tails than Gale and Church's model, and one odd pair must not outweigh
// everything else.
func lengthLogLik(z float64) float64 {
	return -(lengthDF + 1) / 2 * math.Log(1+z*z/lengthDF)
}

// lengthDF, five degrees of freedom, gives tails far heavier than the
// normal's and a centre close to it; chosen by hand with the log-odds of
// merges (commit f162d1e), not measured. 2, 3 and 8 (2026-12-07, go run
// ./bench/textberg): dev 0.867 each, test 0.892, 0.894 and 0.895.
const lengthDF = 5

// The prior of the length ratio.
//
// Texts run to very different numbers of characters in different
// scripts: a verse of the Chinese Union Version has a third of the
// characters of the King James Version's. For a long text the ratio is
// measured (smoothedRatio), but a short one says little, and with a
// prior of 1 for every pair of languages a Chinese or Japanese page
// against its English original looked a third or half as long as it
// should: its sentences were merged in twos and threes. With the first
// 10 verses of Ruth (go run ./bench/scripts -verses 10) the Chinese
// versions had none of their verses in a row with the English one, the
// Korean Jonah none either.

// densities are how many characters (other than white space) a text in
// a language takes for one of the same text in English, for the
// languages where that is far from 1 (outside ratioSpread): measured on
// the Bible books of ../shared/eval/bible against the King James
// Version, Ruth for all but Syriac (the development book of the scripts
// bench; Jonah, kept for reporting, gives zh 0.32, ja 0.52, ko 0.43),
// Mark for Syriac (its only book there). The other languages measured
// there are within ratioSpread of English (German 0.99–1.12, French
// 0.98–1.02, Spanish 0.91–0.93, Latin 0.88–0.93, Greek 1.04–1.06,
// Vietnamese 0.89–0.95) and have 1; languages not measured have 1 too.
var densities = map[string]float64{"zh": 0.33, "ja": 0.59, "ko": 0.41, "syr": 0.58}

// charsPerEnglish is the density of language t (densities), 1 for a
// language not listed or not known.
func charsPerEnglish(t language.Tag) float64 {
	if b, ok := editions.BaseLanguage(t); ok {
		if d, ok := densities[b.String()]; ok {
			return d
		}
	}
	return 1
}

// priorRatio is the length ratio to expect of a translation, of density
// db, of a text of density da; 1 where either is not known (a side made
// without an edition).
func priorRatio(da, db float64) float64 {
	if da <= 0 || db <= 0 {
		return 1
	}
	return db / da
}
