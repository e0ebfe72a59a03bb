package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestManifest(t *testing.T) {
	m := "# a comment\n\nID\tsource\ttarget\r\n" +
		"gen-1\ten:gen/1.en.txt\tfr:/abs/1.fr.txt\n" +
		"  # indented comment\n" +
		"ruth.2\tde:ruth 2.de.txt\tla:ruth.la.txt\tzh-Hans:ruth.zh.txt\n"
	jobs, err := ParseManifest(strings.NewReader(m), "m.tsv", "corpus")
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 2 {
		t.Fatalf("got %d jobs, want 2: %+v", len(jobs), jobs)
	}
	j := jobs[0]
	if j.Line != 4 || j.ID != "gen-1" || len(j.Editions) != 2 {
		t.Errorf("job 0 = %+v", j)
	}
	if e := j.Editions[0]; e.Lang != "en" || e.Path != "gen/1.en.txt" || e.File != filepath.Join("corpus", "gen/1.en.txt") {
		t.Errorf("relative path: %+v, want it read from the manifest's folder", e)
	}
	if e := j.Editions[1]; e.File != "/abs/1.fr.txt" {
		t.Errorf("absolute path: %+v", e)
	}
	if j := jobs[1]; j.Line != 6 || len(j.Editions) != 3 || j.Editions[0].File != filepath.Join("corpus", "ruth 2.de.txt") || j.Editions[2].Lang != "zh-Hans" {
		t.Errorf("job 1 = %+v", j)
	}
}

// Every bad line is an error naming the manifest and the line.
func TestManifestErrors(t *testing.T) {
	for _, c := range []struct{ manifest, want string }{
		{"a\ten:a.txt\tfr:b.txt\nb\ten:a.txt\n", "m.tsv:2: job \"b\" has 1 edition"},
		{"a\ten:a.txt\tfr:b.txt\nb\ten:a.txt\tb.txt\n", "m.tsv:2: field 3, \"b.txt\", is not LANG:PATH"},
		{"# c\n\na\ten:a.txt\t:b.txt\n", "m.tsv:3: field 3, \":b.txt\", is not LANG:PATH"},
		{"a\ten:a.txt\tfr:\n", "m.tsv:1: field 3, \"fr:\", is not LANG:PATH"},
		{"a\ten:a.txt\tnot a tag:b.txt\n", "m.tsv:1: field 3: \"not a tag\" is not a BCP 47 language tag"},
		{"a\ten:a.txt\t\tfr:b.txt\n", "m.tsv:1: field 3 is empty"},
		{"a\ten:a.txt\tfr:b.txt\nx\ten:c\tfr:d\nA\ten:c\tfr:d\n", "m.tsv:3: id \"A\" is already on line 1"},
		{"\ten:a.txt\tfr:b.txt\n", "m.tsv:1: the id (first field) is empty"},
		{"a/b\ten:a.txt\tfr:b.txt\n", "m.tsv:1: id \"a/b\" holds '/'"},
		{"a b\ten:a.txt\tfr:b.txt\n", "m.tsv:1: id \"a b\" holds ' '"},
		{".a\ten:a.txt\tfr:b.txt\n", "m.tsv:1: id \".a\" begins with a dot"},
		// A job whose files could not be named failed only as it wrote them.
		{strings.Repeat("a", 201) + "\ten:a.txt\tfr:b.txt\n", "is 201 bytes long; an id names files"},
		{"x\ten:a.txt\tfr:b.txt\nsummary\ten:a.txt\tfr:b.txt\n", "m.tsv:2: id \"summary\" is the name of the summaries"},
		{"a\ten:a.txt\tfr:b.txt\n\xff\ten:a\tfr:b\n", "m.tsv:2: not UTF-8"},
		{"# only comments\nid\tsource\ttarget\n", "m.tsv: no jobs"},
		{"a\ten:a.txt\tfr:b.txt\n" + strings.Repeat("x", 16<<20), "m.tsv:2: the line is longer than 16 MB"},
		// Only the first line can be a header.
		{"a\ten:a.txt\tfr:b.txt\nid\tsource\ttarget\n", "m.tsv:2: field 2, \"source\", is not LANG:PATH"},
	} {
		_, err := ParseManifest(strings.NewReader(c.manifest), "m.tsv", ".")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("manifest %q: error %v, want %q", c.manifest, err, c.want)
		}
	}
}

func TestShard(t *testing.T) {
	jobs := make([]Job, 7)
	for k := range jobs {
		jobs[k].Line = k + 1
	}
	seen := map[int]int{}
	for i := range 3 {
		s, err := ParseShard(strings.Join([]string{string(rune('0' + i)), "3"}, "/"))
		if err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, j := range s.Pick(jobs) {
			seen[j.Line]++
			if j.Line <= prev {
				t.Errorf("shard %d: line %d after %d, want manifest order", i, j.Line, prev)
			}
			prev = j.Line
			if (j.Line-1)%3 != i {
				t.Errorf("shard %d has job %d", i, j.Line-1)
			}
		}
	}
	for k := range jobs {
		if seen[k+1] != 1 {
			t.Errorf("job %d is in %d shards, want 1", k, seen[k+1])
		}
	}
	for _, bad := range []string{"3/3", "-1/3", "0/0", "1", "a/b", "1/"} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
}
