package dict

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/synoptic-text/synoptic/editions"
)

// The dictd format, as FreeDict's dictionaries are installed (Debian's
// dict-freedict-* packages put them in /usr/share/dictd).
//
// The .index has a line per headword: the headword, the byte offset of
// its entry in the data file and the entry's length, separated by tabs,
// the two numbers written in base 64 with the digits A–Z a–z 0–9 + /
// (dictfmt(1)). Several headwords may share an entry; entries whose
// headword begins with "00database" (or "00-database") describe the
// dictionary itself. The data file is the entries end to end, as plain
// text (.dict) or as dictzip (.dict.dz): gzip whose stream is flushed
// every few tens of kilobytes so that a server can start reading
// mid-file, which compress/gzip reads from the start like any gzip.
//
// FreeDict writes an entry (its TEI turned into text by its tools) as a
// first line with the headword, its pronunciation between slashes and
// its part of speech between angle brackets, then the senses: either a
// line of comma-separated translations, or numbered lines "1. …, …", "2.
// …", each translation line followed by lines of definition, example and
// usage in the headword's language. Only the translation lines are
// translations, so only they are read: the first line after the
// headword, or every numbered line.
//
// No Go library reads dictd's files (none on pkg.go.dev; the readers
// that exist are in Dart and C), and the format is the few rules above.

// readDictd reads the dictd dictionary of index and data files.
func readDictd(index, data string) (*Dictionary, error) {
	idx, err := os.ReadFile(index)
	if err != nil {
		return nil, inputError(index, 0, -1, "cannot read the dictionary's index: "+editions.FileErrText(err))
	}
	text, err := readData(data)
	if err != nil {
		return nil, err
	}
	return parseIndex(index, idx, data, text)
}

// parseIndex reads the entries of text, the data file named data, that
// idx, the index file named index, lists.
func parseIndex(index string, idx []byte, data, text string) (*Dictionary, error) {
	// FreeDict's entries give about 1.6 translations each.
	d := &Dictionary{Pairs: make([]Pair, 0, 2*bytes.Count(idx, []byte("\n")))}
	seen := make(map[int]bool) // entries read, by offset
	read := 0                  // the bytes of the entries read
	lineNo := 0
	for len(idx) > 0 {
		lineNo++
		line := idx
		if k := bytes.IndexByte(idx, '\n'); k >= 0 {
			line, idx = idx[:k], idx[k+1:]
		} else {
			idx = nil
		}
		if len(line) == 0 {
			continue
		}
		t1 := bytes.IndexByte(line, '\t')
		t2 := -1
		if t1 >= 0 {
			t2 = bytes.IndexByte(line[t1+1:], '\t')
		}
		if t1 < 0 || t2 < 0 {
			return nil, inputError(index, lineNo, -1, fmt.Sprintf("not a dictd index line (want headword, offset and length separated by tabs): %s", editions.Quote(string(line))))
		}
		t2 += t1 + 1
		head := line[:t1]
		off, ok1 := base64Number(line[t1+1 : t2])
		n, ok2 := base64Number(bytes.TrimRight(line[t2+1:], "\r"))
		if !ok1 || !ok2 {
			return nil, inputError(index, lineNo, -1, fmt.Sprintf("offset or length is not a dictd base-64 number: %s", editions.Quote(string(line))))
		}
		if off+n > len(text) {
			return nil, inputError(index, lineNo, -1, fmt.Sprintf("entry %q runs past the end of %s (bytes %d to %d of %d): index and data do not belong together", head, data, off, off+n, len(text)))
		}
		if bytes.HasPrefix(head, []byte("00database")) || bytes.HasPrefix(head, []byte("00-database")) || seen[off] {
			continue
		}
		seen[off] = true
		// Entries are disjoint (in the four FreeDict dictionaries of
		// /usr/share/dictd, deu-fra, eng-fra, fra-deu and fra-eng, none
		// overlaps another): entries that overlap could make as many
		// pairs as the square of the data's size.
		if read += n; read > len(text) {
			return nil, inputError(index, lineNo, -1, fmt.Sprintf("entry %q overlaps others: the entries listed so far take %d bytes of the %d of %s: index and data do not belong together", head, read, len(text), data))
		}
		d.Pairs = appendEntry(d.Pairs, text[off:off+n])
	}
	if lineNo == 0 {
		return nil, inputError(index, 0, -1, "the dictionary's index is empty")
	}
	return d, nil
}

