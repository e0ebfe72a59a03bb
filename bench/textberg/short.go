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
// scores them; with n > 0, a third line for the dev document cut into
// pieces of n gold beads (devPieces).
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
	if n > 0 {
		return devPieces(w, dir, n)
	}
	return nil
}

// devPieces prints the line of short for the dev document cut into
// consecutive pieces of n gold beads, each aligned and scored as a
// document of its own: the dev set has one document, whose first n
// beads alone are too few to choose anything by.
func devPieces(w io.Writer, dir string, n int) error {
	a, b, g, err := textbergDoc(dir, "dev")
	if err != nil {
		return err
	}
	var golds, ours [][]align.Bead
	sentences := 0
	for k := 0; k+n <= len(g); k += n {
		piece, loA, loB, ok := rebase(g[k : k+n])
		if !ok {
			continue
		}
		ia, ib := align.Reach(piece)
		pa, pb := a.Sub(loA, loA+ia), b.Sub(loB, loB+ib)
		sentences += len(pa.Sentences) + len(pb.Sentences)
		golds = append(golds, piece)
		ours = append(ours, translate(pa, pb).Beads())
	}
	s := align.Score(golds, ours)
	fmt.Fprintf(w, "dev pieces of %d gold beads (%d documents, %d sentences): strict F1 %.3f (P %.3f R %.3f), lax F1 %.3f\n",
		n, len(golds), sentences, s.F1, s.Precision, s.Recall, s.LaxF1)
	return nil
}

// rebase returns the beads numbered from the first sentence of each
// side they hold, with those first sentences; false when they hold no
// sentence of one side.
func rebase(beads []align.Bead) (out []align.Bead, loA, loB int, ok bool) {
	loA, loB = -1, -1
	for _, x := range beads {
		for _, i := range x.Src {
			if loA < 0 || i < loA {
				loA = i
			}
		}
		for _, j := range x.Tgt {
			if loB < 0 || j < loB {
				loB = j
			}
		}
	}
	if loA < 0 || loB < 0 {
		return nil, 0, 0, false
	}
	for _, x := range beads {
		y := align.Bead{}
		for _, i := range x.Src {
			y.Src = append(y.Src, i-loA)
		}
		for _, j := range x.Tgt {
			y.Tgt = append(y.Tgt, j-loB)
		}
		out = append(out, y)
	}
	return out, loA, loB, true
}
