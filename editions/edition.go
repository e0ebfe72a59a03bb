// Package editions turns files into editions: texts whose paragraphs,
// sentences and notes have been found, with every character of the input
// kept where it stood.
//
// An Edition is what the rest of synoptic works on. Reading one happens in
// three steps, each in its own file:
//
//   - decoding (decode.go): bytes to UTF-8, with the byte-order mark,
//     legacy single-byte encodings and invalid input handled;
//   - structure (structure.go): the decoded text cut into paragraphs of a
//     kind (heading, text, quotation, list item, note), with the furniture
//     of Project Gutenberg files and Markdown-lite markup recognised;
//   - segmentation (segment.go): each paragraph cut into sentences by
//     rules that know the abbreviations, initials, quotes and note markers
//     of each supported language.
//
// Offsets (Start, End) are byte offsets into Edition.Text, the input as
// decoded to UTF-8 (a byte-order mark is not part of it). Structured
// formats (HTML, EPUB, TEI, DOCX, CommonMark: html.go, epub.go, tei.go,
// docx.go, commonmark.go) are first turned into text by their readers,
// and offsets point into that extracted text. The text between
// a sentence's offsets, with runs of white space folded to one space and
// trimmed, equals Sentence.Text: display text is never altered. The
// comparison form used for matching is Sentence.Norm (see normalize.go).
package editions

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Kind says what role a paragraph plays in the edition. It is a byte,
// written as its name (String, MarshalText): as a string it took 16 of
// a Paragraph's 48 bytes (see Paragraph).
type Kind uint8

// The kinds of paragraph. The zero Kind is none of them, and its name
// is empty.
const (
	Heading Kind = iota + 1
	Text
	Quotation
	ListItem
	NoteKind
)

var kindNames = [...]string{"", "heading", "text", "quotation", "list-item", "note"}

// String returns the kind's name: "heading", "text", "quotation",
// "list-item" or "note".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the kind as its name, as JSON carries it.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("no paragraph kind %d", k)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads a kind's name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("no paragraph kind %q", b)
}

// An Edition is one text, read and segmented.
type Edition struct {
	ID         string       // from the file name unless given
	Lang       language.Tag // language of the text
	LangSource string       // how Lang was found: "flag", "metadata", "filename", "detected" or "default"
	Path       string       // file the edition was read from ("-" for standard input)
	Encoding   string       // encoding the input was decoded from, e.g. "utf-8", "windows-1251"
	// Warnings say what is doubtful about how the file was read (an
	// encoding guessed among near-equal readings), in sentences for the
	// user: commands print them on stderr, the JSON carries them.
	Warnings []string
	// Text is the input decoded to UTF-8; all offsets point into it. For
	// structured formats (HTML, EPUB, TEI, DOCX, CommonMark) it is the text
	// extracted from the markup, paragraphs separated by a blank line,
	// note markers written as [1] and notes as "[1] text", so offsets
	// point into this extracted text, not into the file.
	Text string
	// Title and Meta come from the file's metadata when it has any: the
	// <title> of a web page, the title, translator and edition statement
	// of an EPUB or TEI edition ("translator", "edition", "creator"…).
	Title string
	Meta  map[string]string

	Paragraphs []Paragraph // in reading order
	Sentences  []Sentence  // all sentences in reading order, notes included where they stand
	Notes      []Note      // the notes found, in the order they stand
	// Markers are the note markers of all sentences, in the order of the
	// sentences that carry them and within one in the text's order
	// (SentenceMarkers gives a sentence's).
	Markers []Marker
}

// A Paragraph is a block of the text: a heading, a paragraph of prose, a
// quotation, a list item or a note.
//
// Its numbers are int32, as a Sentence's are (a text holds at most
// MaxTextBytes), and its kind a byte: 32 bytes a paragraph, not 72,
// which is memory on a text of paragraphs of a word or two
// (bench/pathological's tiny paragraphs, 11 bytes of text each).
type Paragraph struct {
	Index int32
	Kind  Kind
	Level int32 // heading level (1 is the highest); 0 for other kinds
	Start int32 // byte offsets into Edition.Text
	End   int32
	// Sentences are Edition.Sentences[First:Limit].
	First, Limit int32
	// Note is the index in Edition.Notes of the note this paragraph
	// belongs to, or -1.
	Note int32
}

// A Sentence is the unit that synoptic aligns and compares. Its note
// markers are Edition.SentenceMarkers(Index).
//
// An edition holds a Sentence for every sentence, live from reading to
// the last output, so that its size is memory at every stage: on a
// text cut into many short sentences, such as the 20 MB paragraph of
// bench/pathological (290,000 lines of 70 bytes), the Sentences took
// more than the text (88 bytes each, 25 MB) while the markers, which
// most sentences have none of, took 24 of those bytes for an empty
// slice. They are kept in the edition (Edition.Markers) instead. Its
// numbers are int32 (offsets of a text of at most MaxTextBytes): 48
// bytes, not 64, for the tiny paragraphs of bench/pathological, 11
// bytes of text each, and 1.5 million of them in its 20 MB (with the
// paragraphs' int32: peak heap of the case 556 → 498 MB).
type Sentence struct {
	Index     int32  // position in Edition.Sentences
	Paragraph int32  // index of the paragraph that holds it
	Start     int32  // byte offsets into Edition.Text
	End       int32  //
	Text      string // the original characters, white space folded
	Norm      string // comparison form: for matching, never for display
}

