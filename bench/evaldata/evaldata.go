// Package evaldata finds the evaluation data, which lives beside the
// repository and not in it: a checkout at work/synoptic reads it from
// work/shared (eval/ holds the gold standards, baselines and texts;
// formats/ the DTDs; seed/ the texts the project began with). A fresh
// clone has no ../shared, so every test that reads it skips, saying so,
// and every bench command stops with a message naming the -eval flag.
//
// The tests of every package and the commands under bench/ call it
// alike: a test runs in its package's directory and a command wherever
// it is started, so the path is found from the module root, the nearest
// directory up from the working directory that holds go.mod, and not
// from a count of "..". The package imports nothing of the module, so
// that the tests of editions, the first package of all, may use it.
package evaldata

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Path returns the path of sub (slash-separated elements, such as
// "eval", "bible") inside ../shared beside the module root, whether or
// not it exists. Outside the module it is taken from the working
// directory.
func Path(sub ...string) string {
	return filepath.Join(append([]string{moduleRoot(), "..", "shared"}, sub...)...)
}

// A TB is the part of testing.TB that Dir needs, so that this package
// does not import testing into the commands that use it.
type TB interface {
	Helper()
	Skipf(format string, args ...any)
}

// Dir returns Path(sub...), or skips the test or benchmark when it is
// absent.
func Dir(tb TB, sub ...string) string {
	tb.Helper()
	p := Path(sub...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: evaluation data %s not found (it lives in ../shared beside the repository, not in a fresh clone)", p)
	}
	return p
}

// moduleRoot returns the nearest directory up from the working
// directory that holds go.mod, or "." when there is none.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "."
		}
		dir = up
	}
}

// A Verse is one line of a Bible .tsv file of the evaluation data: its
// reference ("Psalms 136:1") and its text.
type Verse struct{ Ref, Text string }

// ReadVerses reads a Bible .tsv file (eval/bible): one verse a line,
// reference and text separated by a tab, lines starting with # left out,
// as are verses with no text.
func ReadVerses(path string) ([]Verse, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Verse
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		ref, text, _ := strings.Cut(line, "\t")
		if text = strings.TrimSpace(text); text != "" {
			out = append(out, Verse{Ref: ref, Text: text})
		}
	}
	return out, nil
}

// VerseStarts returns, for each verse in order, the byte offset where its
// text begins in text (the same verses as running prose), or an error
// naming the first verse not found.
func VerseStarts(verses []Verse, text string) ([]int, error) {
	out := make([]int, len(verses))
	pos := 0
	for k, v := range verses {
		i := strings.Index(text[pos:], v.Text)
		if i < 0 {
			return nil, fmt.Errorf("verse %s not found in the text", v.Ref)
		}
		out[k] = pos + i
		pos += i + len(v.Text)
	}
	return out, nil
}

// FirstVerses returns text up to the end of its nth verse (of verses,
// found as VerseStarts finds them): a short text of the same kind, for
// measuring what the aligner does with a few verses.
func FirstVerses(verses []Verse, text string, n int) (string, error) {
	starts, err := VerseStarts(verses[:n], text)
	if err != nil {
		return "", err
	}
	return text[:starts[n-1]+len(verses[n-1].Text)], nil
}
