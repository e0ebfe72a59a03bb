package dict

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"flag"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the dictd fixtures in testdata")

// An entry is a dictd entry: its headwords in the index (the first is
// the entry's own) and its text.
type entry struct {
	heads []string
	text  string
}

// writeDictd writes entries as a dictd dictionary name in dir, its data
// in dictzip with chunks of 58,315 bytes of text as dictzip(1) writes
// them, and returns the index and data paths.
func writeDictd(t testing.TB, dir, name string, entries []entry) (string, string) {
	return writeDictdChunks(t, dir, name, entries, 58315)
}

func writeDictdChunks(t testing.TB, dir, name string, entries []entry, chunkLen int) (string, string) {
	t.Helper()
	var text bytes.Buffer
	type line struct {
		head   string
		off, n int
	}
	var lines []line
	for _, e := range entries {
		off := text.Len()
		text.WriteString(e.text)
		for _, h := range e.heads {
			lines = append(lines, line{h, off, len(e.text)})
		}
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].head < lines[j].head })
	var idx bytes.Buffer
	for _, l := range lines {
		fmt.Fprintf(&idx, "%s\t%s\t%s\n", l.head, base64Digits(l.off), base64Digits(l.n))
	}
	index := filepath.Join(dir, name+".index")
	data := filepath.Join(dir, name+".dict.dz")
	if err := os.WriteFile(index, idx.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(data, dictzip(t, text.Bytes(), chunkLen), 0o644); err != nil {
		t.Fatal(err)
	}
	return index, data
}

// dictzip compresses text as dictzip(1) does: a gzip member whose
// deflate stream is fully flushed after each chunk of chunkLen bytes,
// with the compressed size of each chunk in the header's "RA" field.
func dictzip(t testing.TB, text []byte, chunkLen int) []byte {
	var body bytes.Buffer
	var sizes []int
	for lo := 0; lo < len(text); lo += chunkLen {
		hi := min(lo+chunkLen, len(text))
		before := body.Len()
		w, err := flate.NewWriter(&body, flate.BestCompression)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(text[lo:hi])
		if hi == len(text) {
			w.Close() // the final block
		} else {
			w.Flush() // a new writer per chunk: the window starts afresh
		}
		sizes = append(sizes, body.Len()-before)
	}
	return dictzipFile(chunkLen, sizes, body.Bytes(), crc32.ChecksumIEEE(text), uint32(len(text)))
}

// dictzipFile writes a dictzip file: its header with the chunk table
// of chunkLen and sizes, the compressed body, and the trailer's CRC-32
// and length of text.
func dictzipFile(chunkLen int, sizes []int, body []byte, crc, length uint32) []byte {
	ra := make([]byte, 6+2*len(sizes))
	binary.LittleEndian.PutUint16(ra[0:], 1)
	binary.LittleEndian.PutUint16(ra[2:], uint16(chunkLen))
	binary.LittleEndian.PutUint16(ra[4:], uint16(len(sizes)))
	for k, s := range sizes {
		binary.LittleEndian.PutUint16(ra[6+2*k:], uint16(s))
	}
	var out bytes.Buffer
	out.Write([]byte{0x1f, 0x8b, 8, 1 << 2, 0, 0, 0, 0, 2, 3})
	binary.Write(&out, binary.LittleEndian, uint16(4+len(ra)))
	out.WriteString("RA")
	binary.Write(&out, binary.LittleEndian, uint16(len(ra)))
	out.Write(ra)
	out.Write(body)
	binary.Write(&out, binary.LittleEndian, crc)
	binary.Write(&out, binary.LittleEndian, length)
	return out.Bytes()
}

func base64Digits(n int) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if n == 0 {
		return "A"
	}
	var b []byte
	for ; n > 0; n /= 64 {
		b = append([]byte{digits[n%64]}, b...)
	}
	return string(b)
}

// syntheticEntries makes n entries shaped as FreeDict's German–French
// ones: a headword line, a line of translations or numbered senses,
// each with a line of definition.
func syntheticEntries(n int) []entry {
	out := []entry{{[]string{"00databaseinfo"}, "00-database-info\nSynthetic test dictionary\n"}}
	for k := range n {
		head := fmt.Sprintf("Wort%05d", k)
		var text string
		if k%3 == 0 {
			text = fmt.Sprintf("%s /vɔʁt/ <n, neut>\n1. mot%d, terme%d\nein Element der Sprache, das eine Bedeutung trägt\n2. parole%d\ndas Gesagte, eine Äußerung\n", head, k, k, k)
		} else {
			text = fmt.Sprintf("%s /vɔʁt/ <n, neut>\nmot%d, vocable%d (rare)\nein Element der Sprache, das eine eigene Bedeutung trägt und allein stehen kann\n", head, k, k)
		}
		out = append(out, entry{[]string{strings.ToLower(head)}, text})
	}
	return out
}

// The fixtures in testdata, written by go test ./dict -run TestFixtures -update.
var fixtures = map[string][]entry{
	// German–French, as FreeDict+WikDict writes it: numbered senses
	// with definitions in German, a headword with two index lines, a
	// stray sense number at a line's end.
	"freedict-deu-fra": {
		{[]string{"00databaseinfo"}, "00-database-info\nDeutsch-français test dictionary\n"},
		{[]string{"00databaseshort"}, "00-database-short\nDeutsch-français\n"},
		{[]string{"berg"}, "Berg /bɛʁk/ <n, masc>\nmontagne, mont\neine größere Erhebung im Gelände\n"},
		{[]string{"gipfel"}, "Gipfel /ˈɡɪpfl̩/ <n, masc>\n1. sommet, cime\nhöchster Punkt eines Berges\n2. apogée\nübertragen: Höhepunkt\n"},
		{[]string{"gehen"}, "gehen /ˈɡeːən/ <v>\naller, marcher (à pied)\nsich zu Fuß fortbewegen\n"},
		{[]string{"abwind"}, "Abwind /ˈapvɪnt/ <n, masc>\n1. courant descendant, vent descendant 2.\nMeteorologie:\n 3.\nLuftfahrt: abwärts gerichtete Luftströmung\n2. déclin\nübertragen: im Abwind\n"},
		{[]string{"seil", "tau"}, "Seil /zaɪ̯l/ <n, neut>\ncorde; câble\nstarke Schnur\n"},
	},
	// English–Russian: Cyrillic translations.
	"freedict-eng-rus": {
		{[]string{"00databaseinfo"}, "00-database-info\nEnglish-Russian test dictionary\n"},
		{[]string{"mountain"}, "mountain /ˈmaʊntɪn/ <n>\nгора\n"},
		{[]string{"summit"}, "summit /ˈsʌmɪt/ <n>\n1. вершина\n2. саммит\nmeeting of heads of state\n"},
	},
}

func TestFixtures(t *testing.T) {
	if !*update {
		t.Skip("the fixtures are rewritten only with -update")
	}
	for name, es := range fixtures {
		// Chunks of 64 bytes, so that the fixtures have several.
		writeDictdChunks(t, "testdata", name, es, 64)
	}
}
