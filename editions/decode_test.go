package editions_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/synoptic-text/synoptic/editions"
)

// Fixtures written for these tests. The Cyrillic ones come in two
// spellings because KOI8-R and CP866 have no guillemets or em dash.
const (
	decRussian = "Вчера вечером мы долго гуляли по старому парку и говорили о книгах, " +
		"которые читали в детстве.\r\nЕё брат сказал, что всё это — пустые разговоры, " +
		"но никто с ним не согласился. «Подождём до утра», — ответила мать.\r\n"
	decRussianPlain = "Когда поезд наконец остановился, пассажиры вышли на платформу и стали " +
		"искать своих родных.\nОдин старик долго стоял у окна и смотрел на снег; " +
		"ему казалось, что зима никогда не кончится. \"Ещё немного\", - сказал он.\n"
	decFrench = "L'été dernier, nous avons traversé la forêt près du château.\n" +
		"Le cœur léger, ma sœur a payé 20 € pour un œuf à la coque et une tarte aux pêches.\n"
	decFrenchCurly = "« Où étiez-vous ? » demanda-t-elle ; l’œuvre coûtait 15 € – c’était trop.\n"
	decGerman      = "Über die Brücke gingen wir zögernd, während die Möwen über dem Fluß kreisten.\n" +
		"Größere Schiffe fuhren vorbei, und niemand wußte, wohin sie wollten.\n"
	decGermanEuro   = "Die Fahrkarte nach Köln kostete 12 € – viel zu teuer für Schüler.\n"
	decGermanQuotes = "Er sagte: „Wir fahren morgen früh.“ Die Mühle stand still.\n"
)

func decEncode(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("fixture not encodable in %v: %v", cm, err)
	}
	return b
}

func TestDecodeDetectsLegacyEncodings(t *testing.T) {
	tests := []struct {
		name string
		cm   *charmap.Charmap
		text string
		want string
	}{
		{"Russian windows-1251", charmap.Windows1251, decRussian, "windows-1251"},
		{"Russian windows-1251 plain", charmap.Windows1251, decRussianPlain, "windows-1251"},
		{"Russian koi8-r", charmap.KOI8R, decRussianPlain, "koi8-r"},
		{"Russian cp866", charmap.CodePage866, decRussianPlain, "cp866"},
		{"Russian short koi8-r", charmap.KOI8R, "Её брат сказал: \"Нет\".", "koi8-r"},
		{"Russian short cp866", charmap.CodePage866, "Её брат сказал: \"Нет\".", "cp866"},
		{"Russian short windows-1251", charmap.Windows1251, "Её брат сказал: «Нет».", "windows-1251"},
		{"French windows-1252 (€ œ)", charmap.Windows1252, decFrench, "windows-1252"},
		{"French windows-1252 curly quotes", charmap.Windows1252, decFrenchCurly, "windows-1252"},
		{"French iso-8859-15 (€ œ)", charmap.ISO8859_15, decFrench, "iso-8859-15"},
		{"German windows-1252 quotes", charmap.Windows1252, decGermanQuotes, "windows-1252"},
		{"German windows-1252 €", charmap.Windows1252, decGermanEuro, "windows-1252"},
		{"German iso-8859-15 €", charmap.ISO8859_15, strings.ReplaceAll(decGermanEuro, "–", "-"), "iso-8859-15"},
		// Bytes that mean the same in all three Latin charsets.
		{"German iso-8859-1", charmap.ISO8859_1, decGerman, "iso-8859-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := decEncode(t, tt.cm, tt.text)
			got, used, err := editions.Decode(data, "")
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if used != tt.want {
				t.Errorf("detected %s, want %s", used, tt.want)
			}
			if got != tt.text {
				t.Errorf("text = %q\nwant %q", got, tt.text)
			}
		})
	}
}

