package editions

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// printed lays text out as a converter from print does (pdftotext): its
// paragraphs wrapped at width characters (between words, or anywhere in
// a text written without spaces), a blank line between them, pages of
// perPage lines with head(n) atop page n and foot(n) under it (none
// where they return ""), a form feed between pages.
func printed(text string, width, perPage int, head, foot func(n int) string) string {
	var lines []string
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		spaced := strings.Contains(p, " ")
		var ln strings.Builder
		flush := func() {
			if ln.Len() > 0 {
				lines = append(lines, ln.String())
				ln.Reset()
			}
		}
		if spaced {
			for _, w := range strings.Fields(p) {
				if ln.Len() > 0 && utf8.RuneCountInString(ln.String())+1+utf8.RuneCountInString(w) > width {
					flush()
				}
				if ln.Len() > 0 {
					ln.WriteByte(' ')
				}
				ln.WriteString(w)
			}
		} else {
			for _, r := range p {
				if utf8.RuneCountInString(ln.String()) == width {
					flush()
				}
				ln.WriteRune(r)
			}
		}
		flush()
		lines = append(lines, "")
	}
	var b strings.Builder
	for n, k := 1, 0; k < len(lines); n++ {
		if n > 1 {
			b.WriteString("\f")
		}
		if h := head(n); h != "" {
			b.WriteString(h + "\n\n")
		}
		end := min(k+perPage, len(lines))
		b.WriteString(strings.Join(lines[k:end], "\n") + "\n")
		if f := foot(n); f != "" {
			b.WriteString("\n" + f + "\n")
		}
		k = end
	}
	return b.String()
}

func sentenceTexts(e *Edition) []string {
	var s []string
	for _, x := range e.Sentences {
		s = append(s, x.Text)
	}
	return s
}

// pagesFixture returns a text of testdata/pages.
func pagesFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wrapLines returns text's lines as printed wraps them at 50 characters,
// in one page.
func wrapLines(text string) []string {
	none := func(int) string { return "" }
	return strings.Split(strings.TrimSuffix(printed(text, 50, 1000, none, none), "\n"), "\n")
}

// sameSentences fails the test where got's sentences are not want's.
func sameSentences(t *testing.T, want, got *Edition) {
	t.Helper()
	if ws, gs := sentenceTexts(want), sentenceTexts(got); strings.Join(ws, "\n") != strings.Join(gs, "\n") {
		t.Errorf("sentences of the text in pages differ from the text's:\n got %q\nwant %q", gs, ws)
	}
}

// noParagraphCut fails the test where a paragraph of got starts inside
// one of want: a paragraph may be joined to the one before (a converter
// that writes no blank line between paragraphs), never cut.
func noParagraphCut(t *testing.T, want, got *Edition) {
	t.Helper()
	starts := map[int32]bool{}
	for _, p := range want.Paragraphs {
		starts[p.First] = true
	}
	for _, p := range got.Paragraphs {
		if !starts[p.First] {
			t.Errorf("a paragraph starts at sentence %d (%q), inside one of the text", p.First, got.Sentences[p.First].Text)
		}
	}
}

