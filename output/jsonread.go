package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// ReadAlignmentJSON reads back what WriteAlignmentJSON wrote: the
// editions with their sentences (text, offsets, paragraph indices) and
// the rows with their kinds, scores, peers and word diffs, so that a
// saved alignment can be written in any other format without aligning
// again. What the JSON does not hold stays empty: the editions' full
// text, paragraph kinds and notes. The sentences' comparison forms
// (editions.Sentence.Norm) are made again from their texts, so that an
// alignment read back can be aligned again (synoptic review's realign)
// as the editions were.
//
// A file without schema_version is read as version 1 (the JSON written
// before the field existed is the same); a later version is refused
// rather than half understood. The alignment must be well formed (every
// sentence of every edition in exactly one row, in order), since every
// writer relies on it.
//
// Errors are *editions.InputError without a file name (editions.WithPath
// gives one), with the line and byte where the JSON cannot be read.
func ReadAlignmentJSON(r io.Reader) (*align.Alignment, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &editions.InputError{Offset: -1, Msg: "alignment JSON: " + err.Error()}
	}
	a, err := readAlignmentJSON(data)
	if err != nil {
		var ie *editions.InputError
		if !errors.As(err, &ie) {
			ie = &editions.InputError{Offset: -1, Msg: err.Error()}
		}
		return nil, ie
	}
	return a, nil
}

// decodeAlignmentJSON decodes the one JSON value data holds into doc,
// skipping a UTF-8 byte-order mark.
func decodeAlignmentJSON(data []byte, doc *alignJSON) error {
	bom := len(data) - len(bytes.TrimPrefix(data, []byte("\uFEFF")))
	at := func(off int64, msg string) error {
		off = max(min(off+int64(bom), int64(len(data))), 0)
		return &editions.InputError{Offset: int(off), Line: editions.LineStarts(data).Line(int(off)), Msg: "alignment JSON: " + msg}
	}
	if len(bytes.TrimSpace(data[bom:])) == 0 {
		return &editions.InputError{Offset: -1, Msg: "alignment JSON: empty file"}
	}
	dec := json.NewDecoder(bytes.NewReader(data[bom:]))
	err := dec.Decode(doc)
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case err == nil:
	case errors.As(err, &se):
		return at(se.Offset-1, se.Error())
	case errors.As(err, &te):
		return at(te.Offset-1, fmt.Sprintf("%s: %s where %s is wanted", te.Field, jsonValueName(te.Value), jsonTypeName(te.Type)))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return at(int64(len(data)), "the file ends before the alignment does")
	default:
		return &editions.InputError{Offset: -1, Msg: "alignment JSON: " + err.Error()}
	}
	// What follows the alignment would be dropped unread (and review
	// saves the file without it): two alignments written one after the
	// other, or a file cut and pasted into.
	rest := dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		n := int64(len(data[bom:]))
		for rest < n && strings.ContainsRune(" \t\r\n", rune(data[bom+int(rest)])) {
			rest++
		}
		return at(rest, "more follows the end of the alignment (two alignments in one file?)")
	}
	return nil
}

// jsonValueName and jsonTypeName name, in the JSON model's terms, the
// value json.UnmarshalTypeError found and the type it wanted.
func jsonValueName(v string) string {
	switch {
	case v == "array":
		return "a list"
	case v == "object":
		return "an object"
	case v == "bool":
		return "true or false"
	case strings.HasPrefix(v, "number "):
		return v // with the number: "number 1e30"
	}
	return "a " + v
}

func jsonTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	}
	return t.Kind().String()
}

func readAlignmentJSON(data []byte) (*align.Alignment, error) {
	var doc alignJSON
	if err := decodeAlignmentJSON(data, &doc); err != nil {
		return nil, err
	}
	if doc.SchemaVersion > alignmentSchemaVersion {
		return nil, fmt.Errorf("alignment JSON has schema_version %d; this synoptic reads up to %d (written by a newer synoptic?)",
			doc.SchemaVersion, alignmentSchemaVersion)
	}
	if doc.SchemaVersion < 0 {
		return nil, fmt.Errorf("alignment JSON has schema_version %d", doc.SchemaVersion)
	}
	if len(doc.Editions) < 2 {
		// {} and null decode to no editions: nothing to convert or pin.
		return nil, fmt.Errorf("alignment JSON: %d editions; an alignment has two or more", len(doc.Editions))
	}
	if doc.Base < 0 || doc.Base >= len(doc.Editions) {
		return nil, fmt.Errorf("alignment JSON: base %d names no edition", doc.Base)
	}
	a := &align.Alignment{Editions: make([]*editions.Edition, len(doc.Editions)), Rows: make([]align.Row, len(doc.Rows)), Base: doc.Base}
	for e, je := range doc.Editions {
		ed, err := editionFromJSON(je)
		if err != nil {
			return nil, fmt.Errorf("alignment JSON: edition %d (%s): %w", e, je.ID, err)
		}
		a.Editions[e] = ed
	}
	for i, jr := range doc.Rows {
		row, err := rowFromJSON(jr, len(doc.Rows))
		if err != nil {
			return nil, fmt.Errorf("alignment JSON: row %d: %w", i, err)
		}
		a.Rows[i] = row
	}
	if err := a.Check(); err != nil {
		return nil, fmt.Errorf("alignment JSON: %w", err)
	}
	ws, err := warningsFromJSON(doc.Warnings, len(a.Rows))
	if err != nil {
		return nil, fmt.Errorf("alignment JSON: %w", err)
	}
	a.Warnings = ws
	a.Dictionaries = doc.Dictionaries
	return a, nil
}

