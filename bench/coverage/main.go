// Command coverage measures synoptic's coverage check (align.Coverage) by
// damaging real translations in known ways and counting what the report
// finds. From the evaluation data in ../shared/eval it builds pairs of an
// original and a translation:
//
//   - Genesis, Ruth and Jonah in four language pairs, one verse per line
//     (presegmented) and one paragraph per chapter, where the gold is the
//     verse id: the source verse whose translation was removed is the one
//     that must be reported;
//   - the Communist Manifesto, German → English (Markdown-lite);
//   - Verne's Tour du monde, French → English (Project Gutenberg text).
//
// For the two books there is no sentence gold, so the reference is
// synoptic's own alignment of the undamaged pair: a translation sentence
// is removed only when it is the whole of a confident 1-1 match, and the
// omission expected is that match's source sentence. (That measures the
// report, not the aligner, on those two books.)
//
// Each pair is damaged, with a fixed seed, in three ways, each in
// separate trials:
//
//   - sentences: random single translation sentences removed;
//   - paragraphs: random whole translation paragraphs removed;
//   - numbers: one digit of a number or date changed in random
//     translation sentences whose number or date the source shares.
//
// What the report already flags on the undamaged pair (real translations
// drop and add text) is counted apart and left out of the damage scores:
// a finding counts as found damage only if it is new.
//
// Run it from the repository root:
//
//	go run ./bench/coverage [-eval ../shared/eval] [-seed 1] [-trials 3] [-only NAME] [-v]
//
// It prints a Markdown table: for each group of texts the precision and
// recall of the omissions found (by sentence, and by paragraph for whole
// paragraphs removed), the share of changed numbers reported as
// mismatches, and what is flagged on the undamaged pairs; then, for all
// texts, the precision and recall of both kinds of removal at other
// confidence thresholds of the report. -v prints the findings on the
// undamaged pairs and every miss; with COVDEBUG=1 in the environment,
// also the alignment rows around each miss; with COVDUMP=DIR, every
// damaged translation is written to DIR, numbered in the order made.
//
// How each score is computed. B is the set of source sentences the report
// on the undamaged pair gives as omitted or shortened (at the default
// confidence), D the same for the damaged pair, G the source sentences
// whose translation was removed (the gold).
//
//   - sentences removed, P / R, and the paragraph trials' "sentences P /
//     R": by sentence, with B left out of both sides: P = |(D−B) ∩ G| /
//     |D−B|, R = |(D−B) ∩ (G−B)| / |G−B|.
//   - paragraphs removed, P / R: R counts the removed paragraphs with any
//     gold sentence outside B, and finds one when at least half of those
//     sentences are in D. P counts the damaged report's findings whose id
//     is not an id of the undamaged report, and takes one as right when at
//     least half of all its sentences are in G. Since an id holds the
//     finding's kind and all its sentences, an omission already reported
//     undamaged and reported again after the damage as "shortened" rather
//     than "omitted", or with one sentence more or less, counts as a new
//     finding, and as a wrong one.
//   - paragraphs removed, undamaged findings left out by sentence: P / R:
//     the same, but with B left out as in the sentence scores. R is the
//     R above (whose gold already leaves B out). P counts the damaged
//     report's findings with at least one sentence outside B, and takes
//     one as right when at least half of its sentences outside B are in
//     G; a finding all of whose sentences are in B is no prediction.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

func main() {
	eval := flag.String("eval", filepath.Join("..", "shared", "eval"), "evaluation data directory")
	seed := flag.Int64("seed", 1, "random seed of the damage")
	trials := flag.Int("trials", 3, "trials of each kind of damage per pair")
	verbose := flag.Bool("v", false, "print the findings on the undamaged pairs and the damage missed")
	only := flag.String("only", "", "run only the pairs whose name contains this")
	flag.Parse()
	if _, err := os.Stat(*eval); err != nil {
		fmt.Fprintf(os.Stderr, "coverage: evaluation data not found at %s (it lives beside the repository; see -eval)\n", *eval)
		os.Exit(2)
	}
	b := &bench{eval: *eval, seed: *seed, trials: *trials, verbose: *verbose, only: *only}
	if err := b.run(); err != nil {
		fmt.Fprintln(os.Stderr, "coverage:", err)
		os.Exit(2)
	}
}

