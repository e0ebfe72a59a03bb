// Command coverage measures synoptic's coverage check (align.Coverage) by
// damaging real translations in known ways and counting what the report
// finds. From the evaluation data in ../shared/eval it builds pairs of an
// original and a translation:
//
//   - Genesis, Ruth and Jonah in four language pairs, one verse per line
//     (presegmented) and one paragraph per chapter, where the gold is the
//     verse id: the source verse whose translation was removed is the one
//     that must be reported;
//   - the Communist Manifesto, German → English (Markdown-lite);
//   - Verne's Tour du monde, French → English (Project Gutenberg text).
//
// For the two books there is no sentence gold, so the reference is
// synoptic's own alignment of the undamaged pair: a translation sentence
// is removed only when it is the whole of a confident 1-1 match, and the
// omission expected is that match's source sentence. (That measures the
// report, not the aligner, on those two books.)
//
// Each pair is damaged, with a fixed seed, in three ways, each in
// separate trials:
//
//   - sentences: random single translation sentences removed;
//   - paragraphs: random whole translation paragraphs removed;
//   - numbers: one digit of a number or date changed in random
//     translation sentences whose number or date the source shares.
//
// What the report already flags on the undamaged pair (real translations
// drop and add text) is counted apart and left out of the damage scores:
// a finding counts as found damage only if it is new.
//
// Run it from the repository root:
//
//	go run ./bench/coverage [-eval ../shared/eval] [-seed 1] [-trials 3] [-only NAME] [-v]
//
// It prints a Markdown table: for each group of texts the precision and
// recall of the omissions found (by sentence, and by paragraph for whole
// paragraphs removed), the share of changed numbers reported as
// mismatches, and what is flagged on the undamaged pairs; then, for all
// texts, the precision and recall of both kinds of removal at other
// confidence thresholds of the report; and how many of the alignments
// made, undamaged and damaged, have as Deleted and Moved rows exactly
// the sentences of the report's omitted and moved findings (the report
// decides nothing the alignment has not: see checkAgreement). -v prints the findings on the
// undamaged pairs and every miss; with COVDEBUG=1 in the environment,
// also the alignment rows around each miss; with COVDUMP=DIR, every
// damaged translation is written to DIR, numbered in the order made.
//
// How each score is computed. B is the set of source sentences the report
// on the undamaged pair gives as omitted or shortened (at the default
// confidence), D the same for the damaged pair, G the source sentences
// whose translation was removed (the gold).
//
//   - sentences removed, P / R, and the paragraph trials' "sentences P /
//     R": by sentence, with B left out of both sides: P = |(D−B) ∩ G| /
//     |D−B|, R = |(D−B) ∩ (G−B)| / |G−B|.
//   - paragraphs removed, P / R: R counts the removed paragraphs with any
//     gold sentence outside B, and finds one when at least half of those
//     sentences are in D. P counts the damaged report's findings whose id
//     is not an id of the undamaged report, and takes one as right when at
//     least half of all its sentences are in G. Since an id holds the
//     finding's kind and all its sentences, an omission already reported
//     undamaged and reported again after the damage as "shortened" rather
//     than "omitted", or with one sentence more or less, counts as a new
//     finding, and as a wrong one.
//   - paragraphs removed, undamaged findings left out by sentence: P / R:
//     the same, but with B left out as in the sentence scores. R is the
//     R above (whose gold already leaves B out). P counts the damaged
//     report's findings with at least one sentence outside B, and takes
//     one as right when at least half of its sentences outside B are in
//     G; a finding all of whose sentences are in B is no prediction.
//
// The files follow those steps: pairs.go reads the evaluation texts into
// pairs, damage.go makes the trials (what may be removed, the removal,
// the changed numbers), score.go scores a damaged report against the
// gold and the undamaged one, and print.go prints the rows.
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

func main() {
	eval := flag.String("eval", evaldata.Path("eval"), "evaluation data directory")
	seed := flag.Int64("seed", 1, "random seed of the damage")
	trials := flag.Int("trials", 3, "trials of each kind of damage per pair")
	verbose := flag.Bool("v", false, "print the findings on the undamaged pairs and the damage missed")
	only := flag.String("only", "", "run only the pairs whose name contains this")
	flag.Parse()
	if _, err := os.Stat(*eval); err != nil {
		fmt.Fprintf(os.Stderr, "coverage: evaluation data not found at %s (it lives beside the repository; see -eval)\n", *eval)
		os.Exit(2)
	}
	b := &bench{eval: *eval, seed: *seed, trials: *trials, verbose: *verbose, only: *only}
	if err := b.run(); err != nil {
		fmt.Fprintln(os.Stderr, "coverage:", err)
		os.Exit(2)
	}
}

type bench struct {
	eval    string
	seed    int64
	trials  int
	verbose bool
	only    string
	// the last damaged alignment, for debugging
	lastAl  *align.Alignment
	lastRep *align.CoverageReport
	baseAll *align.CoverageReport
	// agree counts the alignments whose Deleted rows are the sentences
	// of the report's omitted findings (all of them, whatever their
	// confidence), of checked (see checkAgreement).
	agree, checked int
	dumps          int
	// sentence-trial tallies by confidence threshold
	byThreshold [len(thresholds)]tally
	// paragraph-trial tallies by confidence threshold (new by id)
	paraByThreshold [len(thresholds)]tally
}

