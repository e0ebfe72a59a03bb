package align

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// Telling a translation from chance.
//
// The search always finds a path: given Verne's novel in French and the
// book of Genesis in English it pairs most sentences with something, and
// each pair, taken alone, looks fair (the lengths fit, a few frequent
// words were "learnt" from the path itself). Row scores cannot say
// whether the texts correspond, for the search picked each pair as the
// best fitting of many. Only a comparison with what the same aligner
// makes of texts known not to correspond can.
//
// The null alignment. The aligner's first pass (lengths and visibly
// shared features, before any word pair is learnt) is run a second time,
// on the same first edition against the second edition's sentences in
// reverse order, with the same freedom: a band as wide as the real
// alignment's. The reversed text keeps every statistic of the second
// edition (its lengths, its words, its paragraphs) and its sentences are
// as free to fit, but no longer correspond to the first edition in
// order: it is what the aligner makes of a text of this kind that is not
// a translation. It is compared with the real first pass, not with the
// second: word pairs learnt from a path fit that path, whether or not
// the texts correspond, and learning again on the null would double the
// cost (measured: the full aligner as null made Verne's coverage 1.5
// times slower; this one search adds about a tenth to a fifth). The
// reversal is deterministic, so the verdicts are too.
//
// The statistic. Both alignments consume every sentence of the first
// edition, so they can be compared sentence by sentence: each source
// sentence is charged the cost (cost.go) of its row, shared among the
// row's source sentences, plus the cost of opening the run of inserted
// sentences just before it, if any. The length costs of inserted
// sentences are left out: where the second edition is much longer than
// the first, both alignments insert nearly all of it, and those costs,
// large and placed differently, would swamp the comparison. The
// difference null minus real, for each source sentence, is the
// evidence that the alignment explains the sentence better than chance.
//
// Which sentences are compared. The whole text is tested on the source
// sentences that both the real first pass and the null put in match
// rows (on all of them when fewer than chanceMinSentences are): each
// alignment then claims to explain the sentence, and the question is
// whether the real one does so better. A sentence the real alignment
// leaves out claims nothing; where a translation lacks a long passage
// the real alignment leaves its original out, while the null, read
// along the straight diagonal, pairs the same sentences with whatever
// is there, at less than the charge of a sentence left out: on all
// sentences, the Text+Berg dev document with the middle half of its
// French removed had z -5.0 (its kept half alone +9.7, the half left
// out -14.0), and of the Text+Berg test documents with 50 or 60 % of
// their French removed (go run ./bench/textberg -halves test), 16 of 56
// were found unrelated (1 now; 39 of 84 with 75 % too, 8 now). Sentences the real alignment matches and the null leaves
// out are not compared either: the real alignment chose them, and on
// them alone texts that do not correspond win (84 pairs of one
// Text+Berg document's German against another's French, whole or half
// removed: z up to 10.4 on the sentences the real pass matched, up to
// 2.4 on those both matched, up to 3.1 on all).
// Windows (below) are tested on the source sentences that both the
// final rows and the real first pass match (testStretch).
//
// The tests. On a stretch of n source sentences (the whole text, then
// windows of chanceWindow sentences), a one-sided Wilcoxon signed-rank
// test of those differences at p < 0.01 (z ≥ 2.326, normal
// approximation) says the stretch is related. Ranks, not a mean:
// differences are heavy-tailed (one sentence may carry a long
// insertion), and the test must not hinge on a few. (A sign test, tried
// first, left the Japanese Ruth and Jonah undecided; the signed-rank
// test finds them related, and no unrelated pair of the evaluation data
// reaches z 1.) When it does not say so, the upper 99% confidence bound
// of the median difference, from the binomial order statistics of the
// sign test, below chanceMargin says the stretch is no better than
// chance: unrelated.
// When neither holds, the stretch is undecided, which short texts
// without shared words (Chinese against English, a few dozen verses)
// often are; an undecided stretch keeps its rows, with a warning (and
// coverage does not count them as covered, coverage.go), unless
// it also does not look like an alignment at all: fewer than
// chanceDensity of its sentences matched, the rest scattered unaligned
// between them (at least chanceIsolated of the matched source
// sentences following a gap) — what aligning a chapter against a whole
// unrelated novel gives, the search picking a fitting sentence out of
// each gap. A translation missing most of its original has as few
// sentences matched, but in long runs, the gap where the passage was
// left out between them.
// That rule needs a stretch of chanceWindow source sentences or more: a
// source of eight chapter-long sentences (Korean without sentence
// punctuation) matches one to three English sentences each and leaves
// the rest unaligned, in a translation.
//
// The verdicts are nested: when the whole alignment is unrelated, every
// row is; when it is related, only windows that are not related and
// below the margin are declared unrelated, and undecided windows keep
// their rows without a warning, since the text as a whole is a
// translation. The density rule is for the whole only: in a translation,
// a sparse window is what a passage left out looks like (with it, one
// damaged Bible pair of go run ./bench/coverage lost a true match to a
// window found unrelated).
//
// Short texts (chance_full.go, up to chanceFullCells) are judged as a
// whole by a test of the whole aligner against many nulls instead,
// which has the power this one lacks on them and is not fooled by the
// few sentences that texts of one kind share (chapter numbers); windows
// and scattered alignments are judged as here.
// Texts of fewer than chanceMinSentences source sentences are not
// tested at all: compare says so in a warning (wholeWarnings) and leaves
// their rows as they were scored.
//
// Evidence (TestChanceEvalPairs, and the README): every Bible book of
// the evaluation data against en-KJV of the same book (zh, ja, ko, el,
// vi, syr; fr, de, es, la Genesis) is related (Ruth and Jonah, short,
// by chance_full.go; this test alone left the Chinese undecided);
// Verne in French against Genesis (bound 0.01), the Manifesto
// in German against Verne in English, Chinese Ruth and Jonah against
// Verne in English (bounds 0.00) are unrelated.

