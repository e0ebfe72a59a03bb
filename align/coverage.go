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
// Every finding has an id derived from its content — its kind, the
// normalized text of the source sentences (of the translation's, for an
// addition) and the values involved — so that a reviewer can accept a
// false alarm by id and the acceptance survives edits elsewhere in the
// texts. Row numbers would not: one inserted sentence shifts them all.

import (
	"github.com/synoptic-text/synoptic/editions"
)

// CoverageOptions tune a coverage analysis.
type CoverageOptions struct {
	// Accept holds the ids of findings a reviewer has accepted: they are
	// still reported, marked Accepted, but do not fail a check, and the
	// sentences of an accepted omission count as covered in
	// CoverageReport.Effective.
	Accept map[string]bool
}

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
