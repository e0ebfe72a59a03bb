package editions

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

// prose returns about size bytes of paragraphs built from the test
// sentences of several languages, with notes and markers, hard to segment
// in the same ways real books are.
func prose(size int) []byte {
	var b strings.Builder
	n := 0
	for b.Len() < size {
		for _, c := range segmentCases {
			if c.lang == "ja" || c.lang == "sv" {
				continue
			}
			b.WriteString(c.text)
			n++
			if n%4 == 0 {
				fmt.Fprintf(&b, " [%d]\n\n", n%97+1)
			} else {
				b.WriteByte(' ')
			}
		}
	}
	b.WriteString("\n\n")
	for i := 1; i <= 97; i++ {
		fmt.Fprintf(&b, "[%d] Note %d, op. cit., p. %d.\n\n", i, i, i*3)
	}
	return []byte(b.String())
}

// BenchmarkParse reads 1 MB and 10 MB of prose: decoding, structure,
// segmentation, markers and comparison forms. alloc/input is the bytes
// allocated per byte of input.
func BenchmarkParse(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		data := prose(size)
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				if _, err := Parse("bench.en.txt", data, Options{Lang: "en"}); err != nil {
					b.Fatal(err)
				}
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(data)), "alloc/input")
		})
	}
}

// BenchmarkParseBook reads real books from ../shared: Verne's novel in
// French (hard-wrapped Gutenberg text) and the seed chapter.
func BenchmarkParseBook(b *testing.B) {
	for _, name := range []string{"eval/verne/fr.pg800.txt", "eval/verne/en.pg103.txt", "seed/serge-year-one-ch2.en.txt"} {
		path := filepath.Join(evaldata.Dir(b, filepath.Dir(name)), filepath.Base(name))
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(name), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(path, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