// The numbers of the tests.
const (
	// chanceZ is the one-sided 1% point of the standard normal: the
	// signed-rank test's threshold for "better than chance", and the
	// confidence of the bound on the median.
	chanceZ = 2.326
	// chanceWindow is the number of source sentences of a stretch
	// tested on its own: about a page, and enough for the bound on the
	// median to be the 28th of 40 differences. Chosen by hand (commit
	// 1263199), not measured.
	chanceWindow = 40
	// chanceMargin is the least median improvement per source sentence,
	// in nats, that a translation shows over chance: half of the
	// smallest median among the real pairs of the evaluation data used
	// to set it, Ruth in six languages against en-KJV (zh-ChiUns and
	// zh-ChiUn 0.083, ja 0.175, vi 0.49, fr 1.69, el 2.53); Jonah,
	// Genesis, Mark and the unrelated pairs were not looked at to set
	// it. Long unrelated pairs have a bound of 0.00 to 0.01.
	chanceMargin = 0.04
	// chanceDensity is the share of a stretch's sentences, of both
	// editions, that must be in matched rows for an undecided stretch
	// to be kept: set by hand between the real pairs of the evaluation
	// data (0.9 and above) and unrelated texts of unequal length (0.07
	// for Ruth against Verne, 0.25 for the Manifesto against Verne).
	chanceDensity = 0.5
	// chanceIsolated is the share of an alignment's matched source
	// sentences that follow a gap (isolation) from which a sparse
	// alignment is scattered: set by hand between the Text+Berg dev
	// document with half, 60 % and 75 % of its French removed from
	// the middle (0.03 to 0.09) and the unrelated pairs of the
	// evaluation data sparse enough to be concerned (0.22 for the
	// Manifesto against Verne, 0.68 to 0.91 for Ruth or Jonah against
	// Verne or Genesis).
	chanceIsolated = 0.15
	// chanceMinSentences: the signed-rank test of n sentences all
	// better than chance reaches z = √(3n(n+1)/(2(2n+1))), below
	// chanceZ for fewer than 7, and the test of short texts
	// (chance_full.go) needs as many to rank a sentence among its
	// nulls: a source that short cannot be shown to correspond to
	// anything, and a warning says so (Warning.Short).
	chanceMinSentences = 7
)

// A Verdict says how an alignment, or a stretch of it, compares with
// chance.
type Verdict string

// The verdicts.
const (
	// Related: better than chance (signed-rank test, p < 0.01).
	Related Verdict = "related"
	// Undecided: neither better than chance nor shown to be no better;
	// rows kept.
	Undecided Verdict = "undecided"
	// Unrelated: no better than chance; its rows are unaligned.
	Unrelated Verdict = "unrelated"
)

