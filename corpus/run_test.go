package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// corpusDir copies testdata (a manifest of seven jobs over four
// languages, one job's input empty) into a new folder, its files dated
// an hour ago, and returns the folder.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	past := time.Now().Add(-time.Hour)
	for _, f := range files {
		if f.IsDir() { // the fuzz corpus, testdata/fuzz
			continue
		}
		data, err := os.ReadFile(filepath.Join("testdata", f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, f.Name())
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, past, past); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// tally is a Progress that counts jobs run and skipped.
type tally struct{ ran, skipped, failed []string }

func (p *tally) Start(int) {}
func (p *tally) Finish()   {}
func (p *tally) Done(r Result, skipped bool) {
	switch {
	case r.Status != StatusOK:
		p.failed = append(p.failed, r.ID)
	case skipped:
		p.skipped = append(p.skipped, r.ID)
	default:
		p.ran = append(p.ran, r.ID)
	}
}

func runBatch(t *testing.T, corpus, out string, o Options) *tally {
	t.Helper()
	jobs, err := ReadManifest(filepath.Join(corpus, "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	o.Dir, o.Version = out, "test"
	if o.Jobs == 0 {
		o.Jobs = 2
	}
	p := &tally{}
	if _, err := Run(jobs, o, p); err != nil {
		t.Fatal(err)
	}
	sort.Strings(p.ran)
	sort.Strings(p.skipped)
	return p
}

// seconds matches the time a job took, in both summaries: the one
// figure that differs from run to run.
var seconds = regexp.MustCompile(`(?m)(\t[0-9]+\.[0-9]{3}\t)([^\t\n]*)$|"seconds":[0-9.e-]+`)

func maskSeconds(s string) string {
	return seconds.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, `"seconds"`) {
			return `"seconds":S`
		}
		sub := seconds.FindStringSubmatch(m)
		return "\tS\t" + sub[2]
	})
}

// outputs returns the files of a batch's folder, the records left out
// and the summaries' times masked.
func outputs(t *testing.T, dir string) map[string]string {
	t.Helper()
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		if strings.HasPrefix(f.Name(), ".") {
			if strings.HasSuffix(f.Name(), ".tmp") {
				t.Errorf("temporary file %s left behind", f.Name())
			}
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name()] = string(data)
		if strings.HasPrefix(f.Name(), "summary") {
			out[f.Name()] = maskSeconds(string(data))
		}
	}
	return out
}

func sameOutputs(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for name, w := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s: %s missing", what, name)
		} else if g != w {
			t.Errorf("%s: %s differs:\n%s\nwant:\n%s", what, name, g, w)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: unexpected file %s", what, name)
		}
	}
}

func TestRun(t *testing.T) {
	corpus := corpusDir(t)
	out := filepath.Join(t.TempDir(), "out")
	p := runBatch(t, corpus, out, Options{Formats: []string{"tmx", "beads"}})
	// The job of three editions cannot be written as beads; the empty
	// file is bad input. The others go on.
	if strings.Join(p.failed, " ") != "empty harbour-all" && strings.Join(p.failed, " ") != "harbour-all empty" {
		t.Errorf("failed jobs %v, want empty and harbour-all", p.failed)
	}
	files := outputs(t, out)
	for _, id := range []string{"harbour-fr", "harbour-de", "mill-fr", "mill-es", "mill-revised"} {
		for _, ext := range []string{".json", ".tmx", ".beads"} {
			if files[id+ext] == "" {
				t.Errorf("%s%s missing or empty", id, ext)
			}
		}
	}
	for name := range files {
		if strings.HasPrefix(name, "empty.") || strings.HasPrefix(name, "harbour-all.") {
			t.Errorf("a failed job left %s", name)
		}
	}
	tsv := strings.Split(strings.TrimSuffix(files["summary.tsv"], "\n"), "\n")
	want := []string{
		TSVHeader,
		"4\tharbour-fr\tok\t9,9\tmatch=9\t1.0000\t",
		"5\tharbour-de\tok\t9,9\tmatch=9\t1.0000\t",
		"6\tmill-fr\tok\t7,7\tmatch=7\t1.0000\t",
		"7\tmill-es\tok\t7,7\tmatch=7\t1.0000\t",
		"8\tmill-revised\tok\t7,7\tequal=3 changed=4\t1.0000\t",
		"9\tempty\tfailed\t9\t\t\t\t\t0\tS\t" + filepath.Join(corpus, "empty.txt") + ": empty file",
		"10\tharbour-all\tfailed\t9,9,9\t\t\t\t\t0\tS\tthe beads format pairs two editions; this alignment has 3",
	}
	if len(tsv) != len(want) {
		t.Fatalf("summary.tsv has %d lines, want %d:\n%s", len(tsv), len(want), files["summary.tsv"])
	}
	for k := range want {
		if !strings.HasPrefix(tsv[k], want[k]) {
			t.Errorf("summary.tsv line %d:\n%q\nwant it to begin\n%q", k+1, tsv[k], want[k])
		}
	}
	if n := strings.Count(files["summary.jsonl"], "\n"); n != 7 {
		t.Errorf("summary.jsonl has %d lines, want 7", n)
	}
	if !strings.Contains(files["summary.jsonl"], `{"line":9,"id":"empty","status":"failed","editions":[{"id":"harbour.en","lang":"en","path":"harbour.en.txt","sentences":9}]`) {
		t.Errorf("summary.jsonl lacks the failed job:\n%s", files["summary.jsonl"])
	}
}

