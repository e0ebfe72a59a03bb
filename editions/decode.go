package editions

// Decoding: from the bytes of an input file to UTF-8 text, with the
// encoding named or detected (UTF-8, UTF-16 by its byte-order mark, else
// a legacy encoding, see charsets.go).

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Decode turns the bytes of an input file into UTF-8 text and says which
// encoding it read them as; DecodeFor does the same knowing the text's
// language, and says when the encoding was a guess it is unsure of.
func Decode(data []byte, encoding string) (text string, used string, err error) {
	d, err := DecodeFor(data, encoding, "")
	return d.Text, d.Encoding, err
}

// Decoded is what DecodeFor made of a file's bytes.
type Decoded struct {
	Text     string
	Encoding string // the canonical name, e.g. "utf-8", "iso-8859-2", "shift_jis"
	// Doubt, when not empty, says what is doubtful about the reading, a
	// sentence for the user: the encoding guessed among readings almost
	// as good as one another, or UTF-16 whose damage reads as U+FFFD
	// (utf16Damage).
	Doubt string
}

// DecodeFor turns the bytes of an input file into UTF-8 text.
//
// encoding names the input's encoding (case-insensitive, any name or
// alias of the IANA registry or the WHATWG Encoding Standard that
// golang.org/x/text has a decoder for; see acceptedEncodings); "" means
// detect it. Detection takes a byte-order mark at its word, then
// ISO-2022-JP by its escape sequences, then valid UTF-8, and only then
// guesses among the legacy encodings (charsets.go), by how plausible
// each reading looks — in lang's alphabet when lang (a BCP 47 tag) is
// given, so that a Hungarian text is read as ISO-8859-2, not as
// windows-1252. Nothing but a leading byte-order mark is removed: line
// endings and every other character come through as they are, so that
// offsets into the text mean something to the user.
//
// The errors are *InputError values with Path left empty for the caller
// to fill in: an unknown encoding name, a byte-order mark that
// contradicts the named encoding, an empty file, a binary file (a NUL
// byte; UTF-16 without a byte-order mark is named as such), and text
// that is neither UTF-8 nor plausibly one of the legacy encodings.
func DecodeFor(data []byte, encoding, lang string) (Decoded, error) {
	return decodeFor(data, encoding, lang, false)
}

// decodeFor is DecodeFor. owned says that the caller gives data up and
// never writes it again: valid UTF-8, most files, then becomes the text
// without the copy string(data) makes (on the 20 MB paragraph case of
// bench/pathological, 20 MB less and some 0.15 s of processor).
func decodeFor(data []byte, encoding, lang string, owned bool) (Decoded, error) {
	if encoding != "" {
		name, ok := canonicalEncoding(encoding)
		if !ok {
			return Decoded{}, &InputError{Offset: -1, Msg: fmt.Sprintf(
				"unknown encoding %q; accepted: %s", encoding, acceptedEncodings)}
		}
		if bom := bomName(data); bom != "" && bom != name && !(name == "utf-16" && strings.HasPrefix(bom, "utf-16")) {
			return Decoded{}, &InputError{Offset: 0, Line: 1, Msg: fmt.Sprintf(
				"the file starts with a %s byte-order mark, but --encoding says %s: leave --encoding out, or check the file", strings.ToUpper(bom), name)}
		}
		text, used, err := decodeNamed(data, name)
		return Decoded{Text: text, Encoding: used, Doubt: utf16Damage(data, used)}, err
	}

	if bom := bomName(data); bom != "" {
		text, used, err := decodeNamed(data, bom)
		return Decoded{Text: text, Encoding: used, Doubt: utf16Damage(data, used)}, err
	}
	if err := checkNUL(data); err != nil {
		return Decoded{}, err
	}
	if looksISO2022JP(data) {
		if text, err := iso2022JP.decode(data); err == nil {
			text, used, err := rejectEmpty(text, iso2022JP.name)
			return Decoded{Text: text, Encoding: used}, err
		}
	}
	if utf8.Valid(data) {
		// The copy is made only when data is not given up: made and
		// then replaced, it was 20 MB of garbage on a 20 MB file.
		var text string
		if owned {
			text = unsafe.String(unsafe.SliceData(data), len(data))
		} else {
			text = string(data)
		}
		text, used, err := rejectEmpty(text, "utf-8")
		return Decoded{Text: text, Encoding: used}, err
	}

	bad, multi, invalid := scanUTF8(data, 0)
	// A file that is mostly well-formed UTF-8 with a few broken bytes is
	// damaged UTF-8, not a legacy encoding: decoding it as one would turn
	// every correct accented letter into two wrong ones. Legacy Cyrillic
	// text can contain byte runs that happen to be valid UTF-8 (in CP866
	// "так" is one), but far fewer than it has invalid bytes, so the
	// comparison is of counts rather than "any valid sequence at all":
	// half as many valid sequences as invalid bytes, chosen by hand with
	// the first decoder (commit dc81f15), not measured.
	if multi > 0 && 2*multi >= invalid {
		return Decoded{}, invalidUTF8(data, bad, "")
	}
	if r, doubt := detectLegacy(data, langBase(lang)); r != nil {
		text, err := r.decode(data)
		if err != nil {
			return Decoded{}, err
		}
		text, used, err := rejectEmpty(text, r.name)
		return Decoded{Text: text, Encoding: used, Doubt: doubt}, err
	}
	return Decoded{}, invalidUTF8(data, bad,
		"; if the file is in a legacy encoding, name it with --encoding (e.g. "+commonEncodings+")")
}

