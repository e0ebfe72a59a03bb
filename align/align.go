package align

import (
	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// Options say how Align aligns editions.
type Options struct {
	// Mode says how each pair of editions relates: AutoMode (or "")
	// compares versions within a language and aligns translations
	// across.
	Mode Mode
	// Base is the index of the edition the others are aligned to.
	Base int
	// Version tunes the comparison of versions.
	Version VersionOptions
	// Pins, when not nil, are corrections to keep (see pins.go).
	Pins *Pins
	// Dictionaries give word pairs to translations between their
	// languages (dictionary.go); none leaves the aligner as it is.
	Dictionaries []*dict.Dictionary
}

// Align aligns eds, two editions or more, and is the one way to ask for
// an alignment.
//
// Two editions, the second aligned to the first, are compared once
// (compare): sentence by sentence as a translation (alignSentences), or
// word by word as versions (compareVersions), as opts.Mode resolves for
// them. More editions, or two aligned to the second, are aligned as a
// tree and the pairwise alignments merged (see many.go).
//
// With pins, each pairwise alignment keeps as fixed points the pins of
// its two editions (matched by id, or for beads the first two by
// position) that still fit the texts (comparePinned); Align returns,
// beside the alignment, the pins that do not, and why.
func Align(eds []*editions.Edition, opts Options) (*Alignment, []PinProblem) {
	// Two whole editions compared. Where they were compared as
	// versions (versions_apart.go), two that keep too few words of the
	// sentences they pair are two translations into one language:
	// aligned as translations in auto mode, said to be doubtful where
	// versions were asked for; and two that pair almost nothing are
	// said to share almost nothing.
	whole := func(p, k int) *Alignment {
		al := compare(eds[p], eds[k], opts.Mode, opts)
		if !al.versions {
			return al
		}
		if kept, reworded := al.reworded(); reworded {
			if opts.Mode == AutoMode || opts.Mode == "" {
				return compare(eds[p], eds[k], TranslationMode, opts)
			}
			al.Warnings = append(al.Warnings, al.rewordedWarning(kept))
			return al
		}
		al.Warnings = append(al.Warnings, al.apart()...)
		return al
	}
	pairwise := whole
	var problems []PinProblem
	if opts.Pins != nil {
		column := opts.Pins.columns(eds)
		pairwise = func(p, k int) *Alignment {
			if column[p] < 0 || column[k] < 0 {
				return whole(p, k)
			}
			fitted, probs := fitPins(opts.Pins.pair(column[p], column[k]), eds[p], eds[k])
			problems = append(problems, probs...)
			return comparePinned(eds[p], eds[k], opts.Mode, opts, fitted)
		}
	}
	// The dictionaries that gave word pairs to some pairwise alignment.
	used := make(map[string]bool)
	aligned := pairwise
	pairwise = func(p, k int) *Alignment {
		al := aligned(p, k)
		for _, d := range al.Dictionaries {
			used[d] = true
		}
		return al
	}
	var al *Alignment
	if len(eds) == 2 && opts.Base == 0 {
		al = pairwise(0, 1)
		if !al.versions {
			// Over the whole pair, pins and all: a passage may move
			// across a pin. (Not in an alignment of more editions,
			// whose merged rows carry a version's moves only, each
			// with its word diff.)
			al.markMoves()
		}
	} else {
		al = alignMany(eds, opts, pairwise)
	}
	al.Dictionaries = nil
	for _, d := range opts.Dictionaries {
		if used[d.Name] {
			al.Dictionaries = append(al.Dictionaries, d.Name)
			used[d.Name] = false
		}
	}
	return al, problems
}
