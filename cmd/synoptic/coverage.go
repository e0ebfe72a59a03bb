package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

func newCoverageCmd() *cobra.Command {
	var (
		in        inputFlags
		format    string
		width     int
		failUnder float64
		failOn    string
		accept    string
		mode      string
		dicts     dictFlags
		bidiFlag  string
	)
	cmd := &cobra.Command{
		Use:   "coverage SOURCE TRANSLATION",
		Short: "Check how completely a translation (or a new version) covers its original",
		Long: `coverage aligns a translation to its original and reports what it covers
and what it does not:

  - coverage: the share of the original's sentences, words and paragraphs
    that have a counterpart, for the whole text and under each heading;
  - omissions: runs of source sentences with no counterpart, and pairs whose
    translation is far too short for its source (a likely partial omission),
    most severe first; a passage compare shows as moved is listed as such,
    with the translation's sentences, and counts as covered;
  - additions: translation sentences with no source, translator's notes and
    bracketed insertions ("[V.P. Nogin: …]") apart from the rest;
  - mismatches: a number (by value), date, name or note marker on one side
    of a pair that is missing or different on the other; source notes
    missing from the translation;
  - doubtful: the sentences counted as covered whose rows are more likely
    wrong than right (scored below 0.5): a sentence left out may hide in
    them, merged with its neighbour, or they may be shifted ("doubtful"
    in the JSON, runs of sentences).

Two editions in one language are compared as versions of one text, as
compare does (--mode forces either reading): the report is then read
from that comparison's rows — deleted sentences are omissions, inserted
ones additions, changed sentences and moved ones are compared for
mismatches, and a moved sentence counts as covered.

Each finding has an id derived from its content. To silence a false alarm,
put its id on a line of a file given with --accept ("#" starts a comment);
the id stays the same when the texts change elsewhere.

Exit status: 1 when the sentence coverage (accepted omissions counting as
covered; sentences of stretches not shown to correspond better than
chance, which a warning names, counting as not covered) is below
--fail-under, or with --fail-on mismatch when a mismatch
not accepted remains, or with --fail-on omission when an omission not
accepted remains; 2 for bad input; 0 otherwise.`,
		Example: `  synoptic coverage book.fr.txt book.en.txt
  synoptic coverage --fail-under 0.98 --fail-on mismatch --accept reviewed.txt book.fr.txt book.en.txt
  synoptic coverage --format json book.fr.txt book.en.txt > report.json`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !contains(output.CoverageFormats, format) {
				return fmt.Errorf("unknown --format %q (want one of %s)", format, strings.Join(output.CoverageFormats, ", "))
			}
			if failUnder < 0 || failUnder > 1 {
				return fmt.Errorf("--fail-under %v is not a share between 0 and 1", failUnder)
			}
			if err := checkWidth(width); err != nil {
				return err
			}
			failOns, err := parseFailOn(failOn)
			if err != nil {
				return err
			}
			m, err := align.ParseMode(mode)
			if err != nil {
				return err
			}
			var opts align.CoverageOptions
			if accept != "" {
				if opts.Accept, err = readAccept(accept); err != nil {
					return err
				}
			}
			eds, err := readEditions(args, &in)
			if err != nil {
				return err
			}
			ds, err := dicts.read(cmd, eds)
			if err != nil {
				return err
			}
			al, _ := align.Align(eds[:2], align.Options{Mode: m, Dictionaries: ds})
			warnAlignment(cmd, al)
			rep := align.Coverage(al, opts)
			if stale := rep.StaleAccepts(opts.Accept); len(stale) > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: warning: %s: %d accepted id%s match%s no finding (the texts changed, or a typo?): %s\n",
					accept, len(stale), plural(len(stale)), map[bool]string{true: "", false: "es"}[len(stale) != 1], strings.Join(stale, " "))
			}
			out := cmd.OutOrStdout()
			if !cmd.Flags().Changed("width") {
				width = output.DefaultWidth
				if w := terminalWidth(out); w > 0 {
					width = w
				}
			}
			bidi, err := chooseBidi(bidiFlag, terminalWidth(out) > 0, os.Getenv)
			if err != nil {
				return err
			}
			if err := output.WriteCoverage(out, rep, format, width, bidi); err != nil {
				return err
			}
			return checkCoverage(cmd, rep, failUnder, cmd.Flags().Changed("fail-under"), failOns)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&format, "format", "f", "text", "output format: "+strings.Join(output.CoverageFormats, ", "))
	in.register(cmd, "languages of SOURCE and TRANSLATION, comma-separated, e.g. fr,en (default: detected)")
	fl.IntVar(&width, "width", 0, "line width of the text format (default: the terminal's, else 100)")
	registerBidi(cmd, &bidiFlag)
	fl.Float64Var(&failUnder, "fail-under", 0, "exit with status 1 when the share of source sentences covered is below this (0-1)")
	fl.StringVar(&failOn, "fail-on", "", "also exit with status 1 when findings of these kinds remain unaccepted: mismatch, omission (comma-separated)")
	fl.StringVar(&accept, "accept", "", "file of accepted finding ids, one per line")
	fl.StringVar(&mode, "mode", "auto", "auto (versions when both editions are in one language, unless they keep too few words of the sentences they pair: two translations), translation or versions")
	dicts.register(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(output.CoverageFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("mode", cobra.FixedCompletions([]string{"auto", "translation", "versions"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions([]string{"mismatch", "omission"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func parseFailOn(s string) (map[string]bool, error) {
	m := make(map[string]bool)
	if s == "" {
		return m, nil
	}
	for _, k := range strings.Split(s, ",") {
		k = strings.TrimSpace(k)
		switch k {
		case "mismatch", "omission":
			m[k] = true
		case "mismatches", "omissions":
			m[strings.TrimSuffix(k, "s")] = true
		default:
			return nil, fmt.Errorf("unknown --fail-on %q (want mismatch or omission)", k)
		}
	}
	return m, nil
}

// readAccept reads a file of accepted finding ids: the first word of each
// line, blank lines and "#" comments skipped, so that a reviewer can
// write why next to each id.
func readAccept(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, editions.WithPath(path, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, &editions.InputError{Path: path, Offset: -1, Msg: "is a directory, not a file"}
	}
	return parseAccept(f, path)
}

// parseAccept reads an accept file from r, as readAccept does; path is
// for messages.
func parseAccept(r io.Reader, path string) (map[string]bool, error) {
	ids := make(map[string]bool)
	sc := bufio.NewScanner(editions.SkipBOM(r))
	line := 1
	for ; sc.Scan(); line++ {
		t := sc.Text()
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = t[:i]
		}
		fields := strings.Fields(t)
		if len(fields) == 0 {
			continue
		}
		id := fields[0]
		if !validID(id) {
			return nil, &editions.InputError{Path: path, Line: line, Offset: -1, Msg: fmt.Sprintf("%s is not a finding id (like o1a2b3c4d)", editions.Quote(id))}
		}
		ids[id] = true
	}
	if err := sc.Err(); err != nil {
		msg := err.Error()
		if errors.Is(err, bufio.ErrTooLong) {
			msg = fmt.Sprintf("the line is longer than %d KB", bufio.MaxScanTokenSize>>10)
		}
		return nil, &editions.InputError{Path: path, Line: line, Offset: -1, Msg: msg}
	}
	return ids, nil
}

// validID reports whether s looks like a finding id: a kind letter, eight
// hex digits, and perhaps "-n" for a repeated finding.
func validID(s string) bool {
	if len(s) < 9 || !strings.ContainsRune("oam", rune(s[0])) {
		return false
	}
	for _, r := range s[1:9] {
		if !strings.ContainsRune("0123456789abcdef", r) {
			return false
		}
	}
	rest := s[9:]
	if rest == "" {
		return true
	}
	return len(rest) > 1 && rest[0] == '-' && strings.Trim(rest[1:], "0123456789") == ""
}

// checkCoverage applies --fail-under and --fail-on after the report is
// written, saying on stderr why the check failed.
func checkCoverage(cmd *cobra.Command, rep *align.CoverageReport, failUnder float64, under bool, failOn map[string]bool) error {
	var why []string
	if share := rep.Effective.Sentences.Share(); under && share < failUnder {
		w := fmt.Sprintf("sentence coverage %.4f is below --fail-under %.4f", share, failUnder)
		if n := rep.Untrusted(); n > 0 {
			w += fmt.Sprintf(" (%d source sentence%s not counted: not shown to correspond better than chance, see the warning%s)",
				n, plural(n), plural(len(rep.Warnings)))
		}
		why = append(why, w)
	}
	om, _, mm := rep.Unaccepted()
	if failOn["mismatch"] && mm > 0 {
		why = append(why, fmt.Sprintf("%d mismatch%s not accepted", mm, map[bool]string{true: "es", false: ""}[mm != 1]))
	}
	if failOn["omission"] && om > 0 {
		why = append(why, fmt.Sprintf("%d omission%s not accepted", om, plural(om)))
	}
	if len(why) == 0 {
		return nil
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: %s\n", strings.Join(why, "; "))
	return errCheckFailed
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