// bomName returns the encoding a leading byte-order mark announces, or "".
func bomName(data []byte) string {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return "utf-8"
	case bytes.HasPrefix(data, bomUTF16LE):
		return "utf-16le"
	case bytes.HasPrefix(data, bomUTF16BE):
		return "utf-16be"
	}
	return ""
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// commonEncodings are the encodings an error message suggests.
const commonEncodings = "windows-1252, iso-8859-2, windows-1251, koi8-r, shift_jis, gb18030, big5, euc-kr, utf-16le"

// acceptedEncodings is what an unknown --encoding is answered with.
const acceptedEncodings = "utf-8, utf-16le, utf-16be, utf-16 (by its byte-order mark), " +
	"iso-8859-1 (latin1) to iso-8859-16, windows-1250 to windows-1258 (cp1250 …), windows-874, " +
	"koi8-r, koi8-u, cp866 (ibm866), macintosh (mac roman), ibm437, ibm850 and the other IBM code pages, " +
	"shift_jis, euc-jp, iso-2022-jp, gb18030, gbk (gb2312), big5, euc-kr, " +
	"and their aliases in the IANA registry and the WHATWG Encoding Standard"

// encodingAliases maps names, as normalizeEncodingName leaves them, to the
// canonical name Decode reports, where synoptic's name differs from the
// registries' (htmlindex reads latin1 as windows-1252, as browsers do; a
// user who names latin1 means it).
var encodingAliases = map[string]string{
	"utf8":        "utf-8",
	"utf16le":     "utf-16le",
	"utf16be":     "utf-16be",
	"utf16":       "utf-16",
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
	"macroman":    "macintosh",
	"mac":         "macintosh",
	"sjis":        "shift_jis",
	"cp932":       "shift_jis",
	"eucjp":       "euc-jp",
	"euckr":       "euc-kr",
	"cp949":       "euc-kr",
	"gb2312":      "gbk",
	"cp936":       "gbk",
}

// canonicalEncoding returns the name Decode reports for an encoding the
// user named, and whether there is a decoder for it: synoptic's own
// aliases first, then the WHATWG Encoding Standard's labels, then the
// IANA registry's names.
func canonicalEncoding(name string) (string, bool) {
	if n, ok := encodingAliases[normalizeEncodingName(name)]; ok {
		return n, true
	}
	if e, err := htmlindex.Get(name); err == nil {
		if n, err := htmlindex.Name(e); err == nil {
			return n, true
		}
	}
	if e, err := ianaindex.IANA.Encoding(name); err == nil && e != nil {
		if n, err := ianaindex.IANA.Name(e); err == nil {
			return strings.ToLower(n), true
		}
	}
	return "", false
}

// namedEncoding returns the decoder of a canonical name.
func namedEncoding(name string) encoding.Encoding {
	if e, err := htmlindex.Get(name); err == nil {
		return e
	}
	e, _ := ianaindex.IANA.Encoding(name)
	return e
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
	case "utf-16":
		if bom := bomName(data); strings.HasPrefix(bom, "utf-16") {
			return decodeNamed(data, bom)
		}
		return "", "", &InputError{Offset: -1, Msg: "utf-16 without a byte-order mark: name its byte order, --encoding utf-16le (Windows' usual) or utf-16be"}
	case "utf-16le", "utf-16be":
		order, bom := xunicode.LittleEndian, bomUTF16LE
		if name == "utf-16be" {
			order, bom = xunicode.BigEndian, bomUTF16BE
		}
		body := bytes.TrimPrefix(data, bom)
		if notUTF16(body) {
			return "", "", &InputError{Offset: -1, Msg: fmt.Sprintf(
				"--encoding says %s, but the file has no NUL byte and is valid UTF-8, as text in UTF-16 never is (its line breaks and Latin letters have a zero byte): it would read as nonsense; leave --encoding out, or check the file", name)}
		}
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
			return decodeSingleByte(data, cs)
		}
	}
	e := namedEncoding(name)
	if cm, ok := e.(*charmap.Charmap); ok {
		cs := newLegacyCharset(name, cm, unicode.Latin) // the script matters only to detection
		return decodeSingleByte(data, &cs)
	}
	if e == nil {
		return "", "", &InputError{Offset: -1, Msg: fmt.Sprintf("no decoder for %s", name)}
	}
	c := cjkCharset{name: name, enc: e}
	text, err := c.decode(data)
	if err != nil {
		return "", "", err
	}
	return rejectEmpty(text, name)
}

