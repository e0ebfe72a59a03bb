package output

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"golang.org/x/text/language"
)

// rev writes a word of a right-to-left script as a terminal that draws
// left to right must receive it: its letters last to first, each with
// the points or vowel signs that follow it in the text still after it.
// It knows nothing of numbers, Latin or brackets; the tests spell out
// where those go.
// wrapPieces returns the lines of ps wrapped to cols columns, as the
// view makes them one at a time (lineWrap).
func (v *view) wrapPieces(dst []wrappedLine, ps []piece, cols int, rtl bool) []wrappedLine {
	for _, ln := range v.wrapLines(ps, "", cols, rtl) {
		dst = append(dst, ln)
	}
	return dst
}

func rev(word string) string {
	var clusters []string
	for _, r := range word {
		if unicode.Is(unicode.Mn, r) && len(clusters) > 0 {
			clusters[len(clusters)-1] += string(r)
			continue
		}
		clusters = append(clusters, string(r))
	}
	var b strings.Builder
	for i := len(clusters) - 1; i >= 0; i-- {
		b.WriteString(clusters[i])
	}
	return b.String()
}

// visual wraps s to cols columns as a cell of the terminal view in
// visual order, in a right-to-left column when rtl, without colour.
func visual(s string, cols int, rtl bool, color bool) []wrappedLine {
	v := &view{opts: ViewOptions{Bidi: BidiVisual, Color: color}}
	return v.wrapPieces(nil, []piece{{s, plainStyle}}, cols, rtl)
}

func texts(lines []wrappedLine) []string {
	var out []string
	for _, ln := range lines {
		out = append(out, ln.String())
	}
	return out
}

func sameLines(t *testing.T, what string, got []wrappedLine, want []string) {
	t.Helper()
	g := texts(got)
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %q\nwant %q", what, g, want)
	}
}

// TestBidiHebrew: a Hebrew sentence with a year and a Latin name in it
// reads right to left, the year and the name left to right in their
// places; broken into lines narrower than the sentence, the lines are
// the logical text's (the first words on the first line, at its right
// end), each laid out by itself and right-aligned.
func TestBidiHebrew(t *testing.T) {
	s := "בשנת 1040 נולד David בבית לחם."
	sameLines(t, "one line", visual(s, 60, true, false), []string{
		"." + rev("לחם") + " " + rev("בבית") + " David " + rev("נולד") + " 1040 " + rev("בשנת"),
	})
	lines := visual(s, 11, true, false)
	sameLines(t, "11 columns", lines, []string{
		"1040 " + rev("בשנת"),
		"David " + rev("נולד"),
		"." + rev("לחם") + " " + rev("בבית"),
	})
	for _, ln := range lines {
		if !ln.right {
			t.Errorf("line %q of a right-to-left column is not right-aligned", ln.text)
		}
	}
	if w := lines[0].width; w != 9 {
		t.Errorf("the first line is %d columns, want 9", w)
	}
	// The same text in logical order when the terminal orders it.
	v := &view{opts: ViewOptions{}}
	if got := texts(v.wrapPieces(nil, []piece{{s, plainStyle}}, 11, true)); got[0] != "בשנת 1040" {
		t.Errorf("BidiTerminal reordered the text: %q", got)
	}
}

// TestBidiPointedAndArabic: points and harakat stay after their letters
// and take no column; Arabic-Indic digits read left to right; a
// full stop ends the sentence at its left.
func TestBidiPointedAndArabic(t *testing.T) {
	he := "בְּרֵאשִׁית בָּרָא"
	got := visual(he, 40, true, false)
	sameLines(t, "pointed Hebrew", got, []string{rev("בָּרָא") + " " + rev("בְּרֵאשִׁית")})
	if got[0].width != 10 {
		t.Errorf("pointed Hebrew is %d columns wide, want 10 (points take none)", got[0].width)
	}
	ar := "ذَهَبَ مُوسَى إلى مصر سنة ١٢٣٤."
	sameLines(t, "Arabic", visual(ar, 60, true, false), []string{
		".١٢٣٤ " + rev("سنة") + " " + rev("مصر") + " " + rev("إلى") + " " + rev("مُوسَى") + " " + rev("ذَهَبَ"),
	})
	// An Arabic sentence with a Latin name and European digits, which
	// after Arabic letters are Arabic numbers (W2): still left to right.
	ar2 := "قرأ Ahmad الكتاب في 3 أيام"
	sameLines(t, "Arabic with a Latin name", visual(ar2, 60, true, false), []string{
		rev("أيام") + " 3 " + rev("في") + " " + rev("الكتاب") + " Ahmad " + rev("قرأ"),
	})
}

