package editions

import (
	"errors"
	"strings"
	"testing"
)

// zeros is an endless stream of NUL bytes, as /dev/zero is, that counts
// what was read of it.
type zeros struct{ read int }

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.read += len(p)
	return len(p), nil
}

// TestStdinBinaryRefusedAtItsHead: a binary stream on standard input is
// refused from its first 64 KiB, naming "-" and the byte, where it was
// read to the 1 GiB limit first; text, and NUL bytes that a named UTF-16
// or a zip (DOCX, EPUB) make legitimate, are read whole.
func TestStdinBinaryRefusedAtItsHead(t *testing.T) {
	z := &zeros{}
	_, err := readStdin(z, Options{})
	var ie *InputError
	if !errors.As(err, &ie) || ie.Path != "-" || ie.Offset != 0 || !strings.Contains(ie.Msg, "binary file") {
		t.Fatalf("endless zeros: %v, want a binary file at byte 0 of -", err)
	}
	if z.read > 1<<20 {
		t.Errorf("read %d bytes of an endless binary stream before refusing it", z.read)
	}
	text := strings.Repeat("Une phrase de plus. ", 10_000) // past the head
	if data, err := readStdin(strings.NewReader(text), Options{}); err != nil || string(data) != text {
		t.Errorf("text: %d bytes, %v; want all %d", len(data), err, len(text))
	}
	utf16 := "A\x00b\x00c\x00\n\x00"
	if data, err := readStdin(strings.NewReader(utf16), Options{Encoding: "utf-16le"}); err != nil || string(data) != utf16 {
		t.Errorf("named UTF-16: %q, %v", data, err)
	}
	zip := "PK\x03\x04\x14\x00\x00\x00"
	if data, err := readStdin(strings.NewReader(zip), Options{}); err != nil || string(data) != zip {
		t.Errorf("a zip: %q, %v", data, err)
	}
}
