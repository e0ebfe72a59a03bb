package editions

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	Encoding     string // input encoding; default: detected (see Decode)
	Format       string // "text" or "markdown"; default: from the extension and content
	Presegmented bool   // one sentence per line, a blank line between paragraphs
	// KeepBoilerplate keeps the Project Gutenberg header and licence,
	// which are otherwise left out of the edition.
	KeepBoilerplate bool
}

// MaxInputSize is the largest input read, so that a wrong argument (a disk
// image, a device) fails clearly instead of filling the memory.
const MaxInputSize = 1 << 30

// Read reads and segments the edition in the file at path; "-" reads
// standard input.
func Read(path string, opts Options) (*Edition, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(os.Stdin, MaxInputSize+1))
	} else {
		data, err = readFile(path)
	}
	if err != nil {
		return nil, err
	}
	if len(data) > MaxInputSize {
		return nil, &InputError{Path: path, Offset: -1, Msg: fmt.Sprintf("larger than %d bytes", MaxInputSize)}
	}
	return Parse(path, data, opts)
}

func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		msg := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		if errors.Is(err, fs.ErrNotExist) {
			msg = "no such file"
		}
		return nil, &InputError{Path: path, Offset: -1, Msg: msg}
	}
	if info.IsDir() {
		return nil, &InputError{Path: path, Offset: -1, Msg: "is a directory, not a file"}
	}
	if !info.Mode().IsRegular() && info.Size() > MaxInputSize {
		return nil, &InputError{Path: path, Offset: -1, Msg: "not a regular file"}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &InputError{Path: path, Offset: -1, Msg: err.Error()}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxInputSize+1))
	if err != nil {
		return nil, &InputError{Path: path, Offset: -1, Msg: err.Error()}
	}
	return data, nil
}

// Parse reads and segments the edition in data, which came from the file
// called name (used for the id, the language and messages).
func Parse(name string, data []byte, opts Options) (*Edition, error) {
	text, enc, err := Decode(data, opts.Encoding)
	if err != nil {
		var ie *InputError
		if errors.As(err, &ie) {
			ie.Path = name
			return nil, ie
		}
		return nil, &InputError{Path: name, Offset: -1, Msg: err.Error()}
	}
	e := &Edition{ID: opts.ID, Path: name, Encoding: enc, Text: text}
	if e.ID == "" {
		e.ID = idFromName(name)
	}
	if err := e.setLang(opts.Lang, name); err != nil {
		return nil, err
	}
	format := opts.Format
	if format == "" {
		format = detectFormat(name, text)
	}
	switch format {
	case "text", "markdown":
	default:
		return nil, &InputError{Path: name, Offset: -1, Msg: fmt.Sprintf("unknown format %q (want text or markdown)", format)}
	}
	lo, hi := 0, len(text)
	if !opts.KeepBoilerplate {
		lo, hi = gutenbergBody(text)
	}
	r := rulesFor(e.Lang)
	if opts.Presegmented {
		e.readPresegmented(lo, hi)
	} else {
		blocks := splitParagraphs(text, lo, hi, format == "markdown")
		e.build(blocks, r)
	}
	if len(e.Sentences) == 0 {
		return nil, &InputError{Path: name, Offset: -1, Msg: "no text to read (the file holds only white space or boilerplate)"}
	}
	e.normalize()
	return e, nil
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

// setLang sets the edition's language: the flag first, then the file's
// own metadata, its name, and last the text itself.
func (e *Edition) setLang(flag, name string) error {
	if flag != "" {
		tag, err := language.Parse(flag)
		if err != nil {
			return &InputError{Path: name, Offset: -1, Msg: fmt.Sprintf("--lang %q is not a BCP 47 language tag", flag)}
		}
		e.Lang, e.LangSource = tag, "flag"
		return nil
	}
	head := e.Text
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if tag, ok := LangFromMetadata(strings.ReplaceAll(head, "\r", "\n")); ok {
		e.Lang, e.LangSource = tag, "metadata"
		return nil
	}
	if tag, ok := LangFromName(name); ok {
		e.Lang, e.LangSource = tag, "filename"
		return nil
	}
	if tag, ok := DetectLang(e.Text); ok {
		e.Lang, e.LangSource = tag, "detected"
		return nil
	}
	e.Lang, e.LangSource = language.Und, "default"
	return nil
}

// detectFormat tells Markdown-lite from plain text by the extension, then
// by the content: headings made with # or note definitions [^n]:.
func detectFormat(name, text string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return "markdown"
	}
	head := text
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
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
		s, ok := trimSpan(e.Text, ln.start, ln.end)
		if !ok {
			para = -1
			continue
		}
		if para < 0 {
			para = len(e.Paragraphs)
			e.Paragraphs = append(e.Paragraphs, Paragraph{Index: para, Kind: Text, Start: s.start, First: len(e.Sentences), Note: -1})
		}
		p := &e.Paragraphs[para]
		p.End = s.end
		e.Sentences = append(e.Sentences, Sentence{Index: len(e.Sentences), Paragraph: para, Start: s.start, End: s.end, Text: foldSpace(e.Text[s.start:s.end])})
		p.Limit = len(e.Sentences)
	}
}

// normalize fills in the comparison form of every sentence.
func (e *Edition) normalize() {
	texts := make([]string, len(e.Sentences))
	for i, s := range e.Sentences {
		texts[i] = s.Text
	}
	for i, n := range NormalizeSentences(texts, e.Lang) {
		e.Sentences[i].Norm = n
	}
}
