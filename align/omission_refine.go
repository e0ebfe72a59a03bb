// Local realignment, the first step of the omission decision: the
// passages the search left unmatched are aligned again with a model that
// takes a passage left out for one event.

package align

import (
	"math"

	"github.com/synoptic-text/synoptic/editions"
)

// Limits of refine: a region ends after refineMargin sure 1-1 matches
// in a row (see settled), at most refineReach rows from the passage;
// refineCells caps the grid of one region, so that the time stays
// linear in the texts' length. Five sure matches replaced a fixed reach
// in commit dee9667; the numbers were chosen by hand, not measured.
const (
	refineMargin = 5
	refineCells  = 1 << 18
	refineReach  = 50
	// refineSure is the least raw confidence (Row.raw) of a 1-1 match
	// that settled counts as sure; chosen by hand (commit dee9667), not
	// measured.
	refineSure = 0.9
	// beadPrior: the aligner's bead frequencies count as if seen on
	// this many beads. Chosen by hand (commit 4e6f84f), not measured.
	beadPrior = 100
)

// refine realigns the neighbourhood of each passage the aligner left
// unmatched (two source sentences or more in a row), with two changes to
// its model: a run of omitted sentences costs as little to extend as a
// run of added ones (the aligner's extend[2]), and the bead shapes are
// as frequent as this alignment has them where it is not in doubt
// (localParams). The search charges two omitted sentences in a row each
// as a rare event, so that when a translation leaves out a short passage
// it may scatter the omission over the passage's neighbourhood, pairing
// the sentences around it with the wrong translations; and where a long
// passage it leaves out as one event (runCost) begins and ends is often
// a near-tie of its costs (on Text+Berg test3 without twenty French
// sentences, its passage began four sentences early, three wrong merges
// after it making up the difference, within 0.5 of the right path's
// cost). But a translator who leaves out a passage leaves it out whole,
// not every other sentence, and this translation's bead frequencies
// settle such ties. A single sentence left out is left to reattribute
// and shift. The other decisions then read the refined rows.
//
// What the search charges a match ending on unlike sentence ends
// (model.endCost, ends.go) refine charges too, on the same sides: it
// realigns what the search aligned, and a realignment blind to the ends
// undid what they had settled. On Text+Berg test0 without twenty French
// sentences the search had the five beads after the gap as the gold
// has them ("[99]:[92 93]", each German sentence cut off by the OCR
// with the French pair it ends with); refine, without the ends, moved
// each boundary one sentence early, and the rows took ten to be right
// again (go run ./bench/textberg -gaps test -v: recovered at 10 → 1;
// test6 at 1 → 0, its 22 German sentences all found).
func (d *decider) refine() {
	rows := d.rows
	regions := d.passageRegions()
	p := d.localParams(regions)
	var out []Row
	last := 0
	for _, reg := range regions {
		a0, a1, b0, b1 := d.spanOf(rows[reg[0]:reg[1]])
		if (a1-a0+1)*(b1-b0+1) > refineCells {
			continue
		}
		out = append(out, rows[last:reg[0]]...)
		out = append(out, d.realign(p, a0, a1, b0, b1)...)
		last = reg[1]
	}
	if out == nil {
		return
	}
	d.rows = append(out, rows[last:]...)
}

// passageRegions returns the regions of rows, first..limit-1, around the
// passages the aligner left unmatched: from where it is settled before
// the passage to where it is settled after (see settled), regions that
// meet joined.
func (d *decider) passageRegions() [][2]int {
	rows := d.rows
	var regions [][2]int
	for r := 0; r < len(rows); r++ {
		if rows[r].Kind != Deleted {
			continue
		}
		end, n := r, 0
		for ; end < len(rows) && rows[end].Kind == Deleted; end++ {
			n += len(rows[end].Cells[0])
		}
		if n < 2 {
			continue // a single sentence left out is no passage
		}
		lo, hi := d.settled(r, -1), d.settled(end-1, 1)+1
		if k := len(regions); k > 0 && regions[k-1][1] >= lo {
			regions[k-1][1] = hi
		} else {
			regions = append(regions, [2]int{lo, hi})
		}
		r = end
	}
	return regions
}

