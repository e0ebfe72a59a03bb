package align

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// BenchmarkFeaturesParagraph measures feature extraction (newSides:
// anchors, words, their ids) of a paragraph without punctuation against
// a novel, the case of issue 14 where it was most of the aligner's time:
// the words of Verne's Tour du monde in French, capitals and accents
// kept, all punctuation dropped, hard-wrapped, against the English
// novel. 2 MB, a tenth of bench/pathological's paragraph.
func BenchmarkFeaturesParagraph(b *testing.B) {
	dir := evaldata.Dir(b, "eval", "verne")
	fr, err := os.ReadFile(dir + "/fr.pg800.txt")
	if err != nil {
		b.Fatal(err)
	}
	ws := strings.FieldsFunc(string(fr), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var sb strings.Builder
	line := 0
	for k := 0; sb.Len() < 2_000_000; k++ {
		w := ws[k%len(ws)]
		sb.WriteString(w)
		line += len(w) + 1
		if line > 70 {
			sb.WriteByte('\n')
			line = 0
		} else {
			sb.WriteByte(' ')
		}
	}
	a := pathEdition(b, "paragraph.txt", sb.String(), "fr")
	t, err := editions.Read(dir+"/en.pg103.txt", editions.Options{Lang: "en"})
	if err != nil {
		b.Fatal(err)
	}
	p := defaultParams()
	b.ResetTimer()
	for b.Loop() {
		newSides(a, t, p)
	}
}
