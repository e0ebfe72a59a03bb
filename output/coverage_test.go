package output

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// coverageSample is a report as align.Coverage makes them, built by hand
// so that the renderers are tested alone: a small omission, a large one
// (which must come first), one addition of each kind and a mismatch.
func coverageSample() *align.CoverageReport {
	src := edition("src", "fr", "Il pleuvait.", "Nous sommes restés dedans toute la journée, à lire et à écrire des lettres.", "Le 3 mai.", "Court.")
	tgt := edition("tgt", "en", "It rained.", "On 4 May.", "[Editor: sic]", "Translator's note.", "Extra.")
	k := align.CoverageCounts{Sentences: align.Ratio{Covered: 2, Total: 4}, Words: align.Ratio{Covered: 5, Total: 21}, Paragraphs: align.Ratio{Covered: 1, Total: 1}}
	return &align.CoverageReport{
		Source: src, Target: tgt, Total: k, Effective: k,
		Sections: []align.SectionCoverage{{Title: "", First: 0, Limit: 1, Counts: k}},
		Omissions: []align.Finding{
			{ID: "o00000001", Kind: align.Omitted, Sentences: []int{3}, Line: 1, Start: int(src.Sentences[3].Start), End: int(src.Sentences[3].End), Text: "Court.", Words: 1, Confidence: 0.6, Severity: 0.6},
			{ID: "o00000002", Kind: align.Omitted, Sentences: []int{1}, Line: 1, Start: int(src.Sentences[1].Start), End: int(src.Sentences[1].End), Text: src.Sentences[1].Text, Words: 15, Confidence: 0.97, Severity: 3.76},
		},
		Additions: []align.Finding{
			{ID: "a00000001", Kind: align.Bracketed, Edition: 1, Sentences: []int{2}, Text: "[Editor: sic]", Words: 2, Confidence: 0.9},
			{ID: "a00000002", Kind: align.TranslatorNote, Edition: 1, Sentences: []int{3}, Text: "Translator's note.", Words: 2, Confidence: 0.9},
			{ID: "a00000003", Kind: align.Added, Edition: 1, Sentences: []int{4}, Text: "Extra.", Words: 1, Confidence: 0.9},
		},
		Mismatches: []align.Mismatch{
			{ID: "m00000001", Kind: align.DateMismatch, Source: []int{2}, Target: []int{1}, SourceValue: "3 mai", TargetValue: "4 May", SourceStart: 72, SourceEnd: 77, TargetStart: 14, TargetEnd: 19, Line: 1, Confidence: 0.9, Accepted: true},
		},
	}
}

func TestCoverageTextOrdersAndSplits(t *testing.T) {
	var buf bytes.Buffer
	if err := writeCoverageText(&buf, coverageSample(), 60, BidiTerminal); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	big, small := strings.Index(out, "o00000002"), strings.Index(out, "o00000001")
	if big < 0 || small < 0 || big > small {
		t.Errorf("the larger, surer omission should come first:\n%s", out)
	}
	notes, other := strings.Index(out, "Translator's notes and bracketed insertions (2)"), strings.Index(out, "Other additions (1)")
	if notes < 0 || other < 0 || !(notes < strings.Index(out, "a00000001") && strings.Index(out, "a00000001") < other && other < strings.Index(out, "a00000003")) {
		t.Errorf("additions not split into notes/bracketed and others:\n%s", out)
	}
	if !strings.Contains(out, "m00000001  date") || !strings.Contains(out, "(accepted)") || !strings.Contains(out, "source “3 mai”, translation “4 May”") {
		t.Errorf("mismatch not shown with its values and acceptance:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if w := stringWidth(line); w > 60 {
			t.Errorf("line of %d columns in a 60-column report: %q", w, line)
		}
	}
}

