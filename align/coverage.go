package align

// Coverage: how completely a translation renders its original.
//
// Quality-assurance checkers for translations compare segments that are
// already paired, so an omitted paragraph is invisible to them: there is
// no pair to compare. An alignment sees it, because every sentence of
// both editions is in exactly one row and a sentence with no counterpart
// stands in a row of its own. Coverage reads an alignment of an original
// (edition 0) and its translation (edition 1) and reports
//
//   - coverage: the share of the original's sentences, words and
//     paragraphs that have a counterpart, for the whole text and for
//     each section (the text under a heading);
//   - omissions: runs of source sentences with no counterpart, and
//     matched pairs whose translation is far too short for its source by
//     the aligner's length model (a likely partial omission);
//   - additions: translation sentences with no source, with translator's
//     notes and bracketed insertions told apart from the rest;
//   - mismatches: numbers, dates, names and note markers that differ
//     between the two sides of a matched pair, and source notes missing
//     from the translation or renumbered in it.
//
// Not every unmatched sentence is an omission: the aligner leaves a
// sentence unmatched when a free translation merges or paraphrases it,
// and merges a sentence that is missing with its neighbour when the
// neighbour's translation is long. So each omission gets a confidence
// from what surrounds it (omissionConfidence, mergedOmission), findings
// under CoverageOptions.MinConfidence are dropped, and the command
// go run ./bench/coverage measures the whole on translations damaged in
// known ways.
//
// Every finding has an id derived from its content — the normalized
// text of the source sentences (of the translation's, for an addition),
// and for additions and mismatches their kind and the values involved —
// so that a reviewer can accept a false alarm by id and the acceptance
// survives edits elsewhere in the texts. Row numbers would not: one
// inserted sentence shifts them all. An omission's kind is left out:
// whether the aligner left its sentences unmatched or merged them with a
// neighbour is the aligner's choice, and may change with such an edit.

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// CoverageOptions tune a coverage analysis.
type CoverageOptions struct {
	// Accept holds the ids of findings a reviewer has accepted: they are
	// still reported, marked Accepted, but do not fail a check, and the
	// sentences of an accepted omission count as covered in
	// CoverageReport.Effective.
	Accept map[string]bool
	// MinConfidence is the least confidence a finding needs to be
	// reported; 0 means DefaultMinConfidence, a negative value reports
	// everything.
	MinConfidence float64
}

// DefaultMinConfidence is the confidence below which findings are not
// reported: at 0.5 a finding is as likely an artefact of the alignment
// as a fact about the translation.
const DefaultMinConfidence = 0.5

// A CoverageReport is the result of Coverage. Its lists are in reading
// order (of the source, then of the translation); BySeverity orders
// omissions for a reader.
type CoverageReport struct {
	Source, Target *editions.Edition

	// Total is the coverage of the whole source text.
	Total CoverageCounts
	// Effective is Total with the sentences of accepted omissions
	// counted as covered: what a --fail-under threshold is checked
	// against.
	Effective CoverageCounts
	// Sections is the coverage of each section of the source: the text
	// before the first heading (when there is any) and the text under
	// each heading, consecutive headings counting as one.
	Sections []SectionCoverage

	Omissions  []Finding
	Additions  []Finding
	Mismatches []Mismatch
}

// CoverageCounts counts the source units that have a counterpart in the
// translation.
type CoverageCounts struct {
	Sentences, Words, Paragraphs Ratio
}

// A Ratio is a count of covered units out of a total.
type Ratio struct {
	Covered, Total int
}

// Share returns Covered/Total, or 1 when there is nothing to cover.
func (r Ratio) Share() float64 {
	if r.Total == 0 {
		return 1
	}
	return float64(r.Covered) / float64(r.Total)
}

// SectionCoverage is the coverage of one section of the source.
type SectionCoverage struct {
	// Title is the section's heading text (consecutive headings joined
	// by " — "), empty for the text before the first heading.
	Title string
	// Paragraphs are the source's paragraphs First..Limit-1, headings
	// included; Start and End are byte offsets into the source's Text.
	First, Limit int
	Start, End   int
	Counts       CoverageCounts
}

// FindingKind says what kind of omission or addition a Finding is.
type FindingKind string

// The kinds of omission and addition.
const (
	// Omitted: a run of source sentences with no counterpart.
	Omitted FindingKind = "omitted"
	// Shortened: source sentences matched to a translation far too
	// short for them; Sentences are those the translation seems to
	// leave out, Counterpart the translation's sentences of the pair.
	Shortened FindingKind = "shortened"
	// TranslatorNote: a translation sentence with no source that is a
	// note, or says it is one ("Translator's note", "N.d.T.").
	TranslatorNote FindingKind = "translator-note"
	// Bracketed: an insertion in square brackets, "[V.P. Nogin: …]",
	// a sentence of its own or inside a matched sentence (Start and End
	// then cover the brackets only).
	Bracketed FindingKind = "bracketed"
	// Added: any other translation sentence with no source.
	Added FindingKind = "added"
)

// A Finding is an omission (sentences of the source) or an addition
// (sentences of the translation).
type Finding struct {
	// ID is derived from the finding's content; see Coverage.
	ID   string
	Kind FindingKind
	// Edition is 0 for an omission (Sentences are the source's) and 1
	// for an addition (the translation's).
	Edition int
	// Sentences are indices into the edition's Sentences, ascending.
	Sentences []int
	// Counterpart, for a Shortened omission, are the translation's
	// sentences of the pair; empty otherwise.
	Counterpart []int
	// Paragraph is the index of the paragraph of the first sentence;
	// Line is the 1-based line of Start in the edition's Text.
	Paragraph int
	Line      int
	// Start and End are byte offsets into the edition's Text.
	Start, End int
	Text       string
	// Words is the number of words of Text.
	Words int
	// Confidence, in [0,1], is how sure the analysis is that the text
	// really is missing (or added) rather than misaligned.
	Confidence float64
	// Severity orders omissions for a reader: confidence times the
	// square root of the words lost, so that a sure missing paragraph
	// comes before a doubtful missing clause.
	Severity float64
	Accepted bool
}

// MismatchKind says what differs between the two sides of a pair.
type MismatchKind string

// The kinds of mismatch.
const (
	NumberMismatch MismatchKind = "number" // a number, compared by value
	DateMismatch   MismatchKind = "date"   // a day and month
	NameMismatch   MismatchKind = "name"   // a proper name, transliteration-aware
	MarkerMismatch MismatchKind = "marker" // a note marker missing on one side
	// NoteRenumbered: the pair's note markers have different labels.
	NoteRenumbered MismatchKind = "note-renumbered"
	// NoteMissing: a note of the source none of whose sentences has a
	// counterpart in the translation.
	NoteMissing MismatchKind = "note-missing"
)

// A Mismatch is an anchor — a number, date, name or note marker — found
// on one side of a matched pair and missing or different on the other,
// or a source note missing from the translation.
type Mismatch struct {
	ID   string
	Kind MismatchKind
	// Source and Target are the pair's sentences in each edition
	// (Target is empty for a missing note).
	Source, Target []int
	// SourceValue and TargetValue are the anchors as written ("16",
	// "6 avril"), empty on the side that lacks one; for a missing note,
	// SourceValue is the note's label.
	SourceValue, TargetValue string
	// SourceStart..SourceEnd and TargetStart..TargetEnd locate the
	// values as byte offsets into each edition's Text, -1 when absent.
	SourceStart, SourceEnd int
	TargetStart, TargetEnd int
	// Line is the 1-based line of the source sentence in the source's
	// Text.
	Line       int
	Confidence float64
	Accepted   bool
}

// Coverage analyses al, a two-edition alignment of an original (edition
// 0) and its translation (edition 1) made by Align, and returns what the
// translation covers, omits, adds and changes. It reads the alignment and
// the sentences' anchors only, in time linear in the texts' length.
func Coverage(al *Alignment, opts CoverageOptions) *CoverageReport {
	src, tgt := al.Editions[0], al.Editions[1]
	c := &coverer{al: al, src: src, tgt: tgt, opts: opts, rep: &CoverageReport{Source: src, Target: tgt}}
	c.prepare()
	c.omissions()
	c.joinOmissions()
	c.additions()
	c.mismatches()
	c.notes()
	c.filter()
	c.assignIDs() // before counts: accepted omissions count in Effective
	c.counts()
	return c.rep
}

// coverer holds what the analysis derives once from the alignment.
type coverer struct {
	al       *Alignment
	src, tgt *editions.Edition
	opts     CoverageOptions
	rep      *CoverageReport

	srcLen, tgtLen []float64 // non-space characters of each sentence
	covered        []bool    // source sentence has a counterpart: in a Match row, and not found missing from it
	ratio          float64   // characters of translation per character of source
	variance       float64   // length model's variance per character, re-estimated
	srcLines       []int     // byte offsets of line starts in src.Text
	tgtLines       []int
	// m scores what two sentences share, with the aligner's features
	// and the word pairs learnt from the alignment's 1-1 matches.
	m *model
	// lex are the 1-1 matches' lexSamples, by weight; mergeRate is the
	// share of matches that merge several source sentences.
	lex       []lexSample
	mergeRate float64
}

