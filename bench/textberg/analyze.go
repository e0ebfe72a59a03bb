package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// analyze prints, for the Text+Berg set ("test" or "dev"), the scores of
// each document; then, over the whole set, the gold beads of each shape
// (1-1, 2-1, 1-0, ...) and how many the aligner missed, beside the beads
// it made of that shape and how many are wrong; then its matches in five
// bands of confidence (Row.Score) and how many of each are right, which
// says whether the confidence means anything.
func analyze(w io.Writer, eval, set string) error {
	docs, err := textbergSet("analyze", set)
	if err != nil {
		return err
	}
	dir := filepath.Join(eval, textbergDir)
	var (
		gold, missed = map[string]int{}, map[string]int{}
		made, wrong  = map[string]int{}, map[string]int{}
		bands        [5]struct{ matches, right int }
	)
	for _, doc := range docs {
		a, b, g, err := textbergDoc(dir, doc)
		if err != nil {
			return err
		}
		al := translate(a, b)
		sys := al.Beads()
		s := align.Score([][]align.Bead{g}, [][]align.Bead{sys})
		fmt.Fprintf(w, "%-6s strict P %.3f R %.3f F1 %.3f  lax P %.3f R %.3f F1 %.3f  gold %d\n",
			doc, s.Precision, s.Recall, s.F1, s.LaxPrecision, s.LaxRecall, s.LaxF1, s.GoldBeads)
		inGold, inSys := beadSet(g), beadSet(sys)
		units := al.Units()
		for r, x := range sys {
			if units[r].Kind == align.Match {
				band := &bands[min(int(units[r].Score*5), 4)]
				band.matches++
				if inGold[x.String()] {
					band.right++
				}
			}
			made[shape(x)]++
			if !inGold[x.String()] {
				wrong[shape(x)]++
			}
		}
		for _, x := range g {
			gold[shape(x)]++
			if !inSys[x.String()] {
				missed[shape(x)]++
			}
		}
	}
	fmt.Fprintln(w)
	shapes := make([]string, 0, len(gold)+len(made))
	for k := range gold {
		shapes = append(shapes, k)
	}
	for k := range made {
		if gold[k] == 0 {
			shapes = append(shapes, k)
		}
	}
	sort.Strings(shapes)
	for _, k := range shapes {
		fmt.Fprintf(w, "%s gold %4d missed %4d | made %4d wrong %4d\n", k, gold[k], missed[k], made[k], wrong[k])
	}
	fmt.Fprintln(w)
	for i, band := range bands {
		fmt.Fprintf(w, "score %.1f-%.1f: %d matches, %d right\n", float64(i)/5, float64(i+1)/5, band.matches, band.right)
	}
	return nil
}

// diff prints every bead the aligner makes of the Text+Berg document doc,
// with its confidence and the start of its sentences, marking with XX
// those not in the gold; then the gold beads it missed.
func diff(w io.Writer, eval, doc string) error {
	a, b, g, err := textbergDoc(filepath.Join(eval, textbergDir), doc)
	if err != nil {
		return err
	}
	al := translate(a, b)
	sys := al.Beads()
	inGold, inSys := beadSet(g), beadSet(sys)
	units := al.Units()
	for r, x := range sys {
		mark := "  "
		if !inGold[x.String()] {
			mark = "XX"
		}
		fmt.Fprintf(w, "%s %-16s %.2f | %s ||| %s\n", mark, x, units[r].Score, starts(a, x.Src), starts(b, x.Tgt))
	}
	for _, x := range g {
		if !inSys[x.String()] {
			fmt.Fprintf(w, "missed gold %s\n", x)
		}
	}
	return nil
}

// shape names a bead by its number of sentences on each side: "2-1".
func shape(x align.Bead) string { return fmt.Sprintf("%d-%d", len(x.Src), len(x.Tgt)) }

// beadSet returns the set of beads, by their String.
func beadSet(beads []align.Bead) map[string]bool {
	set := make(map[string]bool, len(beads))
	for _, x := range beads {
		set[x.String()] = true
	}
	return set
}

// starts returns the first 60 bytes (cut at a rune boundary) of each of the sentences ids of e,
// each followed by " / ".
func starts(e *editions.Edition, ids []int) string {
	var sb strings.Builder
	for _, i := range ids {
		txt := e.Sentences[i].Text
		if len(txt) > 60 {
			cut := 60
			for !utf8.RuneStart(txt[cut]) {
				cut--
			}
			txt = txt[:cut]
		}
		sb.WriteString(txt + " / ")
	}
	return sb.String()
}