// localParams returns the aligner's parameters as refine changes them: a
// run of omitted sentences as cheap to extend as a run of added ones, and
// the bead shapes as frequent as this translation has them outside
// regions (the rows refine realigns), so that a translator who often
// joins sentences is not taken to omit one wherever a join is doubtful.
//
// A passage the search added (passageAt) counts as one 0-1 bead, not
// one per sentence: it is one event (runCost), and the frequencies are
// those of a translator's decisions. Counted sentence by sentence,
// twenty French sentences removed from Text+Berg test5 (131 sentences,
// whose gold leaves out one German sentence in 118 beads) were some
// twenty omissions among 115 or so beads, and the realignment of the
// passage's neighbourhood, finding omissions that common, scattered
// them over it, pairing sentences of the passage with the translations
// beside it (go run ./bench/textberg -gaps test: 0.886 of the removed
// stretches' German sentences left out, 0.960 counted once;
// TestStretchLeftOutOfFreeTranslation).
//
// The rows of regions are not counted at all: they are the rows in
// doubt, and counting them made the search's errors around a passage
// evidence for themselves. A passage left out, always in a region, is
// therefore not counted either. Counted once, with the rest of its
// region, Text+Berg test3 without twenty French sentences (a region of
// its first 66 rows of 102: the search's passage four sentences early,
// three wrong 2-1 merges after it) had short omissions and merges
// frequent enough that the passage split in two, three sentences left
// out before it and two 3-1 merges in between: 0.15 dearer than the
// gold's one passage before the ends cost (ends.go), 1.3 cheaper after
// it, when a lone omission the ends settled twenty rows further on
// counted as one more. Not counted, the gold's rows cost 1.7 less. go
// run ./bench/textberg -gaps test: Text+Berg stretches 0.926 of the
// German sentences found → 0.966, rows to recover median 0, max 6, 6
// of 7 trials within 3 rows (test3 13 of 19 found → 19); Genesis and
// Verne, and go run ./bench/textberg, as before.
func (d *decider) localParams(regions [][2]int) *params {
	p := *d.m.p
	p.extend[1] = p.extend[2]
	var counts [len(beadTypes)]float64
	total := 0.0
	rows := d.rows
	k := 0 // the first region that does not end before row r
	for r := 0; r < len(rows); r++ {
		for k < len(regions) && regions[k][1] <= r {
			k++
		}
		if k < len(regions) && r >= regions[k][0] {
			r = regions[k][1] - 1
			continue
		}
		if n, t := passageAt(rows, r); n > 0 {
			counts[t]++
			total++
			r += n - 1
			continue
		}
		for t, bt := range beadTypes {
			if len(rows[r].Cells[0]) == bt.a && len(rows[r].Cells[1]) == bt.b {
				counts[t]++
				total++
			}
		}
	}
	for t := range beadTypes {
		prob := math.Exp(-p.prior[t])
		p.prior[t] = -math.Log((counts[t] + beadPrior*prob) / (total + beadPrior))
	}
	return &p
}

// realign returns the rows of source sentences a0..a1-1 and translation
// sentences b0..b1-1 aligned again with parameters p, or with a whole
// source paragraph left out where that is cheaper and the paragraphs
// bear it out (wholeParagraph).
func (d *decider) realign(p *params, a0, a1, b0, b1 int) []Row {
	sub := &model{p: p, a: subSide(d.m.a, a0, a1), b: subSide(d.m.b, b0, b1), w: d.m.w, ratio: d.ratio, paras: d.m.paras, endCost: d.m.endCost, openCost: d.m.openCost}
	lo, hi := make([]int, a1-a0+1), make([]int, a1-a0+1)
	for i := range hi {
		hi[i] = b1 - b0
	}
	path, _ := sub.search(newBand(lo, hi))
	if alt, ok := d.wholeParagraph(sub, path, a0, a1, b0, b1); ok {
		return alt
	}
	var out []Row
	for _, st := range path {
		bt := beadTypes[st.t]
		out = append(out, sub.beadRow(st, span(a0+st.i-bt.a, a0+st.i), span(b0+st.j-bt.b, b0+st.j)))
	}
	return out
}

