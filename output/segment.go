// Package output renders editions and alignments for people and for
// other programs: text for a terminal, JSON, TSV, beads and the exchange
// formats of aligners and translation tools.
//
// Renderers only format what they are given. They never segment or align
// again, and every sentence they are given appears in what they write,
// once, in order, with its original characters.
package output

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/synoptic-text/synoptic/editions"
)

// SegmentFormats are the formats WriteSegmentation accepts.
var SegmentFormats = []string{"text", "lines", "json"}

// WriteSegmentation writes the paragraphs and sentences of e in format:
//
//   - "text", for reading: each paragraph headed by its number and kind,
//     each sentence by its number, note markers shown with the note they
//     point to; sentences are wrapped at width columns (0: no wrapping),
//     and with BidiVisual those of a right-to-left script laid out as the
//     side-by-side view lays out its cells (bidi.go);
//   - "lines": one sentence per line and a blank line between paragraphs,
//     the input format of other aligners;
//   - "json": the whole model, with byte offsets into the decoded input.
func WriteSegmentation(w io.Writer, e *editions.Edition, format string, width int, bidi BidiMode) error {
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case "text":
		bw = bufio.NewWriter(terminalSafe(w, false))
		writeSegmentText(bw, e, width, bidi)
	case "lines":
		for i, p := range e.Paragraphs {
			if i > 0 {
				bw.WriteByte('\n')
			}
			for _, s := range e.ParagraphSentences(int(p.Index)) {
				bw.WriteString(s.Text)
				bw.WriteByte('\n')
			}
		}
	case "json":
		err = writeSegmentJSON(bw, e)
	default:
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(SegmentFormats, ", "))
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

func writeSegmentText(w *bufio.Writer, e *editions.Edition, width int, bidi BidiMode) {
	fmt.Fprintf(w, "%s  (%s, language %s from %s, %s, %s, %s)\n",
		e.ID, e.Path, e.Lang, e.LangSource, countOf(len(e.Paragraphs), "paragraph"),
		countOf(len(e.Sentences), "sentence"), countOf(len(e.Notes), "note"))
	gutter := digits(len(e.Sentences)) + 3
	indent := strings.Repeat(" ", gutter)
	for _, p := range e.Paragraphs {
		head := fmt.Sprintf("\n¶%d %s", p.Index, p.Kind)
		if p.Kind == editions.Heading && p.Level > 0 {
			head += fmt.Sprintf(" %d", p.Level)
		}
		if p.Note >= 0 {
			head += fmt.Sprintf(" [%s]", e.Notes[p.Note].Label)
		}
		w.WriteString(head + "\n")
		for _, s := range e.ParagraphSentences(int(p.Index)) {
			num := fmt.Sprintf("%*d  ", gutter-2, s.Index)
			text := s.Text
			for _, m := range e.SentenceMarkers(int(s.Index)) {
				if m.Note >= 0 {
					text += fmt.Sprintf("  →note %s at ¶%d", m.Label, e.Notes[m.Note].Paragraph)
				} else {
					text += fmt.Sprintf("  →note %s (not found)", m.Label)
				}
			}
			for i, ln := range bidiLines(text, width-gutter, -1, bidi, textRTL(e.Lang, text)) {
				if i == 0 {
					w.WriteString(num)
				} else {
					w.WriteString(indent)
				}
				w.WriteString(ln)
				w.WriteByte('\n')
			}
		}
	}
}

