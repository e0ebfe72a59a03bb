package output

// Rendering an alignment. Like every renderer here it never re-aligns or
// re-segments: every format shows the rows the aligner produced, in the
// same order.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// AlignmentFormats are the names accepted by WriteAlignment.
var AlignmentFormats = []string{"text", "json", "beads", "tsv"}

// WriteAlignment writes a in the named format: "text" (side by side
// columns for reading), "json", "beads" or "tsv". width is the line width
// of the text format.
func WriteAlignment(w io.Writer, a *align.Alignment, format string, width int) error {
	switch format {
	case "text", "":
		return WriteAlignmentText(w, a, width)
	case "json":
		return WriteAlignmentJSON(w, a)
	case "beads":
		return WriteBeads(w, a)
	case "tsv":
		return WriteAlignmentTSV(w, a)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(AlignmentFormats, ", "))
}

type alignJSON struct {
	Editions []alignJSONEdition `json:"editions"`
	Rows     []alignJSONRow     `json:"rows"`
}

type alignJSONEdition struct {
	ID        string              `json:"id"`
	Lang      string              `json:"lang"`
	Path      string              `json:"path"`
	Sentences []alignJSONSentence `json:"sentences"`
}

type alignJSONSentence struct {
	Index     int    `json:"index"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

type alignJSONRow struct {
	Cells [][]int `json:"cells"`
	Kind  string  `json:"kind"`
	Score float64 `json:"score"`
	// Peer is the row at the other end of a move.
	Peer *int `json:"peer,omitempty"`
	// Ops is the word diff of a changed (or moved and changed) row.
	Ops []alignJSONOp `json:"ops,omitempty"`
}

type alignJSONOp struct {
	Op   string `json:"op"` // "same", "delete" or "insert"
	Text string `json:"text"`
	Type string `json:"type,omitempty"` // the type of a delete or insert
}

// WriteAlignmentJSON writes a as one JSON document:
//
//	{"editions": [{"id", "lang", "path", "sentences": [{"index",
//	"paragraph", "start", "end", "text"}]}], "rows": [{"cells": [[ids of
//	edition 0], [ids of edition 1]], "kind": "match"|"deleted"|"inserted"
//	(translations) or "equal"|"changed"|"inserted"|"deleted"|"moved"
//	(versions), "score", "peer" (moved rows: the row at the other end),
//	"ops" (changed rows: [{"op": "same"|"delete"|"insert", "text",
//	"type"}])}]}
//
// Offsets are byte offsets into each edition's decoded text; scores are
// rounded to four decimals so that output is stable across platforms.
func WriteAlignmentJSON(w io.Writer, a *align.Alignment) error {
	doc := alignJSON{Editions: make([]alignJSONEdition, len(a.Editions)), Rows: make([]alignJSONRow, len(a.Rows))}
	for e, ed := range a.Editions {
		je := alignJSONEdition{ID: ed.ID, Lang: ed.Lang.String(), Path: ed.Path, Sentences: make([]alignJSONSentence, len(ed.Sentences))}
		for i, s := range ed.Sentences {
			je.Sentences[i] = alignJSONSentence{Index: s.Index, Paragraph: s.Paragraph, Start: s.Start, End: s.End, Text: s.Text}
		}
		doc.Editions[e] = je
	}
	for r, row := range a.Rows {
		cells := make([][]int, len(row.Cells))
		for e, c := range row.Cells {
			cells[e] = c
			if c == nil {
				cells[e] = []int{} // [] rather than null
			}
		}
		jr := alignJSONRow{Cells: cells, Kind: row.Kind.String(), Score: math.Round(row.Score*1e4) / 1e4}
		if row.Kind == align.Moved {
			jr.Peer = intPtr(row.Peer)
		}
		for _, op := range row.Ops {
			jo := alignJSONOp{Op: op.Kind.String(), Text: op.Text}
			if op.Kind != align.Same {
				jo.Type = string(op.Type)
			}
			jr.Ops = append(jr.Ops, jo)
		}
		doc.Rows[r] = jr
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteBeads writes one line per row, "[ids of edition 0]:[ids of
// edition 1]", 0-based, as the evaluation tools read it: "[0]:[0, 1]",
// "[5]:[]", "[]:[7]". With more than two editions, each row has a list
// per edition.
func WriteBeads(w io.Writer, a *align.Alignment) error {
	bw := bufio.NewWriter(w)
	for _, row := range a.Rows {
		for e, c := range row.Cells {
			if e > 0 {
				bw.WriteByte(':')
			}
			bw.WriteByte('[')
			for k, id := range c {
				if k > 0 {
					bw.WriteString(", ")
				}
				fmt.Fprint(bw, id)
			}
			bw.WriteByte(']')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// WriteAlignmentTSV writes one line per row, with a column per edition
// holding the text of its sentences in the row, joined by a space; line k
// is the unit of line k of the beads format. There is no header line, so
// that this holds. Tabs and line breaks inside sentences become spaces,
// so that every row is one line.
func WriteAlignmentTSV(w io.Writer, a *align.Alignment) error {
	bw := bufio.NewWriter(w)
	for _, row := range a.Rows {
		for e, c := range row.Cells {
			if e > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(tsvField(cellText(a.Editions[e], c)))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func tsvField(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func cellText(ed *editions.Edition, ids []int) string {
	var sb strings.Builder
	for k, id := range ids {
		if k > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(ed.Sentences[id].Text)
	}
	return sb.String()
}

// WriteAlignmentText writes the editions side by side in columns, each
// row's sentences wrapped to the column width, rows separated by a blank
// line. A gutter marks rows that are not matches: "-" where only the
// first edition has text, "+" where it has none; a "?" marks a match the
// aligner was unsure of (score below 0.5).
func WriteAlignmentText(w io.Writer, a *align.Alignment, width int) error {
	n := len(a.Editions)
	if n == 0 {
		return nil
	}
	const sep = " │ "
	if width <= 0 {
		width = 100
	}
	colw := (width - 2 - (n-1)*StringWidth(sep)) / n
	if colw < 10 {
		colw = 10
	}
	bw := bufio.NewWriter(w)
	header := make([][]string, n)
	for e, ed := range a.Editions {
		header[e] = []string{ed.ID}
	}
	writeColumns(bw, "  ", header, colw, sep)
	rule := make([][]string, n)
	for e := range rule {
		rule[e] = []string{strings.Repeat("─", colw)}
	}
	writeColumns(bw, "  ", rule, colw, sep)
	for r, row := range a.Rows {
		if r > 0 {
			bw.WriteByte('\n')
		}
		cols := make([][]string, n)
		for e, c := range row.Cells {
			cols[e] = wrapCell(cellText(a.Editions[e], c), colw)
		}
		gutter := "  "
		switch {
		case row.Kind == align.Deleted:
			gutter = "- "
		case row.Kind == align.Inserted:
			gutter = "+ "
		case row.Score < 0.5:
			gutter = "? "
		}
		writeColumns(bw, gutter, cols, colw, sep)
	}
	return bw.Flush()
}

func writeColumns(bw *bufio.Writer, gutter string, cols [][]string, colw int, sep string) {
	lines := 0
	for _, c := range cols {
		lines = max(lines, len(c))
	}
	for l := 0; l < lines; l++ {
		if l == 0 {
			bw.WriteString(gutter)
		} else {
			bw.WriteString("  ")
		}
		var line strings.Builder
		for e, c := range cols {
			if e > 0 {
				line.WriteString(sep)
			}
			s := ""
			if l < len(c) {
				s = c[l]
			}
			line.WriteString(s)
			if e < len(cols)-1 {
				line.WriteString(strings.Repeat(" ", max(0, colw-StringWidth(s))))
			}
		}
		bw.WriteString(strings.TrimRight(line.String(), " "))
		bw.WriteByte('\n')
	}
}

// wrapCell wraps a cell's text to its column; an empty cell has no lines.
func wrapCell(s string, colw int) []string {
	if s == "" {
		return nil
	}
	return Wrap(s, colw)
}
