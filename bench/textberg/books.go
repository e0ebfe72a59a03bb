package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

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
	deL, enL := editions.LineStarts(de.Text), editions.LineStarts(en.Text)
	for _, r := range al.Rows {
		for _, x := range r.Cells[0] {
			for _, y := range r.Cells[1] {
				l := [2]int{deL.Line(int(de.Sentences[x].Start)), enL.Line(int(en.Sentences[y].Start))}
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
	al = translate(a, b)
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

// sentenceAtLine returns the first sentence starting on 1-based line l,
// or -1.
func sentenceAtLine(e *editions.Edition, l int) int {
	line, last := 1, 0
	for i, s := range e.Sentences {
		line += strings.Count(e.Text[last:s.Start], "\n")
		last = int(s.Start)
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
