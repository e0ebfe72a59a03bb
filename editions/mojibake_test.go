package editions

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// twice returns s encoded twice: its UTF-8 bytes read as windows-1252
// (Latin-1 for the bytes windows-1252 leaves undefined) and written as
// UTF-8 again.
func twice(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		r := charmap.Windows1252.DecodeByte(c)
		if r == '\uFFFD' {
			r = rune(c)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// A text encoded twice, in French, Russian or Greek, is read as it is
// and said to be so, naming the first place and what it stood for; the
// same texts whole, Vietnamese with its stacked accents, Chinese, and a
// long text with one symbol beside a letter by chance ("Â«"), are not.
func TestMojibakeWarning(t *testing.T) {
	fr := "Le café était très bon. L’été dernier, nous étions à Paris. Où est la gare?\n"
	ru := "Привет, мир. Это второе предложение.\n"
	el := "Καλημέρα κόσμε. Αυτή είναι η δεύτερη πρόταση.\n"
	vi := "Tiếng Việt có nhiều dấu. Người ta nói rằng nó khó học.\n"
	zh := "中文没有这个问题。这是第二句。\n"
	for _, c := range []struct {
		name, text, want string
	}{
		{"French twice", twice(fr), `the first at byte 6, "Ã©" for "é"`},
		{"Russian twice", twice(ru), `for "Привет"`},
		{"Greek twice", twice(el), `for "Καλημέρα"`},
		{"French", fr, ""},
		{"Russian", ru, ""},
		{"Greek", el, ""},
		{"Vietnamese", vi, ""},
		{"Chinese", zh, ""},
		{"one chance pair", strings.Repeat(fr, 30) + "Il cita Â«Le TempsÂ».\n", ""},
		{"French twice in a page", "<html><body><p>" + twice(fr) + "</p></body></html>", `"Ã©" for "é"`},
	} {
		name := strings.ReplaceAll(c.name, " ", "_") + ".txt"
		if strings.HasPrefix(c.text, "<html>") {
			name = strings.TrimSuffix(name, ".txt") + ".html"
		}
		e, err := Parse(name, []byte(c.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(e.Warnings, "\n")
		switch {
		case c.want == "" && strings.Contains(got, "encoded twice"):
			t.Errorf("%s: warned: %s", c.name, got)
		case c.want != "" && !(strings.Contains(got, "encoded twice") && strings.Contains(got, c.want)):
			t.Errorf("%s: warnings %q, want one saying %s", c.name, got, c.want)
		}
		if e.Text != c.text && !strings.HasSuffix(name, ".html") {
			t.Errorf("%s: text changed", c.name)
		}
	}
}