// A Warning says that part of an alignment is doubtful: which rows and
// sentences, what was found, and the figures behind it.
type Warning struct {
	// Kind names what was found: "unrelated" or "undecided" (a drift,
	// Drift, is undecided).
	Kind Verdict
	// Rows are the alignment's rows First..Limit-1 the warning is about
	// (after the unrelated rows were split, see Alignment.Warnings).
	First, Limit int
	// Sentences are, for each edition, the first and last+1 index of
	// its sentences in those rows (equal when it has none).
	Sentences [][2]int
	// Z is the signed-rank test's z (better than chance from 2.326), Margin
	// the upper 99% bound of the median improvement per source
	// sentence, in nats, and Density the share of sentences matched.
	Z, Margin, Density float64
	// Share is, for short texts (chance_full.go), the mean share of
	// alignments of texts that do not correspond (the nulls) that the
	// alignment explains a sentence better than, both passes and both
	// editions' roles averaged (0.5: as chance; related from chanceRelatedShare), and
	// NullBest the highest share of a null against the others; both 0
	// when the texts were too long to be tested so.
	Share, NullBest float64
	// Paired is, for two editions compared as versions of one text (not
	// by the tests of chance), the share of the sentences of the edition
	// with more of them paired that are in equal, changed or moved rows
	// (versions_apart.go), at least 1e-9 so that a share of none still
	// says the warning is of versions; 0 for the tests of chance.
	Paired float64
	// Kept is, for two editions compared as versions that keep too few
	// of the words of the sentences they pair to be versions of one text
	// (versions_apart.go, reworded), that share, at least 1e-9; 0
	// otherwise.
	Kept float64
	// Order says that the stretch, related as a whole, was found no
	// better than its translation's sentences read backwards within
	// each paragraph (chance_order.go): its paragraphs correspond, its
	// sentences are not shown to.
	Order bool
	// Drift is, for a stretch whose matches are mostly doubtful, side
	// by side (chance_drift.go), the share of them that are; 0
	// otherwise.
	Drift float64
	// Short says that the source has fewer than chanceMinSentences
	// sentences, too few for any test of chance (wholeWarnings): a
	// warning of kind Undecided whose rows keep their scores and count
	// as covered; Z and the test's other figures are 0.
	Short bool
	// Numbers are, for short texts whose numbers are all different
	// (numbersApart, chance_short.go), those of the first edition and
	// of the second, sorted; nil otherwise.
	Numbers [2][]string
	// Message says it in a sentence.
	Message string
}

// stretchTest is the outcome of the tests on a stretch.
type stretchTest struct {
	verdict        Verdict
	z, up, density float64
	// isolated is, for the whole, the share of matched source
	// sentences that follow a gap (isolation).
	isolated     float64
	first, limit int // source sentences
	// share and nullBest are the figures of the test of short texts
	// (chance_full.go), 0 when it was not made.
	share, nullBest float64
}

// judge compares the costs of the real path with the null path's, and
// returns the verdict on the whole and, when the whole is related, on
// each window (judgeWindows). real and null are per-source-sentence
// costs; matched and total are, per source sentence, the number of
// sentences (both editions) in match rows and in all rows attributed to
// it.
func judge(real []float64, realMatched []bool, null *nullRun, matched, total []float64) (whole stretchTest, windows []stretchTest) {
	n := len(real)
	if n < chanceMinSentences {
		return stretchTest{verdict: Related, density: 1, limit: n}, nil
	}
	whole = testWhole(real, realMatched, null, matched, total)
	if whole.verdict != Related {
		return whole, nil
	}
	return whole, judgeWindows(real, realMatched, null, matched, total)
}

// scattered reports whether a whole alignment of n source sentences,
// density of the sentences of both editions matched, does not look like
// an alignment at all (chanceDensity): unrelated, whatever else is
// found.
func scattered(whole stretchTest) bool {
	return whole.density < chanceDensity && whole.isolated >= chanceIsolated && whole.limit-whole.first >= chanceWindow
}

// isolation returns the share of the source sentences in match rows
// (matched, total as sourceSizes gives them) that follow a gap: a
// source sentence left out or a sentence of the other edition inserted
// since the previous matched source sentence.
func isolation(matched, total []float64) float64 {
	gaps, n := 0, 0
	seen, gap := false, false
	for k := range matched {
		if matched[k] == 0 {
			gap = true
			continue
		}
		if seen && (gap || total[k] > matched[k]) {
			gaps++
		}
		seen, gap = true, false
		n++
	}
	if n == 0 {
		return 1
	}
	return float64(gaps) / float64(n)
}

