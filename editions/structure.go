package editions

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// Structure: from decoded text to paragraphs of a kind.
//
// Editions come in two layouts that the same reader must handle: one
// paragraph per line (web pages saved as text, Markdown-lite) and
// hard-wrapped lines with blank lines between paragraphs (Project
// Gutenberg). We tell them apart by the length of the lines: when nearly
// every line is shorter than 100 characters, the text is hard-wrapped at
// the width of its typical line, and a line much shorter than that width
// ends its paragraph (so that the lines of a list or a heading over a
// chapter title stay apart even without blank lines between them).

// A block is a paragraph as found in the text, before segmentation.
type block struct {
	start, end int // the whole paragraph, markup included
	content    int // where its text starts, after markup such as "# " or "[^1]: "
	kind       Kind
	level      int
	noteLabel  string // the label of a note definition
	noteCont   bool   // a further paragraph of the note before it
	mdNote     bool   // a Markdown note definition: one paragraph, no continuations
	// given are the sentences the markup marks (TEI <s>), as offsets into
	// the text; nil when the block is to be segmented by the rules.
	given []span
}

// A line of the input, without its line terminator: byte offsets,
// int32 as the text's are (MaxTextBytes), for a text of a line a word
// has a line a dozen bytes.
type line struct{ start, end int32 }

// splitLines returns the lines of text[lo:hi], whatever their terminator
// (LF, CRLF or CR).
func splitLines(text string, lo, hi int) []line {
	lines := make([]line, 0, strings.Count(text[lo:hi], "\n")+1)
	for i := lo; i < hi; {
		var ln line
		ln, i = lineAt(text, i, hi)
		lines = append(lines, ln)
	}
	return lines
}

// lineAt returns the line of text[:hi] that starts at i, and where the
// next one starts: the lines of splitLines one at a time.
func lineAt(text string, i, hi int) (ln line, next int) {
	s := text[i:hi]
	j := strings.IndexByte(s, '\n')
	if j < 0 {
		j = len(s)
	}
	if k := strings.IndexByte(s[:j], '\r'); k >= 0 {
		j = k
	}
	switch {
	case j == len(s):
		return line{int32(i), int32(hi)}, hi
	case s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n':
		return line{int32(i), int32(i + j)}, i + j + 2
	}
	return line{int32(i), int32(i + j)}, i + j + 1
}

// The thresholds by which lines are told to be hard-wrapped prose, and
// paragraphs and headings are told apart. All came with the first
// paragraph reader (commit 45aec71), chosen by hand, not measured; the
// golden outputs and the evaluation editions depend on them as they are.
const (
	// longLine is the length in characters above which a line is not
	// a hard-wrapped one.
	longLine = 100
	// maxLongShare: more than one line in maxLongShare longer than
	// longLine and the text stands one paragraph to a line, unless its
	// lines are as alike as a wrap makes them: at most maxWrapWidth
	// (the 90th percentile), and the median line within tightTenths of
	// that. pdftotext's text of Serge's chapter printed by Chromium in
	// 10-point type has lines of up to 110 characters, 75 of 971 over
	// 100, median 94 and 90th percentile 100: it was read a paragraph
	// to a line, every sentence cut where its line ended. A text a
	// sentence or paragraph to a line has lines of every length
	// (cmd/synoptic's chance.txtar: median 69, 90th percentile 110);
	// the texts of ../shared segment as before. Chosen by hand.
	maxLongShare = 20
	maxWrapWidth = 150
	tightTenths  = 8
	// minWrapWidth is the least width of wrapped prose: a text whose
	// lines are shorter is a list of short lines.
	minWrapWidth = 30
	// shortLineTenths: a line shorter than this many tenths of the wrap
	// width ends its paragraph.
	shortLineTenths = 6
	// maxHeadingBytes bounds in bytes a paragraph worth testing as a
	// heading, far above any of the limits below.
	maxHeadingBytes = 1000
	// maxChapterHeading, maxCapsHeading and maxPlainHeading bound in
	// characters a chapter heading ("CHAPTER XII. IN WHICH …"), a
	// heading in capitals, and any other heading; maxHeadingWords bounds
	// the words of the last.
	maxChapterHeading = 150
	maxCapsHeading    = 250
	maxPlainHeading   = 80
	maxHeadingWords   = 12
)