// TestBidiInLatinColumn: Hebrew quoted in an English column is reversed
// in its place, a number after it staying with it; the line is not
// right-aligned. A line with nothing right to left is left as it is.
func TestBidiInLatinColumn(t *testing.T) {
	sameLines(t, "quote", visual("He said שלום לך to them.", 60, false, false), []string{
		"He said " + rev("לך") + " " + rev("שלום") + " to them.",
	})
	sameLines(t, "number after Hebrew", visual("See עמוד 12 here.", 60, false, false), []string{
		"See 12 " + rev("עמוד") + " here.",
	})
	if got := visual("Plain (text) 12.", 60, false, false); got[0].String() != "Plain (text) 12." || got[0].right {
		t.Errorf("a left-to-right line was changed: %+v", got[0])
	}
}

// TestBidiBrackets: paired brackets (rule N0) enclose what they enclosed,
// mirrored at right-to-left levels; a parenthesis around a Latin word in
// Hebrew goes with the word.
func TestBidiBrackets(t *testing.T) {
	sameLines(t, "Hebrew in brackets", visual("אמר (דוד) כן", 40, true, false), []string{
		rev("כן") + " (" + rev("דוד") + ") " + rev("אמר"),
	})
	sameLines(t, "Latin in brackets", visual("שלום David (Work) עולם", 40, true, false), []string{
		rev("עולם") + " David (Work) " + rev("שלום"),
	})
	sameLines(t, "guillemets", visual("אמר «כן»", 40, true, false), []string{
		"«" + rev("כן") + "» " + rev("אמר"),
	})
}

// TestBidiStyles: a deleted word keeps its colour, or its [-…-] marks,
// in its visual place.
func TestBidiStyles(t *testing.T) {
	ps := []piece{{"אמר ", plainStyle}, {"דוד", delStyle}, {" 12 שנים", plainStyle}}
	v := &view{opts: ViewOptions{Bidi: BidiVisual, Color: true}}
	sameLines(t, "colour", v.wrapPieces(nil, ps, 40, true), []string{
		rev("שנים") + " 12 " + delStyle.sgr + rev("דוד") + "\x1b[0m " + rev("אמר"),
	})
	v.opts.Color = false
	sameLines(t, "marks", v.wrapPieces(nil, ps, 40, true), []string{
		rev("שנים") + " 12 [-" + rev("דוד") + "-] " + rev("אמר"),
	})
}

// TestViewRightToLeftColumn: the side-by-side view of English and
// Hebrew, in visual order, right-aligns the Hebrew column and shows its
// sentence right to left; every line keeps within the width.
func TestViewRightToLeftColumn(t *testing.T) {
	en := edition("en", "en", "In 1040 David was born in Bethlehem.")
	he := edition("he", "he", "בשנת 1040 נולד David בבית לחם.")
	al := pairedAlike(en, he)
	out := render(t, al, ViewOptions{Width: 100, Bidi: BidiVisual})
	line := strings.Split(out, "\n")[1]
	want := "." + rev("לחם") + " " + rev("בבית") + " David " + rev("נולד") + " 1040 " + rev("בשנת")
	if !strings.HasSuffix(line, " "+want) {
		t.Errorf("the Hebrew column does not end the line in visual order:\n%s", out)
	}
	logical := render(t, al, ViewOptions{Width: 100})
	if !strings.Contains(logical, "│ בשנת 1040") {
		t.Errorf("the logical view changed the Hebrew:\n%s", logical)
	}
}

// FuzzBidiLine: whatever the text, a line in visual order holds the
// units of the logical line, each once, covering it (so the same runes
// and as many columns), a mirrored unit showing the mirror of its rune.
func FuzzBidiLine(f *testing.F) {
	for _, s := range []string{
		"בשנת 1040 נולד David בבית לחם.", "ذَهَبَ مُوسَى إلى مصر سنة ١٢٣٤.", "אמר (דוד) כן ((([",
		"He said שלום לך to them.", "\u202bעברית\u202c \u2067x\u2069 \u200f)", "\u0301\u05b0 12-3 %5 $",
	} {
		f.Add(s, true, 7)
	}
	f.Fuzz(func(t *testing.T, s string, rtl bool, cols int) {
		if !utf8.ValidString(s) || cols < 1 || cols > 200 {
			return
		}
		s = strings.TrimLeft(s, " ")
		bt := resolveBidi(s, rtl)
		for _, ln := range wrapRanges(s, cols) {
			units := bt.line(ln[0], ln[1])
			covered := make([]bool, ln[1]-ln[0])
			for _, u := range units {
				if u.start < ln[0] || u.end > ln[1] || u.start >= u.end {
					t.Fatalf("unit %+v outside line %v of %q", u, ln, s)
				}
				for i := u.start; i < u.end; i++ {
					if covered[i-ln[0]] {
						t.Fatalf("byte %d of %q shown twice", i, s)
					}
					covered[i-ln[0]] = true
				}
				if r, _ := utf8.DecodeRuneInString(s[u.start:]); u.mirror != 0 && u.mirror != mirror(r) {
					t.Fatalf("%q shown as %q", r, u.mirror)
				}
			}
			for i, c := range covered {
				if !c {
					t.Fatalf("byte %d of line %q not shown", ln[0]+i, s[ln[0]:ln[1]])
				}
			}
		}
	})
}

