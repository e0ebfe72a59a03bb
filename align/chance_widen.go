package align

// Telling a widening from chance.
//
// The first pass widens its band while its path runs along the edge
// (alignSides), until the whole is found unrelated. Once it was found
// related, nothing said when to stop: bench/pathological's 5 MB
// paragraph without punctuation against Verne's novel (-scale 0.25) was
// found undecided at half-width 40, related at 80, and widened to
// maxCells (2560, 22 M cells), 106 s of search, each doubling lowering
// the path's cost by 2.2 % down to 0.2 %: a wider band lets any path fit
// better, corresponding or not. A widening that finds the true path
// (Verne with a chapter removed, go run ./bench/textberg -gaps test)
// lowers it by 1 % to 12 %, per sentence no more, so the gain alone does
// not tell them apart.
//
// What does is the null alignment (chance.go) widened the same way: what
// a text of this kind that does not correspond gains from the same
// doubling. Both are charged per source sentence (sourceCosts), and the
// gain of a doubling is compared on the sentences it changed the charge
// of, as a mean: a true widening re-aligns the few sentences about a
// gap, and gains on them much more than the null gains on the thousands
// it moves. Measured (costs per source sentence, the widenings of the
// test trials of -gaps test): Verne's widenings gained 0.50 nats a
// changed sentence (70 changed, 40 → 80), 1.69 (11, 40 → 80) and 1.14
// (28, 80 → 160), their nulls -0.05, 0.01 and -0.13 over thousands of
// sentences; the paragraph at 80 lost 0.77 nats a changed sentence (4052
// changed; its costs rise as its band widens, the length costs of what
// it inserts, left out of the charge, falling), its null lost 0.60 (and
// on to 1280 the real path lost 0.01 to 0.28 at each doubling, its null
// 0.05 to 0.40). No number is set: a band is widened again when the last
// doubling gained the real path, and gained it more per changed sentence
// than the null: tested on each widening once the whole is related
// (before, the verdict on the whole decides). The rule stops the
// paragraph at 80 (align stage 106 s by issue 14, 6.3 s with it) and
// leaves every widening of -gaps test and -gaps dev as it was.

// widenedByChance reports whether doubling the band, which changed the
// costs of the source sentences of the real path from before to after
// and of the null's from nullBefore to nullAfter, gained the real path
// nothing or no more than it gained the null: then the band is not
// widened again.
func widenedByChance(before, after, nullBefore, nullAfter []float64) bool {
	gain, changed := widenGain(before, after)
	if gain <= 0 {
		return true
	}
	nullGain, nullChanged := widenGain(nullBefore, nullAfter)
	if nullChanged == 0 {
		return false
	}
	return gain/float64(changed) <= nullGain/float64(nullChanged)
}

// widenGain returns how much lower the costs after are than before, in
// all, and how many of them changed.
func widenGain(before, after []float64) (gain float64, changed int) {
	for k := range before {
		if d := before[k] - after[k]; d != 0 {
			gain += d
			changed++
		}
	}
	return gain, changed
}
