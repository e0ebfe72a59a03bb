package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// Translations missing most of their original (-halves test, or -halves
// dev): a real translation from which half or more of the sentences
// were removed must still be found related to its original, and its
// coverage must say about how much is left, not 0 (chance.go,
// chance_full.go).
//
// Each trial removes lines of the translation and aligns the damaged
// pair as the CLI does, then reads the verdict on the whole (a warning
// of kind unrelated or undecided over every row; otherwise related) and
// the sentence coverage; the share of the original's sentences whose
// translation is left, from the undamaged pair's alignment, is what the
// coverage should be near.
//
//   - test: each Text+Berg test document (de → fr) with 50 %, 60 % and
//     75 % of its French sentences removed, at its start, its middle,
//     its end and scattered evenly (12 trials a document); Genesis in
//     Darby's French against the King James Version with half of the
//     English chapters removed (the first half, the second, every
//     other one).
//   - dev, to set the test against chance: the Text+Berg dev document
//     removed the same ways; Genesis in the Elberfelder against the
//     American Standard Version, Ruth and Jonah in Darby's French
//     against the King James Version, half of the chapters removed the
//     same ways.
//
// It prints, per set of trials, how many are found related, undecided
// and unrelated, and the mean coverage against the mean share left;
// -v prints each trial with the test's figures.

// A halfCase is an undamaged pair and the ways to damage it: each keep
// says, per line of the translation's raw text, whether it stays.
type halfCase struct {
	name, group string
	a, b        *editions.Edition
	raw         string
	opts        editions.Options
	labels      []string
	keeps       [][]bool
}

// halfFractions are the shares of a Text+Berg translation removed.
var halfFractions = []float64{0.5, 0.6, 0.75}

func halves(w io.Writer, eval, set string, verbose bool) error {
	var cases []*halfCase
	dir := filepath.Join(eval, textbergDir)
	docs, err := textbergSet("halves", set)
	if err != nil {
		return err
	}
	for _, doc := range docs {
		de, fr, _, err := textbergDoc(dir, doc)
		if err != nil {
			return err
		}
		c := &halfCase{name: "Text+Berg " + doc, group: "Text+Berg " + set + " de → fr, 50-75 % of the French removed",
			a: de, b: fr, raw: fr.Text, opts: editions.Options{Lang: "fr", Format: "text", Presegmented: true}}
		n := len(fr.Sentences)
		for _, f := range halfFractions {
			gone := int(f*float64(n) + 0.5)
			for _, where := range []string{"start", "middle", "end", "scattered"} {
				keep := make([]bool, n)
				for k := range keep {
					switch where {
					case "start":
						keep[k] = k >= gone
					case "middle":
						lo := (n - gone) / 2
						keep[k] = k < lo || k >= lo+gone
					case "end":
						keep[k] = k < n-gone
					default:
						// Kept: the sentences where the count of kept ones,
						// spread evenly, steps up.
						left := float64(n - gone)
						keep[k] = int(float64(k+1)*left/float64(n)) > int(float64(k)*left/float64(n))
					}
				}
				c.labels = append(c.labels, fmt.Sprintf("%.0f%% removed, %s", 100*f, where))
				c.keeps = append(c.keeps, keep)
			}
		}
		cases = append(cases, c)
	}
	bibles := [][3]string{{"Gen", "fr-FreJND", "en-KJV"}}
	if set == "dev" {
		bibles = [][3]string{{"Gen", "de-GerElb1905", "en-ASV"}, {"Ruth", "fr-FreJND", "en-KJV"}, {"Jonah", "fr-FreJND", "en-KJV"}}
	}
	for _, bc := range bibles {
		c, err := bibleHalfCase(eval, bc[0], bc[1], bc[2])
		if err != nil {
			return err
		}
		c.group = "Bible " + set + ", half of the chapters removed"
		cases = append(cases, c)
	}
	type tally struct {
		n, related, undecided, unrelated int
		coverage, left                   float64
	}
	var groups []string
	byGroup := map[string]*tally{}
	for _, c := range cases {
		ref := translate(c.a, c.b)
		if byGroup[c.group] == nil {
			groups = append(groups, c.group)
			byGroup[c.group] = &tally{}
		}
		g := byGroup[c.group]
		for k, keep := range c.keeps {
			damaged, left, err := c.damage(ref, keep)
			if err != nil {
				return err
			}
			al := translate(c.a, damaged)
			cov := align.Coverage(al, align.CoverageOptions{}).Total.Sentences.Share()
			verdict, figures := wholeVerdict(al)
			g.n++
			switch verdict {
			case align.Related:
				g.related++
			case align.Undecided:
				g.undecided++
			default:
				g.unrelated++
			}
			g.coverage += cov
			g.left += left
			if verbose {
				fmt.Fprintf(w, "  %s, %s: %s, coverage %.3f, left %.3f%s\n", c.name, c.labels[k], verdict, cov, left, figures)
			}
		}
	}
	fmt.Fprintln(w, "| trials | related | undecided | unrelated | mean coverage | mean share left |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, name := range groups {
		g := byGroup[name]
		fmt.Fprintf(w, "| %s: %d | %d | %d | %d | %.3f | %.3f |\n", name, g.n, g.related, g.undecided, g.unrelated,
			g.coverage/float64(g.n), g.left/float64(g.n))
	}
	return nil
}

