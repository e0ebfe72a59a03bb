package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// dictFlag is -dict: "" (no dictionary, the default), "auto" (the
// FreeDict dictionaries installed for each pair's languages, as synoptic
// --dict auto picks them) or dictionary files, comma-separated.
var dictFlag string

// dictionaries returns the dictionaries -dict names for aligning a and
// b; it stops the run when one cannot be read, and says on stderr when
// -dict auto finds none.
func dictionaries(a, b *editions.Edition) []*dict.Dictionary {
	if dictFlag == "" {
		return nil
	}
	specs := strings.Split(dictFlag, ",")
	ds, auto, err := dict.Open(specs, []language.Tag{a.Lang, b.Lang})
	if err != nil {
		fmt.Fprintln(os.Stderr, "textberg:", err)
		os.Exit(2)
	}
	for _, s := range specs {
		if s == dict.Auto && len(auto) == 0 {
			fmt.Fprintf(os.Stderr, "textberg: -dict auto: no FreeDict dictionary for %s–%s is installed in %s\n", a.Lang, b.Lang, dict.InstalledDir)
		}
	}
	return ds
}
