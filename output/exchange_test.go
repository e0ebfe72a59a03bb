package output

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// paragraphs reads an edition whose paragraphs are the given groups of
// sentences, through the reader's presegmented input (one sentence per
// line, a blank line between paragraphs), from the file id.txt.
func paragraphs(id, lang string, paras ...[]string) *editions.Edition {
	var text strings.Builder
	n := 0
	for _, sents := range paras {
		n += len(sents)
		text.WriteString(strings.Join(sents, "\n") + "\n\n")
	}
	e, err := editions.Parse(id+".txt", []byte(text.String()), editions.Options{ID: id, Lang: lang, Format: "text", Presegmented: true})
	if err != nil {
		panic(err)
	}
	if len(e.Sentences) != n || len(e.Paragraphs) != len(paras) {
		panic(fmt.Sprintf("%s: %d sentences in %d paragraphs, want %d in %d", id, len(e.Sentences), len(e.Paragraphs), n, len(paras)))
	}
	return e
}

// threeTranslations is a book in three languages: the French joins two
// sentences that the English and German keep apart, the French and
// English have a last sentence the German lacks, the German a note of
// its own; the texts hold what XML must escape.
func threeTranslations() *align.Alignment {
	en := paragraphs("en", "en",
		[]string{"It rained.", "We stayed in."},
		[]string{`We read "Bel-Ami" & <Nana>.`, "The end."})
	fr := paragraphs("fr", "fr",
		[]string{"Il pleuvait."},
		[]string{"Nous sommes restés lire « Bel-Ami » & <Nana>.", "Fin."})
	de := paragraphs("de.1901", "de",
		[]string{"Es regnete.", "Wir blieben drinnen.", "Wir lasen „Bel-Ami“ & <Nana>."},
		[]string{"Anmerkung des Übersetzers: ]]> \x01."})
	return &align.Alignment{
		Editions: []*editions.Edition{en, fr, de},
		Rows: []align.Row{
			{Cells: [][]int{{0}, {0}, {0}}, Kind: align.Match, Score: 0.91234},
			{Cells: [][]int{{1, 2}, {1}, {1, 2}}, Kind: align.Match, Score: 0.4},
			{Cells: [][]int{{3}, {2}, {}}, Kind: align.Match, Score: 1},
			{Cells: [][]int{{}, {}, {3}}, Kind: align.Inserted, Score: 0.5},
		},
	}
}

// versionsOf is two (or three) printings of one text: a changed
// sentence, two sentences the second printing joins, a sentence moved
// after the next, and an equal one.
func versionsOf(three bool) *align.Alignment {
	s1 := []string{"It rained all day.", "We stayed in.", "We read.", "Then the sun came out.", "The end."}
	v1 := paragraphs("v1", "en", s1[:3], s1[3:])
	v2 := paragraphs("v2", "en", []string{"It rained all day!", "We stayed in, and we read."}, []string{"The end.", "Then the sun came out."})
	changed := func(a, b string, score float64, cells ...[]int) align.Row {
		return align.Row{Cells: cells, Kind: align.Changed, Score: score, Diffs: []align.Diff{{From: 0, To: 1, Ops: align.WordDiff(a, b)}}}
	}
	moved := align.WordDiff(s1[3], s1[3])
	rows := []align.Row{
		changed(s1[0], "It rained all day!", 0.95, []int{0}, []int{0}),
		changed(s1[1]+" "+s1[2], "We stayed in, and we read.", 0.7, []int{1, 2}, []int{1}),
		{Cells: [][]int{{3}, {}}, Kind: align.Moved, Score: 1, Peer: 4, Diffs: []align.Diff{{From: 0, To: 1, Ops: moved}}},
		{Cells: [][]int{{4}, {2}}, Kind: align.Equal, Score: 1},
		{Cells: [][]int{{}, {3}}, Kind: align.Moved, Score: 1, Peer: 2, Diffs: []align.Diff{{From: 0, To: 1, Ops: moved}}},
	}
	a := &align.Alignment{Editions: []*editions.Edition{v1, v2}, Rows: rows}
	if three {
		v3 := paragraphs("v3", "en", s1[:3], s1[3:])
		a.Editions = append(a.Editions, v3)
		for r, c := range [][]int{{0}, {1, 2}, {3}, {4}, {}} {
			a.Rows[r].Cells = append(a.Rows[r].Cells, c)
		}
	}
	return a
}

