package output

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// xmllint returns the path of xmllint, or skips the test without it;
// under CI (CI=true), which installs libxml2-utils, a missing xmllint is
// a failure, so that validation cannot silently stop.
func xmllint(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("xmllint")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("xmllint not found; CI must install libxml2-utils")
		}
		t.Skip("skipping: xmllint not found (apt-get install libxml2-utils)")
	}
	return p
}

// validateTMX writes a as TMX and validates it against the TMX 1.4b DTD.
func validateTMX(t *testing.T, lint, dtd string, a *align.Alignment, name string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), name+".tmx")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeTMX(f, a); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(lint, "--noout", "--dtdvalid", dtd, file).CombinedOutput()
	if err != nil {
		t.Errorf("%s: the TMX does not validate against %s: %v\n%s", name, dtd, err, out)
	}
}

func TestTMXValidatesAgainstDTD(t *testing.T) {
	lint := xmllint(t)
	dtd := evaldata.Dir(t, "formats", "tmx14.dtd")
	for name, a := range fixtures() {
		validateTMX(t, lint, dtd, a, name)
	}
}

// A real pair: Ruth in the King James Version and in Darby's French,
// aligned by synoptic, makes a valid translation memory with a unit per
// row.
func TestTMXRuthValidates(t *testing.T) {
	lint := xmllint(t)
	dtd := evaldata.Dir(t, "formats", "tmx14.dtd")
	dir := evaldata.Dir(t, "eval", "bible")
	en, err := editions.Read(filepath.Join(dir, "en-KJV.Ruth.txt"), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fr, err := editions.Read(filepath.Join(dir, "fr-FreJND.Ruth.txt"), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	a, _ := align.Align([]*editions.Edition{en, fr}, align.Options{Mode: align.TranslationMode})
	aligned := time.Since(start)
	var buf strings.Builder
	if err := writeTMX(&buf, a); err != nil {
		t.Fatal(err)
	}
	written := time.Since(start) - aligned
	if n := strings.Count(buf.String(), "<tu "); n != len(a.Rows) {
		t.Errorf("%d units for %d rows", n, len(a.Rows))
	}
	if !strings.Contains(buf.String(), `srclang="en"`) || !strings.Contains(buf.String(), `<tuv xml:lang="fr">`) {
		t.Errorf("languages missing from the TMX:\n%.600s", buf.String())
	}
	start = time.Now()
	validateTMX(t, lint, dtd, a, "ruth")
	t.Logf("Ruth: %d and %d sentences, %d rows; align %v, write TMX %v (%d bytes), write+validate %v",
		len(en.Sentences), len(fr.Sentences), len(a.Rows), aligned.Round(time.Millisecond),
		written.Round(time.Microsecond), buf.Len(), time.Since(start).Round(time.Millisecond))
}

// Without xmllint, the header still carries what TMX requires.
func TestTMXHeader(t *testing.T) {
	var doc struct {
		Header struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"header"`
	}
	if err := xml.Unmarshal([]byte(write(t, threeTranslations(), "tmx")), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range doc.Header.Attrs {
		got[a.Name.Local] = a.Value
	}
	for attr, want := range map[string]string{
		"creationtool": "synoptic", "creationtoolversion": Version, "segtype": "sentence", "o-tmf": "synoptic",
		"adminlang": "en", "srclang": "en", "datatype": "plaintext",
	} {
		if got[attr] != want {
			t.Errorf("header %s=%q, want %q", attr, got[attr], want)
		}
	}
}

// Real pairs through every format: Ruth in English and French aligned as
// translations, and in two English versions (KJV and ASV) compared as
// versions, with their word diffs and moves.
func TestExchangeRuth(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	read := func(name string) *editions.Edition {
		e, err := editions.Read(filepath.Join(dir, name), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	kjv, asv, fr := read("en-KJV.Ruth.txt"), read("en-ASV.Ruth.txt"), read("fr-FreJND.Ruth.txt")
	translation, _ := align.Align([]*editions.Edition{kjv, fr}, align.Options{Mode: align.TranslationMode})
	checkEverySentence(t, "ruth en-fr", translation)
	versions, _ := align.Align([]*editions.Edition{kjv, asv}, align.Options{Mode: align.VersionsMode})
	tei := write(t, versions, "tei")
	if !strings.Contains(tei, "<app ") {
		t.Fatal("KJV and ASV compared as versions show no variant")
	}
	checkEverySentence(t, "ruth versions", versions)
}