func (b *bench) run() error {
	pairs, err := b.pairs()
	if err != nil {
		return err
	}
	results := map[string]*groupResult{}
	var order []string
	var verne time.Duration
	for _, p := range pairs {
		if !strings.Contains(p.name, b.only) {
			continue
		}
		g := results[p.group]
		if g == nil {
			g = &groupResult{}
			results[p.group] = g
			order = append(order, p.group)
		}
		// The time of one check as a user runs it: align, then report.
		start := time.Now()
		base := align.Coverage(translate(p.src, p.tgt), align.CoverageOptions{})
		el := time.Since(start)
		baseAl := translate(p.src, p.tgt)
		b.baseAll = align.Coverage(baseAl, align.CoverageOptions{MinConfidence: -1})
		b.checkAgreement(baseAl, b.baseAll)
		g.elapsed += el
		if p.group == "verne" {
			verne = el
		}
		g.pairs++
		g.srcSentences += len(p.src.Sentences)
		// The trials pick what to damage among the matches the aligner
		// is confident of (removable), by its raw confidence: the score
		// the picks were made on before scores were calibrated
		// (align/calibrate.go), so that the same sentences are damaged.
		// RowEvidence makes the same rows as translate.
		al, _, _ := align.RowEvidence(p.src, p.tgt, align.TranslationMode, align.VersionOptions{})
		for _, r := range al.Rows {
			if r.Kind == align.Match {
				g.matches++
			}
		}
		g.baseOmissions += len(base.Omissions)
		g.baseAdditions += len(base.Additions)
		for _, m := range base.Mismatches {
			if m.Kind == align.NumberMismatch || m.Kind == align.DateMismatch {
				g.baseNumberMismatches++
			} else {
				g.baseOtherMismatches++
			}
		}
		if b.verbose {
			printBaseline(p, base)
		}
		rng := rand.New(rand.NewSource(b.seed + int64(len(p.name))*7919 + int64(p.name[0])))
		for t := 0; t < b.trials; t++ {
			if err := b.sentenceTrial(p, al, base, rng, &g.sentences); err != nil {
				return err
			}
			if err := b.paragraphTrial(p, al, base, rng, &g.paragraphs, &g.paraSentences, &g.paraNew); err != nil {
				return err
			}
			if err := b.numberTrial(p, al, base, rng, &g.numbers); err != nil {
				return err
			}
		}
		fmt.Fprintf(os.Stderr, "%-40s %5d sentences  %v\n", p.name, len(p.src.Sentences), el.Round(time.Millisecond))
	}

	fmt.Printf("\nDamage found by synoptic coverage (seed %d, %d trials of each kind per pair)\n\n", b.seed, b.trials)
	fmt.Println("| texts | pairs | sentences removed: P / R | paragraphs removed: P / R (sentences P / R) | paragraphs removed, undamaged findings left out by sentence: P / R | numbers changed: found | undamaged: omissions, additions | undamaged: number/date mismatches per 100 pairs (other mismatches) |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	total := &groupResult{}
	for _, name := range order {
		g := results[name]
		printRow(name, g)
		add(total, g)
	}
	printRow("all", total)
	fmt.Printf("\nSingle sentences removed, all texts, by the confidence threshold of the report:\n\n| min confidence | precision | recall |\n|---|---|---|\n")
	for k, th := range thresholds {
		fmt.Printf("| %.2f | %.3f | %.3f |\n", th, b.byThreshold[k].precision(), b.byThreshold[k].recall())
	}
	fmt.Printf("\nWhole paragraphs removed, all texts, by the confidence threshold of the report (new finding = new id):\n\n| min confidence | precision | recall |\n|---|---|---|\n")
	for k, th := range thresholds {
		fmt.Printf("| %.2f | %.3f | %.3f |\n", th, b.paraByThreshold[k].precision(), b.paraByThreshold[k].recall())
	}
	fmt.Printf("\nAlignments whose deleted and moved rows are the report's omissions and passages moved, sentence for sentence: %d of %d\n", b.agree, b.checked)
	if verne > 0 {
		fmt.Printf("\nVerne (%d + %d sentences): aligned and checked in %v\n", len(pairs[len(pairs)-1].src.Sentences), len(pairs[len(pairs)-1].tgt.Sentences), verne.Round(time.Millisecond))
	}
	return nil
}

// translate aligns b to a as a translation, the way the CLI does.
func translate(a, b *editions.Edition) *align.Alignment {
	al, _ := align.Align([]*editions.Edition{a, b}, align.Options{Mode: align.TranslationMode})
	return al
}

// checkAgreement counts whether the Deleted rows of al, what compare
// shows as left out, name the same source sentences as the omitted
// findings of rep, its coverage report with every finding kept, and its
// Moved rows the same as the passages reported moved: the report is
// made on the alignment's rows and must not decide again.
func (b *bench) checkAgreement(al *align.Alignment, rep *align.CoverageReport) {
	var rows, found, movedRows, movedFound []int
	for _, r := range al.Rows {
		switch r.Kind {
		case align.Deleted:
			rows = append(rows, r.Cells[0]...)
		case align.Moved:
			movedRows = append(movedRows, r.Cells[0]...)
		}
	}
	for _, f := range rep.Omissions {
		switch f.Kind {
		case align.Omitted:
			found = append(found, f.Sentences...)
		case align.MovedPassage:
			movedFound = append(movedFound, f.Sentences...)
		}
	}
	b.checked++
	if slices.Equal(rows, found) && slices.Equal(movedRows, movedFound) {
		b.agree++
	} else if b.verbose {
		fmt.Printf("  deleted rows %v, omissions %v; moved rows %v, passages moved %v\n", rows, found, movedRows, movedFound)
	}
}
