package main

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// Calibration of row scores (align/calibrate.go): -fit fits the weights
// on the development data and prints them as Go; -calibrate aligns the
// held-out data as the CLI does and prints, for each set, how often
// rows are right against the score they were given (a reliability
// table), the expected calibration error and the precision of the rows
// scored 0.9 or more.

// A calDoc is a pair of editions with a judge of its rows.
type calDoc struct {
	name  string
	a, b  *editions.Edition
	right func(*align.Alignment) []bool
}

// A calSet is a group of documents reported together.
type calSet struct {
	name     string
	versions bool // versions of one text rather than translations
	docs     []calDoc
}

// The Bible pairs: translations into English from versions the verse
// numbering of which is KJV's or can be brought to it (readVerseBook),
// and KJV against ASV for versions. Genesis is the development book;
// Ruth, Jonah, Mark and Psalm 136, and the Greek and Vietnamese versions,
// are held out.
var (
	devTranslations  = []string{"de-GerElb1905>en-KJV", "fr-FreJND>en-ASV", "es-SpaRV>en-KJV"}
	testTranslations = []string{"de-GerElb1905>en-KJV", "fr-FreJND>en-ASV", "es-SpaRV>en-KJV", "el-GreVamvas>en-ASV", "vi-Viet>en-KJV"}
)

// nearRate is the share of a translation's verses that begin a passage
// set a few verses on (damage.nearRate): one in sixty, rarer than a run
// dropped (one in fifty), since translators keep the order far more
// often than not, but common enough that a passage set across its
// neighbours is in the data the weights are fitted on and judged by.
const nearRate = 1.0 / 60

// bibleDamage starts a run of one to four dropped verses, from either
// side, at one verse in fifty, moves a share moveRate of the second
// version's verses 5 to 30 verses on, and sets a share nearRate of them
// at the start of a passage of one to three verses a few verses on.
func bibleDamage(seed int64, moveRate, nearRate float64) damage {
	return damage{dropRate: 0.02, maxRun: 4, moveRate: moveRate, nearRate: nearRate, seed: seed}
}

// calibrationSets returns the development sets (fitted on) or the test
// sets (reported on).
func calibrationSets(eval string, dev bool) ([]calSet, error) {
	gold := filepath.Join(eval, textbergDir)
	bible := filepath.Join(eval, "bible")
	tb := calSet{name: "Text+Berg test"}
	docs := textbergTest
	if dev {
		tb.name, docs = "Text+Berg dev", []string{"dev"}
	}
	for _, doc := range docs {
		a, b, g, err := textbergDoc(gold, doc)
		if err != nil {
			return nil, err
		}
		inGold := map[string]bool{}
		for _, x := range g {
			inGold[x.String()] = true
		}
		tb.docs = append(tb.docs, calDoc{doc, a, b, func(al *align.Alignment) []bool {
			out := make([]bool, len(al.Rows))
			for k := range al.Rows {
				out[k] = inGold[al.RowBead(k).String()]
			}
			return out
		}})
	}
	tr := calSet{name: "Bible translations, verses dropped (Ruth, Jonah; also Greek, Vietnamese)"}
	vs := calSet{name: "Bible versions, verses dropped and moved (KJV→ASV: Ruth, Jonah, Mark, Ps 136; ASV→ASV: Mark)", versions: true}
	books, pairs := []string{"Ruth", "Jonah"}, testTranslations
	vbooks := []string{"Ruth", "Jonah", "Mark", "Ps136"}
	if dev {
		tr.name, vs.name = "Bible translations, verses dropped (Genesis)", "Bible versions, verses dropped and moved (Genesis KJV→ASV, KJV→KJV)"
		books, pairs, vbooks = []string{"Gen"}, devTranslations, []string{"Gen"}
	}
	seed := int64(1)
	if !dev {
		seed = 1000 // other damage than the development data's
	}
	add := func(set *calSet, book, pair string, moveRate, nearRate float64) error {
		from, to, _ := strings.Cut(pair, ">")
		va, err := readVerseBook(filepath.Join(bible, from+"."+book+".tsv"), strings.SplitN(from, "-", 2)[0])
		if err != nil {
			return err
		}
		vb, err := readVerseBook(filepath.Join(bible, to+"."+book+".tsv"), strings.SplitN(to, "-", 2)[0])
		if err != nil {
			return err
		}
		seed++
		p, err := makeVersePair(book+" "+from+"→"+to, va, vb, bibleDamage(seed, moveRate, nearRate))
		if err != nil {
			return err
		}
		set.docs = append(set.docs, calDoc{p.name, p.a, p.b, p.right})
		return nil
	}
	for _, book := range books {
		for _, pair := range pairs {
			if err := add(&tr, book, pair, 0, nearRate); err != nil {
				return nil, err
			}
		}
	}
	for _, book := range vbooks {
		// One verse in 300 moved, 5 to 30 verses on: moves are rarer
		// than omissions (a run of verses dropped at one verse in 50).
		// The share matters: a move the comparison misses is a wrong
		// deletion and a wrong insertion, and so it sets how far an
		// isolated unpaired sentence is to be trusted.
		if err := add(&vs, book, "en-KJV>en-ASV", 1.0/300, 0); err != nil {
			return nil, err
		}
	}
	// A printing against itself, damaged: the moves a comparison finds,
	// which revisions as free as the ASV's hide, and near-identical
	// texts. One verse in a hundred moved.
	same := "en-KJV>en-KJV"
	if !dev {
		same, vbooks = "en-ASV>en-ASV", []string{"Mark"}
	}
	for _, book := range vbooks {
		if err := add(&vs, book, same, 0.01, 0); err != nil {
			return nil, err
		}
	}
	return []calSet{tb, tr, vs}, nil
}

