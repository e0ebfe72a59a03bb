package main

import (
	"strings"
	"testing"
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
