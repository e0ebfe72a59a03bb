package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// compareFlags are the flags of compare that say what to compare and what
// to show.
type compareFlags struct {
	in          inputFlags
	view        viewFlags
	format      string
	mode        string
	ignore      string
	inline      bool
	changesOnly bool
	context     int
}

func newCompareCmd() *cobra.Command {
	var f compareFlags
	cmd := &cobra.Command{
		Use:   "compare A B",
		Short: "Align two editions and show them side by side with their differences",
		Long: `compare reads two editions of a text and lines them up sentence by sentence.

Two editions in one language (two printings, a revised edition) are compared
as versions: sentences are matched by their text, and each changed sentence
gets a word-level diff whose differences are typed — space, case, quotes,
hyphenation, punctuation, spelling, number (or date), substitution,
insertion, deletion — so that --ignore can hide the cosmetic ones. A
sentence or paragraph that stands elsewhere in the other version is
reported once, as moved, with both places.

An original and its translation are aligned by sentence lengths, numbers,
dates, names, shared and cognate words, and word pairs learnt from the two
texts: one to one, one to two or three, two to one, two to two, and
sentences with no counterpart (omissions and additions). --mode forces
either way of comparing.

Formats: text (side by side for reading, or --inline), json, beads ("[ids in
A]:[ids in B]" per row, 0-based, what "synoptic score" reads) and tsv (a
column per edition). On a terminal, text goes through a pager ($PAGER, else
less) and uses colour; deletions and insertions are also marked by
strike-through and underline, or by [-…-] and {+…+} without colour.`,
		Example: `  synoptic compare first.txt second.txt
  synoptic compare --changes-only --context 1 --ignore punct,quotes,hyphenation 1972.txt 2016.txt
  synoptic compare --inline --color never a.txt b.txt | less
  synoptic compare --lang fr,en --format json original.txt translation.txt > alignment.json
  synoptic compare --presegmented --lang de,fr --format beads test0.de test0.fr`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCompare(cmd, args, &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(output.AlignmentFormats, ", "))
	fl.StringVar(&f.mode, "mode", "auto", "auto (versions when both editions are in one language), translation or versions")
	fl.StringVar(&f.ignore, "ignore", "", "difference types to ignore, comma-separated: space, case, quotes, hyphenation, punct, spelling, number, substitution, insertion, deletion")
	fl.BoolVar(&f.inline, "inline", false, "one column: the second edition with the differences marked in it")
	fl.BoolVar(&f.changesOnly, "changes-only", false, "show only rows that differ, with --context rows around them")
	fl.IntVar(&f.context, "context", 2, "with --changes-only, equal rows to show around each change")
	f.in.register(cmd, "languages of A and B, comma-separated, e.g. de,fr; one applies to both (default: detected)")
	f.view.register(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(output.AlignmentFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("mode", cobra.FixedCompletions([]string{"auto", "translation", "versions"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// parseIgnore reads the --ignore list.
func parseIgnore(s string) ([]align.DiffType, error) {
	var out []align.DiffType
	for _, name := range strings.Split(s, ",") {
		if strings.TrimSpace(name) == "" {
			continue
		}
		t, ok := align.ParseDiffType(name)
		if !ok {
			return nil, fmt.Errorf("--ignore: unknown difference type %q", name)
		}
		out = append(out, t)
	}
	return out, nil
}

func runCompare(cmd *cobra.Command, args []string, f *compareFlags) error {
	if !contains(output.AlignmentFormats, f.format) {
		return fmt.Errorf("--format %q: want one of %s", f.format, strings.Join(output.AlignmentFormats, ", "))
	}
	mode, err := align.ParseMode(f.mode)
	if err != nil {
		return err
	}
	ignore, err := parseIgnore(f.ignore)
	if err != nil {
		return err
	}
	if n := len(strings.Split(f.in.langs, ",")); n > 2 {
		return fmt.Errorf("--lang lists %d languages for 2 editions", n)
	}
	out := cmd.OutOrStdout()
	color, err := f.view.useColor(out)
	if err != nil {
		return err
	}
	var eds [2]*editions.Edition
	for k, path := range args {
		e, err := editions.Read(path, f.in.options(k))
		if err != nil {
			return err
		}
		eds[k] = e
	}
	al := align.Compare(eds[0], eds[1], mode, align.VersionOptions{Ignore: ignore})
	if f.format != "text" {
		return output.WriteAlignment(out, al, f.format, 0)
	}
	opts := output.ViewOptions{
		Width: f.view.viewWidth(out), Color: color, Inline: f.inline,
		ChangesOnly: f.changesOnly, Context: f.context, Ignore: ignore,
	}
	return f.view.page(out, func(w io.Writer) error { return output.WriteView(w, al, opts) })
}