func (c *coverer) prepare() {
	c.srcLen = sentenceLengths(c.src)
	c.tgtLen = sentenceLengths(c.tgt)
	c.covered = make([]bool, len(c.src.Sentences))
	c.srcLines = lineStarts(c.src.Text)
	c.tgtLines = lineStarts(c.tgt.Text)
	la, lb := 0.0, 0.0
	for _, row := range c.al.Rows {
		if row.Kind != Match || len(row.Cells) < 2 {
			continue
		}
		la += c.sum(c.srcLen, row.Cells[0])
		lb += c.sum(c.tgtLen, row.Cells[1])
	}
	// The ratio as the aligner's second pass estimates it: from what it
	// matched, smoothed towards 1.
	c.ratio = smoothedRatio(la, lb)
	c.variance = c.estimateVariance()

	// What two sentences visibly share, with word pairs learnt from
	// this alignment: by Model 1 where it has enough matches to learn
	// from, else by learn's competitive linking (see model1.go).
	p := defaultParams()
	sa, sb, v := newSides(c.src, c.tgt, p)
	var path []step
	matched := 0
	for _, row := range c.al.Rows {
		if row.Kind == Match {
			matched++
			if len(row.Cells[0]) == 1 && len(row.Cells[1]) == 1 {
				path = append(path, step{t: 0, i: row.Cells[0][0] + 1, j: row.Cells[1][0] + 1})
			}
		}
	}
	if matched >= model1MinPairs {
		learnModel1(sa, sb, v, c.al.Rows, p, model1MinProb)
	} else {
		learn(sa, sb, v, path, p)
	}
	c.m = newModel(sa, sb, v, p)
	c.refine()

	for _, row := range c.al.Rows {
		if row.Kind == Match {
			for _, s := range row.Cells[0] {
				c.covered[s] = true
			}
		}
	}
	c.prepareLex()
	// The rate of merges, smoothed towards the aligner's prior of 2-1
	// beads as if that had been seen on mergePrior matches.
	const mergePrior = 50
	merges, matches := 0.0, 0.0
	for _, row := range c.al.Rows {
		if row.Kind == Match {
			matches++
			if len(row.Cells[0]) > 1 {
				merges++
			}
		}
	}
	c.mergeRate = (merges + mergePrior*0.0556) / (matches + mergePrior)
}

// Limits of refine: a region ends after refineMargin sure 1-1 matches
// in a row (see settled), at most refineReach rows from the passage;
// refineCells caps the grid of one region, so that the time stays
// linear in the texts' length.
const (
	refineMargin = 5
	refineCells  = 1 << 18
	refineReach  = 50
	// beadPrior: the aligner's bead frequencies count as if seen on
	// this many beads.
	beadPrior = 100
)

// refine realigns the neighbourhood of each passage the aligner left
// unmatched (two source sentences or more in a row), with two changes to
// its model: a run of omitted sentences costs as little to extend as a
// run of added ones (the aligner's extend[2]), and the bead shapes are
// as frequent as this alignment has them. The aligner weighs each
// omitted sentence alike, alone or in a run, so that when a translation
// leaves out a passage it may scatter the omission over the passage's
// neighbourhood, pairing the sentences around it with the wrong
// translations; but a translator who leaves out a passage leaves it out
// whole, not every other sentence. A single sentence left out is left to
// reattribute and shift. The analysis then reads the refined rows; the
// alignment itself is not changed.
func (c *coverer) refine() {
	rows := c.al.Rows
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
		lo, hi := c.settled(r, -1), c.settled(end-1, 1)+1
		if k := len(regions); k > 0 && regions[k-1][1] >= lo {
			regions[k-1][1] = hi
		} else {
			regions = append(regions, [2]int{lo, hi})
		}
		r = end
	}
	p := *c.m.p
	p.extend[1] = p.extend[2]
	// The bead shapes as frequent as this translation has them: a
	// translator who often joins sentences is not taken to omit one
	// wherever a join is doubtful.
	var counts [len(beadTypes)]float64
	total := 0.0
	for _, r := range rows {
		for t, bt := range beadTypes {
			if len(r.Cells[0]) == bt.a && len(r.Cells[1]) == bt.b {
				counts[t]++
				total++
			}
		}
	}
	for t := range beadTypes {
		prob := math.Exp(-p.prior[t])
		p.prior[t] = -math.Log((counts[t] + beadPrior*prob) / (total + beadPrior))
	}
	var out []Row
	last := 0
	for _, reg := range regions {
		a0, a1, b0, b1 := c.spanOf(rows[reg[0]:reg[1]])
		if (a1-a0+1)*(b1-b0+1) > refineCells {
			continue
		}
		sub := &model{p: &p, a: subSide(c.m.a, a0, a1), b: subSide(c.m.b, b0, b1), w: c.m.w, ratio: c.ratio, paras: c.m.paras}
		lo, hi := make([]int, a1-a0+1), make([]int, a1-a0+1)
		for i := range hi {
			hi[i] = b1 - b0
		}
		path, _ := sub.search(newBand(lo, hi))
		out = append(out, rows[last:reg[0]]...)
		if alt, ok := c.wholeParagraph(sub, path, a0, a1, b0, b1); ok {
			out = append(out, alt...)
			last = reg[1]
			continue
		}
		for _, st := range path {
			bt := beadTypes[st.t]
			out = append(out, sub.beadRow(st, span(a0+st.i-bt.a, a0+st.i), span(b0+st.j-bt.b, b0+st.j)))
		}
		last = reg[1]
	}
	if out == nil {
		return
	}
	out = append(out, rows[last:]...)
	al := *c.al
	al.Rows = out
	c.al = &al
}

// maxParagraphTrials caps the source paragraphs wholeParagraph tries in
// one region.
const maxParagraphTrials = 8

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
// of at least three sentences and no more than the region has source
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
// omission of its own rather than leave it to the report's analysis of
// merged sentences.
func (c *coverer) wholeParagraph(sub *model, path []step, a0, a1, b0, b1 int) ([]Row, bool) {
	if len(path) == 0 {
		return nil, false
	}
	surplus := (a1 - a0) - (b1 - b0)
	if surplus < 2 {
		return nil, false
	}
	if paragraphsIn(c.src, a0, a1)-paragraphsIn(c.tgt, b0, b1) != 1 {
		return nil, false
	}
	best := sub.pathCost(path)
	var bestRows []Row
	tried := 0
	for k := c.src.Sentences[a0].Paragraph; k < len(c.src.Paragraphs) && tried < maxParagraphTrials; k++ {
		para := c.src.Paragraphs[k]
		if para.First < a0 || para.Limit <= para.First {
			continue
		}
		if para.Limit > a1 {
			break
		}
		n := para.Limit - para.First
		if n < 3 || n > surplus+1 {
			continue
		}
		tried++
		p0, p1 := para.First-a0, para.Limit-a0
		keep := make([]int, 0, a1-a0-n)
		for i := 0; i < a1-a0; i++ {
			if i < p0 || i >= p1 {
				keep = append(keep, i)
			}
		}
		red := &model{p: sub.p, a: pickSide(sub.a, keep), b: sub.b, w: sub.w, ratio: sub.ratio, paras: sub.paras}
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
		if !ok || !c.breakAt(rows, a0+p0) || omitsElsewhere(rows, a0+p0, a0+p1) {
			continue
		}
		best, bestRows = cost, rows
	}
	return bestRows, bestRows != nil
}

// paragraphsIn counts the paragraphs of e that sentences lo..hi-1 are
// in.
func paragraphsIn(e *editions.Edition, lo, hi int) int {
	n, last := 0, -1
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
func (c *coverer) breakAt(rows []Row, first int) bool {
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
		t := c.tgt.Sentences[prev]
		return c.tgt.Paragraphs[t.Paragraph].Limit == prev+1
	case next >= 0:
		t := c.tgt.Sentences[next]
		return c.tgt.Paragraphs[t.Paragraph].First == next
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
			out = append(out, Row{Kind: Deleted, Score: 0.5, Cells: [][]int{{a0 + i}, {}}})
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
		feats: make([][]fcount, len(keep)), weight: make([]float64, len(keep)),
		para: make([]int, len(keep)), paraEnd: make([]bool, len(keep)), paras: s.paras,
	}
	for k, i := range keep {
		out.length[k], out.feats[k], out.weight[k] = s.length[i], s.feats[i], s.weight[i]
		out.para[k], out.paraEnd[k] = s.para[i], s.paraEnd[i]
		out.cumLen[k+1] = out.cumLen[k] + s.length[i]
	}
	return out
}

// pathCost is what search charges for path.
func (m *model) pathCost(path []step) float64 {
	total, state := 0.0, 0
	for _, st := range path {
		c, _ := m.cost(st.t, st.i, st.j, m.shared)
		s := stateOf(st.t)
		if s != 0 && s == state {
			c += m.p.extend[s] - m.p.prior[st.t]
		}
		total += c
		state = s
	}
	return total
}

