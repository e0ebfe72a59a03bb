package editions

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
)

// Options say how to read an edition. The zero value reads a file with
// everything detected.
type Options struct {
	ID           string // edition id; default: the file name without its extension
	Lang         string // BCP 47 language; default: from metadata, file name or the text
	Encoding     string // input encoding of text, Markdown and HTML; default: detected (see Decode). XML formats declare their own.
	Format       string // one of Formats; default: from the extension and content
	Presegmented bool   // one sentence per line, a blank line between paragraphs
	// KeepBoilerplate keeps the Project Gutenberg header and licence,
	// and the running heads and page numbers of a text of printed pages
	// (pages.go), which are otherwise left out of the edition.
	KeepBoilerplate bool
}

// Formats are the input formats Parse reads.
var Formats = []string{"text", "markdown", "commonmark", "html", "epub", "tei", "docx"}

// MaxInputSize is the largest input read, so that a wrong argument (a disk
// image, a device) fails clearly instead of filling the memory. Chosen by
// hand (commit 45aec71), not measured.
const MaxInputSize = 1 << 30

// MaxTextBytes is the longest text an edition holds: its offsets are
// int32 (Paragraph, Sentence), so that a text of tiny paragraphs, a few
// bytes each, does not keep 8-byte fields beside them. An input within
// MaxInputSize may still decode to more (a legacy encoding's letters
// become two or three bytes of UTF-8, an EPUB or DOCX is compressed):
// such a text is refused (textTooLong), not cut.
const MaxTextBytes = math.MaxInt32

// textTooLong is the error for a text longer than MaxTextBytes, or nil.
func textTooLong(name, text string) error {
	if len(text) <= MaxTextBytes {
		return nil
	}
	return &InputError{Path: name, Offset: -1, Msg: fmt.Sprintf("its text is %d bytes once decoded, more than the %d an edition can hold (2 GiB)", len(text), MaxTextBytes)}
}

// Read reads and segments the edition in the file at path; "-" reads
// standard input.
func Read(path string, opts Options) (*Edition, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = readStdin(os.Stdin, opts)
	} else {
		data, err = readFile(path)
	}
	if err != nil {
		return nil, err
	}
	if len(data) > MaxInputSize {
		return nil, tooLarge(path)
	}
	// data was read here and nothing else holds it: its text may be
	// taken without a copy.
	return parseData(path, data, opts, true)
}

// readStdin reads r, standard input, up to MaxInputSize, but refuses
// at its head what decoding it whole would refuse for it: a binary
// stream (segment - < /dev/zero) was read to the limit, a gigabyte,
// before its first byte said what it was. The head is judged as
// decodeFor judges the whole: text formats only (a DOCX or EPUB is a
// zip, NUL bytes and all), by binaryHead.
func readStdin(r io.Reader, opts Options) ([]byte, error) {
	br := bufio.NewReaderSize(r, headBytes)
	head, _ := br.Peek(headBytes) // a shorter stream is all there is
	format := opts.Format
	if format == "" {
		format = sniffFormat("-", head)
	}
	if format == "" || format == "text" || format == "markdown" {
		if err := binaryHead(head, opts.Encoding); err != nil {
			return nil, WithPath("-", err)
		}
	}
	return io.ReadAll(io.LimitReader(br, MaxInputSize+1))
}

// tooLarge is the error for an input over MaxInputSize.
func tooLarge(path string) error {
	return &InputError{Path: path, Offset: -1, Msg: fmt.Sprintf("larger than %d GiB, the most synoptic reads", MaxInputSize>>30)}
}