// wrapWidth returns the width at which the lines of a text are
// hard-wrapped, or 0 when paragraphs stand one to a line. runes holds the
// length in characters of each line, white space trimmed (0 for a blank
// one), of which nonBlank are not 0; colsPerRune is the columns a
// character of the text takes on average (lineLengths).
func wrapWidth(runes []int32, nonBlank int, colsPerRune float64) int {
	lengths := make([]int32, 0, nonBlank)
	long := 0
	for _, n := range runes {
		if n == 0 {
			continue
		}
		lengths = append(lengths, n)
		if n > longLine {
			long++
		}
	}
	if len(lengths) < 3 {
		return 0
	}
	slices.Sort(lengths)
	w := int(lengths[len(lengths)*9/10]) // the 90th percentile: a few long lines do not widen it
	tight := w <= maxWrapWidth && int(lengths[len(lengths)/2])*10 >= w*tightTenths
	if long*maxLongShare > len(lengths) && !tight {
		return 0
	}
	if float64(w)*colsPerRune < minWrapWidth {
		return 0 // a list of short lines, not wrapped prose
	}
	return w
}

var (
	numeralHeading = regexp.MustCompile(`^([IVXLCDM]+|\d{1,4})\.?$`)
	bulletItem     = regexp.MustCompile(`^\s*[-*•–+]\s+\S`)
	plainNoteDef   = regexp.MustCompile(`^\s*(\[(\d{1,4}|[a-z]|[*†‡]+)\]|([¹²³⁴⁵⁶⁷⁸⁹⁰]+))\s+\S`)
	mdNoteDef      = regexp.MustCompile(`^\s*\[\^([^\]\s]{1,20})\]:\s*`)
	mdHeading      = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+`)
	mdQuote        = regexp.MustCompile(`^\s{0,3}>\s?`)
)

// lineLengths returns the length in characters of each of lines of
// text, white space trimmed (0 for a blank one), how many are not blank,
// and how many columns a character of them takes on average: an East
// Asian Wide or Fullwidth one (Han, kana, Hangul, full-width
// punctuation: UAX #11) takes two, in print as on a terminal, others
// one. The thresholds above are in characters, set on alphabets; only
// the narrowest wrap (minWrapWidth) is one of room on the line, which a
// Chinese text wrapped at 24 characters has as an English one at 48:
// counted in characters, its lines were too short to be wrapped prose,
// each read as a paragraph, and every sentence a line break cut stayed
// cut. Counted in columns throughout, a Chinese text wrapped at 62
// characters (pdftotext of a page set in large type) had lines "longer"
// than any wrap (longLine) and was read a paragraph to a line again.
func lineLengths(text string, lines []line) (runes []int32, nonBlank int, colsPerRune float64) {
	runes = make([]int32, len(lines))
	chars, cols := 0, 0
	for i, ln := range lines {
		s := strings.TrimSpace(text[ln.start:ln.end])
		n, c := 0, 0
		for k := 0; k < len(s); {
			if s[k] < utf8.RuneSelf {
				n, c, k = n+1, c+1, k+1
				continue
			}
			r, size := utf8.DecodeRuneInString(s[k:])
			k += size
			n, c = n+1, c+1
			if r >= 0x1100 {
				if w := width.LookupRune(r).Kind(); w == width.EastAsianWide || w == width.EastAsianFullwidth {
					c++
				}
			}
		}
		// A line's length is an int32, as the text's offsets are
		// (MaxTextBytes).
		runes[i] = int32(n)
		if n > 0 {
			nonBlank++
		}
		chars, cols = chars+n, cols+c
	}
	colsPerRune = 1
	if chars > 0 {
		colsPerRune = float64(cols) / float64(chars)
	}
	return runes, nonBlank, colsPerRune
}

// splitParagraphs cuts text[lo:hi] into blocks.
func splitParagraphs(text string, lo, hi int, markdown bool) []block {
	lines := splitLines(text, lo, hi)
	runes, nonBlank, colsPerRune := lineLengths(text, lines)
	width := wrapWidth(runes, nonBlank, colsPerRune)
	var blocks []block
	if width == 0 {
		// Every line that is not blank is a block.
		blocks = make([]block, 0, nonBlank)
	}
	prevBlank := true
	prevShort := false
	prev := ""
	var refs noteRefs
	for i, ln := range lines {
		s := text[ln.start:ln.end]
		n := int(runes[i])
		if n == 0 {
			prevBlank = true
			continue
		}
		startsNew := prevBlank || width == 0 || prevShort && !hangingIndent(prev, s) || endsWithLeader(prev)
		if !startsNew {
			open := blocks[len(blocks)-1]
			startsNew = startsUnit(s, markdown) && !wrappedDash(s, prev) && !refs.wrappedMarker(text, int(ln.start), s) || opensItem(s, prev, text[open.start:open.end])
		}
		if startsNew {
			blocks = append(blocks, block{start: int(ln.start), end: int(ln.end)})
		} else {
			blocks[len(blocks)-1].end = int(ln.end)
		}
		prevBlank = false
		prev = s
		// A line that breaks a word at a hyphen goes on, however short.
		prevShort = width > 0 && n*10 < width*shortLineTenths && !endsInBrokenWord(s)
	}
	for i := range blocks {
		b := &blocks[i]
		if s, ok := trimSpan(text, b.start, b.end); ok {
			b.start, b.end = s.start, s.end
		}
		b.content = b.start
	}
	classify(text, blocks, markdown)
	return blocks
}

// hangingIndent reports whether line s goes on the indented line prev
// under a hanging indent: indented further than prev, which is
// indented itself, as the second line of an entry of a table or a list
// set in the text ("  De Londres à Suez par le Mont-Cenis" /
// "     et Brindisi, railways et paquebots:          7 jours." in the
// Gutenberg French of Verne's Tour du monde, whose short first line was
// read as a heading and the rest as another paragraph). A paragraph's
// first line indented after a heading or a short last line starts
// further in than they do only when they are not indented: a centred
// heading stands further in than the paragraph after it. Nor are lines
// centred on one column, each further in as it is shorter (the same
// book's poster, "TROUPE JAPONAISE ACROBATIQUE" over "DE"): their
// middles stand within two columns of each other (an odd leftover set
// either side, as the poster's are), a hanging indent's far apart.
func hangingIndent(prev, s string) bool {
	p, n := indentOf(prev), indentOf(s)
	if p == 0 || n <= p {
		return false
	}
	middle := func(l string, in int) float64 {
		return float64(in) + float64(utf8.RuneCountInString(strings.TrimSpace(l)))/2
	}
	return math.Abs(middle(prev, p)-middle(s, n)) > 2
}

// indentOf is how many spaces and tabs begin line l.
func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }

// startsUnit reports whether a line opens a paragraph of its own even
// inside a run of wrapped lines: a bulleted list item, a chapter
// heading, a note, Markdown block markup (a numbered item: opensItem).
func startsUnit(s string, markdown bool) bool {
	t := strings.TrimLeft(s, " \t")
	if t == "" {
		return false
	}
	// Cheap tests on the first byte before any regular expression: this
	// runs on every line of a book.
	switch b := t[0]; {
	case b == '-' || b == '*' || b == '+' || b == 0xE2: // bullets, dashes
		if bulletItem.MatchString(t) {
			return true
		}
	case mayStartNote(t) && plainNoteDef.MatchString(t):
		return true
	case markdown && (b == '#' || b == '>' || b == '['):
		return mdHeading.MatchString(s) || mdQuote.MatchString(s) || mdNoteDef.MatchString(s)
	}
	return isChapterHeading(t)
}

// isChapterHeading reports lines such as "CHAPTER XII." or "Глава 3".
func isChapterHeading(t string) bool {
	word := leadingWord(t)
	if word == "" || len(word) > 20 || !chapterWords()[strings.ToLower(word)] {
		return false
	}
	return chapterHeading().MatchString(t)
}

// chapterWords are the words of chapterHeading, lowercase: the chapters
// of every language's word lists. Made when a heading is first asked
// about, as chapterHeading is, not by every run of the command before
// main (26 KB and 200 allocations of this package's initialization).
var chapterWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, l := range languages {
		for _, w := range strings.Fields(l.chapters) {
			out[w] = true
		}
	}
	return out
})

// chapterHeading matches a chapter word and the number or letter that
// follows it.
var chapterHeading = sync.OnceValue(func() *regexp.Regexp {
	words := make([]string, 0, len(chapterWords()))
	for w := range chapterWords() {
		words = append(words, regexp.QuoteMeta(w))
	}
	sort.Strings(words)
	return regexp.MustCompile(`^(?i:` + strings.Join(words, "|") + `)\s+([IVXLCDM]+|\d+|[A-Z]+)\b`)
})

// classify gives each block its kind, and finds notes.
func classify(text string, blocks []block, markdown bool) {
	indented, total := 0, 0
	for _, b := range blocks {
		if b.start > 0 && (text[b.start-1] == ' ' || text[b.start-1] == '\t') {
			indented++
		}
		total++
	}
	mostIndented := indented*2 > total
	for i := range blocks {
		b := &blocks[i]
		s := text[b.start:b.end]
		if markdown {
			if m := mdHeading.FindStringSubmatch(s); m != nil {
				b.kind, b.level, b.content = Heading, len(m[1]), b.start+len(m[0])
				continue
			}
			if m := mdNoteDef.FindStringSubmatch(s); m != nil {
				b.kind, b.noteLabel, b.content, b.mdNote = NoteKind, m[1], b.start+len(m[0]), true
				continue
			}
			if m := mdQuote.FindString(s); m != "" {
				b.kind, b.content = Quotation, b.start+len(m)
				continue
			}
		}
		if !mayStartNote(s) {
			// not a note definition: skip the regular expression
		} else if m := plainNoteDef.FindStringSubmatch(s); m != nil {
			label := m[2]
			if label == "" {
				label = superscriptLabel(m[3])
			}
			b.kind, b.noteLabel = NoteKind, label // checked against the markers below
			b.content = b.start + len(m[0]) - len(lastRune(m[0]))
			continue
		}
		switch {
		case isListItem(s):
			b.kind = ListItem
		case isPlainHeading(s):
			b.kind, b.level = Heading, 1
		case !mostIndented && b.start > 0 && (text[b.start-1] == ' ' || text[b.start-1] == '\t') && !isLineStart(text, b.start):
			b.kind = Quotation
		case i > 0 && blocks[i-1].kind == Text && strings.HasSuffix(strings.TrimSpace(text[blocks[i-1].start:blocks[i-1].end]), ":"):
			b.kind = Quotation
		default:
			b.kind = Text
		}
	}
	confirmPlainNotes(text, blocks)
}

// mayStartNote is a cheap test that s could open a plain note definition.
func mayStartNote(s string) bool {
	t := strings.TrimLeft(s, " \t")
	return t != "" && (t[0] == '[' || t[0] == 0xC2 || t[0] == 0xE2)
}

// isLineStart reports whether offset i starts a line (nothing but the
// line's start before it), so that indentation can be told.
func isLineStart(text string, i int) bool {
	return i == 0 || text[i-1] == '\n' || text[i-1] == '\r'
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// wrappedDash reports whether line s opens with a dash that wrapping set
// there, inside a sentence: the line before it ends with a letter, a
// digit or a comma ("… a clear-sighted consciousness" then "– without
// which no successful action is possible – lies in organization."). A
// list's dash follows a colon or an item, a dialogue's dash the end of a
// sentence; read as a bullet, this one cut the sentence and its
// paragraph in two (Victor Serge's chapter wrapped at 65 columns: twice).
func wrappedDash(s, prev string) bool {
	t := strings.TrimLeft(s, " \t")
	if !strings.HasPrefix(t, "- ") && !strings.HasPrefix(t, "– ") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(prev, " \t"))
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == ','
}

// noteRefs are the note markers of a text read so far, for telling a
// note definition that opens a line ("[10] Trotsky, op. cit.") from a
// marker that wrapping set at the start of one (a sentence ending
// "… for 15 October. [10]" wrapped before its marker, the next sentence
// after it). A note's reference comes before the note, so a label no
// marker used yet is a marker: the line goes on the paragraph, and the
// marker stays with its sentence. Read so, Victor Serge's chapter wrapped
// at 60 columns keeps its 31 notes, 27 before (four markers wrapped to a
// line's start each opened a paragraph, and their notes, referenced by
// nothing, were read as text); confirmPlainNotes checks the notes
// against the markers the same way once the paragraphs are made.
type noteRefs struct {
	upTo int             // the text before it is read
	used map[string]bool // the labels of its markers
}

// wrappedMarker reports whether line s, at offset start of text, in a
// paragraph that runs on, opens with a plain note label that no marker
// before it used.
func (r *noteRefs) wrappedMarker(text string, start int, s string) bool {
	if !mayStartNote(s) {
		return false
	}
	m := plainNoteDef.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	label := m[2]
	if label == "" {
		label = superscriptLabel(m[3])
	}
	if r.used == nil {
		r.used = map[string]bool{}
	}
	for _, mk := range findMarkers(text, r.upTo, start) {
		r.used[mk.Label] = true
	}
	r.upTo = start
	return !r.used[label]
}

// confirmPlainNotes keeps as notes only the plain-text note definitions
// ("[3] Trotsky, op. cit.") whose label was used as a marker earlier, and
// makes the paragraphs between two notes numbered in sequence part of the
// first one.
func confirmPlainNotes(text string, blocks []block) {
	seen := map[string]bool{}
	// The labels seen after the last note definition are never asked
	// about: most books have no plain notes, and are not read for markers.
	lastNote := -1
	for i := range blocks {
		if blocks[i].kind == NoteKind {
			lastNote = i
		}
	}
	for i := range blocks[:lastNote+1] {
		b := &blocks[i]
		if b.kind == NoteKind {
			if !b.mdNote && !seen[b.noteLabel] {
				b.kind, b.noteLabel, b.content = Text, "", b.start
				if isListItem(text[b.start:b.end]) {
					b.kind = ListItem
				}
			}
			continue
		}
		for _, m := range findMarkers(text, b.content, b.end) {
			seen[m.Label] = true
		}
	}
	// Continuations: paragraphs between note n and note n+1.
	last := -1
	for i := range blocks {
		if blocks[i].kind != NoteKind {
			continue
		}
		if blocks[i].mdNote {
			last = -1
			continue
		}
		if last >= 0 && i > last+1 && followsInSequence(blocks[last].noteLabel, blocks[i].noteLabel) && !marksNote(text, blocks[last+1:i], blocks[i].noteLabel) {
			for k := last + 1; k < i; k++ {
				blocks[k].kind, blocks[k].level, blocks[k].noteCont = NoteKind, 0, true
			}
		}
		last = i
	}
}

// marksNote reports whether one of blocks holds the marker of note
// label. Between two notes of an endnotes section, the paragraphs
// continue the first note; between two footnotes, set each at the foot
// of its page (a PDF's text), they are the next page's text, which holds
// the second note's marker.
func marksNote(text string, blocks []block, label string) bool {
	for _, b := range blocks {
		for _, m := range findMarkers(text, b.content, b.end) {
			if m.Label == label {
				return true
			}
		}
	}
	return false
}

func followsInSequence(a, b string) bool {
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	return err1 == nil && err2 == nil && y == x+1
}

func isListItem(s string) bool {
	if mayStartBullet(s) && bulletItem.MatchString(s) {
		return true
	}
	e := enumeratorEnd(s)
	if e == 0 {
		return false
	}
	// "9. September 1988 …" opens with a date, not an enumerator.
	next := leadingWord(strings.TrimLeft(s[e:], " "))
	return !rulesFor(language.Und).months[strings.ToLower(next)]
}

// mayStartBullet is a cheap test that bulletItem could match s: its
// first character after white space (\s) is a bullet or a dash, '•' and
// '–' starting with the byte 0xE2.
func mayStartBullet(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			continue
		case '-', '*', '+', 0xE2:
			return true
		}
		return false
	}
	return false
}

// isPlainHeading recognises headings in plain text: chapter headings,
// lone numerals, lines in capitals, and short lines that do not end like
// a sentence.
func isPlainHeading(s string) bool {
	if len(s) > maxHeadingBytes {
		return false // far longer than any heading, even in capitals (cheap test first)
	}
	t := strings.TrimSpace(s)
	if (strings.IndexByte(t, '\n') >= 0 || strings.IndexByte(t, '\r') >= 0) && !isAllCaps(t) {
		return false
	}
	if isChapterHeading(t) && !runesMoreThan(t, maxChapterHeading) || mayBeNumeral(t) && numeralHeading.MatchString(t) {
		return true
	}
	if isAllCaps(t) && !runesMoreThan(t, maxCapsHeading) {
		return true
	}
	if runesMoreThan(t, maxPlainHeading) || len(strings.Fields(t)) > maxHeadingWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".,;:!?…)]»’”\"'", last) && !isClosing(last) && !unicode.Is(unicode.Sentence_Terminal, last) && !scriptTerminator(last)
}

// runesMoreThan reports whether s has more than k characters, counting
// them only when its length in bytes leaves a doubt.
func runesMoreThan(s string, k int) bool {
	switch {
	case len(s) <= k:
		return false
	case len(s) > k*utf8.UTFMax:
		return true
	}
	return utf8.RuneCountInString(s) > k
}

// mayBeNumeral is a cheap test that numeralHeading could match t.
func mayBeNumeral(t string) bool {
	if t == "" {
		return false
	}
	switch c := t[0]; c {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		return true
	default:
		return '0' <= c && c <= '9'
	}
}

// isAllCaps reports text with at least minCapitals capital letters, none
// lowercase — outside _emphasis_, which Project Gutenberg uses for
// italics: a ship's name in italics stays in lowercase in a heading in
// capitals ("XXI OÙ LE PATRON DE LA «_Tankadère_» RISQUE FORT …").
// Capitals mean something only in scripts that have case: letters without
// case (Han, kana, Hangul, Hebrew, Arabic, Thai …) are not capitals, and a
// text with more of them than of capitals is not in capitals, or every
// short paragraph of those scripts would be a heading, never split.
func isAllCaps(s string) bool {
	capitals, caseless := 0, 0
	emphasis := false
	for _, c := range s {
		switch {
		case c == '_':
			emphasis = !emphasis
		case emphasis:
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c) || unicode.IsTitle(c):
			capitals++
		case unicode.IsLetter(c):
			caseless++
		}
	}
	return capitals >= minCapitals && capitals >= caseless
}

// minCapitals is the fewest capitals of a text in capitals: three since
// the first paragraph reader (commit 45aec71), chosen by hand, not
// measured.
const minCapitals = 3
