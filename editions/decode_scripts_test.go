package editions_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// Sentences written for these tests, one language each.
const (
	decHungarian = "Győzelem! A széltől védett völgyben öt fiú ült, és hűvös vizet ittak a kútból. " +
		"Később észrevették, hogy a hídon túl egy öreg nő várja őket.\n"
	decCzech      = "Příliš žluťoučký kůň úpěl ďábelské ódy. Večer jsme šli do města a potkali starého přítele, který nám vyprávěl o své cestě.\n"
	decPolish     = "Zażółć gęślą jaźń. Wieczorem poszliśmy nad rzekę, gdzie stary rybak opowiadał nam o swoich podróżach i o wielkiej burzy.\n"
	decRomanian   = "Într-o zi de toamnă, bătrânul pescar și-a luat plasa și a plecat spre țărm, unde valurile erau încă mari.\n"
	decTurkish    = "Dün akşam eski bir arkadaşımla buluştuk; çocukluğumuzdaki köyü, ağaçları ve göldeki balıkçıları konuştuk.\n"
	decGreek      = "Χθες το βράδυ περπατήσαμε στην παλιά πόλη και μιλήσαμε για τα βιβλία που διαβάζαμε όταν ήμασταν παιδιά.\n"
	decHebrew     = "אתמול בערב טיילנו בעיר העתיקה ודיברנו על הספרים שקראנו כשהיינו ילדים.\n"
	decArabic     = "مشينا أمس في المدينة القديمة وتحدثنا عن الكتب التي قرأناها عندما كنا أطفالا.\n"
	decThai       = "เมื่อวานนี้เราเดินเล่นในเมืองเก่าและคุยกันเรื่องหนังสือที่เราอ่านตอนเด็ก\n"
	decUkrainian  = "Учора ввечері ми довго гуляли старим парком і говорили про книжки, які читали в дитинстві. Її брат сказав, що все це пусті розмови, а ґанок треба полагодити.\n"
	decJapanese   = "昨日の夜、私たちは古い町を歩きながら、子供のころに読んだ本について話しました。「また会いましょう」と彼は言った。\n"
	decChinese    = "昨天晚上，我们在老城里散步，谈起了小时候读过的书。他说：“我们明天再见。”\n"
	decChineseTW  = "昨天晚上，我們在老城裡散步，談起了小時候讀過的書。他說：「我們明天再見。」\n"
	decKorean     = "어제 저녁에 우리는 옛 도시를 걸으며 어린 시절에 읽었던 책에 대해 이야기했습니다. 그는 내일 다시 만나자고 말했다.\n"
	decFrenchMac  = "L'été dernier, nous avons traversé la forêt près du château ; le cœur léger, ma sœur a payé vingt francs.\n"
	decGermanMany = "Über die Brücke gingen wir zögernd, während die Möwen über dem Fluß kreisten. Größere Schiffe fuhren vorbei.\n"
)

func encodeWith(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("fixture not encodable: %v", err)
	}
	return b
}

// TestDecodeDetectsEveryScript: a file in the legacy encoding of its
// language is read right without --encoding, in every script; with the
// language known (--lang or the file name), too.
func TestDecodeDetectsEveryScript(t *testing.T) {
	tests := []struct {
		name, lang string
		enc        encoding.Encoding
		text, want string
	}{
		{"Hungarian iso-8859-2", "hu", charmap.ISO8859_2, decHungarian, "iso-8859-2"},
		{"Czech windows-1250", "cs", charmap.Windows1250, decCzech, "windows-1250"},
		{"Polish iso-8859-2", "pl", charmap.ISO8859_2, decPolish, "iso-8859-2"},
		{"Romanian iso-8859-16", "ro", charmap.ISO8859_16, decRomanian, "iso-8859-16"},
		// windows-1254 and iso-8859-9 differ only where this text has no byte.
		{"Turkish windows-1254", "tr", charmap.Windows1254, decTurkish, "iso-8859-9"},
		{"Turkish windows-1254 quotes", "tr", charmap.Windows1254, "“" + strings.TrimSpace(decTurkish) + "”\n", "windows-1254"},
		{"Greek windows-1253", "el", charmap.Windows1253, decGreek, "windows-1253"},
		{"Greek iso-8859-7", "el", charmap.ISO8859_7, "Άνοιξη. " + decGreek, "iso-8859-7"},
		{"Hebrew windows-1255", "he", charmap.Windows1255, decHebrew, "windows-1255"},
		{"Arabic windows-1256", "ar", charmap.Windows1256, decArabic, "windows-1256"},
		{"Thai windows-874", "th", charmap.Windows874, decThai, "windows-874"},
		{"Ukrainian koi8-u", "uk", charmap.KOI8U, decUkrainian, "koi8-u"},
		{"French macintosh", "fr", charmap.Macintosh, decFrenchMac, "macintosh"},
		{"Japanese shift_jis", "ja", japanese.ShiftJIS, decJapanese, "shift_jis"},
		{"Japanese euc-jp", "ja", japanese.EUCJP, decJapanese, "euc-jp"},
		{"Japanese iso-2022-jp", "ja", japanese.ISO2022JP, decJapanese, "iso-2022-jp"},
		{"Chinese gb18030", "zh", simplifiedchinese.GB18030, decChinese, "gb18030"},
		{"Chinese gbk", "zh", simplifiedchinese.GBK, decChinese, "gb18030"},
		{"Chinese big5", "zh-Hant", traditionalchinese.Big5, decChineseTW, "big5"},
		{"Korean euc-kr", "ko", korean.EUCKR, decKorean, "euc-kr"},
	}
	for _, tt := range tests {
		for _, lang := range []string{"", tt.lang} {
			t.Run(tt.name+" lang="+lang, func(t *testing.T) {
				d, err := editions.DecodeFor(encodeWith(t, tt.enc, tt.text), "", lang)
				if err != nil {
					t.Fatalf("DecodeFor: %v", err)
				}
				if d.Encoding != tt.want || d.Text != tt.text {
					t.Errorf("read as %s: %q; want %s", d.Encoding, d.Text, tt.want)
				}
				if d.Doubt != "" {
					t.Errorf("doubt on a clear case: %s", d.Doubt)
				}
			})
		}
	}
}