func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, &InputError{Path: path, Offset: -1, Msg: FileErrText(err)}
	}
	if info.IsDir() {
		return nil, &InputError{Path: path, Offset: -1, Msg: "is a directory, not a file"}
	}
	// A device (/dev/zero, a disk) was read to the limit: 22 s and 4 GB of
	// memory for /dev/zero. Pipes and process substitutions are read.
	if info.Mode()&(fs.ModeDevice|fs.ModeCharDevice) != 0 {
		return nil, &InputError{Path: path, Offset: -1, Msg: "a device, not a file"}
	}
	if info.Mode().IsRegular() && info.Size() > MaxInputSize {
		return nil, tooLarge(path)
	}
	if !info.Mode().IsRegular() && info.Size() > MaxInputSize {
		return nil, &InputError{Path: path, Offset: -1, Msg: "not a regular file"}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, WithPath(path, err)
	}
	defer f.Close()
	// Sized from the file, as os.ReadFile does: io.ReadAll grows its
	// buffer by doubling, which on a 20 MB file copies and clears some
	// 40 MB more (about 0.2 s of the 20 MB paragraph case of
	// bench/pathological). The size is only a hint; the limit still
	// decides, and a file that grew meanwhile is read in full.
	size := min(info.Size(), MaxInputSize) + bytes.MinRead
	if !info.Mode().IsRegular() || size < bytes.MinRead {
		size = bytes.MinRead
	}
	buf := bytes.NewBuffer(make([]byte, 0, size))
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxInputSize+1)); err != nil {
		return nil, &InputError{Path: path, Offset: -1, Msg: err.Error()}
	}
	return buf.Bytes(), nil
}

// Parse reads and segments the edition in data, which came from the file
// called name (used for the id, the language and messages).
func Parse(name string, data []byte, opts Options) (*Edition, error) {
	return parseData(name, data, opts, false)
}

// parseData is Parse; owned says that the caller gives data up, which is then
// never written again, so that UTF-8 text is used in place (decodeFor).
func parseData(name string, data []byte, opts Options, owned bool) (*Edition, error) {
	format := opts.Format
	if format == "" {
		format = sniffFormat(name, data)
	}
	if err := unreadFormat(name, format); err != nil && opts.Format == "" {
		return nil, err
	}
	switch format {
	case "", "text", "markdown":
	case "html", "epub", "tei", "docx", "commonmark":
		return parseStructured(name, data, format, opts)
	case "zip":
		return nil, &InputError{Path: name, Offset: -1, Msg: "a zip archive, but neither an EPUB (no mimetype application/epub+zip) nor a DOCX (no word/document.xml)"}
	default:
		return nil, &InputError{Path: name, Offset: -1, Msg: fmt.Sprintf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))}
	}
	dec, err := decodeFor(data, opts.Encoding, langHint(opts.Lang, name), owned)
	if err != nil {
		return nil, WithPath(name, err)
	}
	text := dec.Text
	if err := textTooLong(name, text); err != nil {
		return nil, err
	}
	e := &Edition{ID: opts.ID, Path: name, Encoding: dec.Encoding, Text: text}
	if dec.Doubt != "" {
		e.Warnings = append(e.Warnings, dec.Doubt)
	}
	e.warnEncodedTwice()
	if e.ID == "" {
		e.ID = idFromName(name)
	}
	if err := e.setLang(opts.Lang, name); err != nil {
		return nil, err
	}
	if !opts.KeepBoilerplate && !opts.Presegmented {
		if paged, pages, lines := dropFurniture(text); lines > 0 {
			text, e.Text = paged, paged
			e.Warnings = append(e.Warnings, furnitureWarning(pages, lines))
		}
	}
	if format == "" {
		format = detectFormat(name, text)
	}
	bodies := [][2]int{{0, len(text)}}
	if !opts.KeepBoilerplate {
		bodies = gutenbergBodies(text)
	}
	r := rulesFor(e.Lang)
	if opts.Presegmented {
		for _, b := range bodies {
			e.readPresegmented(b[0], b[1])
		}
	} else {
		var blocks []block
		for _, b := range bodies {
			blocks = append(blocks, splitParagraphs(text, b[0], b[1], format == "markdown")...)
		}
		e.build(blocks, r)
		e.warnUncut(r, true)
	}
	if len(e.Sentences) == 0 {
		return nil, &InputError{Path: name, Offset: -1, Msg: "no text to read (the file holds only white space or boilerplate)"}
	}
	e.normalize()
	return e, nil
}