func TestDecodeNamedEncodings(t *testing.T) {
	tests := []struct {
		name, want string
		cm         *charmap.Charmap
		text       string
	}{
		{"CP1251", "windows-1251", charmap.Windows1251, decRussian},
		{"Windows-1251", "windows-1251", charmap.Windows1251, decRussian},
		{"KOI8-R", "koi8-r", charmap.KOI8R, decRussianPlain},
		{"ibm866", "cp866", charmap.CodePage866, decRussianPlain},
		{"latin1", "iso-8859-1", charmap.ISO8859_1, decGerman},
		{"ISO_8859-15", "iso-8859-15", charmap.ISO8859_15, decFrench},
		{"Latin9", "iso-8859-15", charmap.ISO8859_15, decFrench},
		{"cp1252", "windows-1252", charmap.Windows1252, decFrenchCurly},
	}
	for _, tt := range tests {
		got, used, err := editions.Decode(decEncode(t, tt.cm, tt.text), tt.name)
		if err != nil || used != tt.want || got != tt.text {
			t.Errorf("Decode(%s) = %q, %q, %v; want the fixture, %q", tt.name, got, used, err, tt.want)
		}
	}

	// A named encoding is obeyed even where detection would choose
	// another: the user knows the file.
	data := decEncode(t, charmap.Windows1251, decRussian)
	got, used, err := editions.Decode(data, "koi8-r")
	if err != nil || used != "koi8-r" || got == decRussian {
		t.Errorf("Decode(cp1251 bytes, koi8-r) = %q, %v; want a (wrong) koi8-r reading", used, err)
	}

	got, used, err = editions.Decode([]byte("Grüße aus Köln\n"), "UTF8")
	if err != nil || used != "utf-8" || got != "Grüße aus Köln\n" {
		t.Errorf("Decode(UTF8) = %q, %q, %v", got, used, err)
	}
}

func TestDecodeUnknownEncoding(t *testing.T) {
	_, _, err := editions.Decode([]byte("hello"), "ebcdic")
	ie := decInputError(t, err)
	if ie.Offset != -1 || ie.Line != 0 {
		t.Errorf("offset, line = %d, %d; want -1, 0", ie.Offset, ie.Line)
	}
	for _, name := range []string{"ebcdic", "utf-8", "utf-16le", "iso-8859-1", "iso-8859-16", "windows-1258", "koi8-r", "koi8-u", "cp866", "shift_jis", "gb18030", "big5", "euc-kr"} {
		if !strings.Contains(ie.Msg, name) {
			t.Errorf("message %q does not mention %s", ie.Msg, name)
		}
	}
}

func TestDecodeUTF8(t *testing.T) {
	text := "Première ligne.\r\nZweite Zeile – „schön“.\rТретья строка.\n"
	got, used, err := editions.Decode([]byte(text), "")
	if err != nil || used != "utf-8" || got != text {
		t.Fatalf("Decode = %q, %q, %v; want the input unchanged", got, used, err)
	}

	got, used, err = editions.Decode(append([]byte("\xEF\xBB\xBF"), text...), "")
	if err != nil || used != "utf-8" || got != text {
		t.Errorf("with BOM: Decode = %q, %q, %v; want the text without the BOM", got, used, err)
	}
	got, _, err = editions.Decode(append([]byte("\xEF\xBB\xBF"), text...), "utf-8")
	if err != nil || got != text {
		t.Errorf("with BOM, named utf-8: Decode = %q, %v", got, err)
	}
}

