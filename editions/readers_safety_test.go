package editions

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A zipEntry is a file of a test archive; when zeros is set, its data is
// that many zero bytes, deflated without ever being held in memory, and
// declared is the size its header claims.
type zipEntry struct {
	name     string
	data     string
	zeros    int64
	declared uint64
}

// makeZip builds an archive. Bombs are made by repeating the deflate
// blocks of 1 MiB of zeros: valid deflate, since every block of zeros
// only refers back to zeros, and cheap to build (a 1 GiB bomb is about
// 1 MB and takes milliseconds).
func makeZip(t testing.TB, entries ...zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		if e.zeros == 0 {
			w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
			if err != nil {
				t.Fatal(err)
			}
			w.Write([]byte(e.data))
			continue
		}
		var chunk, tail bytes.Buffer
		fw, _ := flate.NewWriter(&chunk, flate.BestCompression)
		fw.Write(make([]byte, 1<<20))
		fw.Flush()
		fw.Reset(&tail)
		fw.Close()
		var raw bytes.Buffer
		for i := int64(0); i < e.zeros>>20; i++ {
			raw.Write(chunk.Bytes())
		}
		raw.Write(tail.Bytes())
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate,
			CompressedSize64: uint64(raw.Len()), UncompressedSize64: e.declared})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(raw.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	testContainer = `<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf"/></rootfiles></container>`
	testOPF       = `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf"><metadata/><manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/></spine></package>`
)

// epubWith returns a minimal EPUB whose chapter is the given entry.
func epubWith(t testing.TB, chapter zipEntry, extra ...zipEntry) []byte {
	chapter.name = "c.xhtml"
	entries := []zipEntry{{name: "mimetype", data: "application/epub+zip"}, {name: "META-INF/container.xml", data: testContainer}, {name: "content.opf", data: testOPF}, chapter}
	return makeZip(t, append(entries, extra...)...)
}

// TestHostileInput feeds the readers files built to hurt them: each must
// be refused quickly with an *InputError that says why.
func TestHostileInput(t *testing.T) {
	const gib = 1 << 30
	many := []zipEntry{{name: "mimetype", data: "application/epub+zip"}}
	for i := range maxZipEntries + 1 {
		many = append(many, zipEntry{name: fmt.Sprintf("f%d", i), data: "x"})
	}
	laughs := `<?xml version="1.0"?>
<!DOCTYPE TEI [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<TEI><text><body><p>&lol3;</p></body></text></TEI>`
	external := `<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]><TEI><text><body><p>&x;</p></body></text></TEI>`
	cases := []struct {
		name   string
		file   string
		data   []byte
		format string
		want   string
	}{
		{"1 GiB bomb, honest header", "bomb.epub", epubWith(t, zipEntry{zeros: gib, declared: gib}), "", "decompression bomb"},
		{"1 GiB bomb, lying header", "bomb.epub", epubWith(t, zipEntry{zeros: gib, declared: 1000}), "", "more than its header says"},
		{"1 GiB bomb in a DOCX", "bomb.docx", makeZip(t, zipEntry{name: "word/document.xml", zeros: gib, declared: 100}), "", "more than its header says"},
		{"1 GiB bomb, header at the entry limit", "bomb.epub", epubWith(t, zipEntry{zeros: gib, declared: maxZipEntry}), "", "more than its header says"},
		{"bombs in unread entries", "bombs.epub", epubWith(t, zipEntry{data: "<html><body><p>Text.</p></body></html>"},
			zipEntry{name: "a.png", zeros: 1 << 20, declared: gib}, zipEntry{name: "b.png", zeros: 1 << 20, declared: gib}), "", "more than 1073741824 bytes"},
		{"too many entries", "many.epub", makeZip(t, many...), "epub", "entries"},
		{"path traversal", "evil.epub", epubWith(t, zipEntry{data: "<p>x</p>"}, zipEntry{name: "../../etc/cron.d/x", data: "x"}), "", "outside the archive"},
		{"absolute path", "evil.epub", epubWith(t, zipEntry{data: "<p>x</p>"}, zipEntry{name: "/etc/x", data: "x"}), "", "outside the archive"},
		{"not a zip", "bad.epub", []byte("This is not a book."), "", "not a readable zip archive"},
		{"zip but not a book", "x.zip", makeZip(t, zipEntry{name: "a.txt", data: "x"}), "", "neither an EPUB"},
		{"EPUB without chapters", "empty.epub", makeZip(t, zipEntry{name: "mimetype", data: "application/epub+zip"}), "", "no package document"},
		{"deep HTML", "deep.html", []byte(strings.Repeat("<div>", 100_000) + "text"), "", "nested more than 512 deep"},
		{"deep XML", "deep.tei", []byte("<TEI>" + strings.Repeat("<div>", 100_000)), "", "nested more than 512 deep"},
		{"unclosed inline HTML", "soup.html", []byte(strings.Repeat("<b>", 1000) + strings.Repeat("<p>x", 1000)), "", "inline elements left open"},
		{"huge HTML attribute", "big.html", []byte(`<p title="` + strings.Repeat("x", 2<<20) + `">x</p>`), "", "longer than 1048576 bytes"},
		{"huge XML attribute", "big.tei", []byte(`<TEI n="` + strings.Repeat("x", 2<<20) + `"/>`), "", "longer than 1048576 bytes"},
		{"billion laughs", "lol.tei", []byte(laughs), "", "not expanded"},
		{"external entity", "xxe.tei", []byte(external), "", "not expanded"},
		{"malformed XML", "bad.tei", []byte("<TEI><text><body><p>x</div></body></text></TEI>"), "", "not well-formed XML"},
		{"XML but not TEI", "x.xml", []byte("<book><p>Text.</p></book>"), "", "no <TEI> element"},
		{"HTML without text", "empty.html", []byte("<html><body><nav><a href='/'>Home</a></nav></body></html>"), "", "no text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			_, err := Parse(c.file, c.data, Options{Format: c.format})
			elapsed := time.Since(start)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("Parse: %v, want an *InputError", err)
			}
			if !strings.Contains(err.Error(), c.file) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q should name %s and say %q", err, c.file, c.want)
			}
			t.Logf("%d-byte file refused in %v: %v", len(c.data), elapsed, err)
		})
	}
}

// A device given as a file (/dev/zero, a disk) is refused at once: it was
// read to the 1 GiB limit, 22 s and 4 GB of memory for /dev/zero. A
// regular file over the limit is refused before it is read, and the
// limit is said in words.
func TestReadDeviceAndHugeFile(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err == nil {
		_, err := Read("/dev/zero", Options{})
		if err == nil || err.Error() != "/dev/zero: a device, not a file" {
			t.Errorf("/dev/zero: %v", err)
		}
	}
	huge := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxInputSize + 1); err != nil { // sparse: no disk used
		t.Skip(err)
	}
	f.Close()
	if _, err := Read(huge, Options{}); err == nil || !strings.HasSuffix(err.Error(), "huge.txt: larger than 1 GiB, the most synoptic reads") {
		t.Errorf("a file over the limit: %v", err)
	}
}
