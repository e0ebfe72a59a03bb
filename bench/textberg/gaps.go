package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// Recovery after a gap (-gaps test, or -gaps dev): a translation with a
// whole chapter or a long stretch removed must have the source sentences
// of that stretch reported as omitted, by the alignment (Deleted rows)
// and by the coverage check (its omissions at the default confidence),
// and the rows after it must be right again at once.
//
// Each trial removes from the translation the sentences of a chapter or
// stretch, whole lines of the input, and aligns and checks the damaged
// pair as the CLI does. The reference is the alignment of the undamaged
// pair (on Genesis it equals the verse gold; on the other texts it is
// what the aligner does when nothing is missing, so that the measure is
// the recovery, not the aligner's accuracy): the expected omissions are
// the source sentences of its rows that held the removed sentences, and
// a row after the gap is right when the damaged alignment has a row with
// the same sentences (the translation's renumbered). A stretch is
// removed only where the reference's rows begin and end with it.
//
//   - test: Genesis in Darby's French against the King James Version
//     with every third English chapter removed in turn (one verse per
//     line, no paragraph breaks: the aligner has only the text to go
//     by); Verne's Tour du monde, French against English, with every
//     fourth English chapter removed (whole Gutenberg files, the
//     chapter from its heading to the next one); each Text+Berg test
//     document with 20 French sentences removed from its middle.
//   - dev, for choosing the aligner's parameters: Genesis in the
//     Elberfelder against the American Standard Version, Ruth and Jonah
//     in Darby's French against the King James Version, with chapters
//     removed the same way; the Text+Berg dev document with 20, 40 and
//     80 French sentences removed at a quarter, half and three quarters.
//
// Per set it prints the trials, the share of expected omissions found
// by each of the two (pooled over the trials) and the trials where it
// reaches 90 %; how many rows after the gap it takes to be right again
// (the wrong rows after the gap before rightRun right ones in a row, 0
// when the first row after the gap is right; the median, the largest and
// the trials within 3 rows); all the wrong rows among the first
// gapWindow reference rows after the gap and among the gapWindow before
// it (drift that begins early); the source
// sentences the coverage report newly gives as omitted outside the
// stretch; and the time. -v prints each trial.

// gapWindow is how many reference rows after and before a gap are
// checked.
const gapWindow = 50

// A gapCase is an undamaged pair and how to damage its translation.
type gapCase struct {
	name, group string // group: the line of the table it counts in
	a, b        *editions.Edition
	// raw and opts re-read the translation: its input with lines
	// removed.
	raw  string
	opts editions.Options
	// stretches are the translation's line ranges [first, limit) to
	// remove, 1-based, one trial each.
	stretches [][2]int
}

// A gapResult is one trial.
type gapResult struct {
	label                      string
	expected, deleted, covered int // source sentences expected omitted, found by compare, by coverage
	recovery, before           int
	wrongAfter                 []int // ranks of the wrong rows after the gap
	elsewhere                  int
	elapsed                    time.Duration
	skipped                    string
}

