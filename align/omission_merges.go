// Omissions the search absorbed in merges, and sentences it left
// unmatched that a merge renders: the ends of a merge weighed as
// log-odds of being left out.

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
//     (beadProbOmit per bead), or beside a passage left out as cheap
//     as the passage reaching further (see cuts), merges as frequent as
//     this translator makes them (mergeRate). (An omission rate estimated from the
//     first alignment's unmatched rows, as the merge rate is, kept two
//     true merges of Text+Berg dev whole, strict F1 0.833 → 0.836, but
//     made go run ./bench/coverage worse, seed 1: single sentences
//     removed found with precision 0.947 instead of 0.956 even when
//     bounded by beadProbOmit, 0.921 unbounded: the unmatched rows of a
//     free translation are as much paraphrases as omissions.)
//   - the lengths: the likelihood of tc's length given the whole merge
//     and given the rest, under the length spread of this translator
//     (lengthLogLik);
//   - what tc visibly shares with the end beyond what it shares with
//     the rest (marginalShare): how likely so little is if the end is
//     translated there, and if it is not, as measured on the alignment's
//     own pairs of sentences of similar weight (d.lexLogLR).
//
// An end is weighed as well against the hypothesis that the match beside
// it renders it (movedOdds), and its log-odds are the lesser. The end of
// the highest log-odds, if they are positive, is left out (mergeEnd),
// with their probability; mergedOmission reports whether it was. A
// merge kept whole keeps in apartP the probability of its likeliest end
// left out, before the match beside it is weighed: left out or rendered
// there, the merge is wrong either way. That probability is the one
// before a seam's prior (cut.seam): the prior keeps the merge whole
// where the lengths and words alone would part it, and the reader is
// still told that the merge is in doubt. (On a chapter of Ruth in the
// Chinese Union Version without verse 16, whose verse 15 ends at a
// colon in the King James Version, the merge of the two stayed whole
// only by the prior, and with the prior in apartP as well it was scored
// as sure: TestShortTranslationDroppedVerse.)
func (d *decider) mergedOmission(r int) bool {
	sc, tc := d.rows[r].Cells[0], d.rows[r].Cells[1]
	var best []int
	bestOdds, apart := math.Inf(-1), math.Inf(-1)
	for _, x := range d.cuts(sc, tc, d.passagesBeside(r)) {
		apart = math.Max(apart, x.odds+x.seam)
		odds := x.odds
		if odds > 0 {
			odds = math.Min(odds, d.movedOdds(r, sc, x.omitted))
		}
		if odds > bestOdds {
			best, bestOdds = x.omitted, odds
		}
	}
	if best == nil || bestOdds <= 0 {
		// Kept whole: right only if no end is left out or rendered
		// beside it (Row.apartP).
		if best != nil {
			d.rows[r].apartP = sigmoid(apart)
		}
		return false
	}
	return d.mergeEnd(r, r, sc, tc, best, bestOdds)
}

// movedOdds is the log-odds that the run omitted, at one end of the
// merge of source sentences sc at row r, is left out of the translation
// rather than rendered by the match beside that end: where two merges
// meet, an aligner may put a sentence in either, and if it chose the
// wrong one the sentence is not missing. +Inf if there is no match
// beside it.
func (d *decider) movedOdds(r int, sc, omitted []int) float64 {
	rows := d.rows
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
	for _, y := range d.cuts(v, rows[k].Cells[1], [2]bool{}) {
		if slices.Equal(y.omitted, omitted) {
			return y.odds
		}
	}
	return math.Inf(1)
}

