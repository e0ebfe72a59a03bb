package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

func newCompareCmd() *cobra.Command {
	var (
		in     inputFlags
		format string
		width  int
	)
	cmd := &cobra.Command{
		Use:   "compare A B",
		Short: "Align a text and its translation sentence by sentence",
		Long: `compare reads two editions of a text — an original and a translation, or
two translations — and finds which sentences correspond: one to one, one
to two or three, two to one, two to two, and sentences with no
counterpart. It uses no dictionary and no network: sentence lengths,
numbers, dates, names, shared and cognate words, and word pairs it learns
from the two texts themselves.

Formats: text (the two editions side by side; "-" marks a sentence only in
A, "+" one only in B, "?" a doubtful match), json, beads (one line per
unit, "[ids in A]:[ids in B]", 0-based, what "synoptic score" reads) and
tsv (a line per unit, line k being the unit of line k of beads, a column per
edition).`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !validFormat(format) {
				return fmt.Errorf("unknown --format %q (want one of %s)", format, strings.Join(output.AlignmentFormats, ", "))
			}
			if n := len(strings.Split(in.langs, ",")); n > 2 {
				return fmt.Errorf("--lang lists %d languages for 2 editions", n)
			}
			var eds [2]*editions.Edition
			for k, path := range args {
				e, err := editions.Read(path, in.options(k))
				if err != nil {
					return err
				}
				eds[k] = e
			}
			al := align.Align(eds[0], eds[1])
			out := cmd.OutOrStdout()
			if !cmd.Flags().Changed("width") {
				if w := terminalWidth(out); w > 0 {
					width = w
				}
			}
			return output.WriteAlignment(out, al, format, width)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+strings.Join(output.AlignmentFormats, ", "))
	in.register(cmd, "languages of A and B, comma-separated, e.g. de,fr; one applies to both (default: detected)")
	cmd.Flags().IntVar(&width, "width", 100, "line width of the text format (default: the terminal's, else 100)")
	return cmd
}

func validFormat(f string) bool {
	for _, g := range output.AlignmentFormats {
		if f == g {
			return true
		}
	}
	return false
}