// maxParagraphTrials caps the source paragraphs wholeParagraph tries in
// one region, so that its time stays bounded; chosen by hand (commit
// 919856f), not measured.
const maxParagraphTrials = 8

// minWholeParagraph is the fewest sentences of a paragraph wholeParagraph
// tries: chosen by hand (commit 919856f), not measured; that commit
// measured the gates on the paragraphs, not this.
const minWholeParagraph = 3

// wholeParagraph weighs, in the region of source sentences a0..a1-1 and
// translation sentences b0..b1-1 that sub realigned along path, the
// hypothesis that the translation leaves out one whole source paragraph
// there. The search charges an omitted run by its sentences: opening it,
// extending it by each further sentence and a cost growing with the
// square root of each sentence's length, so that a long paragraph left
// out costs more than pairing its sentences, wrongly, with those of the
// next one. But a translator, or a printer, who leaves out a paragraph
// leaves it out in one event: its sentences are not independent
// omissions. So the paragraph is charged as one omitted sentence of its
// whole length would be, and the rest of the region is realigned
// without it. The source paragraphs tried are those wholly in the region
// of at least minWholeParagraph sentences and no more than the region has source
// sentences beyond its translation sentences, plus one (else the rest
// would have to be padded with additions). The cheapest hypothesis, if
// cheaper than path, gives the region's rows.
//
// The hypothesis is weighed only where the paragraphs bear it out: the
// region's translation sentences must fall in exactly one paragraph
// fewer than its source sentences, the one left out, and the
// translation must have a paragraph break where the paragraphs on
// either side of it meet (see breakAt); and the rest of the region must
// align without leaving out any other source sentence, the paragraph
// being all the region lacks. A translation that keeps the source's
// paragraphs and leaves one out has all three; a free translation that
// joins and splits paragraphs, where omissions are many and scattered
// and the cheaper cost of a paragraph would only pull them into whole
// paragraphs, seldom has the first; and where the region lacks more
// than the paragraph (a sentence the undamaged translation already
// shortens, say), the realignment without it would turn that into an
// omission of its own rather than leave it to the decision on merged
// sentences.
func (d *decider) wholeParagraph(sub *model, path []step, a0, a1, b0, b1 int) ([]Row, bool) {
	if len(path) == 0 {
		return nil, false
	}
	surplus := (a1 - a0) - (b1 - b0)
	if surplus < minWholeParagraph-1 { // no paragraph could be tried
		return nil, false
	}
	if paragraphsIn(d.src, a0, a1)-paragraphsIn(d.tgt, b0, b1) != 1 {
		return nil, false
	}
	best := sub.pathCost(path)
	var bestRows []Row
	tried := 0
	for k := int(d.src.Sentences[a0].Paragraph); k < len(d.src.Paragraphs) && tried < maxParagraphTrials; k++ {
		first, limit := int(d.src.Paragraphs[k].First), int(d.src.Paragraphs[k].Limit)
		if first < a0 || limit <= first {
			continue
		}
		if limit > a1 {
			break
		}
		n := limit - first
		if n < minWholeParagraph || n > surplus+1 {
			continue
		}
		tried++
		p0, p1 := first-a0, limit-a0
		keep := make([]int, 0, a1-a0-n)
		for i := 0; i < a1-a0; i++ {
			if i < p0 || i >= p1 {
				keep = append(keep, i)
			}
		}
		red := &model{p: sub.p, a: pickSide(sub.a, keep), b: sub.b, w: sub.w, ratio: sub.ratio, paras: sub.paras, endCost: sub.endCost, openCost: sub.openCost}
		lo, hi := make([]int, len(keep)+1), make([]int, len(keep)+1)
		for i := range hi {
			hi[i] = b1 - b0
		}
		rpath, _ := red.search(newBand(lo, hi))
		cost := red.pathCost(rpath) + sub.p.prior[1] + sub.p.delLen*math.Sqrt(sub.a.sumLength(p0, p1))
		if cost >= best {
			continue
		}
		rows, ok := paragraphRows(red, rpath, keep, p0, p1, a0, b0)
		if !ok || !d.breakAt(rows, a0+p0) || omitsElsewhere(rows, a0+p0, a0+p1) {
			continue
		}
		best, bestRows = cost, rows
	}
	return bestRows, bestRows != nil
}

