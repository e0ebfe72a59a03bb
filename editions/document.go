package editions

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Structured formats (HTML, EPUB, TEI, DOCX, CommonMark) do not keep their
// text where a reader of the file would see it: markup stands between the
// words. Their readers therefore write the text they find into a document
// under construction, one block per paragraph with a blank line between
// blocks, and hand the blocks to build as if splitParagraphs had found
// them. Edition.Text is then this extracted text, and offsets point into
// it.

// A document is the text a structured reader extracts and its blocks.
type document struct {
	buf    []byte
	blocks []block

	open     bool  // a block is being written
	cur      block // the open block
	hasText  bool  // the open block holds more than white space and markup
	pending  byte  // white space to write before the next character: 0, ' ' or '\n'
	preserve int   // >0 inside <pre>: white space kept as it is

	ctx []*context // enclosing block contexts, innermost last

	// Sentences given by the markup (TEI <s>): sentStart is the offset of
	// the open sentence, or -1; sentWant says a sentence opened and waits
	// for its first character.
	sentStart int
	sentWant  bool

	// Notes whose bodies stand inside a paragraph (TEI <note>, DOCX
	// footnotes) are written after the block that holds their marker:
	// deferred holds them, flushNote writes one.
	deferred  []func()
	flushing  bool
	noteCount int // notes labelled in sequence so far

	// links is the depth of links around the text being written; plain
	// says the open block has text outside links.
	links int
	plain bool
	// drop, when set, leaves out blocks that are furniture.
	drop func(b block, text string) bool

	// Markers and notes the markup links explicitly, in the order they
	// were written: build links markers by label, which goes wrong when
	// labels repeat (endnotes numbered anew in each chapter and gathered
	// at the end of a book); linkExplicit corrects that.
	markerKeys []keyAt
	noteKeys   []keyAt

	title string
	lang  string
	meta  map[string]string
}

// A keyAt is a marker or the first paragraph of a note, by its offset,
// and the note it stands for.
type keyAt struct {
	offset int
	key    any
}

// A context is a block-level element being read: what kind of paragraph
// its text makes.
type context struct {
	kind  Kind
	level int
	note  *noteState // set for notes and everything inside them
}

// noteState follows a note across its paragraphs: the first carries the
// label, the others continue it.
type noteState struct {
	label   string
	key     any // what markers name the note by (see linkedMarkers)
	started bool
}

func newDocument() *document {
	return &document{sentStart: -1, meta: map[string]string{}}
}

// push enters a block-level element of kind. The kind is refined by the
// elements around it: a paragraph inside a block quotation is a
// quotation, anything inside a note belongs to the note.
func (d *document) push(kind Kind, level int) {
	d.closeBlock()
	c := &context{kind: kind, level: level}
	if n := len(d.ctx); n > 0 {
		parent := d.ctx[n-1]
		switch {
		case parent.note != nil:
			c.kind, c.level, c.note = NoteKind, 0, parent.note
		case kind == Text && (parent.kind == Quotation || parent.kind == ListItem || parent.kind == Heading):
			c.kind, c.level = parent.kind, parent.level
		case kind == Quotation && parent.kind == Heading:
			c.kind, c.level = Heading, parent.level
		}
	}
	d.ctx = append(d.ctx, c)
}

// pushNote enters the body of the note labelled label.
func (d *document) pushNote(label string) { d.pushLinkedNote(label, nil) }

// pushLinkedNote enters the body of a note that markers written with
// linkedMarker(…, key) point to.
func (d *document) pushLinkedNote(label string, key any) {
	d.closeBlock()
	d.ctx = append(d.ctx, &context{kind: NoteKind, note: &noteState{label: label, key: key}})
}

// pop leaves the innermost block-level element.
func (d *document) pop() {
	d.closeBlock()
	if len(d.ctx) > 0 {
		d.ctx = d.ctx[:len(d.ctx)-1]
	}
}