func gaps(w io.Writer, eval, set string, verbose bool) error {
	var cases []*gapCase
	var err error
	switch set {
	case "test":
		cases, err = gapTestCases(eval)
	case "dev":
		cases, err = gapDevCases(eval)
	default:
		return fmt.Errorf("-gaps %s: want test or dev", set)
	}
	if err != nil {
		return err
	}
	var groups []string
	byGroup := map[string][]gapResult{}
	for _, c := range cases {
		results, err := c.run()
		if err != nil {
			return err
		}
		if c.group == "" {
			c.group = c.name
		}
		if byGroup[c.group] == nil {
			groups = append(groups, c.group)
		}
		for _, r := range results {
			if verbose {
				if r.skipped != "" {
					fmt.Fprintf(w, "  %s %s: skipped, %s\n", c.name, r.label, r.skipped)
				} else {
					fmt.Fprintf(w, "  %s %s: %d expected, %d deleted, %d in omissions, recovered at %d (wrong rows after: %v), %d wrong before, %d new omissions elsewhere, %.0f ms\n",
						c.name, r.label, r.expected, r.deleted, r.covered, r.recovery, r.wrongAfter, r.before, r.elsewhere, float64(r.elapsed.Microseconds())/1000)
				}
			}
		}
		byGroup[c.group] = append(byGroup[c.group], results...)
	}
	fmt.Fprintln(w, "| texts | trials | omitted found by compare | by coverage | rows to recover: median, max, ≤ 3 | wrong rows after, before the gap | other new omissions (sentences) | time |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	for _, g := range groups {
		results := byGroup[g]
		var exp, del, cov, del90, cov90, within, after, before, elsewhere, n int
		var rec []int
		var elapsed time.Duration
		for _, r := range results {
			if r.skipped != "" {
				continue
			}
			n++
			exp, del, cov = exp+r.expected, del+r.deleted, cov+r.covered
			if 10*r.deleted >= 9*r.expected {
				del90++
			}
			if 10*r.covered >= 9*r.expected {
				cov90++
			}
			if r.recovery <= 3 {
				within++
			}
			rec = append(rec, r.recovery)
			before += r.before
			after += len(r.wrongAfter)
			elsewhere += r.elsewhere
			elapsed += r.elapsed
		}
		if n == 0 {
			fmt.Fprintf(w, "| %s | 0 (all skipped) | | | | | | |\n", g)
			continue
		}
		sort.Ints(rec)
		fmt.Fprintf(w, "| %s | %d (%d sentences) | %.3f (%d of %d trials ≥ 0.9) | %.3f (%d of %d) | %d, %d, %d of %d | %d, %d | %d | %.0f ms |\n",
			g, n, exp, ratio(del, exp), del90, n, ratio(cov, exp), cov90, n, rec[len(rec)/2], rec[len(rec)-1], within, n, after, before, elsewhere,
			float64(elapsed.Microseconds())/1000)
	}
	return nil
}

// run makes the trials of c.
func (c *gapCase) run() ([]gapResult, error) {
	ref := translate(c.a, c.b)
	refCov := align.Coverage(ref, align.CoverageOptions{})
	known := omittedSentences(refCov)
	rowOfTgt := make([]int, len(c.b.Sentences))
	for r, row := range ref.Rows {
		for _, t := range row.Cells[1] {
			rowOfTgt[t] = r
		}
	}
	var out []gapResult
	for _, st := range c.stretches {
		res := gapResult{label: fmt.Sprintf("lines %d-%d", st[0], st[1]-1)}
		t0, t1 := sentenceAtLine(c.b, st[0]), sentenceAtLine(c.b, st[1])
		if st[1] > strings.Count(c.raw, "\n") {
			t1 = len(c.b.Sentences)
		}
		if t0 < 0 || t1 <= t0 {
			res.skipped = "no sentence starts on its first or last line"
			out = append(out, res)
			continue
		}
		// The reference rows holding the stretch: r0..r1-1. One sentence
		// a line, the stretch is widened to the rows' edges.
		r0, r1 := rowOfTgt[t0], rowOfTgt[t1-1]+1
		if c.opts.Presegmented {
			t0, t1 = len(c.b.Sentences), 0
			for r := r0; r < r1; r++ {
				for _, t := range ref.Rows[r].Cells[1] {
					t0, t1 = min(t0, t), max(t1, t+1)
				}
			}
			st = [2]int{t0 + 1, t1 + 1}
			res.label = fmt.Sprintf("lines %d-%d", st[0], st[1]-1)
		}
		clean := true
		for r := r0; r < r1; r++ {
			for _, t := range ref.Rows[r].Cells[1] {
				clean = clean && t >= t0 && t < t1
			}
		}
		if !clean {
			res.skipped = "the reference has a row across its edge"
			out = append(out, res)
			continue
		}
		expected := map[int]bool{}
		for r := r0; r < r1; r++ {
			for _, s := range ref.Rows[r].Cells[0] {
				expected[s] = true
			}
		}
		damaged, err := c.remove(st)
		if err != nil {
			return nil, err
		}
		if len(damaged.Sentences) != len(c.b.Sentences)-(t1-t0) {
			res.skipped = fmt.Sprintf("re-read as %d sentences, not %d", len(damaged.Sentences), len(c.b.Sentences)-(t1-t0))
			out = append(out, res)
			continue
		}
		start := time.Now()
		al := translate(c.a, damaged)
		rep := align.Coverage(al, align.CoverageOptions{})
		res.elapsed = time.Since(start)
		res.expected = len(expected)
		for _, row := range al.Rows {
			if row.Kind == align.Deleted {
				for _, s := range row.Cells[0] {
					if expected[s] {
						res.deleted++
					}
				}
			}
		}
		for s := range omittedSentences(rep) {
			switch {
			case expected[s]:
				res.covered++
			case !known[s]:
				res.elsewhere++
			}
		}
		// Rows of the damaged alignment, by their sentences.
		have := map[string]bool{}
		for _, row := range al.Rows {
			have[cellsKey(row.Cells[0], row.Cells[1], 0)] = true
		}
		right := []bool{}
		for k := 0; k < gapWindow && r1+k < len(ref.Rows); k++ {
			row := ref.Rows[r1+k]
			ok := have[cellsKey(row.Cells[0], row.Cells[1], t1-t0)]
			right = append(right, ok)
			if !ok {
				res.wrongAfter = append(res.wrongAfter, k+1)
			}
		}
		res.recovery = recovered(right)
		for k := 1; k <= gapWindow && r0-k >= 0; k++ {
			row := ref.Rows[r0-k]
			if !have[cellsKey(row.Cells[0], row.Cells[1], 0)] {
				res.before++
			}
		}
		out = append(out, res)
	}
	return out, nil
}