// paragraphsIn counts the paragraphs of e that sentences lo..hi-1 are
// in.
func paragraphsIn(e *editions.Edition, lo, hi int) int {
	n, last := 0, int32(-1)
	for i := lo; i < hi; i++ {
		if p := e.Sentences[i].Paragraph; p != last {
			n, last = n+1, p
		}
	}
	return n
}

// omitsElsewhere reports whether rows leave out a source sentence
// outside first..limit-1.
func omitsElsewhere(rows []Row, first, limit int) bool {
	for _, r := range rows {
		if len(r.Cells[1]) == 0 && len(r.Cells[0]) > 0 && (r.Cells[0][0] < first || r.Cells[0][0] >= limit) {
			return true
		}
	}
	return false
}

// breakAt reports whether the translation has a paragraph break where
// rows leave out the source paragraph starting at sentence first: the
// last translation sentence before it ends a paragraph, or none comes
// before it and the first after it starts one. A paragraph left out
// leaves the break; a run of sentences wrongly taken for one, in the
// middle of a translation's paragraph, does not.
func (d *decider) breakAt(rows []Row, first int) bool {
	prev, next := -1, -1
	for _, r := range rows {
		if len(r.Cells[1]) == 0 {
			continue
		}
		if len(r.Cells[0]) > 0 && r.Cells[0][0] > first {
			next = r.Cells[1][0]
			break
		}
		prev = r.Cells[1][len(r.Cells[1])-1]
	}
	switch {
	case prev >= 0:
		t := d.tgt.Sentences[prev]
		return int(d.tgt.Paragraphs[t.Paragraph].Limit) == prev+1
	case next >= 0:
		t := d.tgt.Sentences[next]
		return int(d.tgt.Paragraphs[t.Paragraph].First) == next
	}
	return true
}

// paragraphRows turns a path over the region without source sentences
// p0..p1-1 (keep maps its source sentences to the region's) into rows,
// those sentences left out in rows of their own where they stand. A
// bead that joins sentences from both sides of the paragraph makes no
// rows.
func paragraphRows(m *model, path []step, keep []int, p0, p1, a0, b0 int) ([]Row, bool) {
	var out []Row
	placed := false
	place := func() {
		for i := p0; i < p1; i++ {
			// Scored 0.5, as the aligner scores an unmatched sentence.
			out = append(out, Row{Kind: Deleted, Score: 0.5, raw: 0.5, Cells: [][]int{{a0 + i}, {}}})
		}
		placed = true
	}
	for _, st := range path {
		bt := beadTypes[st.t]
		var cell []int
		for i := st.i - bt.a; i < st.i; i++ {
			cell = append(cell, a0+keep[i])
		}
		if len(cell) > 0 && !placed && cell[0]-a0 >= p1 {
			place()
		}
		if len(cell) > 1 && cell[0]-a0 < p0 && cell[len(cell)-1]-a0 >= p1 {
			return nil, false
		}
		row := m.beadRow(st, cell, span(b0+st.j-bt.b, b0+st.j))
		if row.Cells[0] == nil {
			row.Cells[0] = []int{}
		}
		out = append(out, row)
	}
	if !placed {
		place()
	}
	return out, true
}

// pickSide is the sentences keep of s, in order.
func pickSide(s *side, keep []int) *side {
	out := &side{
		n: len(keep), length: make([]float64, len(keep)), cumLen: make([]float64, len(keep)+1),
		feats: s.feats.pick(keep), weight: make([]float64, len(keep)),
		para: make([]int, len(keep)), paraEnd: make([]bool, len(keep)), paras: s.paras, density: s.density,
	}
	if len(s.weakEnd) > 0 {
		out.weakEnd = make([]bool, len(keep))
	}
	if len(s.openEnd) > 0 {
		out.openEnd = make([]bool, len(keep))
	}
	if len(s.head.start) == s.n {
		out.head, out.tail = s.head.pick(keep), s.tail.pick(keep)
	}
	for k, i := range keep {
		out.length[k], out.weight[k] = s.length[i], s.weight[i]
		out.para[k], out.paraEnd[k] = s.para[i], s.paraEnd[i]
		if out.weakEnd != nil {
			out.weakEnd[k] = s.weakEnd[i]
		}
		if out.openEnd != nil {
			out.openEnd[k] = s.openEnd[i]
		}
		out.cumLen[k+1] = out.cumLen[k] + s.length[i]
	}
	return out
}

