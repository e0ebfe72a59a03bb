package align

import (
	"runtime"
	"sync"

	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// Telling a short translation from chance: the whole aligner against
// many nulls, in both directions.
//
// The test of chance.go compares the first pass with one null, the
// second edition read backwards, sentence by sentence. On a text of a
// few dozen sentences it has little power and is easily fooled: two
// books of the Bible of the same size, each in its four chapters
// headed 1 to 4, are not translations of each other, yet the real
// order lines up the chapter numbers, and name keys that meet by
// chance (hangul candidate names of two consonants, anchors/
// hangul_names.go) fall where they fall; against one reversed null the
// Korean Ruth was found related to the English Jonah (signed-rank z
// 2.6), the Chinese Ruth too (z 3.7), while the Chinese Ruth and Jonah
// against their own English books were left undecided (z 0.2 to 1.3).
// The per-sentence differences with one null are not independent
// samples: the null is one alignment, and how well it happens to fit
// is shared by all its sentences.
//
// So on short texts, where it is cheap, the whole aligner (both passes,
// word pairs learnt from its own first pass) aligns the source against
// chanceNulls orders of the translation that do not correspond to it:
// read backwards, and turned by equal steps (the order backwards
// starting at sentence 0, n/K, 2n/K …), each with every statistic of the
// translation and the same freedom (the band widened as the path
// needs, as it is for the real alignment of short texts). Each source
// sentence's cost on the real alignment (sourceCosts, as chance.go
// charges it) is ranked among its costs on the nulls: the share of
// nulls it beats (ties half). The mean of those shares over the source
// sentences is the statistic: 0.5 when the real alignment is one more
// text that does not correspond, 1 when every sentence is explained
// better than by every null. Ranks, not costs, so that a few sentences
// pinned by matching chapter numbers do not decide. A sentence the real
// alignment leaves out claims nothing, and counts as a tie with every
// null (0.5): ranked, a sentence of a passage a translation lacks lost
// to nulls that pair it with whatever is there (Ruth in Darby's French
// against the King James Version with its chapters 1 and 2 removed: 0.538,
// below the best null's 0.549, unrelated; now related). Left out of the
// mean instead, the real alignment's own choice of sentences decides:
// 35 verses of Ruth against Genesis, of which the first pass matched
// two, reached 0.60. The nulls are ranked on the same sentences, the
// others tied, so that their shares are those of texts that do not
// correspond on the sentences the real alignment matched (on all, the
// best null's share rose to 0.58 to 0.60 on Text+Berg documents with
// half or more removed and left 23 of 84 unrelated; so, 8). The price:
// of the 24 pairs of Ruth and Jonah of different books
// (TestChanceBibleBooks), 5 are unrelated, 19 undecided (20 and 4
// before), all still not counted as covered. It is taken on
// both passes, each against the nulls' same pass: the first (lengths,
// names, numbers) is not fit to word pairs learnt from its own path,
// the second has the word pairs, and the two see different evidence
// (averaged, they set the same books of the evaluation data 0.07 apart
// from the others, the second alone 0.03). The same is done with the
// editions' roles swapped (the translation's sentences ranked against
// nulls of the source), and the four means averaged: a translation is
// one in both directions, and where the source is much longer than
// its would-be translation, the real alignment of unrelated texts
// leaves most of the source unmatched at little cost, which one
// direction alone rewards.
//
// Texts that chance.go's test already finds related beyond doubt (z of
// chanceTrustZ or more) are not tested again, nor those whose
// alignment is scattered, which are unrelated as they are.
//
// The verdict on the whole: related when the averaged share reaches
// chanceRelatedShare; unrelated when it is no higher than that of one of
// the nulls, each ranked against the others (a permutation test: the
// real alignment does no better than a text known not to correspond),
// unless it is dense (againstChance makes that undecided); undecided in
// between. A translation lacking most of its original
// matches few sentences, and its share, ties included, stays near 0.5
// however well they are explained: it is undecided (the synthetic
// translation of TestChanceMostRemoved, 200 sentences without their
// middle 60 %: 0.569, the best null 0.542). Taken over the sentences
// matched alone (0.609 there), the share is the real alignment's
// choice again: with it, and a share above every null's besides, 4 of
// the 24 pairs of Ruth and Jonah of different books were related
// (TestChanceBibleBooks; Jonah in Chinese against Ruth in English,
// coverage 1.000).
// Windows are tested as chance.go tests them.
//
// Evidence (TestChanceBibleBooks, ../shared/eval/bible, twelve
// editions of Ruth and Jonah against the King James Version of the same
// book and of the other): the averaged share of the same book, Ruth as
// source, is 0.647 to 0.869; of Ruth against Jonah, 0.471 to 0.543.
// Jonah as source was kept for checking: the same book 0.639 to 0.890,
// Jonah against Ruth 0.506 to 0.573.

// The numbers of the test of short texts.
const (
	// chanceNulls is the number of null orders in each direction: 20,
	// so that a sentence's share moves by steps of 0.05, and the
	// nulls' own shares, each against the 19 others, say how high a
	// text that does not correspond ranks. Chosen by hand (commit
	// 28b17d8), not measured.
	chanceNulls = 20
	// chanceFullCells bounds the texts tested so: the product of their
	// numbers of sentences. The test aligns 2·chanceNulls nulls, each
	// over the whole grid (nothing guides a search through texts that
	// do not correspond): synoptic coverage of Ruth (134 sentences of
	// Chinese against 100) took 0.55 s of processor time instead of
	// 0.05 (the nulls are aligned on all cores). The
	// bound keeps texts up to 250 sentences each, twice the books it
	// was set on; longer texts have the power chance.go's test needs
	// (Mark in the Peshitta, 694 sentences against 662: z 11.7), and
	// there it would cost half a minute. Between 250 and 662 sentences
	// the evaluation data hold no pair to tell which test does better.
	chanceFullCells = 250 * 250
	// chanceRelatedShare is the averaged share from which short texts
	// are related: halfway, rounded, between the pairs it was set on,
	// Ruth as source (the same book 0.647 and up, Jonah 0.543 and
	// below). Jonah as source, which checks it: 0.639 and up, 0.573
	// and below.
	chanceRelatedShare = 0.60
	// chanceTrustZ is the z of chance.go's test from which short texts
	// are taken as related without this test: twice chanceZ. Its
	// differences are not independent, so that its z spreads wider
	// than the normal's; of the 24 pairs of two books (Ruth, Jonah)
	// the highest was 3.7; 10 of the 24 of the same book were under 4.65
	// (down to 0.2). Skipping the test where z is high keeps its cost
	// off translations that share many words: go run ./bench/textberg
	// aligned the 7 documents of Text+Berg test (German, French) in
	// 0.47 to 0.73 s, 8.6 s with every short one tested, 0.36 s
	// without the test (one loaded 2-core machine, one after the
	// other).
	chanceTrustZ = 2 * chanceZ
)

// fullTestable reports whether the texts are short enough for the test
// of this file.
func fullTestable(na, nb int) bool {
	return na >= chanceMinSentences && nb >= chanceMinSentences && na*nb <= chanceFullCells
}

// needsFullTest reports whether the alignment of short texts, whose
// source sentences cost real, and null on chance.go's null, matched
// and total as sourceCosts says, is to be tested by fullChance: unless
// it is scattered (unrelated as it is) or chance.go's test finds it
// related with a z of chanceTrustZ or more.
func needsFullTest(real []float64, realMatched []bool, null *nullRun, matched, total []float64) bool {
	whole, _ := judge(real, realMatched, null, matched, total)
	return !scattered(whole) && whole.z < chanceTrustZ
}

// fullChance tests the alignment of r (whose passes' costs of the
// source sentences are r.firstCosts and r.searchCosts), of a and b,
// against nulls in both directions, and returns the verdict on the
// whole, the averaged share and the highest of the nulls'.
func fullChance(r *translationRun, a, b *editions.Edition, p *params, dicts []*dict.Dictionary) (v Verdict, share, nullBest float64) {
	rb := translationSides(b, a, p, dicts, nil)
	rb.unchecked = true
	rb.alignSides(p)
	var nulls [][]float64 // each null's shares, against the others
	for _, x := range []*translationRun{r, rb} {
		first, second, firstNulls, secondNulls := rankShares(x, p)
		share += (first + second) / 4
		for k := range firstNulls {
			if len(nulls) <= k {
				nulls = append(nulls, nil)
			}
			nulls[k] = append(nulls[k], firstNulls[k], secondNulls[k])
		}
	}
	for _, ns := range nulls {
		m := 0.0
		for _, x := range ns {
			m += x / float64(len(ns))
		}
		nullBest = max(nullBest, m)
	}
	switch {
	case share >= chanceRelatedShare:
		v = Related
	case share <= nullBest:
		v = Unrelated
	default:
		v = Undecided
	}
	return v, share, nullBest
}

// rankShares aligns r's source against the null orders of its
// translation and returns the mean share of the nulls that each source
// sentence's cost beats on r's first pass (r.firstCosts) and on its
// second (r.searchCosts), each against the nulls' same pass
// (rankShare), and the same of each null against the others.
func rankShares(r *translationRun, p *params) (first, second float64, firstNulls, secondNulls []float64) {
	// The nulls read r's sides and vocabulary and write their own (as
	// the null of chance.go does beside the first search): they are
	// aligned on as many cores as there are.
	// The words the nulls learn from are made before, not by each.
	r.sa.wordLists(r.v)
	r.sb.wordLists(r.v)
	orders := nullOrders(r.sb.n, chanceNulls)
	nullFirst := make([][]float64, len(orders))
	nullSecond := make([][]float64, len(orders))
	next := make(chan int, len(orders))
	for k := range orders {
		next <- k
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(orders)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				na, nb, nv := unlearntSides(r.sa, r.sb, r.v, r.nBase, p, orders[k], nil)
				nv.dictLinks = r.v.dictLinks
				nr := &translationRun{sa: na, sb: nb, v: nv, nBase: r.nBase, unchecked: true}
				nr.alignSides(p)
				nullFirst[k], nullSecond[k] = nr.firstCosts, nr.searchCosts
			}
		}()
	}
	wg.Wait()
	// Each null is ranked against the others on the sentences the real
	// alignment matched, the others tied, as the real alignment is: its
	// share is then what a text that does not correspond scores on the
	// same sentences.
	own := func(nulls [][]float64, matched []bool) []float64 {
		out := make([]float64, len(nulls))
		others := make([][]float64, 0, len(nulls)-1)
		for k := range nulls {
			others = append(append(others[:0], nulls[:k]...), nulls[k+1:]...)
			out[k] = rankShare(nulls[k], matched, others)
		}
		return out
	}
	return rankShare(r.firstCosts, r.firstMatched, nullFirst),
		rankShare(r.searchCosts, r.searchMatched, nullSecond),
		own(nullFirst, r.firstMatched), own(nullSecond, r.searchMatched)
}

// nullOrders returns k orders of n sentences that do not follow them:
// read backwards, starting at sentence 0, n/k, 2n/k ….
func nullOrders(n, k int) [][]int {
	out := make([][]int, k)
	for t := range out {
		r := t * n / k
		order := make([]int, n)
		for i := range order {
			order[i] = n - 1 - (i+r)%n
		}
		out[t] = order
	}
	return out
}

// rankShare returns the mean over source sentences of the share of
// others whose cost of the sentence is higher than c's (ties half); a
// sentence c leaves out of its match rows (not matched) counts as a tie
// with every other.
func rankShare(c []float64, matched []bool, others [][]float64) float64 {
	if len(c) == 0 || len(others) == 0 {
		return 0.5
	}
	u := 0.0
	for i, x := range c {
		if !matched[i] {
			u += 0.5
			continue
		}
		b := 0.0
		for _, o := range others {
			switch {
			case o[i] > x:
				b++
			case o[i] == x:
				b += 0.5
			}
		}
		u += b / float64(len(others))
	}
	return u / float64(len(c))
}
