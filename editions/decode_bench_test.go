package editions_test

import (
	"bytes"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/synoptic-text/synoptic/editions"
)

// BenchmarkDetectLegacy measures the guess among the legacy encodings on
// a 4 MB book that is not UTF-8 — every candidate scored on a sample, the
// whole file checked for bytes a candidate leaves undefined.
func BenchmarkDetectLegacy(b *testing.B) {
	for _, bc := range []struct {
		name string
		data []byte
	}{
		{"iso-8859-2", bytes.Repeat(encodeWith(b, charmap.ISO8859_2, decHungarian), 4<<20/len(decHungarian))},
		{"shift_jis", bytes.Repeat(encodeWith(b, japanese.ShiftJIS, decJapanese), 4<<20/len(decJapanese))},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			for b.Loop() {
				if _, err := editions.DecodeFor(bc.data, "", ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