func TestCoverageJSONShape(t *testing.T) {
	var buf bytes.Buffer
	if err := writeCoverageJSON(&buf, coverageSample()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Coverage struct {
			Sentences, Words, Paragraphs float64
		}
		Omissions []struct {
			ID         string
			Sentences  []int
			Start, End int
			Text       string
			Confidence float64
		}
		Additions  []struct{ ID, Kind string }
		Mismatches []struct {
			ID, Kind                 string
			SourceSentences          []int  `json:"source_sentences"`
			TargetSentences          []int  `json:"target_sentences"`
			SourceValue, TargetValue string `json:"-"`
			SV                       string `json:"source_value"`
			TV                       string `json:"target_value"`
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if doc.Coverage.Sentences != 0.5 || doc.Coverage.Paragraphs != 1 {
		t.Errorf("coverage %+v", doc.Coverage)
	}
	// Reading order in JSON, unlike the text report.
	if len(doc.Omissions) != 2 || doc.Omissions[0].ID != "o00000001" || doc.Omissions[1].Text == "" {
		t.Errorf("omissions %+v", doc.Omissions)
	}
	if len(doc.Additions) != 3 || doc.Additions[0].Kind != "bracketed" {
		t.Errorf("additions %+v", doc.Additions)
	}
	m := doc.Mismatches
	if len(m) != 1 || m[0].SV != "3 mai" || m[0].TV != "4 May" || m[0].SourceSentences[0] != 2 || m[0].TargetSentences[0] != 1 {
		t.Errorf("mismatches %+v", m)
	}
}

var _ = editions.Text

// The coverage JSON, written a finding at a time, is the bytes
// json.Encoder writes for the whole report's model (coverageJSON), with
// lists empty and not, and text that JSON escapes.
func TestCoverageJSONStream(t *testing.T) {
	full := coverageSample()
	full.Omissions[0].Text = "<Court> & \"quoted\"\u2028"
	full.Omissions[1].Counterpart = []int{2, 3}
	full.Omissions[1].Text = strings.Repeat("Nous sommes restés dedans \xff\t« toute » la journée\u2029. ", 2000) // longer than a piece of jsonStream.str
	full.Warnings = []align.Warning{{Kind: "unrelated", First: 1, Limit: 2, Sentences: [][2]int{{1, 2}, {1, 3}}, Message: "<unrelated>"}}
	full.Doubtful = []int{0, 2, 3}
	empty := &align.CoverageReport{Source: full.Source, Target: full.Target}
	for _, r := range []*align.CoverageReport{full, empty} {
		head := coverageHeadOf(r)
		doc := coverageJSON{Source: head.Source, Target: head.Target, Coverage: head.Coverage, Effective: head.Effective, Doubtful: head.Doubtful,
			Sections: []coverageJSONSection{}, Omissions: []coverageJSONFinding{}, Additions: []coverageJSONFinding{}, Mismatches: []coverageJSONMatch{},
			Warnings: warningsJSON(r.Warnings)}
		for _, s := range r.Sections {
			doc.Sections = append(doc.Sections, sectionJSON(s))
		}
		for _, f := range r.Omissions {
			doc.Omissions = append(doc.Omissions, findingJSON(f))
		}
		for _, f := range r.Additions {
			doc.Additions = append(doc.Additions, findingJSON(f))
		}
		for _, m := range r.Mismatches {
			doc.Mismatches = append(doc.Mismatches, matchJSON(m))
		}
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		if err := writeCoverageJSON(&got, r); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("written\n%s\nencoding the whole writes\n%s", got.String(), want.String())
		}
	}
}

// TestCoverageTableColumns: the table's columns stay in line when the
// counts are long (a text of 13,552 words: "13538/13538" is wider than
// the nine columns the counts once had, and pushed the paragraphs
// along), each share under its heading.
func TestCoverageTableColumns(t *testing.T) {
	k := func(s, w, p int) align.CoverageCounts {
		return align.CoverageCounts{Sentences: align.Ratio{Covered: s, Total: s}, Words: align.Ratio{Covered: w, Total: w}, Paragraphs: align.Ratio{Covered: p, Total: p}}
	}
	r := &align.CoverageReport{Total: k(685, 13552, 146), Sections: []align.SectionCoverage{
		{Title: "Victor Serge", Counts: k(2, 8, 2)},
		{Title: "The Insurrection of 25 October 1917", Counts: k(682, 13538, 143)},
		{Title: "Last updated", Counts: k(1, 6, 1)},
	}}
	r.Effective = r.Total
	var b bytes.Buffer
	writeCoverageTable(&b, r, 110)
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	head := lines[0]
	for _, ln := range lines[1:] {
		// Each share starts one column after its heading, as " 100.0%"
		// does under "sentences".
		for _, h := range []string{"sentences", "words", "paragraphs"} {
			at := strings.Index(head, h)
			if at+7 > len(ln) || ln[at+1:at+7] != "100.0%" {
				t.Errorf("%q under heading %q at column %d:\n%s", ln, h, at, b.String())
			}
		}
	}
}

// TestHeadWrapsOnce: a finding's or warning's text longer than two lines
// is wrapped at the indented width as a whole, so that no line but the
// last is left a stub (each line was wrapped again on its own, cutting
// "leaves deleted and inserted" into "leaves" | "deleted" | "and
// inserted"), and no word is lost.
func TestHeadWrapsOnce(t *testing.T) {
	msg := strings.Repeat("they are more likely two translations, whose sentences a word diff leaves deleted and inserted; ", 4) + "end"
	var b bytes.Buffer
	writeHead(&b, msg, 60)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	var got []string
	for k, l := range lines {
		got = append(got, strings.TrimSpace(l))
		if k < len(lines)-1 && len(strings.TrimSpace(l)) < 30 {
			t.Errorf("line %d %q is a stub of a line 60 wide", k, l)
		}
	}
	if joined := strings.Join(got, " "); joined != strings.TrimSpace(msg) {
		t.Errorf("text changed by wrapping:\n%q\nwant\n%q", joined, msg)
	}
}

// TestCoverageTextMovedPassage: a passage moved is shown as moved, with
// the translation's sentences where it stands, not as missing.
func TestCoverageTextMovedPassage(t *testing.T) {
	r := coverageSample()
	r.Omissions[1].Kind, r.Omissions[1].Counterpart = align.MovedPassage, []int{3, 4}
	var buf bytes.Buffer
	if err := writeCoverageText(&buf, r, 100, BidiTerminal); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "o00000002  moved: translated elsewhere (translation sentences 3-4)") {
		t.Errorf("the moved passage is not shown as moved with where it stands:\n%s", out)
	}
}

