package align

// The null alignment the test against chance compares with (chance.go):
// the translation's sentences in an order that does not correspond to
// the source's, aligned by the same model, and what each source
// sentence costs on it and on the real alignment.

// sourceCosts charges each source sentence the cost of its row under
// model m (shared among the row's source sentences) and the cost of
// opening the run of inserted sentences before it; a run at the very end
// is charged to the last sentence.
func sourceCosts(m *model, path []step) []float64 {
	cost := make([]float64, m.a.n)
	chargeSources(m, path, cost, nil, nil)
	return cost
}

// sourceSizes returns, per source sentence, the sentences of both
// editions in match rows and in all the rows charged to it (as
// sourceCosts charges them).
func sourceSizes(m *model, path []step) (matched, total []float64) {
	matched, total = make([]float64, m.a.n), make([]float64, m.a.n)
	chargeSources(m, path, nil, matched, total)
	return matched, total
}

// chargeSources fills what sourceCosts and sourceSizes return, each
// slice that is not nil: no caller reads all three, and each is a float
// a source sentence, 2.4 MB for bench/pathological's 20 MB paragraph,
// made while the search's arrays are live, at the peak of the
// alignment's memory.
func chargeSources(m *model, path []step, cost, matched, total []float64) {
	n := m.a.n
	pend, pendN := 0.0, 0.0
	// A passage is cheap for the search, which must say where a text
	// lacks a chapter; as evidence against chance a sentence left
	// unaligned explains nothing, so each is charged as a run of
	// sentences is, one by one (cost.go's runCost for the run states).
	byRun := func(s int) int {
		if s == stOmitPassage || s == stAddPassage {
			return s - stOmitPassage + stOmit
		}
		return s
	}
	prev := stMatch // the run state before the step
	for _, st := range path {
		bt := beadTypes[st.t]
		state := byRun(int(st.state))
		extending := state != stMatch && prev == state
		from := prev
		prev = state
		if bt.a == 0 {
			if !extending && cost != nil {
				pend += m.runCost(int(st.t), st.i, st.j, from, state)
			}
			pendN += float64(bt.b)
			continue
		}
		share := 1 / float64(bt.a)
		if cost != nil {
			var c float64
			if state == stMatch {
				c, _ = m.cost(int(st.t), st.i, st.j, nil)
			} else {
				c = m.runCost(int(st.t), st.i, st.j, from, state)
			}
			c += pend
			for x := st.i - bt.a; x < st.i; x++ {
				cost[x] += c * share
			}
		}
		if total != nil {
			for x := st.i - bt.a; x < st.i; x++ {
				total[x] += (float64(bt.a+bt.b) + pendN) * share
				if bt.b > 0 {
					matched[x] += float64(bt.a+bt.b) * share
				}
			}
		}
		pend, pendN = 0, 0
	}
	if n > 0 {
		if cost != nil {
			cost[n-1] += pend
		}
		if total != nil {
			total[n-1] += pendN
		}
	}
}

// unlearntSides returns sa and sb, sb's sentences in order when order
// is not nil (permutedSide), with the features they had before learning
// (the first nBase of v's classes) less those in drop (a dictionary's
// links learn refuted), and a vocab of their own, weighed: sides to
// align or learn from again without tokenizing the editions again. A
// side not permuted shares its arrays with the original but for its
// sentences' weights under the new vocabulary, and its features' lists
// when drop takes some out (a copy of a text of 295k units was 30 MB);
// a permuted one shares the original's lists (lists.pick) and copies
// the rest.
func unlearntSides(sa, sb *side, v *vocab, nBase int, p *params, order []int, drop map[int32]bool) (*side, *side, *vocab) {
	nv := &vocab{ids: v.ids, class: append([]uint8(nil), v.class[:nBase]...)}
	share := func(s *side) *side {
		// Learning (omissions.go) makes new lists for feats and reads
		// base: the original's stay as they were.
		base := s.base
		if len(drop) > 0 {
			base = withoutAll(base, s.n, drop)
		}
		return &side{n: s.n, paras: s.paras, density: s.density, length: s.length, cumLen: s.cumLen,
			feats: base, weight: make([]float64, s.n),
			para: s.para, paraEnd: s.paraEnd, weakEnd: s.weakEnd, openEnd: s.openEnd, head: s.head, tail: s.tail, words: s.words, ed: s.ed, minWord: s.minWord, base: base}
	}
	na, nb := share(sa), share(sb)
	if order != nil {
		nb = permutedSide(sb, order)
	}
	nv.weigh(na, nb, p, false) // the lists are the original's
	return na, nb, nv
}

// reversal returns the order of n sentences read backwards.
func reversal(n int) []int {
	order := make([]int, n)
	for k := range order {
		order[k] = n - 1 - k
	}
	return order
}

