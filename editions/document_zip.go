package editions

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// EPUB and DOCX files are zip archives, and a zip archive from anywhere
// may be a decompression bomb. An archive is refused when it has an
// absurd number of entries, when its entries say they decompress to more
// than maxZipDeclared in all, or when it has an entry whose name points
// outside it (../, an absolute path). The entries a reader needs are
// decompressed through a limit that counts the bytes actually produced,
// so that a header that lies about an entry's size does not help either.
// All chosen by hand with the structured readers (commit 06e6984), not
// measured.
const (
	maxZipEntries = 10_000
	// What is decompressed: 16 MiB for one chapter or document.xml, 64
	// MiB in all, several times the text of the longest novels, and
	// decompressed in a fraction of a second even when it is all a bomb.
	maxZipEntry    = 16 << 20
	maxZipRead     = 64 << 20
	maxZipDeclared = 1 << 30
)

type zipArchive struct {
	name  string
	files map[string]*zip.File
	order []string
	read  int64 // bytes decompressed so far
}

func openZip(name string, data []byte) (*zipArchive, error) {
	bad := func(format string, args ...any) error {
		return &InputError{Path: name, Offset: -1, Msg: fmt.Sprintf(format, args...)}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, bad("not a readable zip archive: %v", err)
	}
	if len(zr.File) > maxZipEntries {
		return nil, bad("a zip archive of %d entries, more than the %d any book needs", len(zr.File), maxZipEntries)
	}
	z := &zipArchive{name: name, files: map[string]*zip.File{}}
	var declared uint64
	for _, f := range zr.File {
		if !safeEntryName(f.Name) {
			return nil, bad("zip entry %q points outside the archive", f.Name)
		}
		declared += f.UncompressedSize64
		if declared > maxZipDeclared || f.UncompressedSize64 > maxZipDeclared {
			return nil, bad("zip entries would decompress to more than %d bytes (a decompression bomb?)", maxZipDeclared)
		}
		if _, dup := z.files[f.Name]; !dup {
			z.files[f.Name] = f
			z.order = append(z.order, f.Name)
		}
	}
	return z, nil
}

// safeEntryName refuses names that would escape a folder the archive was
// extracted to.
func safeEntryName(name string) bool {
	if name == "" || strings.ContainsAny(name, "\\\x00") || strings.HasPrefix(name, "/") {
		return false
	}
	if len(name) >= 2 && name[1] == ':' {
		return false // C:…
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			return false
		}
	}
	return true
}

// has reports whether the archive holds entry.
func (z *zipArchive) has(entry string) bool { return z.files[entry] != nil }

// readEntry decompresses one entry, within the limits.
func (z *zipArchive) readEntry(entry string) ([]byte, error) {
	bad := func(format string, args ...any) error {
		return &InputError{Path: z.name, Offset: -1, Msg: fmt.Sprintf("%s: ", entry) + fmt.Sprintf(format, args...)}
	}
	f := z.files[entry]
	if f == nil {
		return nil, bad("no such entry in the archive")
	}
	if f.UncompressedSize64 > maxZipEntry {
		return nil, bad("decompresses to %d bytes, more than the limit of %d (a decompression bomb?)", f.UncompressedSize64, maxZipEntry)
	}
	limit := min(int64(maxZipEntry), maxZipRead-z.read)
	rc, err := f.Open()
	if err != nil {
		return nil, bad("cannot be read: %v", err)
	}
	defer rc.Close()
	buf := bytes.NewBuffer(make([]byte, 0, min(int64(f.UncompressedSize64), limit)+1))
	_, err = io.Copy(buf, io.LimitReader(rc, limit+1))
	if int64(buf.Len()) > limit {
		return nil, bad("decompresses to more than %d bytes (a decompression bomb?)", limit)
	}
	if errors.Is(err, zip.ErrFormat) {
		// The zip reader's word for more bytes than the header said.
		return nil, bad("decompresses to more than its header says (a decompression bomb?)")
	}
	if err != nil {
		return nil, bad("corrupt: %v", err)
	}
	z.read += int64(buf.Len())
	return buf.Bytes(), nil
}
