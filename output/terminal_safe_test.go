package output

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// The text of an edition cannot drive the terminal a view is shown on:
// its control characters (an OSC that retitles the window, a CSI that
// clears the screen, a BEL, a C1 CSI) reached the terminal as they were.
// With colour the view's own SGR sequences are the only escapes left;
// the text's printable characters are all shown.
func TestViewControlCharacters(t *testing.T) {
	fr := paragraphs("fr", "fr", []string{"Titre \x1b]0;pwned\x07 ici.", "Efface \x1b[2J tout \u009b31m là."})
	en := paragraphs("en", "en", []string{"Title \x1b]0;pwned\x07 here.", "Clear \x1b[2J all \u009b31m there."})
	al := &align.Alignment{Editions: []*editions.Edition{fr, en}, Rows: []align.Row{
		{Cells: [][]int{{0}, {0}}, Kind: align.Match, Score: 0.9},
		{Cells: [][]int{{1}, {1}}, Kind: align.Match, Score: 0.9},
	}}
	ownSGR := regexp.MustCompile("\x1b\\[[0-9;]*m")
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteView(&buf, al, ViewOptions{Width: 100, Color: color}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !color && ownSGR.MatchString(out) {
			t.Errorf("colour off: an SGR sequence in the view")
		}
		rest := ownSGR.ReplaceAllString(out, "")
		if strings.ContainsAny(rest, "\x1b\x07\u009b") {
			t.Errorf("colour %v: control characters of the text reach the terminal:\n%q", color, out)
		}
		for _, w := range []string{"pwned", "here.", "all", "there."} {
			if !strings.Contains(rest, w) {
				t.Errorf("colour %v: %q not shown:\n%q", color, w, out)
			}
		}
	}
	var seg bytes.Buffer
	if err := WriteSegmentation(&seg, fr, "text", 100, BidiTerminal); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(seg.String(), "\x1b\x07\u009b") || !strings.Contains(seg.String(), "pwned") {
		t.Errorf("segment's text: %q", seg.String())
	}
	var lines bytes.Buffer
	if err := WriteSegmentation(&lines, fr, "lines", 0, BidiTerminal); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(lines.String(), "\x1b]0;pwned\x07") {
		t.Errorf("segment's lines, a data format, must keep the text as it is: %q", lines.String())
	}
}

// terminalSafe gives the same bytes however the writes cut what it is
// given: an SGR sequence or a C1 control split between two writes.
func TestTerminalSafeSplitWrites(t *testing.T) {
	in := "a\x1b[1;36mb\x1b[0m \x1b]0;t\x07 \u009bc\x1b[2Jd\té\n"
	for _, sgr := range []bool{false, true} {
		var whole bytes.Buffer
		terminalSafe(&whole, sgr).Write([]byte(in))
		var split bytes.Buffer
		w := terminalSafe(&split, sgr)
		for i := 0; i < len(in); i++ {
			w.Write([]byte{in[i]})
		}
		want := "a[1;36mb[0m ]0;t c[2Jd é\n" // without colour an ESC is left out, what follows it shown
		if sgr {
			want = "a\x1b[1;36mb\x1b[0m ]0;t c[2Jd é\n"
		}
		if whole.String() != want || split.String() != want {
			t.Errorf("sgr %v: %q whole, %q byte by byte, want %q", sgr, whole.String(), split.String(), want)
		}
	}
}
