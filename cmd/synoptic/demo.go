package main

import (
	"embed"
	"io"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// The bundled sample: a short French chronicle (greve.fr.txt), its English
// translation of 1972 and a revised English edition of 2016, written for
// synoptic so that every kind of difference occurs in a few paragraphs:
// the 1972 translation drops a sentence; the 2016 edition restores it,
// drops another, corrects a date, fixes a line-break hyphenation, changes
// the quotes, moves a paragraph and adds a translator's note.
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
	var (
		view                viewFlags
		inline, changesOnly bool
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Show synoptic at work on the bundled sample",
		Long: `Demo compares the bundled sample, a short French chronicle written for
synoptic, with its English translation of 1972 (aligned sentence by sentence,
numbers, dates, names and notes highlighted, the omission marked), and then
that translation with its revised edition of 2016 (word-level differences,
typed, and a moved paragraph), so that you can see what synoptic does
without files of your own.`,
		Example: `  synoptic demo
  synoptic demo --changes-only --color never`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var eds []*editions.Edition
			for _, name := range []string{"greve.fr.txt", "greve.1972.en.txt", "greve.2016.en.txt"} {
				e, err := readSample(name)
				if err != nil {
					return err
				}
				eds = append(eds, e)
			}
			out := cmd.OutOrStdout()
			color, err := view.useColor(out)
			if err != nil {
				return err
			}
			bidi, err := view.bidiMode(out)
			if err != nil {
				return err
			}
			opts := output.ViewOptions{Width: view.viewWidth(out), Color: color, Inline: inline, ChangesOnly: changesOnly, Context: 1, Bidi: bidi}
			translation, _ := align.Align(eds[0:2], align.Options{Mode: align.AutoMode})
			versions, _ := align.Align(eds[1:3], align.Options{Mode: align.AutoMode})
			return view.page(out, cmd.ErrOrStderr(), func(w io.Writer) error {
				if err := output.WriteView(w, translation, opts); err != nil {
					return err
				}
				io.WriteString(w, "\n")
				return output.WriteView(w, versions, opts)
			})
		},
	}
	view.register(cmd)
	cmd.Flags().BoolVar(&inline, "inline", false, "one column, differences marked in it")
	cmd.Flags().BoolVar(&changesOnly, "changes-only", false, "show only rows that differ")
	return cmd
}