// permutedSide returns a copy of sb whose k-th sentence is sb's
// order[k], features as before learning. A paragraph of the copy is a
// run of sentences of one paragraph of sb that follow each other in the
// copy: read backwards, a paragraph stays one, its last sentence first.
func permutedSide(sb *side, order []int) *side {
	n := sb.n
	nb := &side{n: n, density: sb.density,
		length: make([]float64, n), cumLen: make([]float64, n+1),
		weight: make([]float64, n),
		para:   make([]int, n), paraEnd: make([]bool, n), weakEnd: make([]bool, len(sb.weakEnd)),
		openEnd: make([]bool, len(sb.openEnd)),
		base:    sb.base.pick(order)}
	if len(sb.head.start) == n {
		nb.head, nb.tail = sb.head.pick(order), sb.tail.pick(order)
	}
	if len(sb.words.start) == n {
		// The words go with the side only if they were made: the null
		// alignment of chance.go learns nothing; the nulls of
		// chance_full.go, which learn, have them made first
		// (rankShares).
		nb.words = sb.words.pick(order)
	}
	nb.feats = nb.base
	for k, o := range order {
		nb.length[k] = sb.length[o]
		nb.cumLen[k+1] = nb.cumLen[k] + nb.length[k]
		nb.paraEnd[k] = k == n-1 || sb.para[order[k+1]] != sb.para[o]
		if k > 0 && nb.paraEnd[k-1] {
			nb.para[k] = nb.para[k-1] + 1
		} else if k > 0 {
			nb.para[k] = nb.para[k-1]
		}
		if len(sb.weakEnd) > 0 {
			// A sentence ends as it ended: the null has the real
			// texts' kinds of end, and chance mismatches.
			nb.weakEnd[k] = sb.weakEnd[o]
		}
		if len(sb.openEnd) > 0 {
			nb.openEnd[k] = sb.openEnd[o]
		}
	}
	// The count of paragraphs (which cost.go compares between the
	// sides) is sb's, and one more for each paragraph the order splits.
	nb.paras = sb.paras
	for k := 1; k < n; k++ {
		if nb.para[k] != nb.para[k-1] {
			nb.paras++
		}
		if sb.para[k] != sb.para[k-1] {
			nb.paras--
		}
	}
	return nb
}

// alignNull aligns the null pair as the first pass of alignSides aligns
// the real one, in a band of the half-width the real alignment ended
// with, around the straight diagonal: the reversed text shares few rare
// features with the first, so a guide drawn through them would be
// noise, and the band would widen to the whole grid. The null has then
// as much freedom as the real first pass had, and costs one search.
func alignNull(sa, sb *side, v *vocab, p *params, width int, room *cellRoom) (*model, []step) {
	m := newModel(sa, sb, v, p)
	m.room = room
	m.noMargins = true // only the path's costs are read (nullCosts)
	c := make([]float64, sa.n+1)
	for i := range c {
		if sa.n > 0 {
			c[i] = float64(i) * float64(sb.n) / float64(sa.n)
		}
	}
	path, _ := m.search(bandAround(c, width, sb.n))
	return m, path
}

// wholeVerdict is judge's verdict on the whole of path, whose source
// sentences cost real under m, against the null alignment's costs of
// the same sentences (nullCosts).
func wholeVerdict(m *model, path []step, real []float64, null *nullRun) Verdict {
	matched, total := sourceSizes(m, path)
	whole, _ := judge(real, matchedSources(path, m.a.n), null, matched, total)
	return whole.verdict
}

// nullCosts returns the cost of each source sentence on the null
// alignment at half-width width (sb reversed, unlearntSides, alignNull): all that
// wholeVerdict and againstChance read of it, so that its sides, model
// and path, as large as the real ones (27 MB for bench/pathological's
// 20 MB paragraph), are let go as soon as it is made.
func nullCosts(sa, sb *side, v *vocab, nBase int, p *params, width int) *nullRun {
	return orderedNull(sa, sb, v, nBase, p, width, reversal(sb.n), nil)
}

// orderedNull is nullCosts with sb's sentences in order (the null of
// chance_order.go reads them backwards within each paragraph), its
// search's cells in room when room is not nil (cellRoom).
func orderedNull(sa, sb *side, v *vocab, nBase int, p *params, width int, order []int, room *cellRoom) *nullRun {
	na, nb, nv := unlearntSides(sa, sb, v, nBase, p, order, nil)
	m, path := alignNull(na, nb, nv, p, width, room)
	return &nullRun{cost: sourceCosts(m, path), matched: matchedSources(path, sa.n)}
}

// matchedSources says, for each of the n source sentences, whether it
// is in a match row of path.
func matchedSources(path []step, n int) []bool {
	out := make([]bool, n)
	for _, st := range path {
		if bt := beadTypes[st.t]; bt.a > 0 && bt.b > 0 {
			for x := st.i - bt.a; x < st.i; x++ {
				out[x] = true
			}
		}
	}
	return out
}

// A nullRun is what the comparison with chance reads of the null
// alignment: the cost of each source sentence (sourceCosts) and whether
// it is in a match row.
type nullRun struct {
	cost    []float64
	matched []bool
}
