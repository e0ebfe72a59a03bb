package editions

import (
	"strings"
	"testing"
)

func TestQuote(t *testing.T) {
	cases := []struct{ in, want string }{
		{"[0]:[x]", `"[0]:[x]"`},
		{"Ἐν ἀρχῇ ἦν ὁ λόγος", `"Ἐν ἀρχῇ ἦν ὁ λόγος"`},
		// A binary file's first line: 80 columns of escapes, then its length.
		{"\x7fELF\x02\x01\x01" + strings.Repeat("\x00", 5000), `"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"… (5007 bytes in all)`},
		// Cut at a character, never inside one.
		{strings.Repeat("日本", 100), `"` + strings.Repeat("日本", 13) + `"… (600 bytes in all)`},
	}
	for _, c := range cases {
		got := Quote(c.in)
		if got != c.want {
			t.Errorf("Quote(%.20q…) = %s, want %s", c.in, got, c.want)
		}
		if q, _, _ := strings.Cut(got, "…"); len(q) > maxQuoted {
			t.Errorf("Quote(%.20q…) quotes %d bytes", c.in, len(q))
		}
	}
}