// TestPrintedPages reads texts laid out in pages with running heads and
// page numbers, in three scripts, and finds in each the sentences and
// paragraphs of the text itself: every head and number left out, every
// sentence a page break cut whole again, and the reader told.
func TestPrintedPages(t *testing.T) {
	none := func(int) string { return "" }
	cases := []struct {
		file       string
		width      int
		head, foot func(n int) string
	}{
		// Alternate heads, the page number outside.
		{"en.txt", 50, func(n int) string {
			if n%2 == 0 {
				return fmt.Sprintf("%d    THE HARBOUR MASTER'S YEAR", n+40)
			}
			return fmt.Sprintf("SAINT-VAAST, 1887    %d", n+40)
		}, none},
		// A page number alone at the foot, between dashes.
		{"ru.txt", 45, none, func(n int) string { return fmt.Sprintf("— %d —", n+4) }},
		// Right to left, as pdftotext writes it: the page number
		// inside bidi embeddings, which no comparison of lines sees.
		{"he.txt", 45, func(int) string { return "\u202bשנתו של מנהל הנמל\u202c" }, func(n int) string { return fmt.Sprintf("\u202b\u202a%d\u202c\u202c", n+2) }},
		// A running head and a foot that says the page in words.
		{"zh.txt", 24, func(int) string { return "港务长的一年" }, func(n int) string { return fmt.Sprintf("第%d页", n) }},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			clean, err := os.ReadFile(filepath.Join("testdata", "pages", c.file))
			if err != nil {
				t.Fatal(err)
			}
			want := parse(t, c.file, string(clean), Options{})
			text := printed(string(clean), c.width, 9, c.head, c.foot)
			got := parse(t, c.file, text, Options{})
			if strings.Count(text, "\f") < 4 {
				t.Fatalf("the layout made %d pages; the test wants more", strings.Count(text, "\f")+1)
			}
			ws, gs := sentenceTexts(want), sentenceTexts(got)
			if strings.Join(ws, "\n") != strings.Join(gs, "\n") {
				t.Errorf("sentences of the printed text differ from the text's:\n got %q\nwant %q", gs, ws)
			}
			if len(got.Paragraphs) != len(want.Paragraphs) {
				t.Errorf("%d paragraphs, want %d", len(got.Paragraphs), len(want.Paragraphs))
			}
			for i := range min(len(got.Paragraphs), len(want.Paragraphs)) {
				// A page's text after the blanked head is not indented:
				// it is no quotation.
				if g, w := got.Paragraphs[i].Kind, want.Paragraphs[i].Kind; g != w {
					t.Errorf("paragraph %d is a %s, want a %s", i, g, w)
				}
			}
			if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], "printed pages") {
				t.Errorf("warnings %q: want one that says the pages' furniture was left out", got.Warnings)
			}
			if len(got.Text) != len(text) {
				t.Errorf("the edition's text is %d bytes, the file's %d: offsets moved", len(got.Text), len(text))
			}
			kept := parse(t, c.file, text, Options{KeepBoilerplate: true})
			if len(kept.Sentences) <= len(want.Sentences) || len(kept.Warnings) != 0 {
				t.Errorf("--keep-boilerplate: %d sentences (the text has %d), warnings %q: want the furniture kept, unsaid", len(kept.Sentences), len(want.Sentences), kept.Warnings)
			}
		})
	}
}

// TestPagesNotPrinted: texts with form feeds that are not a book's
// pages keep every line: chapters a page each, of any length, whose
// numbered headings recur as running heads would; and a numbered heading
// atop a page whose number is not the page's.
func TestPagesNotPrinted(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	paras := strings.Split(strings.TrimSpace(string(clean)), "\n\n")
	var chapters []string
	for k, n := 1, 1; k < len(paras); n++ {
		take := min(n, len(paras)-k) // chapters of one, two, three … paragraphs
		chapters = append(chapters, fmt.Sprintf("Chapter %d\n\n%s\n", n, strings.Join(paras[k:k+take], "\n\n")))
		k += take
	}
	text := strings.Join(chapters, "\f")
	e := parse(t, "chapters.txt", text, Options{})
	if e.Text != text || len(e.Warnings) != 0 {
		t.Errorf("chapters a page each read as printed pages: warnings %q", e.Warnings)
	}

	// Pages of a book, numbered at the foot from 7; atop page 3 (number
	// 9) a section numbered 2, which no page number agrees with.
	pages := printed(string(clean), 50, 9, func(n int) string {
		if n == 3 {
			return "2"
		}
		return ""
	}, func(n int) string { return fmt.Sprint(n + 6) })
	e = parse(t, "book.txt", pages, Options{})
	found := false
	for _, s := range e.Sentences {
		found = found || s.Text == "2"
	}
	if !found || len(e.Warnings) != 1 {
		t.Errorf("section heading 2 atop page 3 left out (found %v), warnings %q", found, e.Warnings)
	}
}

// FuzzDropFurniture: whatever the text, the furniture left out keeps the
// text's length (every offset the file's), and a byte is changed only to
// a space or a line break. Run with go test -run XXX -fuzz
// FuzzDropFurniture ./editions.
func FuzzDropFurniture(f *testing.F) {
	clean := pagesFixture(f, "en.txt")
	f.Add(printed(string(clean), 50, 9, func(n int) string { return fmt.Sprint("HEAD ", n) }, func(n int) string { return fmt.Sprint(n) }))
	f.Add("a\fb\n1\f\r\nc\r\n2\f3\fd\n\n4\f")
	f.Add("x\f\fHEAD\n\f\nHEAD 2\ry\f- 3 -\f")
	f.Fuzz(func(t *testing.T, text string) {
		out, pages, lines := dropFurniture(text)
		if len(out) != len(text) {
			t.Fatalf("%d bytes in, %d out", len(text), len(out))
		}
		if (lines == 0) != (out == text) || lines > 0 && pages < minPages {
			t.Fatalf("%d pages, %d lines dropped, text changed %v", pages, lines, out != text)
		}
		for i := range len(text) {
			if out[i] != text[i] && out[i] != ' ' && out[i] != '\n' {
				t.Fatalf("byte %d: %q became %q", i, text[i], out[i])
			}
		}
	})
}

