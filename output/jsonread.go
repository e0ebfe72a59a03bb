package output

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

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
func ReadAlignmentJSON(r io.Reader) (*align.Alignment, error) {
	var doc alignJSON
	dec := json.NewDecoder(bufio.NewReader(r))
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("alignment JSON: %w", err)
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
