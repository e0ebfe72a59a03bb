package main

import (
	"fmt"
	"slices"

	"github.com/synoptic-text/synoptic/align"
)

// coverageOf checks the coverage report read from the comparison al of
// Verne's English with its edited copy (align.Coverage of versions)
// against the edits: the sentences deleted must be the report's
// omissions and nothing else, the sentences inserted its additions and
// nothing else, the moved paragraph neither (it is covered: only
// elsewhere), and no mismatch (a substitution puts in a plain word, no
// number, date or name). It prints one line and reports whether all
// holds.
func coverageOf(al *align.Alignment, edits []edit, inserted []int, movedSentences map[int]bool, verbose bool) bool {
	rep := align.Coverage(al, align.CoverageOptions{})
	deleted := map[int]bool{}
	for _, e := range edits {
		if e.kind == deleteSentence {
			deleted[e.sentence] = true
		}
	}
	isInserted := map[int]bool{}
	for _, j := range inserted {
		isInserted[j] = true
	}
	var failures []string
	minConf := 1.0
	// tally counts the sentences of findings that want holds, and calls
	// other for the rest.
	tally := func(findings []align.Finding, want map[int]bool, other func(s int, f align.Finding)) (found, wrong int) {
		for _, f := range findings {
			for _, s := range f.Sentences {
				if want[s] {
					found++
					minConf = min(minConf, f.Confidence)
				} else {
					wrong++
					other(s, f)
				}
			}
		}
		return found, wrong
	}
	movedReported := 0
	omitted, wrongOmitted := tally(rep.Omissions, deleted, func(s int, f align.Finding) {
		if movedSentences[s] {
			movedReported++
		}
		failures = append(failures, fmt.Sprintf("sentence %d reported %s, not deleted (moved: %v)", s, f.Kind, movedSentences[s]))
	})
	added, wrongAdded := tally(rep.Additions, isInserted, func(s int, f align.Finding) {
		failures = append(failures, fmt.Sprintf("sentence %d of the copy reported %s, not inserted", s, f.Kind))
	})
	for _, m := range rep.Mismatches {
		failures = append(failures, fmt.Sprintf("mismatch %s %q → %q at line %d", m.Kind, m.SourceValue, m.TargetValue, m.Line))
	}
	total := len(al.Editions[0].Sentences)
	wantCovered := total - len(deleted)
	fmt.Printf("Coverage read from that comparison: omissions %d/%d deleted sentences (%d other sentences), additions %d/%d inserted (%d others), mismatches %d (want 0), sentences of the moved paragraph reported omitted %d of %d (want 0); sentences covered %d of %d (want %d); least confidence of a finding found %.2f\n",
		omitted, len(deleted), wrongOmitted, added, len(inserted), wrongAdded, len(rep.Mismatches), movedReported, len(movedSentences), rep.Total.Sentences.Covered, total, wantCovered, minConf)
	if verbose {
		slices.Sort(failures)
		for _, f := range failures {
			fmt.Println("   ", f)
		}
	}
	return omitted == len(deleted) && added == len(inserted) && len(failures) == 0 && rep.Total.Sentences.Covered == wantCovered
}