// TestPagesRepeatedText: a text that repeats itself, laid out in pages,
// has lines of its own that head several pages, far apart; they are
// text, not furniture, which stands on pages near one another.
func TestPagesRepeatedText(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	body := strings.Repeat(strings.TrimSpace(string(clean))+"\n\n", 8)
	text := printed(body, 50, 9, func(n int) string { return fmt.Sprintf("%d  SAINT-VAAST", n) }, func(int) string { return "" })
	want := parse(t, "en.txt", body, Options{})
	got := parse(t, "en.txt", text, Options{})
	if ws, gs := strings.Join(sentenceTexts(want), "\n"), strings.Join(sentenceTexts(got), "\n"); ws != gs {
		t.Errorf("sentences of the repeated text in pages differ from the text's (%d, want %d)", len(got.Sentences), len(want.Sentences))
	}
	pages := strings.Count(text, "\f") + 1
	if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], fmt.Sprintf("(%d lines)", pages)) {
		t.Errorf("warnings %q: want the %d heads, one a page, left out and no more", got.Warnings, pages)
	}
}

// TestPagesWithFootnotes: a book whose notes stand at the foot of each
// page, under a blank line, as pdftotext gives them: each note is a note
// of its own, linked to its marker, and the next page's text is text,
// not the rest of the note before it (which the notes of an endnotes
// section, paragraphs between note n and n+1, would make it: before,
// every page's text after the first note was read as notes).
func TestPagesWithFootnotes(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	notes := []string{
		"Archives of the Ministry of Marine, Cherbourg.",
		"The register itself is lost; a copy survives.",
		"Letter to the prefect, dated 3 September.",
		"So the council's minutes, which give no names.",
		"Le Havre built three such dredgers that decade.",
		"A photograph of it hangs in the office.",
		"Told by his granddaughter in 1961.",
		"The channel was deepened again in 1931.",
	}
	lines := wrapLines(string(clean))
	var b strings.Builder
	n := 0
	for k := 0; k < len(lines); k += 9 {
		n++
		if n > 1 {
			b.WriteString("\f")
		}
		fmt.Fprintf(&b, "%d   THE HARBOUR MASTER'S YEAR\n\n", n)
		page := slices.Clone(lines[k:min(k+9, len(lines))])
		marked := slices.IndexFunc(page, func(s string) bool { return len(s) > 30 })
		page[marked] += fmt.Sprintf(" [%d]", n)
		fmt.Fprintf(&b, "%s\n\n[%d] %s\n", strings.Join(page, "\n"), n, notes[(n-1)%len(notes)])
	}
	e := parse(t, "footnotes.txt", b.String(), Options{})
	if len(e.Notes) != n || len(e.Markers) != n {
		t.Fatalf("%d notes, %d markers; want %d of each", len(e.Notes), len(e.Markers), n)
	}
	for _, m := range e.Markers {
		if m.Note < 0 || e.Notes[m.Note].Label != m.Label {
			t.Errorf("marker [%s] linked to note %d", m.Label, m.Note)
		}
	}
	want := parse(t, "en.txt", string(clean), Options{})
	var body []string
	for _, s := range e.Sentences {
		if e.Paragraphs[s.Paragraph].Kind != NoteKind {
			body = append(body, s.Text)
		}
	}
	// The text outside the notes is the text's, word for word; a
	// sentence that a page's notes interrupt is read as two (a
	// sentence is one span of the file).
	stripped := strings.Join(body, " ")
	for k := n; k >= 1; k-- {
		stripped = strings.ReplaceAll(stripped, fmt.Sprintf(" [%d]", k), "")
	}
	if ws := strings.Join(sentenceTexts(want), " "); stripped != ws {
		t.Errorf("the text outside the notes:\n%s\nwant\n%s", stripped, ws)
	}
	if len(body) > len(want.Sentences)+n {
		t.Errorf("%d sentences outside the notes; the text has %d, and %d page breaks may cut one each", len(body), len(want.Sentences), n)
	}
}