type bench struct {
	eval    string
	seed    int64
	trials  int
	verbose bool
	only    string
	// the last damaged alignment, for debugging
	lastAl  *align.Alignment
	lastRep *align.CoverageReport
	baseAll *align.CoverageReport
	dumps   int
	// sentence-trial tallies by confidence threshold
	byThreshold [len(thresholds)]tally
	// paragraph-trial tallies by confidence threshold (new by id)
	paraByThreshold [len(thresholds)]tally
}

// thresholds are the confidence thresholds the sentence trials are also
// scored at, to show the trade-off CoverageOptions.MinConfidence makes.
var thresholds = [...]float64{0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9}

// flaggedAt returns the source sentences of r's omissions of confidence
// at least min.
func flaggedAt(r *align.CoverageReport, min float64) map[int]bool {
	m := map[int]bool{}
	for _, f := range r.Omissions {
		if f.Confidence >= min {
			for _, s := range f.Sentences {
				m[s] = true
			}
		}
	}
	return m
}

// A pair is an original and a translation, with what is needed to damage
// and re-read the translation.
type pair struct {
	name     string
	group    string // "bible", "manifesto", "verne"
	src, tgt *editions.Edition
	// srcIDs and tgtIDs are the verse ids of each sentence (Bible only).
	srcIDs, tgtIDs []string
	// reread parses a damaged translation text.
	reread func(text string) (*editions.Edition, error)
}

// tally accumulates true positives, predictions and gold counts.
type tally struct{ tp, pred, gold, tpGold int }

