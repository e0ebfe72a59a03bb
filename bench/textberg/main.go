// Command textberg measures the sentence aligner on the evaluation data
// in ../shared/eval: it aligns the Text+Berg test and dev sets (German →
// French, one sentence per line, as shipped) and Genesis in the King
// James Version against Darby's French (one verse per line), scores each
// against its gold standard with the Bleualign/Vecalign definition, and
// prints one Markdown table with the scores of the baseline aligners
// beside ours, and the time each alignment took. A second table measures
// whole books read by the editions reader: paragraph links in the
// Communist Manifesto, chapter headings in Verne.
//
// Run it from the repository root:
//
//	go run ./bench/textberg [-eval ../shared/eval]
//
// The Text+Berg and Bible files are turned into editions directly, one
// line one sentence, so that those numbers measure the aligner alone and
// not the segmenter; the books of the second table measure both.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

func main() {
	eval := flag.String("eval", filepath.Join("..", "shared", "eval"), "evaluation data directory")
	flag.Parse()
	if _, err := os.Stat(*eval); err != nil {
		fmt.Fprintf(os.Stderr, "textberg: evaluation data not found at %s (it lives beside the repository; see -eval)\n", *eval)
		os.Exit(2)
	}
	if err := run(*eval); err != nil {
		fmt.Fprintln(os.Stderr, "textberg:", err)
		os.Exit(2)
	}
}

// A result is one line of the table.
type result struct {
	set, system string
	s           align.Scores
	elapsed     time.Duration // 0 for baselines, whose time we did not measure
	sentences   int
}

func run(eval string) error {
	gold := filepath.Join(eval, "gold", "textberg-de-fr")
	base := filepath.Join(eval, "baselines")
	var test []string
	for i := 0; i < 7; i++ {
		test = append(test, fmt.Sprintf("test%d", i))
	}
	var results []result
	for _, set := range []struct {
		name     string
		goldDir  string
		docs     []string
		baseDirs []string
	}{
		{"Text+Berg test", gold, test, []string{"textberg-test/hunalign-utf", "textberg-test/hunalign-utf-realign", "textberg-test/galechurch-nltk", "textberg-test/bleualign-googlemt", "textberg-test/diagonal"}},
		{"Text+Berg test as one document", filepath.Join(gold, "concat"), []string{"all"}, []string{"textberg-test-concat/hunalign-utf", "textberg-test-concat/galechurch-nltk"}},
		{"Text+Berg dev", gold, []string{"dev"}, []string{"textberg-dev/hunalign-utf", "textberg-dev/galechurch-nltk"}},
	} {
		var golds, ours [][]align.Bead
		var elapsed time.Duration
		sentences := 0
		for _, doc := range set.docs {
			g, err := readBeads(filepath.Join(set.goldDir, doc+".defr"))
			if err != nil {
				return err
			}
			golds = append(golds, g)
			a, err := readLines(filepath.Join(set.goldDir, doc+".de"), "de")
			if err != nil {
				return err
			}
			b, err := readLines(filepath.Join(set.goldDir, doc+".fr"), "fr")
			if err != nil {
				return err
			}
			start := time.Now()
			al, _ := align.Align([]*editions.Edition{a, b}, align.Options{Mode: align.TranslationMode})
			elapsed += time.Since(start)
			sentences += len(a.Sentences) + len(b.Sentences)
			ours = append(ours, al.Beads())
		}
		results = append(results, result{set.name, "**synoptic**", align.Score(golds, ours), elapsed, sentences})
		for _, dir := range set.baseDirs {
			var sys [][]align.Bead
			for _, doc := range set.docs {
				s, err := readBeads(filepath.Join(base, dir, doc+".align"))
				if err != nil {
					return err
				}
				sys = append(sys, s)
			}
			results = append(results, result{set.name, baselineName(dir), align.Score(golds, sys), 0, 0})
		}
	}
	bible, err := genesis(filepath.Join(eval, "bible"))
	if err != nil {
		return err
	}
	results = append(results, bible)

	fmt.Println("| set | system | P strict | R strict | F1 strict | P lax | R lax | F1 lax | time |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, r := range results {
		t := "–"
		if r.elapsed > 0 {
			t = fmt.Sprintf("%.0f ms (%d sentences)", float64(r.elapsed.Microseconds())/1000, r.sentences)
		}
		fmt.Printf("| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s |\n", r.set, r.system,
			r.s.Precision, r.s.Recall, r.s.F1, r.s.LaxPrecision, r.s.LaxRecall, r.s.LaxF1, t)
	}
	other, err := books(eval)
	if err != nil {
		return err
	}
	fmt.Println()
	fmt.Println("| text | measure | result | time |")
	fmt.Println("|---|---|---|---|")
	for _, o := range other {
		fmt.Printf("| %s | %s | %s | %.0f ms |\n", o.text, o.measure, o.result, float64(o.elapsed.Microseconds())/1000)
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		fmt.Printf("\nPeak resident memory of the whole run: %d MB.\n", ru.Maxrss/1024)
	}
	return nil
}