// The outputs do not depend on the number of workers.
func TestRunDeterministic(t *testing.T) {
	corpus := corpusDir(t)
	one, two := filepath.Join(t.TempDir(), "1"), filepath.Join(t.TempDir(), "2")
	runBatch(t, corpus, one, Options{Jobs: 1, Formats: []string{"tsv", "tmx"}})
	runBatch(t, corpus, two, Options{Jobs: 2, Formats: []string{"tsv", "tmx"}})
	sameOutputs(t, "--jobs 2 against --jobs 1", outputs(t, two), outputs(t, one))
}

func TestResume(t *testing.T) {
	corpus := corpusDir(t)
	out := filepath.Join(t.TempDir(), "out")
	all := "harbour-all harbour-de harbour-fr mill-es mill-fr mill-revised"
	p := runBatch(t, corpus, out, Options{})
	if got := strings.Join(p.ran, " "); got != all {
		t.Fatalf("first run ran %q, want %q", got, all)
	}
	first := outputs(t, out)

	p = runBatch(t, corpus, out, Options{})
	if len(p.ran) != 0 || strings.Join(p.skipped, " ") != all {
		t.Errorf("second run ran %v and skipped %v, want all skipped", p.ran, p.skipped)
	}
	if len(p.failed) != 1 {
		t.Errorf("second run: failed %v, want the bad job tried again", p.failed)
	}
	sameOutputs(t, "second run", outputs(t, out), first)

	// An input changed since: the jobs that read it are done again.
	now := time.Now()
	if err := os.Chtimes(filepath.Join(corpus, "mill.fr.txt"), now, now); err != nil {
		t.Fatal(err)
	}
	p = runBatch(t, corpus, out, Options{})
	if got := strings.Join(p.ran, " "); got != "mill-es mill-fr" {
		t.Errorf("after touching mill.fr.txt, ran %q, want \"mill-es mill-fr\"", got)
	}
	sameOutputs(t, "after a touch", outputs(t, out), first)

	// Replaced by an older copy (cp -p, rsync -a): done again too.
	older := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(filepath.Join(corpus, "harbour.de.txt"), older, older); err != nil {
		t.Fatal(err)
	}
	p = runBatch(t, corpus, out, Options{})
	if got := strings.Join(p.ran, " "); got != "harbour-all harbour-de" {
		t.Errorf("after dating harbour.de.txt back, ran %q, want \"harbour-all harbour-de\"", got)
	}

	// Other flags: every job again.
	p = runBatch(t, corpus, out, Options{Formats: []string{"tsv"}})
	if got := strings.Join(p.ran, " "); got != all {
		t.Errorf("with another format, ran %q, want all", got)
	}
	p = runBatch(t, corpus, out, Options{Formats: []string{"tsv"}, Force: true})
	if got := strings.Join(p.ran, " "); got != all {
		t.Errorf("with Force, ran %q, want all", got)
	}

	// A run killed before a job's record was written, or before all its
	// files: the job is done again, and the outputs are whole.
	os.Remove(filepath.Join(out, ".mill-fr.batch"))
	os.Remove(filepath.Join(out, "harbour-de.tsv"))
	p = runBatch(t, corpus, out, Options{Formats: []string{"tsv"}})
	if got := strings.Join(p.ran, " "); got != "harbour-de mill-fr" {
		t.Errorf("after an interrupted run, ran %q, want \"harbour-de mill-fr\"", got)
	}
	fresh := filepath.Join(t.TempDir(), "fresh")
	runBatch(t, corpus, fresh, Options{Formats: []string{"tsv"}})
	sameOutputs(t, "resumed against uninterrupted", outputs(t, out), outputs(t, fresh))
}

