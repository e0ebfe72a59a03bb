package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDecompressionBomb runs synoptic on an EPUB whose chapter inflates
// to 1 GiB while its header claims 1 kB: the command must refuse it with
// exit status 2 and a message naming the file, long before it could fill
// the memory. The bomb is made here (about 1 MB), never committed.
func TestDecompressionBomb(t *testing.T) {
	// The deflate blocks of 1 MiB of zeros, repeated 1024 times: valid
	// deflate for 1 GiB of zeros, built without compressing it.
	var chunk, tail bytes.Buffer
	fw, _ := flate.NewWriter(&chunk, flate.BestCompression)
	fw.Write(make([]byte, 1<<20))
	fw.Flush()
	fw.Reset(&tail)
	fw.Close()
	raw := append(bytes.Repeat(chunk.Bytes(), 1024), tail.Bytes()...)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct{ name, data string }{
		{"mimetype", "application/epub+zip"},
		{"META-INF/container.xml", `<container><rootfiles><rootfile full-path="book.opf"/></rootfiles></container>`},
		{"book.opf", `<package><manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/></spine></package>`},
	} {
		w, _ := zw.Create(f.name)
		w.Write([]byte(f.data))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "c.xhtml", Method: zip.Deflate, CompressedSize64: uint64(len(raw)), UncompressedSize64: 1000})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(raw)
	zw.Close()
	path := filepath.Join(t.TempDir(), "bomb.epub")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	var out, errOut strings.Builder
	start := time.Now()
	status := run([]string{"segment", path}, strings.NewReader(""), &out, &errOut)
	t.Logf("%d-byte bomb refused in %v: %s", buf.Len(), time.Since(start), strings.TrimSpace(errOut.String()))
	if status != exitBadInput {
		t.Errorf("exit status %d, want %d", status, exitBadInput)
	}
	if msg := errOut.String(); !strings.Contains(msg, path) || !strings.Contains(msg, "decompression bomb") {
		t.Errorf("message %q should name the file and say it is a decompression bomb", msg)
	}
	if out.Len() > 0 {
		t.Errorf("wrote %q to stdout", out.String())
	}
}