// unreadFormat returns what to do with a file in a format synoptic
// recognises but does not read (sniffFormat: PDF, Word 97-2003, RTF),
// or nil.
func unreadFormat(name, format string) error {
	switch format {
	case "pdf":
		return &InputError{Path: name, Offset: -1, Msg: "a PDF, which synoptic does not read: convert it to text first, e.g. pdftotext -enc UTF-8 " + name + " out.txt (Debian's poppler-utils); the form feeds it writes between pages are read as printed pages, their running heads and page numbers left out"}
	case "doc":
		return &InputError{Path: name, Offset: -1, Msg: "a Word 97-2003 document (.doc), which synoptic does not read: save it as DOCX or as plain text"}
	case "rtf":
		return &InputError{Path: name, Offset: -1, Msg: "an RTF document, which synoptic does not read: save it as DOCX or as plain text"}
	}
	return nil
}

// idFromName makes an edition id from a file name: the base name without
// its last extension.
func idFromName(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	base := filepath.Base(name)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// UniqueIDs gives editions that share an id ids of their own, so that
// --editions, --base and the pins of an alignment's JSON, which name
// editions by id, tell them apart: their whole file names when those
// differ (test0.de and test0.fr, Text+Berg's names, are editions
// test0.de and test0.fr), else, for a later one, the id with -2, -3 …
// appended, the first number free (a/x.txt and b/x.txt are x and x-2).
// It returns what to tell the user: a line per edition numbered.
func UniqueIDs(eds []*Edition) []string {
	count := map[string]int{}
	for _, e := range eds {
		count[e.ID]++
	}
	taken := map[string]int{} // id → the first edition that has it
	names := map[string]int{} // file name → editions sharing an id that have it
	for k, e := range eds {
		if count[e.ID] == 1 {
			taken[e.ID] = k
		} else {
			names[filepath.Base(e.Path)]++
		}
	}
	for k, e := range eds {
		if name := filepath.Base(e.Path); count[e.ID] > 1 && names[name] == 1 && e.Path != "-" && e.Path != "" {
			if _, ok := taken[name]; !ok && count[name] == 0 {
				e.ID = name
				taken[name] = k
			}
		}
	}
	var notes []string
	for k, e := range eds {
		first, ok := taken[e.ID]
		if !ok {
			taken[e.ID] = k
			continue
		}
		if first == k {
			continue
		}
		id := e.ID
		for n := 2; ; n++ {
			if _, ok := taken[fmt.Sprintf("%s-%d", id, n)]; !ok {
				id = fmt.Sprintf("%s-%d", id, n)
				break
			}
		}
		taken[id] = k
		notes = append(notes, fmt.Sprintf("%s is edition %s (%s is %s)", e.Path, id, e.ID, eds[first].Path))
		e.ID = id
	}
	return notes
}

// langHint is the language a file is known to be in before it is
// decoded, for choosing its encoding: the flag's, else its name's.
func langHint(flag, name string) string {
	if flag != "" {
		return flag
	}
	if tag, ok := LangFromName(name); ok {
		return tag.String()
	}
	return ""
}

// setLang sets the edition's language: the flag first, then the file's
// own metadata, its name, and last the text itself.
func (e *Edition) setLang(flag, name string) error {
	if flag != "" {
		tag, err := language.Parse(flag)
		if err != nil {
			return &InputError{Path: name, Offset: -1, Msg: fmt.Sprintf("--lang %q is not a BCP 47 language tag", flag)}
		}
		e.Lang, e.LangSource = tag, "flag"
		if w := flagDoubt(tag, e.Text); w != "" {
			e.Warnings = append(e.Warnings, w)
		}
		return nil
	}
	if tag, ok := LangFromMetadata(strings.ReplaceAll(headOf(e.Text), "\r", "\n")); ok {
		e.Lang, e.LangSource = tag, "metadata"
		return nil
	}
	if tag, ok := LangFromName(name); ok {
		if scriptAbsent(tag, headOf(e.Text)) {
			e.Warnings = append(e.Warnings, fmt.Sprintf("the file's name says the language is %s, but its text has no letter of that language's script: the language is read from the text (give --lang to choose)", tag))
		} else {
			e.Lang, e.LangSource = tag, "filename"
			return nil
		}
	}
	if tag, ok := DetectLang(e.Text); ok {
		e.Lang, e.LangSource = tag, "detected"
		return nil
	}
	e.Lang, e.LangSource = language.Und, "default"
	return nil
}

// sniffFormat recognises the structured formats by the file's extension,
// then by its first bytes; "" means text, to be told from Markdown-lite
// once decoded (see detectFormat).
func sniffFormat(name string, data []byte) string {
	head := data[:min(len(data), 4096)]
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".xht":
		return "html"
	case ".epub":
		return "epub"
	case ".docx":
		return "docx"
	case ".tei":
		return "tei"
	case ".xml":
		if isHTMLHead(head) && !bytes.Contains(head, []byte("<TEI")) {
			return "html"
		}
		return "tei"
	case ".md", ".markdown", ".mdown", ".mkd":
		if looksCommonMark(head) {
			return "commonmark"
		}
		return "markdown"
	}
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		return "doc" // OLE2, Word 97–2003's container
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return "rtf"
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		switch {
		// EPUB's Open Container Format puts first an uncompressed entry
		// "mimetype": its name after the 30 bytes of the zip local file
		// header, its contents after the name.
		case len(data) > 58 && string(data[30:58]) == "mimetypeapplication/epub+zip":
			return "epub"
		case bytes.Contains(data, []byte("word/document.xml")):
			return "docx"
		case bytes.Contains(data, []byte("META-INF/container.xml")):
			return "epub"
		}
		return "zip"
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, bomUTF8), " \t\r\n")
	if len(t) == 0 || t[0] != '<' {
		return ""
	}
	if bytes.Contains(head, []byte("<TEI")) || bytes.Contains(head, []byte("<teiCorpus")) {
		return "tei"
	}
	if isHTMLHead(t) {
		return "html"
	}
	return ""
}

