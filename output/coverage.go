package output

// Rendering a coverage report (align.Coverage). The text report is for a
// reviewer at a terminal: first the coverage table, then what matters
// most — omissions, most severe first — then additions, with translator's
// notes and bracketed insertions apart from the rest, then mismatched
// anchors. Every finding shows its id, which is what a reviewer copies
// into an --accept file. The JSON report carries the same findings in
// reading order, with sentence indices and byte offsets as in the
// alignment JSON.

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// CoverageFormats are the names accepted by WriteCoverage.
var CoverageFormats = []string{"text", "json", "html"}

// WriteCoverage writes r in the named format. width is the line width of
// the text format, and bidi who orders its right-to-left text (bidiLines).
func WriteCoverage(w io.Writer, r *align.CoverageReport, format string, width int, bidi BidiMode) error {
	switch format {
	case "text", "":
		return writeCoverageText(w, r, width, bidi)
	case "json":
		return writeCoverageJSON(w, r)
	case "html":
		return writeCoverageHTML(w, r)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(CoverageFormats, ", "))
}

// maxFindingLines is how many wrapped lines of a finding's text the text
// report shows, and excerptLines how many of the sentences of a
// mismatch; the JSON has it all. Both chosen by hand.
const (
	maxFindingLines = 4
	excerptLines    = 2
)

// writeCoverageText writes r for reading at a terminal of width columns
// (0: no wrapping), the text of its findings laid out as bidi says.
func writeCoverageText(w io.Writer, r *align.CoverageReport, width int, bidi BidiMode) error {
	bw := bufio.NewWriter(terminalSafe(w, false))
	if width <= 0 {
		width = math.MaxInt32
	}
	width = max(width, minWidth)
	fmt.Fprintf(bw, "Coverage of %s by %s\n\n", r.Source.Path, r.Target.Path)
	if len(r.Warnings) > 0 {
		fmt.Fprintf(bw, "Warnings (%d)\n", len(r.Warnings))
		for _, x := range r.Warnings {
			writeHead(bw, x.Message, width)
		}
		fmt.Fprintln(bw)
	}
	writeCoverageTable(bw, r, width)
	if m := doubtfulMessage(r, maxDoubtfulRuns); m != "" {
		fmt.Fprintln(bw)
		writeHead(bw, m, width)
	}

	fmt.Fprintf(bw, "\nOmissions (%d), most severe first\n", len(r.Omissions))
	for _, f := range r.BySeverity() {
		where := fmt.Sprintf("line %d, paragraph %d, sentence%s %s", f.Line, f.Paragraph, plural(len(f.Sentences)), idRange(f.Sentences))
		what := "missing"
		switch f.Kind {
		case align.Shortened:
			what = fmt.Sprintf("translation too short (sentence%s %s)", plural(len(f.Counterpart)), idRange(f.Counterpart))
		case align.MovedPassage:
			what = fmt.Sprintf("moved: translated elsewhere (translation sentence%s %s)", plural(len(f.Counterpart)), idRange(f.Counterpart))
		}
		writeFinding(bw, f, what, where, width, bidi, r.Source)
	}

	var notes, other []align.Finding
	for _, f := range r.Additions {
		if f.Kind == align.Added {
			other = append(other, f)
		} else {
			notes = append(notes, f)
		}
	}
	words := coverageWords(r)
	fmt.Fprintf(bw, "\n%s (%d)\n", words.notes, len(notes))
	for _, f := range notes {
		what := words.note
		if f.Kind == align.Bracketed {
			what = "bracketed"
		}
		writeFinding(bw, f, what, fmt.Sprintf("%s line %d, sentence %s", words.target, f.Line, idRange(f.Sentences)), width, bidi, r.Target)
	}
	fmt.Fprintf(bw, "\nOther additions (%d)\n", len(other))
	for _, f := range other {
		writeFinding(bw, f, "added", fmt.Sprintf("%s line %d, sentence%s %s", words.target, f.Line, plural(len(f.Sentences)), idRange(f.Sentences)), width, bidi, r.Target)
	}

	fmt.Fprintf(bw, "\nMismatches (%d)\n", len(r.Mismatches))
	// The mismatches of one pair come one after the other: its text is
	// joined once for all of them, not once each.
	var src, tgt lastCell
	for _, m := range r.Mismatches {
		acc := ""
		if m.Accepted {
			acc = " (accepted)"
		}
		writeHead(bw, fmt.Sprintf("%s  %s, line %d, sentence%s %s → %s%s", m.ID, m.Kind, m.Line, plural(len(m.Source)), idRange(m.Source), idRange(m.Target), acc), width)
		switch m.Kind {
		case align.NoteMissing:
			fmt.Fprintf(bw, "      note %s has no %s\n", m.SourceValue, words.counterpart)
		default:
			fmt.Fprintf(bw, "      source %s, %s %s\n", quoteOrNone(m.SourceValue), words.target, quoteOrNone(m.TargetValue))
		}
		if note := calendarNote(m.Calendar, words.target); note != "" {
			for _, l := range wrap(note, width-6) {
				fmt.Fprintf(bw, "      %s\n", l)
			}
		}
		writeExcerpt(bw, src.text(r.Source, m.Source), width, bidi, r.Source)
		if len(m.Target) > 0 {
			writeExcerpt(bw, tgt.text(r.Target, m.Target), width, bidi, r.Target)
		}
	}
	return bw.Flush()
}