// rightRun is how many right rows in a row count as right again after a
// gap: a wrong row further on is a bead decided otherwise, as the
// aligner does anywhere (its strict F1 is below 0.9), not drift.
const rightRun = 5

// recovered returns how many rows after a gap are wrong before a run of
// rightRun right rows (or right rows up to the end of the text) begins.
func recovered(right []bool) int {
	for k := range right {
		run := 0
		for run < rightRun && k+run < len(right) && right[k+run] {
			run++
		}
		if run == rightRun || k+run == len(right) {
			return k
		}
	}
	return len(right)
}

// remove returns the translation without the lines st.
func (c *gapCase) remove(st [2]int) (*editions.Edition, error) {
	lines := strings.SplitAfter(c.raw, "\n")
	kept := append(append([]string(nil), lines[:st[0]-1]...), lines[min(st[1]-1, len(lines)):]...)
	return editions.Parse(c.b.Path, []byte(strings.Join(kept, "")), c.opts)
}

// cellsKey names a row by its sentences, the translation's shifted down
// by shift.
func cellsKey(src, tgt []int, shift int) string {
	var sb strings.Builder
	for _, s := range src {
		fmt.Fprintf(&sb, "%d,", s)
	}
	sb.WriteByte(':')
	for _, t := range tgt {
		fmt.Fprintf(&sb, "%d,", t-shift)
	}
	return sb.String()
}

// omittedSentences returns the source sentences of a report's omissions.
func omittedSentences(rep *align.CoverageReport) map[int]bool {
	out := map[int]bool{}
	for _, f := range rep.Omissions {
		for _, s := range f.Sentences {
			out[s] = true
		}
	}
	return out
}

func gapTestCases(eval string) ([]*gapCase, error) {
	var out []*gapCase
	gen, err := bibleGapCase(eval, "Gen", "fr-FreJND", "en-KJV", 3)
	if err != nil {
		return nil, err
	}
	out = append(out, gen)
	verne, err := verneGapCase(eval, 4)
	if err != nil {
		return nil, err
	}
	out = append(out, verne)
	for _, doc := range textbergTest {
		c, err := textbergGapCase(eval, doc, []int{20}, []float64{0.5})
		if err != nil {
			return nil, err
		}
		c.group = "Text+Berg test de → fr, 20 sentences removed from the middle"
		out = append(out, c)
	}
	return out, nil
}

