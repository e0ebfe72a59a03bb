package main

import (
	"fmt"
	"io"
	"strconv"
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
	align       alignFlags
	format      string
	ignore      string
	inline      bool
	changesOnly bool
	context     int
}

func newCompareCmd() *cobra.Command {
	var f compareFlags
	cmd := &cobra.Command{
		Use:   "compare A B [C …]",
		Short: "Align editions and show them side by side with their differences",
		Long: `compare reads two editions of a text and lines them up sentence by sentence.

Two editions in one language (two printings, a revised edition) are compared
as versions: sentences are matched by their text, and each changed sentence
gets a word-level diff whose differences are typed — space, letterform (a
ligature, the long s, a full-width letter), case, quotes, hyphenation,
markup, punctuation, spelling, number (or date), substitution, insertion,
deletion — so that --ignore can hide the cosmetic ones. A
sentence or paragraph that stands elsewhere in the other version is
reported once, as moved, with both places.

An original and its translation are aligned by sentence lengths, numbers,
dates, names, shared and cognate words, and word pairs learnt from the two
texts: one to one, one to up to five, up to five to one, two to two or
three, three to two, and sentences with no counterpart (omissions and additions); a
passage of seven sentences or more whose translation stands elsewhere (a
chapter out of order) is shown as moved at both places. --mode forces
either way of comparing.

Formats: text (side by side for reading, or --inline), json (the native
format, which convert, export and --pin read back), beads ("[ids in A]:[ids
in B]" per row, 0-based, what "synoptic score" reads), tsv (a column per
edition), ladder (hunalign's), tmx (TMX 1.4b), tei (TEI P5) and xces (XCES
cesAlign, as OPUS publishes). beads and ladder take exactly two editions. On a terminal, text goes through a pager ($PAGER, else
less) and uses colour; deletions and insertions are also marked by
strike-through and underline, or by [-…-] and {+…+} without colour.
Right-to-left columns (Hebrew, Arabic, Syriac …) are laid out right to left
and right-aligned on a terminal that does not do it itself; --bidi terminal
leaves the text in logical order for one that does (GNOME Terminal and other
VTE terminals, Konsole, mlterm, macOS Terminal, mintty: recognised by their
environment variables), as in a file or a pipe.

More than two editions: each is aligned to the first earlier edition in its
own language (versions are diffed word by word against each other), else to
the base edition (--base, default the first), and the rows are merged so
that every sentence of every edition appears once, in order.

Corrections: --pin FILE takes beads ("[3, 4]:[5]", "[7]:[]" for a sentence
with no counterpart; two editions) or an alignment's JSON (any number of
editions, matched by id) as fixed points, and aligns the rest around them;
pins that no longer fit the texts are reported on stderr.`,
		Example: `  synoptic compare first.txt second.txt
  synoptic compare --changes-only --context 1 --ignore punct,quotes,hyphenation 1972.txt 2016.txt
  synoptic compare --inline --color never a.txt b.txt | less
  synoptic compare --lang fr,en --format json original.txt translation.txt > alignment.json
  synoptic compare --presegmented --lang de,fr --format beads test0.de test0.fr
  synoptic compare --pin fixes.beads original.fr.txt translation.en.txt
  synoptic compare --label 1930,1972,2016 --editions fr,en-2016 fr.txt en-1972.txt en-2016.txt`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCompare(cmd, args, &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(output.AlignmentFormats, ", "))
	fl.StringVar(&f.ignore, "ignore", "", "difference types to ignore, comma-separated: "+ignoreTypes())
	fl.BoolVar(&f.inline, "inline", false, "one column: the second edition with the differences marked in it")
	fl.BoolVar(&f.changesOnly, "changes-only", false, "show only rows that differ, with --context rows around them")
	fl.IntVar(&f.context, "context", 2, "with --changes-only, equal rows to show around each change")
	f.align.register(cmd)
	f.in.register(cmd, "languages of the editions as BCP 47 tags, comma-separated in file order, e.g. de,fr or en,zh-Hans; one applies to all (default: detected)")
	f.view.register(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(output.AlignmentFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// ignoreTypes is the --ignore flag's list of types, from align.DiffTypes
// (the short form "punct" for punctuation, as the examples write it).
func ignoreTypes() string {
	names := make([]string, len(align.DiffTypes))
	for k, t := range align.DiffTypes {
		names[k] = string(t)
		if t == align.PunctuationDiff {
			names[k] = "punct"
		}
	}
	return strings.Join(names, ", ")
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
	if err := checkBeforeAligning(f.format, len(args), 0); err != nil {
		return err
	}
	ignore, err := parseIgnore(f.ignore)
	if err != nil {
		return err
	}
	if f.context < 0 {
		return fmt.Errorf("--context %d: want a number of rows, 0 or more", f.context)
	}
	out := cmd.OutOrStdout()
	color, err := f.view.useColor(out)
	if err != nil {
		return err
	}
	bidi, err := f.view.bidiMode(out)
	if err != nil {
		return err
	}
	eds, err := readEditions(args, &f.in)
	if err != nil {
		return err
	}
	res, err := f.align.align(cmd, eds, align.VersionOptions{Ignore: ignore})
	if err != nil {
		return err
	}
	if f.format != "text" {
		// The text view's closing line counts the doubtful rows; a data
		// format says it on stderr.
		noteDoubtful(cmd, res.al)
		return output.WriteAlignment(out, res.al, f.format, 0)
	}
	opts := output.ViewOptions{
		Width: f.view.viewWidth(out), Color: color, Inline: f.inline,
		ChangesOnly: f.changesOnly, Context: f.context, Ignore: ignore,
		Columns: res.columns, Labels: res.labels, Bidi: bidi,
	}
	return f.view.page(out, cmd.ErrOrStderr(), func(w io.Writer) error { return output.WriteView(w, res.al, opts) })
}

// editionIndex finds an edition by id or by 1-based position; "" gives def.
func editionIndex(eds []*editions.Edition, s string, def int) (int, error) {
	if s == "" {
		if def < 0 {
			return 0, fmt.Errorf("empty edition name")
		}
		return def, nil
	}
	for k, e := range eds {
		if e.ID == s {
			return k, nil
		}
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(eds) {
		return n - 1, nil
	}
	ids := make([]string, len(eds))
	for k, e := range eds {
		ids[k] = e.ID
	}
	return 0, fmt.Errorf("no edition %q (the editions are %s, or 1 to %d)", s, strings.Join(ids, ", "), len(eds))
}

func splitList(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	return parts
}
