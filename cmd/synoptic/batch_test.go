package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// batch's exit status: 0 when every job is done, 2 when one failed on
// its input (the others done, as the message says), and 2 for a bad
// manifest or bad flags, before any work; never 1, which is for a
// check that failed.
func TestBatchExitStatus(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"greve.fr.txt", "greve.1972.en.txt"} {
		data, err := os.ReadFile(filepath.Join("sample", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.tsv", "greve\tfr:greve.fr.txt\ten:greve.1972.en.txt\n")
	oneBad := write("onebad.tsv", "greve\tfr:greve.fr.txt\ten:greve.1972.en.txt\nlost\tfr:missing.txt\ten:greve.1972.en.txt\n")
	badLine := write("badline.tsv", "greve\tfr:greve.fr.txt\ten:greve.1972.en.txt\n# fine\nlost\tfr missing.txt\ten:greve.1972.en.txt\n")
	out := filepath.Join(dir, "out")
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"batch", "-q", good, "-o", out}, 0, ""},
		{[]string{"batch", "-q", oneBad, "-o", out}, 2, "job lost (line 2) failed: " + filepath.Join(dir, "missing.txt") + ": no such file"},
		{[]string{"batch", "-q", oneBad, "-o", out}, 2, "1 of 2 jobs failed"},
		{[]string{"batch", badLine, "-o", filepath.Join(dir, "never")}, 2, "badline.tsv:3: field 2, \"fr missing.txt\", is not LANG:PATH"},
		{[]string{"batch", good}, 2, "needs --output"},
		{[]string{"batch", good, "-o", out, "--shard", "3/3"}, 2, "--shard \"3/3\""},
		{[]string{"batch", good, "-o", out, "--format", "json,docx"}, 2, "--format \"docx\""},
		{[]string{"batch", good, "-o", out, "--jobs", "0"}, 2, "--jobs 0"},
		{[]string{"batch", filepath.Join(dir, "none.tsv"), "-o", out}, 2, "none.tsv"},
	} {
		var stdout, stderr bytes.Buffer
		status := run(c.args, strings.NewReader(""), &stdout, &stderr)
		if status != c.status || !strings.Contains(stderr.String(), c.stderr) {
			t.Errorf("synoptic %s: status %d, stderr %q; want %d and %q", strings.Join(c.args, " "), status, stderr.String(), c.status, c.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "never")); err == nil {
		t.Errorf("a bad manifest made the output folder: work started")
	}
	summary, err := os.ReadFile(filepath.Join(out, "summary.tsv"))
	if err != nil || !strings.Contains(string(summary), "2\tlost\tfailed\t") {
		t.Errorf("summary.tsv lacks the failed job: %q, %v", summary, err)
	}
}
