package dict

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// The parsers' fuzz targets: whatever the bytes, each format's parser
// returns pairs of a non-empty headword and translation, or an
// *editions.InputError naming the file it read; it never panics, and
// never allocates more than its input can hold. Run one with, for
// example:
//
//	go test ./dict -run XXX -fuzz FuzzDictzip -parallel 1

// allocated returns how many bytes f allocates on the heap. The fuzz
// engine runs one input at a time per process, so the count is f's own
// give or take the engine's few kilobytes.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// checkAllocated fails t when f allocates more than perByte bytes per byte
// of input, plus a megabyte for the fixed costs (maps, goroutines).
func checkAllocated(t *testing.T, input int, perByte uint64, f func()) {
	t.Helper()
	if n, max := allocated(f), perByte*uint64(input)+1<<20; n > max {
		t.Fatalf("%d bytes of input allocated %d bytes (at most %d expected)", input, n, max)
	}
}

// checkRead checks what a parser returned: an *editions.InputError
// naming one of files, or a dictionary of no more pairs than text has
// bytes (each translation is some of its bytes), none with an empty or
// untrimmed side or spanning lines.
func checkRead(t *testing.T, d *Dictionary, err error, text int, files ...string) {
	t.Helper()
	if err != nil {
		var ie *editions.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error %v is not an *editions.InputError", err)
		}
		for _, f := range files {
			if ie.Path == f {
				return
			}
		}
		t.Fatalf("error %v names %q, not one of %q", err, ie.Path, files)
	}
	if len(d.Pairs) > text {
		t.Fatalf("%d pairs from %d bytes of text", len(d.Pairs), text)
	}
	for _, p := range d.Pairs {
		for _, s := range []string{p.From, p.To} {
			if s == "" || s != strings.TrimSpace(s) || strings.Contains(s, "\n") {
				t.Fatalf("pair %q", p)
			}
		}
	}
}

func testdata(f *testing.F, name string) []byte {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// FuzzText fuzzes the text formats: hunalign's lines and TSV.
func FuzzText(f *testing.F) {
	f.Add([]byte("Berg\tmontagne\n# comment\nGipfel\t sommet \r\n\n"))
	f.Add([]byte("\uFEFFmontagne @ Berg\nsommet @ Gipfel\n"))
	f.Add([]byte("a @ b @ c\n"))
	f.Add([]byte("Berg\tmontagne\n\xff\xfe\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d *Dictionary
		var err error
		checkAllocated(t, len(data), 64, func() { d, err = parseText("f.tsv", data) })
		checkRead(t, d, err, len(data), "f.tsv")
	})
}

// FuzzIndex fuzzes a dictd index against the plain text of a data file.
func FuzzIndex(f *testing.F) {
	for _, name := range []string{"freedict-deu-fra", "freedict-eng-rus"} {
		text, err := decodeData(name+".dict.dz", testdata(f, name+".dict.dz"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(testdata(f, name+".index"), []byte(text))
	}
	f.Add([]byte("berg\tA\t//\nb\tA\tB-\n"), []byte("Berg\nmontagne\n"))
	f.Add([]byte("a\tA\tM\nb\tB\tL\nc\tC\tK\n"), []byte("abc\n1. x,y,z\n"))
	f.Fuzz(func(t *testing.T, index, text []byte) {
		var d *Dictionary
		var err error
		checkAllocated(t, len(index)+len(text), 64, func() { d, err = parseIndex("f.index", index, "f.dict", string(text)) })
		checkRead(t, d, err, len(text), "f.index", "f.dict")
	})
}

// FuzzDictzip fuzzes the data file's bytes, and dictzip made of text
// with its chunk table, header flags and trailer's length damaged as
// the other arguments say (most mutations of raw bytes only break the
// gzip header): the text comes back whole, or an error says the file is
// damaged; it never comes back altered.
func FuzzDictzip(f *testing.F) {
	for _, name := range []string{"freedict-deu-fra", "freedict-eng-rus"} {
		f.Add(testdata(f, name+".dict.dz"), []byte(nil), uint16(0), byte(0), uint16(0), uint16(0), uint32(0), uint16(0))
	}
	f.Add([]byte("\x1f\x8b\x08\x04\x00\x00\x00\x00\x02\x03\x0c\x00RA\x08\x00\x01\x00\xff\xff\x01\x00\x00\x00"+"\x00\x00\x00\x00\xff\xff\xff\xff"),
		[]byte("Berg /bɛʁk/ <n>\nmontagne, mont\n"), uint16(7), byte(1<<3), uint16(1), uint16(0xffff), uint32(1<<31), uint16(40))
	f.Fuzz(func(t *testing.T, raw, text []byte, chunkLen uint16, flags byte, at, size uint16, isize uint32, cut uint16) {
		decode := func(data []byte) (string, error) {
			var s string
			var err error
			checkAllocated(t, len(data), 4*inflateRatio, func() { s, err = decodeData("f.dict.dz", data) })
			if err != nil {
				var ie *editions.InputError
				if !errors.As(err, &ie) || ie.Path != "f.dict.dz" {
					t.Fatalf("error %v is not an *editions.InputError naming f.dict.dz", err)
				}
			}
			return s, err
		}
		decode(raw)
		if len(text) == 0 || chunkLen == 0 || len(text)/int(chunkLen) >= 64 { // each chunk costs the writer a megabyte
			return
		}
		data := dictzip(t, text, int(chunkLen))
		if got, err := decode(data); err != nil || got != string(text) {
			t.Fatalf("dictzip of %q in chunks of %d: got %q, %v", text, chunkLen, got, err)
		}
		// Damage it: the header's flags; a 16-bit word from the extra
		// field's length on (at 10 + 2·at: the lengths of the extra field
		// and of "RA", the chunks' length and count, a chunk's size, or
		// the compressed data); the trailer's length; its end.
		data[3] ^= flags
		if k := 10 + 2*int(at); k+2 <= len(data) {
			binary.LittleEndian.PutUint16(data[k:], size)
		}
		binary.LittleEndian.PutUint32(data[len(data)-4:], binary.LittleEndian.Uint32(data[len(data)-4:])^isize)
		data = data[:len(data)-min(int(cut), len(data))]
		if got, err := decode(data); err == nil && !bytes.Equal([]byte(got), text) {
			t.Fatalf("damaged dictzip of %q read as %q", text, got)
		}
	})
}
