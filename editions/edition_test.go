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

// TestJoined: sentences shown together are joined as the text has them:
// after a space where white space stood between them (folded to one),
// with nothing where nothing did (Japanese and Chinese after 。), and
// after a space across a paragraph break, between sentences that do not
// follow each other, and between lines of presegmented input.
func TestJoined(t *testing.T) {
	ja := parse(t, "a.ja.txt", "太初に神は天と地とを創造された。地は形なく、むなしかった。\n\nやみが淵のおもてにあった。\n", Options{})
	zh := parse(t, "a.zh.txt", "起初神创造天地。地是空虚混沌。", Options{})
	en := parse(t, "a.en.txt", "In the beginning God created the heaven and the earth.   And the earth was without form.\n", Options{})
	lines := parse(t, "b.ja.txt", "太初に神は天と地とを創造された。\n地は形なく、むなしかった。\n", Options{Presegmented: true})
	for _, c := range []struct {
		e    *Edition
		ids  []int
		want string
	}{
		{ja, []int{0, 1}, "太初に神は天と地とを創造された。地は形なく、むなしかった。"},
		{ja, []int{1, 2}, "地は形なく、むなしかった。 やみが淵のおもてにあった。"},
		{ja, []int{0, 2}, "太初に神は天と地とを創造された。 やみが淵のおもてにあった。"},
		{zh, []int{0, 1}, "起初神创造天地。地是空虚混沌。"},
		{en, []int{0, 1}, "In the beginning God created the heaven and the earth. And the earth was without form."},
		{lines, []int{0, 1}, "太初に神は天と地とを創造された。 地は形なく、むなしかった。"},
		{en, []int{1}, "And the earth was without form."},
	} {
		if got := c.e.Joined(c.ids); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.e.ID, c.ids, got, c.want)
		}
	}
}