func gapDevCases(eval string) ([]*gapCase, error) {
	var out []*gapCase
	for _, bc := range []struct {
		book, src, tgt string
		step           int
	}{
		{"Gen", "de-GerElb1905", "en-ASV", 3},
		{"Ruth", "fr-FreJND", "en-KJV", 1},
		{"Jonah", "fr-FreJND", "en-KJV", 1},
	} {
		c, err := bibleGapCase(eval, bc.book, bc.src, bc.tgt, bc.step)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	c, err := textbergGapCase(eval, "dev", []int{20, 40, 80}, []float64{0.25, 0.5, 0.75})
	if err != nil {
		return nil, err
	}
	return append(out, c), nil
}

// bibleGapCase is a book of two versions, one verse per line, with every
// step-th chapter of the translation removed in turn (the first and the
// last kept, so that text surrounds every gap).
func bibleGapCase(eval, book, src, tgt string, step int) (*gapCase, error) {
	a, b, refs, err := readBiblePair(eval, book, src, tgt)
	if err != nil {
		return nil, err
	}
	c := &gapCase{name: fmt.Sprintf("%s %s → %s, chapters removed", book, src, tgt), a: a, b: b, raw: b.Text,
		opts: editions.Options{Lang: tgt[:2], Format: "text", Presegmented: true}}
	// Lines of each chapter: verse k is on line k+1.
	var starts []int
	last := ""
	for k, r := range refs {
		ch, _, _ := strings.Cut(r, ":")
		if ch != last {
			starts = append(starts, k+1)
			last = ch
		}
	}
	starts = append(starts, len(refs)+1)
	for ch := 1; ch+2 < len(starts); ch += step {
		c.stretches = append(c.stretches, [2]int{starts[ch], starts[ch+1]})
	}
	return c, nil
}

// verneGapCase is Verne's novel with every step-th English chapter
// removed in turn, from its heading to the next chapter's.
func verneGapCase(eval string, step int) (*gapCase, error) {
	dir := filepath.Join(eval, "verne")
	enPath := filepath.Join(dir, "en.pg103.txt")
	raw, err := os.ReadFile(enPath)
	if err != nil {
		return nil, err
	}
	fr, err := editions.Read(filepath.Join(dir, "fr.pg800.txt"), editions.Options{Lang: "fr"})
	if err != nil {
		return nil, err
	}
	opts := editions.Options{Lang: "en"}
	en, err := editions.Parse(enPath, raw, opts)
	if err != nil {
		return nil, err
	}
	heads, err := goldLines(filepath.Join(dir, "chapters.gold.tsv"), 1, 3)
	if err != nil {
		return nil, err
	}
	c := &gapCase{name: "Verne fr → en, chapters removed", a: fr, b: en, raw: string(raw), opts: opts}
	for k := 1; k+1 < len(heads); k += step {
		c.stretches = append(c.stretches, [2]int{heads[k][0], heads[k+1][0]})
	}
	return c, nil
}

// textbergGapCase is a Text+Berg document with n French sentences
// removed, for each n of ns and each fraction f of at, at f of the
// sentences that would be left.
func textbergGapCase(eval, doc string, ns []int, at []float64) (*gapCase, error) {
	dir := filepath.Join(eval, textbergDir)
	de, fr, _, err := textbergDoc(dir, doc)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, doc+".fr"))
	if err != nil {
		return nil, err
	}
	c := &gapCase{name: fmt.Sprintf("Text+Berg %s de → fr, stretches removed", doc), a: de, b: fr, raw: string(raw),
		opts: editions.Options{Lang: "fr", Format: "text", Presegmented: true}}
	for _, n := range ns {
		for _, f := range at {
			// Centred on the fraction f of the document, inside it.
			first := int(f*float64(len(fr.Sentences)-n)) + 1
			if n < len(fr.Sentences) {
				c.stretches = append(c.stretches, [2]int{first, first + n})
			}
		}
	}
	return c, nil
}
