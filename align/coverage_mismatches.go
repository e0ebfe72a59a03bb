// Mismatches: anchors of a matched pair with no counterpart on the other
// side, and source notes missing from the translation.

package align

import (
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// The confidences of mismatches, chosen by hand when the coverage check
// was written (commit a564e4f), not measured: a value that differs is
// likelier a fact than an anchor on one side only, which the other side
// may write in a form the extractor does not read; and an anchor only
// the translation has (a date made explicit) is more often the
// translator's freedom than one only the source has. At
// DefaultMinConfidence, an anchor the translation lacks is reported and
// one it adds is not.
const (
	differsConf = 0.9 // the two sides have values that differ
	lacksConf   = 0.5 // a source anchor the translation lacks
	addsConf    = 0.4 // a translation anchor the source lacks
	// noteMissingConf: a source note none of whose sentences has a
	// counterpart.
	noteMissingConf = 0.9
)

// minNameScore is the least raw confidence (Row.raw) of a 1-1 match whose names are
// compared: in a doubtful pair, who is named where is doubtful too.
// Chosen by hand with the rule on names (commit fae25e0), not measured;
// between versions it is asked of the pair's calibrated Score
// (sureOfNames).
const minNameScore = 0.8

// mismatches compares the anchors of each matched pair (comparedPair: a
// translation's matches, a version's Changed rows and moves) by
// anchors.Compare. Names count only between names this translator
// demonstrably keeps (sharedNames), and only in 1-1 matches the aligner
// is sure of: names spelt differently ("Ham", "Cham") or translated
// ("God", "Dieu"), and German nouns, which are all capitalized, are not
// kept, and a merge, or a doubtful pair, mixes up who is named where.
//
// Which names are kept is known only once every pair has been read, and
// a pair's anchors are not held until then: holding those of every
// matched sentence was most of the coverage stage's memory on
// bench/pathological's text dense in anchors (31 MB of anchors for an
// 8 MB input), and extracting them twice, once for the names and once
// to compare, half again its time. So each pair's anchors are extracted
// once, compared without names, counted for sharedNames and dropped;
// a sure 1-1 pair keeps only the names that may yet be reported
// (pendingNames), whose mismatches are put back in their place, after
// the pair's dates and before its note markers (Compare's order), once
// the kept names are known.
func (c *coverer) mismatches() {
	// Only the sentences of matched pairs are compared: the anchors of
	// the others are not extracted (nor those of versions' Equal rows,
	// the same words on both sides). An unrelated text is all unaligned, its
	// sentences none of them (bench/pathological's 20 MB paragraph
	// against a novel: 0.45 s of processor time).
	type pending struct {
		at   int // where in c.rep.Mismatches the pair's names go
		row  Row
		s, t pairSide
	}
	var later []pending
	counts := nameCounts{both: map[string]int{}, either: map[string]int{}}
	for k := range c.al.Rows {
		row, ok := c.comparedPair(k)
		if !ok {
			continue
		}
		s, t := sideOf(c.src, row.Cells[0]), sideOf(c.tgt, row.Cells[1])
		counts.add(s, t)
		ms := anchors.Compare(s.Side, t.Side, nil)
		k := 0 // note markers come last
		for k < len(ms) && ms[k].Kind != anchors.Marker {
			k++
		}
		for _, m := range ms[:k] {
			c.rep.Mismatches = append(c.rep.Mismatches, c.mismatch(row, m, s, t))
		}
		if c.sureOfNames(row) {
			if ps, pt, ok := pendingNames(s, t); ok {
				later = append(later, pending{len(c.rep.Mismatches), row, ps, pt})
			}
		}
		for _, m := range ms[k:] {
			c.rep.Mismatches = append(c.rep.Mismatches, c.mismatch(row, m, s, t))
		}
	}
	shared := counts.sharedNames()
	var all []Mismatch
	done := 0 // c.rep.Mismatches[:done] are in all
	for _, p := range later {
		ms := anchors.Compare(p.s.Side, p.t.Side, shared)
		if len(ms) == 0 {
			continue
		}
		if all == nil {
			all = make([]Mismatch, 0, len(c.rep.Mismatches)+len(ms))
		}
		all = append(all, c.rep.Mismatches[done:p.at]...)
		done = p.at
		for _, m := range ms {
			all = append(all, c.mismatch(p.row, m, p.s, p.t))
		}
	}
	if all != nil {
		c.rep.Mismatches = append(all, c.rep.Mismatches[done:]...)
	}
}

// pendingNames returns the sides s and t of a 1-1 pair reduced to the
// names that Compare may report once it knows which names to compare:
// those whose key is found a different number of times on the two
// sides. A key found as often on both finds a counterpart for each of
// its names whichever keys are compared, and does not change which
// names of other keys are left over, nor their order. ok is false when
// a side has no such name: Compare then reports none.
func pendingNames(s, t pairSide) (ps, pt pairSide, ok bool) {
	var n map[string]int
	for k, side := range []pairSide{s, t} {
		for _, a := range side.Anchors[0] {
			if a.Kind == anchors.Name {
				if n == nil {
					n = map[string]int{}
				}
				n[a.Key] += 1 - 2*k
			}
		}
	}
	if n == nil {
		return ps, pt, false
	}
	reduce := func(p pairSide) pairSide {
		var as []anchors.Anchor
		var vs []string
		for k, a := range p.Anchors[0] {
			if a.Kind == anchors.Name && n[a.Key] != 0 {
				as = append(as, a)
				vs = append(vs, p.values[0][k])
			}
		}
		return pairSide{anchors.Side{Texts: p.Texts, Anchors: [][]anchors.Anchor{as}}, [][]string{vs}}
	}
	ps, pt = reduce(s), reduce(t)
	return ps, pt, len(ps.Anchors[0]) > 0 && len(pt.Anchors[0]) > 0
}

// nameCounts counts, for each name key, the matched pairs that have it
// on both sides and those that have it on either.
type nameCounts struct{ both, either map[string]int }

// add counts the names of the pair of sides s and t.
func (n nameCounts) add(s, t pairSide) {
	keys := make(map[string]uint8) // 1: source, 2: translation
	for k, side := range []pairSide{s, t} {
		for _, as := range side.Anchors {
			for _, a := range as {
				if a.Kind == anchors.Name {
					keys[a.Key] |= 1 << k
				}
			}
		}
	}
	for key, sides := range keys {
		n.either[key]++
		if sides == 3 {
			n.both[key]++
		}
	}
}

// sharedNames returns the name keys this translator keeps: found on
// both sides of at least two matched pairs, and of most of the pairs
// that have it on either side. Name keys are lossy consonant skeletons,
// so a key that is shared now and then ("Dios" and German "Dieses")
// is a collision, not a name. "Most" is two thirds; both numbers were
// chosen by hand (commit fae25e0), not measured.
//
// Versions take the same rule, so that a name changed everywhere
// (Serge's chapter with "Trotsky" made "Zinoviev" and "Lenin" "Kamenev"
// throughout) is no mismatch: it is in compare's word diff only. Tried
// and not kept: comparing every name seen in versions' pairs found
// those 82 there, but KJV against ASV in Genesis went from 0 to 234
// name mismatches, most LORD → Jehovah (a real change) but with
// sentence-initial words taken for names (And → Jehovah, Where →
// Jehovah) and titles (Master → Teacher in Mark).
func (n nameCounts) sharedNames() map[string]bool {
	out := make(map[string]bool)
	for key, b := range n.both {
		if b >= 2 && 3*b >= 2*n.either[key] {
			out[key] = true
		}
	}
	return out
}

// A pairSide is one side of a matched pair as anchors.Compare takes it:
// the numbers, dates and names of its sentences (as, by sentence) and
// their note markers, with offsets into the edition's Text; and values,
// each anchor as written.
type pairSide struct {
	anchors.Side
	values [][]string
}

// sideOf is the side of a pair made of the sentences cell of e.
func sideOf(e *editions.Edition, cell []int) pairSide {
	var p pairSide
	for _, s := range cell {
		sent := e.Sentences[s]
		as := comparable(e, s)
		var an []anchors.Anchor
		var vs []string
		offs := make([]int, 0, 2*len(as))
		for _, a := range as {
			offs = append(offs, a.Start, a.End)
		}
		offs = textOffsets(e, sent, offs)
		for k, a := range as {
			an = append(an, anchors.Anchor{Kind: a.Kind, Key: a.Key, Start: offs[2*k], End: offs[2*k+1]})
			vs = append(vs, sent.Text[a.Start:a.End])
		}
		for _, m := range e.SentenceMarkers(s) {
			an = append(an, anchors.Anchor{Kind: anchors.Marker, Key: m.Label, Start: m.Start, End: m.End})
			vs = append(vs, e.Text[m.Start:m.End])
		}
		p.Texts = append(p.Texts, sent.Text)
		p.Anchors = append(p.Anchors, an)
		p.values = append(p.values, vs)
	}
	return p
}

// mismatchKinds are the kinds of mismatch of each kind of anchor; a note
// marker with a value on both sides is NoteRenumbered.
var mismatchKinds = map[anchors.Kind]MismatchKind{
	anchors.Number: NumberMismatch, anchors.Date: DateMismatch,
	anchors.Name: NameMismatch, anchors.Marker: MarkerMismatch,
}

// mismatch is the report of m, found between the sides s and t of row.
func (c *coverer) mismatch(row Row, m anchors.Mismatch, s, t pairSide) Mismatch {
	out := Mismatch{
		Kind: mismatchKinds[m.Kind], Source: row.Cells[0], Target: row.Cells[1],
		SourceStart: -1, SourceEnd: -1, TargetStart: -1, TargetEnd: -1,
		Line: c.srcLines.Line(int(c.src.Sentences[row.Cells[0][0]].Start)),
	}
	out.Calendar = m.Calendar
	switch {
	case m.A.Ok() && m.B.Ok():
		out.Confidence = differsConf
		if m.Kind == anchors.Marker {
			out.Kind = NoteRenumbered
		}
	case m.A.Ok():
		out.Confidence = lacksConf
	default:
		out.Confidence = addsConf
	}
	if m.A.Ok() {
		a := s.Anchors[m.A.Sentence][m.A.Anchor]
		out.SourceValue, out.SourceStart, out.SourceEnd = s.values[m.A.Sentence][m.A.Anchor], a.Start, a.End
		out.Line = c.srcLines.Line(a.Start)
	}
	if m.B.Ok() {
		a := t.Anchors[m.B.Sentence][m.B.Anchor]
		out.TargetValue, out.TargetStart, out.TargetEnd = t.values[m.B.Sentence][m.B.Anchor], a.Start, a.End
	}
	return out
}

// notes reports the source's notes none of whose sentences has a
// counterpart in the translation.
func (c *coverer) notes() {
	for n, note := range c.src.Notes {
		var sents []int
		covered := false
		for _, p := range c.src.Paragraphs {
			if int(p.Note) != n {
				continue
			}
			for s := int(p.First); s < int(p.Limit); s++ {
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
			SourceStart: int(first.Start), SourceEnd: int(c.src.Sentences[sents[len(sents)-1]].End),
			TargetStart: -1, TargetEnd: -1,
			Line: c.srcLines.Line(int(first.Start)), Confidence: noteMissingConf,
		})
	}
}