// judgeWindows returns the verdicts on windows of chanceWindow
// sentences, the last one taking the rest, of a text of at least two.
func judgeWindows(real []float64, realMatched []bool, null *nullRun, matched, total []float64) (windows []stretchTest) {
	n := len(real)
	if n < 2*chanceWindow {
		return nil
	}
	for lo := 0; lo < n; {
		hi := min(lo+chanceWindow, n)
		if n-hi < chanceWindow/2 {
			hi = n
		}
		windows = append(windows, testStretch(real, realMatched, null, matched, total, lo, hi, true))
		lo = hi
	}
	return windows
}

// testStretch tests source sentences lo..hi-1. A window is judged on
// its matched sentences only: the question is whether its matches are
// chance, and a passage the translation leaves out, aligned as deleted
// rows in both alignments, would make it look so. Matched both in the
// rows (matched) and by the real first pass (realMatched), whose costs
// real are: a sentence the first pass left out is charged as left out,
// and claims nothing, as in the test of the whole. The omission
// decision may match what the first pass left out: French Genesis
// against the King James Version of its first 20 chapters, whose first
// pass, in a band too narrow for the true path, left French 465 to
// about 1275 out, had its chapters 19 and 20, matched right in the
// rows, found no better than chance (windows z -5.4 and -4.6; the first
// pass's cost 5.56 nats a sentence there, the null's 2.19; see wideProb
// in cost.go). A window with fewer than chanceMinSentences such
// sentences is not judged.
func testStretch(real []float64, realMatched []bool, null *nullRun, matched, total []float64, lo, hi int, window bool) stretchTest {
	st := stretchTest{first: lo, limit: hi}
	d := make([]float64, 0, hi-lo)
	m, t := 0.0, 0.0
	for k := lo; k < hi; k++ {
		if window && (matched[k] == 0 || !realMatched[k]) {
			continue
		}
		d = append(d, null.cost[k]-real[k])
		m += matched[k]
		t += total[k]
	}
	if len(d) < chanceMinSentences {
		st.verdict, st.density = Related, 1
		return st
	}
	return decide(st, d, m, t, window)
}

// testWhole tests the whole alignment, on the source sentences matched
// both by the real first pass (realMatched) and by the null alignment
// (chanceBoth), or on all of them when fewer than chanceMinSentences
// are.
func testWhole(real []float64, realMatched []bool, null *nullRun, matched, total []float64) stretchTest {
	n := len(real)
	st := stretchTest{first: 0, limit: n, isolated: isolation(matched, total)}
	d := make([]float64, 0, n)
	m, t := 0.0, 0.0
	for k := range n {
		m += matched[k]
		t += total[k]
		if realMatched[k] && null.matched[k] {
			d = append(d, null.cost[k]-real[k])
		}
	}
	if len(d) < chanceMinSentences {
		d = d[:0]
		for k := range n {
			d = append(d, null.cost[k]-real[k])
		}
	}
	return decide(st, d, m, t, false)
}

// decide sets st's figures and verdict from the differences d (null
// minus real) of its sentences, m of t of whose sentences, of both
// editions, are matched.
func decide(st stretchTest, d []float64, m, t float64, window bool) stretchTest {
	k := float64(len(d))
	st.z = signedRankZ(d)
	sort.Float64s(d)
	u := int(math.Ceil(k/2 + chanceZ*math.Sqrt(k)/2))
	st.up = d[min(u, len(d)-1)]
	st.density = 1
	if t > 0 {
		st.density = m / t
	}
	switch {
	case st.z >= chanceZ:
		st.verdict = Related
	case st.up < chanceMargin || !window && scattered(st):
		st.verdict = Unrelated
	default:
		st.verdict = Undecided
	}
	return st
}

