package main

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// alignFlags are the flags that say how to align editions and which of
// them to show; compare and export take them.
type alignFlags struct {
	mode    string
	base    string
	columns string
	labels  string
	pins    string
	dict    dictFlags
}

func (f *alignFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.mode, "mode", "auto", "auto (versions when editions are in one language, unless they keep too few words of the sentences they pair: two translations), translation or versions")
	fl.StringVar(&f.base, "base", "", "the edition the others are aligned to, by id or position (default: the first)")
	fl.StringVar(&f.columns, "editions", "", "editions to show and their order, by id or position, comma-separated (default: all)")
	fl.StringVar(&f.labels, "label", "", "names for the editions in headings, comma-separated, in the order of the files")
	fl.StringVar(&f.pins, "pin", "", "corrections to keep: beads (two editions) or an alignment's JSON (its editions matched by id)")
	f.dict.register(cmd)
	_ = cmd.RegisterFlagCompletionFunc("mode", cobra.FixedCompletions([]string{"auto", "translation", "versions"}, cobra.ShellCompDirectiveNoFileComp))
}

// aligned is what the alignment flags produce: the alignment, and the
// editions to show, in order (nil: all), with their labels.
type aligned struct {
	al      *align.Alignment
	columns []int
	labels  []string
	// opts are the options al was aligned with, pins aside.
	opts align.Options
}

// readEditions reads the editions named on the command line.
func readEditions(paths []string, in *inputFlags) ([]*editions.Edition, error) {
	if in.langs != "" {
		langs := strings.Split(in.langs, ",")
		if len(langs) > len(paths) {
			return nil, fmt.Errorf("--lang lists %d languages for %d editions", len(langs), len(paths))
		}
		for k, l := range langs {
			if strings.TrimSpace(l) == "" {
				return nil, fmt.Errorf("--lang %s: language %d of the list is empty", editions.Quote(in.langs), k+1)
			}
		}
	}
	for k, path := range paths {
		if path == "-" && slices.Contains(paths[k+1:], "-") {
			return nil, fmt.Errorf("%q (standard input) is given twice; it can be read once", path)
		}
	}
	eds := make([]*editions.Edition, len(paths))
	for k, path := range paths {
		var err error
		if eds[k], err = editions.Read(path, in.options(k)); err != nil {
			return nil, err
		}
		for _, w := range eds[k].Warnings {
			fmt.Fprintf(os.Stderr, "synoptic: warning: %s: %s\n", path, w)
		}
	}
	for _, n := range editions.UniqueIDs(eds) {
		fmt.Fprintf(os.Stderr, "synoptic: %s\n", n)
	}
	return eds, nil
}

// align aligns eds as the flags say: to the base edition, around the
// pins if any (their problems are reported on stderr).
func (f *alignFlags) align(cmd *cobra.Command, eds []*editions.Edition, vopts align.VersionOptions) (*aligned, error) {
	mode, err := align.ParseMode(f.mode)
	if err != nil {
		return nil, err
	}
	base, err := editionIndex(eds, f.base, 0)
	if err != nil {
		return nil, fmt.Errorf("--base: %v", err)
	}
	out := &aligned{labels: splitList(f.labels)}
	shown := map[int]bool{}
	for _, c := range splitList(f.columns) {
		k, err := editionIndex(eds, c, -1)
		if err != nil {
			return nil, fmt.Errorf("--editions: %v", err)
		}
		if shown[k] {
			return nil, fmt.Errorf("--editions names %s twice", eds[k].ID)
		}
		shown[k] = true
		out.columns = append(out.columns, k)
	}
	if len(out.labels) > len(eds) {
		return nil, fmt.Errorf("--label names %d editions, there are %d", len(out.labels), len(eds))
	}
	opts := align.Options{Base: base, Mode: mode, Version: vopts}
	if opts.Dictionaries, err = f.dict.read(cmd, eds); err != nil {
		return nil, err
	}
	out.opts = opts
	if f.pins == "" {
		out.al, _ = align.Align(eds, opts)
	} else if out.al, err = alignPinned(cmd, eds, opts, f.pins); err != nil {
		return nil, err
	}
	warnAlignment(cmd, out.al)
	return out, nil
}

// noteDoubtful says on stderr how many rows of al are doubtful
// (align.Row.Doubtful), when some are.
func noteDoubtful(cmd *cobra.Command, al *align.Alignment) {
	n := 0
	for k := range al.Rows {
		if al.Rows[k].Doubtful() {
			n++
		}
	}
	if n > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: %d of %d rows doubtful (scored below %g: more likely wrong than right)\n", n, len(al.Rows), align.DoubtfulBelow)
	}
}

// warnAlignment says on stderr the alignment's warnings: stretches no
// better than chance, or not shown better (align/chance.go).
func warnAlignment(cmd *cobra.Command, al *align.Alignment) {
	for _, w := range al.Warnings {
		fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: warning: %s\n", w.Message)
	}
}

// alignPinned aligns eds around the pins in the file path, and reports
// on stderr the pins that it cannot use.
func alignPinned(cmd *cobra.Command, eds []*editions.Edition, opts align.Options, path string) (*align.Alignment, error) {
	warn := func(format string, args ...any) {
		fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: warning: "+format+"\n", args...)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--pin: %w", editions.WithPath(path, err))
	}
	if t := bytes.TrimSpace(data); len(t) == 0 || t[0] != '{' {
		// Beads pair two editions.
		if len(eds) != 2 || opts.Base != 0 {
			return nil, fmt.Errorf("--pin %s: beads pin two editions, the first as base; for more, pin with an alignment's JSON", path)
		}
		if opts.Pins, err = align.ReadPins(bytes.NewReader(data), path); err != nil {
			return nil, err
		}
		al, problems := align.Align(eds, opts)
		for _, p := range problems {
			warn("%v", p)
		}
		return al, nil
	}
	earlier, err := output.ReadAlignmentJSON(bytes.NewReader(data))
	if err != nil {
		return nil, editions.WithPath(path, err)
	}
	table, err := align.PinsFrom(earlier, path)
	if err != nil {
		return nil, err
	}
	for _, w := range table.MatchEditions(eds, path) {
		warn("%s", w)
	}
	opts.Pins = table
	al, problems := align.Align(eds, opts)
	for _, p := range problems {
		warn("%v", p)
	}
	return al, nil
}
