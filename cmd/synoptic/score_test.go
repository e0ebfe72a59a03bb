package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// failingWriter fails every write, as a full disk does (> /dev/full).
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// score's report that cannot be written is an error (status 2), not a
// success with the scores lost.
func TestScoreWriteError(t *testing.T) {
	dir := t.TempDir()
	beads := filepath.Join(dir, "doc.beads")
	if err := os.WriteFile(beads, []byte("[0]:[0]\n[1]:[1]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	code := run([]string{"score", "--gold", beads, "--test", beads}, strings.NewReader(""), failingWriter{}, &stderr)
	if code != exitBadInput || !strings.Contains(stderr.String(), "no space left on device") {
		t.Errorf("status %d, stderr %q; want %d and the write error", code, &stderr, exitBadInput)
	}
}
