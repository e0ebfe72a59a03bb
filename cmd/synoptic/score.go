package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

func newScoreCmd() *cobra.Command {
	var golds, tests []string
	var minF1 float64
	cmd := &cobra.Command{
		Use:   "score --gold G... --test T...",
		Short: "Score sentence alignments against gold alignments",
		Long: `score compares system alignments with gold alignments, both in the bead
format "[src ids]:[tgt ids]" one per line (what "compare --format beads"
writes), and prints strict and lax precision, recall and F1, with counts
summed over all document pairs before dividing — the definition of
Bleualign's evaluator and Vecalign's score.py, used by every published
Text+Berg number. Then the same, bead type by bead type (1-1, 1-2, 2-1,
1-0, 0-1, other), to show where an aligner loses: precision over the
system's beads of the type, recall over the gold's, 1-0 and 0-1 included.

--gold and --test take files or directories (repeat the flag or separate
with commas). Each test file is paired with the gold file of the same name
without its extension, so out/test0.align goes with gold/test0.defr; other
files in a gold directory are ignored. A single gold file and a single test
file are paired whatever their names. With --min-f1, the exit status
is 1 when the strict F1 is below the threshold.`,
		Example: `  synoptic compare --presegmented --lang de,fr --format beads test0.de test0.fr > out/test0.align
  synoptic score --gold gold/test0.defr --test out/test0.align
  synoptic score --gold gold/ --test out/ --min-f1 0.85`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(golds) == 0 || len(tests) == 0 {
				return fmt.Errorf("score needs --gold and --test")
			}
			if minF1 < 0 || minF1 > 1 {
				return fmt.Errorf("--min-f1 %v: want an F1 between 0 and 1", minF1)
			}
			g, err := beadFiles(golds)
			if err != nil {
				return err
			}
			t, err := beadFiles(tests)
			if err != nil {
				return err
			}
			pairs, err := pairByName(g, t)
			if err != nil {
				return err
			}
			var gb, tb [][]align.Bead
			for _, p := range pairs {
				x, err := align.ReadBeadsFile(p[0])
				if err != nil {
					return err
				}
				if len(x) == 0 {
					// Nothing to score against: an F1 of 0 would
					// blame the aligner for an empty file.
					return &editions.InputError{Path: p[0], Offset: -1, Msg: "no beads in the gold file"}
				}
				y, err := align.ReadBeadsFile(p[1])
				if err != nil {
					return err
				}
				gb, tb = append(gb, x), append(tb, y)
			}
			s := align.Score(gb, tb)
			// The report is written at once, so that a failed write (a
			// full disk) is an error, not scores lost unsaid.
			var out bytes.Buffer
			fmt.Fprintf(&out, "documents: %d\n", len(pairs))
			fmt.Fprintf(&out, "         precision  recall     F1\n")
			fmt.Fprintf(&out, "strict   %.4f     %.4f     %.4f   (%d of %d test beads, %d of %d gold beads)\n", s.Precision, s.Recall, s.F1, s.TestStrict, s.TestBeads, s.GoldStrict, s.GoldBeads)
			fmt.Fprintf(&out, "lax      %.4f     %.4f     %.4f   (%d of %d test beads, %d of %d gold beads)\n", s.LaxPrecision, s.LaxRecall, s.LaxF1, s.TestLax, s.TestBeads, s.GoldLax, s.GoldBeads)
			fmt.Fprintf(&out, "\nby bead type  gold   test   strict P  R       F1       lax P    R       F1\n")
			for _, ts := range align.ScoreByType(gb, tb) {
				if ts.Gold == 0 && ts.Test == 0 {
					continue
				}
				fmt.Fprintf(&out, "%-12s %5d  %5d   %.4f   %.4f  %.4f   %.4f   %.4f  %.4f\n", ts.Type, ts.Gold, ts.Test,
					ts.Precision, ts.Recall, ts.F1, ts.LaxPrecision, ts.LaxRecall, ts.LaxF1)
			}
			if _, err := cmd.OutOrStdout().Write(out.Bytes()); err != nil {
				return err
			}
			if cmd.Flags().Changed("min-f1") && s.F1 < minF1 {
				fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: strict F1 %.4f is below --min-f1 %.4f\n", s.F1, minF1)
				return errCheckFailed
			}
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&golds, "gold", nil, "gold alignment files or directories")
	cmd.Flags().StringSliceVar(&tests, "test", nil, "system alignment files or directories")
	cmd.Flags().Float64Var(&minF1, "min-f1", 0, "fail (exit status 1) when the strict F1 is below this")
	return cmd
}

// beadFiles expands directories into the regular files they hold, sorted.
func beadFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			return nil, editions.WithPath(a, err)
		}
		if !fi.IsDir() {
			files = append(files, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, editions.WithPath(a, err)
		}
		var in []string
		for _, e := range entries {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				in = append(in, filepath.Join(a, e.Name()))
			}
		}
		if len(in) == 0 {
			return nil, fmt.Errorf("%s: no files", a)
		}
		sort.Strings(in)
		files = append(files, in...)
	}
	return files, nil
}

func stem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// pairByName pairs each test file with the gold file of the same stem.
// A directory of gold data may hold other files (the texts, a licence):
// gold files no test file names are ignored, and where several share a
// stem (test0.de, test0.fr, test0.defr) the one that reads as beads is
// taken.
func pairByName(golds, tests []string) ([][2]string, error) {
	if len(golds) == 1 && len(tests) == 1 {
		return [][2]string{{golds[0], tests[0]}}, nil
	}
	byStem := make(map[string][]string)
	for _, g := range golds {
		byStem[stem(g)] = append(byStem[stem(g)], g)
	}
	var pairs [][2]string
	seen := make(map[string]string)
	for _, t := range tests {
		st := stem(t)
		if prev, ok := seen[st]; ok {
			return nil, fmt.Errorf("%s and %s: two test files for document %q", prev, t, st)
		}
		seen[st] = t
		cands := byStem[st]
		if len(cands) > 1 {
			var beads []string
			for _, c := range cands {
				if looksLikeBeads(c) {
					beads = append(beads, c)
				}
			}
			cands = beads
		}
		switch len(cands) {
		case 0:
			return nil, fmt.Errorf("%s: no gold file for document %q", t, st)
		case 1:
			pairs = append(pairs, [2]string{cands[0], t})
		default:
			return nil, fmt.Errorf("%s: several gold files for document %q: %s", t, st, strings.Join(cands, ", "))
		}
	}
	return pairs, nil
}

// looksLikeBeads reports whether the first line of the file at path is a
// bead.
func looksLikeBeads(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	_, err = align.ParseBead(strings.TrimSpace(line))
	return err == nil
}