// readData reads a dictd data file whole: dictzip (inflated in
// parallel, dictzip.go) or other gzip when it starts as gzip does, else
// plain text.
func readData(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", inputError(path, 0, -1, "cannot read the dictionary's data: "+editions.FileErrText(err))
	}
	return decodeData(path, data)
}

// decodeData returns the text of data, the dictd data file path, as
// readData reads it.
func decodeData(path string, data []byte) (string, error) {
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		if strings.HasSuffix(path, ".dz") || strings.HasSuffix(path, ".gz") {
			return "", inputError(path, 0, 0, "not dictzip (gzip): it does not begin as gzip does")
		}
		return string(data), nil
	}
	text, err := inflateDictzip(data)
	if err == nil {
		return string(text), nil
	}
	if err != errNotDictzip {
		return "", inputError(path, 0, -1, "damaged dictzip: "+err.Error())
	}
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return "", inputError(path, 0, -1, "not dictzip (gzip): "+err.Error())
	}
	text, err = io.ReadAll(z)
	if err != nil {
		return "", inputError(path, 0, -1, "cannot decompress the dictionary's data: "+err.Error())
	}
	return string(text), nil
}

// base64Number reads a number written in dictd's base 64.
func base64Number(s []byte) (int, bool) {
	if len(s) == 0 || len(s) > 10 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		var d int
		switch {
		case c >= 'A' && c <= 'Z':
			d = int(c - 'A')
		case c >= 'a' && c <= 'z':
			d = int(c-'a') + 26
		case c >= '0' && c <= '9':
			d = int(c-'0') + 52
		case c == '+':
			d = 62
		case c == '/':
			d = 63
		default:
			return 0, false
		}
		n = n*64 + d
	}
	return n, true
}

// appendEntry appends the pairs of one FreeDict entry: its headword
// against each translation of its translation lines.
func appendEntry(pairs []Pair, entry string) []Pair {
	first, body, _ := strings.Cut(entry, "\n")
	head := headword(first)
	if head == "" {
		return pairs
	}
	numbered := false
	for k := 0; body != ""; k++ {
		var line string
		line, body, _ = strings.Cut(body, "\n")
		rest, isNum := numberedLine(line)
		if k == 0 {
			numbered = isNum
		}
		switch {
		case numbered && isNum:
			line = rest
		case numbered || k > 0:
			continue
		}
		for _, t := range translations(line) {
			pairs = append(pairs, Pair{head, t})
		}
		if !numbered {
			break
		}
	}
	return pairs
}

// headword returns the headword of an entry's first line: what precedes
// its pronunciation (" /…/") and part of speech (" <…>").
func headword(line string) string {
	if k := strings.Index(line, " /"); k >= 0 {
		line = line[:k]
	}
	if k := strings.Index(line, " <"); k >= 0 {
		line = line[:k]
	}
	return strings.TrimSpace(line)
}

// numberedLine reports whether line is a numbered sense, "2. …", and
// returns what follows the number.
func numberedLine(line string) (string, bool) {
	k := 0
	for k < len(line) && line[k] >= '0' && line[k] <= '9' {
		k++
	}
	if k == 0 || k+1 >= len(line) || line[k] != '.' || line[k+1] != ' ' {
		return "", false
	}
	return line[k+2:], true
}

// translations splits a translation line into its translations: comma-
// or semicolon-separated, without parenthesised remarks, and without the
// stray number of the next sense that FreeDict's tools sometimes leave at
// the end of a line ("vent descendant 2.").
func translations(line string) []string {
	var out []string
	add := func(t string) {
		t = strings.TrimSpace(t)
		if k := strings.LastIndexByte(t, ' '); k >= 0 {
			if _, ok := numberedLine(t[k+1:] + " x"); ok {
				t = strings.TrimSpace(t[:k])
			}
		}
		if t != "" {
			out = append(out, t)
		}
	}
	if strings.ContainsAny(line, "([") {
		line = withoutRemarks(line)
	}
	for line != "" {
		k := strings.IndexAny(line, ",;")
		if k < 0 {
			add(line)
			break
		}
		add(line[:k])
		line = line[k+1:]
	}
	return out
}

// withoutRemarks returns line without what it has in parentheses or
// brackets.
func withoutRemarks(line string) string {
	var b strings.Builder
	depth := 0
	for _, r := range line {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			if depth > 0 {
				depth--
			}
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
