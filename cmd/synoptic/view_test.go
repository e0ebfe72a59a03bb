package main

import (
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/output"
)

// TestPagerFailureKeepsTheView: a $PAGER that is missing or fails must
// not lose the view; a pager that works shows it once, with no warning.
func TestPagerFailureKeepsTheView(t *testing.T) {
	view := "  0 │ La grève commença le 16 avril 1891.   0 │ The strike began on 16 April 1891.\n"
	cases := []struct {
		pager string
		warn  bool
	}{
		{"no-such-pager-3f9a", true}, // sh: not found, status 127
		{"exit 3", true},
		{"cat", false},
		{"tr a a", false},
	}
	for _, c := range cases {
		var out, errOut strings.Builder
		if err := runPager(c.pager, []byte(view), &out, &errOut); err != nil {
			t.Errorf("pager %q: %v", c.pager, err)
		}
		if out.String() != view {
			t.Errorf("pager %q: the view came out as %q", c.pager, out.String())
		}
		warned := strings.Contains(errOut.String(), "synoptic: warning: the pager \""+c.pager+"\" failed")
		if warned != c.warn {
			t.Errorf("pager %q: stderr %q, want a warning: %v", c.pager, errOut.String(), c.warn)
		}
	}
}

// TestChooseBidi: right-to-left text is put in visual order on a
// terminal that does not reorder, left in logical order in a file or on
// a terminal that reorders (GNOME Terminal's VTE from 0.57.3), and the
// flag, else SYNOPTIC_BIDI, overrides.
func TestChooseBidi(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		flag string
		tty  bool
		env  func(string) string
		want output.BidiMode
	}{
		{"", true, env(), output.BidiVisual},                                    // xterm, the Linux console
		{"", false, env(), output.BidiTerminal},                                 // a file or a pipe
		{"", true, env("VTE_VERSION", "7600"), output.BidiTerminal},             // GNOME Terminal
		{"", true, env("VTE_VERSION", "5202"), output.BidiVisual},               // a VTE without bidi
		{"", true, env("KONSOLE_VERSION", "230804"), output.BidiTerminal},       // Konsole
		{"", true, env("TERM_PROGRAM", "Apple_Terminal"), output.BidiTerminal},  // macOS Terminal
		{"visual", true, env("VTE_VERSION", "7600"), output.BidiVisual},         // the flag wins
		{"", false, env("SYNOPTIC_BIDI", "visual"), output.BidiVisual},          // so does the variable
		{"terminal", true, env("SYNOPTIC_BIDI", "visual"), output.BidiTerminal}, // the flag over the variable
	} {
		got, err := chooseBidi(c.flag, c.tty, c.env)
		if err != nil || got != c.want {
			t.Errorf("--bidi %q, terminal %v: %v, %v; want %v", c.flag, c.tty, got, err, c.want)
		}
	}
	if _, err := chooseBidi("", true, env("SYNOPTIC_BIDI", "rtl")); err == nil || !strings.Contains(err.Error(), "SYNOPTIC_BIDI") {
		t.Errorf("a wrong SYNOPTIC_BIDI is not refused by name: %v", err)
	}
}
