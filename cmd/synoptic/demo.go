package main

import (
	"embed"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// The bundled sample: a short French chronicle (greve.fr.txt), its English
// translation of 1972 and a revised English edition of 2016, written for
// synoptic so that every kind of difference occurs in a few paragraphs.
//
//go:embed sample/*.txt
var sample embed.FS

// readSample reads one of the bundled sample editions.
func readSample(name string) (*editions.Edition, error) {
	data, err := sample.ReadFile("sample/" + name)
	if err != nil {
		return nil, err
	}
	return editions.Parse(name, data, editions.Options{})
}

func newDemoCmd() *cobra.Command {
	var format string
	var width int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Show synoptic at work on the bundled sample",
		Long: `Demo segments the bundled sample, a short French chronicle written for
synoptic (its English translations are bundled too), so that you can see what
synoptic finds in a text without a file of your own.`,
		Example: `  synoptic demo
  synoptic demo --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := readSample("greve.fr.txt")
			if err != nil {
				return err
			}
			w := width
			if !cmd.Flags().Changed("width") {
				w = terminalWidth(cmd.OutOrStdout())
			}
			return output.WriteSegmentation(cmd.OutOrStdout(), e, format, w)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, lines or json")
	cmd.Flags().IntVar(&width, "width", 0, "wrap text output at this many columns (default: the terminal's width; 0 when piped)")
	return cmd
}
