package editions

// Printed pages in plain text: the running heads, running feet and page
// numbers of a text converted from print, which are left out of the
// edition, and the paragraphs that go on across a page break.
//
// pdftotext, and the OCR and e-book converters that follow it, write a
// form feed between pages and keep each page's furniture as lines of
// text: "42  YEAR ONE OF THE RUSSIAN REVOLUTION" atop one page, "THE
// INSURRECTION OF 25 OCTOBER  43" atop the next, a page number at the
// foot. Read as text, each became a heading or a sentence of its own,
// cut into the sentence the page broke, and a translation's alignment
// had to find room for them. Victor Serge's chapter printed by Chromium
// (its header and footer on each of 23 pages) and converted by
// pdftotext, compared with the clean text: 91 rows inserted and 34
// changed of 772; now none inserted, 11 changed of 681, each a
// compound whose hyphen pdftotext took out at a line's end. Laid out by
// hand at 65 columns in 40 pages with alternate heads: 71 inserted and
// 52 changed of 756; now 0 and 14 of 685, compounds broken at a line-end
// hyphen shown with a space ("middle- ground"), as in any wrapped text.
//
// A line is taken for furniture only where the text is paged like a
// printed book, and only where it recurs like furniture:
//
//   - the text has minPages pages of text or more (the empty one after
//     a last form feed not counted), and most of them (regularShare)
//     have about as many lines as the median page (within pageSlack):
//     a book's pages are full but for chapter ends, where a text with a
//     form feed before each chapter or poem has pages of any length,
//     and its headings ("Chapter 12") must stay;
//   - the line is among the first or the last maxFurnitureLines lines of
//     text of its page, all of those before it (or after it, at the foot)
//     furniture too;
//   - the same line, compared without case and with every number as one
//     sign, stands in the same place (head or foot) on minPages pages or
//     more in a row, each at most two pages after the one before (or on
//     two, at a place where other furniture recurs so):
//     alternate heads (the book's title on the left, the chapter's on
//     the right) and a chapter's heads recur so, where the first line of
//     a page of prose has no reason to;
//   - a line that is a page number alone ("42", "- 42 -", "Page 42",
//     "xii") gives the page's number: it is furniture where that number
//     is the page's place in the file plus the offset most such lines
//     agree on, so that a numbered section heading atop a page stays; on
//     a page no such number stands on, where its offset is that of the
//     numbers of the pages around it (two or more in a run): page numbers
//     that restart with each chapter, or in Roman numerals in the front
//     matter;
//   - where the text's furniture is set apart from the page's text by a
//     blank line, as pdftotext sets it, a line that recurs so without
//     one (a refrain ending each stanza) is the text's;
//   - all of it is at most a line in maxFurnitureShare of the text's.
//
// The furniture is replaced by spaces in the edition's text, which keeps
// every other character at its byte offset (a sentence's Start and End are
// the file's, decoded); so are the form feed and the line breaks between
// a page's last line and the next page's first, but one: the two lines
// then follow each other as lines of one page do, and the paragraph
// reader (splitParagraphs) decides, as everywhere, whether a paragraph
// ends there (a short line) or goes on; but one more, a blank line, where
// the page break has more blank lines around it than every other or the
// next page opens with a heading (joinPages). What was left out is said
// in the edition's warnings; --keep-boilerplate keeps it, as it keeps Project
// Gutenberg's header and licence.
//
// A book's footnotes, at the foot of its pages, stay notes: the page
// after them goes on as text (joinPages), not as the rest of the note
// (confirmPlainNotes: the paragraphs between two notes continue the
// first only where none holds the second's marker). A sentence they
// interrupt is read as two: a sentence is one span of the file.
//
// A text without form feeds is read as before: its pages, if it has any,
// are not known (a page number alone between two paragraphs is read as a
// heading, as in a text that numbers its sections so). Told by numbers
// alone in sequence, pages would be a Bible book's chapters: the
// evaluation data's Ruth has four of 22, 23, 18 and 22 verses, headed
// 1 to 4 on lines of their own.

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// minPages is the fewest pages a text must have, and the fewest on
	// which a line must recur, to be read as printed pages: two could be
	// chance, and a text of three pages has little furniture to lose.
	minPages = 3
	// maxFurnitureLines is the most lines of furniture at a page's head
	// or foot: a running head and a line under it (a page number, a
	// subtitle); beyond two, real books put nothing.
	maxFurnitureLines = 2
	// regularShare and pageSlack: at least this share of the pages (all
	// but the last) have a number of lines of text within pageSlack of
	// the median page's. A book set in pages has nearly all pages full
	// (chapter openings and ends aside: one page in ten in a novel of
	// chapters of twenty pages); chapters or poems a page each vary far
	// more. Both chosen by hand, not measured on a corpus.
	regularShare = 0.6
	pageSlack    = 0.25
	// maxFurnitureShare: furniture is at most one line in this many of
	// the text's. A page of a book has twenty lines or more, of which
	// two to four are furniture; a text whose every page is the same few
	// lines (a form repeated, a page of one line) is all of it text.
	maxFurnitureShare = 4
	// maxFurnitureRunes is the longest line taken for furniture, its
	// spaces folded (pdftotext -layout sets a head's parts apart, the
	// title left and the page number right, by as many spaces as the
	// page is wide): a running head is a title, a page number or both.
	maxFurnitureRunes = 80
)

