package output

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

func sampleComparison(t *testing.T) *align.Alignment {
	t.Helper()
	al, _ := align.Align([]*editions.Edition{readSample(t, "greve.1972.en.txt"), readSample(t, "greve.2016.en.txt")}, align.Options{Mode: align.VersionsMode})
	return al
}

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func render(t *testing.T, al *align.Alignment, opts ViewOptions) string {
	t.Helper()
	var b strings.Builder
	if err := WriteView(&b, al, opts); err != nil {
		t.Fatal(err)
	}
	for _, ln := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if w := stringWidth(ansi.ReplaceAllString(ln, "")); w > max(opts.Width, 40) {
			t.Errorf("line %q is %d columns, wider than %d", ln, w, opts.Width)
		}
	}
	return b.String()
}

func TestViewWithoutColour(t *testing.T) {
	out := render(t, sampleComparison(t), ViewOptions{Width: 100})
	if ansi.MatchString(out) {
		t.Error("escape sequences without colour")
	}
	for _, want := range []string{
		"On [-16-] April",                        // the date, corrected in 2016
		"On {+6+} April",                         //
		"[-accord-ing-]",                         // hyphenation fixed, in the moved sentence
		"{+according+}",                          //
		"moved to 10)",                           // the moved paragraph's old place
		"moved from 15)",                         // and its new one
		"[-M. Martel had a notice posted on the", // the dropped sentence
		"{+They were 212 out of 240: only the",   // the restored one
	} {
		if !strings.Contains(out, want) {
			t.Errorf("view lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "rows: ") || !strings.Contains(out, "1 number") || !strings.Contains(out, "2 moved") {
		t.Errorf("summary line missing or wrong:\n%s", out[strings.LastIndex(out[:len(out)-1], "\n")+1:])
	}
}

func TestViewColour(t *testing.T) {
	out := render(t, sampleComparison(t), ViewOptions{Width: 80, Color: true})
	if !strings.Contains(out, "\x1b[31;9m16\x1b[0m") || !strings.Contains(out, "\x1b[32;4m6\x1b[0m") {
		t.Errorf("colour view lacks the marked date:\n%s", out)
	}
	if strings.Contains(out, "[-16-]") {
		t.Error("brackets shown as well as colour")
	}
	// Styles are closed on every line, so a pager shows each line right.
	for _, ln := range strings.Split(out, "\n") {
		if i := strings.LastIndex(ln, "\x1b["); i >= 0 && !strings.HasPrefix(ln[i:], "\x1b[0m") {
			t.Errorf("line leaves a style open: %q", ln)
		}
	}
}

func TestViewInlineAndChangesOnly(t *testing.T) {
	al := sampleComparison(t)
	out := render(t, al, ViewOptions{Width: 200, Inline: true})
	if !strings.Contains(out, "On [-16-]{+6+} April the management") {
		t.Errorf("inline view lacks the word diff:\n%s", out)
	}
	changes := render(t, al, ViewOptions{Width: 100, ChangesOnly: true, Context: 0})
	if strings.Contains(changes, "The next day the strike committee met") {
		t.Errorf("--changes-only shows an equal row:\n%s", changes)
	}
	if !strings.Contains(changes, "equal rows not shown") {
		t.Errorf("--changes-only does not say what it left out:\n%s", changes)
	}
	ignoring := render(t, al, ViewOptions{Width: 100, Ignore: []align.DiffType{align.QuotesDiff}})
	if strings.Contains(ignoring, "[-‘-]") || !strings.Contains(ignoring, "ignoring quotes") {
		t.Errorf("ignored quotes still marked:\n%s", ignoring)
	}
}

func TestViewWideCharacters(t *testing.T) {
	a, _ := editions.Parse("a.zh.txt", []byte("革命委员会在斯莫尔尼宫开会。他们决定起义。"), editions.Options{Lang: "zh"})
	b, _ := editions.Parse("b.zh.txt", []byte("革命委员会在斯莫尔尼宫开会。他们决定立即起义。"), editions.Options{Lang: "zh"})
	al, _ := align.Align([]*editions.Edition{a, b}, align.Options{Mode: align.VersionsMode})
	out := render(t, al, ViewOptions{Width: 40})
	if !strings.Contains(out, "{+") {
		t.Errorf("no insertion marked:\n%s", out)
	}
}

// TestViewMarksMissingAnchors: in colour, the view marks an anchor with no
// counterpart as the coverage report finds it — the sample's "6 avril"
// against "16 April" — and not one the other side writes in other words
// (the time "8 heures 45" beside "8.45", each side's own form).
func TestViewMarksMissingAnchors(t *testing.T) {
	fr := edition("fr", "fr", "Le 6 avril, la direction céda.", "Il partit à 8 heures 45.")
	en := edition("en", "en", "On 16 April the management gave way.", "He left at 8.45.")
	al := pairedAlike(fr, en)
	var b strings.Builder
	if err := WriteView(&b, al, ViewOptions{Width: 120, Color: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{missingStyle.sgr + "6 avril", missingStyle.sgr + "16 April", anchorStyle.sgr + "8.45"} {
		if !strings.Contains(out, want) {
			t.Errorf("the view lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, missingStyle.sgr+"8") {
		t.Errorf("8.45 against 8 heures 45 is marked missing:\n%s", out)
	}
}

// TestViewManyEditions: editions too many to stand side by side in the
// width are stacked in each row, each line led by its edition's label;
// every sentence is shown, and no line is wider than asked (render
// checks). With fewer editions, a label cut to its column keeps the
// language.
func TestViewManyEditions(t *testing.T) {
	var eds []*editions.Edition
	for i := range 12 {
		text := fmt.Sprintf("The committee met on 14 March. The strike lasted %d days.", 20+i)
		ed, err := editions.Parse(fmt.Sprintf("printing-number-%02d.en.txt", i), []byte(text), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		eds = append(eds, ed)
	}
	al, _ := align.Align(eds, align.Options{Mode: align.VersionsMode})
	out := render(t, al, ViewOptions{Width: 100})
	if !strings.Contains(out, "12 editions, one under another") {
		t.Errorf("no word of the stacked layout:\n%s", out)
	}
	for i := range 12 {
		if !strings.Contains(out, fmt.Sprintf("{+%d+} days.", 20+i)) && i > 0 {
			t.Errorf("edition %d's sentence 1 not shown:\n%s", i, out)
		}
		if n := strings.Count(out, fmt.Sprintf("printing-number-%02d.en (en)", i)); n != 2 {
			t.Errorf("edition %d labels %d lines, want one per row (2)", i, n)
		}
	}

	al, _ = align.Align(eds[:4], align.Options{Mode: align.VersionsMode})
	out = render(t, al, ViewOptions{Width: 80})
	header := strings.SplitN(out, "\n", 2)[0]
	if strings.Count(header, "(en)") != 4 {
		t.Errorf("header lost a language: %q", header)
	}
}

// TestViewNamesInHebrewColumn: in a Hebrew column, where any word may be
// a name, the view highlights the words whose reading is a name of the
// English column (דוד, David; בירושלים, in Jerusalem), and no other.
func TestViewNamesInHebrewColumn(t *testing.T) {
	en := edition("en", "en", "David reigned in Jerusalem for 33 years.")
	he := edition("he", "he", "דוד מלך בירושלים שלושים ושלוש שנה.")
	al := pairedAlike(en, he)
	out := render(t, al, ViewOptions{Width: 120, Color: true})
	var lit []string
	for _, m := range regexp.MustCompile(`\x1b\[[0-9;]*m([^\x1b]*)\x1b\[0m`).FindAllStringSubmatch(out, -1) {
		if strings.ContainsAny(m[1], "אבגדהוזחטיכלמנסעפצקרשת") {
			lit = append(lit, m[1])
		}
	}
	if strings.Join(lit, " ") != "דוד בירושלים" {
		t.Errorf("Hebrew words highlighted: %q, want דוד and בירושלים:\n%s", lit, out)
	}
}