// settled returns the row, going from row r in direction dir (±1), after
// which the alignment has settled: refineMargin 1-1 matches in a row
// that the aligner is sure of (Score 0.9 or more), so that a passage
// left out is realigned with all it disturbed; at most refineReach rows
// away.
func (c *coverer) settled(r, dir int) int {
	rows := c.al.Rows
	run := 0
	for k := r + dir; k >= 0 && k < len(rows); k += dir {
		row := rows[k]
		if row.Kind == Match && len(row.Cells[0]) == 1 && len(row.Cells[1]) == 1 && row.Score >= 0.9 {
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
func (c *coverer) spanOf(rows []Row) (a0, a1, b0, b1 int) {
	a0, b0 = len(c.src.Sentences), len(c.tgt.Sentences)
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
	return &side{
		n: hi - lo, length: s.length[lo:hi], cumLen: s.cumLen[lo : hi+1],
		feats: s.feats[lo:hi], weight: s.weight[lo:hi],
		para: s.para[lo:hi], paraEnd: s.paraEnd[lo:hi], paras: s.paras,
	}
}

// found returns the share of the feature weight of source sentence s
// that the translation sentences cell share: near 0 when nothing of it
// is visibly there, whatever its length.
func (c *coverer) found(s int, cell []int) float64 {
	w := c.m.a.weight[s]
	if w == 0 {
		return 0
	}
	sh := 0.0
	for _, t := range cell {
		sh += c.m.shared(s, t)
	}
	return math.Min(1, sh/w)
}

// estimateVariance re-estimates the Gale–Church variance per character
// from the matched pairs of these two texts. The aligner's value is
// deliberately generous, so as not to reject true pairs of unusual
// length; a check for too-short translations needs the spread of this
// translator, who may be close or free. The estimate is robust: the
// median of the squared standardized differences over that of a χ²
// variable with one degree of freedom (0.455), so that the omissions
// being looked for do not inflate it.
func (c *coverer) estimateVariance() float64 {
	var sq []float64
	for _, row := range c.al.Rows {
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
	// varPrior pairs.
	const varPrior = 10
	def := defaultParams().variance
	if len(sq) == 0 {
		return def
	}
	sort.Float64s(sq)
	v := sq[len(sq)/2] / 0.455
	n := float64(len(sq))
	v = (n*v + varPrior*def) / (n + varPrior)
	return math.Max(1, math.Min(v, 2*def))
}

// zScore is the standardized length difference of a pair: how many
// standard deviations the translation's length lb is from what the
// source's la predicts. Negative means too short.
func (c *coverer) zScore(la, lb float64) float64 {
	mean := (la + lb/c.ratio) / 2
	if mean <= 0 {
		return 0
	}
	return (lb - la*c.ratio) / math.Sqrt(c.variance*mean*c.ratio)
}

func (c *coverer) sum(lengths []float64, cell []int) float64 {
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

func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				starts = append(starts, i+1)
			}
		}
	}
	return starts
}

// lineOf returns the 1-based line holding byte offset off.
func lineOf(starts []int, off int) int {
	return sort.Search(len(starts), func(k int) bool { return starts[k] > off })
}

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
	shortMinChars = 25
)

// gap is the stretch of rows between two matches: the source sentences
// and the translation sentences it holds, which the aligner could not
// pair.
type gap struct {
	srcChars, tgtChars float64
}

// omissions finds the runs of unmatched source sentences and the pairs
// whose translation is far too short.
func (c *coverer) omissions() {
	rows := c.al.Rows
	// Lone unmatched sentences first: one merged into a match takes
	// that match's analysis with it.
	lone := make(map[int]*Finding)
	consumed := make([]bool, len(rows))
	for r := range rows {
		if !c.lone(r) {
			continue
		}
		if f, k, ok := c.besideMatch(r, consumed); ok {
			lone[r] = f
			if k >= 0 {
				consumed[k] = true
			}
		}
	}
	for r := 0; r < len(rows); r++ {
		row := rows[r]
		if f, ok := lone[r]; ok {
			if f != nil {
				if segmentationSlip(c.src.Sentences[f.Sentences[len(f.Sentences)-1]].Text) {
					f.Confidence *= 0.5
				}
				c.rep.Omissions = append(c.rep.Omissions, *f)
			}
			continue
		}
		switch row.Kind {
		case Deleted:
			// A run of unmatched source sentences, Deleted rows in a
			// row, ends at the next match; translation sentences
			// inserted in between are weighed in the confidence.
			end := r
			var run []int
			g := gap{}
			for end < len(rows) && rows[end].Kind != Match {
				if rows[end].Kind == Deleted {
					run = append(run, rows[end].Cells[0]...)
				} else {
					g.tgtChars += c.sum(c.tgtLen, rows[end].Cells[1])
				}
				end++
			}
			// Count the inserted rows just before the run too.
			for k := r - 1; k >= 0 && rows[k].Kind == Inserted; k-- {
				g.tgtChars += c.sum(c.tgtLen, rows[k].Cells[1])
			}
			g.srcChars = c.sum(c.srcLen, run)
			if len(run) == 1 && g.tgtChars == 0 {
				run = c.reattribute(r, end, run)
			}
			f := c.finding(Omitted, 0, run)
			f.Confidence = c.omissionConfidence(r, end, run, g)
			if segmentationSlip(c.src.Sentences[run[len(run)-1]].Text) {
				f.Confidence *= 0.5
			}
			c.rep.Omissions = append(c.rep.Omissions, f)
			r = end - 1
		case Match:
			if consumed[r] {
				continue
			}
			if f, ok := c.shortened(r); ok {
				if segmentationSlip(c.src.Sentences[f.Sentences[len(f.Sentences)-1]].Text) {
					f.Confidence *= 0.5
				}
				c.rep.Omissions = append(c.rep.Omissions, f)
			}
		}
	}
}

// lone reports whether row r is a single source sentence left
// unmatched between matches, with no translation sentence unmatched
// beside it.
func (c *coverer) lone(r int) bool {
	rows := c.al.Rows
	if rows[r].Kind != Deleted || len(rows[r].Cells[0]) != 1 {
		return false
	}
	for _, k := range []int{r - 1, r + 1} {
		if k >= 0 && k < len(rows) && rows[k].Kind != Match {
			return false
		}
	}
	return true
}

// joinOmissions makes one finding of omissions that follow each other
// in the source and none of whose sentences has a counterpart: a run of
// unmatched sentences and the sentence beside it that the aligner
// merged with its neighbour are one passage left out, and a reader
// should see it as one. The finding is as sure as the surer of the two.
func (c *coverer) joinOmissions() {
	oms := c.rep.Omissions
	sort.SliceStable(oms, func(i, j int) bool { return oms[i].Sentences[0] < oms[j].Sentences[0] })
	unmatched := func(f Finding) bool {
		for _, s := range f.Sentences {
			if c.covered[s] {
				return false
			}
		}
		return true
	}
	var out []Finding
	for _, f := range oms {
		if n := len(out); n > 0 {
			prev := out[n-1]
			if prev.Sentences[len(prev.Sentences)-1]+1 == f.Sentences[0] && unmatched(prev) && unmatched(f) {
				j := c.finding(Omitted, 0, append(append([]int{}, prev.Sentences...), f.Sentences...))
				j.Confidence = math.Max(prev.Confidence, f.Confidence)
				out[n-1] = j
				continue
			}
		}
		out = append(out, f)
	}
	c.rep.Omissions = out
}

// reattribute checks the aligner's choice of which sentence is missing.
// When a translation leaves out one of two similar neighbouring
// sentences, the aligner may pair the survivor with the wrong source and
// report its neighbour missing. If the translation sentence beside the
// omission (in a 1-1 match at row first-1 or end) shares visibly more
// with the omitted sentence than with its own source, and fits its
// length about as well, the omission is that source sentence instead —
// and so on along the 1-1 matches beyond (see shift).
func (c *coverer) reattribute(first, end int, run []int) []int {
	s := run[0]
	best, bestGain, dir := -1, 0.0, 0
	for _, k := range []int{first - 1, end} {
		if gain, ok := c.fitsBetter(s, k); ok && gain > bestGain {
			best, bestGain = k, gain
			dir = 1
			if k < first {
				dir = -1
			}
		}
	}
	if best < 0 {
		return run
	}
	return []int{c.shift(s, best, dir)}
}

// fitsBetter reports whether row k is a 1-1 match whose translation
// belongs rather to source sentence s than to its own source: when what
// it visibly shares with each, weighted as the aligner weighs it against
// lengths (params.sim per unit of Dice similarity), and how well it fits
// each's length (lengthLogLik) make s likelier by a factor e at least.
// It returns that log-likelihood ratio.
func (c *coverer) fitsBetter(s, k int) (float64, bool) {
	rows := c.al.Rows
	if k < 0 || k >= len(rows) || rows[k].Kind != Match || len(rows[k].Cells[0]) != 1 || len(rows[k].Cells[1]) != 1 {
		return 0, false
	}
	n, t := rows[k].Cells[0][0], rows[k].Cells[1][0]
	lt := c.tgtLen[t]
	gain := c.m.p.sim*(c.sim(s, t)-c.sim(n, t)) +
		lengthLogLik(c.zScore(c.srcLen[s], lt)) - lengthLogLik(c.zScore(c.srcLen[n], lt))
	return gain, gain > 1
}

// shift moves an omission of source sentence s along a chain of 1-1
// matches, starting at row k and going in direction dir (±1), as long
// as each match's translation belongs to the sentence before it in the
// chain (fitsBetter): when a translation leaves out one sentence of a
// passage, the aligner may pair each following sentence with the
// translation of the next, and absorb the last one in a merge, so that
// the sentence found missing is several away from the one that is. It
// returns the sentence that is missing, and marks what is covered.
func (c *coverer) shift(s, k, dir int) int {
	c.covered[s] = true
	for {
		n := c.al.Rows[k].Cells[0][0]
		s = n
		k += dir
		if _, ok := c.fitsBetter(s, k); !ok {
			break
		}
	}
	c.covered[s] = false
	return s
}

