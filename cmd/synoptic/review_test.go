package main

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/synoptic-text/synoptic/output"
)

// reviewRun runs synoptic review with args until Ctrl-C, and returns
// the address it printed first, a function that sends Ctrl-C and
// returns the exit status, and its standard error.
func reviewRun(t *testing.T, args ...string) (string, func() int, *bytes.Buffer) {
	t.Helper()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(append([]string{"review", "--no-open"}, args...), strings.NewReader(""), pw, &stderr)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no address on standard output: %v; %s", err, stderr.String())
	}
	go io.Copy(io.Discard, pr)
	return strings.TrimSpace(line), func() int {
		syscall.Kill(os.Getpid(), syscall.SIGINT)
		select {
		case code := <-done:
			return code
		case <-time.After(20 * time.Second):
			t.Fatal("review did not stop on Ctrl-C")
			return -1
		}
	}, &stderr
}

// sampleCopy copies the sample's French and English 1972 into a
// temporary folder, and returns it and their paths.
func sampleCopy(t *testing.T) (dir, fr, en string) {
	t.Helper()
	dir = t.TempDir()
	for _, f := range []string{"greve.fr.txt", "greve.1972.en.txt"} {
		data, err := os.ReadFile(filepath.Join("sample", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, filepath.Join(dir, "greve.fr.txt"), filepath.Join(dir, "greve.1972.en.txt")
}

func TestReviewCommand(t *testing.T) {
	dir, fr, en := sampleCopy(t)
	addr, stop, stderr := reviewRun(t, fr, en)
	u, err := url.Parse(addr)
	if err != nil || u.Hostname() != "127.0.0.1" || len(u.Query().Get("token")) != 32 {
		t.Fatalf("first line %q: want http://127.0.0.1:PORT/?token=…", addr)
	}
	// Without the token: refused.
	if resp, err := http.Get("http://" + u.Host + "/api/alignment"); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("no token: %v %v", resp, err)
	}
	req, _ := http.NewRequest("POST", "http://"+u.Host+"/api/ops?token="+u.Query().Get("token"), strings.NewReader(`{"ops": [{"op": "merge", "row": 0}, {"op": "confirm", "row": 0}]}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("ops: %v %v", resp, err)
	}
	state, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if code := stop(); code != 0 {
		t.Fatalf("status %d after Ctrl-C; %s", code, stderr)
	}
	// Saved beside the first edition, and read back as it was.
	save := filepath.Join(dir, "greve.fr.review.json")
	saved, err := os.ReadFile(save)
	if err != nil || !bytes.Equal(saved, state) {
		t.Fatalf("the saved file is not the last state (%v)", err)
	}
	if !strings.Contains(stderr.String(), "saved "+save) {
		t.Errorf("stderr does not say where it saved: %s", stderr)
	}
	// A restart on the saved file shows the same state.
	addr, stop, _ = reviewRun(t, save)
	resp, err = http.Get(strings.Replace(addr, "/?", "/api/alignment?", 1))
	if err != nil {
		t.Fatal(err)
	}
	again, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	stop()
	if !bytes.Equal(again, state) {
		t.Error("a restart on the saved file does not show the same state")
	}
	if _, err := output.ReadAlignmentJSON(bytes.NewReader(again)); err != nil {
		t.Error(err)
	}
}

// runStopped runs synoptic with args, as a review that should not start:
// one that does is stopped (Ctrl-C) after 20 s and the test fails, rather
// than the test hanging to go test's timeout.
func runStopped(t *testing.T, args []string, stdout, stderr io.Writer) int {
	t.Helper()
	done := make(chan int, 1)
	go func() { done <- run(args, strings.NewReader(""), stdout, stderr) }()
	select {
	case code := <-done:
		return code
	case <-time.After(20 * time.Second):
		syscall.Kill(os.Getpid(), syscall.SIGINT)
		t.Errorf("%v: started and served (stopped with Ctrl-C)", args)
		return <-done
	}
}

// A review started again on the same editions does not overwrite the
// file an earlier review saved to (its confirmed rows would be lost): it
// stops, names the file, and says how to go on with it.
func TestReviewKeepsEarlierSave(t *testing.T) {
	dir, fr, en := sampleCopy(t)
	for _, args := range [][]string{
		{fr, en},
		{"--save", filepath.Join(dir, "greve.fr.review.json"), fr, en},
	} {
		save := filepath.Join(dir, "greve.fr.review.json")
		earlier := []byte(`{"an earlier review": true}`)
		if err := os.WriteFile(save, earlier, 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		code := runStopped(t, append([]string{"review", "--no-open"}, args...), &stdout, &stderr)
		if code != exitBadInput {
			t.Errorf("review %v: status %d, want %d; %s", args, code, exitBadInput, &stderr)
		}
		if got, _ := os.ReadFile(save); !bytes.Equal(got, earlier) {
			t.Errorf("review %v overwrote the earlier review's file", args)
		}
		if msg := stderr.String(); !strings.Contains(msg, save) || !strings.Contains(msg, "synoptic review "+save) {
			t.Errorf("review %v: the message does not name the file and how to go on: %s", args, msg)
		}
		if stdout.Len() != 0 {
			t.Errorf("review %v wrote %q on standard output", args, &stdout)
		}
	}
}

// A review that cannot start (its port is taken, or no port, or its
// --accept file cannot be read) says so
// and leaves no file behind: the file it would have saved to was
// written before the port was tried, and then stopped the next review
// as an earlier review's.
func TestReviewCannotListen(t *testing.T) {
	dir, fr, en := sampleCopy(t)
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	port := strconv.Itoa(taken.Addr().(*net.TCPAddr).Port)
	for _, c := range []struct {
		flags []string
		want  string
	}{
		{[]string{"--port", port}, "127.0.0.1:" + port},
		{[]string{"--port", "70000"}, "--port 70000: want a port number, 1 to 65535, or 0 for a free one"},
		{[]string{"--accept", dir}, dir + ": is a directory, not a file"},
	} {
		var stdout, stderr bytes.Buffer
		args := append(append([]string{"review", "--no-open"}, c.flags...), fr, en)
		if code := runStopped(t, args, &stdout, &stderr); code != exitBadInput {
			t.Errorf("%v: status %d, want %d; %s", c.flags, code, exitBadInput, &stderr)
		}
		if !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%v: %q does not say %q", c.flags, &stderr, c.want)
		}
		if _, err := os.Stat(filepath.Join(dir, "greve.fr.review.json")); err == nil {
			t.Fatalf("%v: a review that did not start left its file", c.flags)
		}
	}
}
