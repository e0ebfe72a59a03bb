package main

import (
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/internal/fuzzcheck"
)

// FuzzParseAccept: an --accept file is read as the first words of its
// lines, each a finding id, or refused with an *editions.InputError
// naming it and the line at fault. Run with
//
//	go test ./cmd/synoptic -run XXX -fuzz FuzzParseAccept -parallel 1
func FuzzParseAccept(f *testing.F) {
	f.Add("# reviewed 2026-12-01\no1a2b3c4d  the translator's cut, kept\n\nm0badcafe-2 # a reading, not a mistake\r\na12345678\n")
	f.Add("o1a2b3c4d\nnot-an-id because\n")
	f.Add("o1a2b3c4d-\nm0badcafe-x\n")
	f.Fuzz(func(t *testing.T, in string) {
		ids, err := parseAccept(strings.NewReader(in), "acc.txt")
		lines := strings.Split(in, "\n")
		if err != nil {
			fuzzcheck.Refused(t, err, "acc.txt", in, func(e *editions.InputError) (string, int) { return e.Path, e.Line })
			return
		}
		want := map[string]bool{}
		for _, l := range lines {
			l, _, _ = strings.Cut(l, "#")
			if w := strings.Fields(l); len(w) > 0 {
				want[w[0]] = true
			}
		}
		if len(ids) != len(want) {
			t.Fatalf("ids %v, want the lines' first words %v", ids, want)
		}
		for id := range ids {
			if !want[id] || !validID(id) {
				t.Fatalf("id %q: not a line's first word, or not a finding id", id)
			}
		}
	})
}

// A line longer than the scanner takes (a reviewer's note pasted whole)
// is refused naming its line; it was once refused naming none.
func TestParseAcceptLongLine(t *testing.T) {
	in := "o1a2b3c4d\nm0badcafe " + strings.Repeat("note ", 64<<10/5+1) + "\n"
	_, err := parseAccept(strings.NewReader(in), "acc.txt")
	if want := "acc.txt:2: the line is longer than 64 KB"; err == nil || err.Error() != want {
		t.Fatalf("error %v, want %q", err, want)
	}
}
