package main

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// synopticExe returns a command named synoptic that runs this test
// binary as synoptic (TestMain), for tests that need a real process.
func synopticExe(t *testing.T) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(bin, "synoptic")
	if err := os.Symlink(self, exe); err != nil {
		t.Skipf("cannot link the test binary as synoptic: %v", err)
	}
	return exe
}

// batchCorpus writes a manifest of n jobs over the bundled sample
// (French, English 1972 and 2016: translations, versions, all three) and
// returns its path.
func batchCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"greve.fr.txt", "greve.1972.en.txt", "greve.2016.en.txt"} {
		data, err := os.ReadFile(filepath.Join("sample", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	kinds := []string{
		"fr:greve.fr.txt\ten:greve.1972.en.txt",
		"en:greve.1972.en.txt\ten:greve.2016.en.txt",
		"fr:greve.fr.txt\ten:greve.1972.en.txt\ten:greve.2016.en.txt",
		"fr:greve.fr.txt\ten:missing.txt",
	}
	var sb strings.Builder
	sb.WriteString("id\teditions\n")
	for k := range n {
		sb.WriteString("job" + string(rune('a'+k/26)) + string(rune('a'+k%26)) + "\t" + kinds[k%len(kinds)] + "\n")
	}
	m := filepath.Join(dir, "manifest.tsv")
	if err := os.WriteFile(m, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return m
}

// batchFiles returns the files of a batch's folder but the hidden ones,
// the summaries without the seconds column (the one figure that changes
// from run to run), and fails on a temporary file left behind.
func batchFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if strings.HasSuffix(name, ".tmp") {
			t.Errorf("%s: temporary file %s left behind", dir, name)
		}
		if strings.HasPrefix(name, ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if strings.HasSuffix(name, ".tsv") && strings.HasPrefix(name, "summary") {
			lines := strings.SplitAfter(text, "\n")
			for k, l := range lines {
				if f := strings.Split(l, "\t"); len(f) > 9 {
					f[9] = "S"
					lines[k] = strings.Join(f, "\t")
				}
			}
			text = strings.Join(lines, "")
		}
		if strings.HasSuffix(name, ".jsonl") {
			text = maskJSONSeconds(text)
		}
		out[name] = text
	}
	return out
}

func maskJSONSeconds(s string) string {
	var sb strings.Builder
	for {
		i := strings.Index(s, `"seconds":`)
		if i < 0 {
			break
		}
		j := i + len(`"seconds":`)
		for j < len(s) && strings.IndexByte("0123456789.e-", s[j]) >= 0 {
			j++
		}
		sb.WriteString(s[:i] + `"seconds":S`)
		s = s[j:]
	}
	return sb.String() + s
}

func sameBatchFiles(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	var names []string
	for name := range want {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if got[name] != want[name] {
			t.Errorf("%s: %s differs (or is missing)", what, name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: unexpected %s", what, name)
		}
	}
}

// A run killed at a random moment and started again finishes with the
// outputs of an uninterrupted run: SIGKILL, after which nothing could
// clean up, and SIGTERM, after which nothing is left half written.
func TestBatchKilled(t *testing.T) {
	exe := synopticExe(t)
	m := batchCorpus(t, 24)
	ref := filepath.Join(t.TempDir(), "ref")
	start := time.Now()
	if err := exec.Command(exe, "batch", "-q", "-j", "2", "--format", "json,tmx", m, "-o", ref).Run(); err == nil {
		t.Fatal("the reference run succeeded; a job of the manifest should fail")
	}
	took := time.Since(start) // only to choose when to kill
	want := batchFiles(t, ref)
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM} {
		out := filepath.Join(t.TempDir(), "out")
		cmd := exec.Command(exe, "batch", "-q", "-j", "2", "--format", "json,tmx", m, "-o", out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.Int64N(int64(took))))
		cmd.Process.Signal(sig)
		cmd.Wait()
		if sig == syscall.SIGTERM {
			entries, _ := os.ReadDir(out)
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".tmp") {
					t.Errorf("after SIGTERM, temporary file %s left behind", e.Name())
				}
			}
		}
		again := exec.Command(exe, "batch", "-q", "-j", "2", "--format", "json,tmx", m, "-o", out)
		if err := again.Run(); err == nil {
			t.Fatal("the resumed run succeeded; a job of the manifest should fail")
		}
		sameBatchFiles(t, "killed by "+sig.String()+" and resumed", batchFiles(t, out), want)
	}
}

// Three shards run at once by GNU parallel into one folder write what a
// single run writes, byte for byte, once their summaries are
// concatenated and sorted by manifest line as the README says.
func TestBatchGNUParallel(t *testing.T) {
	if _, err := exec.LookPath("parallel"); err != nil {
		t.Skip("GNU parallel is not installed (Debian package parallel): shards under parallel not tested")
	}
	exe := synopticExe(t)
	m := batchCorpus(t, 13)
	single, sharded := filepath.Join(t.TempDir(), "single"), filepath.Join(t.TempDir(), "sharded")
	exec.Command(exe, "batch", "-q", "-j", "1", m, "-o", single).Run()
	cmd := exec.Command("parallel", "--will-cite", exe, "batch", "-q", "-j", "1", "--shard", "{}/3", m, "-o", sharded, ":::", "0", "1", "2")
	if out, err := cmd.CombinedOutput(); err == nil {
		t.Fatalf("parallel succeeded; a job of the manifest should fail:\n%s", out)
	}
	for _, ext := range []string{"tsv", "jsonl"} {
		shards, _ := filepath.Glob(filepath.Join(sharded, "summary.shard-*-of-3."+ext))
		if len(shards) != 3 {
			t.Fatalf("%d shard summaries .%s, want 3", len(shards), ext)
		}
		key := []string{"-n", "-s", "-k1,1"}
		if ext == "jsonl" {
			key = []string{"-t:", "-n", "-s", "-k2,2"}
		}
		sort := exec.Command("sort", append(key, shards...)...)
		sort.Env = append(os.Environ(), "LC_ALL=C")
		merged, err := sort.Output()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sharded, "summary."+ext), merged, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, s := range shards {
			os.Remove(s)
		}
	}
	sameBatchFiles(t, "three shards under GNU parallel", batchFiles(t, sharded), batchFiles(t, single))
}
