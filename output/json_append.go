package output

// The alignment JSON's sentences and rows appended to a buffer by hand,
// in the bytes encoding/json writes for them.
//
// The alignment JSON is written a sentence and a row at a time
// (writeAlignmentJSON). Through json.Encoder, each of them was boxed in
// an interface, its cells copied into a slice of their own and its
// encoding made in the encoder's buffer: on the 20 MB paragraph case of
// bench/pathological (290,000 sentences, as many rows), 70 MB of garbage
// for a 61 MB document, and a peak heap of the live data plus all of it
// (164 MB, 8 times the input), since the collector had not yet been
// called. Appended to one reused buffer, a sentence or a row allocates
// nothing. The types of alignment.go (alignJSONSentence, alignJSONRow …)
// remain the model that ReadAlignmentJSON reads, and TestAppendJSON
// holds these functions to the bytes encoding/json writes for them.

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// appendJSONString appends s as a JSON string, as encoding/json writes
// it without escaping HTML (SetEscapeHTML(false), as every JSON document
// here is written): '"', '\\' and control characters escaped, invalid
// UTF-8 as \ufffd, U+2028 and U+2029 as \u2028 and \u2029, every other
// character as it is.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendJSONChars(b, s)
	return append(b, '"')
}

// appendJSONChars appends the characters of s as appendJSONString
// writes them between its quotes.
func appendJSONChars(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}

// jsonChunk is the most of a string jsonStream.str escapes before
// writing it, in bytes: a text quoted whole (an omission of a chapter)
// is never copied whole. Chosen by hand; it changes only the speed.
const jsonChunk = 32 << 10

// str writes s as a JSON string (appendJSONString), jsonChunk bytes at
// a time, each cut before the first byte of a character, so that every
// character is escaped as it would be in the whole.
func (js *jsonStream) str(s string) {
	b := append(js.scratch[:0], '"')
	for len(s) > 0 && js.err == nil {
		n := min(len(s), jsonChunk)
		for n < len(s) && !utf8.RuneStart(s[n]) {
			n++
		}
		b = appendJSONChars(b, s[:n])
		s = s[n:]
		if len(b) >= jsonChunk {
			js.bytes(b)
			b = b[:0]
		}
	}
	b = append(b, '"')
	js.bytes(b)
	js.scratch = b[:0]
}

// ints writes xs as a JSON array of numbers, jsonChunk bytes at a time:
// a finding may hold every sentence of a text (bench/pathological's 20
// MB paragraph, 300k of them), whose array, appended whole, grew the
// scratch buffer by copies, 10 MB made while synoptic coverage holds
// both editions, their alignment and its report.
func (js *jsonStream) ints(xs []int) {
	b := append(js.scratch[:0], '[')
	for k, x := range xs {
		if k > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(x), 10)
		if len(b) >= jsonChunk {
			js.bytes(b)
			b = b[:0]
		}
	}
	b = append(b, ']')
	js.bytes(b)
	js.scratch = b[:0]
}

// appendJSONFloat appends f as encoding/json writes a float64: the
// shortest decimal that reads back as f, in exponent form below 1e-6
// and from 1e21 on (without a leading zero in the exponent). NaN and
// the infinities, which JSON cannot say, are an error, as there.
func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// appendSentenceJSON appends s as the alignment JSON has it: the bytes
// encoding/json writes for alignJSONSentence.
func appendSentenceJSON(b []byte, s *editions.Sentence) []byte {
	b = append(b, `{"index":`...)
	b = strconv.AppendInt(b, int64(s.Index), 10)
	b = append(b, `,"paragraph":`...)
	b = strconv.AppendInt(b, int64(s.Paragraph), 10)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, s.Text)
	return append(b, '}')
}

// appendRowJSON appends row as a's alignment JSON has it: the bytes
// encoding/json writes for rowJSON(a, row), an alignJSONRow.
func appendRowJSON(b []byte, a *align.Alignment, row *align.Row) ([]byte, error) {
	b = append(b, `{"cells":[`...)
	for e, cell := range row.Cells {
		if e > 0 {
			b = append(b, ',')
		}
		b = append(b, '[') // [] for an empty cell, never null
		for k, s := range cell {
			if k > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(s), 10)
		}
		b = append(b, ']')
	}
	b = append(b, `],"kind":`...)
	b = appendJSONString(b, row.Kind.String())
	b = append(b, `,"score":`...)
	b, err := appendJSONFloat(b, Round4(row.Score))
	if err != nil {
		return b, err
	}
	if row.Doubtful() {
		b = append(b, `,"doubtful":true`...)
	}
	if row.Kind == align.Moved {
		b = append(b, `,"peer":`...)
		b = strconv.AppendInt(b, int64(row.Peer), 10)
	}
	// As rowJSON: the diff of edition 1 against edition 0 of a pairwise
	// alignment is "ops" (the last such, left out when empty), the others
	// are "diffs".
	pair := -1
	others := false
	for i, d := range row.Diffs {
		if a.Pairwise() && d.From == 0 && d.To == 1 {
			pair = i
		} else {
			others = true
		}
	}
	if pair >= 0 && len(row.Diffs[pair].Ops) > 0 {
		b = append(b, `,"ops":`...)
		b = appendOpsJSON(b, row.Diffs[pair].Ops)
	}
	if others {
		b = append(b, `,"diffs":[`...)
		first := true
		for _, d := range row.Diffs {
			if a.Pairwise() && d.From == 0 && d.To == 1 {
				continue
			}
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, `{"from":`...)
			b = strconv.AppendInt(b, int64(d.From), 10)
			b = append(b, `,"to":`...)
			b = strconv.AppendInt(b, int64(d.To), 10)
			b = append(b, `,"ops":`...)
			if len(d.Ops) == 0 {
				b = append(b, "null"...) // jsonOps gives nil, and "ops" is not omitempty here
			} else {
				b = appendOpsJSON(b, d.Ops)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"status":`...)
	b = appendJSONString(b, rowStatus(*row))
	return append(b, '}'), nil
}

// appendOpsJSON appends ops, not empty, as jsonOps and encoding/json
// write them.
func appendOpsJSON(b []byte, ops []align.Op) []byte {
	b = append(b, '[')
	for i, op := range ops {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"op":`...)
		b = appendJSONString(b, op.Kind.String())
		b = append(b, `,"text":`...)
		b = appendJSONString(b, op.Text)
		if op.Kind != align.OpSame && op.Type != "" {
			b = append(b, `,"type":`...)
			b = appendJSONString(b, string(op.Type))
		}
		b = append(b, '}')
	}
	return append(b, ']')
}
