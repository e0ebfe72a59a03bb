package review

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/internal/atomicfile"
	"github.com/synoptic-text/synoptic/output"
)

// Accepting coverage findings.
//
// The coverage check (synoptic coverage) reports omissions, additions and
// mismatches of a translation; a reviewer who has looked at one and found
// it right accepts it, and coverage --accept FILE stops reporting it as a
// failure. The review page shows the findings of the alignment as it now
// is, and writes the id of each one the reviewer accepts to that file, a
// line each (the format coverage --accept reads), keeping what the file
// held.

// A RequestError says why a request cannot be done as asked.
type RequestError struct{ Msg string }

func (e *RequestError) Error() string { return e.Msg }

// SetAccept makes path the file of accepted finding ids, holding ids
// already.
func (s *Session) SetAccept(path string, ids map[string]bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.acceptPath, s.accepted = path, map[string]bool{}
	for id := range ids {
		s.accepted[id] = true
	}
}

// Coverage returns the coverage report of the current alignment as JSON
// (the format of synoptic coverage --format json), accepted findings
// marked. The ids it reports are those Accept takes.
func (s *Session) Coverage() ([]byte, error) {
	s.mu.Lock()
	al := *s.al
	accepted := make(map[string]bool, len(s.accepted))
	for id := range s.accepted {
		accepted[id] = true
	}
	s.mu.Unlock()
	if len(al.Editions) != 2 {
		return nil, &RequestError{fmt.Sprintf("coverage compares a source and its translation; this alignment has %d editions", len(al.Editions))}
	}
	// The check runs outside the lock: edits go on meanwhile, on a new
	// slice of rows.
	rep := align.Coverage(&al, align.CoverageOptions{Accept: accepted})
	var buf bytes.Buffer
	if err := output.WriteCoverage(&buf, rep, "json", 0, output.BidiTerminal); err != nil {
		return nil, err
	}
	ids := map[string]string{}
	for _, f := range append(append([]align.Finding(nil), rep.Omissions...), rep.Additions...) {
		ids[f.ID] = string(f.Kind) + ": " + f.Text
	}
	for _, m := range rep.Mismatches {
		ids[m.ID] = string(m.Kind)
	}
	s.mu.Lock()
	s.found = ids
	s.mu.Unlock()
	return buf.Bytes(), nil
}

// Accept writes the id of a finding of the last coverage report to the
// accept file.
func (s *Session) Accept(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.acceptPath == "" {
		return &RequestError{"no file to write accepted findings to: start review with --accept FILE"}
	}
	what, ok := s.found[id]
	if !ok {
		return &RequestError{fmt.Sprintf("%q is not a finding of the last coverage check", id)}
	}
	if s.accepted[id] {
		return nil
	}
	old, err := os.ReadFile(s.acceptPath)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if len(old) > 0 && old[len(old)-1] != '\n' {
		old = append(old, '\n')
	}
	line := fmt.Sprintf("%s # accepted in synoptic review: %s\n", id, excerpt(what))
	err = atomicfile.Write(s.acceptPath, func(w io.Writer) error {
		_, err := w.Write(append(old, line...))
		return err
	})
	if err != nil {
		return err
	}
	s.accepted[id] = true
	return nil
}

// excerptRunes is the most of a finding's text its line in the accept
// file quotes, in characters; chosen by hand, to name it at a glance.
const excerptRunes = 60

func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > excerptRunes {
		return string(r[:excerptRunes]) + "…"
	}
	return s
}
