package editions

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

// TestBibleVerseEnds measures how many verse ends that end with a full
// stop of their script (. ? ! and 。 ׃ ։ ܀, Greek ; …: IsSentenceMark)
// are sentence ends in our segmentation of the running text. A verse end
// is not always a sentence end (KJV verses often end with a full stop in
// the middle of a sentence, but then the next verse starts in lowercase or
// the full stop is an abbreviation), so the gold here is the verses that
// end with a terminator.
func TestBibleVerseEnds(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	tsvs, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
	total, found := 0, 0
	for _, tsv := range tsvs {
		txt := strings.TrimSuffix(tsv, ".tsv") + ".txt"
		e, err := Read(txt, Options{})
		if err != nil {
			t.Fatal(err)
		}
		ends := map[int]bool{}
		for _, s := range e.Sentences {
			ends[int(s.End)] = true
		}
		verses, err := evaldata.ReadVerses(tsv)
		if err != nil {
			t.Fatal(err)
		}
		starts, err := evaldata.VerseStarts(verses, e.Text)
		if err != nil {
			t.Fatalf("%s: %v in %s", tsv, err, txt)
		}
		n, hit := 0, 0
		var missed []string
		for k, v := range verses {
			verse := v.Text
			body := strings.TrimRightFunc(verse, func(r rune) bool { return unicode.Is(unicode.Pe, r) || unicode.Is(unicode.Pf, r) })
			last, size := utf8.DecodeLastRuneInString(body)
			prev, _ := utf8.DecodeLastRuneInString(body[:len(body)-size])
			if base, _ := e.Lang.Base(); !IsSentenceMark(base.String(), prev, last) {
				continue
			}
			n++
			if ends[starts[k]+len(verse)] {
				hit++
			} else if len(missed) < 3 {
				missed = append(missed, v.Ref+": "+verse[max(0, len(verse)-60):])
			}
		}
		if n == 0 {
			t.Logf("%-28s no verse ends with a full stop: a text without sentence punctuation", filepath.Base(txt))
			continue
		}
		t.Logf("%-28s %5d/%5d verse ends are sentence ends (%.4f) e.g. %q", filepath.Base(txt), hit, n, float64(hit)/float64(n), missed)
		total += n
		found += hit
	}
	rate := float64(found) / float64(total)
	t.Logf("all: %d/%d = %.4f", found, total, rate)
	if rate < 0.98 {
		t.Errorf("verse-end recall %.4f, want at least 0.98", rate)
	}
}
