// Package fuzzcheck holds what the fuzz targets of the line-based
// readers (bead files, manifests, accept files) check of an error: that
// it is the reader's own type, naming the file and, where the reader
// knows it, a line the input has.
package fuzzcheck

import (
	"errors"
	"strings"
	"testing"
)

// Refused fails t unless err is an E whose where names the file path
// and either no line (0) or one of in's lines.
func Refused[E error](t testing.TB, err error, path, in string, where func(E) (file string, line int)) {
	t.Helper()
	var e E
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not a %T", err, e)
	}
	file, line := where(e)
	if n := strings.Count(in, "\n") + 1; file != path || line < 0 || line > n {
		t.Fatalf("error %v: want it to name %s and none or one of its %d lines", err, path, n)
	}
}