// Shards 0/3, 1/3 and 2/3, run into one folder, cover the manifest once;
// their summaries, concatenated and sorted by line, are a single run's.
func TestShards(t *testing.T) {
	corpus := corpusDir(t)
	single, sharded := filepath.Join(t.TempDir(), "single"), filepath.Join(t.TempDir(), "sharded")
	runBatch(t, corpus, single, Options{Formats: []string{"tmx"}})
	ran := 0
	for i := range 3 {
		p := runBatch(t, corpus, sharded, Options{Formats: []string{"tmx"}, Shard: Shard{I: i, N: 3}})
		ran += len(p.ran) + len(p.failed)
	}
	if ran != 7 {
		t.Errorf("the shards ran %d jobs, want 7", ran)
	}
	got := outputs(t, sharded)
	for _, ext := range []string{".tsv", ".jsonl"} {
		var lines []string
		for i := range 3 {
			name := Shard{I: i, N: 3}.SummaryName(ext)
			lines = append(lines, strings.SplitAfter(got[name], "\n")...)
			delete(got, name)
		}
		sort.SliceStable(lines, func(a, b int) bool { return lineOf(lines[a]) < lineOf(lines[b]) })
		got["summary"+ext] = strings.Join(lines, "")
	}
	sameOutputs(t, "three shards against one run", got, outputs(t, single))
}

