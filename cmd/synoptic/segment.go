package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

func newSegmentCmd() *cobra.Command {
	var in inputFlags
	var format, id, bidiFlag string
	var width int
	cmd := &cobra.Command{
		Use:   "segment [flags] FILE",
		Short: "Show the paragraphs, sentences and notes synoptic finds in a file",
		Long: `Segment reads one edition and shows how synoptic cuts it into paragraphs
(headings, text, quotations, list items, notes) and sentences, and which
note each marker such as [3] or [^3] points to.

FILE may be "-" for standard input. The language comes from --lang, else
from the file's own metadata, its name (book.fr.txt, fr-book.txt), or the
text itself; the text format says which.`,
		Example: `  synoptic segment book.en.txt
  synoptic segment --format lines --lang de chapter.txt > chapter.sentences
  synoptic segment --format json --encoding koi8-r old.txt
  cat notes.md | synoptic segment --lang fr -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !contains(output.SegmentFormats, format) {
				return fmt.Errorf("--format %q: want one of %s", format, strings.Join(output.SegmentFormats, ", "))
			}
			if err := checkWidth(width); err != nil {
				return err
			}
			opts := in.options(0)
			opts.ID = id
			e, err := editions.Read(args[0], opts)
			if err != nil {
				return err
			}
			for _, w := range e.Warnings {
				fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: warning: %s: %s\n", args[0], w)
			}
			w := width
			if !cmd.Flags().Changed("width") {
				w = terminalWidth(cmd.OutOrStdout())
			}
			bidi, err := chooseBidi(bidiFlag, terminalWidth(cmd.OutOrStdout()) > 0, os.Getenv)
			if err != nil {
				return err
			}
			return output.WriteSegmentation(cmd.OutOrStdout(), e, format, w, bidi)
		},
	}
	in.register(cmd, "language of the text, a BCP 47 tag such as en, fr, ru, zh-Hans, ja, ko, he, hy, th, syr (default: detected)")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, lines or json")
	cmd.Flags().StringVar(&id, "id", "", "the edition's id (default: the file name without its extension)")
	cmd.Flags().IntVar(&width, "width", 0, "wrap text output at this many columns (default: the terminal's width; 0 when piped)")
	registerBidi(cmd, &bidiFlag)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(output.SegmentFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
