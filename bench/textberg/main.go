// Command textberg measures the sentence aligner on the evaluation data
// in ../shared/eval: it aligns the Text+Berg test and dev sets (German →
// French, one sentence per line, as shipped) and Genesis in the King
// James Version against Darby's French (one verse per line), scores each
// against its gold standard with the Bleualign/Vecalign definition, and
// prints one Markdown table with the scores of the baseline aligners
// beside ours, and the time each alignment took. A second table measures
// whole books read by the editions reader: paragraph links in the
// Communist Manifesto, chapter headings in Verne.
//
// Run it from the repository root:
//
//	go run ./bench/textberg [-eval ../shared/eval]
//
// Two flags print, instead, what helps in tuning the aligner (see
// analyze.go): -analyze test (or dev) the scores of each document, the
// beads missed and wrong by shape and the matches by confidence; -diff
// test3 every bead of one document beside its text, the wrong ones
// marked, then the gold beads missed.
//
// -decision test (or dev) lists the beads the omission decision
// replaced and made, against the gold, with the gold merges it took
// apart and the gold omissions it found (see decision.go).
//
// Two more concern the row scores (see calibrate.go): -fit fits their
// calibration on the development data and prints the weights that
// align/calibrate.go holds; -calibrate test (or dev) prints how often
// rows are right against their scores, on data the fit never saw.
//
// The Text+Berg and Bible files are read as presegmented text (the
// reader's --presegmented: one line one sentence), so that those numbers
// measure the aligner alone and not the segmenter; the books of the
// second table measure both.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

func main() {
	eval := flag.String("eval", evaldata.Path("eval"), "evaluation data directory")
	analyzeSet := flag.String("analyze", "", "analyze the Text+Berg `set` (test or dev) instead of printing the tables")
	diffDoc := flag.String("diff", "", "list the beads of the Text+Berg `document` (test0 to test6, dev) against the gold instead of printing the tables")
	calibrate := flag.String("calibrate", "", "report the calibration of row scores on the `set` test (held out) or dev instead of printing the tables")
	fit := flag.Bool("fit", false, "fit the calibration of row scores on the development data and print the weights as Go")
	gapSet := flag.String("gaps", "", "measure the recovery after a removed chapter or stretch on the `set` test (or dev) instead of printing the tables (see gaps.go)")
	halvesSet := flag.String("halves", "", "measure the verdict against chance and the coverage of translations missing 50 to 75 % of their sentences on the `set` test (or dev) instead of printing the tables (see halves.go)")
	verbose := flag.Bool("v", false, "with -gaps or -halves, print every trial")
	decisionSet := flag.String("decision", "", "measure the omission decision against the gold on the Text+Berg `set` (test or dev) instead of printing the tables (see decision.go)")
	shortN := flag.Int("short", -1, "score the Text+Berg test and dev documents cut after their first `n` gold beads (0: whole) instead of printing the tables (see short.go)")
	flag.StringVar(&dictFlag, "dict", "", "align with bilingual dictionaries: auto (the installed FreeDict dictionaries for each pair's languages) or files, comma-separated")
	flag.Parse()
	if _, err := os.Stat(*eval); err != nil {
		fmt.Fprintf(os.Stderr, "textberg: evaluation data not found at %s (it lives beside the repository; see -eval)\n", *eval)
		os.Exit(2)
	}
	var err error
	switch {
	case *analyzeSet != "":
		err = analyze(os.Stdout, *eval, *analyzeSet)
	case *diffDoc != "":
		err = diff(os.Stdout, *eval, *diffDoc)
	case *fit:
		err = fitCalibration(os.Stdout, *eval)
	case *calibrate == "test" || *calibrate == "dev":
		err = reportCalibration(os.Stdout, *eval, *calibrate == "dev")
	case *calibrate != "":
		err = fmt.Errorf("-calibrate %s: want test or dev", *calibrate)
	case *decisionSet != "":
		err = decision(os.Stdout, *eval, *decisionSet)
	case *shortN >= 0:
		err = short(os.Stdout, *eval, *shortN)
	case *halvesSet != "":
		err = halves(os.Stdout, *eval, *halvesSet, *verbose)
	case *gapSet != "":
		err = gaps(os.Stdout, *eval, *gapSet, *verbose)
	default:
		err = run(*eval)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "textberg:", err)
		os.Exit(2)
	}
}