// sim is the Dice similarity of source sentence s and translation
// sentence t by the aligner's weighted features.
func (c *coverer) sim(s, t int) float64 {
	w := c.m.a.weight[s] + c.m.b.weight[t]
	if w == 0 {
		return 0
	}
	return 2 * c.m.shared(s, t) / w
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
	conf := 0.97
	if g.tgtChars > 0 && g.srcChars > 0 {
		balance := math.Min(1, g.tgtChars/(g.srcChars*c.ratio))
		conf *= 1 - 0.8*balance
	}
	rows := c.al.Rows
	absorbs := func(k int) bool {
		if k < 0 || k >= len(rows) || rows[k].Kind != Match {
			return false
		}
		la, lb := c.sum(c.srcLen, rows[k].Cells[0]), c.sum(c.tgtLen, rows[k].Cells[1])
		before, after := c.zScore(la, lb), c.zScore(la+g.srcChars, lb)
		return before > 0.5 && math.Abs(after) < before-0.5 && math.Abs(after) < 1.5
	}
	if absorbs(first-1) || absorbs(end) {
		conf *= 0.5
	}
	switch {
	case g.srcChars < 12:
		conf *= 0.4 // "Mr.", "II.": more often a segmentation accident
	case g.srcChars < 25:
		conf *= 0.6
	}
	return conf
}

// shortened checks a matched pair for a translation far too short. When
// the pair has several source sentences and leaving out some at either
// end brings the rest to a normal length, those are what the translation
// omits (the aligner merged an omitted sentence with its neighbour);
// otherwise all the pair's source sentences are reported.
func (c *coverer) shortened(r int) (Finding, bool) {
	row := c.al.Rows[r]
	sc, tc := row.Cells[0], row.Cells[1]
	la, lb := c.sum(c.srcLen, sc), c.sum(c.tgtLen, tc)
	z := c.zScore(la, lb)
	if len(sc) > 1 {
		if f, ok := c.mergedOmission(r); ok {
			return f, true
		}
	}
	if la*c.ratio-lb < shortMinChars {
		return Finding{}, false
	}
	if z > -shortZ {
		return Finding{}, false
	}
	omitted := sc
	if len(sc) > 1 {
		// Keep sc[lo:hi]; the rest is omitted.
		best := math.Inf(1)
		for lo := 0; lo < len(sc); lo++ {
			for hi := lo + 1; hi <= len(sc); hi++ {
				if lo == 0 && hi == len(sc) {
					continue
				}
				if lo > 0 && hi < len(sc) {
					continue // an omission in the middle would not be merged this way
				}
				zk := math.Abs(c.zScore(c.sum(c.srcLen, sc[lo:hi]), lb))
				if zk < best && zk < 2 {
					best = zk
					omitted = append(append([]int{}, sc[:lo]...), sc[hi:]...)
				}
			}
		}
	}
	f := c.finding(Shortened, 0, omitted)
	f.Counterpart = tc
	// Beyond the threshold, each further standard deviation makes a
	// chance shortfall less likely.
	f.Confidence = 1 / (1 + math.Exp(-(-z-shortZ)-0.5))
	return f, true
}

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
//     (omissionPrior per bead), merges as frequent as this translator
//     makes them (mergeRate);
//   - the lengths: the likelihood of tc's length given the whole merge
//     and given the rest, under the length spread of this translator
//     (lengthLogLik);
//   - what tc visibly shares with the end beyond what it shares with
//     the rest (marginalShare): how likely so little is if the end is
//     translated there, and if it is not, as measured on the alignment's
//     own pairs of sentences of similar weight (c.lexLogLR).
//
// An end is weighed as well against the hypothesis that the match beside
// it renders it (movedOdds), and its log-odds are the lesser. The end of
// the highest log-odds, if they are positive, is reported, with their
// probability as its confidence.
func (c *coverer) mergedOmission(r int) (Finding, bool) {
	sc, tc := c.al.Rows[r].Cells[0], c.al.Rows[r].Cells[1]
	var best []int
	bestOdds := math.Inf(-1)
	for _, x := range c.cuts(sc, tc) {
		odds := x.odds
		if odds > 0 {
			odds = math.Min(odds, c.movedOdds(r, sc, x.omitted))
		}
		if odds > bestOdds {
			best, bestOdds = x.omitted, odds
		}
	}
	if best == nil || bestOdds <= 0 {
		return Finding{}, false
	}
	return c.mergeEndFinding(r-1, r+1, sc, tc, best, bestOdds), true
}

// movedOdds is the log-odds that the run omitted, at one end of the
// merge of source sentences sc at row r, is left out of the translation
// rather than rendered by the match beside that end: where two merges
// meet, an aligner may put a sentence in either, and if it chose the
// wrong one the sentence is not missing. +Inf if there is no match
// beside it.
func (c *coverer) movedOdds(r int, sc, omitted []int) float64 {
	rows := c.al.Rows
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
	for _, y := range c.cuts(v, rows[k].Cells[1]) {
		if slices.Equal(y.omitted, omitted) {
			return y.odds
		}
	}
	return math.Inf(1)
}

