// Text encoded twice: UTF-8 read as windows-1252 and saved as UTF-8
// again.

package editions

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// warnEncodedTwice adds mojibakeWarning's warning on e's text, of any
// format and encoding: a page or a book's XML declared UTF-8 may hold
// text so damaged as well as a plain file.
func (e *Edition) warnEncodedTwice() {
	if w := mojibakeWarning(e.Text); w != "" {
		e.Warnings = append(e.Warnings, w)
	}
}

// mojibakeWarning says, of a text, that it looks
// encoded twice, and where: "" when it does not.
//
// A file converted to UTF-8 once too often (UTF-8 taken for windows-1252
// or Latin-1, as an editor or a database does with a file it misreads)
// is valid UTF-8 still, and nothing fails: "é" reads "Ã©", "’" reads
// "â€™", "я" reads "Ñ\u008f". The letters no longer match the other
// edition's, and a reader sees nonsense, with no word from the tool.
// Each run of non-ASCII characters is tried: written back as the
// windows-1252 bytes they would have been read from, a run that was
// encoded twice is valid UTF-8 of characters above ASCII again, while a
// run of real text is not (é alone is the byte E9, which begins a
// three-byte sequence; a letter outside windows-1252, Cyrillic or Han,
// has no byte at all). Two such runs or more, a tenth of the text's
// runs or more, and the text is said to be encoded twice: a single one
// can be a symbol beside a letter by chance ("Â«"), and a text with a
// pasted paragraph so damaged among thousands of good runs is left
// unwarned rather than a good text warned. The text is kept as it is.
func mojibakeWarning(text string) string {
	runs, twice, first := 0, 0, -1
	var firstRun, firstFixed string
	var buf []byte
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		j := i
		buf = buf[:0]
		mapped := true
		for j < len(text) && text[j] >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[j:])
			b, ok := windows1252Byte(r)
			mapped = mapped && ok
			buf = append(buf, b)
			j += size
		}
		runs++
		if mapped && utf8.Valid(buf) {
			twice++
			if first < 0 {
				first, firstRun, firstFixed = i, text[i:j], string(buf)
			}
		}
		i = j
	}
	if twice < 2 || 10*twice < runs {
		return ""
	}
	return fmt.Sprintf("the text looks encoded twice, UTF-8 read as windows-1252 and saved as UTF-8 again: %d places (the first at byte %d, %q for %q); letters so written match nothing in another edition: convert the file back (iconv -f utf-8 -t windows-1252) and read it again",
		twice, first, firstRun, firstFixed)
}

// windows1252Byte returns the windows-1252 byte that reads as r, a
// C1 control as the byte of its code (Latin-1's reading of the bytes
// windows-1252 leaves undefined, 81, 8D, 8F, 90, 9D); false for a rune
// no byte reads as.
func windows1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r < 0xA0 {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}