// A result is one line of the table.
type result struct {
	set, system string
	s           align.Scores
	elapsed     time.Duration // 0 for baselines, whose time we did not measure
	sentences   int
}

func run(eval string) error {
	gold := filepath.Join(eval, textbergDir)
	base := filepath.Join(eval, "baselines")
	var results []result
	for _, set := range []struct {
		name     string
		goldDir  string
		docs     []string
		baseDirs []string
	}{
		{"Text+Berg test", gold, textbergTest, []string{"textberg-test/hunalign-utf", "textberg-test/hunalign-utf-realign", "textberg-test/galechurch-nltk", "textberg-test/bleualign-googlemt", "textberg-test/diagonal"}},
		{"Text+Berg test as one document", filepath.Join(gold, "concat"), []string{"all"}, []string{"textberg-test-concat/hunalign-utf", "textberg-test-concat/galechurch-nltk"}},
		{"Text+Berg dev", gold, []string{"dev"}, []string{"textberg-dev/hunalign-utf", "textberg-dev/galechurch-nltk"}},
	} {
		var golds, ours [][]align.Bead
		var elapsed time.Duration
		sentences := 0
		for _, doc := range set.docs {
			a, b, g, err := textbergDoc(set.goldDir, doc)
			if err != nil {
				return err
			}
			golds = append(golds, g)
			start := time.Now()
			al := translate(a, b)
			elapsed += time.Since(start)
			sentences += len(a.Sentences) + len(b.Sentences)
			ours = append(ours, al.Beads())
		}
		results = append(results, result{set.name, "**synoptic**", align.Score(golds, ours), elapsed, sentences})
		for _, dir := range set.baseDirs {
			var sys [][]align.Bead
			for _, doc := range set.docs {
				s, err := align.ReadBeadsFile(filepath.Join(base, dir, doc+".align"))
				if err != nil {
					return err
				}
				sys = append(sys, s)
			}
			results = append(results, result{set.name, baselineName(dir), align.Score(golds, sys), 0, 0})
		}
	}
	bible, err := genesis(filepath.Join(eval, "bible"))
	if err != nil {
		return err
	}
	results = append(results, bible)

	fmt.Println("| set | system | P strict | R strict | F1 strict | P lax | R lax | F1 lax | time |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, r := range results {
		t := "–"
		if r.elapsed > 0 {
			t = fmt.Sprintf("%.0f ms (%d sentences)", float64(r.elapsed.Microseconds())/1000, r.sentences)
		}
		fmt.Printf("| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s |\n", r.set, r.system,
			r.s.Precision, r.s.Recall, r.s.F1, r.s.LaxPrecision, r.s.LaxRecall, r.s.LaxF1, t)
	}
	other, err := books(eval)
	if err != nil {
		return err
	}
	fmt.Println()
	fmt.Println("| text | measure | result | time |")
	fmt.Println("|---|---|---|---|")
	for _, o := range other {
		fmt.Printf("| %s | %s | %s | %.0f ms |\n", o.text, o.measure, o.result, float64(o.elapsed.Microseconds())/1000)
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		fmt.Printf("\nPeak resident memory of the whole run: %d MB.\n", ru.Maxrss/1024)
	}
	return nil
}

func baselineName(dir string) string {
	switch filepath.Base(dir) {
	case "hunalign-utf":
		return "hunalign (no dictionary)"
	case "hunalign-utf-realign":
		return "hunalign -realign"
	case "galechurch-nltk":
		return "Gale–Church (NLTK)"
	case "bleualign-googlemt":
		return "Bleualign + Google MT"
	case "diagonal":
		return "diagonal (floor)"
	}
	return dir
}

// translate aligns b to a as a translation, the way the CLI does.
func translate(a, b *editions.Edition) *align.Alignment {
	al, _ := align.Align([]*editions.Edition{a, b}, align.Options{Mode: align.TranslationMode, Dictionaries: dictionaries(a, b)})
	return al
}