// againstChance tests the alignment against the null alignment's costs
// of the source sentences (nullCosts), turns the match rows of
// unrelated stretches into unaligned rows and returns the rows with the
// warnings. real, matched and total are what sourceCosts gives of the
// alignment's path, whose rows are rows; againstChance owns them, and
// may change them in place.
//
// Its memory is that of the rows and a word for each source sentence
// and row: for bench/pathological's 20 MB paragraph against a novel,
// found unrelated, the verdict and stretch of each of its 295k source
// sentences (a 56-byte stretchTest and a string each) were 24 MB, and
// the rows, copied to make room for the rows each match splits into,
// were held twice (26 MB each). A sentence now names its stretch by an
// index, and the rows split in place when the slice has room for them
// (alignWith makes it so when the whole is unrelated), moved from the
// last so that none is overwritten before it is read; the match's
// cells are those of the deleted row its source sentences go to.
//
// full, when not nil, is the verdict on the whole of the test of short
// texts (chance_full.go), which replaces that of the test with one null
// unless the alignment is scattered; windows are tested as for long
// texts when it finds the whole related.
func againstChance(rows []Row, real []float64, realMatched []bool, matched, total []float64, null *nullRun, full *stretchTest) ([]Row, []Warning) {
	whole, windows := judge(real, realMatched, null, matched, total)
	if full != nil && len(real) >= chanceMinSentences && !scattered(whole) {
		whole.verdict, whole.share, whole.nullBest = full.verdict, full.share, full.nullBest
		if whole.verdict == Unrelated && whole.density >= chanceDensity {
			// A dense alignment no better than the best of the nulls is
			// not shown unrelated: the test of short texts cannot tell
			// it from a translation without a word in common with its
			// original (the first 12 verses of Jonah in the Korean 개역
			// against the King James Version: share 0.547, the best null
			// 0.597, every sentence matched, every row right; they were
			// left unaligned). Undecided, its rows stay, with a warning,
			// and count as not covered all the same. Two different
			// books of the Bible of like size (TestChanceBibleBooks,
			// shares 0.514 to 0.586) are so undecided too, as most
			// already were. A sparse alignment stays unrelated: 35
			// sentences of a book against Genesis (share 0.507 to 0.518,
			// 5 % of the sentences matched, TestChanceShortAgainstLong).
			// go run ./bench/textberg -halves test: of the 84
			// Text+Berg documents with half or more of their French
			// removed, unrelated 8 → 6, undecided 27 → 29.
			whole.verdict = Undecided
		}
		windows = nil
		if whole.verdict == Related {
			windows = judgeWindows(real, realMatched, null, matched, total)
		}
	}
	// The stretch of each source sentence, an index into stretches: 0
	// none (verdict ""), 1 none but judged related with the whole, 2
	// the whole, then the unrelated windows of a related whole.
	stretches := []stretchTest{{}, {verdict: Related}, whole}
	of := make([]int32, len(real))
	set := func(st stretchTest) {
		stretches = append(stretches, st)
		x := int32(len(stretches) - 1)
		for k := st.first; k < st.limit; k++ {
			of[k] = x
		}
	}
	for k := whole.first; k < whole.limit; k++ {
		of[k] = 2
	}
	if whole.verdict == Related {
		for k := range of {
			if of[k] == 0 {
				of[k] = 1
			}
		}
		for _, w := range windows {
			if w.verdict == Unrelated {
				set(w)
			}
		}
	}
	// Each row takes the verdict of its source sentences, or of the
	// next source sentence for an insertion (of the last at the end):
	// code[r] is 2 × (1 + its stretch, 0 for none and related) + 1 if
	// the row splits. next is the next source sentence after the rows
	// seen.
	code := make([]int32, len(rows))
	split := 0
	for next, r := 0, 0; r < len(rows); r++ {
		k := next
		if c := rows[r].Cells[0]; len(c) > 0 {
			k = c[0]
			next = c[len(c)-1] + 1
		}
		x := int32(-1)
		if k = min(k, len(of)-1); k >= 0 {
			x = of[k]
		}
		code[r] = 2 * (x + 1)
		if x >= 0 && stretches[x].verdict == Unrelated && rows[r].Kind == Match {
			code[r]++
			split++
		}
	}
	stretchOf := func(c int32) stretchTest {
		if c/2 == 0 {
			return stretchTest{verdict: Related}
		}
		return stretches[c/2-1]
	}
	// A match of an unrelated stretch becomes two rows.
	out := rows
	if split > 0 {
		if cap(rows) >= len(rows)+split {
			out = rows[:len(rows)+split]
		} else {
			out = make([]Row, len(rows)+split)
		}
		d := len(out)
		for r := len(rows) - 1; r >= 0; r-- {
			row := rows[r]
			if code[r]%2 == 0 {
				out[d-1] = row
				d--
				continue
			}
			tgt := row.Cells[1]
			row.Cells[1] = nil
			out[d-1] = Row{Cells: [][]int{nil, tgt}, Kind: Inserted, Score: 0.5, raw: 0.5}
			out[d-2] = Row{Cells: row.Cells, Kind: Deleted, Score: 0.5, raw: 0.5}
			d -= 2
		}
	}
	var warns []Warning
	var cur *Warning
	pos := 0 // the row of out that row r of rows starts
	for r := range code {
		st := stretchOf(code[r])
		first := pos
		pos += 1 + int(code[r]%2)
		if st.verdict == Related {
			cur = nil
			continue
		}
		if cur == nil || cur.Kind != st.verdict || cur.Limit != first || cur.Z != st.z {
			warns = append(warns, Warning{Kind: st.verdict, First: first, Z: st.z, Margin: st.up, Density: st.density,
				Share: st.share, NullBest: st.nullBest})
			cur = &warns[len(warns)-1]
		}
		cur.Limit = pos
	}
	for i := range warns {
		warns[i].Sentences = sentenceSpans(out[warns[i].First:warns[i].Limit], 2)
	}
	return out, warns
}