func TestDecodeUTF16(t *testing.T) {
	text := "Erste Zeile: Grüße.\r\nВторая строка.\r\n"
	for _, tt := range []struct {
		order xunicode.Endianness
		want  string
	}{{xunicode.LittleEndian, "utf-16le"}, {xunicode.BigEndian, "utf-16be"}} {
		data, err := xunicode.UTF16(tt.order, xunicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		got, used, err := editions.Decode(data, "")
		if err != nil || used != tt.want || got != text {
			t.Errorf("Decode = %q, %q, %v; want %q, %s", got, used, err, text, tt.want)
		}
	}
}

// TestDecodeDamagedUTF16: UTF-16 with a surrogate unpaired or a last
// byte alone (a file cut short) is read, each place as U+FFFD, and the
// reading says where (Doubt, which commands print as a warning); whole
// UTF-16, a pair of surrogates (𝄞) among it, says nothing.
func TestDecodeDamagedUTF16(t *testing.T) {
	enc := func(order xunicode.Endianness, s string) []byte {
		data, err := xunicode.UTF16(order, xunicode.UseBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	le := enc(xunicode.LittleEndian, "Grüße 𝄞. Zweite Zeile.")
	for _, c := range []struct {
		name, encoding string
		data           []byte
		doubt          string
	}{
		{"whole", "", le, ""},
		{"whole, big-endian, named", "utf-16be", enc(xunicode.BigEndian, "Grüße 𝄞."), ""},
		{"cut short", "", le[:len(le)-1], "damaged utf-16le: a last byte alone, as in a file cut short (the first at byte 46), each shown as �"},
		{"surrogate unpaired", "", slices.Concat(le[:6], []byte{0x00, 0xD8}, le[6:]), "damaged utf-16le: 1 surrogate unpaired (the first at byte 6), each shown as �"},
	} {
		d, err := editions.DecodeFor(c.data, c.encoding, "")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Doubt != c.doubt {
			t.Errorf("%s: doubt %q, want %q", c.name, d.Doubt, c.doubt)
		}
		if damaged := strings.Contains(d.Text, "\uFFFD"); damaged != (c.doubt != "") {
			t.Errorf("%s: text %q", c.name, d.Text)
		}
	}
}

// TestDecodeNotUTF16: --encoding utf-16le on a UTF-8 file (no NUL byte,
// valid UTF-8) is refused: it was read as CJK nonsense without a word.
// A short one, or one of Han characters only, is still read as named.
func TestDecodeNotUTF16(t *testing.T) {
	utf8Text := []byte("The writer was born in Cairo in 1911. He wrote more than 35 novels.\n")
	for _, name := range []string{"utf-16le", "utf-16be"} {
		_, _, err := editions.Decode(utf8Text, name)
		if ie := decInputError(t, err); !strings.Contains(ie.Msg, "--encoding says "+name+", but the file has no NUL byte and is valid UTF-8") {
			t.Errorf("%s on UTF-8: %q", name, ie.Msg)
		}
		if got, _, err := editions.Decode([]byte("Hi there"), name); err != nil || got == "" {
			t.Errorf("%s on 8 bytes: %q, %v; want it read as named", name, got, err)
		}
	}
	han := strings.Repeat("中文", 20)
	data, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewEncoder().Bytes([]byte(han))
	if err != nil {
		t.Fatal(err)
	}
	if got, _, err := editions.Decode(data, "utf-16le"); err != nil || got != han {
		t.Errorf("Han in UTF-16LE without NUL: %q, %v", got, err)
	}
}

func TestDecodeBinary(t *testing.T) {
	data := []byte("first line\nsecond line\nthird\x00line\n")
	_, _, err := editions.Decode(data, "")
	ie := decInputError(t, err)
	if !strings.Contains(ie.Msg, "binary file (NUL byte)") || ie.Offset != 28 || ie.Line != 3 {
		t.Errorf("got %+v; want binary file at byte 28, line 3", ie)
	}
	// Naming a single-byte encoding does not make NUL text.
	_, _, err = editions.Decode(data, "latin1")
	if ie := decInputError(t, err); ie.Offset != 28 {
		t.Errorf("named latin1: got %+v", ie)
	}
}

func TestDecodeEmpty(t *testing.T) {
	for _, data := range [][]byte{nil, {}, []byte("\xEF\xBB\xBF"), []byte(" \r\n\t\n"), []byte("\xFF\xFE"), []byte("\xEF\xBB\xBF\n\n")} {
		_, _, err := editions.Decode(data, "")
		if ie := decInputError(t, err); ie.Msg != "empty file" {
			t.Errorf("Decode(%q): %q, want \"empty file\"", data, ie.Msg)
		}
	}
}

func TestDecodeCorruptedUTF8(t *testing.T) {
	// A UTF-8 file with one Latin-1 byte pasted into its third line: a
	// damaged file to report, not a legacy encoding to guess.
	data := []byte("Le château était vide.\nPersonne n'y habitait.\nUn soir, l'h\xF4te arriva.\n")
	_, _, err := editions.Decode(data, "")
	ie := decInputError(t, err)
	wantOff := bytes.IndexByte(data, 0xF4)
	if !strings.Contains(ie.Msg, "invalid UTF-8") || ie.Offset != wantOff || ie.Line != 3 {
		t.Errorf("got %+v; want invalid UTF-8 at byte %d, line 3", ie, wantOff)
	}

	// A multi-byte sequence cut short, CRLF line ends.
	data = []byte("Привет.\r\nМир\xD0.\r\n")
	_, _, err = editions.Decode(data, "")
	ie = decInputError(t, err)
	if ie.Offset != len("Привет.\r\nМир") || ie.Line != 2 {
		t.Errorf("truncated sequence: got %+v", ie)
	}

	// Named utf-8 is checked as well, offsets counting the BOM.
	_, _, err = editions.Decode([]byte("\xEF\xBB\xBFabc\xFF"), "utf-8")
	if ie := decInputError(t, err); ie.Offset != 6 || ie.Line != 1 {
		t.Errorf("named utf-8 with BOM: got %+v", ie)
	}
}

func TestDecodeImplausibleBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var junk []byte
	for range 400 {
		if rng.IntN(4) == 0 {
			junk = append(junk, ' ')
		} else {
			junk = append(junk, byte(0x80+rng.IntN(0x80)))
		}
	}
	withControls := []byte("abc\x01\x02\x03\xE9\x04\x05\x06\x07\x08\x0E\x0F\x10\x11\x12\xFC\x13\x14\x15")
	for name, data := range map[string][]byte{"random high bytes": junk, "control characters": withControls} {
		_, _, err := editions.Decode(data, "")
		ie := decInputError(t, err)
		if !strings.Contains(ie.Msg, "invalid UTF-8") || !strings.Contains(ie.Msg, "--encoding") {
			t.Errorf("%s: message %q; want invalid UTF-8 with a hint to pass --encoding", name, ie.Msg)
		}
		if want := decFirstInvalid(data); ie.Offset != want {
			t.Errorf("%s: offset %d, want %d", name, ie.Offset, want)
		}
	}
}

func decFirstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

func decInputError(t *testing.T, err error) *editions.InputError {
	t.Helper()
	var ie *editions.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v (%T); want *InputError", err, err)
	}
	if ie.Path != "" {
		t.Errorf("Path = %q; Decode leaves it to the caller", ie.Path)
	}
	return ie
}

var decLegacyCharmaps = map[string]*charmap.Charmap{
	"windows-1252": charmap.Windows1252,
	"iso-8859-1":   charmap.ISO8859_1,
	"iso-8859-15":  charmap.ISO8859_15,
	"windows-1251": charmap.Windows1251,
	"koi8-r":       charmap.KOI8R,
	"cp866":        charmap.CodePage866,
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{decRussian, decFrench, decGerman, "\xEF\xBB\xBFabc", "a\x00b", "caf\xE9", "\xFF\xFEa\x00", ""} {
		f.Add([]byte(s))
	}
	for _, cm := range []*charmap.Charmap{charmap.KOI8R, charmap.CodePage866, charmap.Windows1251} {
		b, _ := cm.NewEncoder().Bytes([]byte(decRussianPlain))
		f.Add(b)
	}
	for _, c := range []struct {
		enc  encoding.Encoding
		text string
	}{{japanese.ShiftJIS, decJapanese}, {japanese.ISO2022JP, decJapanese}, {simplifiedchinese.GB18030, decChinese},
		{traditionalchinese.Big5, decChineseTW}, {korean.EUCKR, decKorean}, {charmap.ISO8859_2, decHungarian}, {charmap.Windows1255, decHebrew}} {
		b, _ := c.enc.NewEncoder().Bytes([]byte(c.text))
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, used, err := editions.Decode(data, "")
		if err == nil {
			decCheckResult(t, data, text, used)
		} else {
			var ie *editions.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *InputError", err)
			}
		}
		for name := range decLegacyCharmaps {
			if text, used, err := editions.Decode(data, name); err == nil {
				decCheckResult(t, data, text, used)
			}
		}
	})
}

func decCheckResult(t *testing.T, data []byte, text, used string) {
	t.Helper()
	if !utf8.ValidString(text) {
		t.Fatalf("%s: text is not valid UTF-8", used)
	}
	if used == "utf-8" && !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) && text != string(data) {
		t.Fatalf("utf-8 without BOM: text %q differs from input %q", text, data)
	}
	if cm, ok := decLegacyCharmaps[used]; ok {
		back, err := cm.NewEncoder().Bytes([]byte(text))
		if err != nil || !bytes.Equal(back, data) {
			t.Fatalf("%s: re-encoding gives %q, %v; want %q", used, back, err, data)
		}
	}
}

func BenchmarkDecodeDetectLegacy(b *testing.B) {
	text := strings.Repeat(decRussianPlain, 1<<20/len(decRussianPlain))
	data, _ := charmap.CodePage866.NewEncoder().Bytes([]byte(text))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, used, err := editions.Decode(data, ""); err != nil || used != "cp866" {
			b.Fatal(used, err)
		}
	}
}