// fitCalibration prints the weights fitted on the development sets.
func fitCalibration(w io.Writer, eval string) error {
	sets, err := calibrationSets(eval, true)
	if err != nil {
		return err
	}
	var xt, xv [][]float64
	var yt, yv []bool
	for _, set := range sets {
		for _, d := range set.docs {
			mode := align.TranslationMode
			if set.versions {
				mode = align.VersionsMode
			}
			al, ev, versions := align.RowEvidence(d.a, d.b, mode, align.VersionOptions{})
			right := d.right(al)
			if versions {
				xv, yv = append(xv, ev...), append(yv, right...)
			} else {
				xt, yt = append(xt, ev...), append(yt, right...)
			}
		}
	}
	fmt.Fprintf(w, "// %d translation rows, %d version rows.\n", len(xt), len(xv))
	printWeights(w, "translationWeights", align.FitCalibration(xt, yt), align.TranslationEvidenceNames[:])
	printWeights(w, "versionWeights", align.FitCalibration(xv, yv), align.VersionEvidenceNames[:])
	return nil
}

func printWeights(w io.Writer, name string, ws []float64, names []string) {
	fmt.Fprintf(w, "%s = [...]float64{\n", name)
	for k, x := range ws {
		fmt.Fprintf(w, "\t%.4f, // %s\n", x, names[k])
	}
	fmt.Fprintln(w, "}")
}

// A setReliability is the reliability of one set's rows, calibrated and,
// for translations, with the aligner's raw confidence.
type setReliability struct {
	set      calSet
	cal, raw reliability
	// For translations, the source sentences left without counterpart
	// (Deleted rows): by their row's score, and by the confidence the
	// coverage check reports their omission with.
	gapScore, gapReport reliability
}

// hasMoves reports whether al has Moved rows.
func hasMoves(al *align.Alignment) bool {
	for _, r := range al.Rows {
		if r.Kind == align.Moved {
			return true
		}
	}
	return false
}

// measureCalibration aligns the test sets (or, with dev, the development
// sets) as the CLI does and judges their rows; the last result is all
// the translations together.
func measureCalibration(eval string, dev bool) ([]setReliability, error) {
	sets, err := calibrationSets(eval, dev)
	if err != nil {
		return nil, err
	}
	var out []setReliability
	all := setReliability{set: calSet{name: "All translations above"}}
	for _, set := range sets {
		r := setReliability{set: set}
		for _, d := range set.docs {
			mode := align.TranslationMode
			if set.versions {
				mode = align.VersionsMode
			}
			al, _ := align.Align([]*editions.Edition{d.a, d.b}, align.Options{Mode: mode})
			right := d.right(al)
			r.cal.add(al, right)
			if !set.versions {
				all.cal.add(al, right)
				addOmissions(&r, al, right)
				addOmissions(&all, al, right)
				// The same alignment with the aligner's raw confidence:
				// its rows are the calibrated alignment's but for the
				// moves (markMoves), which RowEvidence does not make,
				// so it is judged on its own rows.
				rawAl, _, _ := align.RowEvidence(d.a, d.b, mode, align.VersionOptions{})
				if !hasMoves(al) && !reflect.DeepEqual(rawAl.Beads(), al.Beads()) {
					return nil, fmt.Errorf("%s: calibration changed the rows", d.name)
				}
				rawRight := d.right(rawAl)
				r.raw.add(rawAl, rawRight)
				all.raw.add(rawAl, rawRight)
			}
		}
		out = append(out, r)
	}
	return append(out, all), nil
}

