package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/internal/fuzzcheck"
)

// FuzzParseManifest: a manifest is read as the jobs of its lines, in
// its order, each as ReadManifest's rules promise, or refused with a
// *ManifestError naming it and, when a line is at fault, the line. Run
// with
//
//	go test ./corpus -run XXX -fuzz FuzzParseManifest -parallel 1
func FuzzParseManifest(f *testing.F) {
	m, err := os.ReadFile("testdata/manifest.tsv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(m))
	f.Add("# a comment\n\nID\tsource\ttarget\r\ngen-1\ten:gen/1.en.txt\tfr:/abs/1.fr.txt\n  # indented\nruth.2\tde:ruth 2.de.txt\tla:ruth.la.txt\tzh-Hans:ruth.zh.txt\n")
	f.Add("a\ten:a.txt\tfr:b.txt\nx\ten:c\tfr:d\nA\ten:c\tfr:d\n")
	f.Add("a\ten:a.txt\tnot a tag:b.txt\n\xff\n")
	f.Fuzz(func(t *testing.T, in string) {
		jobs, err := ParseManifest(strings.NewReader(in), "m.tsv", "dir")
		lines := strings.Split(in, "\n")
		if err != nil {
			fuzzcheck.Refused(t, err, "m.tsv", in, func(e *ManifestError) (string, int) { return e.Path, e.Line })
			return
		}
		seen := map[string]bool{}
		prev := 0
		for _, j := range jobs {
			if j.Line <= prev || j.Line > len(lines) {
				t.Fatalf("job %q on line %d after line %d, of %d", j.ID, j.Line, prev, len(lines))
			}
			prev = j.Line
			fields := strings.Split(strings.TrimSuffix(lines[j.Line-1], "\r"), "\t")
			if strings.TrimSpace(fields[0]) != j.ID || checkID(j.ID) != nil || seen[strings.ToLower(j.ID)] {
				t.Fatalf("job id %q from line %q (seen: %v)", j.ID, lines[j.Line-1], seen[strings.ToLower(j.ID)])
			}
			seen[strings.ToLower(j.ID)] = true
			if len(j.Editions) < 2 || len(j.Editions) != len(fields)-1 {
				t.Fatalf("job %q: %d editions from line %q", j.ID, len(j.Editions), lines[j.Line-1])
			}
			for _, e := range j.Editions {
				if _, err := language.Parse(e.Lang); err != nil || e.Path == "" {
					t.Fatalf("job %q: edition %+v", j.ID, e)
				}
				if want := filepath.Join("dir", e.Path); !filepath.IsAbs(e.Path) && e.File != want || filepath.IsAbs(e.Path) && e.File != e.Path {
					t.Fatalf("job %q: edition %+v is not read from %s", j.ID, e, want)
				}
			}
		}
	})
}