// A measurement on a whole book, read by the editions reader.
type measurement struct {
	text, measure, result string
	elapsed               time.Duration
}

// books aligns the Communist Manifesto (German and English Markdown,
// read and segmented by the editions reader) and checks the paragraph
// links the sentence alignment implies against paragraphs.gold.tsv; and
// aligns Verne's Tour du monde with its English translation (whole
// Project Gutenberg files) and checks that the 37 chapter headings land
// in the same rows.
func books(eval string) ([]measurement, error) {
	var out []measurement

	// Manifesto: gold lines are 1-based line numbers of paragraphs.
	dir := filepath.Join(eval, "manifesto")
	de, en, al, elapsed, err := readAndAlign(filepath.Join(dir, "de.mew4-mlwerke.md"), "de", filepath.Join(dir, "en.moore1888-mia.md"), "en")
	if err != nil {
		return nil, err
	}
	gold, err := goldLines(filepath.Join(dir, "paragraphs.gold.tsv"), 1, 2)
	if err != nil {
		return nil, err
	}
	goldSet := make(map[[2]int]bool)
	deLines, enLines := make(map[int]bool), make(map[int]bool)
	for _, g := range gold {
		goldSet[g] = true
		deLines[g[0]], enLines[g[1]] = true, true
	}
	pred := make(map[[2]int]bool)
	for _, r := range al.Rows {
		for _, x := range r.Cells[0] {
			for _, y := range r.Cells[1] {
				l := [2]int{lineOf(de, de.Sentences[x].Start), lineOf(en, en.Sentences[y].Start)}
				if deLines[l[0]] || enLines[l[1]] {
					pred[l] = true
				}
			}
		}
	}
	tp := 0
	for l := range pred {
		if goldSet[l] {
			tp++
		}
	}
	out = append(out, measurement{"Manifesto de → en (Markdown, whole files)", "paragraph links P / R",
		fmt.Sprintf("%.3f / %.3f (%d of %d links right, %d of %d gold links found)", ratio(tp, len(pred)), ratio(tp, len(gold)), tp, len(pred), tp, len(gold)), elapsed})

	// Verne: chapter headings, 1-based lines, English first in the file.
	dir = filepath.Join(eval, "verne")
	fr, en, al, elapsed, err := readAndAlign(filepath.Join(dir, "fr.pg800.txt"), "fr", filepath.Join(dir, "en.pg103.txt"), "en")
	if err != nil {
		return nil, err
	}
	heads, err := goldLines(filepath.Join(dir, "chapters.gold.tsv"), 3, 1)
	if err != nil {
		return nil, err
	}
	rowOf := [2]map[int]int{{}, {}}
	for r, row := range al.Rows {
		for e := range 2 {
			for _, s := range row.Cells[e] {
				rowOf[e][s] = r
			}
		}
	}
	together := 0
	for _, h := range heads {
		x, y := sentenceAtLine(fr, h[0]), sentenceAtLine(en, h[1])
		if x >= 0 && y >= 0 && rowOf[0][x] == rowOf[1][y] {
			together++
		}
	}
	out = append(out, measurement{"Verne fr → en (Gutenberg, whole files)", "chapter headings in the same row",
		fmt.Sprintf("%d of %d (%d × %d sentences)", together, len(heads), len(fr.Sentences), len(en.Sentences)), elapsed})
	return out, nil
}

func readAndAlign(pathA, langA, pathB, langB string) (a, b *editions.Edition, al *align.Alignment, elapsed time.Duration, err error) {
	start := time.Now()
	if a, err = editions.Read(pathA, editions.Options{Lang: langA}); err != nil {
		return
	}
	if b, err = editions.Read(pathB, editions.Options{Lang: langB}); err != nil {
		return
	}
	al, _ = align.Align([]*editions.Edition{a, b}, align.Options{Mode: align.TranslationMode})
	return a, b, al, time.Since(start), nil
}

// goldLines reads the given two columns of a tab-separated gold file as
// line numbers, skipping "#" comments.
func goldLines(path string, colA, colB int) ([][2]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out [][2]int
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		var x, y int
		if len(f) <= max(colA, colB) {
			return nil, fmt.Errorf("%s:%d: too few columns", path, n+1)
		}
		if _, err := fmt.Sscan(f[colA], &x); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
		if _, err := fmt.Sscan(f[colB], &y); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
		out = append(out, [2]int{x, y})
	}
	return out, nil
}

// lineOf returns the 1-based line of byte offset off in e.Text.
func lineOf(e *editions.Edition, off int) int {
	return strings.Count(e.Text[:off], "\n") + 1
}