// openBlock starts a block of the innermost context's kind.
func (d *document) openBlock() {
	kind, level := Text, 0
	var note *noteState
	if n := len(d.ctx); n > 0 {
		kind, level, note = d.ctx[n-1].kind, d.ctx[n-1].level, d.ctx[n-1].note
	}
	if len(d.buf) > 0 {
		d.buf = append(d.buf, "\n\n"...)
	}
	d.cur = block{start: len(d.buf), kind: kind, level: level}
	if note != nil {
		if note.started {
			d.cur.noteCont = true
		} else {
			// Written as a plain-text note definition would be: the
			// label opens the paragraph, the note's text follows it.
			d.cur.noteLabel = note.label
			if note.key != nil {
				d.noteKeys = append(d.noteKeys, keyAt{len(d.buf), note.key})
			}
			d.buf = append(d.buf, markerText(note.label)...)
			d.buf = append(d.buf, ' ')
		}
	}
	d.cur.content = len(d.buf)
	d.open, d.hasText, d.plain, d.pending = true, false, false, 0
}

// closeBlock ends the open block; a block with no text is taken back.
func (d *document) closeBlock() {
	if !d.open {
		d.flushNotes()
		return
	}
	d.endSentence()
	d.open = false
	if !d.hasText {
		d.truncate(d.cur.start)
		d.flushNotes()
		return
	}
	d.cur.end = len(d.buf)
	if d.drop != nil && d.drop(d.cur, string(d.buf[d.cur.content:d.cur.end])) {
		d.truncate(d.cur.start)
		d.flushNotes()
		return
	}
	if d.cur.kind == NoteKind && !d.cur.noteCont {
		d.cur.content = d.cur.end - len(skipRepeatedLabel(string(d.buf[d.cur.content:d.cur.end]), d.cur.noteLabel))
		if n := len(d.ctx); n > 0 && d.ctx[n-1].note != nil {
			d.ctx[n-1].note.started = true
		}
	}
	d.blocks = append(d.blocks, d.cur)
	d.flushNotes()
}

// truncate takes the text back to offset n, and the blank line before it.
func (d *document) truncate(n int) {
	if n >= 2 && string(d.buf[n-2:n]) == "\n\n" {
		n -= 2
	}
	d.buf = d.buf[:n]
	for len(d.markerKeys) > 0 && d.markerKeys[len(d.markerKeys)-1].offset >= n {
		d.markerKeys = d.markerKeys[:len(d.markerKeys)-1]
	}
	for len(d.noteKeys) > 0 && d.noteKeys[len(d.noteKeys)-1].offset >= n {
		d.noteKeys = d.noteKeys[:len(d.noteKeys)-1]
	}
}

// flushNotes writes the notes deferred while the block that holds their
// markers was open.
func (d *document) flushNotes() {
	if d.flushing {
		return
	}
	d.flushing = true
	for len(d.deferred) > 0 {
		f := d.deferred[0]
		d.deferred = d.deferred[1:]
		f()
	}
	d.flushing = false
}

// defer_ schedules a note body to be written after the current block.
func (d *document) deferNote(f func()) {
	d.deferred = append(d.deferred, f)
	if !d.open {
		d.flushNotes()
	}
}

// write adds text to the open block (opening one if need be), folding
// runs of white space to one space as a browser shows them.
func (d *document) write(s string) {
	valid := utf8.ValidString(s)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
				if d.preserve > 0 && d.open {
					if c == '\n' {
						d.pending = '\n'
					} else if d.pending == 0 {
						d.pending = ' '
					}
				} else if d.pending == 0 {
					d.pending = ' '
				}
				i++
				continue
			}
			if c < ' ' || c == 0x7f {
				i++ // control characters carry no text
				continue
			}
		}
		if valid {
			// A run of visible characters at once: this is most of the
			// text of a book.
			j := i + 1
			for j < len(s) && (s[j] > ' ' && s[j] != 0x7f) {
				j++
			}
			d.char()
			d.buf = append(d.buf, s[i:j]...)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			i++
			continue
		}
		d.char()
		d.buf = append(d.buf, s[i:i+n]...)
		i += n
	}
}

// char prepares for a visible character: opens a block, writes the
// pending white space, starts a given sentence.
func (d *document) char() {
	if !d.open {
		d.openBlock()
	}
	if d.pending != 0 && d.hasText {
		d.buf = append(d.buf, d.pending)
	}
	d.pending = 0
	d.hasText = true
	if d.links == 0 {
		d.plain = true
	}
	if d.sentWant {
		d.sentStart, d.sentWant = len(d.buf), false
	}
}

