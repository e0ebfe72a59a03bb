package align

import (
	"fmt"

	"github.com/synoptic-text/synoptic/editions"
)

// An Alignment lines up N editions: a sequence of rows, each holding, for
// every edition, the indices of its sentences that correspond. Every
// sentence of every edition appears in exactly one row, and within each
// edition the rows keep reading order.
type Alignment struct {
	Editions []*editions.Edition
	Rows     []Row
	// Base is the index of the edition the others were aligned to: the
	// one whose sentences make a row Deleted when they stand alone, and
	// whose absence makes it Inserted. Two-edition alignments have 0.
	Base int
	// Warnings are the stretches of rows found no better than chance,
	// or not shown better (chance.go), in reading order. The matches of
	// an Unrelated stretch have been split into a Deleted and an
	// Inserted row each, so that nothing counts them as corresponding.
	Warnings []Warning
	// Dictionaries are the names of the dictionaries (Options) whose
	// word pairs the alignment used, in the order given.
	Dictionaries []string
	// versions says that the alignment is a comparison of two versions
	// of one text (compareVersions, or comparePinned in that mode), whose
	// rows are Equal, Changed, Moved, Deleted or Inserted and scored by
	// calibrateVersions: how the coverage check reads them
	// (coverage_versions.go).
	versions bool
	// transposed are, in a translation's alignment, the passages the
	// omission decision left out whose translation stands across a
	// match, which markMoves makes moves of (transpositions).
	transposed []transposition
}

// A Row is one unit of an alignment.
type Row struct {
	// Cells[e] holds the indices, in ascending order, of the sentences
	// of Editions[e] in this row; it is empty when the edition has
	// nothing here.
	Cells [][]int
	Kind  RowKind
	// Confirmed says that a person checked the row (synoptic review): it
	// is kept as a pin when the rest is aligned again, and it leaves the
	// queue of rows to review. The aligner never sets it.
	Confirmed bool
	// weighed says that the omission decision (see omitP) made or
	// weighed the row: a match it made found nothing of its sentences
	// left out, so that the coverage check does not report it again as
	// too short.
	//
	// (The three small fields side by side make a row 88 bytes, not
	// 104: a text of 295k units has as many rows.)
	weighed bool
	// Score is the probability that the row is right, as calibrate.go
	// estimates it: of rows scored 0.9, nine in ten are right.
	Score float64
	// raw is the aligner's own confidence in a translation's row, before
	// calibration (model.confidence): what the omission decision's
	// thresholds were set on (refineSure), and so what it reads.
	raw float64
	// omitP is, for a Deleted row of a translation's alignment whose
	// sentence the omission decision (omissions.go) weighed and found
	// left out, the probability it gave that; 0 where it weighed
	// nothing. The coverage check reports it as the omission's
	// confidence.
	omitP float64
	// apartP is, for a merge the omission decision weighed and kept
	// whole (mergedOmission), the probability it gave its likeliest end
	// of being left out of the translation or rendered by the match
	// beside it: the merge is wrong then, and its score is at most 1 -
	// apartP (alignWith). 0 elsewhere.
	apartP float64
	// Peer is, for a Moved row, the index of the row at the other end of
	// the move; it means nothing for other kinds.
	Peer int
	// Diffs are the row's word-level diffs between versions in one
	// language, each of edition To's sentences against edition From's:
	// in a pairwise alignment (see Pairwise) the second edition against
	// the first, for Changed rows and for Moved rows whose text changed
	// on the way (both rows of a move carry it, so that each shows its
	// end); in an alignment of more editions, each edition against the
	// edition it was aligned to (a move's diff on the row of its new
	// place only). Other rows have none.
	Diffs []Diff
}

// A Diff is the word-level diff of edition From's sentences in a row
// against edition To's.
type Diff struct {
	From, To int
	Ops      []Op
}

// RowKind says how the editions relate in a row.
type RowKind uint8

// The kinds of row.
const (
	Match    RowKind = iota // sentences of several editions correspond
	Deleted                 // only the first edition has sentences here
	Inserted                // the first edition has none; a later one has
	// Kinds for versions of one text in one language:
	Equal   // the same text, or differences the user chose to ignore
	Changed // the same sentences, with word-level differences (Diffs)
	Moved   // a sentence that stands elsewhere in the other version (Peer)
)

func (k RowKind) String() string {
	switch k {
	case Match:
		return "match"
	case Deleted:
		return "deleted"
	case Inserted:
		return "inserted"
	case Equal:
		return "equal"
	case Changed:
		return "changed"
	case Moved:
		return "moved"
	}
	return fmt.Sprintf("RowKind(%d)", k)
}

// Pairwise reports whether the alignment is one comparison of two
// editions, the second aligned to the first, as opposed to a merge of
// such comparisons (Align's tree of more editions, or two aligned to the
// second). Views show a pairwise diff across both columns, the first
// edition's deletions in its own and the second's insertions in its own,
// and the JSON writes it as the row's "ops".
func (a *Alignment) Pairwise() bool { return len(a.Editions) == 2 && a.Base == 0 }

// DiffOps returns the word diff of edition to's sentences in the row
// against edition from's, or nil when the row has none.
func (r *Row) DiffOps(from, to int) []Op {
	for _, d := range r.Diffs {
		if d.From == from && d.To == to {
			return d.Ops
		}
	}
	return nil
}

// pairDiffs holds ops, a word diff of the second edition of a pair
// against the first, as a row's Diffs.
func pairDiffs(ops []Op) []Diff {
	if len(ops) == 0 {
		return nil
	}
	return []Diff{{From: 0, To: 1, Ops: ops}}
}

// Beads returns the units of a two-edition alignment (Units: a move one
// bead, where its first edition's sentences stand) as beads, in the
// form the evaluation tools read.
func (a *Alignment) Beads() []Bead {
	units := a.Units()
	beads := make([]Bead, len(units))
	for i, r := range units {
		var b Bead
		if len(r.Cells) > 0 {
			b.Src = r.Cells[0]
		}
		if len(r.Cells) > 1 {
			b.Tgt = r.Cells[1]
		}
		beads[i] = b
	}
	return beads
}

// Check reports whether the alignment is well formed: every row has a
// cell per edition and at least one sentence, and the rows hold every
// sentence of every edition exactly once, in order.
func (a *Alignment) Check() error {
	next := make([]int, len(a.Editions))
	for r, row := range a.Rows {
		if len(row.Cells) != len(a.Editions) {
			return fmt.Errorf("row %d has %d cells for %d editions", r, len(row.Cells), len(a.Editions))
		}
		empty := true
		for e, cell := range row.Cells {
			for _, s := range cell {
				if s != next[e] {
					return fmt.Errorf("row %d: edition %d sentence %d, want %d", r, e, s, next[e])
				}
				next[e]++
				empty = false
			}
		}
		if empty {
			return fmt.Errorf("row %d is empty", r)
		}
		if row.Score < 0 || row.Score > 1 {
			return fmt.Errorf("row %d: score %v outside [0,1]", r, row.Score)
		}
	}
	for e, ed := range a.Editions {
		if next[e] != len(ed.Sentences) {
			return fmt.Errorf("edition %d: %d of %d sentences aligned", e, next[e], len(ed.Sentences))
		}
	}
	return nil
}