// besideMatch weighs a source sentence s, alone at row r between
// matches, that the aligner left unmatched. Whether an aligner leaves a
// sentence out beside a match or merges it into that match is often a
// coin toss, and the same sentence must not be reported missing or not
// according to which way the coin fell; so s is weighed with the
// coverage's own model, as mergedOmission weighs the end of a merge.
// The hypotheses are that s is left out (the aligner's), that it is
// merged into the match before or after it (unless that match is
// already taken, consumed), and, so merged, that the merge leaves out
// another run at one of its ends (see cuts) — the match's own source,
// say, s being what its translation renders. The likeliest decides:
// besideMatch returns the finding it implies (nil if s is merged and
// nothing is missing) and the row of the match s is merged into (-1 if
// none). It reports false when s is too short for its length to say
// anything, or has no match beside it; the caller then judges s alone.
func (c *coverer) besideMatch(r int, consumed []bool) (f *Finding, merged int, ok bool) {
	rows := c.al.Rows
	s := rows[r].Cells[0][0]
	// Scores are log-likelihoods relative to the hypothesis that s is
	// left out.
	type hypothesis struct {
		score         float64
		row           int // the match s is merged into, -1 if none
		sc, tc        []int
		omitted       []int // another run the merge leaves out
		before, after int
	}
	best := hypothesis{row: -1}
	kept := math.Inf(1) // the least log-odds of s left out against merged
	for _, k := range []int{r - 1, r + 1} {
		if k < 0 || k >= len(rows) || rows[k].Kind != Match || consumed[k] {
			continue
		}
		h := hypothesis{row: k, tc: rows[k].Cells[1]}
		if k < r {
			h.sc = append(append([]int{}, rows[k].Cells[0]...), s)
			h.before, h.after = k-1, r+1
		} else {
			h.sc = append([]int{s}, rows[k].Cells[0]...)
			h.before, h.after = r-1, k+1
		}
		cs := c.cuts(h.sc, h.tc)
		self := math.NaN()
		for _, x := range cs {
			if len(x.omitted) == 1 && x.omitted[0] == s {
				self = x.odds
			}
		}
		if math.IsNaN(self) {
			return nil, -1, false
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
		return nil, -1, false
	}
	if best.row < 0 {
		out := c.finding(Omitted, 0, []int{s})
		out.Confidence = math.Min(0.97, 1/(1+math.Exp(-kept)))
		return &out, -1, true
	}
	c.covered[s] = true
	if best.omitted == nil {
		return nil, best.row, true
	}
	// Against the likelier of the hypotheses with nothing left out.
	out := c.mergeEndFinding(best.before, best.after, best.sc, best.tc, best.omitted, best.score+kept)
	return &out, best.row, true
}

// mergeEndFinding reports the sentences best, at one end of the merge
// of source sentences sc and translation tc between rows before and
// after, as missing from it with log-odds odds.
func (c *coverer) mergeEndFinding(before, after int, sc, tc, best []int, odds float64) Finding {
	// These sentences have no counterpart after all.
	for _, s := range best {
		c.covered[s] = false
	}
	conf := 1 / (1 + math.Exp(-odds))
	if len(best) == 1 {
		// The sentence the merge lacks may be rendered by the match
		// beside it, whose own source is then the one missing.
		k, dir := before, -1
		if best[0] == sc[len(sc)-1] {
			k, dir = after, 1
		}
		if _, ok := c.fitsBetter(best[0], k); ok {
			f := c.finding(Omitted, 0, []int{c.shift(best[0], k, dir)})
			f.Confidence = conf
			return f
		}
	}
	f := c.finding(Shortened, 0, best)
	f.Counterpart = tc
	f.Confidence = conf
	return f
}

// A cut is a run of source sentences at one end of a merge, and the
// log-odds that the merge's translation leaves it out.
type cut struct {
	omitted []int
	odds    float64
}

// cuts weighs, for each run of source sentences at one end of the merge
// of sc with translation tc, the log-odds that the translation leaves
// it out (see mergedOmission). Runs too short for their length to say
// anything are left out.
func (c *coverer) cuts(sc, tc []int) []cut {
	lb := c.sum(c.tgtLen, tc)
	la := c.sum(c.srcLen, sc)
	whole := lengthLogLik(c.zScore(la, lb))
	prior := math.Log(omissionPrior / c.mergeRate)
	var out []cut
	for k := 1; k < len(sc); k++ {
		for _, ends := range [2][2][]int{{sc[:k], sc[k:]}, {sc[k:], sc[:k]}} {
			omitted, rest := ends[0], ends[1]
			lo := c.sum(c.srcLen, omitted)
			if lo*c.ratio < shortMinChars/2 {
				continue // "Mr.", "Amen.": its length says nothing
			}
			odds := prior + lengthLogLik(c.zScore(la-lo, lb)) - whole
			w := 0.0
			for _, s := range omitted {
				w += c.m.a.weight[s]
			}
			if w >= minLexWeight {
				odds += c.lexLogLR(w, c.marginalShare(omitted, rest, tc))
			}
			out = append(out, cut{omitted, odds})
		}
	}
	return out
}

// omissionPrior is the share of beads that are omissions (1-0), as the
// aligner takes it (see defaultParams).
const omissionPrior = 0.012

// lengthLogLik is the log-likelihood of a standardized length difference
// z, up to a constant: Student's t with lengthDF degrees of freedom
// rather than the normal, since real length differences have heavier
// tails than Gale and Church's model, and one odd pair must not outweigh
// everything else.
func lengthLogLik(z float64) float64 {
	return -(lengthDF + 1) / 2 * math.Log(1+z*z/lengthDF)
}

const lengthDF = 5

// marginalShare is the share of the feature weight of the sentences
// omitted that the translation tc shows beyond what it shares with the
// rest of the merge: a feature found once in tc and in both the rest and
// omitted counts for the rest only.
func (c *coverer) marginalShare(omitted, rest, tc []int) float64 {
	w := 0.0
	for _, s := range omitted {
		w += c.m.a.weight[s]
	}
	if w == 0 {
		return 0
	}
	all := append(append([]int{}, rest...), omitted...)
	return math.Max(0, c.sharedSet(all, tc)-c.sharedSet(rest, tc)) / w
}

// sharedSet is the weight of the features source sentences sc and
// translation sentences tc share, each counted as often as it occurs on
// both sides.
func (c *coverer) sharedSet(sc, tc []int) float64 {
	n := map[int32]int32{}
	for _, s := range sc {
		for _, f := range c.m.a.feats[s] {
			n[f.id] += f.n
		}
	}
	m := map[int32]int32{}
	for _, t := range tc {
		for _, f := range c.m.b.feats[t] {
			m[f.id] += f.n
		}
	}
	sh := 0.0
	for id, k := range n {
		if l := m[id]; l > 0 {
			sh += float64(min(k, l)) * c.m.w[id]
		}
	}
	return sh
}

// A lexSample is a source sentence s of a 1-1 match, seen as if merged
// with the source s' of the next 1-1 match: its feature weight, the
// share of it the two translations together show beyond what they share
// with s' (as when a merge renders both), and the share the translation
// of s' alone shows beyond that (as when s is absorbed in the merge but
// not translated). They are what marginalShare measures of a merged
// sentence under each hypothesis.
type lexSample struct {
	weight, own, other float64
}

// minLexWeight is the least feature weight of sentences whose visibility
// in a translation says anything: about one word found in one sentence
// in twenty. A sentence with less (a punctuation mark, numbers the
// translation has nowhere) would be judged by the share of nothing.
const minLexWeight = 3

// lexWindow is how many 1-1 matches of nearest weight estimate the
// share a translation shows of a sentence.
const lexWindow = 100

// prepareLex collects the lexSamples of the alignment, by weight.
func (c *coverer) prepareLex() {
	type one struct{ s, t int }
	var ones []one
	for _, row := range c.al.Rows {
		if row.Kind == Match && len(row.Cells[0]) == 1 && len(row.Cells[1]) == 1 {
			ones = append(ones, one{row.Cells[0][0], row.Cells[1][0]})
		}
	}
	for k, o := range ones {
		w := c.m.a.weight[o.s]
		if w < minLexWeight {
			continue
		}
		next := k + 1
		if next == len(ones) {
			next = k - 1
		}
		if next < 0 {
			continue
		}
		n := ones[next]
		rest := []int{n.s}
		c.lex = append(c.lex, lexSample{
			weight: w,
			own:    c.marginalShare([]int{o.s}, rest, []int{o.t, n.t}),
			other:  c.marginalShare([]int{o.s}, rest, []int{n.t}),
		})
	}
	sort.Slice(c.lex, func(i, j int) bool { return c.lex[i].weight < c.lex[j].weight })
}

// lexLogLR is the log of how much likelier a translation is to show a
// share m of sentences of weight w when it does not render them than
// when it does, measured on the 1-1 matches whose source weighs about
// w: how many of them the neighbour's translation shows about that share
// of, against how many of them their own translation does.
//
// Both counts are kernel estimates rather than counts in bins: each
// match counts less the further its source's weight ranks from w
// (linearly, to nothing lexWindow ranks away) and the further its share
// is from m (a Gaussian as wide as bins of half-width lexBand). A count
// in bins jumps by one when a match enters or leaves a bin, and since
// the log-ratio of small counts moves by a third for that, the odds of
// an omission moved by as much when the translation changed far away;
// the kernels make the estimate change as little as the data.
func (c *coverer) lexLogLR(w, m float64) float64 {
	n := len(c.lex)
	if n == 0 {
		return 0
	}
	i := sort.Search(n, func(i int) bool { return c.lex[i].weight >= w })
	own, other := 0.5, 0.5
	for k := max(0, i-lexWindow); k < min(n, i+lexWindow); k++ {
		kw := 1 - math.Abs(float64(k-i)+0.5)/lexWindow
		x := c.lex[k]
		own += kw * shareKernel(x.own-m)
		other += kw * shareKernel(x.other-m)
	}
	return math.Log(other / own)
}

// lexBand is the half-width of the bins of shares whose counts
// shareKernel smooths.
const lexBand = 0.1

// shareKernel weighs a difference of shares d: a Gaussian with the
// variance of a uniform bin of half-width lexBand, scaled to the same
// area, so that counts keep their scale against the pseudo-counts.
func shareKernel(d float64) float64 {
	const sd = lexBand / 1.7320508075688772 // √3
	z := d / sd
	if z > 4 || z < -4 {
		return 0
	}
	return 2 * lexBand / (sd * 2.5066282746310002) * math.Exp(-z*z/2) // √(2π)
}

// segmentationSlip reports whether a source sentence looks cut at a
// title the segmenter took for a sentence end ("Les acquisitions faites,
// Mr." then "Fogg et la jeune femme…"): such a fragment, reported as
// omitted, is nearly always an artefact — its other half is matched.
func segmentationSlip(text string) bool {
	i := strings.LastIndexAny(text, " «“\"'(")
	switch text[i+1:] {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "M.", "Mme.", "Mlle.", "Hr.", "Fr.", "Sr.", "Messrs.":
		return true
	}
	return false
}

// finding makes a finding of the sentences sents of edition e (0 or 1).
func (c *coverer) finding(kind FindingKind, e int, sents []int) Finding {
	ed, lines := c.src, c.srcLines
	if e == 1 {
		ed, lines = c.tgt, c.tgtLines
	}
	first, last := ed.Sentences[sents[0]], ed.Sentences[sents[len(sents)-1]]
	texts := make([]string, len(sents))
	words := 0
	for k, s := range sents {
		texts[k] = ed.Sentences[s].Text
		words += countWords(ed.Sentences[s].Text)
	}
	return Finding{
		Kind: kind, Edition: e, Sentences: sents,
		Paragraph: first.Paragraph, Line: lineOf(lines, first.Start),
		Start: first.Start, End: last.End,
		Text: strings.Join(texts, " "), Words: words,
	}
}

// countWords counts the runs of letters and digits of s.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// additions finds the translation's sentences with no source, and the
// bracketed insertions inside its matched sentences.
func (c *coverer) additions() {
	rows := c.al.Rows
	for r := 0; r < len(rows); r++ {
		row := rows[r]
		switch row.Kind {
		case Inserted:
			// The gap this row stands in: unmatched source text in it
			// makes a plain addition doubtful (a paraphrase the aligner
			// did not pair).
			lo, hi := r, r
			for lo > 0 && rows[lo-1].Kind != Match {
				lo--
			}
			for hi < len(rows) && rows[hi].Kind != Match {
				hi++
			}
			g := gap{}
			for k := lo; k < hi; k++ {
				if rows[k].Kind == Deleted {
					g.srcChars += c.sum(c.srcLen, rows[k].Cells[0])
				} else {
					g.tgtChars += c.sum(c.tgtLen, rows[k].Cells[1])
				}
			}
			// Consecutive sentences of one kind make one finding.
			var cur *Finding
			for k := r; k < hi; k++ {
				if rows[k].Kind != Inserted {
					continue
				}
				for _, s := range rows[k].Cells[1] {
					kind := c.additionKind(s)
					if cur != nil && cur.Kind == kind && cur.Sentences[len(cur.Sentences)-1] == s-1 {
						cur.Sentences = append(cur.Sentences, s)
						continue
					}
					c.appendAddition(cur, g)
					f := Finding{Kind: kind, Sentences: []int{s}}
					cur = &f
				}
			}
			c.appendAddition(cur, g)
			r = hi - 1
		case Match:
			c.bracketedInside(row)
		}
	}
}

func (c *coverer) appendAddition(f *Finding, g gap) {
	if f == nil {
		return
	}
	nf := c.finding(f.Kind, 1, f.Sentences)
	switch nf.Kind {
	case TranslatorNote, Bracketed:
		nf.Confidence = 0.9
	default:
		nf.Confidence = 0.9
		if g.srcChars > 0 && g.tgtChars > 0 {
			nf.Confidence *= 1 - 0.8*math.Min(1, g.srcChars*c.ratio/g.tgtChars)
		}
	}
	nf.Severity = nf.Confidence * math.Sqrt(float64(nf.Words))
	c.rep.Additions = append(c.rep.Additions, nf)
}

// noteCues are words by which translators and editors sign their notes,
// lower-cased: "Translator's note", "N.d.T.", "Anm. d. Übers.",
// "Прим. перев.".
var noteCues = []string{
	"translator's note", "translator’s note", "translator's remark", "— trans.", "—trans.", "[trans.", "(trans.", "— tr.", "[tr.", "(tr.", "ed.]", "trans.]", "tr.]",
	"note du traducteur", "n.d.t.", "n. d. t.", "ndt", "note de l'éditeur", "n.d.é.", "n.d.e.",
	"anm. d. übers", "anmerkung des übersetzers", "anm. d. red", "anm. d. hrsg", "d. übers.",
	"nota del traductor", "n. del t.", "nota del traduttore", "n.d.r.", "n.d.t",
	"прим. перев", "примечание переводчика", "прим. ред", "прим. пер.",
}

// additionKind classifies a translation sentence with no source.
func (c *coverer) additionKind(s int) FindingKind {
	sent := c.tgt.Sentences[s]
	if p := c.tgt.Paragraphs[sent.Paragraph]; p.Kind == editions.NoteKind {
		return TranslatorNote
	}
	t := strings.Trim(sent.Text, " *_")
	if strings.HasPrefix(t, "[") && !startsWithMarker(sent, t) {
		return Bracketed
	}
	low := strings.ToLower(sent.Text)
	for _, cue := range noteCues {
		if strings.Contains(low, cue) {
			if cue == "ndt" && !containsWord(low, "ndt") {
				continue
			}
			return TranslatorNote
		}
	}
	return Added
}

// startsWithMarker reports whether t, the trimmed text of sent, opens
// with a note marker ("[1] ...") rather than a bracketed insertion.
func startsWithMarker(sent editions.Sentence, t string) bool {
	end := strings.IndexByte(t, ']')
	if end < 0 {
		return false
	}
	label := strings.TrimPrefix(t[1:end], "^")
	for _, m := range sent.Markers {
		if m.Label == label {
			return true
		}
	}
	return len(label) <= 3 && strings.Trim(label, "0123456789") == ""
}

func containsWord(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		before, after := i == 0, i+len(w) >= len(s)
		if !before {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			before = !unicode.IsLetter(r)
		}
		if !after {
			r, _ := utf8.DecodeRuneInString(s[i+len(w):])
			after = !unicode.IsLetter(r)
		}
		if before && after {
			return true
		}
		j := strings.Index(s[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// bracketedInside reports the bracketed insertions of a matched pair's
// translation, "[V.P. Nogin: …]", when its source has no brackets: an
// editor's or translator's gloss inside a sentence that is otherwise a
// translation. One-word brackets ("[Aufhebung]", "[sic]") are glosses of
// a word, not insertions, and note markers are not brackets at all.
func (c *coverer) bracketedInside(row Row) {
	for _, s := range row.Cells[0] {
		if strings.ContainsRune(c.src.Sentences[s].Text, '[') {
			return
		}
	}
	for _, s := range row.Cells[1] {
		sent := c.tgt.Sentences[s]
		text := sent.Text
		for i := 0; i < len(text); {
			open := strings.IndexByte(text[i:], '[')
			if open < 0 {
				break
			}
			open += i
			cl := strings.IndexByte(text[open:], ']')
			if cl < 0 {
				break
			}
			cl += open + 1
			inner := text[open+1 : cl-1]
			if countWords(inner) >= 2 && !(open == 0 && cl == len(strings.TrimRight(text, " *_."))) {
				f := c.finding(Bracketed, 1, []int{s})
				f.Start, f.End = textOffset(c.tgt, sent, open), textOffset(c.tgt, sent, cl)
				f.Line = lineOf(c.tgtLines, f.Start)
				f.Text, f.Words = text[open:cl], countWords(inner)
				f.Confidence = 0.9
				f.Severity = f.Confidence * math.Sqrt(float64(f.Words))
				c.rep.Additions = append(c.rep.Additions, f)
			}
			i = cl
		}
	}
}

// textOffset maps byte offset off in sent.Text to an offset in e.Text.
// Sentence.Text is the input between the sentence's offsets with runs of
// white space folded to one space and trimmed, so walking both while
// skipping white space finds it.
func textOffset(e *editions.Edition, sent editions.Sentence, off int) int {
	raw := e.Text[sent.Start:sent.End]
	i, j := 0, 0 // i in raw, j in sent.Text
	for j < off && i < len(raw) {
		r, n := utf8.DecodeRuneInString(raw[i:])
		if unicode.IsSpace(r) {
			// A run of white space in raw is one space (or nothing) in Text.
			for i < len(raw) {
				r, n = utf8.DecodeRuneInString(raw[i:])
				if !unicode.IsSpace(r) {
					break
				}
				i += n
			}
			if j < len(sent.Text) && sent.Text[j] == ' ' {
				j++
			}
			continue
		}
		_, m := utf8.DecodeRuneInString(sent.Text[j:])
		i += n
		j += m
	}
	return sent.Start + i
}

// mismatches compares the anchors of each matched pair.
func (c *coverer) mismatches() {
	srcA, tgtA := sentenceAnchors(c.src), sentenceAnchors(c.tgt)
	shared := c.sharedNames(srcA, tgtA)
	for _, row := range c.al.Rows {
		if row.Kind != Match || len(row.Cells) < 2 {
			continue
		}
		sa, ta := c.pairAnchors(c.src, srcA, row.Cells[0]), c.pairAnchors(c.tgt, tgtA, row.Cells[1])
		// A number on one side only is reported only when the other
		// side spells no number out: "seventy and sevenfold" is 77.
		sWords, tWords := c.spellsNumber(c.src, row.Cells[0]), c.spellsNumber(c.tgt, row.Cells[1])
		before := len(c.rep.Mismatches)
		c.compareNumbers(row, sa.of(anchors.Number), ta.of(anchors.Number), !tWords, !sWords)
		c.compareDates(row, sa.of(anchors.Date), ta.of(anchors.Date), before)
		// Names: only a substitution counts, and only between names
		// this translator demonstrably keeps — found on both sides of
		// at least two matched pairs. A name merely missing is usually
		// a pronoun ("Fogg" for "il"); names spelt differently ("Ham",
		// "Cham") or translated ("God", "Dieu"), and German nouns,
		// which are all capitalized, never meet the condition.
		// A merge, or a doubtful pair, mixes up who is named where.
		if len(row.Cells[0]) != 1 || len(row.Cells[1]) != 1 || row.Score < 0.8 {
			c.markers(row)
			continue
		}
		var sn, tn []located
		for _, a := range sa.of(anchors.Name) {
			if shared[a.key] {
				sn = append(sn, a)
			}
		}
		for _, a := range ta.of(anchors.Name) {
			if shared[a.key] {
				tn = append(tn, a)
			}
		}
		c.compare(row, NameMismatch, sn, tn, false)
		c.markers(row)
	}
}

// sharedNames returns the name keys this translator keeps: found on
// both sides of at least two matched pairs, and of most of the pairs
// that have it on either side. Name keys are lossy consonant skeletons,
// so a key that is shared now and then ("Dios" and German "Dieses")
// is a collision, not a name.
func (c *coverer) sharedNames(srcA, tgtA [][]anchors.Anchor) map[string]bool {
	both, either := make(map[string]int), make(map[string]int)
	for _, row := range c.al.Rows {
		if row.Kind != Match || len(row.Cells) < 2 {
			continue
		}
		keys := make(map[string]uint8) // 1: source, 2: translation
		for k, side := range [][][]anchors.Anchor{srcA, tgtA} {
			for _, s := range row.Cells[k] {
				for _, a := range side[s] {
					if a.Kind == anchors.Name {
						keys[a.Key] |= 1 << k
					}
				}
			}
		}
		for key, sides := range keys {
			either[key]++
			if sides == 3 {
				both[key]++
			}
		}
	}
	out := make(map[string]bool)
	for key, n := range both {
		if n >= 2 && 3*n >= 2*either[key] {
			out[key] = true
		}
	}
	return out
}

// compareDates is compare for dates. A date with a day against the same
// month without one ("29 septembre", "the 29th of last September") is
// not reported: the day was compared as a number. A number mismatch
// inside a date mismatch whose both sides have a day ("6 avril", "16
// April") is dropped, the date saying it better; numbers holds the index
// of the pair's first number mismatch.
func (c *coverer) compareDates(row Row, s, t []located, numbers int) {
	dates := len(c.rep.Mismatches)
	c.compare(row, DateMismatch, s, t, true)
	out := c.rep.Mismatches[:dates]
	for _, m := range c.rep.Mismatches[dates:] {
		sk, tk := dateKey(s, m.SourceStart), dateKey(t, m.TargetStart)
		if sk != "" && tk != "" && sk[:4] == tk[:4] && (len(sk) == 4) != (len(tk) == 4) {
			continue
		}
		// A date on one side only whose day the other side has as a
		// number was written in a form the extractor does not read as
		// a date ("the 29th of September"): the day was compared.
		if (sk == "") != (tk == "") && len(sk+tk) == 7 && numbers >= 0 && c.dayShared(row, sk+tk) {
			continue
		}
		out = append(out, m)
	}
	c.rep.Mismatches = out
	var keep []Mismatch
	for k, m := range c.rep.Mismatches[numbers:] {
		drop := false
		if m.Kind == NumberMismatch {
			for _, d := range c.rep.Mismatches[numbers:] {
				if d.Kind == DateMismatch && d.SourceStart >= 0 && d.TargetStart >= 0 &&
					(m.SourceStart >= d.SourceStart && m.SourceEnd <= d.SourceEnd || m.TargetStart >= d.TargetStart && m.TargetEnd <= d.TargetEnd) {
					drop = true
				}
			}
		}
		if !drop {
			keep = append(keep, c.rep.Mismatches[numbers+k])
		}
	}
	c.rep.Mismatches = append(c.rep.Mismatches[:numbers], keep...)
}

// dayShared reports whether both sides of row have the day of date key
// "--MM-DD" as a number.
func (c *coverer) dayShared(row Row, key string) bool {
	day := strings.TrimLeft(key[5:], "0")
	has := func(e *editions.Edition, cell []int) bool {
		for _, s := range cell {
			for _, a := range anchors.Extract(e.Sentences[s].Text, e.Lang) {
				if a.Kind == anchors.Number && a.Key == day {
					return true
				}
			}
		}
		return false
	}
	return has(c.src, row.Cells[0]) && has(c.tgt, row.Cells[1])
}

func dateKey(as []located, start int) string {
	for _, a := range as {
		if a.start == start {
			return a.key
		}
	}
	return ""
}

// compareNumbers is compare for numbers: a value that differs is always
// reported, one missing from a side only when that side spells no
// number out (sMissing: a source number may be reported missing from
// the translation).
func (c *coverer) compareNumbers(row Row, s, t []located, sMissing, tMissing bool) {
	before := len(c.rep.Mismatches)
	c.compare(row, NumberMismatch, s, t, true)
	out := c.rep.Mismatches[:before]
	for _, m := range c.rep.Mismatches[before:] {
		switch {
		case m.SourceValue != "" && m.TargetValue == "" && !sMissing:
		case m.SourceValue == "" && m.TargetValue != "" && !tMissing:
		default:
			out = append(out, m)
		}
	}
	c.rep.Mismatches = out
}

// spellsNumber reports whether the sentences cell of e write a number in
// words in one of the supported languages ("seventy", "vingt-trois",
// "hundredth", "dreißig").
func (c *coverer) spellsNumber(e *editions.Edition, cell []int) bool {
	for _, s := range cell {
		for _, w := range strings.FieldsFunc(strings.ToLower(e.Sentences[s].Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if isNumberWord(w) {
				return true
			}
		}
	}
	return false
}

// numberWords are the roots of number words of the languages synoptic
// segments; a word is a number word when it is one of them or starts
// with one and goes on with a suffix of tens, ordinals or multiples.
var numberWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty hundred thousand million first second third fifth twelfth half dozen score twice thrice once
un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille million premier première second seconde moitié douzaine
eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend million erste zweite dritte halb dutzend
uno una dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil millón primero primera segundo tercero mitad
unus una duo tres quattuor quinque sex septem octo novem decem viginti triginta centum mille primus secundus tertius
uno due tre quattro cinque sei sette otto nove dieci venti trenta cento mille primo secondo terzo
een twee drie vier vijf zes zeven acht negen tien twintig honderd duizend
один два три четыре пять шесть семь восемь девять десять двадцать тридцать сто тысяча`) {
		numberWords[w] = true
	}
}

func isNumberWord(w string) bool {
	if numberWords[w] {
		return true
	}
	// Compounds and derived forms: "seventy", "sevenfold", "hundredth",
	// "dreihundert", "quatre-vingts" (split at the hyphen already).
	for _, suf := range []string{"teen", "ty", "th", "fold", "ième", "ieme", "zig", "ßig", "hundert", "tausend", "s", "e", "er", "es", "te", "ten"} {
		if root, ok := strings.CutSuffix(w, suf); ok && len(root) >= 3 && (numberWords[root] || isNumberWord(root)) {
			return true
		}
	}
	for _, pre := range []string{"drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zwei", "ein"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && rest != "" && isNumberWord(rest) {
			return true
		}
	}
	return false
}

// A located anchor: its key, its text and where it stands in its edition.
type located struct {
	kind       anchors.Kind
	key, value string
	start, end int // byte offsets into the edition's Text
}

type pairAnchors []located

func (p pairAnchors) of(k anchors.Kind) []located {
	var out []located
	for _, a := range p {
		if a.kind == k {
			out = append(out, a)
		}
	}
	return out
}

// sentenceAnchors extracts the numbers, dates and names of every
// sentence of e. The day of a date is also a number, so that "the 29th of
// September", which is no date to the extractor, still compares with
// "29 septembre"; a range's ends are compared as numbers.
func sentenceAnchors(e *editions.Edition) [][]anchors.Anchor {
	out := make([][]anchors.Anchor, len(e.Sentences))
	for i, s := range e.Sentences {
		all := anchors.Extract(s.Text, e.Lang)
		var keep []anchors.Anchor
		for _, a := range all {
			switch a.Kind {
			case anchors.Number, anchors.Date, anchors.Name:
				keep = append(keep, a)
			}
		}
		out[i] = keep
	}
	return out
}

func (c *coverer) pairAnchors(e *editions.Edition, as [][]anchors.Anchor, cell []int) pairAnchors {
	var out pairAnchors
	for _, s := range cell {
		sent := e.Sentences[s]
		for _, a := range as[s] {
			out = append(out, located{kind: a.Kind, key: a.Key, value: sent.Text[a.Start:a.End],
				start: textOffset(e, sent, a.Start), end: textOffset(e, sent, a.End)})
		}
	}
	return out
}

// compare reports the anchors of one kind that the two sides of a pair
// do not share. Those left over on both sides are paired in order as
// values that differ ("6 avril" against "16 April"); what remains is
// missing on one side. withMissing says whether an anchor missing on the
// other side is reported at all.
func (c *coverer) compare(row Row, kind MismatchKind, s, t []located, withMissing bool) {
	count := make(map[string]int)
	for _, a := range t {
		count[a.key]++
	}
	var onlyS []located
	for _, a := range s {
		if count[a.key] > 0 {
			count[a.key]--
		} else {
			onlyS = append(onlyS, a)
		}
	}
	count = make(map[string]int)
	for _, a := range s {
		count[a.key]++
	}
	var onlyT []located
	for _, a := range t {
		if count[a.key] > 0 {
			count[a.key]--
		} else {
			onlyT = append(onlyT, a)
		}
	}
	if kind == NumberMismatch {
		onlyS, onlyT = joinTimes(onlyS, onlyT)
		onlyT, onlyS = joinTimes(onlyT, onlyS)
	}
	n := min(len(onlyS), len(onlyT))
	for k := 0; k < n; k++ {
		c.mismatch(row, kind, &onlyS[k], &onlyT[k], 0.9)
	}
	if !withMissing {
		return
	}
	for k := n; k < len(onlyS); k++ {
		c.mismatch(row, kind, &onlyS[k], nil, 0.5)
	}
	for k := n; k < len(onlyT); k++ {
		c.mismatch(row, kind, nil, &onlyT[k], 0.4)
	}
}

// joinTimes removes from a the pairs of numbers "8" and "45" that b
// writes as one, "8.45": a time of day, "8 heures 45" in French.
func joinTimes(a, b []located) ([]located, []located) {
	for k := 0; k < len(b); k++ {
		h, m, ok := strings.Cut(b[k].key, ".")
		if !ok {
			continue
		}
		hi, mi := -1, -1
		for x, v := range a {
			switch {
			case v.key == h && hi < 0:
				hi = x
			case strings.TrimRight(v.key, "0") == m && mi < 0 && x != hi:
				mi = x
			}
		}
		if hi < 0 || mi < 0 {
			continue
		}
		var rest []located
		for x, v := range a {
			if x != hi && x != mi {
				rest = append(rest, v)
			}
		}
		a = rest
		b = append(b[:k:k], b[k+1:]...)
		k--
	}
	return a, b
}

func (c *coverer) mismatch(row Row, kind MismatchKind, s, t *located, conf float64) {
	m := Mismatch{
		Kind: kind, Source: row.Cells[0], Target: row.Cells[1],
		SourceStart: -1, SourceEnd: -1, TargetStart: -1, TargetEnd: -1,
		Line:       lineOf(c.srcLines, c.src.Sentences[row.Cells[0][0]].Start),
		Confidence: conf,
	}
	if s != nil {
		m.SourceValue, m.SourceStart, m.SourceEnd = s.value, s.start, s.end
		m.Line = lineOf(c.srcLines, s.start)
	}
	if t != nil {
		m.TargetValue, m.TargetStart, m.TargetEnd = t.value, t.start, t.end
	}
	c.rep.Mismatches = append(c.rep.Mismatches, m)
}

// markers compares the note markers of a pair: a marker whose label
// differs on the other side is a renumbered note, one with no marker
// opposite a missing (or added) note reference.
func (c *coverer) markers(row Row) {
	collect := func(e *editions.Edition, cell []int) []located {
		var out []located
		for _, s := range cell {
			for _, m := range e.Sentences[s].Markers {
				out = append(out, located{key: m.Label, value: e.Text[m.Start:m.End], start: m.Start, end: m.End})
			}
		}
		return out
	}
	s, t := collect(c.src, row.Cells[0]), collect(c.tgt, row.Cells[1])
	if len(s) == 0 && len(t) == 0 {
		return
	}
	before := len(c.rep.Mismatches)
	c.compare(row, MarkerMismatch, s, t, true)
	for k := before; k < len(c.rep.Mismatches); k++ {
		m := &c.rep.Mismatches[k]
		if m.SourceValue != "" && m.TargetValue != "" {
			m.Kind = NoteRenumbered
		}
	}
}

// notes reports the source's notes none of whose sentences has a
// counterpart in the translation.
func (c *coverer) notes() {
	for n, note := range c.src.Notes {
		var sents []int
		covered := false
		for _, p := range c.src.Paragraphs {
			if p.Note != n {
				continue
			}
			for s := p.First; s < p.Limit; s++ {
				sents = append(sents, s)
				covered = covered || c.covered[s]
			}
		}
		if covered || len(sents) == 0 {
			continue
		}
		first := c.src.Sentences[sents[0]]
		c.rep.Mismatches = append(c.rep.Mismatches, Mismatch{
			Kind: NoteMissing, Source: sents, SourceValue: note.Label,
			SourceStart: first.Start, SourceEnd: c.src.Sentences[sents[len(sents)-1]].End,
			TargetStart: -1, TargetEnd: -1,
			Line: lineOf(c.srcLines, first.Start), Confidence: 0.9,
		})
	}
}

// filter drops the findings below the confidence threshold.
func (c *coverer) filter() {
	min := c.opts.MinConfidence
	if min == 0 {
		min = DefaultMinConfidence
	}
	keep := func(fs []Finding) []Finding {
		out := fs[:0]
		for _, f := range fs {
			if f.Confidence >= min {
				out = append(out, f)
			}
		}
		return out
	}
	c.rep.Omissions = keep(c.rep.Omissions)
	c.rep.Additions = keep(c.rep.Additions)
	ms := c.rep.Mismatches[:0]
	for _, m := range c.rep.Mismatches {
		if m.Confidence >= min {
			ms = append(ms, m)
		}
	}
	c.rep.Mismatches = ms
}

// counts computes the coverage of the whole text and of each section.
// A paragraph counts as covered when at least half its words are in
// covered sentences: a paragraph of which one sentence survives is not
// translated.
func (c *coverer) counts() {
	accepted := make([]bool, len(c.src.Sentences))
	for _, f := range c.rep.Omissions {
		if f.Accepted && f.Kind == Omitted {
			for _, s := range f.Sentences {
				accepted[s] = true
			}
		}
	}
	words := make([]int, len(c.src.Sentences))
	for i, s := range c.src.Sentences {
		words[i] = countWords(s.Text)
	}
	paraCounts := func(p editions.Paragraph, cov func(int) bool) CoverageCounts {
		var k CoverageCounts
		for s := p.First; s < p.Limit; s++ {
			k.Sentences.Total++
			k.Words.Total += words[s]
			if cov(s) {
				k.Sentences.Covered++
				k.Words.Covered += words[s]
			}
		}
		if k.Sentences.Total > 0 {
			k.Paragraphs.Total = 1
			if 2*k.Words.Covered >= k.Words.Total {
				k.Paragraphs.Covered = 1
			}
		}
		return k
	}
	isCovered := func(s int) bool { return c.covered[s] }
	effective := func(s int) bool { return c.covered[s] || accepted[s] }

	starts, joins := c.sectionHeadings()
	var sec *SectionCoverage
	for i, p := range c.src.Paragraphs {
		k := paraCounts(p, isCovered)
		c.rep.Total.add(k)
		c.rep.Effective.add(paraCounts(p, effective))
		switch {
		case joins[i] && sec != nil:
			sec.Title += " — " + c.paragraphText(p)
		case starts[i] || sec == nil:
			c.rep.Sections = append(c.rep.Sections, SectionCoverage{First: i, Start: p.Start})
			sec = &c.rep.Sections[len(c.rep.Sections)-1]
			if p.Kind == editions.Heading {
				sec.Title = c.paragraphText(p)
			}
		}
		sec.Limit, sec.End = i+1, p.End
		sec.Counts.add(k)
	}
}

// sectionHeadings says which heading paragraphs start a section and which
// add to the title of the section the heading before them started. One
// or two headings in a row make one title ("I — In which Phileas Fogg
// …"). A longer run is a table of contents, or a part's title before a
// chapter's: its first heading starts a section that holds the rest of
// the run, and its last heading (with the one before when that one is
// short, a chapter number) starts the section of the text that follows,
// so that a chapter is not titled by the contents listed before it.
func (c *coverer) sectionHeadings() (starts, joins []bool) {
	ps := c.src.Paragraphs
	starts, joins = make([]bool, len(ps)), make([]bool, len(ps))
	short := func(p editions.Paragraph) bool {
		return len(strings.Fields(c.paragraphText(p))) <= 3
	}
	for i := 0; i < len(ps); {
		if ps[i].Kind != editions.Heading {
			i++
			continue
		}
		j := i
		for j < len(ps) && ps[j].Kind == editions.Heading {
			j++
		}
		starts[i] = true
		last := i
		if j-i > 2 {
			last = j - 1
			if short(ps[j-2]) {
				last = j - 2
			}
			starts[last] = true
		}
		for k := last + 1; k < j; k++ {
			joins[k] = true
		}
		i = j
	}
	return starts, joins
}

func (k *CoverageCounts) add(o CoverageCounts) {
	k.Sentences.Covered += o.Sentences.Covered
	k.Sentences.Total += o.Sentences.Total
	k.Words.Covered += o.Words.Covered
	k.Words.Total += o.Words.Total
	k.Paragraphs.Covered += o.Paragraphs.Covered
	k.Paragraphs.Total += o.Paragraphs.Total
}

func (c *coverer) paragraphText(p editions.Paragraph) string {
	var parts []string
	for s := p.First; s < p.Limit; s++ {
		parts = append(parts, c.src.Sentences[s].Text)
	}
	return strings.Join(parts, " ")
}

// assignIDs gives every finding its id, marks the accepted ones and
// computes the omissions' severity. An id is a kind letter and eight hex
// digits of a SHA-256 of the comparison form (Norm) of the finding's
// sentences, and for additions and mismatches of its kind and the values
// involved: content, not position, so
// that it survives edits elsewhere in either text. Findings of identical
// content (a refrain omitted twice) get "-2", "-3"… in reading order.
func (c *coverer) assignIDs() {
	seen := make(map[string]int)
	id := func(prefix string, parts ...string) string {
		h := sha256.New()
		for _, p := range parts {
			h.Write([]byte(p))
			h.Write([]byte{0})
		}
		s := prefix + hex.EncodeToString(h.Sum(nil))[:8]
		seen[s]++
		if n := seen[s]; n > 1 {
			s += "-" + strconv.Itoa(n)
		}
		return s
	}
	norms := func(e *editions.Edition, sents []int) string {
		parts := make([]string, len(sents))
		for k, s := range sents {
			parts[k] = e.Sentences[s].Norm
		}
		return strings.Join(parts, "\n")
	}
	for k := range c.rep.Omissions {
		f := &c.rep.Omissions[k]
		// Not the kind: whether the aligner left a sentence unmatched
		// or merged it with its neighbour, and the analysis found it
		// missing from that merge, is the same omission to a reviewer,
		// and an acceptance must survive the aligner changing its mind
		// after an edit elsewhere.
		f.ID = id("o", norms(c.src, f.Sentences))
		f.Accepted = c.opts.Accept[f.ID]
		f.Severity = f.Confidence * math.Sqrt(float64(f.Words))
	}
	for k := range c.rep.Additions {
		f := &c.rep.Additions[k]
		f.ID = id("a", string(f.Kind), norms(c.tgt, f.Sentences), f.Text)
		f.Accepted = c.opts.Accept[f.ID]
	}
	for k := range c.rep.Mismatches {
		m := &c.rep.Mismatches[k]
		m.ID = id("m", string(m.Kind), norms(c.src, m.Source), m.SourceValue, m.TargetValue)
		m.Accepted = c.opts.Accept[m.ID]
	}
}

// BySeverity returns the omissions most severe first (ties in reading
// order), the order a reviewer reads them in.
func (r *CoverageReport) BySeverity() []Finding {
	out := append([]Finding(nil), r.Omissions...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity > out[j].Severity })
	return out
}

// Unaccepted counts the findings no reviewer has accepted.
func (r *CoverageReport) Unaccepted() (omissions, additions, mismatches int) {
	for _, f := range r.Omissions {
		if !f.Accepted {
			omissions++
		}
	}
	for _, f := range r.Additions {
		if !f.Accepted {
			additions++
		}
	}
	for _, m := range r.Mismatches {
		if !m.Accepted {
			mismatches++
		}
	}
	return
}
