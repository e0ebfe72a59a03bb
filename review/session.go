package review

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/internal/atomicfile"
	"github.com/synoptic-text/synoptic/output"
)

// A Session holds an alignment under review: its one copy, the history
// of its changes, and the file every change is saved to.
type Session struct {
	mu   sync.Mutex
	al   *align.Alignment
	hist history
	path string // the file the alignment is saved to
	json []byte // the alignment JSON, as saved
	// version counts the changes since the session started: a client
	// that names the version its view shows (If-Match) has its changes
	// refused once another client changed the alignment, rather than
	// applied to rows that have moved.
	version int
	opts    align.Options
	// aligned holds the rows (cellsKey) as the aligner last made them,
	// when known (realign.go); nil when not.
	aligned map[string]bool
	jw      output.AlignmentJSONWriter
	// The coverage findings: the accept file, the ids accepted, and the
	// findings of the last check (id → what it found), which Accept
	// takes (coverage.go).
	acceptPath string
	accepted   map[string]bool
	found      map[string]string
}

// NewSession starts the review of al, saved to the file path (written at
// once, so that the file holds what the page shows from the start).
// opts are the options al was aligned with, which realign uses again
// (with the confirmed rows as pins).
func NewSession(al *align.Alignment, path string, opts align.Options) (*Session, error) {
	if err := al.Check(); err != nil {
		return nil, err
	}
	s := &Session{al: al, path: path, opts: opts}
	data, err := s.encode(al)
	if err != nil {
		return nil, err
	}
	if err := s.write(data); err != nil {
		return nil, err
	}
	s.json = data
	return s, nil
}

// Path is the file the session saves to.
func (s *Session) Path() string { return s.path }

// JSON returns the alignment JSON of the current state (as saved), and
// its version.
func (s *Session) JSON() ([]byte, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.json, s.version
}

// Alignment returns a copy of the current alignment, safe to read while
// the session changes, its alignment JSON (as saved) and its version.
func (s *Session) Alignment() (*align.Alignment, []byte, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := *s.al
	return &c, s.json, s.version
}

// A ConflictError says that the alignment changed since the version a
// client asked to change.
type ConflictError struct{ Have, Want int }

func (e *ConflictError) Error() string {
	return fmt.Sprintf("the alignment changed since (version %d, not %d): load it again", e.Have, e.Want)
}

// check refuses a change to a version other than the current one;
// version < 0 asks for none.
func (s *Session) check(version int) error {
	if version >= 0 && version != s.version {
		return &ConflictError{Have: s.version, Want: version}
	}
	return nil
}

// An Op is one edit of a batch, as POST /api/ops takes it. Row, Edition
// and At are pointers so that a missing one is told from 0.
type Op struct {
	Op      string `json:"op"`
	Row     *int   `json:"row,omitempty"`
	Edition *int   `json:"edition,omitempty"`
	At      *int   `json:"at,omitempty"`
	Dir     string `json:"dir,omitempty"`
}

// An OpError says which op of a batch did not apply, and why.
type OpError struct {
	Index int
	Op    string
	Msg   string
}

func (e *OpError) Error() string { return fmt.Sprintf("op %d (%s): %s", e.Index, e.Op, e.Msg) }

// A Result is the state a change made: its alignment (not to be
// changed), its alignment JSON as saved, its version, and where its rows
// differ from the state before: from row At, Removed rows of the state
// before became Added rows (none when nothing changed).
type Result struct {
	Al                 *align.Alignment
	JSON               []byte
	Version            int
	At, Removed, Added int
}

// Apply applies ops in order to the given version of the alignment (< 0:
// whichever is current), all or none: if one does not apply (OpError),
// the version is not current (ConflictError) or the file cannot be
// written, the state and the file stay as they were. It returns the new
// state.
func (s *Session) Apply(ops []Op, version int) (Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(version); err != nil {
		return Result{}, err
	}
	work := *s.al
	hist := s.hist
	for k, op := range ops {
		if err := applyOp(&work, &hist, op); err != nil {
			return Result{}, &OpError{Index: k, Op: op.Op, Msg: err.Error()}
		}
	}
	return s.commit(&work, hist)
}

