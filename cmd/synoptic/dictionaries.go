package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// dictFlags is --dict, which every command that aligns translations
// takes.
type dictFlags struct{ specs []string }

func (f *dictFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.specs, "dict", nil, "bilingual dictionary to align translations with (repeatable): FreeDict's .index (with its .dict.dz), hunalign's \"target @ source\" lines or two-column TSV; auto: the FreeDict dictionaries installed in "+dict.InstalledDir+" for the editions' languages")
}

// read reads the dictionaries the flag names for eds. For --dict auto it
// says on stderr which dictionaries it chose, or that none is installed.
func (f *dictFlags) read(cmd *cobra.Command, eds []*editions.Edition) ([]*dict.Dictionary, error) {
	if len(f.specs) == 0 {
		return nil, nil
	}
	langs := make([]language.Tag, len(eds))
	for k, e := range eds {
		langs[k] = e.Lang
	}
	ds, auto, err := dict.Open(f.specs, langs)
	if err != nil {
		return nil, fmt.Errorf("--dict: %w", err)
	}
	for _, s := range f.specs {
		if s != dict.Auto {
			continue
		}
		if len(auto) > 0 {
			fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: --dict auto: using %s\n", strings.Join(auto, ", "))
		} else {
			var names []string
			for _, l := range langs {
				names = append(names, l.String())
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: --dict auto: no FreeDict dictionary between %s is installed in %s (Debian: apt-get install dict-freedict-LLL-LLL, e.g. dict-freedict-deu-fra)\n", strings.Join(names, ", "), dict.InstalledDir)
		}
		break
	}
	return ds, nil
}
