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
	"os"
	"path/filepath"
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