// space adds a word break, as <br> or the end of a verse line do.
func (d *document) space() {
	if d.pending == 0 {
		d.pending = ' '
	}
}

// newline adds a line break: verse lines and <br> keep their lines in
// the extracted text, though sentences run across them.
func (d *document) newline() { d.pending = '\n' }

// marker writes a note marker where the note stands, in the form the
// plain-text reader knows: [12] for numbers, [^a] for other labels.
func (d *document) marker(label string) { d.linkedMarker(label, nil) }

// linkedMarker writes a marker for the note pushLinkedNote(…, key) opens.
func (d *document) linkedMarker(label string, key any) {
	d.char()
	if key != nil {
		d.markerKeys = append(d.markerKeys, keyAt{len(d.buf), key})
	}
	d.buf = append(d.buf, markerText(label)...)
}

// linkExplicit links the markers the markup linked to their notes, where
// linking by label went elsewhere.
func (e *Edition) linkExplicit(d *document) {
	if len(d.markerKeys) == 0 || len(d.noteKeys) == 0 {
		return
	}
	noteAt := map[int]int{} // offset of a note's first paragraph → note
	for i, n := range e.Notes {
		noteAt[int(e.Paragraphs[n.Paragraph].Start)] = i
	}
	byKey := map[any]int{}
	for _, k := range d.noteKeys {
		if i, ok := noteAt[k.offset]; ok {
			byKey[k.key] = i
		}
	}
	keyOf := map[int]any{}
	for _, k := range d.markerKeys {
		keyOf[k.offset] = k.key
	}
	for mi := range e.Markers {
		m := &e.Markers[mi]
		key, ok := keyOf[m.Start]
		if !ok {
			continue
		}
		note, ok := byKey[key]
		if !ok || note == m.Note {
			continue
		}
		if m.Note >= 0 {
			e.Notes[m.Note].Markers--
		}
		m.Note = note
		e.Notes[note].Markers++
	}
}

// markerText returns how a note label is written into extracted text.
// Numbers keep the bracketed form readers see in most editions; other
// labels take the Markdown form, which findMarkers accepts for letters.
func markerText(label string) string {
	if isDigits(label) {
		return "[" + label + "]"
	}
	return "[^" + label + "]"
}

// noteLabel makes a label findMarkers can read from a label as written
// (a number, a letter, an asterisk): digits and ASCII letters are kept,
// anything else gets the next number of a sequence of its own.
func (d *document) noteLabel(shown string) string {
	shown = strings.Trim(strings.TrimSpace(shown), "[]()")
	if shown != "" && len(shown) <= maxMarkerLabel && isLabelText(shown) {
		return shown
	}
	d.noteCount++
	return "n" + strconv.Itoa(d.noteCount)
}

func isLabelText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// beginSentence and endSentence mark a sentence given by the markup.
func (d *document) beginSentence() {
	d.endSentence()
	d.sentWant = true
}

func (d *document) endSentence() {
	d.sentWant = false
	if d.sentStart < 0 {
		return
	}
	if d.open && len(d.buf) > d.sentStart {
		d.cur.given = append(d.cur.given, span{d.sentStart, len(d.buf)})
	}
	d.sentStart = -1
}

// skipRepeatedLabel returns the text of a note without its label when
// the note repeats it ("1. The letter…" after the written "[1] ").
func skipRepeatedLabel(s, label string) string {
	t := strings.TrimPrefix(s, "[")
	if !strings.HasPrefix(t, label) {
		return s
	}
	t = strings.TrimLeft(t[len(label):], ".)]:")
	if t == "" || t[0] != ' ' && t[0] != '\n' {
		return s
	}
	if t = strings.TrimLeft(t, " \n"); t == "" {
		return s
	}
	return t
}

// finish returns the extracted text and its blocks.
func (d *document) finish() (string, []block) {
	for len(d.ctx) > 0 {
		d.pop()
	}
	d.closeBlock()
	return string(d.buf), d.blocks
}

// setMeta records a piece of metadata, first value kept.
func (d *document) setMeta(key, value string) {
	value = foldSpace(value)
	if value == "" {
		return
	}
	if _, ok := d.meta[key]; !ok {
		d.meta[key] = value
	}
}