// isHTMLHead reports the opening of an HTML page: a doctype or an <html>
// element, after an XML declaration and comments if any.
func isHTMLHead(head []byte) bool {
	l := bytes.ToLower(head)
	return bytes.Contains(l, []byte("<!doctype html")) || bytes.Contains(l, []byte("<html"))
}

// headBytes is how much of the top of a text is looked at for what
// stands there in a file that has it: a Project Gutenberg header, a
// language in metadata lines, Markdown headings. Chosen by hand
// (commits 45aec71, 956d796, d562cdd), not measured; it was written in
// each of the three places.
const headBytes = 64 << 10

// headOf returns the first headBytes of text (cut inside a character,
// which none of its readers mind).
func headOf(text string) string { return text[:min(len(text), headBytes)] }

// detectFormat tells Markdown-lite from plain text by the extension, then
// by the content: headings made with # or note definitions [^n]:.
func detectFormat(name, text string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return "markdown"
	}
	head := headOf(text)
	if strings.HasPrefix(head, "# ") || strings.Contains(head, "\n# ") || strings.Contains(head, "\n## ") || strings.Contains(head, "\n[^") {
		return "markdown"
	}
	return "text"
}

// readPresegmented takes text[lo:hi] as one sentence per line, a blank line
// between paragraphs.
func (e *Edition) readPresegmented(lo, hi int) {
	para := -1
	for _, ln := range splitLines(e.Text, lo, hi) {
		s, ok := trimSpan(e.Text, int(ln.start), int(ln.end))
		if !ok {
			para = -1
			continue
		}
		if para < 0 {
			para = len(e.Paragraphs)
			e.Paragraphs = append(e.Paragraphs, Paragraph{Index: int32(para), Kind: Text, Start: int32(s.start), First: int32(len(e.Sentences)), Note: -1})
		}
		p := &e.Paragraphs[para]
		p.End = int32(s.end)
		e.Sentences = append(e.Sentences, Sentence{Index: int32(len(e.Sentences)), Paragraph: int32(para), Start: int32(s.start), End: int32(s.end), Text: foldSpace(e.Text[s.start:s.end])})
		p.Limit = int32(len(e.Sentences))
	}
}