func write(t *testing.T, a *align.Alignment, format string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteAlignment(&buf, a, format, 80); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.String()
}

// mosesFiles writes the Moses files of a into a temporary directory and
// returns their contents.
func mosesFiles(t *testing.T, a *align.Alignment) []string {
	t.Helper()
	paths, err := WriteMoses(t.TempDir(), "corpus", a)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// The exchange formats of every alignment, by name.
func exchangeFormats(t *testing.T, a *align.Alignment) map[string]string {
	out := map[string]string{}
	for _, f := range []string{"json", "tsv", "tmx", "tei"} {
		out[f] = write(t, a, f)
	}
	if len(a.Editions) == 2 {
		out["beads"] = write(t, a, "beads")
		out["ladder"] = write(t, a, "ladder")
		out["xces"] = write(t, a, "xces")
	}
	out["moses"] = strings.Join(mosesFiles(t, a), "\x00")
	return out
}

func fixtures() map[string]*align.Alignment {
	return map[string]*align.Alignment{
		"translations": threeTranslations(),
		"versions":     versionsOf(false),
		"versions3":    versionsOf(true),
		"pair":         sample(),
	}
}

// Every format is the same bytes run after run, and the same whether
// written from the alignment or from its JSON read back: what the convert
// command will do.
func TestExchangeDeterministicAndFromJSON(t *testing.T) {
	for name, a := range fixtures() {
		first := exchangeFormats(t, a)
		again := exchangeFormats(t, a)
		back, err := ReadAlignmentJSON(strings.NewReader(first["json"]))
		if err != nil {
			t.Fatalf("%s: reading back: %v", name, err)
		}
		fromJSON := exchangeFormats(t, back)
		for f, want := range first {
			if again[f] != want {
				t.Errorf("%s %s: differs between runs", name, f)
			}
			if fromJSON[f] != want {
				t.Errorf("%s %s: differs when converted from JSON:\n%s\nwant:\n%s", name, f, fromJSON[f], want)
			}
		}
	}
}

// joined is every sentence of an edition in order, joined by a space: what
// each format must give back for that edition.
func joined(ed *editions.Edition) string {
	var parts []string
	for _, s := range ed.Sentences {
		parts = append(parts, strings.Join(strings.Fields(s.Text), " "))
	}
	return strings.Join(parts, " ")
}

// xmlChars is s as XML can hold it: characters XML 1.0 does not allow
// (control characters) become U+FFFD.
func xmlChars(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return '\uFFFD'
		}
		return r
	}, s)
}

// textsOf joins, for each edition, the non-empty pieces given to it.
type textsOf [][]string