// TestPagesChapterOpenings: a book whose chapters each open a page with
// their heading ("Chapter 3"), under the running head, the chapter's
// title on alternate pages ("12   THE DREDGER", "The Dredger   13"),
// and two of whose chapters open pages two apart (a chapter of two
// pages). The headings are the text's, all of them: before, those two
// pages' made the heading a line that recurs as alternate heads do, and
// every chapter's heading was left out as furniture. The heads are
// furniture, all of them: before, a chapter of three pages had one of
// its two heads on a single page, kept as text.
func TestPagesChapterOpenings(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	paras := strings.Split(strings.TrimSpace(string(clean)), "\n\n")[1:]
	paras = append(append(paras, paras...), paras...)
	var chapters []string
	for k, n := 0, 1; k < len(paras); n++ {
		take := 5 // chapters of five pages or so
		switch n {
		case 3:
			take = 2 // one of two
		case 4:
			take = 3 // one of three
		}
		take = min(take, len(paras)-k)
		chapters = append(chapters, fmt.Sprintf("Chapter %d\n\n%s", n, strings.Join(paras[k:k+take], "\n\n")))
		k += take
	}
	titles := []string{"The Arrival", "The Channel", "The Dredger", "The Storm", "The Council", "Autumn", "The Register", "The Winter"}
	var b strings.Builder
	n := 0
	for c, text := range chapters {
		lines := wrapLines(text)
		for k := 0; k < len(lines); k += 9 {
			n++
			if n > 1 {
				b.WriteString("\f")
			}
			head := fmt.Sprintf("%d   %s", n, strings.ToUpper(titles[c]))
			if n%2 == 1 {
				head = fmt.Sprintf("%s   %d", titles[c], n)
			}
			fmt.Fprintf(&b, "%s\n\n%s\n", head, strings.Join(lines[k:min(k+9, len(lines))], "\n"))
		}
	}
	if len(chapters) > len(titles) {
		t.Fatalf("%d chapters, %d titles", len(chapters), len(titles))
	}
	body := strings.Join(chapters, "\n\n")
	want := parse(t, "en.txt", body, Options{})
	got := parse(t, "book.txt", b.String(), Options{})
	sameSentences(t, want, got)
	if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], fmt.Sprintf("(%d lines)", n)) {
		t.Errorf("warnings %q: want the %d heads, one a page, left out and no more", got.Warnings, n)
	}
}

// TestPagesNumbersRestart: page numbers that do not follow the pages'
// places in the file: the front matter's in Roman numerals ("ii") and
// each chapter's from 1, at the foot. Each is furniture, left out; a
// section heading "2" atop a page of a chapter, which its neighbours'
// numbers do not follow, stays. Before, only the numbers of the longest
// chapter were left out (and no Roman one): the rest were sentences.
func TestPagesNumbersRestart(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	paras := strings.Split(strings.TrimSpace(string(clean)), "\n\n")[1:]
	paras = append(append(paras, paras...), paras...)
	var b strings.Builder
	var body []string
	n := 0
	page := func(ls []string, number string) {
		n++
		if n > 1 {
			b.WriteString("\f")
		}
		fmt.Fprintf(&b, "%s\n\n%s\n", strings.Join(ls, "\n"), number)
	}
	front := wrapLines(strings.Join(paras[:3], "\n\n"))
	for k, r := 0, 1; k < len(front); k, r = k+9, r+1 {
		page(front[k:min(k+9, len(front))], roman(r))
	}
	body = append(body, paras[:3]...)
	for k, c := 3, 1; k < len(paras); c++ {
		take := min(3+c%3, len(paras)-k) // chapters of three to five pages
		chapter := append([]string{fmt.Sprintf("Chapter %d", c)}, paras[k:k+take]...)
		ls := wrapLines(strings.Join(chapter, "\n\n"))
		if c == 2 {
			ls = append([]string{"2", ""}, ls...) // a section heading atop its first page
			body = append(body, "2")
		}
		for j, r := 0, 1; j < len(ls); j, r = j+9, r+1 {
			page(ls[j:min(j+9, len(ls))], fmt.Sprint(r))
		}
		body = append(body, chapter...)
		k += take
	}
	want := parse(t, "en.txt", strings.Join(body, "\n\n"), Options{})
	got := parse(t, "book.txt", b.String(), Options{})
	sameSentences(t, want, got)
	if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], fmt.Sprintf("(%d lines)", n)) {
		t.Errorf("warnings %q: want the %d page numbers, one a page, left out and no more", got.Warnings, n)
	}
}