// sentenceSpans returns, for each of the editions of rows, the first
// and last+1 index of its sentences in them; {0, 0} for an edition with
// none there.
func sentenceSpans(rows []Row, editions int) [][2]int {
	out := make([][2]int, editions)
	for e := range out {
		lo, hi := -1, -1
		for _, r := range rows {
			for _, s := range r.Cells[e] {
				if lo < 0 {
					lo = s
				}
				hi = s + 1
			}
		}
		if lo < 0 {
			lo, hi = 0, 0
		}
		out[e] = [2]int{lo, hi}
	}
	return out
}

// doubtUndecided scores the matches of the stretches the tests of
// chance cannot decide (Undecided) as what they are: right only if the
// texts there correspond, which nothing has shown. At even odds that
// they do (the tests say no more either way), a match's probability of
// being right is half what the calibration gave it, which assumed a
// translation: every such row is then doubtful (below DoubtfulBelow),
// as every view marks it. Ruth against Jonah (French and English), two
// different books the tests leave undecided, had 54 matches, every one
// wrong, scored 0.62 on average and 35 of them 0.5 or more.
func (a *Alignment) doubtUndecided() {
	for _, w := range a.Warnings {
		if w.Kind == Undecided {
			a.doubt(w)
		}
	}
}

// doubt scores the matches of w's rows as those of an undecided
// stretch (doubtUndecided).
func (a *Alignment) doubt(w Warning) {
	for r := w.First; r < w.Limit; r++ {
		if a.Rows[r].Kind == Match {
			a.Rows[r].Score *= undecidedOdds
		}
	}
}

// Distrusts reports whether the sentences w is about count as without
// a counterpart wherever coverage is counted (the coverage check, the
// summaries of synoptic batch): those of every warning but one that says
// the text is too short to be tested (Short), whose rows are left as
// they were scored.
func (w *Warning) Distrusts() bool { return !w.Short }

// undecidedOdds is the probability that an undecided stretch
// corresponds (doubtUndecided): even odds, the tests having found it
// neither better than chance nor no better.
const undecidedOdds = 0.5

// placeWarnings sets ws, whose Sentences give for each of a's editions
// the sentences they are about, as a's warnings: each on the rows that
// hold those sentences (First, Limit: from the first row to the last
// whose cell of some edition lies within that edition's sentences),
// with its message naming the editions. Alignments made of others
// (pins, several editions) carry their parts' warnings so.
//
// Each edition's cells stand in reading order, so the rows whose cell
// lies within a span are found by binary search among the rows that
// have a cell of that edition: linear in the rows, not in the rows
// times the warnings (a row scan per warning was quadratic once a
// translation whose paragraphs were shuffled had a drift warning every
// few pages, chance_drift.go).
func (a *Alignment) placeWarnings(ws []Warning) {
	a.Warnings = nil
	if len(ws) == 0 {
		return
	}
	// For each edition, the rows with a cell of it, in order.
	has := make([][]int32, len(a.Editions))
	for r, row := range a.Rows {
		for e, cell := range row.Cells {
			if len(cell) > 0 {
				has[e] = append(has[e], int32(r))
			}
		}
	}
	for _, w := range ws {
		w.First, w.Limit = -1, -1
		for e, rows := range has {
			lo, hi := w.Sentences[e][0], w.Sentences[e][1]
			// The first row whose cell starts at lo or after, and the
			// first whose cell ends at hi or after: those between lie
			// within.
			x, _ := slices.BinarySearchFunc(rows, lo, func(r int32, s int) int { return cmp.Compare(a.Rows[r].Cells[e][0], s) })
			y, _ := slices.BinarySearchFunc(rows, hi, func(r int32, s int) int { return cmp.Compare(last(a.Rows[r].Cells[e]), s) })
			if x >= y {
				continue
			}
			if first := int(rows[x]); w.First < 0 || first < w.First {
				w.First = first
			}
			w.Limit = max(w.Limit, int(rows[y-1])+1)
		}
		if w.First < 0 {
			continue
		}
		w.Message = w.message(a)
		a.Warnings = append(a.Warnings, w)
	}
}