// A page is the part of the text between two form feeds, and the lines
// of text it holds (not blank).
type page struct {
	start, end int
	lines      []line
}

// pagesOf cuts text at its form feeds.
func pagesOf(text string) []page {
	var pages []page
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\f')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		p := page{start: start, end: end}
		for i := start; i < end; {
			var ln line
			ln, i = lineAt(text, i, end)
			if strings.TrimSpace(text[ln.start:ln.end]) != "" {
				p.lines = append(p.lines, ln)
			}
		}
		pages = append(pages, p)
		start = end + 1
	}
	return pages
}

// regularPages reports whether most pages (all but the last) have about
// as many lines as the median page.
func regularPages(pages []page) bool {
	counts := make([]int, 0, len(pages)-1)
	for _, p := range pages[:len(pages)-1] {
		counts = append(counts, len(p.lines))
	}
	slices.Sort(counts)
	median := float64(counts[len(counts)/2])
	if median == 0 {
		return false
	}
	regular := 0
	for _, n := range counts {
		if d := float64(n) - median; d <= pageSlack*median && -d <= pageSlack*median {
			regular++
		}
	}
	return float64(regular) >= regularShare*float64(len(counts))
}

// furnitureKey is a line as its recurrences are compared: case folded,
// spaces folded, invisible formatting characters left out, every run of
// digits one '#'.
func furnitureKey(s string) string {
	var b strings.Builder
	space, digits := false, false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space, digits = true, false
			continue
		case unicode.Is(unicode.Cf, r):
			// Invisible formatting: the bidi embeddings pdftotext puts
			// around the runs of a right-to-left page ("\u202b\u202a12\u202c\u202c").
			continue
		case unicode.IsDigit(r):
			if digits {
				continue
			}
			r, digits = '#', true
		default:
			digits = false
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// recurrenceKey is a line's furnitureKey as its recurrences are counted:
// a number at its start is moved to its end, so that a chapter's
// alternate heads, "4  THE PROVINCES" on the left page and "The
// Provinces  5" on the right, the page number outside, are one head that
// recurs on every page of the chapter (as two, a chapter of three pages
// had one on a single page, kept as text: Serge's chapter in 11 chapters
// so headed, 8 of 45 heads). A line without a number stays apart: the
// book's title under the first page's head is text.
func recurrenceKey(key string) string {
	if rest, ok := strings.CutPrefix(key, "# "); ok && !strings.HasSuffix(rest, "#") {
		return rest + " #"
	}
	return key
}

// pageNumber returns the number of a line that is a page number alone:
// decimal digits of any script, or Roman numerals in lowercase (as front
// matter is numbered: "xii"; in capitals, "II" heads a part or a poem),
// with at most dashes, dots, brackets or "page" ("p.") around them. key
// is the line's furnitureKey.
func pageNumber(key, s string) (int, bool) {
	rest := strings.Trim(strings.TrimPrefix(strings.TrimPrefix(key, "page"), "p."), " -–—.[]()|")
	if rest != "#" {
		n := RomanValue(strings.ToUpper(rest))
		return n, n > 0 && roman(n) == rest && strings.Contains(s, rest)
	}
	n := 0
	for _, r := range s {
		if d := DigitValue(r); d >= 0 && n < 1e6 {
			n = 10*n + d
		}
	}
	return n, true
}

// A recurrence is where a line recurs: on pages near one another, as
// furniture does (every page, every other page, the pages of a chapter),
// not scattered as a line of the text found again at a page's head (a
// refrain, a passage repeated, a chapter's heading atop the page that
// opens it) can be. pages are the pages it stands on, in order; a run is
// pages each at most maxRecurrenceGap after the one before, and each
// stands on a run as long as run[i] pages. A line is judged by the run
// it stands on, not by the key's longest elsewhere: "Chapter 9" and
// "Chapter 10" atop pages 38 and 40 (a chapter of two pages) do not
// make "Chapter 1" atop page 2 furniture.
type recurrence struct {
	pages, run []int
	// apart of seen lines are set apart from the page's text by a blank
	// line (setApart).
	apart, seen int
}

// setApart reports whether most of a line's recurrences are set apart
// from their pages' text by a blank line: the text's furniture is, if
// one line that recurs as furniture does is so.
func (r *recurrence) setApart() bool { return 2*r.apart > r.seen }

// everApart reports whether any of a line's recurrences is set apart
// from its page's text. A refrain that ends each stanza never is; a
// foot that pdftotext writes straight under a full page's last line
// (Chromium's, the file's address over the page number) is on a page
// that ends short: CUV Ruth printed so, "file:///…" was set apart on 1
// of its 3 pages, not most, and was read as text on all 3.
func (r *recurrence) everApart() bool { return r.apart > 0 }

// maxRecurrenceGap: alternate heads stand on every other page.
const maxRecurrenceGap = 2

// see records the line on page p, pages seen in order, set apart or
// not, and returns the index of p in r.pages.
func (r *recurrence) see(p int, apart bool) int {
	r.seen++
	if apart {
		r.apart++
	}
	if n := len(r.pages); n > 0 && r.pages[n-1] == p {
		return n - 1 // twice on one page
	}
	r.pages = append(r.pages, p)
	return len(r.pages) - 1
}

// runs sets r.run: each page's run's length.
func (r *recurrence) runs() {
	r.run = make([]int, len(r.pages))
	for lo := 0; lo < len(r.pages); {
		hi := lo + 1
		for hi < len(r.pages) && r.pages[hi]-r.pages[hi-1] <= maxRecurrenceGap {
			hi++
		}
		for i := lo; i < hi; i++ {
			r.run[i] = hi - lo
		}
		lo = hi
	}
}

// A furnitureSite is a line that may be furniture: on page p, the k-th
// line of text from the head (foot false) or from the foot.
type furnitureSite struct {
	p, k int
	foot bool
	key  string
	at   int // the index of p in its recurrence's pages
	num  int
	isN  bool // the line is a page number alone
	atN  int  // the index of p in its number's offset's pages
}

// dropFurniture returns text with the furniture of its pages replaced
// by spaces and the breaks between pages by one line break, or two
// where a paragraph ends (joinPages; see the comment at the top of this
// file), the number of pages that have text, and the number of lines
// left out; text itself when it is not paged.
func dropFurniture(text string) (string, int, int) {
	if strings.Count(text, "\f") < minPages-1 {
		return text, 0, 0
	}
	pages := pagesOf(text)
	printed := 0 // pages with text: not the empty one after a last form feed
	for _, pg := range pages {
		if len(pg.lines) > 0 {
			printed++
		}
	}
	if printed < minPages || !regularPages(pages) {
		return text, 0, 0
	}
	var sites []furnitureSite
	recur := map[[2]string]*recurrence{} // (head or foot, key) → its pages
	offsets := map[int]int{}             // page number − page's place → lines
	for p, pg := range pages {
		n := min(maxFurnitureLines, len(pg.lines))
		for k := range n {
			for _, foot := range []bool{false, true} {
				if foot && len(pg.lines)-1-k < n {
					continue // a page of few lines: its lines are heads
				}
				ln := pg.lines[k]
				if foot {
					ln = pg.lines[len(pg.lines)-1-k]
				}
				s := text[ln.start:ln.end]
				key := furnitureKey(s)
				if utf8.RuneCountInString(key) > maxFurnitureRunes {
					continue
				}
				site := furnitureSite{p: p, k: k, foot: foot, key: key}
				site.num, site.isN = pageNumber(site.key, s)
				if site.isN {
					offsets[site.num-p]++
				}
				pk := [2]string{place(foot), recurrenceKey(site.key)}
				if recur[pk] == nil {
					recur[pk] = &recurrence{}
				}
				site.at = recur[pk].see(p, apartAt(text, pg.lines, k, foot))
				sites = append(sites, site)
			}
		}
	}
	offset, most := 0, 0
	for o, n := range offsets {
		if n > most || n == most && o < offset {
			offset, most = o, n
		}
	}
	// furniture[p] is how many lines at the head and at the foot of page
	// p are furniture: those before the first that is not.
	furniture := make([][2]int, len(pages))
	// keys[p] is the key of the last line of furniture found at the
	// head and at the foot of page p: a running head is not written
	// twice, so a line under it that reads the same (the title on the
	// book's first page, under a head that repeats it) is text.
	keys := make([][2]string, len(pages))
	// A place that has furniture recurring minPages times also has the
	// furniture that alternates with it: the left pages' head beside the
	// right pages', each on half the pages, and in a text of five pages
	// one of them on two only.
	// Only where those two pages are all the line's: a line that stands
	// on other pages too, each far from the rest, is the text's.
	// Where the text's furniture is set apart from its pages' text by a
	// blank line (as pdftotext writes a head, a foot, a page number), a
	// line that recurs without (a refrain that ends a stanza, each stanza
	// kept whole on its page) is the text's; a converter that writes no
	// blank lines sets none apart.
	apart := false
	recurs := func(pk [2]string, r *recurrence) bool {
		_, number := pageNumber(pk[1], "")
		return slices.Max(r.run) >= minPages && pk[1] != "" && !number
	}
	for pk, r := range recur {
		r.runs()
		apart = apart || recurs(pk, r) && r.setApart()
	}
	furnished := map[string]bool{}
	for pk, r := range recur {
		if recurs(pk, r) && (r.everApart() || !apart) {
			furnished[pk[0]] = true
		}
	}
	// Page numbers that restart (each chapter's from 1, the front
	// matter's in Roman numerals) agree with an offset of their own, on a
	// run of pages: on the pages that no number of the book's offset
	// stands on, a number is the page's where its offset is that of the
	// numbers on minPages pages in a run.
	numbered := make([]bool, len(pages))
	for _, s := range sites {
		numbered[s.p] = numbered[s.p] || s.isN && most >= minPages && s.num-s.p == offset
	}
	local := map[int]*recurrence{} // offset → the pages of its numbers
	for i, s := range sites {
		if s.isN && !numbered[s.p] {
			if local[s.num-s.p] == nil {
				local[s.num-s.p] = &recurrence{}
			}
			sites[i].atN = local[s.num-s.p].see(s.p, true)
		}
	}
	for _, r := range local {
		r.runs()
	}
	for _, s := range sites {
		r := recur[[2]string{place(s.foot), recurrenceKey(s.key)}]
		n := r.run[s.at]
		ok := (n >= minPages || n >= 2 && n == len(r.pages) && furnished[place(s.foot)]) && (r.everApart() || !apart)
		if s.isN {
			ok = numbered[s.p] && s.num-s.p == offset || !numbered[s.p] && most >= minPages && local[s.num-s.p].run[s.atN] >= 2
		}
		end := 0
		if s.foot {
			end = 1
		}
		if ok && furniture[s.p][end] == s.k && (s.k == 0 || keys[s.p][end] != recurrenceKey(s.key)) {
			furniture[s.p][end]++
			keys[s.p][end] = recurrenceKey(s.key)
		}
	}
	b := []byte(text)
	dropped := 0
	blank := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = ' '
			}
		}
	}
	total := 0
	for p, pg := range pages {
		total += len(pg.lines)
		head, foot := furniture[p][0], furniture[p][1]
		if head+foot > len(pg.lines) {
			foot = len(pg.lines) - head
		}
		dropped += head + foot
		for _, ln := range pg.lines[:head] {
			blank(int(ln.start), int(ln.end))
		}
		for _, ln := range pg.lines[len(pg.lines)-foot:] {
			blank(int(ln.start), int(ln.end))
		}
		if pg.end < len(b) {
			b[pg.end] = ' ' // the form feed
		}
	}
	if dropped == 0 || dropped*maxFurnitureShare > total {
		return text, 0, 0
	}
	joinPages(text, b, pages, furniture)
	return string(b), printed, dropped
}