// A Marker is a footnote or endnote reference in the text, such as [1],
// [^1] or ¹, kept with the sentence that carries it.
type Marker struct {
	Label    string // the note's label as written: "1", "a", "*"
	Start    int    // byte offsets into Edition.Text
	End      int
	Note     int // index in Edition.Notes, or -1 when no note has that label
	Sentence int // index in Edition.Sentences of the sentence that carries it
}

// SentenceMarkers returns the note markers of sentence i, in the text's
// order: a part of e.Markers, not to be appended to.
func (e *Edition) SentenceMarkers(i int) []Marker {
	if len(e.Markers) == 0 {
		return nil
	}
	lo := sort.Search(len(e.Markers), func(k int) bool { return e.Markers[k].Sentence >= i })
	hi := lo
	for hi < len(e.Markers) && e.Markers[hi].Sentence == i {
		hi++
	}
	if lo == hi {
		return nil
	}
	return e.Markers[lo:hi:hi]
}

// A Note is the text a marker points to: a footnote, an endnote, or a
// translator's note.
type Note struct {
	Label     string
	Paragraph int // index of the note's first paragraph
	Markers   int // how many markers point to it
}

// Separator returns what stands between sentences i and j of e when
// they are shown one after the other, as in a row that holds both: a
// space, or nothing where j follows i in the text with nothing between
// them — Chinese and Japanese write no space after 。, and a space
// there would be text the edition does not have.
func (e *Edition) Separator(i, j int) string {
	if j == i+1 && e.Sentences[i].End == e.Sentences[j].Start {
		return ""
	}
	return " "
}

// Joined returns the text of sentences ids of e, in that order, each
// after the Separator from the one before: the one text a cell of
// several sentences shows, exports and is compared by.
func (e *Edition) Joined(ids []int) string {
	if len(ids) == 1 {
		return e.Sentences[ids[0]].Text // not copied: most cells hold one sentence
	}
	size := 0
	for k, id := range ids {
		size += len(e.Sentences[id].Text)
		if k > 0 {
			size += len(e.Separator(ids[k-1], id))
		}
	}
	var b strings.Builder
	b.Grow(size)
	for k, id := range ids {
		if k > 0 {
			b.WriteString(e.Separator(ids[k-1], id))
		}
		b.WriteString(e.Sentences[id].Text)
	}
	return b.String()
}

// ParagraphSentences returns the sentences of paragraph p.
func (e *Edition) ParagraphSentences(p int) []Sentence {
	para := e.Paragraphs[p]
	return e.Sentences[para.First:para.Limit]
}

// An InputError says what is wrong with an input file, and where. The
// command line reports it with exit status 2.
type InputError struct {
	Path   string // the file; empty when not yet known
	Offset int    // byte offset into the file, or -1
	Line   int    // 1-based line number, or 0
	Msg    string
}

func (e *InputError) Error() string {
	where := e.Path
	if where == "" {
		where = "input"
	}
	switch {
	case e.Line > 0 && e.Offset >= 0:
		where = fmt.Sprintf("%s:%d (byte %d)", where, e.Line, e.Offset)
	case e.Line > 0:
		where = fmt.Sprintf("%s:%d", where, e.Line)
	case e.Offset >= 0:
		where = fmt.Sprintf("%s: byte %d", where, e.Offset)
	}
	return where + ": " + e.Msg
}

// WithPath returns err as an InputError about the file path: an
// InputError that does not yet name its file is given path; any other
// error becomes one, an os error without the path and operation it
// repeats ("open f: permission denied" says "f: permission denied").
func WithPath(path string, err error) error {
	var ie *InputError
	if errors.As(err, &ie) {
		if ie.Path == "" {
			ie.Path = path
		}
		return ie
	}
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		msg = FileErrText(err)
	}
	return &InputError{Path: path, Offset: -1, Msg: msg}
}

// FileErrText is err, an error of the os package about one file, without
// the path and operation it repeats: "no such file" where "open f: no
// such file or directory", "permission denied" where "open f:
// permission denied", for a message that names the file already.
func FileErrText(err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return "no such file"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// SkipBOM returns r without the UTF-8 byte-order mark it may begin with,
// as Windows editors may write one: for the line formats read beside the
// editions (beads, pins, manifests, accept lists), whose first line it
// would spoil.
func SkipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		br.Discard(3)
	}
	return br
}

// maxQuoted is the most characters of quoted input an error message
// shows: enough to recognise a line, short enough that a binary file given
// by mistake does not fill the screen with escaped bytes (chosen by hand).
const maxQuoted = 80

// Quote quotes s, a piece of input, for an error message: as strconv.Quote
// does, cut at a character so that the quotation takes at most maxQuoted
// columns, the rest said by its length.
func Quote(s string) string {
	q := strconv.Quote(s)
	if len(q) <= maxQuoted {
		return q
	}
	// Quoting never shortens, so the longest prefix that fits has at most
	// maxQuoted bytes.
	best := `""`
	for i := range s {
		if i > maxQuoted {
			break
		}
		if p := strconv.Quote(s[:i]); len(p) <= maxQuoted {
			best = p
		}
	}
	return best + fmt.Sprintf("… (%d bytes in all)", len(s))
}