// TestDecodeNamesEveryEncoding: every encoding x/text has is accepted by
// its usual names, and read as named.
func TestDecodeNamesEveryEncoding(t *testing.T) {
	tests := []struct {
		names []string
		want  string
		enc   encoding.Encoding
		text  string
	}{
		{[]string{"iso-8859-2", "latin2", "ISO_8859-2"}, "iso-8859-2", charmap.ISO8859_2, decHungarian},
		{[]string{"windows-1250", "cp1250"}, "windows-1250", charmap.Windows1250, decCzech},
		{[]string{"iso-8859-16"}, "iso-8859-16", charmap.ISO8859_16, decRomanian},
		{[]string{"windows-1254", "cp1254"}, "windows-1254", charmap.Windows1254, decTurkish},
		{[]string{"windows-1253"}, "windows-1253", charmap.Windows1253, decGreek},
		{[]string{"windows-1258"}, "windows-1258", charmap.Windows1258, "Hôm qua"},
		{[]string{"koi8-u"}, "koi8-u", charmap.KOI8U, decUkrainian},
		{[]string{"macintosh", "mac-roman", "x-mac-roman"}, "macintosh", charmap.Macintosh, decFrenchMac},
		{[]string{"ibm437", "cp437"}, "ibm437", charmap.CodePage437, "Grüße"},
		{[]string{"shift_jis", "sjis", "Shift-JIS"}, "shift_jis", japanese.ShiftJIS, decJapanese},
		{[]string{"euc-jp"}, "euc-jp", japanese.EUCJP, decJapanese},
		{[]string{"iso-2022-jp"}, "iso-2022-jp", japanese.ISO2022JP, decJapanese},
		{[]string{"gb18030"}, "gb18030", simplifiedchinese.GB18030, decChinese},
		{[]string{"gbk", "gb2312"}, "gbk", simplifiedchinese.GBK, decChinese},
		{[]string{"big5"}, "big5", traditionalchinese.Big5, decChineseTW},
		{[]string{"euc-kr", "cp949"}, "euc-kr", korean.EUCKR, decKorean},
	}
	for _, tt := range tests {
		for _, name := range tt.names {
			d, err := editions.DecodeFor(encodeWith(t, tt.enc, tt.text), name, "")
			if err != nil || d.Encoding != tt.want || d.Text != tt.text {
				t.Errorf("--encoding %s: %q as %q, %v; want the fixture as %s", name, d.Text, d.Encoding, err, tt.want)
			}
		}
	}
	// A sequence with no meaning in a named multi-byte encoding is an
	// error with its line, not a replacement character.
	data := append([]byte("ok\n"), encodeWith(t, japanese.ShiftJIS, decJapanese)...)
	data = append(data, 0x81, '\n')
	_, err := editions.DecodeFor(data, "euc-kr", "")
	if ie := decInputError(t, err); !strings.Contains(ie.Msg, "euc-kr") || ie.Line < 2 {
		t.Errorf("Shift JIS read as EUC-KR: %+v, want an error naming euc-kr and a line", ie)
	}
}

// TestDecodeLanguageDecides: the language of the text, known from --lang
// or the file name, decides between readings that look alike.
func TestDecodeLanguageDecides(t *testing.T) {
	data := encodeWith(t, charmap.ISO8859_2, "Győzelem és szél.\n")
	d, err := editions.DecodeFor(data, "", "hu")
	if err != nil || d.Encoding != "iso-8859-2" || !strings.Contains(d.Text, "Győzelem") {
		t.Errorf("Hungarian, short: %q as %s, %v", d.Text, d.Encoding, err)
	}
	e, err := editions.Parse("gyozelem.hu.txt", encodeWith(t, charmap.ISO8859_2, decHungarian), editions.Options{})
	if err != nil || e.Encoding != "iso-8859-2" || !strings.Contains(e.Text, "széltől") {
		t.Errorf("file named .hu.txt: read as %s, %v", e.Encoding, err)
	}
}