// normalize fills in the comparison form of every sentence, from its
// text as matchFold folds it: where a line broke a word at a hyphen,
// Text has joined the two lines (foldSpace) and the comparison form
// reads them apart, so that joinHyphens sees where the line ended.
func (e *Edition) normalize() {
	texts := make([]string, len(e.Sentences))
	for i, s := range e.Sentences {
		texts[i] = s.Text
		if strings.ContainsAny(s.Text, lineHyphens) {
			texts[i] = matchFold(e.Text[s.Start:s.End])
		}
	}
	for i, n := range NormalizeSentences(texts, e.Lang) {
		e.Sentences[i].Norm = n
	}
}

// parseStructured reads an edition in one of the structured formats:
// its reader extracts the text and its blocks, which are then segmented
// as those of plain text are.
func parseStructured(name string, data []byte, format string, opts Options) (*Edition, error) {
	var (
		d   *document
		enc = "utf-8"
		err error
	)
	switch format {
	case "html":
		var text string
		if text, enc, err = decodeHTML(name, data, opts.Encoding); err == nil {
			d, err = readHTML(name, text)
		}
	case "commonmark":
		var text string
		if text, enc, err = Decode(data, opts.Encoding); err == nil {
			d = readCommonMark(text)
		} else {
			err = WithPath(name, err)
		}
	case "epub":
		d, err = readEPUB(name, data)
	case "tei":
		d, enc, err = readTEI(name, data)
	case "docx":
		d, err = readDOCX(name, data)
	}
	if err != nil {
		return nil, err
	}
	text, blocks := d.finish()
	if err := textTooLong(name, text); err != nil {
		return nil, err
	}
	if format == "html" {
		plainHTMLNotes(text, blocks)
	}
	e := &Edition{ID: opts.ID, Path: name, Encoding: enc, Text: text, Title: d.title}
	e.warnEncodedTwice()
	if len(d.meta) > 0 {
		e.Meta = d.meta
	}
	if e.ID == "" {
		e.ID = idFromName(name)
	}
	if tag, err := language.Parse(d.lang); opts.Lang == "" && d.lang != "" && err == nil && tag != language.Und {
		e.Lang, e.LangSource = tag, "metadata"
	} else if err := e.setLang(opts.Lang, name); err != nil {
		return nil, err
	}
	if !opts.KeepBoilerplate {
		// Project Gutenberg's HTML and EPUB books carry the same header
		// and licence as its text files.
		if bodies := gutenbergBodies(text); bodies[0] != [2]int{0, len(text)} {
			kept := blocks[:0]
			for _, b := range blocks {
				for _, body := range bodies {
					if b.start >= body[0] && b.end <= body[1] {
						kept = append(kept, b)
						break
					}
				}
			}
			blocks = kept
		}
	}
	if opts.Presegmented {
		e.readPresegmented(0, len(text))
	} else {
		r := rulesFor(e.Lang)
		e.build(blocks, r)
		e.linkExplicit(d)
		e.warnUncut(r, false)
	}
	if len(e.Sentences) == 0 {
		return nil, &InputError{Path: name, Offset: -1, Msg: fmt.Sprintf("no text to read (the %s file holds no paragraph of text)", strings.ToUpper(format))}
	}
	e.normalize()
	return e, nil
}