// paged lays lines out in pages as pdftotext -layout does: each page's
// lines where the page sets them, its foot ("Page n") at the same height
// on every page, so that a page the print ended short has as many more
// blank lines above the foot. take(n) is how many lines page n holds.
func paged(lines []string, height int, take func(n int) int) (string, int) {
	var b strings.Builder
	n := 0
	for k := 0; k < len(lines); {
		n++
		if n > 1 {
			b.WriteString("\f")
		}
		end := min(k+take(n), len(lines))
		fmt.Fprintf(&b, "%40s\n\n%s\n%s%40s\n", "THE HARBOUR MASTER'S YEAR", strings.Join(lines[k:end], "\n"), strings.Repeat("\n", height-(end-k)), fmt.Sprintf("Page %d", n))
		k = end
	}
	return b.String(), n
}

// TestPagesLayoutShortPages: pdftotext -layout's pages, of which some
// end a line or two short, mid-paragraph (a widow kept off, the
// paragraphs' spacing): the blank lines above their feet are the page's
// unfilled height, and each paragraph goes on across its page break.
// Before, every page with more blank lines at its foot than the fullest
// page cut its paragraph in two: Serge's chapter printed by Chromium and
// read with -layout, 11 paragraphs.
func TestPagesLayoutShortPages(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	body := strings.Repeat(strings.TrimSpace(string(clean))+"\n\n", 2)
	lines := wrapLines(body)
	text, n := paged(lines, 12, func(n int) int { return 12 - n%3 }) // 11, 10, 12 lines a page
	want := parse(t, "en.txt", body, Options{})
	got := parse(t, "book.txt", text, Options{})
	sameSentences(t, want, got)
	noParagraphCut(t, want, got)
	if len(got.Paragraphs) != len(want.Paragraphs) || len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], fmt.Sprintf("(%d lines)", 2*n)) {
		t.Errorf("%d paragraphs, want %d; warnings %q", len(got.Paragraphs), len(want.Paragraphs), got.Warnings)
	}
}

// TestPagesEndnotes: a book's endnotes, after its text, apart by blank
// lines, one of them cut by a page break after a full line: the next
// page goes on with it, and every note is read as in the text unpaged,
// whole. Footnotes end their page (TestPagesWithFootnotes); a note is
// one where its marker stands on its page. Before, every page that ended
// with a note ended it there, and the rest of a note cut by the page
// break was a paragraph of its own.
func TestPagesEndnotes(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	paras := strings.Split(strings.TrimSpace(string(clean)), "\n\n")
	notes := []string{
		"Archives of the Ministry of Marine at Cherbourg, series P, carton 14, the harbour master's reports of 1887 and 1888, with the prefect's replies in the margin.",
		"The register itself is lost; a copy made for the council survives, in a clerk's hand, with the soundings of the channel entered month by month until the spring of 1890.",
		"Letter to the prefect, dated 3 September, which asks for a dredger and for two more men at the lock, and which the prefect sent on to Paris without a word of his own.",
		"So the council's minutes, which give no names, and the parish register, which gives the names of the drowned and of the men who carried them up from the shore.",
	}
	for k := range notes {
		paras[2*k+1] += fmt.Sprintf(" [%d]", k+1)
	}
	body := strings.Join(paras, "\n\n") + "\n\nNotes"
	for k, n := range notes {
		body += fmt.Sprintf("\n\n[%d] %s", k+1, n)
	}
	want := parse(t, "en.txt", body, Options{})
	// Pages of the first length, from 7 lines, that cut a note after a
	// full line.
	var text string
	for per := 7; per < 15 && text == ""; per++ {
		text = printed(body, 50, per, func(n int) string { return fmt.Sprintf("%d   THE HARBOUR MASTER'S YEAR", n) }, func(int) string { return "" })
		cut := false
		for _, pg := range strings.Split(text, "\f") {
			ls := strings.Split(strings.TrimRight(pg, "\n"), "\n")
			for i := len(ls) - 2; i > 0 && ls[i] != ""; i-- {
				cut = cut || strings.HasPrefix(ls[i], "[") && len(ls[len(ls)-1]) >= 45
			}
		}
		if !cut {
			text = ""
		}
	}
	if text == "" {
		t.Fatal("no layout cuts a note at a page break; the test wants one")
	}
	got := parse(t, "book.txt", text, Options{})
	noteTexts := func(e *Edition) (s []string) {
		for _, n := range e.Notes {
			s = append(s, strings.Join(sentenceTexts(&Edition{Sentences: e.ParagraphSentences(n.Paragraph)}), " "))
		}
		return s
	}
	wn, gn := noteTexts(want), noteTexts(got)
	if strings.Join(wn, "\n") != strings.Join(gn, "\n") || len(got.Paragraphs) != len(want.Paragraphs) {
		t.Errorf("%d paragraphs (want %d), notes:\n%s\nwant\n%s", len(got.Paragraphs), len(want.Paragraphs), strings.Join(gn, "\n"), strings.Join(wn, "\n"))
	}
}