// fullLineTenths: a line at least this many tenths of the text's wrap
// width is full, one its paragraph goes on from, whatever the blank
// lines after it, where those vary from page to page (three counts or
// more): pdftotext -layout sets a page's text where the page has it,
// and a page that the print ended a line or two short (its paragraphs'
// spacing, a widow kept off it) has that many more blank lines at its
// foot, mid-paragraph: 11 of Serge's paragraphs were so cut in two. Serge's chapter printed by Chromium
// and read with -layout: 99 % of the lines that a line of the same
// paragraph follows are 0.81 of the wrap width or more (95 %: 0.85),
// where a paragraph's last line is anything from a word to a full line.
const fullLineTenths = 8

// joinPages leaves one line break between the last line of text of each
// page and the first of the next page that has any, or two (a blank
// line, which ends a paragraph) where the page break is a paragraph's
// end: where the original has more blank lines between the two than
// between any other two pages (a converter that sets the furniture
// apart by blank lines sets it so at every page, whatever the text
// does) and that is no page's unfilled height (fullLineTenths), where the next page opens with a heading ("2", "CHAPTER
// XII"), which a line break alone would leave inside the paragraph
// before, or where the page before ends with its footnotes, which the
// next page's text does not continue. Every other line break and the
// furniture's are spaces, the breaks kept last. text is the original, b
// the copy with the furniture blanked.
func joinPages(text string, b []byte, pages []page, furniture [][2]int) {
	type seam struct {
		lo, hi, blanks int
		apart          bool // a heading opens the page after, or notes end the one before
		full           bool // the line before is full: its paragraph goes on
	}
	// The text's wrap width, as splitParagraphs measures it, from the
	// pages' lines of text.
	var all []line
	for _, pg := range pages {
		all = append(all, pg.lines...)
	}
	runes, nonBlank, colsPerRune := lineLengths(text, all)
	width := wrapWidth(runes, nonBlank, colsPerRune)
	var seams []seam
	last := -1        // the end of the last line of text before
	var lastLine line // that line
	lastNote := false // the page before ends with a footnote
	for p, pg := range pages {
		head := min(furniture[p][0], len(pg.lines))
		body := pg.lines[head : len(pg.lines)-min(furniture[p][1], len(pg.lines)-head)]
		if len(body) == 0 {
			continue
		}
		if last >= 0 {
			sm := seam{lo: last, hi: int(body[0].start)}
			// The lines wholly between, blank in the original.
			for i := sm.lo; i < sm.hi; {
				var ln line
				ln, i = lineAt(text, i, sm.hi)
				if int(ln.start) > sm.lo && int(ln.end) < sm.hi && strings.Trim(text[ln.start:ln.end], " \t\f") == "" {
					sm.blanks++
				}
			}
			first := strings.TrimSpace(text[body[0].start:body[0].end])
			n := utf8.RuneCountInString(strings.TrimSpace(text[lastLine.start:lastLine.end]))
			sm.full = width > 0 && n*10 >= width*fullLineTenths
			sm.apart = lastNote || numeralHeading.MatchString(first) || isChapterHeading(first)
			seams = append(seams, sm)
		}
		lastLine = body[len(body)-1]
		last = int(lastLine.end)
		lastNote = endsWithNote(text, body)
	}
	least := -1
	counts := map[int]bool{}
	for _, sm := range seams {
		if least < 0 || sm.blanks < least {
			least = sm.blanks
		}
		counts[sm.blanks] = true
	}
	// A converter that marks a paragraph's end at a page's foot writes
	// one blank line more there: two counts. More are a page's unfilled
	// height (fullLineTenths).
	fill := len(counts) > 2
	for _, sm := range seams {
		want := 1
		if sm.blanks > least && !(fill && sm.full) || sm.apart {
			want = 2
		}
		// Every break of the seam becomes a space, and its last bytes the
		// breaks kept, so that the next page's text starts a line (after
		// spaces, it would read as indented: a quotation).
		for i := sm.lo; i < sm.hi; i++ {
			if b[i] == '\n' || b[i] == '\r' {
				b[i] = ' '
			}
		}
		for i := max(sm.lo, sm.hi-want); i < sm.hi; i++ {
			b[i] = '\n'
		}
	}
}

