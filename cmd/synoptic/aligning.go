package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// alignFlags are the flags that say how to align editions and which of
// them to show; compare and export take them.
type alignFlags struct {
	mode    string
	base    string
	columns string
	labels  string
	pins    string
}

func (f *alignFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.mode, "mode", "auto", "auto (versions when editions are in one language), translation or versions")
	fl.StringVar(&f.base, "base", "", "the edition the others are aligned to, by id or position (default: the first)")
	fl.StringVar(&f.columns, "editions", "", "editions to show and their order, by id or position, comma-separated (default: all)")
	fl.StringVar(&f.labels, "label", "", "names for the editions in headings, comma-separated, in the order of the files")
	fl.StringVar(&f.pins, "pin", "", "corrections to keep: beads or an alignment's JSON (two editions)")
	_ = cmd.RegisterFlagCompletionFunc("mode", cobra.FixedCompletions([]string{"auto", "translation", "versions"}, cobra.ShellCompDirectiveNoFileComp))
}

// aligned is what the alignment flags produce: the alignment, and the
// editions to show, in order (nil: all), with their labels.
type aligned struct {
	al      *align.Alignment
	columns []int
	labels  []string
}

// readEditions reads the editions named on the command line.
func readEditions(paths []string, in *inputFlags) ([]*editions.Edition, error) {
	if n := len(strings.Split(in.langs, ",")); n > len(paths) {
		return nil, fmt.Errorf("--lang lists %d languages for %d editions", n, len(paths))
	}
	eds := make([]*editions.Edition, len(paths))
	for k, path := range paths {
		var err error
		if eds[k], err = editions.Read(path, in.options(k)); err != nil {
			return nil, err
		}
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
	for _, c := range splitList(f.columns) {
		k, err := editionIndex(eds, c, -1)
		if err != nil {
			return nil, fmt.Errorf("--editions: %v", err)
		}
		out.columns = append(out.columns, k)
	}
	if len(out.labels) > len(eds) {
		return nil, fmt.Errorf("--label names %d editions, there are %d", len(out.labels), len(eds))
	}
	if f.pins == "" {
		out.al = align.AlignMany(eds, align.ManyOptions{Base: base, Mode: mode, Version: vopts})
		return out, nil
	}
	if len(eds) != 2 || base != 0 {
		return nil, fmt.Errorf("--pin works with two editions, the first as base")
	}
	pins, err := readPins(f.pins)
	if err != nil {
		return nil, err
	}
	fitted, problems := align.FitPins(pins, eds[0], eds[1])
	for _, p := range problems {
		fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: warning: %v\n", p)
	}
	out.al = align.ComparePinned(eds[0], eds[1], mode, vopts, fitted)
	return out, nil
}
