package output

import (
	"fmt"
	"html/template"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// The coverage report as a page in the style of the parallel edition:
// totals, sections, then omissions, additions and mismatches with the ids
// a reviewer accepts them by. It has no script, and its policy allows
// none.

type coverBody struct {
	Summary    string
	Warnings   []string
	SourceLang string
	SourceDir  string
	// TargetName names the second edition to a screen reader beside a
	// value of its own: "translation", or "second version" (coverageWords).
	TargetName string
	Totals     []coverTotal
	Sections   []align.SectionCoverage
	Lists      []coverList
}

type coverTotal struct {
	Name             string
	Total, Effective align.Ratio
}

type coverList struct {
	ID, Heading, Unit string
	Items             []coverItem
}

type coverItem struct {
	Kind       string
	Line       int
	Size       string
	Confidence float64
	Text       string
	Lang, Dir  string
	Text2      string // the translation's side: a mismatch's value, a shortened pair's text
	Lang2      string
	Dir2       string
	ID         string
	Accepted   bool
	Note       string // what the reader should know of it: a date in two calendars (calendarNote)
}

// sectionTitleBytes is the most of a section's title the coverage page
// shows, in bytes, before the cut marked "…"; chosen by hand.
const sectionTitleBytes = 160

// writeCoverageHTML writes r as a self-contained HTML page.
func writeCoverageHTML(w io.Writer, r *align.CoverageReport) error {
	src, tgt := editionHeading(r.Source), editionHeading(r.Target)
	b := &coverBody{SourceLang: src.Lang, SourceDir: src.Dir, TargetName: coverageWords(r).target, Warnings: warningMessages([]*editions.Edition{r.Source, r.Target}, r.Warnings)}
	// A section's title is its headings joined, which for a table of
	// contents runs to pages: shown shortened, the rest is in the text.
	for _, sec := range r.Sections {
		sec.Title = shorten(sec.Title, sectionTitleBytes)
		b.Sections = append(b.Sections, sec)
	}
	b.Summary = fmt.Sprintf("%s covers %.1f%% of the sentences and %.1f%% of the words of %s: %s, %s, %s.",
		tgt.Label, 100*r.Total.Sentences.Share(), 100*r.Total.Words.Share(), src.Label,
		countOf(len(r.Omissions), "omission"), countOf(len(r.Additions), "addition"), mismatches(len(r.Mismatches)))
	if m := doubtfulMessage(r, 0); m != "" {
		b.Summary += " " + m + "."
	}
	b.Totals = []coverTotal{
		{"sentences", r.Total.Sentences, r.Effective.Sentences},
		{"words", r.Total.Words, r.Effective.Words},
		{"paragraphs", r.Total.Paragraphs, r.Effective.Paragraphs},
	}
	findings := func(fs []align.Finding) []coverItem {
		var out []coverItem
		for _, f := range fs {
			it := coverItem{Kind: string(f.Kind), Line: f.Line, Size: strconv.Itoa(f.Words), Confidence: f.Confidence,
				Text: f.Text, ID: f.ID, Accepted: f.Accepted, Lang: src.Lang, Dir: src.Dir}
			if f.Edition == 1 {
				it.Lang, it.Dir = tgt.Lang, tgt.Dir
			}
			if len(f.Counterpart) > 0 {
				it.Text2, it.Lang2, it.Dir2 = r.Target.Joined(f.Counterpart), tgt.Lang, tgt.Dir
			}
			out = append(out, it)
		}
		return out
	}
	var mism []coverItem
	for _, m := range r.Mismatches {
		it := coverItem{Kind: string(m.Kind), Line: m.Line, Size: "", Confidence: m.Confidence,
			Text: m.SourceValue, Lang: src.Lang, Dir: src.Dir, ID: m.ID, Accepted: m.Accepted}
		if m.TargetValue != "" {
			it.Text2, it.Lang2, it.Dir2 = m.TargetValue, tgt.Lang, tgt.Dir
		}
		it.Note = calendarNote(m.Calendar, b.TargetName)
		mism = append(mism, it)
	}
	b.Lists = []coverList{
		{ID: "omissions", Heading: "Omissions", Unit: "words", Items: findings(r.Omissions)},
		{ID: "additions", Heading: "Additions", Unit: "words", Items: findings(r.Additions)},
		{ID: "mismatches", Heading: "Mismatches", Unit: "", Items: mism},
	}
	p := htmlPage{
		Title: "Coverage of " + src.Label + " by " + tgt.Label,
		CSP:   staticCSP(), CSS: template.CSS(pageCSS()), BodyClass: "coverage", Body: b,
	}
	return execPage(w, coverTmpl(), p)
}

func mismatches(n int) string {
	if n == 1 {
		return "1 mismatch"
	}
	return fmt.Sprintf("%d mismatches", n)
}

// shorten cuts s to at most n bytes at a rune boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
