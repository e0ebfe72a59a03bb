package align

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

// chapterVerses returns the verses of chapter ch of a verse file of
// ../shared/eval/bible ("Book c:v<TAB>text" lines), in order; of every
// chapter for ch "".
func chapterVerses(t *testing.T, path, ch string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		ref, text, ok := strings.Cut(sc.Text(), "\t")
		if ok && !strings.HasPrefix(ref, "#") && (ch == "" || strings.HasSuffix(strings.SplitN(ref, ":", 2)[0], " "+ch)) {
			out = append(out, text)
		}
	}
	return out
}

// TestShortTranslationDroppedVerse: a chapter of Ruth in the Chinese
// Union Version, one verse in the middle left out, against the King
// James Version. The aligner merged the verse with its neighbour and
// the report said 100 % covered, nothing omitted, the merge scored
// 0.91 (verse 16 of chapter 2; without verse 12, verse 12 of the
// English was paired with 13's translation and 13 and 14 merged). The
// decision's log-odds for leaving the verse out (0.8 and 1.4 before
// the match beside it was weighed) now cap the merge's score
// (Row.apartP), and the report names the sentences counted as covered
// on doubtful rows (CoverageReport.Doubtful): the verse left out is
// reported missing, or a doubtful row stands within a sentence of it.
func TestShortTranslationDroppedVerse(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	en := chapterVerses(t, filepath.Join(dir, "en-KJV.Ruth.tsv"), "2")
	zh := chapterVerses(t, filepath.Join(dir, "zh-ChiUns.Ruth.tsv"), "2")
	for _, drop := range []int{11, 15} {
		lacking := append(append([]string{}, zh[:drop]...), zh[drop+1:]...)
		al := alignSentences(linesEdition("en", "en", en), linesEdition("zh", "zh", lacking))
		rep := Coverage(al, CoverageOptions{})
		told := false
		for _, f := range rep.Omissions {
			for _, s := range f.Sentences {
				told = told || s == drop
			}
		}
		for _, s := range rep.Doubtful {
			told = told || s >= drop-1 && s <= drop+1
		}
		if !told {
			t.Errorf("Ruth 2 without verse %d: %.1f %% covered, omissions %v, doubtful %v: the verse left out is neither reported nor beside a doubtful row",
				drop+1, 100*rep.Total.Sentences.Share(), rep.Omissions, rep.Doubtful)
		}
	}
}
