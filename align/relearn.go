package align

import "slices"

// Learning again from the second pass.
//
// The word pairs of the second pass are learnt from the first pass's
// path (learn.go), made from lengths and the few features both texts
// share. Where the second pass's path differs enough from the first,
// it says more: the pairs are learnt again from it, and the search is
// made a third time with them and with the length ratio, rate of
// mismatched sentence ends and cost of open ends (ends.go) of the
// second path, as the second was made with the first's (searchAgain). What the third pass learns from is wider
// too: besides the 1-1 beads, the merges of two sentences against one
// (2-1, 1-2) that the second pass is sure of and in which no sentence
// hides (mergeBags), their sides' words as one bag each. A translator
// who joins two sentences keeps their words; the first pass's merges
// were too unsure to learn from (learn.go's record).
//
// On Text+Berg (go run ./bench/textberg, on main 135e137): strict F1
// dev 0.884 → 0.886, test 0.900 → 0.904, as one document 0.898 →
// 0.906; with -dict auto every figure as before (dev 0.897, test 0.919,
// as one document 0.911); -short 30, dev in pieces of 30 gold beads
// 0.892 → 0.898, the test documents' first 30 beads 0.850 (with -dict
// auto 0.895 and 0.899) unchanged. go run ./bench/coverage -seed 1
// unchanged (its texts' passes differ too little to relearn); go run
// ./bench/scripts, punctuated found / precision 0.993 / 0.974 → 0.993
// / 0.975, Korean 0.940 / 0.869 → 0.940 / 0.874. -halves test and dev:
// verdicts as before, mean coverage 0.281 → 0.284 and 0.372 → 0.377
// (shares left 0.384, 0.383). -gaps dev: rows to recover at most 2 →
// 1, other new omissions 3 → 2 (wrong rows after and before 10, 16 →
// 12, 13). -gaps test: Text+Berg stretches found 0.973 → 0.980, other
// new omissions 5 as before, wrong rows after and before 21, 8 → 16, 7;
// but recovered within 3 rows 6 → 5 of 7, and Verne a row more wrong
// before a gap (1 → 2). -gaps counts rows against the undamaged
// alignment, which the third pass changes too: the trial lost is
// test2's, whose damaged beads after the gap are one gold bead righter
// than before (the gold's [61, 62]:[65]) while the undamaged text's
// are as before (seen at 20fd5df); and there test0's seven rows
// "wrong" before its gap were the undamaged text's 1-5 bead of OCR
// debris, split by the third pass (the gold's way) there and not in
// the damaged text. At 20fd5df (dev 0.884, test 0.898, as one document
// 0.898; -dict auto 0.897, 0.917, 0.906): dev 0.886, test 0.902, as one
// document 0.906; -dict auto 0.897, 0.917, 0.909; -calibrate test ECE
// 0.029 → 0.028.
//
// The runs of the test of short texts against chance (chance_full.go)
// make no third pass, the real one's nor its nulls': the test compares
// the first two passes, which both make, and the third's costs are not
// compared with anything. Made in the nulls too, it cost go run
// ./bench/scripts 857 → 1265 µs of processor time per sentence of the
// other scripts, for the same alignments and verdicts.
//
// Tried and not kept (same figures; "gated" is with relearnShare):
//   - The third pass on every text, from the second path's 1-1 beads
//     only: dev 0.884, test 0.901, as one document 0.904; but -dict
//     auto dev 0.897 → 0.892, a near tie ("mais c'est en vain ." taken
//     into the next bead, as posterior decoding took it, cost_tried.go),
//     which the second path's length ratio and ends' rate tipped: with
//     the first's kept, dev 0.897, test 0.901, as one document 0.899.
//   - The first pass's links kept and the new ones added for words not
//     yet linked: dev 0.884, test 0.902, -dict auto dev 0.892; gated,
//     with the merges, dev 0.876. Only the pairs learnt from both
//     paths: dev 0.884, test 0.897 (gated with the merges too).
//   - The dictionary's links refuted by the first path (not the
//     second's), or by either: no figure changed.
//   - The merges learnt in the second pass already, from the first
//     path (sure of nothing but lengths and shared names): coverShare
//     0.1, dev 0.886, test 0.897, -dict auto dev 0.892; 0.2, dev 0.881.
//   - The merges at every share from 0.05 to 0.25 the same; 0.3, dev
//     0.876. Without mergeSure (gated): dev 0.886, test 0.902, as one
//     document 0.903, but go run ./bench/textberg -gaps test, Verne's
//     other new omissions 9 → 11 (the trial of lines 2541-2753, 1 → 3);
//     mergeSure 0.5 and 0.8, the same Text+Berg figures.