// endsWithNote reports whether the last block of a page's lines of text
// (those after its last blank line) is a footnote: a note ("[3]
// Trotsky, op. cit."; plainNoteDef) whose marker stands on the page,
// above it. A note whose marker does not is one of the endnotes, after
// the text, and the next page may go on with it (Serge's chapter read
// with pdftotext -layout, which sets notes apart by blank lines: 4 of
// its endnotes were cut in two at page breaks, the rest read as a
// paragraph of its own).
func endsWithNote(text string, body []line) bool {
	k := len(body) - 1
	for k > 0 && !blankBetween(text, int(body[k-1].end), int(body[k].start)) {
		k--
	}
	s := text[body[k].start:body[k].end]
	if k == 0 || !isNoteLine(s) {
		return false
	}
	m := plainNoteDef.FindStringSubmatch(s)
	label := m[1] + m[3]
	return strings.Contains(text[body[0].start:body[k].start], label)
}

// isNoteLine reports whether a line opens a note ("[3] Trotsky").
func isNoteLine(s string) bool {
	return mayStartNote(s) && plainNoteDef.MatchString(s)
}

// blankBetween reports whether text[lo:hi], between two lines of text,
// holds a blank line.
func blankBetween(text string, lo, hi int) bool {
	return strings.Count(text[lo:hi], "\n") >= 2 || strings.Count(text[lo:hi], "\r") >= 2
}

// apartAt reports whether the k-th line of a page's lines from its head
// (or its foot) is set apart from the page's text: a blank line between
// it, or a line under it (over it, at the foot) that may be furniture
// too, and the next.
func apartAt(text string, lines []line, k int, foot bool) bool {
	for j := k; j < maxFurnitureLines && j+1 < len(lines); j++ {
		a, b := lines[j], lines[j+1]
		if foot {
			a, b = lines[len(lines)-2-j], lines[len(lines)-1-j]
		}
		if blankBetween(text, int(a.end), int(b.start)) {
			return true
		}
	}
	return false
}

func place(foot bool) string {
	if foot {
		return "foot"
	}
	return "head"
}

// furnitureWarning says what dropFurniture left out.
func furnitureWarning(pages, lines int) string {
	return fmt.Sprintf("read as %d printed pages: their running heads, page numbers and running feet (%d lines) are left out, and paragraphs go on across page breaks (--keep-boilerplate keeps them)", pages, lines)
}
