// The order of sentences within paragraphs, tested against chance.

package align

// The null alignment of chance.go reads the translation backwards as a
// whole: it tells texts that correspond from texts that do not, but not
// a translation whose paragraphs correspond and whose sentences, within
// them, do not: sentences shuffled within each paragraph, as a careless
// conversion or a translation made of another arrangement gives. Its
// rows pair each sentence with one of the same paragraph, and a
// paragraph's sentences share its names and words: Genesis in French,
// its verses shuffled within each chapter, against the King James
// Version, was found related, with no warning, and of its rows scored
// 0.9 or more 87 of 295 were right (German 65 of 181, Spanish 93 of
// 269).
//
// So a second null reads the translation's sentences backwards within
// each paragraph, its paragraphs in order: the same paragraphs, and in
// them the same words, names and lengths, in an order that does not
// correspond. The real first pass must explain the source sentences
// better than it, by the signed-rank test of chance.go, on the source
// sentences both match whose counterparts in the first pass stand in a
// paragraph of two sentences or more (in a paragraph of one, the null
// is the real alignment). When it does not, the alignment's rows are
// not shown to be right at the level of sentences, whatever its
// paragraphs: a warning of kind undecided says so (Warning.Order), and
// its matches are scored as undecided ones (doubtUndecided) and not
// counted as covered.

// orderMargin is the bound on the median gain per source sentence (in
// nats, as chanceMargin) under which a text not shown better than the
// null of this test is doubted: half the smallest bound among the real
// pairs of the evaluation data, every book of ../shared/eval/bible
// against the King James Version in each language (zh-ChiUns Ruth 0.465;
// 0.62 to 5.6 for the others, z 2.30 to 32.5), which is above those of
// Genesis in French, German and Spanish with its verses shuffled within
// each chapter (0.087 to 0.142, z 0.13 to 1.03).
const orderMargin = 0.23

// paragraphReversal returns the order of s's sentences read backwards
// within each paragraph, the paragraphs in order.
func paragraphReversal(s *side) []int {
	order := make([]int, 0, s.n)
	for lo := 0; lo < s.n; {
		hi := lo + 1
		for hi < s.n && s.para[hi] == s.para[lo] {
			hi++
		}
		for k := hi - 1; k >= lo; k-- {
			order = append(order, k)
		}
		lo = hi
	}
	return order
}

// orderTest tests the order of r's first pass within paragraphs against
// the null that reads the translation backwards within each of them,
// searched in room's cells, and reports whether it was made: not when
// fewer than chanceMinSentences source sentences can be compared.
func (r *translationRun) orderTest(p *params, room *cellRoom) (stretchTest, bool) {
	sa, sb := r.sa, r.sb
	size := make([]int, sb.paras+1)
	for _, q := range sb.para {
		if q >= len(size) {
			size = append(size, make([]int, q-len(size)+1)...)
		}
		size[q]++
	}
	// The source sentences whose first-pass counterparts stand in a
	// paragraph of two sentences or more.
	within := make([]bool, sa.n)
	n := 0
	for _, st := range r.first {
		bt := beadTypes[st.t]
		if bt.a == 0 || bt.b == 0 {
			continue
		}
		many := false
		for y := st.j - bt.b; y < st.j; y++ {
			many = many || size[sb.para[y]] > 1
		}
		for x := st.i - bt.a; x < st.i && many; x++ {
			if !within[x] {
				within[x] = true
				n++
			}
		}
	}
	if n < chanceMinSentences {
		return stretchTest{}, false
	}
	null := orderedNull(sa, sb, r.v, r.nBase, p, r.width, paragraphReversal(sb), room)
	st := stretchTest{first: 0, limit: sa.n}
	d := make([]float64, 0, n)
	m, t := 0.0, 0.0
	for k := range sa.n {
		if within[k] && r.firstMatched[k] && null.matched[k] {
			d = append(d, null.cost[k]-r.firstCosts[k])
			m, t = m+1, t+1
		}
	}
	if len(d) < chanceMinSentences {
		return stretchTest{}, false
	}
	st = decide(st, d, m, t, true)
	if st.verdict != Related && st.up >= orderMargin {
		st.verdict = Related // not shown, but no reason to doubt
	}
	return st, true
}
