package editions

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/internal/browsertest"
)

// TestPDFToText reads what a user gets from a real PDF: the fixture's
// text printed by Chromium in a large type (its header, the date and the
// title, and its footer, the file's address and "1/4", on every page),
// then converted by pdftotext, which writes a form feed between pages.
// The edition has the text's sentences, no line of the furniture, and
// says it left it out. Skips, saying so, without Chromium
// or pdftotext (Debian's poppler-utils, which .ci/run installs), except
// under CI=true.
func TestPDFToText(t *testing.T) {
	chromium := browsertest.Chromium(t)
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext not found: .ci/run installs it (apt-get install poppler-utils)")
		}
		t.Skip("pdftotext not found (install Debian's poppler-utils to run this test)")
	}
	for _, name := range []string{"en.txt", "ru.txt"} {
		t.Run(name, func(t *testing.T) {
			clean, err := os.ReadFile(filepath.Join("testdata", "pages", name))
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var page strings.Builder
			page.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>The harbour master</title>` +
				`<style>body { font: 26pt serif }</style></head><body>`)
			for _, p := range strings.Split(strings.TrimSpace(string(clean)), "\n\n") {
				fmt.Fprintf(&page, "<p>%s</p>\n", html.EscapeString(p))
			}
			page.WriteString("</body></html>")
			htmlPath, pdfPath, txtPath := filepath.Join(dir, "book.html"), filepath.Join(dir, "book.pdf"), filepath.Join(dir, "book.txt")
			if err := os.WriteFile(htmlPath, []byte(page.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			print := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--user-data-dir="+filepath.Join(dir, "profile"), "--print-to-pdf="+pdfPath, "file://"+htmlPath)
			if out, err := print.CombinedOutput(); err != nil {
				t.Fatalf("chromium --print-to-pdf: %v\n%s", err, out)
			}
			// pdftotext's two layouts: the text in reading order (a
			// page's head and foot each a line of their own), and -layout,
			// as the page sets it (the head's parts on one line, far
			// apart; paragraphs apart by blank lines, indented).
			for _, mode := range [][]string{{}, {"-layout"}} {
				t.Run("pdftotext"+strings.Join(mode, ""), func(t *testing.T) {
					if out, err := exec.Command(pdftotext, append(mode, "-enc", "UTF-8", pdfPath, txtPath)...).CombinedOutput(); err != nil {
						t.Fatalf("pdftotext: %v\n%s", err, out)
					}
					converted, err := os.ReadFile(txtPath)
					if err != nil {
						t.Fatal(err)
					}
					pages := strings.Count(string(converted), "\f")
					if pages < minPages {
						t.Fatalf("the PDF has %d pages; the test wants %d or more", pages, minPages)
					}
					want := parse(t, name, string(clean), Options{})
					got := parse(t, name, string(converted), Options{})
					// Chromium breaks lines after a compound's hyphen ("forty-" at
					// a line's end, "one" on the next): read "forty-one", as
					// written, with no space (foldSpace).
					ws := strings.Join(sentenceTexts(want), "\n")
					gs := strings.Join(sentenceTexts(got), "\n")
					if ws != gs {
						t.Errorf("sentences of the PDF's text:\n%s\nwant\n%s\n(pdftotext wrote:\n%s)", gs, ws, converted)
					}
					// pdftotext writes no blank line between paragraphs: one whose
					// last line is full runs on into the next, as in any text
					// wrapped so. A paragraph may so be joined, never cut: each
					// paragraph read starts where one of the text starts.
					noParagraphCut(t, want, got)
					if 2*len(got.Paragraphs) < len(want.Paragraphs) {
						t.Errorf("%d paragraphs of the text's %d", len(got.Paragraphs), len(want.Paragraphs))
					}
					if len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], fmt.Sprintf("read as %d printed pages", pages)) {
						t.Errorf("warnings %q: want one that says %d printed pages were read", got.Warnings, pages)
					}
				})
			}
		})
	}
}
