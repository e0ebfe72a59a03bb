package editions

// Decoding: from the bytes of an input file to UTF-8 text, with the
// encoding named or detected (UTF-8, UTF-16 by its byte-order mark, else
// a legacy charset, see legacy.go).

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	xunicode "golang.org/x/text/encoding/unicode"
)

// Decode turns the bytes of an input file into UTF-8 text and says which
// encoding it read them as.
//
// encoding names the input's encoding (case-insensitive, with the usual
// aliases: see acceptedEncodings); "" means detect it. Detection takes a
// byte-order mark at its word, then valid UTF-8, and only then guesses
// among the legacy single-byte encodings, by how plausible each decoding
// looks. Nothing but a leading byte-order mark is removed: line endings
// and every other character come through as they are, so that offsets
// into the text mean something to the user.
//
// The errors are *InputError values with Path left empty for the caller
// to fill in: an unknown encoding name, an empty file, a binary file (a
// NUL byte), and text that is neither UTF-8 nor plausibly one of the
// legacy encodings.
func Decode(data []byte, encoding string) (text string, used string, err error) {
	if encoding != "" {
		name, ok := encodingAliases[normalizeEncodingName(encoding)]
		if !ok {
			return "", "", &InputError{Offset: -1, Msg: fmt.Sprintf(
				"unknown encoding %q; accepted: %s", encoding, acceptedEncodings)}
		}
		return decodeNamed(data, name)
	}

	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return decodeNamed(data, "utf-8")
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeNamed(data, "utf-16le")
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeNamed(data, "utf-16be")
	}
	if err := checkNUL(data); err != nil {
		return "", "", err
	}
	if utf8.Valid(data) {
		return rejectEmpty(string(data), "utf-8")
	}

	bad, multi, invalid := scanUTF8(data, 0)
	// A file that is mostly well-formed UTF-8 with a few broken bytes is
	// damaged UTF-8, not a legacy encoding: decoding it as one would turn
	// every correct accented letter into two wrong ones. Legacy Cyrillic
	// text can contain byte runs that happen to be valid UTF-8 (in CP866
	// "так" is one), but far fewer than it has invalid bytes, so the
	// comparison is of counts rather than "any valid sequence at all".
	if multi > 0 && 2*multi >= invalid {
		return "", "", invalidUTF8(data, bad, "")
	}
	if cs := detectLegacy(data); cs != nil {
		return rejectEmpty(cs.decode(data), cs.name)
	}
	return "", "", invalidUTF8(data, bad,
		"; if the file is in a legacy encoding, name it with --encoding (one of "+acceptedEncodings+")")
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// acceptedEncodings is what an unknown --encoding is answered with.
const acceptedEncodings = "utf-8, utf-16le, utf-16be, windows-1252 (cp1252), iso-8859-1 (latin1), " +
	"iso-8859-15 (latin9), windows-1251 (cp1251), koi8-r, cp866 (ibm866)"

// encodingAliases maps names, as normalizeEncodingName leaves them, to the
// canonical name Decode reports.
var encodingAliases = map[string]string{
	"utf8":        "utf-8",
	"utf16le":     "utf-16le",
	"utf16be":     "utf-16be",
	"windows1252": "windows-1252",
	"cp1252":      "windows-1252",
	"win1252":     "windows-1252",
	"iso88591":    "iso-8859-1",
	"latin1":      "iso-8859-1",
	"l1":          "iso-8859-1",
	"iso885915":   "iso-8859-15",
	"latin9":      "iso-8859-15",
	"l9":          "iso-8859-15",
	"windows1251": "windows-1251",
	"cp1251":      "windows-1251",
	"win1251":     "windows-1251",
	"koi8r":       "koi8-r",
	"koi8":        "koi8-r",
	"cp866":       "cp866",
	"ibm866":      "cp866",
}

// normalizeEncodingName lowercases name and drops the separators people
// put in encoding names in different places ("ISO_8859-1", "utf8").
func normalizeEncodingName(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(name)) {
		if r != '-' && r != '_' && r != ' ' && r != '.' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// decodeNamed decodes data in the encoding the user named (or a
// byte-order mark announced). Naming an encoding is trusted: no
// plausibility check, only the checks that make the text unusable.
func decodeNamed(data []byte, name string) (string, string, error) {
	switch name {
	case "utf-8":
		start := 0
		if bytes.HasPrefix(data, bomUTF8) {
			start = len(bomUTF8)
		}
		if err := checkNUL(data); err != nil {
			return "", "", err
		}
		if !utf8.Valid(data[start:]) {
			bad, _, _ := scanUTF8(data, start)
			return "", "", invalidUTF8(data, bad, "")
		}
		return rejectEmpty(string(data[start:]), name)
	case "utf-16le", "utf-16be":
		order, bom := xunicode.LittleEndian, bomUTF16LE
		if name == "utf-16be" {
			order, bom = xunicode.BigEndian, bomUTF16BE
		}
		body := bytes.TrimPrefix(data, bom)
		// Unpaired surrogates and an odd trailing byte become U+FFFD:
		// the text stays usable and the damage visible.
		out, err := xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(body)
		if err != nil {
			return "", "", &InputError{Offset: -1, Msg: "invalid UTF-16: " + err.Error()}
		}
		return rejectEmpty(string(out), name)
	}
	if err := checkNUL(data); err != nil {
		return "", "", err
	}
	for i := range legacyCharsets {
		if cs := &legacyCharsets[i]; cs.name == name {
			if off := cs.firstUndefined(data); off >= 0 {
				return "", "", &InputError{Offset: off, Line: LineStarts(data).Line(off), Msg: fmt.Sprintf(
					"byte 0x%02X has no meaning in %s", data[off], name)}
			}
			return rejectEmpty(cs.decode(data), name)
		}
	}
	panic("editions: encoding alias without decoder: " + name)
}

// rejectEmpty rejects text with nothing in it but white space.
func rejectEmpty(text, used string) (string, string, error) {
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return "", "", &InputError{Offset: -1, Msg: "empty file"}
	}
	return text, used, nil
}

func checkNUL(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &InputError{Offset: i, Line: LineStarts(data).Line(i), Msg: "binary file (NUL byte)"}
	}
	return nil
}

func invalidUTF8(data []byte, off int, hint string) error {
	return &InputError{Offset: off, Line: LineStarts(data).Line(off), Msg: fmt.Sprintf(
		"invalid UTF-8 (byte 0x%02X)%s", data[off], hint)}
}

// scanUTF8 reads data from start as UTF-8 and returns the offset of the
// first invalid byte (-1 if none), the number of well-formed multi-byte
// sequences and the number of invalid bytes.
func scanUTF8(data []byte, start int) (firstBad, multi, invalid int) {
	firstBad = -1
	for i := start; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if firstBad < 0 {
				firstBad = i
			}
			invalid++
		} else {
			multi++
		}
		i += n
	}
	return firstBad, multi, invalid
}