// pathCost is what search charges for path: the cost of each match,
// and of each run of unaligned sentences as runCost has it in the state
// the search left.
func (m *model) pathCost(path []step) float64 {
	total, state := 0.0, stMatch
	for _, st := range path {
		if st.state == stMatch {
			c, _ := m.cost(int(st.t), st.i, st.j, nil)
			total += c
		} else {
			total += m.runCost(int(st.t), st.i, st.j, state, int(st.state))
		}
		state = int(st.state)
	}
	return total
}

// settled returns the row, going from row r in direction dir (±1), after
// which the alignment has settled: refineMargin 1-1 matches in a row
// that the aligner is sure of (raw confidence refineSure or more), so that a passage
// left out is realigned with all it disturbed; at most refineReach rows
// away.
func (d *decider) settled(r, dir int) int {
	rows := d.rows
	run := 0
	for k := r + dir; k >= 0 && k < len(rows); k += dir {
		row := rows[k]
		if row.Kind == Match && len(row.Cells[0]) == 1 && len(row.Cells[1]) == 1 && row.raw >= refineSure {
			run++
		} else {
			run = 0
		}
		if run == refineMargin || (k-r)*dir >= refineReach {
			return k
		}
	}
	if dir < 0 {
		return 0
	}
	return len(rows) - 1
}

// spanOf returns the source sentences a0..a1-1 and translation sentences
// b0..b1-1 of consecutive rows.
func (d *decider) spanOf(rows []Row) (a0, a1, b0, b1 int) {
	a0, b0 = len(d.src.Sentences), len(d.tgt.Sentences)
	for _, r := range rows {
		for _, s := range r.Cells[0] {
			a0, a1 = min(a0, s), max(a1, s+1)
		}
		for _, t := range r.Cells[1] {
			b0, b1 = min(b0, t), max(b1, t+1)
		}
	}
	a0, b0 = min(a0, a1), min(b0, b1)
	return
}

// subSide is sentences lo..hi-1 of s.
func subSide(s *side, lo, hi int) *side {
	out := &side{
		n: hi - lo, length: s.length[lo:hi], cumLen: s.cumLen[lo : hi+1],
		feats: s.feats.sub(lo, hi), weight: s.weight[lo:hi],
		para: s.para[lo:hi], paraEnd: s.paraEnd[lo:hi], paras: s.paras, density: s.density,
		weakEnd: s.weakEnd[min(lo, len(s.weakEnd)):min(hi, len(s.weakEnd))],
		openEnd: s.openEnd[min(lo, len(s.openEnd)):min(hi, len(s.openEnd))],
	}
	if len(s.head.start) == s.n {
		out.head, out.tail = s.head.sub(lo, hi), s.tail.sub(lo, hi)
	}
	return out
}

// passageAt returns the number of rows of the passage that starts at
// row r, and the bead type of its rows (1-0 or 0-1): a run of Deleted
// rows, or of Inserted ones, of minPassage sentences or more, which the
// search charges as one event where that is cheaper than sentence by
// sentence (runCost); 0 rows if no passage starts there.
func passageAt(rows []Row, r int) (n, t int) {
	kind, side, t := rows[r].Kind, 0, 1
	switch {
	case kind == Inserted:
		side, t = 1, 2
	case kind != Deleted:
		return 0, 0
	}
	if r > 0 && rows[r-1].Kind == kind {
		return 0, 0
	}
	end, sentences := r, 0
	for ; end < len(rows) && rows[end].Kind == kind; end++ {
		sentences += len(rows[end].Cells[side])
	}
	if sentences < minPassage {
		return 0, 0
	}
	return end - r, t
}
