package atomicfile

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// leftovers lists the temporary files left in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestWriteNewAndExisting(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "page.html")
	if err := Write(p, writeString("first")); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(p)
	if got := info.Mode().Perm(); got != 0o644 {
		t.Errorf("new file mode %v, want 0644", got)
	}
	os.Chmod(p, 0o600)
	if err := Write(p, writeString("second")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, p); got != "second" {
		t.Errorf("content %q", got)
	}
	info, _ = os.Stat(p)
	if got := info.Mode().Perm(); got != 0o600 {
		t.Errorf("existing file's mode became %v, want 0600 kept", got)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left %v", l)
	}
}

func TestReadOnlyRefused(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "keep.txt")
	os.WriteFile(p, []byte("precious"), 0o444)
	err := Write(p, writeString("over"))
	if err == nil || err.Error() != p+": read-only file (mode 0444), not replaced" {
		t.Fatalf("error %v, want a read-only file named %s", err, p)
	}
	if got := read(t, p); got != "precious" {
		t.Errorf("read-only file now holds %q", got)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left %v", l)
	}
}

func TestSymlinkWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real", "out.tsv")
	os.Mkdir(filepath.Dir(target), 0o755)
	os.WriteFile(target, []byte("old"), 0o644)
	link := filepath.Join(dir, "link.tsv")
	if err := os.Symlink(filepath.Join("real", "out.tsv"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := Write(link, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a %v", fi.Mode())
	}
	if got := read(t, target); got != "new" {
		t.Errorf("target holds %q, want new", got)
	}
	// A dangling link: the file it names is created.
	dangling := filepath.Join(dir, "dangling.tsv")
	os.Symlink("created.tsv", dangling)
	if err := Write(dangling, writeString("made")); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "created.tsv")); got != "made" {
		t.Errorf("dangling link's target holds %q", got)
	}
}

func TestErrorsNameTheUsersFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nodir", "sub", "x.html")
	err := Write(p, writeString("x"))
	if err == nil {
		t.Fatal("no error writing into a missing folder")
	}
	if msg := err.Error(); !strings.HasPrefix(msg, p+": ") || strings.Contains(msg, ".tmp") {
		t.Errorf("error %q, want it to name %s and no temporary file", msg, p)
	}
}

func TestFailedWriteKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.json")
	os.WriteFile(p, []byte("old"), 0o644)
	boom := errors.New("boom")
	err := Write(p, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("error %v", err)
	}
	if got := read(t, p); got != "old" {
		t.Errorf("file holds %q after a failed write", got)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("left %v", l)
	}
}

// TestInterruptRemovesTemporary runs this test binary as a child that
// writes a file and blocks halfway; Ctrl-C (SIGINT) must leave no
// temporary file and exit with status 130.
func TestInterruptRemovesTemporary(t *testing.T) {
	if dir := os.Getenv("ATOMICFILE_CHILD_DIR"); dir != "" {
		CleanUpOnSignal()
		Write(filepath.Join(dir, "big.html"), func(w io.Writer) error {
			io.WriteString(w, strings.Repeat("x", 1<<20))
			os.Stdout.WriteString("writing\n")
			select {} // until the signal
		})
		return
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptRemovesTemporary$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_CHILD_DIR="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "writing\n" {
		cmd.Process.Kill()
		t.Fatalf("child said %q", line)
	}
	if l := leftovers(t, dir); len(l) != 1 {
		t.Errorf("while writing: temporary files %v, want one", l)
	}
	cmd.Process.Signal(syscall.SIGINT)
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 130 {
		t.Errorf("child ended with %v, want exit status 130", err)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("after Ctrl-C: left %v", l)
	}
	if _, err := os.Stat(filepath.Join(dir, "big.html")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a half-written big.html exists: %v", err)
	}
}

func TestTemporaryOf(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "book.tei.xml")
	f, err := Create(target)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	if got, ok := TemporaryOf(f.tmp.Name()); !ok || got != "book.tei.xml" {
		t.Errorf("TemporaryOf(%q) = %q, %v; want book.tei.xml", f.tmp.Name(), got, ok)
	}
	for _, name := range []string{"book.json", ".book.json", ".book.json.tmp", ".book.json.12a.tmp", "..123.tmp", ".x.123.tmp.bak"} {
		if got, ok := TemporaryOf(name); ok {
			t.Errorf("TemporaryOf(%q) = %q, want none", name, got)
		}
	}
}