// TestCoverageTextRightToLeft: the text report shows the Hebrew of its
// findings as synoptic segment and compare do on a terminal that does not
// order right-to-left text: in visual order, right-aligned in the
// excerpt's column; BidiTerminal leaves it in logical order.
func TestCoverageTextRightToLeft(t *testing.T) {
	src := edition("src", "he", "בשנת 1040 נולד David בבית לחם.", "הוא היה מלך.")
	tgt := edition("tgt", "en", "In 1040 David was born in Bethlehem.")
	k := align.CoverageCounts{Sentences: align.Ratio{Covered: 1, Total: 2}}
	r := &align.CoverageReport{
		Source: src, Target: tgt, Total: k, Effective: k,
		Omissions: []align.Finding{{ID: "o00000001", Kind: align.Omitted, Sentences: []int{0}, Line: 1, Text: src.Sentences[0].Text, Words: 6, Confidence: 0.9, Severity: 1}},
	}
	var buf bytes.Buffer
	if err := writeCoverageText(&buf, r, 60, BidiVisual); err != nil {
		t.Fatal(err)
	}
	want := "." + rev("לחם") + " " + rev("בבית") + " David " + rev("נולד") + " 1040 " + rev("בשנת")
	if !strings.Contains(buf.String(), "\n      "+strings.Repeat(" ", 60-6-stringWidth(want))+want+"\n") {
		t.Errorf("the omitted Hebrew is not right-aligned in visual order:\n%s", buf.String())
	}
	buf.Reset()
	if err := writeCoverageText(&buf, r, 60, BidiTerminal); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\n      בשנת 1040 נולד David בבית לחם.\n") {
		t.Errorf("BidiTerminal changed the Hebrew:\n%s", buf.String())
	}
}