// Save writes the current state to the file again.
func (s *Session) Save() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.write(s.json)
}

// commit makes work, with its history, the state once it is saved.
func (s *Session) commit(work *align.Alignment, hist history) (Result, error) {
	if err := work.Check(); err != nil {
		// The edits keep the alignment well formed; this is a bug.
		return Result{}, fmt.Errorf("the edits broke the alignment: %v", err)
	}
	data, err := s.encode(work)
	if err != nil {
		return Result{}, err
	}
	if err := s.write(data); err != nil {
		return Result{}, err
	}
	sp := diffRows(s.al.Rows, work.Rows)
	s.al, s.hist, s.json = work, hist, data
	s.version++
	return Result{Al: work, JSON: data, Version: s.version, At: sp.At, Removed: len(sp.Old), Added: len(sp.New)}, nil
}

func (s *Session) write(data []byte) error {
	return atomicfile.Write(s.path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// encode returns the alignment JSON of al, the editions encoded once
// for the session (output.AlignmentJSONWriter): on Verne, a change saved
// in 5 ms of processor time rather than 25.
func (s *Session) encode(al *align.Alignment) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(s.json) + len(s.json)/8) // about the size of the last
	if err := s.jw.Write(&buf, al); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// applyOp applies one op to al, recording it in hist.
func applyOp(al *align.Alignment, hist *history, op Op) error {
	switch op.Op {
	case "undo":
		if len(hist.undo) == 0 {
			return errors.New("nothing to undo")
		}
		var sp splice
		hist.undo, sp = pop(hist.undo)
		al.Rows = sp.undo(al.Rows)
		hist.redo = append(hist.redo, sp)
		return nil
	case "redo":
		if len(hist.redo) == 0 {
			return errors.New("nothing to redo")
		}
		var sp splice
		hist.redo, sp = pop(hist.redo)
		al.Rows = sp.redo(al.Rows)
		hist.undo = append(hist.undo, sp)
		return nil
	}
	before := al.Rows
	if err := edit(al, op); err != nil {
		return err
	}
	if sp := diffRows(before, al.Rows); !sp.empty() {
		hist.undo, hist.redo = append(hist.undo, sp), nil
	}
	return nil
}

// edit applies one op that edits the rows.
func edit(al *align.Alignment, op Op) error {
	need := func(names ...string) error {
		for _, n := range names {
			var missing bool
			switch n {
			case "row":
				missing = op.Row == nil
			case "edition":
				missing = op.Edition == nil
			case "at":
				missing = op.At == nil
			}
			if missing {
				return fmt.Errorf("%s needs %q", op.Op, n)
			}
		}
		return nil
	}
	switch op.Op {
	case "merge":
		if err := need("row"); err != nil {
			return err
		}
		return al.MergeRows(*op.Row)
	case "split":
		if err := need("row", "edition", "at"); err != nil {
			return err
		}
		return al.SplitRow(*op.Row, *op.Edition, *op.At)
	case "shift":
		if err := need("row", "edition"); err != nil {
			return err
		}
		if op.Dir != "up" && op.Dir != "down" {
			return fmt.Errorf(`shift needs "dir": "up" or "down", not %q`, op.Dir)
		}
		return al.ShiftSentence(*op.Row, *op.Edition, op.Dir == "up")
	case "alone":
		if err := need("row", "edition", "at"); err != nil {
			return err
		}
		return al.IsolateSentence(*op.Row, *op.Edition, *op.At)
	case "confirm", "unconfirm":
		if err := need("row"); err != nil {
			return err
		}
		return al.ConfirmRow(*op.Row, op.Op == "confirm")
	}
	return fmt.Errorf("unknown op %q (want one of %s)", op.Op, strings.Join(OpNames, ", "))
}

// OpNames are the ops POST /api/ops takes.
var OpNames = []string{"merge", "split", "shift", "alone", "confirm", "unconfirm", "undo", "redo"}

// cellsKey identifies a row by its cells.
func cellsKey(cells [][]int) string { return fmt.Sprint(cells) }
