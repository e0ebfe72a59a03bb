// Command textberg measures the sentence aligner on the evaluation data
// in ../shared/eval: it aligns the Text+Berg test and dev sets (German →
// French, one sentence per line, as shipped) and Genesis in the King
// James Version against Darby's French (one verse per line), scores each
// against its gold standard with the Bleualign/Vecalign definition, and
// prints one Markdown table with the scores of the baseline aligners
// beside ours, and the time each alignment took.
//
// Run it from the repository root:
//
//	go run ./bench/textberg [-eval ../shared/eval]
//
// The input files are turned into editions directly, one line one
// sentence, so that the numbers measure the aligner alone and not the
// segmenter.
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
			al := align.Align(a, b)
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
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		fmt.Printf("\nPeak resident memory of the whole run: %d MB.\n", ru.Maxrss/1024)
	}
	return nil
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
	al := align.Align(en, fr)
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