// TestCoverageDoubtful: the sentences counted as covered on doubtful
// rows (align.CoverageReport.Doubtful) are named in every format: in
// runs in the text (up to maxDoubtfulRuns) and the page, as runs
// [first, limit) in the JSON; a report without any says nothing of
// them in the text and has an empty list in the JSON.
func TestCoverageDoubtful(t *testing.T) {
	r := coverageSample()
	r.Doubtful = []int{0, 2, 3}
	var text, js, page bytes.Buffer
	if err := writeCoverageText(&text, r, 100, BidiTerminal); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "Doubtful: 3 of the sentences counted as covered (75.0%)") || !strings.Contains(text.String(), "check sentences 0, 2-3") {
		t.Errorf("text report does not name the doubtful sentences:\n%s", text.String())
	}
	if err := writeCoverageJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"doubtful":[[0,1],[2,4]]`) {
		t.Errorf("JSON without the doubtful runs:\n%s", js.String())
	}
	if err := writeCoverageHTML(&page, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), "check sentences 0, 2-3") {
		t.Error("the page does not name the doubtful sentences")
	}
	r.Doubtful = nil
	text.Reset()
	js.Reset()
	if err := writeCoverageText(&text, r, 100, BidiTerminal); err != nil {
		t.Fatal(err)
	}
	if err := writeCoverageJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text.String(), "Doubtful") || !strings.Contains(js.String(), `"doubtful":[]`) {
		t.Errorf("a report with no doubtful sentence: text\n%s\nJSON\n%s", text.String(), js.String())
	}
}

// TestIDRange: the sentences of a finding are written by runs, so that
// a passage with one sentence missing is two ranges, not forty numbers.
func TestIDRange(t *testing.T) {
	for _, c := range []struct {
		ids  []int
		want string
	}{
		{nil, "none"},
		{[]int{7}, "7"},
		{[]int{7, 8, 9}, "7-9"},
		{[]int{7, 9}, "7, 9"},
		{[]int{0, 2, 3}, "0, 2-3"},
		{[]int{1075, 1076, 1077, 1079, 1080, 1082}, "1075-1077, 1079-1080, 1082"},
	} {
		if got := idRange(c.ids); got != c.want {
			t.Errorf("idRange(%v) = %q, want %q", c.ids, got, c.want)
		}
	}
}

// A date given in the other calendar is said to be so in every format:
// the text report and the page in words, the JSON as "calendar"; a date
// that is two days has none of it.
func TestCoverageCalendarNote(t *testing.T) {
	const words = "the same day: Old Style (Julian calendar) in the source, New Style (Gregorian) in the translation"
	for _, cal := range []anchors.Calendar{anchors.JulianGregorian, anchors.OneCalendar} {
		r := coverageSample()
		r.Mismatches[0].Calendar = cal
		var text, js, page bytes.Buffer
		if err := writeCoverageText(&text, r, 60, BidiTerminal); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(text.String(), "\n") {
			if w := stringWidth(line); w > 60 {
				t.Errorf("%v: line of %d columns in a 60-column report: %q", cal, w, line)
			}
		}
		if err := writeCoverageJSON(&js, r); err != nil {
			t.Fatal(err)
		}
		if err := writeCoverageHTML(&page, r); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Mismatches []map[string]any `json:"mismatches"`
		}
		if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		said := cal != anchors.OneCalendar
		if strings.Contains(strings.Join(strings.Fields(text.String()), " "), words) != said {
			t.Errorf("%v: text report says the calendars %v:\n%s", cal, !said, text.String())
		}
		if strings.Contains(page.String(), words) != said {
			t.Errorf("%v: page says the calendars %v", cal, !said)
		}
		if v, ok := doc.Mismatches[0]["calendar"]; ok != said || said && v != "julian-gregorian" {
			t.Errorf("%v: JSON calendar %v (present %v)", cal, v, ok)
		}
	}
}