// TestViewInlineHebrewVersions: two versions of a Hebrew sentence in one
// column, the word the second drops struck out in its place, read right
// to left and right-aligned.
func TestViewInlineHebrewVersions(t *testing.T) {
	a, _ := editions.Parse("a.he.txt", []byte("דוד מלך בירושלים שלושים ושלוש שנה."), editions.Options{Lang: "he"})
	b, _ := editions.Parse("b.he.txt", []byte("דוד מלך בירושלים שלושים שנה."), editions.Options{Lang: "he"})
	al, _ := align.Align([]*editions.Edition{a, b}, align.Options{Mode: align.VersionsMode})
	out := render(t, al, ViewOptions{Width: 60, Inline: true, Bidi: BidiVisual})
	// The deletion is "ושלוש " with the space after it: its mirrored
	// marks enclose the space at its left.
	want := "." + rev("שנה") + "[- " + rev("ושלוש") + "-] " + rev("שלושים") + " " + rev("בירושלים") + " " + rev("מלך") + " " + rev("דוד")
	if !strings.Contains(out, want) {
		t.Errorf("the inline view lacks %q:\n%s", want, out)
	}
}

// TestViewUndeterminedDirection: an edition whose language is not known
// (Hebrew and Arabic paragraphs in one file) takes each cell's direction
// from its text, as a browser does for dir="auto": its Hebrew cell was
// laid out left to right, left-aligned, the full stop at the wrong end.
func TestViewUndeterminedDirection(t *testing.T) {
	en := edition("en", "en", "In 1040 David was born in Bethlehem.", "He was king.")
	mixed := edition("mixed", "", "בשנת 1040 נולד David בבית לחם.", "He was king.")
	mixed.Lang = language.Und
	al := pairedAlike(en, mixed)
	out := render(t, al, ViewOptions{Width: 100, Bidi: BidiVisual})
	lines := strings.Split(out, "\n")
	want := "." + rev("לחם") + " " + rev("בבית") + " David " + rev("נולד") + " 1040 " + rev("בשנת")
	if !strings.HasSuffix(lines[1], " "+want) {
		t.Errorf("the Hebrew cell of an edition of unknown language is not laid out right to left:\n%s", out)
	}
	if !strings.Contains(lines[2], "│ He was king.") {
		t.Errorf("the English cell of an edition of unknown language is not laid out left to right:\n%s", out)
	}
	var page strings.Builder
	if err := WriteAlignmentHTML(&page, al, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), `"dirs":["","auto"]`) {
		t.Errorf("the page does not leave the direction of the edition of unknown language to each cell")
	}
}

// TestSegmentRightToLeft: synoptic segment shows a Hebrew sentence as
// the side-by-side view does on a terminal that does not order
// right-to-left text itself: in visual order and right-aligned, wrapped
// lines and all; an English edition is left as it is, and BidiTerminal
// leaves the text in logical order.
func TestSegmentRightToLeft(t *testing.T) {
	segment := func(e *editions.Edition, width int, bidi BidiMode) []string {
		var b strings.Builder
		if err := WriteSegmentation(&b, e, "text", width, bidi); err != nil {
			t.Fatal(err)
		}
		return strings.Split(b.String(), "\n")[3:]
	}
	he := edition("he", "he", "בשנת 1040 נולד David בבית לחם.")
	want := "." + rev("לחם") + " " + rev("בבית") + " David " + rev("נולד") + " 1040 " + rev("בשנת")
	if got := segment(he, 40, BidiVisual)[0]; got != " 0  "+strings.Repeat(" ", 40-4-stringWidth(want))+want {
		t.Errorf("the Hebrew sentence is not right-aligned in visual order: %q", got)
	}
	for _, ln := range segment(he, 20, BidiVisual) {
		if w := stringWidth(ln); w > 20 {
			t.Errorf("line %q is %d columns, wider than 20", ln, w)
		}
	}
	if got := segment(he, 40, BidiTerminal)[0]; got != " 0  בשנת 1040 נולד David בבית לחם." {
		t.Errorf("BidiTerminal changed the Hebrew: %q", got)
	}
	en := edition("en", "en", "In 1040 David was born in Bethlehem.")
	if got := segment(en, 40, BidiVisual)[0]; got != " 0  In 1040 David was born in Bethlehem." {
		t.Errorf("the English sentence changed: %q", got)
	}
}