// reportWords are the words the text report names the second edition
// and what it adds by.
type reportWords struct {
	target      string // "translation line 12"
	counterpart string // "note 3 has no translation"
	notes, note string // the heading of notes and bracketed insertions, and a note
}

// coverageWords returns the words of r: a translation's, or, for a
// report read from a comparison of versions, a version's.
func coverageWords(r *align.CoverageReport) reportWords {
	if r.Versions {
		return reportWords{"second version", "counterpart in the second version", "Notes and bracketed insertions", "note"}
	}
	return reportWords{"translation", "translation", "Translator's notes and bracketed insertions", "translator's note"}
}

// The columns of the coverage table. A wide cell is a share with its
// counts (share), as wide as the whole text's counts need; a narrow one
// "%10.1f%%". The titles' widths were chosen by hand.
const (
	narrowCell     = 11 // a share alone
	minCounts      = 9  // the least width of the counts, "1234/1253"
	maxTitle       = 40 // the widest title column
	minTitle       = 12 // the narrowest title column beside wide cells; narrower, the cells are narrow
	minNarrowTitle = 8  // the narrowest title column beside narrow cells
)

// writeCoverageTable writes the coverage of the whole text and of each
// section, titles cut to fit; on a narrow terminal the counts are left
// out and only the shares shown.
func writeCoverageTable(w io.Writer, r *align.CoverageReport, width int) {
	// Wide: title, then three cells of share and counts, two spaces
	// apart, the counts as wide as the whole text's (no section counts
	// more): "13538/13538" in a text of 13,538 words. Narrow: the shares
	// alone, right-aligned in eleven columns.
	ratios := func(k align.CoverageCounts) [3]align.Ratio { return [3]align.Ratio{k.Sentences, k.Words, k.Paragraphs} }
	var countsW, cellW [3]int
	for i, t := range ratios(r.Total) {
		countsW[i] = max(minCounts, 2*len(strconv.Itoa(t.Total))+1)
		cellW[i] = len("  ") + len(share(align.Ratio{}, countsW[i]))
	}
	wide := cellW[0] + cellW[1] + cellW[2]
	titleW := min(maxTitle, max(minTitle, width-wide))
	cell := func(i int, r align.Ratio) string { return "  " + share(r, countsW[i]) }
	header := fmt.Sprintf("%-*s  %-*s%-*s%s", titleW, "section", cellW[0], "sentences", cellW[1], "words", "paragraphs")
	if width < minTitle+wide {
		titleW = min(maxTitle, max(minNarrowTitle, width-3*narrowCell))
		cell = func(_ int, r align.Ratio) string { return fmt.Sprintf("%10.1f%%", 100*r.Share()) }
		header = fmt.Sprintf("%-*s%11s%11s%11s", titleW, "section", "sentences", "words", "paragraphs")
	}
	fmt.Fprintln(w, strings.TrimRight(header, " "))
	row := func(title string, k align.CoverageCounts) {
		title = fit(title, titleW)
		line := title + strings.Repeat(" ", titleW-stringWidth(title))
		for i, x := range ratios(k) {
			line += cell(i, x)
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	if len(r.Sections) > 1 {
		for _, s := range r.Sections {
			title := s.Title
			if title == "" {
				title = "(before the first heading)"
			}
			row(title, s.Counts)
		}
	}
	row("whole text", r.Total)
	if r.Effective != r.Total {
		row("with accepted omissions", r.Effective)
	}
}

// maxDoubtfulRuns is how many runs of doubtful sentences the text
// report names; the JSON has them all. Chosen by hand.
const maxDoubtfulRuns = 12

// doubtfulMessage says which of the sentences counted as covered stand
// in doubtful rows (CoverageReport.Doubtful), naming at most most runs
// of them (all when most is 0); "" when none do.
func doubtfulMessage(r *align.CoverageReport, most int) string {
	runs := r.DoubtfulRuns()
	if len(runs) == 0 {
		return ""
	}
	var parts []string
	for k, x := range runs {
		if most > 0 && k == most {
			parts = append(parts, fmt.Sprintf("and %d more", len(runs)-most))
			break
		}
		parts = append(parts, idRange(span(x[0], x[1])))
	}
	n := len(r.Doubtful)
	return fmt.Sprintf("Doubtful: %d of the sentences counted as covered (%.1f%%) stand in rows more likely wrong than right (scored below %.1f), their counterpart not shown — check sentence%s %s",
		n, 100*float64(n)/float64(max(1, r.Total.Sentences.Total)), align.DoubtfulBelow, plural(n), strings.Join(parts, ", "))
}

// span returns lo, lo+1, …, hi-1.
func span(lo, hi int) []int {
	out := make([]int, 0, hi-lo)
	for k := lo; k < hi; k++ {
		out = append(out, k)
	}
	return out
}

// share formats a ratio as " 98.5% 1234/1253", its counts in countsW
// columns.
func share(r align.Ratio, countsW int) string {
	return fmt.Sprintf("%6.1f%% %-*s", 100*r.Share(), countsW, fmt.Sprintf("%d/%d", r.Covered, r.Total))
}

func fit(s string, cols int) string {
	if stringWidth(s) <= cols {
		return s
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n+runeWidth(r) > cols-1 {
			break
		}
		b.WriteRune(r)
		n += runeWidth(r)
	}
	return b.String() + "…"
}

// writeHead writes the first line of a finding, indented by two
// columns, its continuation lines by six.
func writeHead(w io.Writer, s string, width int) {
	first := wrapN(s, width-2, 1)[0]
	if !strings.HasPrefix(s, first) {
		// Not cut at a space: every line at the indented width.
		indent := "  "
		for _, l := range wrap(s, width-6) {
			fmt.Fprintf(w, "%s%s\n", indent, l)
			indent = "      "
		}
		return
	}
	fmt.Fprintf(w, "  %s\n", first)
	// The rest wrapped again as a whole at the indented width, not line
	// by line: rewrapping each line cut every long one in two.
	if rest := strings.TrimLeft(s[len(first):], " "); rest != "" {
		for _, l := range wrap(rest, width-6) {
			fmt.Fprintf(w, "      %s\n", l)
		}
	}
}

// A lastCell keeps the text of the cell asked for last.
type lastCell struct {
	ed     *editions.Edition
	ids    []int
	joined string
}

// text returns ed.Joined(ids), joined again only for another cell.
func (c *lastCell) text(ed *editions.Edition, ids []int) string {
	if c.ed != ed || !slices.Equal(c.ids, ids) {
		c.ed, c.ids, c.joined = ed, ids, ed.Joined(ids)
	}
	return c.joined
}

// writeExcerpt writes the first excerptLines lines of s, a text of ed,
// indented.
func writeExcerpt(w io.Writer, s string, width int, bidi BidiMode, ed *editions.Edition) {
	for k, line := range bidiLines(s, width-6, excerptLines+1, bidi, textRTL(ed.Lang, s)) {
		if k == excerptLines {
			fmt.Fprintf(w, "      …\n")
			break
		}
		fmt.Fprintf(w, "      %s\n", line)
	}
}

// writeFinding writes finding f, whose text is ed's.
func writeFinding(w io.Writer, f align.Finding, what, where string, width int, bidi BidiMode, ed *editions.Edition) {
	acc := ""
	if f.Accepted {
		acc = ", accepted"
	}
	head := fmt.Sprintf("%s  %s, %s (%d word%s, confidence %.2f%s)", f.ID, what, where, f.Words, plural(f.Words), f.Confidence, acc)
	writeHead(w, head, width)
	// The lines shown are made, the others only counted: an omission
	// may be a whole chapter, or the 20 MB paragraph of the paragraph
	// case of bench/pathological.
	lines := bidiLines(f.Text, width-6, maxFindingLines, bidi, textRTL(ed.Lang, f.Text))
	total := len(lines)
	if total == maxFindingLines {
		total = wrappedLines(f.Text, width-6)
	}
	for k, line := range lines {
		if k == maxFindingLines-1 && total > maxFindingLines {
			fmt.Fprintf(w, "      %s\n      … (%d more lines)\n", line, total-maxFindingLines)
			break
		}
		fmt.Fprintf(w, "      %s\n", line)
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// idRange writes sentence indices compactly, each run of consecutive
// ones as its ends: "7", "7-9", "7, 9", "1075-1082, 1084-1098" (a list
// of every index, as it was, ran to a line per dozen for a passage with
// one sentence missing).
func idRange(ids []int) string {
	if len(ids) == 0 {
		return "none"
	}
	var parts []string
	for lo := 0; lo < len(ids); {
		hi := lo
		for hi+1 < len(ids) && ids[hi+1] == ids[hi]+1 {
			hi++
		}
		if hi == lo {
			parts = append(parts, strconv.Itoa(ids[lo]))
		} else {
			parts = append(parts, fmt.Sprintf("%d-%d", ids[lo], ids[hi]))
		}
		lo = hi + 1
	}
	return strings.Join(parts, ", ")
}

func quoteOrNone(s string) string {
	if s == "" {
		return "none"
	}
	return "“" + s + "”"
}

type coverageJSON struct {
	Source     coverageJSONEdition   `json:"source"`
	Target     coverageJSONEdition   `json:"target"`
	Versions   bool                  `json:"versions,omitempty"`
	Coverage   coverageJSONCounts    `json:"coverage"`
	Effective  coverageJSONCounts    `json:"effective"`
	Doubtful   [][2]int              `json:"doubtful"` // as coverageHead's
	Sections   []coverageJSONSection `json:"sections"`
	Omissions  []coverageJSONFinding `json:"omissions"`
	Additions  []coverageJSONFinding `json:"additions"`
	Mismatches []coverageJSONMatch   `json:"mismatches"`
	// Warnings are the alignment's (warningJSON); empty when none.
	Warnings []warningJSON `json:"warnings"`
}

type coverageJSONEdition struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Path string `json:"path"`
	// Warnings are the edition's (editions.Edition.Warnings): what is
	// doubtful about how it was read; absent when none.
	Warnings []string `json:"warnings,omitempty"`
}

type coverageJSONCounts struct {
	Sentences  float64           `json:"sentences"`
	Words      float64           `json:"words"`
	Paragraphs float64           `json:"paragraphs"`
	Counts     coverageJSONRatio `json:"counts"`
}

type coverageJSONRatio struct {
	Sentences  [2]int `json:"sentences"` // covered, total
	Words      [2]int `json:"words"`
	Paragraphs [2]int `json:"paragraphs"`
}

type coverageJSONSection struct {
	Title      string             `json:"title"`
	Paragraphs [2]int             `json:"paragraphs"` // first, limit
	Start      int                `json:"start"`
	End        int                `json:"end"`
	Coverage   coverageJSONCounts `json:"coverage"`
}

type coverageJSONFinding struct {
	ID          string  `json:"id"`
	Kind        string  `json:"kind"`
	Sentences   []int   `json:"sentences"`
	Counterpart []int   `json:"counterpart,omitempty"`
	Paragraph   int     `json:"paragraph"`
	Line        int     `json:"line"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Text        string  `json:"text"`
	Words       int     `json:"words"`
	Confidence  float64 `json:"confidence"`
	Severity    float64 `json:"severity"`
	Accepted    bool    `json:"accepted"`
}

type coverageJSONMatch struct {
	ID              string  `json:"id"`
	Kind            string  `json:"kind"`
	SourceSentence  int     `json:"source_sentence"` // the first of SourceSentences
	SourceSentences []int   `json:"source_sentences"`
	TargetSentences []int   `json:"target_sentences"`
	SourceValue     string  `json:"source_value"`
	TargetValue     string  `json:"target_value"`
	SourceStart     int     `json:"source_start"`
	SourceEnd       int     `json:"source_end"`
	TargetStart     int     `json:"target_start"`
	TargetEnd       int     `json:"target_end"`
	Line            int     `json:"line"`
	Confidence      float64 `json:"confidence"`
	Accepted        bool    `json:"accepted"`
	// Calendar: "julian-gregorian" when the source's date is the Julian
	// (Old Style) of the target's Gregorian (New Style), the other way
	// round "gregorian-julian"; absent otherwise.
	Calendar string `json:"calendar,omitempty"`
}

// calendarNote says in words how a mismatch's two dates are one day in
// two calendars, target naming the second text ("translation",
// "second version"); "" when they are not.
func calendarNote(c anchors.Calendar, target string) string {
	switch c {
	case anchors.JulianGregorian:
		return "the same day: Old Style (Julian calendar) in the source, New Style (Gregorian) in the " + target
	case anchors.GregorianJulian:
		return "the same day: New Style (Gregorian calendar) in the source, Old Style (Julian) in the " + target
	}
	return ""
}

func countsJSON(k align.CoverageCounts) coverageJSONCounts {
	return coverageJSONCounts{
		Sentences: Round4(k.Sentences.Share()), Words: Round4(k.Words.Share()), Paragraphs: Round4(k.Paragraphs.Share()),
		Counts: coverageJSONRatio{
			Sentences:  [2]int{k.Sentences.Covered, k.Sentences.Total},
			Words:      [2]int{k.Words.Covered, k.Words.Total},
			Paragraphs: [2]int{k.Paragraphs.Covered, k.Paragraphs.Total},
		},
	}
}

func findingJSON(f align.Finding) coverageJSONFinding {
	return coverageJSONFinding{
		ID: f.ID, Kind: string(f.Kind), Sentences: nonNil(f.Sentences), Counterpart: f.Counterpart,
		Paragraph: f.Paragraph, Line: f.Line, Start: f.Start, End: f.End, Text: f.Text, Words: f.Words,
		Confidence: Round4(f.Confidence), Severity: Round4(f.Severity), Accepted: f.Accepted,
	}
}

func sectionJSON(s align.SectionCoverage) coverageJSONSection {
	return coverageJSONSection{Title: s.Title, Paragraphs: [2]int{s.First, s.Limit}, Start: s.Start, End: s.End, Coverage: countsJSON(s.Counts)}
}

func matchJSON(m align.Mismatch) coverageJSONMatch {
	return coverageJSONMatch{
		ID: m.ID, Kind: string(m.Kind), SourceSentence: firstIndex(m.Source), SourceSentences: nonNil(m.Source), TargetSentences: nonNil(m.Target),
		SourceValue: m.SourceValue, TargetValue: m.TargetValue,
		SourceStart: m.SourceStart, SourceEnd: m.SourceEnd, TargetStart: m.TargetStart, TargetEnd: m.TargetEnd,
		Line: m.Line, Confidence: Round4(m.Confidence), Accepted: m.Accepted, Calendar: m.Calendar.String(),
	}
}

// writeFindingJSON writes f as findingJSON(f) encodes, by hand: its
// text, which may be a whole chapter, written a piece at a time
// (jsonStream.str), not made into one buffer twice (json.Encoder's
// and the stream's, 21 MB kept after the report of the paragraph case
// of bench/pathological).
func writeFindingJSON(js *jsonStream, f align.Finding) {
	js.appended(func(b []byte) ([]byte, error) {
		b = append(b, `{"id":`...)
		b = appendJSONString(b, f.ID)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, string(f.Kind))
		return append(b, `,"sentences":`...), nil
	})
	js.ints(f.Sentences)
	if len(f.Counterpart) > 0 {
		js.raw(`,"counterpart":`)
		js.ints(f.Counterpart)
	}
	js.appended(func(b []byte) ([]byte, error) {
		for _, x := range []struct {
			name string
			v    int
		}{{"paragraph", f.Paragraph}, {"line", f.Line}, {"start", f.Start}, {"end", f.End}} {
			b = append(b, `,"`...)
			b = append(b, x.name...)
			b = append(b, `":`...)
			b = strconv.AppendInt(b, int64(x.v), 10)
		}
		return append(b, `,"text":`...), nil
	})
	js.str(f.Text)
	js.appended(func(b []byte) ([]byte, error) {
		b = append(b, `,"words":`...)
		b = strconv.AppendInt(b, int64(f.Words), 10)
		b = append(b, `,"confidence":`...)
		b, err := appendJSONFloat(b, Round4(f.Confidence))
		if err != nil {
			return b, err
		}
		b = append(b, `,"severity":`...)
		if b, err = appendJSONFloat(b, Round4(f.Severity)); err != nil {
			return b, err
		}
		b = append(b, `,"accepted":`...)
		b = strconv.AppendBool(b, f.Accepted)
		return append(b, '}'), nil
	})
}

// coverageHead is the fields of coverageJSON before its lists, as
// writeCoverageJSON writes them.
type coverageHead struct {
	Source    coverageJSONEdition `json:"source"`
	Target    coverageJSONEdition `json:"target"`
	Versions  bool                `json:"versions,omitempty"`
	Coverage  coverageJSONCounts  `json:"coverage"`
	Effective coverageJSONCounts  `json:"effective"`
	// Doubtful are the runs [first, limit) of the source sentences
	// counted as covered whose rows are doubtful
	// (align.CoverageReport.Doubtful); empty when none.
	Doubtful [][2]int `json:"doubtful"`
}

func coverageHeadOf(r *align.CoverageReport) coverageHead {
	return coverageHead{
		Source:    coverageEditionJSON(r.Source),
		Target:    coverageEditionJSON(r.Target),
		Versions:  r.Versions,
		Coverage:  countsJSON(r.Total),
		Effective: countsJSON(r.Effective),
		Doubtful:  append([][2]int{}, r.DoubtfulRuns()...),
	}
}

func coverageEditionJSON(e *editions.Edition) coverageJSONEdition {
	return coverageJSONEdition{ID: e.ID, Lang: e.Lang.String(), Path: e.Path, Warnings: e.Warnings}
}

func firstIndex(s []int) int {
	if len(s) == 0 {
		return -1
	}
	return s[0]
}

func nonNil(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

// writeCoverageJSON writes r as one JSON document:
//
//	{"source": {"id", "lang", "path", "warnings" (the edition's, when
//	            any: how it was read is doubtful)}, "target": {…},
//	 "versions": true (only when the report was read from a comparison
//	              of two versions of one text, target the second),
//	 "coverage": {"sentences", "words", "paragraphs" (shares in [0,1]),
//	              "counts": {"sentences": [covered, total], …}},
//	 "effective": {…the same, accepted omissions counted as covered},
//	 "doubtful": [[first, limit], …] (the source sentences counted as
//	              covered whose rows are doubtful, in runs),
//	 "sections": [{"title", "paragraphs": [first, limit], "start", "end", "coverage"}],
//	 "omissions": [{"id", "kind": "omitted"|"shortened", "sentences",
//	                "counterpart", "paragraph", "line", "start", "end",
//	                "text", "words", "confidence", "severity", "accepted"}],
//	 "additions": [{…the same, kind "translator-note"|"bracketed"|"added",
//	                indices and offsets in the translation}],
//	 "mismatches": [{"id", "kind", "source_sentence" (the first of
//	                 "source_sentences"), "source_sentences", "target_sentences",
//	                 "source_value", "target_value", "source_start",
//	                 "source_end", "target_start", "target_end", "line",
//	                 "confidence", "accepted"}]}
//
// Sentence indices count from 0 across each edition, offsets are bytes
// into each edition's decoded text (-1 where a value is absent), as in
// the alignment JSON; lists are in reading order.
//
// It is written a finding at a time, in the bytes json.Encoder writes
// for the whole (coverageJSON, HTML not escaped; TestCoverageJSONStream):
// encoded whole, the document was made in one buffer, grown by doubling
// to twice its size (42 MB held after the report of the 20 MB
// paragraph case of bench/pathological, whose omissions quote the
// paragraph).
func writeCoverageJSON(w io.Writer, r *align.CoverageReport) error {
	bw := bufio.NewWriter(w)
	js := newJSONStream(bw)
	js.object(coverageHeadOf(r))
	js.raw(`,"sections":[`)
	for k, s := range r.Sections {
		if k > 0 {
			js.raw(",")
		}
		js.value(sectionJSON(s))
	}
	for _, list := range []struct {
		name string
		fs   []align.Finding
	}{{"omissions", r.Omissions}, {"additions", r.Additions}} {
		js.raw(`],"` + list.name + `":[`)
		for k, f := range list.fs {
			if k > 0 {
				js.raw(",")
			}
			writeFindingJSON(js, f)
		}
	}
	js.raw(`],"mismatches":[`)
	for k, m := range r.Mismatches {
		if k > 0 {
			js.raw(",")
		}
		js.value(matchJSON(m))
	}
	js.raw(`],"warnings":`)
	js.value(warningsJSON(r.Warnings))
	js.raw("}\n") // as json.Encoder ends a document
	if js.err != nil {
		return js.err
	}
	return bw.Flush()
}