// TestPagesRefrain: a ballad whose stanzas each end with the same
// refrain, each stanza kept whole on its page, so that the refrain ends
// every page as a running foot would. Unlike the running head, it is not
// set apart from the page's text by a blank line: it is the poem's, in
// every stanza. Before, it was left out at the foot of every page
// (Chromium's print of such a ballad, read by pdftotext: 7 of 40).
func TestPagesRefrain(t *testing.T) {
	const refrain = "And the wind blows over the sea."
	words := strings.Fields("grey stones lie along the shore where boats come home at night and bells ring slow")
	var stanzas []string
	for s := range 24 {
		var st []string
		for l := range 3 {
			w := slices.Clone(words)
			for i := range w {
				j := (i*7 + s*5 + l*3) % len(w)
				w[i], w[j] = w[j], w[i]
			}
			st = append(st, strings.ToUpper(w[0][:1])+w[0][1:]+" "+strings.Join(w[1:6], " ")+",")
		}
		stanzas = append(stanzas, strings.Join(append(st, refrain), "\n"))
	}
	var b strings.Builder
	for k, n := 0, 1; k < len(stanzas); k, n = k+4, n+1 {
		if n > 1 {
			b.WriteString("\f")
		}
		fmt.Fprintf(&b, "%d   A BALLAD OF THE SEA\n\n%s\n", n, strings.Join(stanzas[k:k+4], "\n\n"))
	}
	body := strings.Join(stanzas, "\n\n")
	want := parse(t, "ballad.txt", body, Options{})
	got := parse(t, "ballad.txt", b.String(), Options{})
	sameSentences(t, want, got)
	if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], "(6 lines)") {
		t.Errorf("warnings %q: want the 6 heads left out and no more", got.Warnings)
	}
}

// TestPagesFootUnderFullPage: Chromium's foot as pdftotext writes it,
// the file's address straight under the last line of a full page (a
// blank line under it, then the page number), set apart by a blank line
// only on the last page, which ends short. It is furniture on every
// page: a refrain is never set apart (TestPagesRefrain), this foot is
// on a page that leaves room.
func TestPagesFootUnderFullPage(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	lines := wrapLines(string(clean))
	var b strings.Builder
	const perPage = 20
	pages := (len(lines) + perPage - 1) / perPage
	for n := 1; n <= pages; n++ {
		page := lines[(n-1)*perPage : min(n*perPage, len(lines))]
		fmt.Fprintf(&b, "12/7/26, 6:22 PM\n\nThe Harbour Master\n\n%s\n", strings.Join(page, "\n"))
		if len(page) < perPage {
			b.WriteString("\n") // room left on the last page
		}
		fmt.Fprintf(&b, "file:///tmp/harbour.html\n\n%d/%d\n\n\f", n, pages)
	}
	if pages < minPages {
		t.Fatalf("%d pages; the test wants %d or more", pages, minPages)
	}
	want := parse(t, "en.txt", string(clean), Options{})
	got := parse(t, "harbour.txt", b.String(), Options{})
	for _, s := range got.Sentences {
		if strings.Contains(s.Text, "file:///") {
			t.Errorf("the foot read as text: %q", s.Text)
		}
	}
	if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], fmt.Sprintf("(%d lines)", 4*pages)) {
		t.Errorf("warnings %q: want the %d heads and feet left out", got.Warnings, 4*pages)
	}
	noParagraphCut(t, want, got)
}
