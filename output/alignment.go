package output

// Rendering an alignment. Like every renderer here it never re-aligns or
// re-segments: every format shows the rows the aligner produced, in the
// same order.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// AlignmentFormats are the names accepted by WriteAlignment. The Moses
// format is not among them: it writes a file per edition (WriteMoses).
var AlignmentFormats = []string{"text", "json", "beads", "tsv", "ladder", "tmx", "tei", "xces"}

// WriteAlignment writes a in the named format: "text" (side by side
// columns for reading), "json" (the native format, which
// ReadAlignmentJSON reads back), "beads", "tsv", "ladder" (hunalign's),
// "tmx" (TMX 1.4b), "tei" (TEI P5) or "xces" (XCES cesAlign, as OPUS
// distributes alignments). width is the line width of the text format.
func WriteAlignment(w io.Writer, a *align.Alignment, format string, width int) error {
	switch format {
	case "text", "":
		return WriteView(w, a, ViewOptions{Width: width})
	case "json":
		return WriteAlignmentJSON(w, a)
	case "beads":
		return writeBeads(w, a)
	case "tsv":
		return writeAlignmentTSV(w, a)
	case "ladder":
		return writeLadder(w, a)
	case "tmx":
		return writeTMX(w, a)
	case "tei":
		return writeTEI(w, a)
	case "xces":
		return writeXCES(w, a)
	case "moses":
		return fmt.Errorf("the moses format writes a file per edition: give an output file name or directory, not standard output")
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(AlignmentFormats, ", "))
}

// alignmentSchemaVersion is the version of the alignment JSON written by
// WriteAlignmentJSON. It changes only when a reader of the previous
// version would misread the new one; adding fields does not change it.
const alignmentSchemaVersion = 1

type alignJSON struct {
	SchemaVersion int                `json:"schema_version"`
	Base          int                `json:"base"`
	Editions      []alignJSONEdition `json:"editions"`
	Rows          []alignJSONRow     `json:"rows"`
	// Warnings are the stretches found no better than chance, or not
	// shown better (align.Warning); empty when there are none.
	Warnings []warningJSON `json:"warnings"`
	// Dictionaries name the bilingual dictionaries whose word pairs
	// the alignment used (align.Alignment.Dictionaries); absent when
	// none.
	Dictionaries []string `json:"dictionaries,omitempty"`
}

type alignJSONEdition struct {
	ID        string              `json:"id"`
	Lang      string              `json:"lang"`
	Path      string              `json:"path"`
	Encoding  string              `json:"encoding,omitempty"`
	Warnings  []string            `json:"warnings,omitempty"`
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
	// Doubtful says the score is below align.DoubtfulBelow.
	Doubtful bool `json:"doubtful,omitempty"`
	// Peer is the row at the other end of a move.
	Peer *int `json:"peer,omitempty"`
	// Ops is the word diff of a changed (or moved and changed) row of a
	// pairwise alignment (align.Alignment.Pairwise).
	Ops []alignJSONOp `json:"ops,omitempty"`
	// Diffs are the word diffs between versions in any other alignment.
	Diffs []alignJSONDiff `json:"diffs,omitempty"`
	// Status is "confirmed" for a row a person checked (synoptic
	// review), else "auto"; a file without it is all "auto".
	Status string `json:"status,omitempty"`
}

type alignJSONDiff struct {
	From int           `json:"from"`
	To   int           `json:"to"`
	Ops  []alignJSONOp `json:"ops"`
}

type alignJSONOp struct {
	Op   string `json:"op"` // "same", "delete" or "insert"
	Text string `json:"text"`
	Type string `json:"type,omitempty"` // the type of a delete or insert
}

// WriteAlignmentJSON writes a as one JSON document:
//
//	{"schema_version": 1, "base": 0, "editions": [{"id", "lang", "path",
//	"encoding" (what the file was read as), "warnings" (doubts about how
//	it was read, if any), "sentences": [{"index", "paragraph", "start",
//	"end", "text"}]}],
//	"rows": [{"cells": [[ids of edition 0], [ids of edition 1]], "kind":
//	"match"|"deleted"|"inserted" (translations) or
//	"equal"|"changed"|"inserted"|"deleted"|"moved" (versions), "score"
//	(the probability that the row is right, see align/calibrate.go),
//	"doubtful" (true when the score is below align.DoubtfulBelow, absent
//	otherwise), "peer" (moved rows: the row at the other end), "ops" (changed rows:
//	[{"op": "same"|"delete"|"insert", "text", "type"}]), "diffs" (more
//	than two editions: [{"from", "to", "ops"}], the word diff of edition
//	"to" against the edition "from" it was aligned to), "status":
//	"confirmed" (a person checked the row: synoptic review) or "auto"}],
//	"warnings": [{"kind": "unrelated"|"undecided", "rows": [first,
//	limit], "sentences": [[first, limit] per edition], the figures,
//	"message"}: warningJSON, output/warnings.go],
//	"dictionaries": [names of the bilingual dictionaries used]}
//
// warnings (added in schema version 1 without changing it: older
// readers ignore it) are the stretches of rows the aligner found no
// better than chance ("unrelated": their matches were split into
// deleted and inserted rows) or could not tell ("undecided": rows
// kept, not counted as covered); see align/chance.go, and warningJSON
// for the figures each has. dictionaries (added in schema version 1
// too) name the dictionaries (synoptic --dict) whose word pairs the
// aligner used, as given on the command line; absent when none was.
//
// base is the index of the edition the others were aligned to (a row
// with only its sentences is deleted, one without them inserted).
//
// Offsets are byte offsets into each edition's decoded text; scores are
// rounded to four decimals so that output is stable across platforms.
// schema_version (alignmentSchemaVersion) lets ReadAlignmentJSON, and
// other programs, tell what they are reading.
func WriteAlignmentJSON(w io.Writer, a *align.Alignment) error {
	bw := bufio.NewWriter(w)
	if err := writeAlignmentJSON(bw, a, nil); err != nil {
		return err
	}
	bw.WriteByte('\n') // as json.Encoder ends a document
	return bw.Flush()
}