// wholeVerdict reads the verdict on the whole of al from its warnings:
// unrelated or undecided when a warning of that kind spans every row,
// related otherwise; and, when there is a warning, its figures.
func wholeVerdict(al *align.Alignment) (align.Verdict, string) {
	v := align.Related
	figures := ""
	for _, w := range al.Warnings {
		if w.First == 0 && w.Limit == len(al.Rows) {
			v = w.Kind
		}
		figures += fmt.Sprintf("; %s rows %d-%d (z %.1f, bound %.2f, density %.2f, share %.3f, null best %.3f)",
			w.Kind, w.First, w.Limit, w.Z, w.Margin, w.Density, w.Share, w.NullBest)
	}
	return v, figures
}

// damage returns c's translation with only the lines keep keeps, and
// the share of the original's sentences in the undamaged alignment ref
// that are matched to a sentence kept.
func (c *halfCase) damage(ref *align.Alignment, keep []bool) (*editions.Edition, float64, error) {
	lines := strings.SplitAfter(strings.TrimSuffix(c.raw, "\n"), "\n")
	if len(lines) != len(c.b.Sentences) {
		return nil, 0, fmt.Errorf("%s: %d lines, %d sentences", c.name, len(lines), len(c.b.Sentences))
	}
	var kept []string
	for k, l := range lines {
		if k < len(keep) && keep[k] {
			kept = append(kept, l)
		}
	}
	e, err := editions.Parse(c.b.Path, []byte(strings.Join(kept, "")), c.opts)
	if err != nil {
		return nil, 0, err
	}
	// One sentence a line: sentence k of the translation is line k.
	left, all := 0, len(c.a.Sentences)
	for _, row := range ref.Rows {
		stays := false
		for _, t := range row.Cells[1] {
			stays = stays || keep[t]
		}
		if stays {
			left += len(row.Cells[0])
		}
	}
	return e, float64(left) / float64(max(all, 1)), nil
}

// bibleHalfCase is a book of two versions, one verse per line, with
// half of the translation's chapters removed: the first half, the
// second, every other one (the even-numbered).
func bibleHalfCase(eval, book, src, tgt string) (*halfCase, error) {
	a, b, refs, err := readBiblePair(eval, book, src, tgt)
	if err != nil {
		return nil, err
	}
	c := &halfCase{name: fmt.Sprintf("%s %s → %s", book, src, tgt), a: a, b: b, raw: b.Text,
		opts: editions.Options{Lang: tgt[:2], Format: "text", Presegmented: true}}
	chapter := make([]int, len(refs))
	var chapters int
	last := ""
	for k, r := range refs {
		ch, _, _ := strings.Cut(r, ":")
		if ch != last {
			chapters++
			last = ch
		}
		chapter[k] = chapters - 1
	}
	for _, way := range []string{"first half", "second half", "every other"} {
		keep := make([]bool, len(refs))
		for k, ch := range chapter {
			switch way {
			case "first half":
				keep[k] = ch >= chapters/2
			case "second half":
				keep[k] = ch < chapters/2
			default:
				keep[k] = ch%2 == 0
			}
		}
		c.labels = append(c.labels, "chapters removed: "+way)
		c.keeps = append(c.keeps, keep)
	}
	return c, nil
}