// TestDecodeDoubt: when readings that differ are about as good, the
// guess is said to be one.
func TestDecodeDoubt(t *testing.T) {
	// One accented letter, which windows-1250 and windows-1252 read as
	// different letters of equally plausible words.
	data := []byte("Ve\xe8er.\n") // Večer, or Veèer
	d, err := editions.DecodeFor(data, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Doubt == "" || !strings.Contains(d.Doubt, "--encoding") {
		t.Errorf("read as %s (%q) without a word of doubt", d.Encoding, d.Text)
	}
	// Known to be Czech, it is Večer (iso-8859-2 and windows-1250 agree).
	if d, _ := editions.DecodeFor(data, "", "cs"); d.Text != "Večer.\n" || d.Doubt != "" {
		t.Errorf("Czech: read as %s (%q), doubt %q; want Večer, sure", d.Encoding, d.Text, d.Doubt)
	}
}

// TestDecodeByteOrderMarks: a byte-order mark that contradicts the named
// encoding is an error; UTF-16 without one is named in the message.
func TestDecodeByteOrderMarks(t *testing.T) {
	le, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte("Grüße aus Köln.\n"))
	_, err := editions.DecodeFor(le, "windows-1252", "")
	if ie := decInputError(t, err); !strings.Contains(ie.Msg, "UTF-16LE byte-order mark") || !strings.Contains(ie.Msg, "windows-1252") {
		t.Errorf("BOM against --encoding: %q", ie.Msg)
	}
	if d, err := editions.DecodeFor(le, "utf-16", ""); err != nil || d.Encoding != "utf-16le" {
		t.Errorf("utf-16 with a BOM: %s, %v", d.Encoding, err)
	}
	for _, order := range []xunicode.Endianness{xunicode.LittleEndian, xunicode.BigEndian} {
		raw, _ := xunicode.UTF16(order, xunicode.IgnoreBOM).NewEncoder().Bytes([]byte("Grüße aus Köln, und viele mehr.\n"))
		want := "--encoding utf-16le"
		if order == xunicode.BigEndian {
			want = "--encoding utf-16be"
		}
		_, err := editions.DecodeFor(raw, "", "")
		if ie := decInputError(t, err); !strings.Contains(ie.Msg, want) {
			t.Errorf("UTF-16 without BOM: %q, want it to say %s", ie.Msg, want)
		}
	}
}

// TestDecodeEvalTexts: whole books of the evaluation data, written out
// in the legacy encodings of their languages, are read back as they
// were, without a word of doubt, without and with the language known.
// Nothing in the detector was fitted on them.
func TestDecodeEvalTexts(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	tests := []struct {
		file, lang string
		encs       []encoding.Encoding
	}{
		{"zh-ChiUns.Ruth.txt", "zh", []encoding.Encoding{simplifiedchinese.GB18030, simplifiedchinese.GBK}},
		{"zh-ChiUn.Jonah.txt", "zh-Hant", []encoding.Encoding{traditionalchinese.Big5}},
		{"ja-JapKougo.Ruth.txt", "ja", []encoding.Encoding{japanese.ShiftJIS, japanese.EUCJP, japanese.ISO2022JP}},
		{"ko-KorRV.Jonah.txt", "ko", []encoding.Encoding{korean.EUCKR}},
		{"el-GreVamvas.Ruth.txt", "el", []encoding.Encoding{charmap.Windows1253, charmap.ISO8859_7}},
		{"fr-FreJND.Ruth.txt", "fr", []encoding.Encoding{charmap.Windows1252, charmap.ISO8859_15, charmap.Macintosh}},
		{"de-GerElb1905.Jonah.txt", "de", []encoding.Encoding{charmap.ISO8859_1, charmap.Windows1252}},
		{"es-SpaRV.Ruth.txt", "es", []encoding.Encoding{charmap.Windows1252}},
	}
	for _, tt := range tests {
		raw, err := os.ReadFile(filepath.Join(dir, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		for _, enc := range tt.encs {
			data, err := enc.NewEncoder().Bytes(raw)
			if err != nil {
				t.Logf("%s: not encodable in %v (%v); skipped", tt.file, enc, err)
				continue
			}
			for _, lang := range []string{"", tt.lang} {
				d, err := editions.DecodeFor(data, "", lang)
				switch {
				case err != nil:
					t.Errorf("%s in %v, lang %q: %v", tt.file, enc, lang, err)
				case d.Text != string(raw):
					t.Errorf("%s in %v, lang %q: read as %s, text differs", tt.file, enc, lang, d.Encoding)
				case d.Doubt != "":
					t.Errorf("%s in %v, lang %q: %s", tt.file, enc, lang, d.Doubt)
				}
			}
		}
	}
}