// sentenceAtLine returns the first sentence starting on 1-based line l,
// or -1.
func sentenceAtLine(e *editions.Edition, l int) int {
	line, last := 1, 0
	for i, s := range e.Sentences {
		line += strings.Count(e.Text[last:s.Start], "\n")
		last = s.Start
		if line == l {
			return i
		}
		if line > l {
			break
		}
	}
	return -1
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func baselineName(dir string) string {
	switch filepath.Base(dir) {
	case "hunalign-utf":
		return "hunalign (no dictionary)"
	case "hunalign-utf-realign":
		return "hunalign -realign"
	case "galechurch-nltk":
		return "Gale–Church (NLTK)"
	case "bleualign-googlemt":
		return "Bleualign + Google MT"
	case "diagonal":
		return "diagonal (floor)"
	}
	return dir
}

// genesis aligns Genesis in the KJV with Darby's French, one verse per
// line. The gold pairs verses by reference, translating the German
// versification of the French module: KJV 31:55 is its 32:1, and KJV
// 32:n its 32:n+1.
func genesis(dir string) (result, error) {
	en, enRefs, err := readTSV(filepath.Join(dir, "en-KJV.Gen.tsv"), "en")
	if err != nil {
		return result{}, err
	}
	fr, frRefs, err := readTSV(filepath.Join(dir, "fr-FreJND.Gen.tsv"), "fr")
	if err != nil {
		return result{}, err
	}
	frIndex := make(map[string]int, len(frRefs))
	for i, r := range frRefs {
		frIndex[r] = i
	}
	var gold []align.Bead
	for i, r := range enRefs {
		var c, v int
		fmt.Sscanf(r, "%d:%d", &c, &v)
		switch {
		case c == 31 && v == 55:
			c, v = 32, 1
		case c == 32:
			v++
		}
		if j, ok := frIndex[fmt.Sprintf("%d:%d", c, v)]; ok {
			gold = append(gold, align.Bead{Src: []int{i}, Tgt: []int{j}})
		} else {
			gold = append(gold, align.Bead{Src: []int{i}, Tgt: []int{}})
		}
	}
	start := time.Now()
	al, _ := align.Align([]*editions.Edition{en, fr}, align.Options{Mode: align.TranslationMode})
	elapsed := time.Since(start)
	return result{"Genesis en-KJV → fr-FreJND (verses)", "**synoptic**", align.Score([][]align.Bead{gold}, [][]align.Bead{al.Beads()}), elapsed, len(en.Sentences) + len(fr.Sentences)}, nil
}

func readBeads(path string) ([]align.Bead, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return align.ReadBeads(f, path)
}

// readLines reads a file with one sentence per line into an edition of
// one paragraph.
func readLines(path, lang string) (*editions.Edition, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	e := &editions.Edition{ID: filepath.Base(path), Path: path, Lang: language.MustParse(lang), Text: string(data)}
	start := 0
	for _, line := range strings.SplitAfter(e.Text, "\n") {
		if t := strings.TrimSpace(line); t != "" {
			e.Sentences = append(e.Sentences, editions.Sentence{Index: len(e.Sentences), Start: start, End: start + len(line), Text: strings.Join(strings.Fields(t), " ")})
		}
		start += len(line)
	}
	e.Paragraphs = []editions.Paragraph{{Kind: editions.Text, End: len(e.Text), Limit: len(e.Sentences), Note: -1}}
	return e, nil
}

// readTSV reads a Bible .tsv file ("Book c:v<TAB>text" lines after a "#"
// comment) into an edition of one verse per sentence, and the verse
// references "c:v".
func readTSV(path, lang string) (*editions.Edition, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	e := &editions.Edition{ID: filepath.Base(path), Path: path, Lang: language.MustParse(lang)}
	var refs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	var text strings.Builder
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.HasPrefix(s, "#") || strings.TrimSpace(s) == "" {
			continue
		}
		ref, verse, ok := strings.Cut(s, "\t")
		sp := strings.LastIndexByte(ref, ' ')
		if !ok || sp < 0 {
			return nil, nil, fmt.Errorf("%s:%d: want \"Book c:v<TAB>text\"", path, line)
		}
		start := text.Len()
		text.WriteString(verse)
		e.Sentences = append(e.Sentences, editions.Sentence{Index: len(e.Sentences), Start: start, End: text.Len(), Text: strings.Join(strings.Fields(verse), " ")})
		text.WriteByte('\n')
		refs = append(refs, ref[sp+1:])
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	e.Text = text.String()
	e.Paragraphs = []editions.Paragraph{{Kind: editions.Text, End: len(e.Text), Limit: len(e.Sentences), Note: -1}}
	return e, refs, nil
}
