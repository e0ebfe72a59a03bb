package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// convertFormats are the formats an alignment's JSON can be written in.
var convertFormats = []string{"json", "tsv", "beads", "ladder", "tmx", "tei", "xces", "moses"}

func newConvertCmd() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "convert ALIGNMENT.json -o FILE",
		Short: "Write a saved alignment in another format",
		Long: `Convert reads an alignment saved as JSON (compare --format json), perhaps
corrected by hand, and writes it in another format, named by --format or by
the output file's extension: tsv, beads, ladder (hunalign), tmx (TMX 1.4b),
tei (TEI P5), xces (cesAlign, as OPUS uses), moses (line-parallel files, one
per edition: -o corpus.moses writes corpus.<lang> files beside it), json.

Nothing is aligned again: every format shows the rows of the JSON.`,
		Example: `  synoptic compare --format json fr.txt en.txt > book.json
  synoptic convert book.json -o book.tmx
  synoptic convert book.json -o corpus.moses`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return fmt.Errorf("convert needs --output FILE (or -o - with --format)")
			}
			format, err := outputFormat(format, out, convertFormats)
			if err != nil {
				return err
			}
			in, err := os.Open(args[0])
			if err != nil {
				return &editions.InputError{Path: args[0], Offset: -1, Msg: "cannot open: " + err.Error()}
			}
			defer in.Close()
			al, err := output.ReadAlignmentJSON(in)
			if err != nil {
				return &editions.InputError{Path: args[0], Offset: -1, Msg: err.Error()}
			}
			return writeAlignmentFile(cmd, al, format, out, nil)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "the file to write (- for standard output)")
	cmd.Flags().StringVar(&format, "format", "", "output format (default: from the file's extension): "+strings.Join(convertFormats, ", "))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(convertFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}