// An AlignmentJSONWriter writes the alignment JSON of WriteAlignmentJSON
// again and again for alignments of the same editions (synoptic review
// saves the alignment on every change): the editions, which no edit of
// the rows changes and which are most of the file (their sentences'
// texts), are encoded the first time only. The zero value is ready to
// use; it is not safe for concurrent use.
type AlignmentJSONWriter struct {
	eds  []*editions.Edition
	json []byte // the editions, encoded
}

// Write writes a as WriteAlignmentJSON does.
func (aw *AlignmentJSONWriter) Write(w io.Writer, a *align.Alignment) error {
	if !sameEditions(aw.eds, a.Editions) {
		var buf bytes.Buffer
		js := newJSONStream(&buf)
		writeEditionsJSON(js, a)
		if js.err != nil {
			return js.err
		}
		aw.eds, aw.json = append([]*editions.Edition(nil), a.Editions...), buf.Bytes()
	}
	bw := bufio.NewWriter(w)
	if err := writeAlignmentJSON(bw, a, aw.json); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func sameEditions(x, y []*editions.Edition) bool {
	if len(x) != len(y) {
		return false
	}
	for e := range x {
		if x[e] != y[e] {
			return false
		}
	}
	return true
}

// writeAlignmentJSON writes the document of WriteAlignmentJSON to w, a
// sentence and a row at a time, without the final newline: the same
// bytes json.Encoder would write for the whole (alignJSON, HTML not
// escaped), without holding the whole, which for a large alignment
// weighs several times its texts twice over (the model, then its
// encoding). editionsJSON is the "editions" array already encoded
// (AlignmentJSONWriter), or nil to encode it here.
func writeAlignmentJSON(w io.Writer, a *align.Alignment, editionsJSON []byte) error {
	js := newJSONStream(w)
	// The fields before "editions" are encoded as an object whose
	// closing brace is cut off, so that they are spelt as in alignJSON.
	js.object(struct {
		SchemaVersion int `json:"schema_version"`
		Base          int `json:"base"`
	}{alignmentSchemaVersion, a.Base})
	js.raw(`,"editions":`)
	if editionsJSON != nil {
		js.bytes(editionsJSON)
	} else {
		writeEditionsJSON(js, a)
	}
	js.raw(`,"rows":[`)
	for r := range a.Rows {
		if r > 0 {
			js.raw(",")
		}
		js.appended(func(b []byte) ([]byte, error) { return appendRowJSON(b, a, &a.Rows[r]) })
	}
	js.raw(`],"warnings":`)
	js.value(warningsJSON(a.Warnings))
	if len(a.Dictionaries) > 0 {
		js.raw(`,"dictionaries":`)
		js.value(a.Dictionaries)
	}
	js.raw("}")
	return js.err
}

// writeEditionsJSON writes the "editions" array of a's alignment JSON to
// js, a sentence at a time. Each edition's fields before "sentences" are
// encoded as an object whose closing brace is cut off, so that they are
// spelt as in alignJSONEdition.
func writeEditionsJSON(js *jsonStream, a *align.Alignment) {
	js.raw("[")
	for e, ed := range a.Editions {
		if e > 0 {
			js.raw(",")
		}
		js.object(struct {
			ID       string   `json:"id"`
			Lang     string   `json:"lang"`
			Path     string   `json:"path"`
			Encoding string   `json:"encoding,omitempty"`
			Warnings []string `json:"warnings,omitempty"`
		}{ed.ID, ed.Lang.String(), ed.Path, ed.Encoding, ed.Warnings})
		js.raw(`,"sentences":[`)
		for i := range ed.Sentences {
			if i > 0 {
				js.raw(",")
			}
			js.appended(func(b []byte) ([]byte, error) { return appendSentenceJSON(b, &ed.Sentences[i]), nil })
		}
		js.raw("]}")
	}
	js.raw("]")
}

// rowJSON is a row of a as the alignment JSON has it.
func rowJSON(a *align.Alignment, row align.Row) alignJSONRow {
	cells := make([][]int, len(row.Cells))
	for e, c := range row.Cells {
		cells[e] = c
		if c == nil {
			cells[e] = []int{} // [] rather than null
		}
	}
	jr := alignJSONRow{Cells: cells, Kind: row.Kind.String(), Score: Round4(row.Score), Doubtful: row.Doubtful(), Status: rowStatus(row)}
	if row.Kind == align.Moved {
		jr.Peer = intPtr(row.Peer)
	}
	for _, d := range row.Diffs {
		if a.Pairwise() && d.From == 0 && d.To == 1 {
			jr.Ops = jsonOps(d.Ops)
			continue
		}
		jr.Diffs = append(jr.Diffs, alignJSONDiff{From: d.From, To: d.To, Ops: jsonOps(d.Ops)})
	}
	return jr
}

// A jsonStream writes a JSON document piece by piece: each value
// encoded by encoding/json (HTML not escaped, as the whole document
// would be), the punctuation between them as given. The first error
// stops it and is kept.
type jsonStream struct {
	w   io.Writer
	buf bytes.Buffer
	enc *json.Encoder
	// scratch is the buffer appended writes in, reused.
	scratch []byte
	err     error
}

func newJSONStream(w io.Writer) *jsonStream {
	js := &jsonStream{w: w}
	js.enc = json.NewEncoder(&js.buf)
	js.enc.SetEscapeHTML(false)
	return js
}

// value writes v's encoding.
func (js *jsonStream) value(v any) { js.encoded(v, 1) }

// object writes the encoding of v, an object with at least one field,
// without its closing brace, for more fields to follow.
func (js *jsonStream) object(v any) { js.encoded(v, 2) }

// encoded writes v's encoding less its last cut bytes (json.Encoder's
// newline included).
func (js *jsonStream) encoded(v any, cut int) {
	if js.err != nil {
		return
	}
	js.buf.Reset()
	if js.err = js.enc.Encode(v); js.err != nil {
		return
	}
	b := js.buf.Bytes()
	_, js.err = js.w.Write(b[:len(b)-cut])
}

// appended writes what appendTo appends to an empty buffer (the
// encoding of a sentence or a row: json_append.go).
func (js *jsonStream) appended(appendTo func([]byte) ([]byte, error)) {
	if js.err != nil {
		return
	}
	b, err := appendTo(js.scratch[:0])
	js.scratch = b
	if js.err = err; err != nil {
		return
	}
	_, js.err = js.w.Write(b)
}

// bytes writes b as it is.
func (js *jsonStream) bytes(b []byte) {
	if js.err != nil {
		return
	}
	_, js.err = js.w.Write(b)
}

// raw writes s as it is.
func (js *jsonStream) raw(s string) {
	if js.err != nil {
		return
	}
	_, js.err = io.WriteString(js.w, s)
}

// rowStatus is a row's "status" in the JSON.
func rowStatus(r align.Row) string {
	if r.Confirmed {
		return "confirmed"
	}
	return "auto"
}

// writeBeads writes one line per unit (align.Alignment.Units: a row, or
// the two ends of a move as one bead where the first edition's
// sentences stand), "[ids of edition 0]:[ids of edition 1]", 0-based,
// as the evaluation tools read it: "[0]:[0, 1]", "[5]:[]", "[]:[7]",
// and a move "[12]:[40]", out of the second edition's order as the
// gold standards write a sentence set elsewhere. The format pairs two
// editions: no tool reads a third list.
func writeBeads(w io.Writer, a *align.Alignment) error {
	if err := needTwo(a, "beads"); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, row := range a.Units() {
		bw.WriteString(align.Bead{Src: row.Cells[0], Tgt: row.Cells[1]}.String())
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// writeAlignmentTSV writes one line per row, with a column per edition
// holding the text of its sentences in the row, joined by a space, and a
// last column that says "doubtful" for a doubtful row
// (align.Row.Doubtful) and is empty for the others. There is no header
// line. Tabs and line breaks inside sentences become spaces, so that
// every row is one line. Each edition's text reads in its order down
// its column, the two ends of a move included, each on its own line (a
// link format, beads or xces, writes the move as one link).
func writeAlignmentTSV(w io.Writer, a *align.Alignment) error {
	bw := bufio.NewWriter(w)
	for _, row := range a.Rows {
		for e, c := range row.Cells {
			if e > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(tsvField(a.Editions[e].Joined(c)))
		}
		bw.WriteByte('\t')
		if row.Doubtful() {
			bw.WriteString("doubtful")
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

func jsonOps(ops []align.Op) []alignJSONOp {
	var out []alignJSONOp
	for _, op := range ops {
		jo := alignJSONOp{Op: op.Kind.String(), Text: op.Text}
		if op.Kind != align.OpSame {
			jo.Type = string(op.Type)
		}
		out = append(out, jo)
	}
	return out
}