// message says w in a sentence, naming the editions by id.
func (w *Warning) message(a *Alignment) string {
	var parts, ids []string
	all := true
	for e, sp := range w.Sentences {
		if sp[1] <= sp[0] {
			continue
		}
		id := a.Editions[e].ID
		ids = append(ids, id)
		parts = append(parts, fmt.Sprintf("sentences %d-%d of %s", sp[0]+1, sp[1], id))
		all = all && sp[0] == 0 && sp[1] == len(a.Editions[e].Sentences)
	}
	where := strings.Join(ids, " and ")
	if !all {
		where = strings.Join(parts, " and ")
	}
	if w.Paired > 0 {
		return apartMessage(where, w.Paired)
	}
	if w.Kept > 0 {
		return rewordedMessage(where, w.Kept)
	}
	if w.Numbers[0] != nil {
		return numbersMessage(where, [2]string{a.Editions[0].ID, a.Editions[1].ID}, w.Numbers)
	}
	figures := fmt.Sprintf("signed-rank z %.1f, median gain over chance at most %.2f, %.0f%% of sentences matched",
		w.Z, w.Margin, 100*w.Density)
	if w.Share > 0 {
		figures = fmt.Sprintf("a sentence is explained better than on texts that do not correspond in a share %.3f of comparisons, the best of those texts %.3f, a translation %.2f or more; %.0f%% of sentences matched",
			w.Share, w.NullBest, chanceRelatedShare, 100*w.Density)
	}
	switch {
	case w.Short:
		n, s := w.Sentences[0][1]-w.Sentences[0][0], "s"
		if n == 1 {
			s = ""
		}
		return fmt.Sprintf("%s: too short to test whether they correspond better than chance (%d sentence%s of %s; %d are needed): the scores and the coverage assume they do", where, n, s, a.Editions[0].ID, chanceMinSentences)
	case w.Drift > 0:
		return fmt.Sprintf("%s: %.0f%% of the matches are doubtful, side by side: the alignment has likely drifted there (a passage left out or added nearby, translated freely, or out of order); rows kept, not counted as covered", where, 100*w.Drift)
	case w.Order:
		return fmt.Sprintf("%s: the sentences within paragraphs are not shown to correspond, no better than with the sentences of %s in each paragraph read backwards; rows kept, doubtful, not counted as covered (%s)", where, a.Editions[len(a.Editions)-1].ID, figures)
	case w.Kind == Unrelated:
		return fmt.Sprintf("%s align no better than chance; left unaligned (%s)", where, figures)
	default:
		return fmt.Sprintf("%s: cannot tell whether they correspond better than chance; rows kept, not counted as covered (%s)", where, figures)
	}
}

// signedRankZ returns the z of Wilcoxon's signed-rank statistic of d
// (zeros dropped, ties given their mean rank).
func signedRankZ(d []float64) float64 {
	type v struct {
		abs float64
		pos bool
	}
	var xs []v
	for _, x := range d {
		if x != 0 {
			xs = append(xs, v{math.Abs(x), x > 0})
		}
	}
	n := float64(len(xs))
	if n == 0 {
		return 0
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].abs < xs[j].abs })
	w := 0.0
	tie := 0.0
	for i := 0; i < len(xs); {
		j := i
		for j < len(xs) && xs[j].abs == xs[i].abs {
			j++
		}
		rank := float64(i+j+1) / 2
		t := float64(j - i)
		tie += t*t*t - t
		for k := i; k < j; k++ {
			if xs[k].pos {
				w += rank
			}
		}
		i = j
	}
	mu := n * (n + 1) / 4
	sd := math.Sqrt(n*(n+1)*(2*n+1)/24 - tie/48)
	return (w - mu) / sd
}