// relearnShare is the share of the second pass's beads not on the
// first pass's path above which the third pass is made. On the
// Text+Berg dev document the second pass changes 0.055 of the first's
// beads without a dictionary, 0.016 with -dict auto (test documents
// 0.02 to 0.15 without); every share from 0.02 to 0.05 gives the
// figures above. Made on every text, -dict auto's dev lost the near tie
// above: where the dictionary has already given the first pass its
// words, the second changes little and learning again adds little.
const relearnShare = 0.03

// relearnMax is the share of the first pass's beads beyond which the
// second pass is taken to have settled nothing to learn from: texts
// that do not correspond, whose two passes agree on nearly nothing
// (0.98 of the beads changed in cmd/synoptic's testdata/script/
// chance.txtar, where word pairs learnt again from the second path fit
// that path and the texts were left undecided instead of unrelated).
// The translations of go run ./bench/scripts change 0 to 0.25 of their
// beads, Text+Berg's 0.02 to 0.15.
const relearnMax = 0.5

// mergeSure is the least confidence (model.confidence) of a merge the
// third pass learns from: on Text+Berg dev, 84 % of the matches scored
// 0.9 or more are right. 0.5 and 0.8 give the same Text+Berg figures,
// but less sure merges took a sentence left out of Verne for a merge
// (see above).
const mergeSure = 0.9

// relearn makes the third pass on r, whose second pass's model and
// path are r.m and r.path, first the first pass's path, in band bd,
// the searches' cells kept in room: unless the second path differs from
// the first in relearnShare of its beads or less, or in more than
// relearnMax.
func (r *translationRun) relearn(p *params, first []step, bd *band, room *cellRoom) {
	c, n := float64(changedBeads(first, r.path)), float64(len(r.path))
	if c <= relearnShare*n || c > relearnMax*n {
		return
	}
	r.searchAgain(p, r.m, r.path, true, bd, room)
}

// changedBeads returns how many beads of path b are not on path a.
func changedBeads(a, b []step) int {
	type bead struct {
		i, j int
		t    uint8
	}
	on := make(map[bead]bool, len(a))
	for _, st := range a {
		on[bead{st.i, st.j, st.t}] = true
	}
	n := 0
	for _, st := range b {
		if !on[bead{st.i, st.j, st.t}] {
			n++
		}
	}
	return n
}

// mergeBags returns the words of each side of st, a step of m's path,
// when it is a merge of two sentences against one that m is sure of
// (mergeSure) and each of whose sentences shares at least coverShare
// of its weight with the other side (as a crossing bead's must,
// crossing.go): a sentence left out does not hide in it.
func (m *model) mergeBags(v *vocab, st step) (wa, wb []int32, ok bool) {
	bt := beadTypes[st.t]
	if bt.a == 0 || bt.b == 0 || bt.a+bt.b != 3 || m.confidence(st) < mergeSure {
		return nil, nil, false
	}
	i0, j0 := st.i-bt.a, st.j-bt.b
	for x := i0; x < st.i; x++ {
		if !m.sharesOwn(x, j0, st.j, true) {
			return nil, nil, false
		}
	}
	for y := j0; y < st.j; y++ {
		if !m.sharesOwn(y, i0, st.i, false) {
			return nil, nil, false
		}
	}
	return wordsOf(m.a.wordLists(v), i0, st.i), wordsOf(m.b.wordLists(v), j0, st.j), true
}

// sharesOwn reports whether sentence k of side a (onA) or b shares at
// least coverShare of its weight with sentences lo to hi-1 of the
// other side.
func (m *model) sharesOwn(k, lo, hi int, onA bool) bool {
	s, sh := m.b, 0.0
	if onA {
		s = m.a
	}
	w := s.weight[k]
	for o := lo; o < hi; o++ {
		if onA {
			sh += m.shared(k, o)
		} else {
			sh += m.shared(o, k)
		}
	}
	return w > 0 && sh >= coverShare*w
}

// wordsOf returns the distinct words of sentences lo to hi-1, sorted.
func wordsOf(words lists[int32], lo, hi int) []int32 {
	if hi-lo == 1 {
		return words.at(lo)
	}
	var out []int32
	for k := lo; k < hi; k++ {
		out = append(out, words.at(k)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
