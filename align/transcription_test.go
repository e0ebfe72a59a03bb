package align

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// gutenbergTranscription rewrites a Markdown-lite text the way a Project
// Gutenberg transcriber would: headings in capitals, *emphasis* and
// **bold** as _underscores_, note references [^n] as [n], the notes
// gathered at the end under NOTES, paragraphs hard-wrapped at 70
// columns.
func gutenbergTranscription(md string) string {
	def := regexp.MustCompile(`^\[\^(\w+)\]:\s*(.*)$`)
	heading := regexp.MustCompile(`^#+\s*(.*)$`)
	bold, em := regexp.MustCompile(`\*\*(.+?)\*\*`), regexp.MustCompile(`\*(.+?)\*`)
	ref := regexp.MustCompile(`\[\^(\w+)\]`)
	inline := func(s string) string {
		return ref.ReplaceAllString(em.ReplaceAllString(bold.ReplaceAllString(s, "_${1}_"), "_${1}_"), "[$1]")
	}
	wrap := func(s string) string {
		var lines []string
		line := ""
		for _, w := range strings.Fields(s) {
			if line != "" && len([]rune(line))+1+len([]rune(w)) > 70 {
				lines = append(lines, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		return strings.Join(append(lines, line), "\n")
	}
	var out, notes []string
	for _, ln := range strings.Split(md, "\n") {
		switch {
		case strings.TrimSpace(ln) == "":
		case def.MatchString(ln):
			m := def.FindStringSubmatch(ln)
			notes = append(notes, wrap("["+m[1]+"] "+inline(m[2])))
		case heading.MatchString(ln):
			out = append(out, strings.ToUpper(inline(heading.FindStringSubmatch(ln)[1])))
		default:
			out = append(out, wrap(inline(ln)))
		}
	}
	out = append(append(out, "NOTES"), notes...)
	return strings.Join(out, "\n\n") + "\n"
}

// TestCompareTranscriptions compares the Markdown Manifesto with a
// Gutenberg-style transcription of it: the same words, other conventions
// of formatting. No change may be typed punctuation or anything but
// markup when only emphasis differs, no note marker may stand inside the
// change of a word, and every note of the transcription is a note of its
// own, not glued to its neighbour.
func TestCompareTranscriptions(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "manifesto")
	md, err := os.ReadFile(filepath.Join(dir, "en.moore1888-mia.md"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := editions.Parse("en.md", md, editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := editions.Parse("en.txt", []byte(gutenbergTranscription(string(md))), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	al := compareVersions(a, b, VersionOptions{})
	counts := map[DiffType]int{}
	for _, r := range al.Rows {
		ops := r.DiffOps(0, 1)
		ChangeUnits(ops, func(i, j int) {
			del, ins := unitTexts(ops[i:j])
			typ := ops[i].Type
			counts[typ]++
			bare := strings.Trim(del+ins, "*_ ")
			if bare == "" && typ != MarkupDiff {
				t.Errorf("emphasis alone typed %s: %q → %q", typ, del, ins)
			}
			if typ != MarkupDiff && typ != InsertionDiff && typ != DeletionDiff &&
				(len(editions.NoteMarkers(del)) > 0 || len(editions.NoteMarkers(ins)) > 0) {
				t.Errorf("note marker inside a %s change: %q → %q", typ, del, ins)
			}
		})
	}
	t.Logf("changes by type: %v", counts)
	if counts[PunctuationDiff] > 0 || counts[SubstitutionDiff] > 0 {
		t.Errorf("%d punctuation and %d substitution changes between two transcriptions of one text", counts[PunctuationDiff], counts[SubstitutionDiff])
	}
	for k, n := range b.Notes {
		p := b.Paragraphs[n.Paragraph]
		text := b.Text[p.Start:p.End]
		if strings.Contains(text, "["+n.Label+"]") && k+1 < len(b.Notes) && strings.Contains(text, "["+b.Notes[k+1].Label+"] ") {
			t.Errorf("note %s glued to the next: %.80q", n.Label, text)
		}
	}
	if len(b.Notes) != len(a.Notes) {
		t.Errorf("%d notes in the transcription, %d in the Markdown", len(b.Notes), len(a.Notes))
	}
}