// lineOf is the manifest line a summary line begins with, as sort -n
// reads it: 0 for the header, and for an empty string.
func lineOf(s string) int {
	s = strings.TrimPrefix(s, `{"line":`)
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// The temporary files of a run killed outright are removed by the next
// run of the same jobs, not those of another shard's jobs.
func TestLeftovers(t *testing.T) {
	corpus := corpusDir(t)
	out := t.TempDir()
	// Shard 0 of 2 is jobs 0, 2, 4 and 6: harbour-fr, mill-fr,
	// mill-revised and harbour-all; harbour-de is shard 1's.
	ours := []string{".mill-fr.json.123.tmp", "..mill-fr.batch.77.tmp", ".summary.shard-0-of-2.tsv.9.tmp"}
	theirs := []string{".harbour-de.json.123.tmp", ".summary.shard-1-of-2.tsv.9.tmp", ".mill-fr.json.tmp"}
	for _, name := range append(append([]string{}, ours...), theirs...) {
		if err := os.WriteFile(filepath.Join(out, name), []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runBatch(t, corpus, out, Options{Shard: Shard{I: 0, N: 2}})
	for _, name := range ours {
		if _, err := os.Stat(filepath.Join(out, name)); err == nil {
			t.Errorf("%s left behind", name)
		}
	}
	for _, name := range theirs {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s removed: %v", name, err)
		}
	}
}

// Two files of one name in two folders are two editions with two ids, in
// the job's JSON and in the summary, as compare names them.
func TestRunSameFileNames(t *testing.T) {
	corpus := corpusDir(t)
	for dir, src := range map[string]string{"a": "harbour.en.txt", "b": "harbour.fr.txt"} {
		data, err := os.ReadFile(filepath.Join(corpus, src))
		if err != nil {
			t.Fatal(err)
		}
		os.Mkdir(filepath.Join(corpus, dir), 0o755)
		if err := os.WriteFile(filepath.Join(corpus, dir, "x.txt"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(corpus, "manifest.tsv"), []byte("j\ten:a/x.txt\tfr:b/x.txt\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if p := runBatch(t, corpus, out, Options{}); len(p.failed) > 0 {
		t.Fatalf("failed: %v", p.failed)
	}
	files := outputs(t, out)
	for _, name := range []string{"j.json", "summary.jsonl"} {
		if !strings.Contains(files[name], `"id":"x",`) || !strings.Contains(files[name], `"id":"x-2",`) {
			t.Errorf("%s does not name the editions x and x-2:\n%.300s", name, files[name])
		}
	}
}

// A job whose output would be one of its own editions (an HTML book
// aligned into its own folder, -o ., --format html) fails, the edition
// kept: it was written over, and a failed job then removed it.
func TestRunOutputIsInput(t *testing.T) {
	corpus := corpusDir(t)
	src, err := os.ReadFile(filepath.Join(corpus, "harbour.fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := []byte("<html><body><p>" + strings.ReplaceAll(string(src), "\n\n", "</p><p>") + "</p></body></html>\n")
	if err := os.WriteFile(filepath.Join(corpus, "harbour.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpus, "manifest.tsv"), []byte("harbour\ten:harbour.en.txt\tfr:harbour.html\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := runBatch(t, corpus, corpus, Options{Formats: []string{"html"}})
	if len(p.failed) != 1 {
		t.Errorf("failed jobs %v, want harbour", p.failed)
	}
	if got, _ := os.ReadFile(filepath.Join(corpus, "harbour.html")); !bytes.Equal(got, page) {
		t.Error("the job's edition harbour.html was overwritten or removed")
	}
	files := outputs(t, corpus)
	if !strings.Contains(files["summary.tsv"], "harbour.html is the job's edition fr:harbour.html") {
		t.Errorf("the summary does not say why:\n%s", files["summary.tsv"])
	}
}

// TestRunDistrust: the summaries say what the alignment doubts. Two
// unrelated stories of one shape (the harbour in English, the mill in
// French, their numbers all different: align/chance_short.go) get a
// coverage of 0 and the alignment's warning; a pair too short to be
// tested keeps its coverage, with the warning that says so; a
// translation has none.
func TestRunDistrust(t *testing.T) {
	corpus := corpusDir(t)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(corpus, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("short.fr.txt", "Le chat dort.\n\nIl pleut.\n")
	write("short.de.txt", "Mein Vater hat ein Haus gekauft.\n\nDie Sonne scheint hell.\n")
	write("manifest.tsv", "id\toriginal\ttranslation\nreal\ten:harbour.en.txt\tfr:harbour.fr.txt\nunrelated\ten:harbour.en.txt\tfr:mill.fr.txt\nshort\tfr:short.fr.txt\tde:short.de.txt\n")
	out := filepath.Join(t.TempDir(), "out")
	runBatch(t, corpus, out, Options{})
	files := outputs(t, out)
	tsv := strings.Split(strings.TrimSuffix(files["summary.tsv"], "\n"), "\n")
	want := []string{
		TSVHeader,
		"2\treal\tok\t9,9\tmatch=9\t1.0000\t0.9883\t0.0000\t0\t",
		"3\tunrelated\tok\t9,7\tmatch=7\t0.0000\t0.4703\t1.0000\t1\t",
		"4\tshort\tok\t2,2\tmatch=2\t1.0000\t0.4662\t0.5000\t1\t",
	}
	if len(tsv) != len(want) {
		t.Fatalf("summary.tsv:\n%s\nwant %d lines", files["summary.tsv"], len(want))
	}
	for k := range want {
		if !strings.HasPrefix(tsv[k], want[k]) {
			t.Errorf("summary.tsv line %d:\n%q\nwant it to begin\n%q", k+1, tsv[k], want[k])
		}
	}
	for _, w := range []string{
		`"warnings":["harbour.en and mill.fr: not shown to correspond: short, and none of the 2 numbers of harbour.en (12, 1894) is in mill.fr (1731, 1802, 1880); rows kept, doubtful, not counted as covered"]`,
		`"warnings":["short.fr and short.de: too short to test whether they correspond better than chance (2 sentences of short.fr; 7 are needed): the scores and the coverage assume they do"]`,
	} {
		if !strings.Contains(files["summary.jsonl"], w) {
			t.Errorf("summary.jsonl lacks %s:\n%s", w, files["summary.jsonl"])
		}
	}
}
