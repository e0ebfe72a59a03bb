package editions

// Multi-byte legacy encodings of Chinese, Japanese and Korean (GB 18030,
// Big5, Shift JIS, EUC-JP, ISO-2022-JP, EUC-KR): whether a file reads
// as one of them without a broken sequence, and how much the reading
// looks like text of its language.

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// A cjkCharset is a multi-byte encoding detection tries.
type cjkCharset struct {
	name string
	enc  encoding.Encoding
}

// cjkCharsets, in the order that breaks ties. GBK is not among them: GB
// 18030 reads every GBK file the same.
var cjkCharsets = []cjkCharset{
	{"gb18030", simplifiedchinese.GB18030},
	{"big5", traditionalchinese.Big5},
	{"shift_jis", japanese.ShiftJIS},
	{"euc-jp", japanese.EUCJP},
	{"euc-kr", korean.EUCKR},
}

// iso2022JP is told by its escape sequences, not by plausibility: it is
// 7-bit and would otherwise pass for ASCII (UTF-8).
var iso2022JP = cjkCharset{"iso-2022-jp", japanese.ISO2022JP}

// iso2022Escapes are the escape sequences that switch ISO-2022-JP to
// JIS X 0208 (1978 and 1983) or JIS X 0201 Roman.
var iso2022Escapes = [][]byte{[]byte("\x1b$B"), []byte("\x1b$@"), []byte("\x1b(J")}

func looksISO2022JP(data []byte) bool {
	for _, e := range iso2022Escapes {
		if bytes.Contains(data, e) {
			return true
		}
	}
	return false
}

// decode returns data read in c, or an error naming the first sequence
// that has no meaning in it (x/text's decoders put U+FFFD there).
func (c *cjkCharset) decode(data []byte) (string, error) {
	out, err := c.enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 && !bytes.Contains(data, []byte("\xEF\xBF\xBD")) {
		line := bytes.Count(out[:i], []byte("\n")) + 1
		return "", &InputError{Offset: -1, Line: line, Msg: fmt.Sprintf("a byte sequence on line %d has no meaning in %s", line, c.name)}
	}
	return string(out), nil
}

// The weights of a CJK reading; see plausibility. Both chosen by hand
// with the detection of CJK encodings (commit 8178f49), not measured.
const (
	// rareHan is what a Han character outside the commonest counts for:
	// real text has some, a wrong reading little else.
	rareHan = 0.3
	// minCJKUnits is how many characters beyond ASCII a sample needs
	// before a CJK reading is judged at all.
	minCJKUnits = 4
)

// plausibility scores c's reading of sample, between 0 and 1, and says
// whether it is a reading at all (no broken sequence; enough characters
// beyond ASCII). Each character beyond ASCII is a unit: kana, CJK
// punctuation and full-width forms, and the commonest Han characters
// and hangul syllables count 1; other Han characters and syllables
// rareHan; anything else (Cyrillic, box drawing, symbols, which a wrong
// reading produces) 0. A wrong reading of real text turns common
// characters into rare ones: GB 2312's first level read as EUC-KR is
// hangul, but not the hangul Korean uses most.
func (c *cjkCharset) plausibility(sample []byte) (float64, bool) {
	if i := bytes.LastIndexByte(sample, '\n'); i > 0 && i < len(sample)-1 {
		sample = sample[:i+1] // do not judge a sequence the sample cut
	}
	out, err := c.enc.NewDecoder().Bytes(sample)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return 0, false
	}
	common, commonHangul := commonHan(), commonSyllables()
	units, good := 0, 0.0
	for _, r := range string(out) {
		if r < utf8.RuneSelf {
			continue
		}
		units++
		switch {
		case r >= 0x3040 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF: // kana (not half-width: prose does not use it, Big5 read as Shift JIS does)
			good++
		case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF65, r >= 0xFFE0 && r <= 0xFFEE, r == '·', r == '…', r == '—', r == '“', r == '”', r == '‘', r == '’':
			good++
		case r >= 0xAC00 && r <= 0xD7A3:
			if commonHangul[r] {
				good++
			} else {
				good += rareHan
			}
		case unicode.Is(unicode.Han, r):
			if common[r] {
				good++
			} else {
				good += rareHan
			}
		}
	}
	if units < minCJKUnits {
		return 0, false
	}
	return good / float64(units), true
}