// utf16Damage says where data, read as UTF-16 in the byte order of
// encoding (after its byte-order mark, if it has one), is not UTF-16: a
// surrogate unpaired, a last byte alone (a file cut short). The decoder
// reads each as U+FFFD, so that the rest stays usable; this says so, as
// a warning, where malformed UTF-8 is refused with its byte offset. ""
// when encoding is not UTF-16 or nothing is damaged.
func utf16Damage(data []byte, encoding string) string {
	if encoding != "utf-16le" && encoding != "utf-16be" {
		return ""
	}
	start := 0
	if strings.HasPrefix(bomName(data), "utf-16") {
		start = 2
	}
	unit := func(i int) uint16 {
		if encoding == "utf-16be" {
			return uint16(data[i])<<8 | uint16(data[i+1])
		}
		return uint16(data[i+1])<<8 | uint16(data[i])
	}
	unpaired, first := 0, -1
	for i := start; i+1 < len(data); i += 2 {
		u := unit(i)
		if u < 0xD800 || u >= 0xE000 {
			continue
		}
		if u < 0xDC00 && i+3 < len(data) {
			if v := unit(i + 2); v >= 0xDC00 && v < 0xE000 {
				i += 2 // a pair
				continue
			}
		}
		unpaired++
		if first < 0 {
			first = i
		}
	}
	alone := (len(data)-start)%2 == 1
	if alone && first < 0 {
		first = len(data) - 1
	}
	var what []string
	switch {
	case unpaired == 1:
		what = append(what, "1 surrogate unpaired")
	case unpaired > 1:
		what = append(what, fmt.Sprintf("%d surrogates unpaired", unpaired))
	}
	if alone {
		what = append(what, "a last byte alone, as in a file cut short")
	}
	if len(what) == 0 {
		return ""
	}
	return fmt.Sprintf("damaged %s: %s (the first at byte %d), each shown as �", encoding, strings.Join(what, " and "), first)
}

// notUTF16 reports whether body, said to be UTF-16, is plainly not: no
// NUL byte, valid UTF-8, and minUTF16Check bytes or more. Text in UTF-16
// has a zero byte in every line break, space and Latin letter; one with
// none is of characters whose both bytes are non-zero only (Han, say,
// U+4E00 on), and valid UTF-8 as well only if every one of them has both
// bytes under 0x80 (中 is 2D 4E, "-N"), about one character in two: a
// chance of 2⁻³² for the 32 characters of minUTF16Check bytes.
func notUTF16(body []byte) bool {
	return len(body) >= minUTF16Check && bytes.IndexByte(body, 0) < 0 && utf8.Valid(body)
}

// minUTF16Check is the fewest bytes notUTF16 judges: see there.
const minUTF16Check = 64

func decodeSingleByte(data []byte, cs *legacyCharset) (string, string, error) {
	if off := cs.firstUndefined(data); off >= 0 {
		return "", "", &InputError{Offset: off, Line: LineStarts(data).Line(off), Msg: fmt.Sprintf(
			"byte 0x%02X has no meaning in %s", data[off], cs.name)}
	}
	return rejectEmpty(cs.decode(data), cs.name)
}

// rejectEmpty rejects text with nothing in it but white space.
func rejectEmpty(text, used string) (string, string, error) {
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return "", "", &InputError{Offset: -1, Msg: "empty file"}
	}
	return text, used, nil
}

// binaryHead is the error decodeFor gives for a binary file, NUL bytes
// and no byte-order mark or named UTF-16 that make them text, as judged
// from head, the start of the input; nil if head does not show it.
func binaryHead(head []byte, encoding string) error {
	enc, _ := canonicalEncoding(encoding)
	if bomName(head) != "" || strings.HasPrefix(enc, "utf-16") {
		return nil
	}
	return checkNUL(head)
}

func checkNUL(data []byte) error {
	i := bytes.IndexByte(data, 0)
	if i < 0 {
		return nil
	}
	if order := utf16Order(data); order != "" {
		return &InputError{Offset: i, Line: 1, Msg: fmt.Sprintf(
			"NUL bytes between the letters: UTF-16 without a byte-order mark? name it with --encoding %s", order)}
	}
	return &InputError{Offset: i, Line: LineStarts(data).Line(i), Msg: "binary file (NUL byte)"}
}

// utf16Order returns "utf-16le" or "utf-16be" when data looks like UTF-16
// text without a byte-order mark — NUL in most odd bytes, or in most even
// ones, as Latin, Cyrillic and Greek text in UTF-16 has — and "" when it
// does not. Three quarters was chosen by hand: a binary file has NULs
// scattered at both parities.
func utf16Order(data []byte) string {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	switch pairs := n / 2; {
	case odd*4 >= pairs*3 && even*4 < pairs:
		return "utf-16le"
	case even*4 >= pairs*3 && odd*4 < pairs:
		return "utf-16be"
	}
	return ""
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