func (t *tally) precision() float64 { return ratio(t.tp, t.pred) }
func (t *tally) recall() float64    { return ratio(t.tpGold, t.gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

type groupResult struct {
	sentences, paragraphs, paraSentences, numbers tally
	// paraNew is the paragraph trials scored by new sentences rather
	// than new finding ids (see the doc comment).
	paraNew                                   tally
	pairs, matches                            int
	baseOmissions, baseAdditions              int
	baseNumberMismatches, baseOtherMismatches int
	elapsed                                   time.Duration
	srcSentences                              int
}

func (b *bench) run() error {
	pairs, err := b.pairs()
	if err != nil {
		return err
	}
	results := map[string]*groupResult{}
	var order []string
	var verne time.Duration
	for _, p := range pairs {
		if !strings.Contains(p.name, b.only) {
			continue
		}
		g := results[p.group]
		if g == nil {
			g = &groupResult{}
			results[p.group] = g
			order = append(order, p.group)
		}
		// The time of one check as a user runs it: align, then report.
		start := time.Now()
		al, _ := align.Align([]*editions.Edition{p.src, p.tgt}, align.Options{Mode: align.TranslationMode})
		base := align.Coverage(al, align.CoverageOptions{})
		el := time.Since(start)
		al, _ = align.Align([]*editions.Edition{p.src, p.tgt}, align.Options{Mode: align.TranslationMode})
		b.baseAll = align.Coverage(al, align.CoverageOptions{MinConfidence: -1})
		g.elapsed += el
		if p.group == "verne" {
			verne = el
		}
		g.pairs++
		g.srcSentences += len(p.src.Sentences)
		al, _ = align.Align([]*editions.Edition{p.src, p.tgt}, align.Options{Mode: align.TranslationMode})
		for _, r := range al.Rows {
			if r.Kind == align.Match {
				g.matches++
			}
		}
		g.baseOmissions += len(base.Omissions)
		g.baseAdditions += len(base.Additions)
		for _, m := range base.Mismatches {
			if m.Kind == align.NumberMismatch || m.Kind == align.DateMismatch {
				g.baseNumberMismatches++
			} else {
				g.baseOtherMismatches++
			}
		}
		if b.verbose {
			printBaseline(p, base)
		}
		rng := rand.New(rand.NewSource(b.seed + int64(len(p.name))*7919 + int64(p.name[0])))
		for t := 0; t < b.trials; t++ {
			if err := b.sentenceTrial(p, al, base, rng, &g.sentences); err != nil {
				return err
			}
			if err := b.paragraphTrial(p, al, base, rng, &g.paragraphs, &g.paraSentences, &g.paraNew); err != nil {
				return err
			}
			if err := b.numberTrial(p, al, base, rng, &g.numbers); err != nil {
				return err
			}
		}
		fmt.Fprintf(os.Stderr, "%-40s %5d sentences  %v\n", p.name, len(p.src.Sentences), el.Round(time.Millisecond))
	}

	fmt.Printf("\nDamage found by synoptic coverage (seed %d, %d trials of each kind per pair)\n\n", b.seed, b.trials)
	fmt.Println("| texts | pairs | sentences removed: P / R | paragraphs removed: P / R (sentences P / R) | paragraphs removed, undamaged findings left out by sentence: P / R | numbers changed: found | undamaged: omissions, additions | undamaged: number/date mismatches per 100 pairs (other mismatches) |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	total := &groupResult{}
	for _, name := range order {
		g := results[name]
		printRow(name, g)
		add(total, g)
	}
	printRow("all", total)
	fmt.Printf("\nSingle sentences removed, all texts, by the confidence threshold of the report:\n\n| min confidence | precision | recall |\n|---|---|---|\n")
	for k, th := range thresholds {
		fmt.Printf("| %.2f | %.3f | %.3f |\n", th, b.byThreshold[k].precision(), b.byThreshold[k].recall())
	}
	fmt.Printf("\nWhole paragraphs removed, all texts, by the confidence threshold of the report (new finding = new id):\n\n| min confidence | precision | recall |\n|---|---|---|\n")
	for k, th := range thresholds {
		fmt.Printf("| %.2f | %.3f | %.3f |\n", th, b.paraByThreshold[k].precision(), b.paraByThreshold[k].recall())
	}
	if verne > 0 {
		fmt.Printf("\nVerne (%d + %d sentences): aligned and checked in %v\n", len(pairs[len(pairs)-1].src.Sentences), len(pairs[len(pairs)-1].tgt.Sentences), verne.Round(time.Millisecond))
	}
	return nil
}

func add(t, g *groupResult) {
	for _, pp := range [][2]*tally{{&t.sentences, &g.sentences}, {&t.paragraphs, &g.paragraphs}, {&t.paraSentences, &g.paraSentences}, {&t.paraNew, &g.paraNew}, {&t.numbers, &g.numbers}} {
		pp[0].tp += pp[1].tp
		pp[0].pred += pp[1].pred
		pp[0].gold += pp[1].gold
		pp[0].tpGold += pp[1].tpGold
	}
	t.pairs += g.pairs
	t.matches += g.matches
	t.baseOmissions += g.baseOmissions
	t.baseAdditions += g.baseAdditions
	t.baseNumberMismatches += g.baseNumberMismatches
	t.baseOtherMismatches += g.baseOtherMismatches
}

func printRow(name string, g *groupResult) {
	fmt.Printf("| %s | %d | %.3f / %.3f (%d removed) | %.3f / %.3f (%.3f / %.3f; %d removed) | %.3f / %.3f (%d new findings) | %.3f (%d of %d) | %d, %d | %.2f (%d) |\n",
		name, g.pairs,
		g.sentences.precision(), g.sentences.recall(), g.sentences.gold,
		g.paragraphs.precision(), g.paragraphs.recall(), g.paraSentences.precision(), g.paraSentences.recall(), g.paragraphs.gold,
		g.paraNew.precision(), g.paraNew.recall(), g.paraNew.pred,
		g.numbers.recall(), g.numbers.tpGold, g.numbers.gold,
		g.baseOmissions, g.baseAdditions,
		100*float64(g.baseNumberMismatches)/float64(max(1, g.matches)), g.baseOtherMismatches)
}

// flagged returns the source sentences a report gives as omitted.
func flagged(r *align.CoverageReport) map[int]bool {
	m := map[int]bool{}
	for _, f := range r.Omissions {
		for _, s := range f.Sentences {
			m[s] = true
		}
	}
	return m
}

// gold returns the source sentences whose translation is the removed
// target sentences: by verse id for the Bible, else by the undamaged
// alignment's matches all of whose translation was removed.
func gold(p *pair, al *align.Alignment, removed map[int]bool) map[int]bool {
	g := map[int]bool{}
	if p.srcIDs != nil {
		ids := map[string]bool{}
		for j := range removed {
			ids[p.tgtIDs[j]] = true
		}
		for i, id := range p.srcIDs {
			if ids[id] {
				g[i] = true
			}
		}
		return g
	}
	for _, r := range al.Rows {
		if r.Kind != align.Match {
			continue
		}
		all := true
		for _, j := range r.Cells[1] {
			all = all && removed[j]
		}
		if all {
			for _, i := range r.Cells[0] {
				g[i] = true
			}
		}
	}
	return g
}

// score adds to t the predictions new in damaged (not flagged on the
// undamaged pair) against the gold, both at sentence level.
func score(t *tally, base, damaged map[int]bool, g map[int]bool) map[int]bool {
	pred := map[int]bool{}
	for s := range damaged {
		if !base[s] {
			pred[s] = true
		}
	}
	for s := range pred {
		t.pred++
		if g[s] {
			t.tp++
		}
	}
	for s := range g {
		if base[s] {
			continue // already reported on the undamaged pair
		}
		t.gold++
		if pred[s] {
			t.tpGold++
		}
	}
	return pred
}

// removable lists the translation sentences a trial may remove: in text
// paragraphs of at least two sentences (so that a paragraph stays), and,
// without verse ids, the whole of a confident 1-1 match.
func removable(p *pair, al *align.Alignment) []int {
	var out []int
	if p.tgtIDs != nil {
		src := map[string]bool{}
		for _, id := range p.srcIDs {
			src[id] = true
		}
		same := sameVersification(p)
		for j, id := range p.tgtIDs {
			if src[id] && same[chapterOf(id)] {
				out = append(out, j)
			}
		}
		return out
	}
	for _, r := range al.Rows {
		if r.Kind != align.Match || len(r.Cells[0]) != 1 || len(r.Cells[1]) != 1 || r.Score < 0.5 {
			continue
		}
		j := r.Cells[1][0]
		s := p.tgt.Sentences[j]
		para := p.tgt.Paragraphs[s.Paragraph]
		if para.Kind != editions.Text || para.Limit-para.First < 2 || countLetters(s.Text) < 10 {
			continue
		}
		if p.src.Paragraphs[p.src.Sentences[r.Cells[0][0]].Paragraph].Kind != editions.Text {
			continue
		}
		out = append(out, j)
	}
	return out
}

// sameVersification returns the chapters numbered alike in both
// versions of a Bible pair: with as many verses in each. Versification
// traditions differ (German and French editions put Genesis 31:55 at
// 32:1, Jonah 1:17 at 2:1), and where they do a verse id names different
// text in the two versions, so it is no gold there.
func sameVersification(p *pair) map[string]bool {
	count := func(ids []string) map[string]int {
		m := map[string]int{}
		for _, id := range ids {
			m[chapterOf(id)]++
		}
		return m
	}
	a, b := count(p.srcIDs), count(p.tgtIDs)
	same := map[string]bool{}
	for ch, n := range a {
		if b[ch] == n {
			same[ch] = true
		}
	}
	return same
}

// chapterOf returns "Genesis 31" for "Genesis 31:55".
func chapterOf(id string) string {
	ch, _, _ := strings.Cut(id, ":")
	return ch
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// sample draws n distinct elements of xs, none adjacent to another (two
// adjacent removals are a two-sentence omission, not two single ones).
func sample(rng *rand.Rand, xs []int, n int) []int {
	perm := rng.Perm(len(xs))
	taken := map[int]bool{}
	var out []int
	for _, k := range perm {
		x := xs[k]
		if taken[x-1] || taken[x+1] || taken[x] {
			continue
		}
		taken[x] = true
		out = append(out, x)
		if len(out) == n {
			break
		}
	}
	sort.Ints(out)
	return out
}

func (b *bench) sentenceTrial(p *pair, al *align.Alignment, base *align.CoverageReport, rng *rand.Rand, t *tally) error {
	cands := removable(p, al)
	n := min(30, max(3, len(p.tgt.Sentences)/100))
	rm := sample(rng, cands, n)
	removed := map[int]bool{}
	for _, j := range rm {
		removed[j] = true
	}
	rep, err := b.damage(p, removed)
	if err != nil {
		return err
	}
	g := gold(p, al, removed)
	pred := score(t, flagged(base), flagged(rep), g)
	for k, th := range thresholds {
		score(&b.byThreshold[k], flaggedAt(b.baseAll, th), flaggedAt(b.lastRep, th), g)
	}
	if b.verbose {
		for s := range pred {
			if !g[s] {
				fmt.Printf("  [%s] false omission: %d %q\n", p.name, s, p.src.Sentences[s].Text)
				if os.Getenv("COVDEBUG") != "" {
					b.printRows(s)
				}
			}
		}
		for s := range g {
			if !pred[s] && !flagged(base)[s] {
				fmt.Printf("  [%s] missed omission: %d %q\n", p.name, s, p.src.Sentences[s].Text)
				if os.Getenv("COVDEBUG") != "" {
					b.printRows(s)
				}
			}
		}
	}
	return nil
}

func (b *bench) paragraphTrial(p *pair, al *align.Alignment, base *align.CoverageReport, rng *rand.Rand, t, ts, tn *tally) error {
	var cands []int
	var same map[string]bool
	if p.tgtIDs != nil {
		same = sameVersification(p)
	}
	for k, para := range p.tgt.Paragraphs {
		if para.Kind != editions.Text || para.Limit == para.First {
			continue
		}
		if same != nil && !same[chapterOf(p.tgtIDs[para.First])] {
			continue
		}
		cands = append(cands, k)
	}
	// One paragraph in ten at most: a book with half its chapters gone
	// is not a translation with omissions.
	n := min(4, max(1, len(cands)/10))
	paras := sample(rng, cands, n)
	removed := map[int]bool{}
	for _, k := range paras {
		for j := p.tgt.Paragraphs[k].First; j < p.tgt.Paragraphs[k].Limit; j++ {
			removed[j] = true
		}
	}
	rep, err := b.damage(p, removed)
	if err != nil {
		return err
	}
	g := gold(p, al, removed)
	baseFlags := flagged(base)
	score(ts, baseFlags, flagged(rep), g)
	for k, th := range thresholds {
		b.scoreParagraphs(&b.paraByThreshold[k], nil, p, al, paras, g, b.baseAll, b.lastRep, th)
	}
	// Paragraph level, as the report is by default; tn shares the
	// recall.
	b.scoreParagraphs(t, tn, p, al, paras, g, base, rep, math.Inf(-1))
	// By sentence: a finding is new when it reports a source sentence
	// the undamaged pair does not, and is judged on those sentences only.
	for _, f := range rep.Omissions {
		in, n := 0, 0
		for _, s := range f.Sentences {
			if baseFlags[s] {
				continue
			}
			n++
			if g[s] {
				in++
			}
		}
		if n == 0 {
			continue
		}
		tn.pred++
		if 2*in >= n {
			tn.tp++
		}
	}
	return nil
}

// scoreParagraphs adds to t the paragraph-trial scores of the damaged
// report rep against the undamaged base, both taken at confidence th: a
// removed paragraph is found when at least half of its gold sentences
// not flagged on the base are flagged; a finding whose id is not the
// base's is right when at least half of its sentences are gold. tn, if
// not nil, gets the same recall. With -v, what is missed and what is
// wrong is printed.
func (b *bench) scoreParagraphs(t, tn *tally, p *pair, al *align.Alignment, paras []int, g map[int]bool, base, rep *align.CoverageReport, th float64) {
	verbose := b.verbose && tn != nil
	baseFlags, fl := flaggedAt(base, th), flaggedAt(rep, th)
	for _, k := range paras {
		var gs []int
		for j := p.tgt.Paragraphs[k].First; j < p.tgt.Paragraphs[k].Limit; j++ {
			for s := range gold(p, al, map[int]bool{j: true}) {
				if !baseFlags[s] {
					gs = append(gs, s)
				}
			}
		}
		if len(gs) == 0 {
			continue
		}
		sort.Ints(gs)
		hit := 0
		for _, s := range gs {
			if fl[s] {
				hit++
			}
		}
		found := 2*hit >= len(gs)
		for _, x := range []*tally{t, tn} {
			if x != nil {
				x.gold++
				if found {
					x.tpGold++
				}
			}
		}
		if !found && verbose {
			fmt.Printf("  [%s] missed paragraph %d (%d of %d sentences found: %v)\n", p.name, k, hit, len(gs), gs)
			if os.Getenv("COVDEBUG") != "" {
				b.printRows(gs[0])
			}
		}
	}
	baseIDs := map[string]bool{}
	for _, f := range base.Omissions {
		if f.Confidence >= th {
			baseIDs[f.ID] = true
		}
	}
	for _, f := range rep.Omissions {
		if f.Confidence < th || baseIDs[f.ID] {
			continue
		}
		in := 0
		for _, s := range f.Sentences {
			if g[s] {
				in++
			}
		}
		t.pred++
		if 2*in >= len(f.Sentences) {
			t.tp++
		} else if verbose {
			fmt.Printf("  [%s] false paragraph-trial omission (%s %.2f %v): %q\n", p.name, f.Kind, f.Confidence, f.Sentences, trunc(f.Text))
			if os.Getenv("COVDEBUG") != "" {
				b.printRows(f.Sentences[0])
			}
		}
	}
}

func (b *bench) numberTrial(p *pair, al *align.Alignment, base *align.CoverageReport, rng *rand.Rand, t *tally) error {
	// Candidates: a number or date of a translation sentence of a match
	// whose source has the same key.
	type cand struct {
		sent       int
		start, end int // digits to change, offsets into tgt.Text
	}
	var cands []cand
	for _, r := range al.Rows {
		if r.Kind != align.Match {
			continue
		}
		keys := map[string]bool{}
		for _, i := range r.Cells[0] {
			for _, a := range anchors.Extract(p.src.Sentences[i].Text, p.src.Lang) {
				keys[a.Key] = true
			}
		}
		for _, j := range r.Cells[1] {
			s := p.tgt.Sentences[j]
			for _, a := range anchors.Extract(s.Text, p.tgt.Lang) {
				if (a.Kind != anchors.Number && a.Kind != anchors.Date) || !keys[a.Key] {
					continue
				}
				// The last run of digits of the anchor, found in the raw text.
				v := s.Text[a.Start:a.End]
				k := strings.LastIndexAny(v, "0123456789")
				if k < 0 {
					continue
				}
				raw := p.tgt.Text[s.Start:s.End]
				at := strings.Index(raw, strings.TrimSpace(v))
				if at < 0 || strings.Count(raw, v) != 1 {
					continue
				}
				cands = append(cands, cand{sent: j, start: s.Start + at + k, end: s.Start + at + k + 1})
				break
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	perm := rng.Perm(len(cands))
	n := min(20, len(cands))
	chosen := map[int]cand{}
	for _, k := range perm {
		c := cands[k]
		if _, ok := chosen[c.sent]; ok {
			continue
		}
		chosen[c.sent] = c
		if len(chosen) == n {
			break
		}
	}
	text := []byte(p.tgt.Text)
	var sents []int
	for j := range chosen {
		sents = append(sents, j)
	}
	sort.Ints(sents) // map order would make the digits drawn differ run to run
	for _, j := range sents {
		c := chosen[j]
		d := text[c.start] - '0'
		text[c.start] = '0' + byte((int(d)+1+rng.Intn(8))%10)
	}
	tgt, err := p.reread(string(text))
	if err != nil {
		return err
	}
	if len(tgt.Sentences) != len(p.tgt.Sentences) {
		return fmt.Errorf("%s: changing digits changed the number of sentences", p.name)
	}
	altered, _ := align.Align([]*editions.Edition{p.src, tgt}, align.Options{Mode: align.TranslationMode})
	rep := align.Coverage(altered, align.CoverageOptions{})
	baseIDs := map[string]bool{}
	for _, m := range base.Mismatches {
		baseIDs[m.ID] = true
	}
	found := map[int]bool{}
	for _, m := range rep.Mismatches {
		if baseIDs[m.ID] || (m.Kind != align.NumberMismatch && m.Kind != align.DateMismatch) {
			continue
		}
		for _, j := range m.Target {
			if _, ok := chosen[j]; ok {
				found[j] = true
			}
		}
	}
	for j := range chosen {
		t.gold++
		if found[j] {
			t.tpGold++
		} else if b.verbose {
			fmt.Printf("  [%s] missed number change in %q\n", p.name, trunc(tgt.Sentences[j].Text))
		}
	}
	return nil
}

// damage removes the translation sentences removed and checks the result.
func (b *bench) damage(p *pair, removed map[int]bool) (*align.CoverageReport, error) {
	var sb strings.Builder
	if p.tgtIDs != nil {
		// Presegmented: rebuild the lines, keeping chapter breaks.
		for j, s := range p.tgt.Sentences {
			if j > 0 && s.Paragraph != p.tgt.Sentences[j-1].Paragraph {
				sb.WriteString("\n")
			}
			if !removed[j] {
				sb.WriteString(s.Text + "\n")
			}
		}
	} else {
		last := 0
		for j, s := range p.tgt.Sentences {
			if removed[j] {
				sb.WriteString(p.tgt.Text[last:s.Start])
				last = s.End
			}
		}
		sb.WriteString(p.tgt.Text[last:])
	}
	tgt, err := p.reread(sb.String())
	if err != nil {
		return nil, err
	}
	if dir := os.Getenv("COVDUMP"); dir != "" {
		b.dumps++
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("damaged-%d.txt", b.dumps)), []byte(sb.String()), 0o644); err != nil {
			return nil, err
		}
	}
	b.lastAl, _ = align.Align([]*editions.Edition{p.src, tgt}, align.Options{Mode: align.TranslationMode})
	b.lastRep = align.Coverage(b.lastAl, align.CoverageOptions{MinConfidence: -1})
	return align.Coverage(b.lastAl, align.CoverageOptions{}), nil
}

// printRows prints the rows of the last damaged alignment around source
// sentence s, and its omission findings there, for debugging.
func (b *bench) printRows(s int) {
	for _, r := range b.lastAl.Rows {
		if len(r.Cells[0]) > 0 && r.Cells[0][0] <= s+2 && r.Cells[0][len(r.Cells[0])-1] >= s-2 {
			fmt.Printf("      row %v %v %.2f\n", r.Cells, r.Kind, r.Score)
		}
	}
	for _, f := range b.lastRep.Omissions {
		if f.Sentences[0] <= s+2 && f.Sentences[len(f.Sentences)-1] >= s-2 {
			fmt.Printf("      omission %v %s %.2f\n", f.Sentences, f.Kind, f.Confidence)
		}
	}
}

func trunc(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}

func printBaseline(p *pair, r *align.CoverageReport) {
	fmt.Printf("== %s: %d omissions, %d additions, %d mismatches on the undamaged pair\n", p.name, len(r.Omissions), len(r.Additions), len(r.Mismatches))
	for _, f := range r.Omissions {
		fmt.Printf("  omission %s %.2f %v %q\n", f.Kind, f.Confidence, f.Sentences, trunc(f.Text))
	}
	for _, f := range r.Additions {
		fmt.Printf("  addition %s %.2f %q\n", f.Kind, f.Confidence, trunc(f.Text))
	}
	for _, m := range r.Mismatches {
		fmt.Printf("  mismatch %s %q %q in %q\n", m.Kind, m.SourceValue, m.TargetValue, trunc(p.src.Sentences[m.Source[0]].Text))
	}
}

// pairs reads the evaluation texts.
func (b *bench) pairs() ([]*pair, error) {
	var out []*pair
	biblePairs := [][2]string{
		{"en-KJV", "fr-FreJND"},
		{"de-GerElb1905", "en-ASV"},
		{"fr-FreCrampon", "es-SpaRV"},
		{"es-SpaRV", "de-GerBoLut"},
	}
	for _, bp := range biblePairs {
		for _, book := range []string{"Gen", "Ruth", "Jonah"} {
			p, err := b.biblePair(bp[0], bp[1], book)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
	}
	man := filepath.Join(b.eval, "manifesto")
	p, err := b.bookPair("manifesto", "Manifesto de→en", filepath.Join(man, "de.mew4-mlwerke.md"), filepath.Join(man, "en.moore1888-mia.md"), editions.Options{Lang: "de"}, editions.Options{Lang: "en"})
	if err != nil {
		return nil, err
	}
	out = append(out, p)
	verne := filepath.Join(b.eval, "verne")
	p, err = b.bookPair("verne", "Verne fr→en", filepath.Join(verne, "fr.pg800.txt"), filepath.Join(verne, "en.pg103.txt"), editions.Options{Lang: "fr"}, editions.Options{Lang: "en"})
	if err != nil {
		return nil, err
	}
	out = append(out, p)
	return out, nil
}

func (b *bench) bookPair(group, name, srcPath, tgtPath string, so, to editions.Options) (*pair, error) {
	src, err := editions.Read(srcPath, so)
	if err != nil {
		return nil, err
	}
	tgt, err := editions.Read(tgtPath, to)
	if err != nil {
		return nil, err
	}
	base := filepath.Base(tgtPath)
	return &pair{name: name, group: group, src: src, tgt: tgt, reread: func(text string) (*editions.Edition, error) {
		return editions.Parse(base, []byte(text), to)
	}}, nil
}

// biblePair reads book in two versions from their .tsv files, one verse
// per line and a blank line between chapters.
func (b *bench) biblePair(sv, tv, book string) (*pair, error) {
	read := func(v string) (*editions.Edition, []string, error) {
		path := filepath.Join(b.eval, "bible", v+"."+book+".tsv")
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		var sb strings.Builder
		var ids []string
		chapter := ""
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			ref, text, ok := strings.Cut(line, "\t")
			text = strings.TrimSpace(text)
			if !ok || text == "" {
				continue
			}
			ch, _, _ := strings.Cut(ref[strings.LastIndexByte(ref, ' ')+1:], ":")
			if chapter != "" && ch != chapter {
				sb.WriteString("\n")
			}
			chapter = ch
			sb.WriteString(text + "\n")
			ids = append(ids, ref)
		}
		if err := sc.Err(); err != nil {
			return nil, nil, err
		}
		lang := v[:2]
		e, err := editions.Parse(v+"."+book+".txt", []byte(sb.String()), editions.Options{Lang: lang, Presegmented: true, Format: "text"})
		if err != nil {
			return nil, nil, err
		}
		if len(e.Sentences) != len(ids) {
			return nil, nil, fmt.Errorf("%s: %d sentences for %d verses", path, len(e.Sentences), len(ids))
		}
		return e, ids, nil
	}
	src, sids, err := read(sv)
	if err != nil {
		return nil, err
	}
	tgt, tids, err := read(tv)
	if err != nil {
		return nil, err
	}
	to := editions.Options{Lang: tv[:2], Presegmented: true, Format: "text"}
	return &pair{
		name: fmt.Sprintf("%s %s→%s", book, sv, tv), group: "bible", src: src, tgt: tgt, srcIDs: sids, tgtIDs: tids,
		reread: func(text string) (*editions.Edition, error) {
			return editions.Parse(tv+"."+book+".txt", []byte(text), to)
		},
	}, nil
}
