package output

// Exchange formats: what other tools read. Each writer takes the rows as
// the aligner made them and writes every sentence of every edition once,
// in reading order, so that nothing is lost or repeated on the way to a
// translation memory, a corpus or an edition. Writers use only what the
// native JSON keeps (sentence texts, offsets and paragraph indices, row
// kinds, scores, peers and word diffs), so that converting a saved JSON
// gives the same bytes as writing the alignment directly.

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// Version is the synoptic version written into exchange files that name
// the tool that made them (TMX's creationtoolversion). The command sets it.
var Version = "dev"

// FormatForPath returns the output format for a file name by its
// extension, ignoring case: .json, .tsv, .tmx, .tei and .tei.xml, .xces
// and .ces (cesAlign), .beads, .ladder, .moses, .html and .htm, .txt
// (the side-by-side text). A bare .xml is not decided: TEI and XCES are
// both XML, and the caller should ask for --format rather than guess.
func FormatForPath(path string) (string, bool) {
	name := strings.ToLower(filepath.Base(path))
	for _, m := range extensions {
		if strings.HasSuffix(name, m.ext) && len(name) > len(m.ext) {
			return m.format, true
		}
	}
	return "", false
}

// extensions are the file extensions of the output formats, each
// format's first being the one Extension gives.
var extensions = []struct{ ext, format string }{
	{".tei.xml", "tei"},
	{".xces", "xces"},
	{".xces.xml", "xces"},
	{".ces.xml", "xces"},
	{".json", "json"},
	{".tsv", "tsv"},
	{".tmx", "tmx"},
	{".tei", "tei"},
	{".ces", "xces"},
	{".beads", "beads"},
	{".ladder", "ladder"},
	{".moses", "moses"},
	{".html", "html"},
	{".htm", "html"},
	{".txt", "text"},
}

// Extension returns the file extension of format (".tei.xml" for tei,
// ".xces" for xces), the one FormatForPath reads as it, or "" for an
// unknown format.
func Extension(format string) string {
	for _, m := range extensions {
		if m.format == format {
			return m.ext
		}
	}
	return ""
}

// round4 rounds to four decimals, as the JSON outputs keep scores,
// shares and confidences: so that output is stable across platforms, and
// every format shows the same score whether written directly or
// converted from a saved JSON.
func Round4(s float64) float64 {
	return math.Round(s*1e4) / 1e4
}

// formatScore writes a rounded score in the shortest form: "1", "0.4",
// "0.9123".
func formatScore(s float64) string {
	return strconv.FormatFloat(Round4(s), 'f', -1, 64)
}

// PairsTwo says whether format pairs exactly two editions (beads,
// ladder, xces), so that a command can refuse more before aligning them.
func PairsTwo(format string) bool {
	return format == "beads" || format == "ladder" || format == "xces"
}

// needTwo reports an error for formats that pair exactly two editions.
func needTwo(a *align.Alignment, format string) error {
	if len(a.Editions) != 2 {
		return fmt.Errorf("the %s format pairs two editions; this alignment has %d", format, len(a.Editions))
	}
	return nil
}

// langOf is the BCP 47 tag of an edition, "und" when unknown.
func langOf(ed *editions.Edition) string {
	return ed.Lang.String()
}

// xmlIDs returns, for each edition, a prefix for XML ids: the edition id
// made into an XML name (ids such as "1984.en" may not start with a
// digit), and made unique.
func xmlIDs(a *align.Alignment) []string {
	ids := make([]string, len(a.Editions))
	seen := map[string]bool{}
	for e, ed := range a.Editions {
		id := xmlName(ed.ID)
		if id == "" {
			id = fmt.Sprintf("e%d", e+1)
		}
		for base, n := id, 2; seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		seen[id] = true
		ids[e] = id
	}
	return ids
}

// xmlName replaces what may not stand in an XML NCName with "_", and puts
// "e" before a first character that may not start one.
func xmlName(s string) string {
	var sb strings.Builder
	for i, r := range s {
		ok := r == '_' || unicode.IsLetter(r)
		if i > 0 {
			ok = ok || r == '-' || r == '.' || unicode.IsDigit(r)
		}
		if i == 0 && !ok && (r == '-' || r == '.' || unicode.IsDigit(r)) {
			sb.WriteByte('e')
			ok = true
		}
		if ok {
			sb.WriteRune(r)
		} else {
			sb.WriteByte('_')
		}
	}
	return sb.String()
}

// sentenceID is the id of a sentence in the XML formats: the edition's
// prefix and the sentence's number counted from 1, as corpora count them.
func sentenceID(prefix string, s int) string {
	return prefix + ".s" + sentenceNumber(s)
}

// sentenceNumber is a sentence index counted from 1.
func sentenceNumber(s int) string {
	return strconv.Itoa(s + 1)
}

// xmlWriter writes XML by hand, so that the layout is fixed and readable,
// with every piece of text and every attribute value escaped by
// encoding/xml (which also replaces characters XML may not hold).
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func newXMLWriter(w io.Writer) *xmlWriter {
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(xml.Header)
	return x
}

// raw writes markup as it stands.
func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// text writes character data, escaped.
func (x *xmlWriter) text(s string) {
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(s))
	}
}

// start writes an opening tag with attributes given as name, value pairs;
// empty makes it an empty element.
func (x *xmlWriter) start(name string, empty bool, attrs ...string) {
	x.raw("<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.raw(" " + attrs[i] + `="`)
		x.text(attrs[i+1])
		x.raw(`"`)
	}
	if empty {
		x.raw("/>")
	} else {
		x.raw(">")
	}
}

// element writes <name attrs>text</name>.
func (x *xmlWriter) element(name, text string, attrs ...string) {
	x.start(name, false, attrs...)
	x.text(text)
	x.raw("</" + name + ">")
}

func (x *xmlWriter) flush() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

// oneText reports an alignment of versions of one text: two editions
// compared as versions (their rows are equal, changed or moved), or more
// editions all in one language.
func oneText(a *align.Alignment) bool {
	if len(a.Editions) > 2 {
		for _, ed := range a.Editions[1:] {
			if !editions.SameLanguage(a.Editions[0].Lang, ed.Lang) {
				return false
			}
		}
		return true
	}
	return a.OfVersions()
}
