package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

func newConvertCmd() *cobra.Command {
	var format, out string
	var width int
	cmd := &cobra.Command{
		Use:   "convert ALIGNMENT.json|- -o FILE",
		Short: "Write a saved alignment in another format",
		Long: `Convert reads an alignment saved as JSON (compare --format json), perhaps
corrected by hand, and writes it in another format, named by --format or by
the output file's extension: html (the parallel edition of export), text (the
view of compare, --width columns), tsv, beads, ladder (hunalign), tmx (TMX
1.4b), tei (TEI P5), xces (cesAlign, as OPUS uses), moses (line-parallel
files, one per edition: -o corpus.moses writes corpus.<lang> files beside
it), json. "-" reads the JSON from standard input.

Nothing is aligned again: every format shows the rows of the JSON.`,
		Example: `  synoptic compare --format json fr.txt en.txt > book.json
  synoptic convert book.json -o book.tmx
  synoptic convert book.json -o corpus.moses
  synoptic compare --format json fr.txt en.txt | synoptic convert - -o book.html`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return fmt.Errorf("convert needs --output FILE (or -o - with --format)")
			}
			format, err := outputFormat(format, out, exportFormats())
			if err != nil {
				return err
			}
			name, in := args[0], cmd.InOrStdin()
			if name == "-" {
				name = "standard input"
			} else {
				f, err := os.Open(name)
				if err != nil {
					return editions.WithPath(name, err)
				}
				defer f.Close()
				in = f
			}
			al, err := output.ReadAlignmentJSON(in)
			if err != nil {
				return editions.WithPath(name, err)
			}
			return writeAlignmentFile(cmd, al, format, out, width, func(w io.Writer) error {
				return output.WriteAlignmentHTML(w, al, output.HTMLOptions{})
			})
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "the file to write (- for standard output)")
	cmd.Flags().StringVar(&format, "format", "", "output format (default: from the file's extension): "+strings.Join(exportFormats(), ", "))
	cmd.Flags().IntVar(&width, "width", 0, "columns of the text format (default 100)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}