func editionFromJSON(je alignJSONEdition) (*editions.Edition, error) {
	lang, err := language.Parse(je.Lang)
	if err != nil && je.Lang != "" {
		return nil, fmt.Errorf("language %q: %v", je.Lang, err)
	}
	ed := &editions.Edition{ID: je.ID, Lang: lang, Path: je.Path, Encoding: je.Encoding, Warnings: je.Warnings,
		Sentences: make([]editions.Sentence, len(je.Sentences))}
	for i, js := range je.Sentences {
		if js.Index != i {
			return nil, fmt.Errorf("sentence %d has index %d", i, js.Index)
		}
		if max(js.Start, js.End, js.Paragraph, i) > editions.MaxTextBytes {
			return nil, fmt.Errorf("sentence %d: offset or index past %d, the most an edition holds", i, editions.MaxTextBytes)
		}
		ed.Sentences[i] = editions.Sentence{Index: int32(js.Index), Paragraph: int32(js.Paragraph), Start: int32(js.Start), End: int32(js.End), Text: js.Text}
	}
	texts := make([]string, len(ed.Sentences))
	for i, s := range ed.Sentences {
		texts[i] = s.Text
	}
	for i, n := range editions.NormalizeSentences(texts, lang) {
		ed.Sentences[i].Norm = n
	}
	// Paragraphs as far as the sentences tell them: a run of sentences
	// with one paragraph index. Kinds are not in the JSON; "text" is the
	// kind that claims nothing.
	for i := 0; i < len(ed.Sentences); {
		j := i
		for j < len(ed.Sentences) && ed.Sentences[j].Paragraph == ed.Sentences[i].Paragraph {
			j++
		}
		ed.Paragraphs = append(ed.Paragraphs, editions.Paragraph{
			Index: ed.Sentences[i].Paragraph, Kind: editions.Text,
			Start: ed.Sentences[i].Start, End: ed.Sentences[j-1].End, First: int32(i), Limit: int32(j), Note: -1})
		i = j
	}
	return ed, nil
}

func rowFromJSON(jr alignJSONRow, rows int) (align.Row, error) {
	kind, ok := parseRowKind(jr.Kind)
	if !ok {
		return align.Row{}, fmt.Errorf("unknown kind %q", jr.Kind)
	}
	row := align.Row{Cells: make([][]int, len(jr.Cells)), Kind: kind, Score: jr.Score}
	switch jr.Status {
	case "", "auto":
	case "confirmed":
		row.Confirmed = true
	default:
		return align.Row{}, fmt.Errorf("unknown status %q (want confirmed or auto)", jr.Status)
	}
	for e, c := range jr.Cells {
		row.Cells[e] = c
		if c == nil {
			row.Cells[e] = []int{}
		}
	}
	if kind == align.Moved {
		if jr.Peer == nil || *jr.Peer < 0 || *jr.Peer >= rows {
			return align.Row{}, fmt.Errorf("a moved row needs the peer row it moved from or to")
		}
		row.Peer = *jr.Peer
	}
	ops, err := readOps(jr.Ops)
	if err != nil {
		return align.Row{}, err
	}
	if len(ops) > 0 {
		row.Diffs = append(row.Diffs, align.Diff{From: 0, To: 1, Ops: ops})
	}
	for _, d := range jr.Diffs {
		if d.From < 0 || d.From >= len(jr.Cells) || d.To < 0 || d.To >= len(jr.Cells) {
			return align.Row{}, fmt.Errorf("a diff between editions %d and %d, of %d", d.From, d.To, len(jr.Cells))
		}
		ops, err := readOps(d.Ops)
		if err != nil {
			return align.Row{}, err
		}
		row.Diffs = append(row.Diffs, align.Diff{From: d.From, To: d.To, Ops: ops})
	}
	return row, nil
}

func readOps(jops []alignJSONOp) ([]align.Op, error) {
	var ops []align.Op
	for k, jo := range jops {
		var op align.Op
		switch jo.Op {
		case "same":
			op.Kind = align.OpSame
		case "delete":
			op.Kind = align.OpDelete
		case "insert":
			op.Kind = align.OpInsert
		default:
			return nil, fmt.Errorf("op %d: unknown op %q", k, jo.Op)
		}
		op.Text = jo.Text
		if op.Kind != align.OpSame {
			op.Type = align.DiffType(jo.Type)
		}
		ops = append(ops, op)
	}
	return ops, nil
}

func parseRowKind(s string) (align.RowKind, bool) {
	for _, k := range []align.RowKind{align.Match, align.Deleted, align.Inserted, align.Equal, align.Changed, align.Moved} {
		if k.String() == s {
			return k, true
		}
	}
	return 0, false
}