func (t textsOf) join(e int) string {
	var parts []string
	for _, p := range t[e] {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// Every sentence of every edition is in every format exactly once, in
// order, with its text unchanged (apart from white space).
func TestEverySentenceOnceInOrder(t *testing.T) {
	for name, a := range fixtures() {
		checkEverySentence(t, name, a)
	}
}

// checkEverySentence reads every sentence of every edition back out of
// every exchange format of a and compares.
func checkEverySentence(t *testing.T, name string, a *align.Alignment) {
	t.Helper()
	{
		n := len(a.Editions)
		out := exchangeFormats(t, a)
		check := func(format string, got textsOf) {
			t.Helper()
			for e, ed := range a.Editions {
				w := joined(ed)
				if format == "tmx" || format == "tei" {
					w = xmlChars(w)
				}
				if g := got.join(e); g != w {
					t.Errorf("%s %s: edition %s reads\n%q\nwant\n%q", name, format, ed.ID, g, w)
				}
			}
		}

		// TSV and Moses: a column or a file per edition, a line per row;
		// TSV's last column marks doubtful rows.
		tsv := make(textsOf, n)
		lines := strings.Split(strings.TrimSuffix(out["tsv"], "\n"), "\n")
		if len(lines) != len(a.Rows) {
			t.Errorf("%s tsv: %d lines for %d rows", name, len(lines), len(a.Rows))
		}
		for _, line := range lines {
			cols := strings.Split(line, "\t")
			if len(cols) != n+1 {
				t.Fatalf("%s tsv: %d columns for %d editions: %q", name, len(cols), n, line)
			}
			for e, c := range cols[:n] {
				tsv[e] = append(tsv[e], c)
			}
		}
		check("tsv", tsv)
		moses := make(textsOf, n)
		for e, f := range strings.Split(out["moses"], "\x00") {
			lines := strings.Split(f, "\n")
			if len(lines) != len(a.Rows)+1 || lines[len(lines)-1] != "" {
				t.Errorf("%s moses: file %d has %d lines for %d rows", name, e, len(lines)-1, len(a.Rows))
			}
			moses[e] = lines
		}
		check("moses", moses)

		// Beads, ladder and XCES name sentences by number; they pair two
		// editions and refuse more.
		if n == 2 {
			beads := make([][]int, n)
			for _, line := range strings.Split(strings.TrimSuffix(out["beads"], "\n"), "\n") {
				for e, cell := range strings.Split(line, ":") {
					for _, f := range strings.FieldsFunc(cell, func(r rune) bool { return r == '[' || r == ']' || r == ',' || r == ' ' }) {
						i, _ := strconv.Atoi(f)
						beads[e] = append(beads[e], i)
					}
				}
			}
			checkLinkIDs(t, name+" beads", a, beads)
			checkIDs(t, name+" ladder", a, ladderIDs(t, out["ladder"]))
			checkLinkIDs(t, name+" xces", a, xcesIDs(t, out["xces"]))
		}

		check("tmx", tmxTexts(t, a, out["tmx"]))
		if strings.Contains(out["tei"], "<app") {
			check("tei", teiWitnesses(t, a, out["tei"]))
		} else {
			check("tei", teiSentences(t, a, out["tei"]))
		}
	}
}

// tmxTexts gives each edition the segments of its variants, found by the
// x-edition property.
func tmxTexts(t *testing.T, a *align.Alignment, doc string) textsOf {
	t.Helper()
	var tmx struct {
		Version string `xml:"version,attr"`
		Header  struct {
			SrcLang string `xml:"srclang,attr"`
		} `xml:"header"`
		TUs []struct {
			TUVs []struct {
				Lang  string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Props []struct {
					Type string `xml:"type,attr"`
					Text string `xml:",chardata"`
				} `xml:"prop"`
				Seg string `xml:"seg"`
			} `xml:"tuv"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal([]byte(doc), &tmx); err != nil {
		t.Fatalf("tmx: %v\n%s", err, doc)
	}
	if tmx.Version != "1.4" || tmx.Header.SrcLang != a.Editions[0].Lang.String() {
		t.Errorf("tmx: version %q, srclang %q", tmx.Version, tmx.Header.SrcLang)
	}
	if len(tmx.TUs) != len(a.Rows) {
		t.Errorf("tmx: %d units for %d rows", len(tmx.TUs), len(a.Rows))
	}
	got := make(textsOf, len(a.Editions))
	for _, tu := range tmx.TUs {
		for _, tuv := range tu.TUVs {
			e := -1
			for k, ed := range a.Editions {
				if len(tuv.Props) == 1 && tuv.Props[0].Type == "x-edition" && tuv.Props[0].Text == ed.ID {
					e = k
				}
			}
			if e < 0 || tuv.Lang != a.Editions[e].Lang.String() {
				t.Fatalf("tmx: variant %+v names no edition", tuv)
			}
			got[e] = append(got[e], tuv.Seg)
		}
	}
	return got
}

// teiSentences checks the structure of a TEI document of translations:
// witnesses declared in <listWit>, every sentence id once, every link
// target an id of the document; it returns each edition's sentences.
func teiSentences(t *testing.T, a *align.Alignment, doc string) textsOf {
	t.Helper()
	ids := xmlIDs(a)
	got := make(textsOf, len(a.Editions))
	declared := map[string]int{}
	var witnesses []string
	var targets []string
	dec := xml.NewDecoder(strings.NewReader(doc))
	var inS string
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("tei: %v\n%s", err, doc)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Space != teiNS {
				t.Errorf("tei: <%s> outside the TEI namespace", tok.Name.Local)
			}
			id := attr(tok, "id")
			if id != "" {
				declared[id]++
			}
			switch tok.Name.Local {
			case "witness":
				witnesses = append(witnesses, id)
			case "s":
				inS = id
				text.Reset()
			case "link":
				targets = append(targets, strings.Fields(attr(tok, "target"))...)
			}
		case xml.CharData:
			if inS != "" {
				text.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "s" {
				e := -1
				for k, p := range ids {
					if strings.HasPrefix(inS, p+".s") {
						e = k
					}
				}
				if e < 0 {
					t.Fatalf("tei: sentence id %q names no edition", inS)
				}
				n, _ := strconv.Atoi(strings.TrimPrefix(inS, ids[e]+".s"))
				if n != len(got[e])+1 {
					t.Errorf("tei: sentence %q out of order", inS)
				}
				got[e] = append(got[e], text.String())
				inS = ""
			}
		}
	}
	if !reflect.DeepEqual(witnesses, ids) {
		t.Errorf("tei: witnesses %v, want %v", witnesses, ids)
	}
	for id, n := range declared {
		if n != 1 {
			t.Errorf("tei: id %q declared %d times", id, n)
		}
	}
	if len(targets) == 0 {
		t.Error("tei: no links")
	}
	for _, tg := range targets {
		if !strings.HasPrefix(tg, "#") || declared[tg[1:]] != 1 {
			t.Errorf("tei: link target %q is no sentence", tg)
		}
	}
	return got
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// teiWitnesses reads each witness back out of a TEI parallel
// segmentation: the shared text and the readings that name it, cut into
// sentences at its anchors. It checks that witnesses are declared in
// <listWit>, that every reading names declared witnesses, that ids are
// unique and that every corresp points to an id.
func teiWitnesses(t *testing.T, a *align.Alignment, doc string) textsOf {
	t.Helper()
	ids := xmlIDs(a)
	got := make(textsOf, len(a.Editions))
	cur := make([]*strings.Builder, len(a.Editions))
	var witnesses []string
	declared := map[string]int{}
	var corresp []string
	var reading []bool // which witnesses read the text in hand; nil outside <rdg>
	inBody := false
	types := map[string]bool{}
	dec := xml.NewDecoder(strings.NewReader(doc))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("tei: %v\n%s", err, doc)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			id := attr(tok, "id")
			if id != "" {
				declared[id]++
			}
			if c := attr(tok, "corresp"); c != "" && tok.Name.Local == "app" {
				corresp = append(corresp, c)
			}
			switch tok.Name.Local {
			case "witness":
				witnesses = append(witnesses, id)
			case "body":
				inBody = true
			case "app":
				types[attr(tok, "type")] = true
			case "rdg":
				reading = make([]bool, len(ids))
				for _, w := range strings.Fields(attr(tok, "wit")) {
					found := false
					for e, p := range ids {
						if w == "#"+p {
							reading[e], found = true, true
						}
					}
					if !found {
						t.Errorf("tei: reading of undeclared witness %q", w)
					}
				}
			case "anchor":
				for e, p := range ids {
					if strings.HasPrefix(id, p+".s") {
						if cur[e] != nil {
							got[e] = append(got[e], cur[e].String())
						}
						if n, _ := strconv.Atoi(strings.TrimPrefix(id, p+".s")); n != len(got[e])+1 {
							t.Errorf("tei: anchor %q out of order", id)
						}
						cur[e] = &strings.Builder{}
					}
				}
			}
		case xml.EndElement:
			if tok.Name.Local == "rdg" {
				reading = nil
			}
		case xml.CharData:
			if !inBody {
				continue
			}
			for e := range ids {
				if (reading == nil || reading[e]) && cur[e] != nil {
					cur[e].Write(tok)
				}
			}
		}
	}
	for e := range ids {
		if cur[e] != nil {
			got[e] = append(got[e], cur[e].String())
		}
		// Each piece is one sentence: compare them one by one.
		ed := a.Editions[e]
		if len(got[e]) != len(ed.Sentences) {
			t.Errorf("tei: witness %s has %d sentences, want %d", ids[e], len(got[e]), len(ed.Sentences))
			continue
		}
		for i, s := range ed.Sentences {
			if g := strings.Join(strings.Fields(got[e][i]), " "); g != xmlChars(s.Text) {
				t.Errorf("tei: witness %s sentence %d reads %q, want %q", ids[e], i+1, g, s.Text)
			}
		}
	}
	if !reflect.DeepEqual(witnesses, ids) {
		t.Errorf("tei: witnesses %v, want %v", witnesses, ids)
	}
	for id, n := range declared {
		if n != 1 {
			t.Errorf("tei: id %q declared %d times", id, n)
		}
	}
	for _, c := range corresp {
		if declared[strings.TrimPrefix(c, "#")] != 1 {
			t.Errorf("tei: corresp %q points nowhere", c)
		}
	}
	return got
}

func TestFormatForPath(t *testing.T) {
	for path, want := range map[string]string{
		"out.json": "json", "Ruth.TSV": "tsv", "memory.tmx": "tmx", "ed.tei.xml": "tei", "ed.tei": "tei",
		"en-fr.xces": "xces", "en-fr.ces.xml": "xces", "a/b.beads": "beads", "x.ladder": "ladder",
		"corpus.moses": "moses", "view.html": "html", "view.htm": "html", "side.txt": "text",
		"plain.xml": "", "noext": "", ".json": "", "data.csv": "",
	} {
		got, ok := FormatForPath(path)
		if got != want || ok != (want != "") {
			t.Errorf("FormatForPath(%q) = %q, %v; want %q", path, got, ok, want)
		}
	}
}

// The ladder is hunalign's: a rung where each row starts, with its score,
// and a last rung at the two lengths.
func TestWriteLadder(t *testing.T) {
	want := "0\t0\t0.9123\n1\t1\t0.4\n2\t3\t1\n3\t4\t0.5\n3\t5\t0\n"
	if got := write(t, sample(), "ladder"); got != want {
		t.Errorf("ladder:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteXCES(t *testing.T) {
	got := write(t, sample(), "xces")
	for _, want := range []string{
		`<cesAlign version="1.0">`,
		`<linkGrp targType="s" fromDoc="en.txt" toDoc="fr.txt">`,
		`<link xtargets="s1;s1" certainty="0.9123"/>`,
		`<link xtargets="s2;s2 s3" certainty="0.4"/>`,
		`<link xtargets=";s5" certainty="0.5"/>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("xces lacks %s:\n%s", want, got)
		}
	}
}

// Formats that pair two editions say so rather than drop the third.
func TestTwoEditionFormatsRefuseThree(t *testing.T) {
	for _, f := range []string{"ladder", "xces"} {
		err := WriteAlignment(&bytes.Buffer{}, threeTranslations(), f, 0)
		if err == nil || !strings.Contains(err.Error(), "two editions") {
			t.Errorf("%s with three editions: %v", f, err)
		}
	}
}

func TestTEILinks(t *testing.T) {
	got := write(t, threeTranslations(), "tei")
	for _, want := range []string{
		`<linkGrp type="translation">`,
		`<link type="match" target="#en.s2 #en.s3 #fr.s2 #de.1901.s2 #de.1901.s3" cert="0.4"/>`,
		`<text xml:lang="fr" corresp="#fr">`,
		`<s xml:id="en.s3">We read &#34;Bel-Ami&#34; &amp; &lt;Nana&gt;.</s>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("tei lacks %s:\n%s", want, got)
		}
	}
	// The German note has no counterpart to link to.
	if strings.Contains(got, "#de.1901.s4") {
		t.Errorf("a sentence without counterpart is linked:\n%s", got)
	}
}

func TestTEIVariants(t *testing.T) {
	got := write(t, versionsOf(false), "tei")
	if strings.Count(got, `<app type="moved"`) != 2 {
		t.Errorf("tei: want the two ends of the move:\n%s", got)
	}
	for _, want := range []string{
		`<variantEncoding method="parallel-segmentation" location="internal"/>`,
		`It rained all day<app type="punctuation"><rdg wit="#v1">.</rdg><rdg wit="#v2">!</rdg></app>`,
		`<app type="moved" xml:id="move3" corresp="#move5">`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("tei lacks %s:\n%s", want, got)
		}
	}
}

// Edition ids become XML names, unique, whatever the file was called.
func TestXMLIDs(t *testing.T) {
	a := &align.Alignment{Editions: []*editions.Edition{{ID: "1984.en"}, {ID: "a b"}, {ID: "a_b"}, {ID: ""}}}
	want := []string{"e1984.en", "a_b", "a_b-2", "e4"}
	if got := xmlIDs(a); !reflect.DeepEqual(got, want) {
		t.Errorf("xmlIDs = %v, want %v", got, want)
	}
}

func TestMosesNames(t *testing.T) {
	if got, want := mosesNames("corpus", threeTranslations()), []string{"corpus.en", "corpus.fr", "corpus.de"}; !reflect.DeepEqual(got, want) {
		t.Errorf("translations: %v, want %v", got, want)
	}
	// Versions share a language: the edition ids tell them apart.
	if got, want := mosesNames("corpus", versionsOf(true)), []string{"corpus.v1", "corpus.v2", "corpus.v3"}; !reflect.DeepEqual(got, want) {
		t.Errorf("versions: %v, want %v", got, want)
	}
}

func TestWriteMoses(t *testing.T) {
	dir := t.TempDir()
	paths, err := WriteMoses(dir, "ruth", threeTranslations())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"ruth.en": "It rained.\nWe stayed in. We read \"Bel-Ami\" & <Nana>.\nThe end.\n\n",
		"ruth.fr": "Il pleuvait.\nNous sommes restés lire « Bel-Ami » & <Nana>.\nFin.\n\n",
		"ruth.de": "Es regnete.\nWir blieben drinnen. Wir lasen „Bel-Ami“ & <Nana>.\n\nAnmerkung des Übersetzers: ]]> \x01.\n",
	}
	if len(paths) != 3 {
		t.Fatalf("paths %v", paths)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != want[filepath.Base(p)] {
			t.Errorf("%s:\n%q\nwant\n%q", p, b, want[filepath.Base(p)])
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("%d files in the directory, want the 3 written (no temporary left)", len(entries))
	}
}

// When one file cannot be put in place, none is: no half-written file and
// no set of files that do not belong together.
func TestWriteMosesAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	// A directory where the French file should go makes its rename fail,
	// after the English one has been put in place.
	if err := os.Mkdir(filepath.Join(dir, "c.fr"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "c.fr", "keep"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteMoses(dir, "c", threeTranslations()); err == nil {
		t.Fatal("no error")
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !reflect.DeepEqual(names, []string{"c.fr"}) {
		t.Errorf("left in the directory: %v, want only what was there", names)
	}
	// A directory that does not exist: an error and nothing written.
	if _, err := WriteMoses(filepath.Join(dir, "missing"), "c", threeTranslations()); err == nil {
		t.Error("no error for a missing directory")
	}
}