// besideMatch weighs a source sentence s, alone at row r between
// matches, that the search left unmatched. Whether the search leaves a
// sentence out beside a match or merges it into that match is often a
// coin toss, and the same sentence must not be shown missing or not
// according to which way the coin fell; so s is weighed as
// mergedOmission weighs the end of a merge. The hypotheses are that s
// is left out (the search's), that it is merged into the match before
// or after it (unless another decision has taken that match, or the
// merge would be of a shape the search does not make), and, so merged,
// that the merge leaves out another run at one of its ends (see cuts) —
// the match's own source, say, s being what its translation renders.
// The likeliest decides: s stays left out, with the least of its
// log-odds against each merge as its probability (at most
// omissionConf); or the merge replaces the two rows, with the run it
// leaves out, if any, in rows of its own (mergeEnd). It reports false
// when s is too short for its length to say anything, or has no match
// beside it; s is then judged as a run of its own (unmatchedRun).
func (d *decider) besideMatch(r int) bool {
	rows := d.rows
	s := rows[r].Cells[0][0]
	// Scores are log-likelihoods relative to the hypothesis that s is
	// left out.
	type hypothesis struct {
		score   float64
		row     int // the match s is merged into, -1 if none
		sc, tc  []int
		omitted []int // another run the merge leaves out
	}
	best := hypothesis{row: -1}
	kept := math.Inf(1) // the least log-odds of s left out against merged
	for _, k := range []int{r - 1, r + 1} {
		if k < 0 || k >= len(rows) || rows[k].Kind != Match || d.taken[k] {
			continue
		}
		if _, ok := beadTypeOf(len(rows[k].Cells[0])+1, len(rows[k].Cells[1])); !ok {
			continue
		}
		h := hypothesis{row: k, tc: rows[k].Cells[1]}
		if k < r {
			h.sc = append(append([]int{}, rows[k].Cells[0]...), s)
		} else {
			h.sc = append([]int{s}, rows[k].Cells[0]...)
		}
		cs := d.cuts(h.sc, h.tc, [2]bool{})
		self := math.NaN()
		for _, x := range cs {
			if len(x.omitted) == 1 && x.omitted[0] == s {
				self = x.odds
			}
		}
		if math.IsNaN(self) {
			return false
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
		return false
	}
	if best.row < 0 {
		row := rows[r]
		row.omitP, row.weighed = math.Min(omissionConf, sigmoid(kept)), true
		d.edit(r, r+1, []Row{row})
		return true
	}
	lo, hi := min(r, best.row), max(r, best.row)
	if best.omitted == nil {
		d.edit(lo, hi+1, []Row{matchRow(best.sc, best.tc)})
		return true
	}
	// Against the likelier of the hypotheses with nothing left out.
	d.mergeEnd(lo, hi, best.sc, best.tc, best.omitted, best.score+kept)
	return true
}

// mergeEnd leaves out the sentences omitted, at one end of the merge of
// source sentences sc and translation tc that rows lo..hi hold, with
// log-odds odds: the rows become the rest of the merge and the omitted
// sentences in Deleted rows where they stand. A single sentence left
// out may be rendered by the 1-1 match beside it, whose own source is
// then the one missing (fitsBetter, shift). It reports whether the rows
// were free to change.
func (d *decider) mergeEnd(lo, hi int, sc, tc, omitted []int, odds float64) bool {
	p := sigmoid(odds)
	rest := sc[len(omitted):]
	atEnd := omitted[0] != sc[0]
	if atEnd {
		rest = sc[:len(sc)-len(omitted)]
	}
	merge := matchRow(rest, tc)
	if len(omitted) == 1 {
		k, dir := lo-1, -1
		if atEnd {
			k, dir = hi+1, 1
		}
		if _, ok := d.fitsBetter(omitted[0], k); ok {
			return d.shift(omitted[0], k, dir, merge, lo, hi, p)
		}
	}
	out := deletedRows(omitted, p)
	if atEnd {
		out = append([]Row{merge}, out...)
	} else {
		out = append(out, merge)
	}
	return d.edit(lo, hi+1, out)
}

// A cut is a run of source sentences at one end of a merge, and the
// log-odds that the merge's translation leaves it out.
type cut struct {
	omitted []int
	odds    float64
	// seam is what the odds were lowered by for a seam inside a
	// sentence (seamPrior), 0 elsewhere.
	seam float64
}

// cuts weighs, for each run of source sentences at one end of the merge
// of sc with translation tc, the log-odds that the translation leaves
// it out (see mergedOmission). Runs too short for their length to say
// anything are left out, unless that end of the merge borders a
// passage left out: edge[0] the end of sc's first sentence, edge[1]
// that of its last (see passagesBeside).
//
// Beside a passage left out, a run left out is not a new omission but
// the passage reaching one sentence further, and its prior is what the
// search charges for that, passageStep a sentence (runCost), not
// beadProbOmit. Where a passage begins and ends is a near-tie of the
// search's costs (see refine), and a sentence at its edge whose
// translation went with the passage was merged into its neighbour's
// match: on Text+Berg test1 without twenty French sentences the search
// and refine made "Ein Schrei :" / "<Seil geben ! )" a 2-1 with the
// sentence after the passage, "- Du mou !" having gone with it. Such a
// sentence is too short for its length to say anything, and the prior
// decides it (TestMergeAtPassageEdge). go run ./bench/textberg -gaps
// test: Text+Berg stretches 0.960 of the German sentences found →
// 0.966, test1 recovered at 1 row → 0 (max still 6, test4's); Genesis,
// Verne, -gaps dev, go run ./bench/textberg (with and without -dict
// auto) and go run ./bench/coverage -seed 1 as before.
//
// Tried and not kept: no cut where the sentence after it continues the
// one before mid-phrase (that one ends weakly, weakEnding, and this one
// begins in lower case), for an OCR line or a clause cut at a
// semicolon, half of one sentence, is not what a translator leaves
// out. The decision took apart three of the Text+Berg dev document's
// true merges, one of them "[...] als Fährten eines roten ( wir würden
// sagen :" / "braunen ) Bären herausgestellt hätten .": go run
// ./bench/textberg, dev 0.861 → 0.864, but test 0.889 → 0.887, test3's
// gold leaving out a clause cut at a semicolon ("Noch liegt goldenes
// Licht auf den Muttsee-gipfeln ;" / "die Sonne geht [...]").
// Nor, with either sign enough (no full stop of the language at the
// end of the one, or a lowercase letter at the start of the other) and
// as a prior of 3 nats against the cut rather than a veto, no cut by
// lengths alone (trimmedMerge) at such a seam (2026-12-07): dev 0.862
// → 0.865, test 0.895 → 0.898, -dict auto 0.913 → 0.917; but single
// sentences removed found 0.933 → 0.930 and 0.938 → 0.936 on the
// coverage bench's choosing seeds 11 and 12 (6 nats: dev 0.869, but
// 0.904 and 0.916). Such seams are 8–35 % of those of Text+Berg's
// sentences and 8–28 % of those of the Bible's verses (Psalm 136 and
// the Korean 개역, which ends no verse with a full stop, apart): a
// verse a translation lacks continues its neighbour as often.
//
// What is kept of it: a cut at a seam where the sentence before it ends
// weakly is charged seamPrior nats more (splitSeam), in cuts only; and,
// besides, a long cognate of the run omitted that the merge's
// translation shows and the rest does not account for counts as the
// translation's own sentences show one (longCognate, cognateLogLR).
// Both together, go run ./bench/textberg -decision (strict F1 to four
// places): dev 0.8741 → 0.8845, the search's own figure (two of the
// three merges kept whole, and one sentence the search left unmatched
// merged as the gold has it; "Tastend , unter dichten Schneeböen
// arbeiten sie sich abwärts ." is still taken out of "[...] où ils
// dévalent à tâtons ."), test 0.8946 → 0.8983; with -dict auto dev
// 0.8933 → 0.8968, test 0.9149 → 0.9175. The cognates alone: dev
// 0.8775, test 0.8946. What the seam prior costs the coverage bench is
// at splitSeam. go run ./bench/textberg -gaps: test's wrong rows after
// and before the gap 29, 8 → 26, 7 and other new omissions 8 → 5; dev's
// 10, 15 → 10, 16 and 2 → 3; the rest as before. With them, on dev the
// decision leaves the search's strict F1 as it was; on test it still
// lowers it by 0.0016 (-decision test: 0.8999 → 0.8983), by 0.0007
// through the cuts (mergedOmission and, where that keeps a merge,
// trimmedMerge: without both 0.8990) and by 0.0009 through the rest
// (besideMatch, refine, reattribute: without any decision, 0.8999).
//
// Tried and not kept with them: the lower case at the start of the
// sentence after the seam as a sign of it too, alone or besides the
// weak end (seamPrior 3; alone, without the cognates: dev 0.8775, test
// 0.8947; besides the weak end: as the weak end alone); the weak end at
// a colon left out, as one that introduces what follows (speech, say)
// rather than one that cuts a sentence (with the lower case as a sign:
// dev 0.8810, test 0.8951); and trimmedMerge barred at such a seam as
// well: no change on Text+Berg dev or test.
//
// Tried and not kept, too: the evidence (lengths and words) tempered,
// multiplied by λ < 1 before the prior is added, as two kinds of
// evidence read from one pair are not independent. On the Text+Berg
// documents the decision is mostly wrong and sure of it: of the 20
// Deleted rows it makes or keeps (test and dev, no dictionary), 3 are
// gold, their odds giving 0.59 to 0.98 (the rows' calibrated Score
// says 0.30 to 0.73). λ = 0.4: go run ./bench/textberg dev 0.862 →
// 0.872, test 0.895 → 0.897 (0.8: 0.865, 0.895; 0: 0.876, 0.894), but
// go run ./bench/coverage -seed 1 finds fewer of the single sentences
// removed, recall 0.896 → 0.807 (Verne's 0.711 → 0.367): the lengths
// and words that wrongly part a free translation's merges are what
// finds a sentence truly removed.
//
// Tried and not kept, either (2026-12-07): no cut in a merge of three
// source sentences or more (mergedOmission), as a free translator who
// joins a handful of sentences into one condenses them. It takes back
// false alarms: on Verne undamaged (go run ./bench/coverage -v) the
// omissions reported fall from 58 to 47, among those gone "Le Parsi,
// guidant Mr. Fogg, [...] s'avança sans bruit à travers la forêt.",
// reported at 0.93, which the English renders ("The Parsee, leading
// the others, noiselessly crept through the wood"); paragraphs removed
// are found with precision 0.959 → 0.989 at -seed 1; Text+Berg test
// 0.895 → 0.897, with -dict auto 0.913 → 0.915, dev unchanged. But
// the sentences truly removed that the search had absorbed in such a
// merge are lost: on the seeds the coverage bench chooses on, single
// sentences found 0.933 → 0.919 (-seed 11; Verne's 0.787 → 0.730) and
// 0.938 → 0.933 (-seed 12); -seed 1 0.896 → 0.894. Requiring log-odds
// of 2 or 3 for such a cut instead sits between the two. What tells
// the two apart is not in the lengths and words of the pair; it needs
// the decision calibrated on natural translations.
//
// Nor (2026-12-07, from dev 0.867, test 0.895; go run ./bench/textberg
// -decision: the search's beads 0.877 and 0.900, the decision's 0.867
// and 0.895, its 16 sentences left out 2 gold) the prior of a cut
// lowered, as if the rate of omissions, beadProbOmit a bead, were
// shared among the cuts a merge offers (two for a 2-1 merge): ×0.5,
// dev 0.870, test 0.896, but go run ./bench/coverage -seed 1 single
// sentences 0.964 / 0.896 → 0.964 / 0.891 (whole paragraphs 0.940 /
// 0.979 → 0.949 / 0.979, Verne undamaged 58 omissions reported →
// 48); ×0.6,
// dev 0.870, test 0.895, -dict auto 0.881 and 0.913, single sentences
// 0.964 / 0.894 (Genesis es-SpaRV → de-GerBoLut's 1104 "Y como Rubén
// oyó esto, [...]" missed), paragraphs 0.949 / 0.979, Verne 49, and on
// the seeds the bench chooses on single sentences 0.974 / 0.933 →
// 0.976 / 0.924 (-seed 11) and 0.949 / 0.938 → 0.948 / 0.919 (-seed
// 12, whole paragraphs 0.921 / 0.958 → 0.919 / 0.937); ×0.75,
// dev 0.867. The test decisions are the same at ×0.6: the 11 wrong
// ones are reported at 0.79 to 0.98, the lexical odds of a share of 0
// alone +2 to +4. Nor the whole merge's lengths weighed with the
// spread of merges, the median estimate of estimateVariance on the
// rows of several source sentences (dev 3.2 against 2.4, test's
// documents 1.3 to 2.3 times that of all rows), with the normal's
// −½ log v: dev 0.867, test 0.894. (Nor are merges shorter: their
// ratio of lengths is 0.96 to 1.01 times the 1-1 matches' on dev, 0.78
// to 1.15 on the test documents, either way.)
func (d *decider) cuts(sc, tc []int, edge [2]bool) []cut {
	lb := d.sum(d.tgtLen, tc)
	la := d.sum(d.srcLen, sc)
	whole := lengthLogLik(d.zScore(la, lb))
	prior := d.cutPrior()
	var out []cut
	for k := 1; k < len(sc); k++ {
		for e, ends := range [2][2][]int{{sc[:k], sc[k:]}, {sc[k:], sc[:k]}} {
			omitted, rest := ends[0], ends[1]
			lo := d.sum(d.srcLen, omitted)
			odds := prior
			if edge[e] {
				odds = -float64(len(omitted))*d.m.p.passageStep - math.Log(d.mergeRate)
			} else if lo*d.ratio < shortMinChars/2 {
				continue // "Mr.", "Amen.": its length says nothing
			}
			if d.longCognate(omitted, rest, tc) {
				odds += d.cognateLogLR()
			}
			seam := 0.0
			if d.splitSeam(omitted, rest) {
				seam = seamPrior
				odds -= seam
			}
			odds += lengthLogLik(d.zScore(la-lo, lb)) - whole
			w := 0.0
			for _, s := range omitted {
				w += d.m.a.weight[s]
			}
			if w >= minLexWeight {
				odds += d.lexLogLR(w, d.marginalShare(omitted, rest, tc))
			}
			out = append(out, cut{omitted, odds, seam})
		}
	}
	return out
}

// cutPrior is the log-odds, before any evidence, of an end of a merge
// being left out rather than rendered by the merge's translation: the
// rate of omissions against the text's rate of merges.
func (d *decider) cutPrior() float64 { return math.Log(beadProbOmit / d.mergeRate) }

// seamPrior is what a cut at a seam that splits a sentence (splitSeam)
// is charged, in nats, beyond beadProbOmit's prior: how much rarer a
// translator leaves out the half of a sentence that the source's
// segmenter cut at a colon, a semicolon or a comma than a whole
// sentence. Chosen on Text+Berg dev (go run ./bench/textberg -decision
// dev, no dictionary, with the cognates of longCognate), where the
// decision took apart a gold merge at such a seam ("[...] als Fährten
// eines roten ( wir würden sagen :" / "braunen ) Bären herausgestellt
// hätten .") and left "Orell Füssli 1956 ) vorliegt [...]", after
// "[...] ( Zürich :", unmatched beside its gold 3-1 merge: 0 nats, dev
// strict F1 0.8775; 1 and 2 keep the merge whole, 0.8810; 3 merges the
// sentence left unmatched as well, 0.8845 (4 the same); 3 is the least
// that does. (6 lowers go run ./bench/coverage -seed 1's recall of
// single sentences removed, 0.896 → 0.885.)
const seamPrior = 3

// splitSeam reports whether the seam between the run omitted, at one
// end of a merge, and the rest of it falls inside a sentence: the
// source sentence before the seam ends weakly (weakEnding), in a text
// where fewer than half the sentences do (decider.seams), so that a
// weak end marks a sentence the segmenter cut in two. (Text+Berg's
// German documents end 8–26 % of their sentences weakly, the Bible
// versions of ../shared/eval 8–33 % of their verses; the Korean 개역 and
// the Peshitta all, and Psalm 136, whose verses run on through a
// refrain, 46–85 %: there a weak end marks nothing. The half is chosen
// by hand between the two.)
//
// Weighed against the coverage bench (go run ./bench/coverage), where a
// sentence removed is one whole translation sentence: -seed 1 as before
// (single sentences 0.964 / 0.896, whole paragraphs 0.940 / 0.979); on
// the seeds it is chosen on, single sentences 0.974 / 0.933 → 0.971 /
// 0.930 (-seed 11: Genesis fr→es's "et il les fit enfermer [...]", a
// verse continuing the one before, then put on its neighbour) and 0.949
// / 0.938 → 0.949 / 0.933 (-seed 12: Jonah es→de's first verse, "Y FUÉ
// palabra de Jehová á Jonás, hijo de Amittai, diciendo:", and Verne's
// "Quelques minutes plus tard, il revint, disant:", each ending at the
// colon before the words it announces, no longer found).
func (d *decider) splitSeam(omitted, rest []int) bool {
	if !d.seams {
		return false
	}
	after := max(omitted[0], rest[0])
	return d.m.a.weakEnd[after-1]
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
func (d *decider) estimateMergeRate() float64 {
	merges, matches := 0.0, 0.0
	for _, row := range d.rows {
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
func (d *decider) marginalShare(omitted, rest, tc []int) float64 {
	w := 0.0
	for _, s := range omitted {
		w += d.m.a.weight[s]
	}
	if w == 0 {
		return 0
	}
	all := append(append([]int{}, rest...), omitted...)
	return math.Max(0, d.sharedSet(all, tc)-d.sharedSet(rest, tc)) / w
}

// sharedSet is the weight of the features source sentences sc and
// translation sentences tc share, each counted as often as it occurs on
// both sides.
func (d *decider) sharedSet(sc, tc []int) float64 {
	a := bagOf(d.m.a.feats, sc, &d.bags[0], &d.bags[2], &d.bags[3])
	b := bagOf(d.m.b.feats, tc, &d.bags[1], &d.bags[2], &d.bags[3])
	return sharedWeight(a, b, d.m.w)
}

// bagOf is the features of sentences idx of feats, sorted by id, the
// counts of a feature in several summed: in *bag, or a list of feats
// itself, read-only either way. tmp and buf are its scratch.
//
// The buffers are the caller's, kept from one call to the next: the
// omission decision weighs many merges (marginalShare), and with a bag
// made anew each time, in texts of long sentences (bench/pathological's
// sentences of 2,000 tokens) the bags were what it allocated most.
func bagOf(feats featLists, idx []int, bag, tmp, buf *[]fcount) []fcount {
	if len(idx) == 0 {
		return nil
	}
	out := feats.at(idx[0], bag)
	for _, i := range idx[1:] {
		*tmp = mergeTo((*tmp)[:0], out, feats.at(i, buf))
		*bag, *tmp = *tmp, *bag
		out = *bag
	}
	return out
}

// passagesBeside reports whether a passage left out (Deleted rows of
// minPassage source sentences or more) comes right before row r and
// right after it.
func (d *decider) passagesBeside(r int) [2]bool {
	var out [2]bool
	for e, dir := range [2]int{-1, 1} {
		n := 0
		for k := r + dir; k >= 0 && k < len(d.rows) && d.rows[k].Kind == Deleted; k += dir {
			n += len(d.rows[k].Cells[0])
		}
		out[e] = n >= minPassage
	}
	return out
}
