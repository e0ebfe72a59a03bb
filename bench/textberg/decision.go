package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/synoptic-text/synoptic/align"
)

// decision prints, for the Text+Berg set ("test" or "dev"), what the
// omission decision (align/omissions.go) does to the search's beads,
// against the gold: the gold merges (beads of several sentences on a
// side and none empty) the search found and how many of them the
// decision took apart; the gold omissions (1-0 beads) the search made
// and those the alignment has; every bead the decision replaced, and
// every one it made, with how many of each are gold; and strict F1
// before and after it. The issue it answers: whether the decision
// splits true merges more often than it finds true omissions.
//
// A bead it made with a source sentence alone (1-0) is printed with the
// confidence the coverage report gives that omission, and the last line
// sums them up against the gold: how sure the report is of the
// omissions of a natural translation, and how often it is right.
func decision(w io.Writer, eval, set string) error {
	docs, err := textbergSet("decision", set)
	if err != nil {
		return err
	}
	dir := filepath.Join(eval, textbergDir)
	var golds, searched, decided [][]align.Bead
	var (
		merges, mergesKept, omits, omitsSearch, omitsDecided int
		removed, removedGold, added, addedGold               int
		reported, reportedGold                               int
		confSum                                              float64
	)
	for _, doc := range docs {
		a, b, g, err := textbergDoc(dir, doc)
		if err != nil {
			return err
		}
		before := align.SearchBeads(a, b, dictionaries(a, b))
		al := translate(a, b)
		after := al.Beads()
		conf := omissionConfidences(align.Coverage(al, align.CoverageOptions{}))
		golds, searched, decided = append(golds, g), append(searched, before), append(decided, after)
		inGold, inBefore, inAfter := beadSet(g), beadSet(before), beadSet(after)
		for _, x := range g {
			key := x.String()
			switch {
			case len(x.Src) == 0 || len(x.Tgt) == 0:
				if len(x.Src) == 1 {
					omits++
					if inBefore[key] {
						omitsSearch++
					}
					if inAfter[key] {
						omitsDecided++
					}
				}
			case (len(x.Src) > 1 || len(x.Tgt) > 1) && inBefore[key]:
				merges++
				if inAfter[key] {
					mergesKept++
				}
			}
		}
		// only lists the beads of xs not in other, counting them and
		// those of the gold among them.
		only := func(xs []align.Bead, other map[string]bool, verb string, n, gold *int) {
			for _, x := range xs {
				if k := x.String(); !other[k] {
					*n++
					if inGold[k] {
						*gold++
					}
					reportedAt := ""
					if c, ok := conf[omittedKey(x)]; ok && verb == "made" {
						reportedAt = fmt.Sprintf(", reported omitted at %.2f", c)
						reported++
						confSum += c
						if inGold[k] {
							reportedGold++
						}
					}
					fmt.Fprintf(w, "%-6s %-8s %s%s%s\n", doc, verb, x, goldMark(inGold[k]), reportedAt)
				}
			}
		}
		only(before, inAfter, "replaced", &removed, &removedGold)
		only(after, inBefore, "made", &added, &addedGold)
	}
	s0, s1 := align.Score(golds, searched), align.Score(golds, decided)
	fmt.Fprintf(w, "\ngold merges the search found: %d, taken apart by the decision: %d\n", merges, merges-mergesKept)
	fmt.Fprintf(w, "gold omissions (1-0): %d; made by the search: %d; in the alignment: %d\n", omits, omitsSearch, omitsDecided)
	fmt.Fprintf(w, "beads the decision replaced: %d (%d gold); beads it made: %d (%d gold)\n", removed, removedGold, added, addedGold)
	fmt.Fprintf(w, "strict F1: search %.3f, after the decision %.3f\n", s0.F1, s1.F1)
	if reported > 0 {
		fmt.Fprintf(w, "sentences it left out that coverage reports: %d, %d of them gold (%.2f), at a mean confidence of %.2f\n",
			reported, reportedGold, float64(reportedGold)/float64(reported), confSum/float64(reported))
	}
	return nil
}

// omissionConfidences maps each source sentence the coverage report
// gives as omitted to the confidence of its finding.
func omissionConfidences(rep *align.CoverageReport) map[int]float64 {
	out := map[int]float64{}
	for _, f := range rep.Omissions {
		if f.Kind != align.Omitted {
			continue
		}
		for _, s := range f.Sentences {
			out[s] = f.Confidence
		}
	}
	return out
}

// omittedKey is the source sentence of a 1-0 bead, -1 for any other.
func omittedKey(x align.Bead) int {
	if len(x.Src) == 1 && len(x.Tgt) == 0 {
		return x.Src[0]
	}
	return -1
}

func goldMark(gold bool) string {
	if gold {
		return " (gold)"
	}
	return ""
}
