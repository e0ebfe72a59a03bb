package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/synoptic-text/synoptic/align"
)

// short measures the aligner on short documents: each Text+Berg test
// document, and the dev document, cut after its first n gold beads
// (the sentences these beads hold, on both sides), scored against those
// beads. A document of tens of sentences is too short for learn.go to
// find word pairs that recur, and that is where a dictionary (-dict)
// should help most. n of 0 takes the documents whole. It prints a line
// per set: strict and lax F1 over its documents, as the main table
// scores them.
func short(w io.Writer, eval string, n int) error {
	dir := filepath.Join(eval, textbergDir)
	for _, set := range []struct {
		name string
		docs []string
	}{{"test", textbergTest}, {"dev", []string{"dev"}}} {
		var golds, ours [][]align.Bead
		sentences := 0
		for _, doc := range set.docs {
			a, b, g, err := textbergDoc(dir, doc)
			if err != nil {
				return err
			}
			if n > 0 && n < len(g) {
				g = g[:n]
				ia, ib := align.Reach(g)
				a, b = a.Sub(0, ia), b.Sub(0, ib)
			}
			sentences += len(a.Sentences) + len(b.Sentences)
			golds = append(golds, g)
			ours = append(ours, translate(a, b).Beads())
		}
		s := align.Score(golds, ours)
		what := "whole documents"
		if n > 0 {
			what = fmt.Sprintf("first %d gold beads of each document", n)
		}
		fmt.Fprintf(w, "%-4s %s (%d documents, %d sentences): strict F1 %.3f (P %.3f R %.3f), lax F1 %.3f\n",
			set.name, what, len(set.docs), sentences, s.F1, s.Precision, s.Recall, s.LaxF1)
	}
	return nil
}