// The JSON model of a segmented edition.
type (
	jsonEdition struct {
		ID         string `json:"id"`
		Lang       string `json:"lang"`
		LangSource string `json:"lang_source"`
		Path       string `json:"path"`
		Encoding   string `json:"encoding"`
		// Warnings say what is doubtful about how the file was read.
		Warnings []string `json:"warnings,omitempty"`
		// Title and Meta come from the metadata of structured formats
		// (HTML, EPUB, TEI, DOCX).
		Title string            `json:"title,omitempty"`
		Meta  map[string]string `json:"meta,omitempty"`
	}
	jsonParagraph struct {
		Index     int            `json:"index"`
		Kind      editions.Kind  `json:"kind"`
		Level     int            `json:"level,omitempty"`
		Note      *int           `json:"note,omitempty"`
		Start     int            `json:"start"`
		End       int            `json:"end"`
		Sentences []jsonSentence `json:"sentences"`
	}
	jsonSentence struct {
		Index   int          `json:"index"`
		Start   int          `json:"start"`
		End     int          `json:"end"`
		Text    string       `json:"text"`
		Norm    string       `json:"norm"`
		Markers []jsonMarker `json:"markers,omitempty"`
	}
	jsonMarker struct {
		Label string `json:"label"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Note  *int   `json:"note"` // null when no note has the label
	}
	jsonNote struct {
		Index     int    `json:"index"`
		Label     string `json:"label"`
		Paragraph int    `json:"paragraph"`
		Markers   int    `json:"markers"`
	}
)

// writeSegmentJSON writes e as the JSON document of segmentDoc, indented
// by two spaces: the bytes json.Encoder writes for the whole
// (TestSegmentJSONStream), written a sentence at a time. Encoded whole,
// the model and its encoding, grown by doubling, were held at once: 438
// MB of memory for the 20 MB paragraph of bench/pathological.
func writeSegmentJSON(w io.Writer, e *editions.Edition) error {
	ind := newIndenter()
	io.WriteString(w, "{\n  \"edition\": ")
	w.Write(ind.encode(editionHeader(e), "  "))
	io.WriteString(w, ",\n  \"paragraphs\": [")
	for i, p := range e.Paragraphs {
		if i > 0 {
			io.WriteString(w, ",")
		}
		io.WriteString(w, "\n    ")
		jp := paragraphJSON(p)
		ss := e.ParagraphSentences(int(p.Index))
		if len(ss) == 0 {
			w.Write(ind.encode(jp, "    ")) // "sentences": null
			continue
		}
		// The paragraph with no sentence ends `"sentences": []` and its
		// closing brace; the sentences are written in the brackets.
		jp.Sentences = []jsonSentence{}
		head := ind.encode(jp, "    ")
		const tail = "]\n    }"
		if !bytes.HasSuffix(head, []byte("["+tail)) {
			return fmt.Errorf("a paragraph encoded as %q, not ending with its sentences", head)
		}
		w.Write(head[:len(head)-len(tail)])
		for k, s := range ss {
			if k > 0 {
				io.WriteString(w, ",")
			}
			io.WriteString(w, "\n        ")
			w.Write(ind.encode(sentenceJSON(e, s), "        "))
		}
		io.WriteString(w, "\n      "+tail)
	}
	if len(e.Paragraphs) > 0 {
		io.WriteString(w, "\n  ")
	}
	io.WriteString(w, "],\n  \"notes\": ")
	w.Write(ind.encode(notesJSON(e), "  "))
	_, err := io.WriteString(w, "\n}\n")
	return cmp.Or(ind.err, err)
}

// segmentDoc is the JSON model of a segmented edition, as writeSegmentJSON
// writes it.
type segmentDoc struct {
	Edition    jsonEdition     `json:"edition"`
	Paragraphs []jsonParagraph `json:"paragraphs"`
	Notes      []jsonNote      `json:"notes"`
}

// paragraphJSON is p in the model, without its sentences.
func paragraphJSON(p editions.Paragraph) jsonParagraph {
	jp := jsonParagraph{Index: int(p.Index), Kind: p.Kind, Level: int(p.Level), Start: int(p.Start), End: int(p.End)}
	if p.Note >= 0 {
		jp.Note = intPtr(int(p.Note))
	}
	return jp
}

// sentenceJSON is s, a sentence of e, in the model.
func sentenceJSON(e *editions.Edition, s editions.Sentence) jsonSentence {
	js := jsonSentence{Index: int(s.Index), Start: int(s.Start), End: int(s.End), Text: s.Text, Norm: s.Norm}
	for _, m := range e.SentenceMarkers(int(s.Index)) {
		jm := jsonMarker{Label: m.Label, Start: m.Start, End: m.End}
		if m.Note >= 0 {
			jm.Note = intPtr(m.Note)
		}
		js.Markers = append(js.Markers, jm)
	}
	return js
}

// notesJSON is the notes of e in the model.
func notesJSON(e *editions.Edition) []jsonNote {
	notes := make([]jsonNote, 0, len(e.Notes))
	for i, n := range e.Notes {
		notes = append(notes, jsonNote{Index: i, Label: n.Label, Paragraph: n.Paragraph, Markers: n.Markers})
	}
	return notes
}

// An indenter encodes values as a json.Encoder indenting by two spaces
// writes them (HTML not escaped) at a depth given by their prefix, into
// one buffer reused; the first error is kept.
type indenter struct {
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newIndenter() *indenter {
	ind := &indenter{}
	ind.enc = json.NewEncoder(&ind.buf)
	ind.enc.SetEscapeHTML(false)
	return ind
}

// encode returns v encoded with prefix before every line but the first,
// without the final newline: valid until the next call.
func (ind *indenter) encode(v any, prefix string) []byte {
	ind.buf.Reset()
	ind.enc.SetIndent(prefix, "  ")
	if err := ind.enc.Encode(v); err != nil {
		ind.err = cmp.Or(ind.err, err)
		return nil
	}
	return bytes.TrimSuffix(ind.buf.Bytes(), []byte("\n"))
}

// editionHeader returns the JSON description of an edition that every
// JSON output shares.
func editionHeader(e *editions.Edition) jsonEdition {
	return jsonEdition{ID: e.ID, Lang: e.Lang.String(), LangSource: e.LangSource, Path: e.Path, Encoding: e.Encoding, Warnings: e.Warnings, Title: e.Title, Meta: e.Meta}
}

func intPtr(i int) *int { return &i }

// countOf says "1 sentence", "2 sentences": n and the noun, in the plural
// where needed.
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
