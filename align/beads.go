package align

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/synoptic-text/synoptic/editions"
)

// A Bead is one unit of a two-edition alignment in the form the
// evaluation literature uses: the source sentence indices and the target
// sentence indices that correspond, either side possibly empty. It is
// written "[0]:[0, 1]" (one source sentence, two target sentences),
// "[5]:[]" (a deleted sentence) or "[]:[7]" (an inserted one).
//
// The order of the indices is kept as written: the reference scorer
// compares beads as tuples, so "[1, 0]" and "[0, 1]" are different beads.
type Bead struct {
	Src, Tgt []int
}

// String returns the bead in the "[src ids]:[tgt ids]" form.
func (b Bead) String() string {
	var sb strings.Builder
	writeList(&sb, b.Src)
	sb.WriteByte(':')
	writeList(&sb, b.Tgt)
	return sb.String()
}

func writeList(sb *strings.Builder, ids []int) {
	sb.WriteByte('[')
	for i, id := range ids {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strconv.Itoa(id))
	}
	sb.WriteByte(']')
}

// key is a comparable form of the bead: equal keys mean equal tuples.
func (b Bead) key() string { return b.String() }

// A BeadError reports a line of a bead file that cannot be read.
type BeadError struct {
	Path string
	Line int // 1-based
	Msg  string
}

func (e *BeadError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
}

// ReadBeadsFile reads the bead file at path (see ReadBeads).
func ReadBeadsFile(path string) ([]Bead, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadBeads(f, path)
}

// maxBeadLine is the longest line of a bead file (ReadBeads, and
// ReadPins, which reads the same lines), in bytes: chosen by hand
// (commit a1b599d), not measured; a line of indices that long lists a
// million sentences or more. (ReadPins stopped at 1 MiB until
// 2026-12-07.)
const maxBeadLine = 16 * 1024 * 1024

// ReadBeads reads a bead file: one bead per line, "[src ids]:[tgt ids]",
// with an optional third ":cost" field (written by Vecalign, ignored
// here). Blank lines and lines starting with # are skipped. path is used
// in error messages only.
func ReadBeads(r io.Reader, path string) ([]Bead, error) {
	var beads []Bead
	err := eachBead(r, path, func(b Bead, _ int) { beads = append(beads, b) })
	return beads, err
}

// eachBead calls fn with each bead of the bead file r, as ReadBeads
// reads it, and its line number; errors are BeadErrors naming path and
// the line.
func eachBead(r io.Reader, path string, fn func(b Bead, line int)) error {
	sc := bufio.NewScanner(editions.SkipBOM(r))
	sc.Buffer(make([]byte, 64*1024), maxBeadLine)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		b, err := ParseBead(string(text))
		if err != nil {
			return &BeadError{Path: path, Line: line, Msg: err.Error()}
		}
		fn(b, line)
	}
	if err := sc.Err(); err != nil {
		return &BeadError{Path: path, Line: line + 1, Msg: err.Error()}
	}
	return nil
}

// ParseBead parses one bead, "[0]:[0, 1]"; a third ":cost" field is
// accepted and ignored.
func ParseBead(s string) (Bead, error) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return Bead{}, fmt.Errorf("bead %s: want [src ids]:[tgt ids]", editions.Quote(s))
	}
	src, err := parseList(parts[0])
	if err != nil {
		return Bead{}, fmt.Errorf("bead %s: source side: %v", editions.Quote(s), err)
	}
	tgt, err := parseList(parts[1])
	if err != nil {
		return Bead{}, fmt.Errorf("bead %s: target side: %v", editions.Quote(s), err)
	}
	return Bead{Src: src, Tgt: tgt}, nil
}

func parseList(s string) ([]int, error) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, fmt.Errorf("%s is not a [list]", editions.Quote(s))
	}
	s = strings.TrimSpace(s[1 : len(s)-1])
	if s == "" {
		return []int{}, nil
	}
	fields := strings.Split(s, ",")
	ids := make([]int, 0, len(fields))
	for _, f := range fields {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%s is not a sentence index", editions.Quote(strings.TrimSpace(f)))
		}
		ids = append(ids, n)
	}
	return ids, nil
}