// reportCalibration prints the reliability of the test sets (or, with
// dev, of the development sets).
func reportCalibration(w io.Writer, eval string, dev bool) error {
	results, err := measureCalibration(eval, dev)
	if err != nil {
		return err
	}
	for _, r := range results {
		fmt.Fprintf(w, "## %s\n\n", r.set.name)
		r.cal.table(w)
		fmt.Fprintf(w, "\ncalibrated: %s\n", r.cal.summary())
		if !r.set.versions {
			fmt.Fprintf(w, "raw (before calibration): %s\n", r.raw.summary())
			fmt.Fprintf(w, "\nsource sentences left out, by their row's score: %s\n", r.gapScore.summary())
			r.gapScore.table(w)
			fmt.Fprintf(w, "\nthe same, by the confidence coverage reports: %s\n", r.gapReport.summary())
			r.gapReport.table(w)
		}
		fmt.Fprintln(w)
	}
	return nil
}

// reliability counts rows, and rows right, in ten bins of score.
type reliability struct {
	n, right                [10]int
	sum                     [10]float64 // of scores
	doubtful, doubtfulWrong int
}

func (r *reliability) add(al *align.Alignment, right []bool) {
	for k, row := range al.Rows {
		r.addOne(row.Score, right[k])
	}
}

func (r *reliability) addOne(score float64, right bool) {
	b := min(int(score*10), 9)
	r.n[b]++
	r.sum[b] += score
	if right {
		r.right[b]++
	}
	if score < align.DoubtfulBelow {
		r.doubtful++
		if !right {
			r.doubtfulWrong++
		}
	}
}

// addOmissions adds to r the source sentences al leaves without
// counterpart, by their row's score and by the confidence of the
// coverage check's omission that holds them (0 when it reports none).
func addOmissions(r *setReliability, al *align.Alignment, right []bool) {
	rep := align.Coverage(al, align.CoverageOptions{MinConfidence: -1})
	conf := map[int]float64{}
	for _, f := range rep.Omissions {
		if f.Kind == align.Omitted {
			for _, s := range f.Sentences {
				conf[s] = f.Confidence
			}
		}
	}
	for k, row := range al.Rows {
		if row.Kind != align.Deleted || len(row.Cells[0]) == 0 {
			continue
		}
		r.gapScore.addOne(row.Score, right[k])
		r.gapReport.addOne(conf[row.Cells[0][0]], right[k])
	}
}

func (r *reliability) total() int {
	t := 0
	for _, n := range r.n {
		t += n
	}
	return t
}

// ece is the expected calibration error: the mean, over rows, of the
// gap between the share right and the mean score in the row's bin.
func (r *reliability) ece() float64 {
	e := 0.0
	for b, n := range r.n {
		if n > 0 {
			e += math.Abs(float64(r.right[b])/float64(n)-r.sum[b]/float64(n)) * float64(n)
		}
	}
	return e / float64(max(1, r.total()))
}

func (r *reliability) table(w io.Writer) {
	fmt.Fprintln(w, "| score | rows | mean score | right |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for b, n := range r.n {
		if n == 0 {
			continue
		}
		fmt.Fprintf(w, "| %.1f–%.1f | %d | %.3f | %.3f |\n", float64(b)/10, float64(b+1)/10, n, r.sum[b]/float64(n), float64(r.right[b])/float64(n))
	}
}

// high is the precision of the rows scored 0.9 or more.
func (r *reliability) high() float64 { return float64(r.right[9]) / float64(max(1, r.n[9])) }

func (r *reliability) summary() string {
	hi, hiRight := r.n[9], r.right[9]
	right := 0
	for _, x := range r.right {
		right += x
	}
	return fmt.Sprintf("%d rows, %.3f right; ECE %.3f; scored ≥ 0.9: %d rows, %.3f right; doubtful (< %.1f): %d rows, %.3f wrong",
		r.total(), float64(right)/float64(max(1, r.total())), r.ece(), hi, float64(hiRight)/float64(max(1, hi)),
		align.DoubtfulBelow, r.doubtful, float64(r.doubtfulWrong)/float64(max(1, r.doubtful)))
}
