package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"html"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

func writeHTML(t *testing.T, al *align.Alignment, opts HTMLOptions) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteAlignmentHTML(&b, al, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// dataBlock returns the content of <script type="application/json" id=id>.
func dataBlock(t *testing.T, page, id string) string {
	t.Helper()
	open := `<script type="application/json" id="` + id + `">`
	i := strings.Index(page, open)
	if i < 0 {
		t.Fatalf("no %s block", id)
	}
	rest := page[i+len(open):]
	j := strings.Index(rest, "</script>")
	return rest[:j]
}

func TestHTMLIsDeterministic(t *testing.T) {
	al := sampleComparison(t)
	first := writeHTML(t, al, HTMLOptions{})
	for range 3 {
		if again := writeHTML(t, sampleComparison(t), HTMLOptions{}); again != first {
			t.Fatal("two exports of the same comparison differ")
		}
	}
}

// TestHTMLEmbedsTheAlignment checks that the JSON in the page is the
// alignment as WriteAlignmentJSON writes it, for reuse.
func TestHTMLEmbedsTheAlignment(t *testing.T) {
	for _, al := range []*align.Alignment{sampleComparison(t), hostileAlignment()} {
		page := writeHTML(t, al, HTMLOptions{})
		var want, got any
		var b bytes.Buffer
		if err := WriteAlignmentJSON(&b, al); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b.Bytes(), &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(dataBlock(t, page, "alignment-data")), &got); err != nil {
			t.Fatalf("the embedded alignment is not JSON: %v", err)
		}
		if !jsonEqual(got, want) {
			t.Error("the embedded alignment differs from WriteAlignmentJSON's")
		}
	}
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

var (
	cspMeta     = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	inlineStyle = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	inlineJS    = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	markupTag   = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	badAttr     = regexp.MustCompile(`(?i)\s(src|style|on[a-z]+|srcdoc|formaction)=`)
)

// TestHTMLPolicy checks that the page is self-contained and that its
// Content-Security-Policy allows exactly its own style and script.
func TestHTMLPolicy(t *testing.T) {
	page := writeHTML(t, hostileAlignment(), HTMLOptions{})
	m := cspMeta.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no Content-Security-Policy meta tag")
	}
	csp := html.UnescapeString(m[1])
	if strings.Index(page, "<meta http-equiv") > strings.Index(page, "<style>") {
		t.Error("the policy comes after the style it governs")
	}
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	styles, scripts := inlineStyle.FindAllStringSubmatch(page, -1), inlineJS.FindAllStringSubmatch(page, -1)
	if len(styles) != 1 || len(scripts) != 1 {
		t.Fatalf("%d inline styles and %d inline scripts, want one of each", len(styles), len(scripts))
	}
	for _, want := range []string{"default-src 'none'", "style-src " + hash(styles[0][1]), "script-src " + hash(scripts[0][1])} {
		if !strings.Contains(csp, want) {
			t.Errorf("policy %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("policy %q allows unsafe sources", csp)
	}
	// No element loads anything, has an inline style or a handler:
	// the input's attempts are text (&lt;img …), not tags.
	for _, tag := range markupTag.FindAllString(page, -1) {
		if badAttr.MatchString(tag) {
			t.Errorf("the page has the tag %s", tag)
		}
	}
	for _, bad := range []string{"http://", "https://", "<img", "<iframe", "<object", "<svg"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
}

// TestHTMLEscapes checks that text from the input never becomes markup:
// the page has exactly its own elements, whatever the editions say.
func TestHTMLEscapes(t *testing.T) {
	page := writeHTML(t, hostileAlignment(), HTMLOptions{Title: "</title><script>alert(1)</script>"})
	if n := strings.Count(page, "<script"); n != 3 {
		t.Errorf("%d script elements, want the page's own 3", n)
	}
	if n := strings.Count(page, "</script>"); n != 3 {
		t.Errorf("%d </script> tags, want the page's own 3", n)
	}
	if strings.Contains(page, "window.pwned.push('id')</script>") || strings.Contains(page, "<!-- comment") {
		t.Error("input text is in the page unescaped")
	}
	if !strings.Contains(page, "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>") {
		t.Error("the title is not escaped as text")
	}
	// In the data blocks, "<" is written \u003c, so nothing in the text
	// can close them.
	for _, id := range []string{"alignment-data", "view-data"} {
		if strings.ContainsAny(dataBlock(t, page, id), "<>") {
			t.Errorf("the %s block contains < or >", id)
		}
	}
}

func TestHTMLColumns(t *testing.T) {
	page := writeHTML(t, hostileAlignment(), HTMLOptions{})
	for _, want := range []string{
		`role="columnheader" lang="ar" dir="rtl"`, // the Arabic column reads right to left
		`role="columnheader" lang="en"`,
		`English (en)`, `Arabic (ar)`,
		`<div class="bd" role="rowgroup" lang="en">`,
		`aria-rowcount="7"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	var view viewData
	if err := json.Unmarshal([]byte(dataBlock(t, page, "view-data")), &view); err != nil {
		t.Fatal(err)
	}
	if strings.Join(view.Langs, ",") != "en,ar" || strings.Join(view.Dirs, ",") != ",rtl" {
		t.Errorf("view data: languages %v, directions %v", view.Langs, view.Dirs)
	}
}

// TestHTMLAnchors checks the anchors the page highlights in a translation:
// offsets in JavaScript's UTF-16 units, and those missing on the other
// side flagged.
func TestHTMLAnchors(t *testing.T) {
	en := edition("en", "en", "On 25 October 1917 the 😀 Trotsky spoke.", "See note.[1]", "So said Kamenev.")
	fr := edition("fr", "fr", "Le 25 octobre 1918, 😀 Trotski parla.", "Voir la note.[1]", "Ainsi parla-t-il.")
	al := pairedAlike(en, fr)
	block := dataBlock(t, writeHTML(t, al, HTMLOptions{}), "view-data")
	// The anchors as the page's script reads them: [start, end, key,
	// flags, note].
	var view struct {
		Eds []struct {
			Anchors map[int][][5]any `json:"anchors"`
		} `json:"eds"`
	}
	if err := json.Unmarshal([]byte(block), &view); err != nil {
		t.Fatal(err)
	}
	// A name with no counterpart is not shown, and a sentence left with
	// no anchor has no entry (the script reads lists, never null).
	if strings.Contains(block, "null") {
		t.Errorf("view data has a null: %s", block)
	}
	if a, ok := view.Eds[0].Anchors[2]; ok {
		t.Errorf("Kamenev, unmatched, is shown: %v", a)
	}
	find := func(e, s int, key string) []any {
		for _, a := range view.Eds[e].Anchors[s] {
			if a[2] == key {
				return a[:]
			}
		}
		t.Errorf("edition %d sentence %d: no anchor %q in %v", e, s, key, view.Eds[e].Anchors[s])
		return nil
	}
	if a := find(0, 0, "n1917"); a != nil && a[3].(float64) != anchorMissing {
		t.Errorf("1917 against 1918: flags %v, want missing", a[3])
	}
	if a := find(0, 0, "d--10-25"); a != nil && a[3].(float64) != 0 {
		t.Errorf("25 October against 25 octobre: flags %v, want matched", a[3])
	}
	if a := find(1, 0, "n1918"); a != nil && a[3].(float64) != anchorMissing {
		t.Errorf("1918 against 1917: flags %v, want missing", a[3])
	}
	// Offsets count UTF-16 units, as JavaScript does: the anchors after
	// the emoji (two units) still cut the text where they should.
	units := utf16.Encode([]rune(en.Sentences[0].Text))
	got := map[string]bool{}
	for _, a := range view.Eds[0].Anchors[0] {
		start, end := int(a[0].(float64)), int(a[1].(float64))
		got[string(utf16.Decode(units[start:end]))] = true
	}
	for _, want := range []string{"25 October", "1917", "Trotsky"} {
		if !got[want] {
			t.Errorf("anchors cut %v from the text, want %q among them", got, want)
		}
	}
	// A name matches its transliteration; none is flagged.
	if a := find(1, 0, "ptrtk"); a != nil && a[3].(float64) != 0 {
		t.Errorf("Trotski against Trotsky: flags %v, want matched", a[3])
	}
	if a := find(1, 1, "m1"); a != nil && a[3].(float64) != 0 {
		t.Errorf("marker [1] on both sides: flags %v, want matched", a[3])
	}
}

// TestHTMLNamesInColumnsWithoutCase: in a Hebrew or Korean column, where
// any word may be a name (Korean words carry their particle: 나오미가,
// 룻과, 베들레헴으로), the page highlights the words whose reading is a
// name of the English column (נעמי Naomi, לבית לחם to Bethlehem, רות
// Ruth, אלימלך Elimelech) and no other, each under the key of the
// English name, so that pointing at one lights up the other; and the
// English names the other column has are shown, those it lacks (Mahlon,
// Chilion) not.
func TestHTMLNamesInColumnsWithoutCase(t *testing.T) {
	en := []string{"Naomi went back to Bethlehem with Ruth.", "And Elimelech, the husband of Naomi, died; and she was left with her two sons, Mahlon and Chilion."}
	for _, c := range []struct {
		lang   string
		text   [2]string
		en, ed [2]string // what each sentence of the English and of the other column highlights
	}{
		{"he", [2]string{"נעמי שבה לבית לחם עם רות.", "וימת אלימלך איש נעמי ותשאר היא ושני בניה."},
			[2]string{"Naomi=pnm Bethlehem=pbtlm Ruth=prt", "Elimelech=pelmlk Naomi=pnm"},
			[2]string{"נעמי=pnm לבית לחם=pbtlm רות=prt", "אלימלך=pelmlk נעמי=pnm"}},
		{"ko", [2]string{"나오미가 룻과 함께 베들레헴으로 돌아왔더라", "나오미의 남편 엘리멜렉이 죽고 그 두 아들이 남았으며"},
			[2]string{"Naomi=pnm Bethlehem=pbtlm Ruth=prt", "Elimelech=pelmlk Naomi=pnm"},
			[2]string{"나오미가=pnm 룻과=prt 베들레헴으로=pbtlm", "나오미의=pnm 엘리멜렉이=pelmlk"}},
	} {
		al := pairedAlike(edition("en", "en", en...), edition(c.lang, c.lang, c.text[:]...))
		shown := highlighted(t, al)
		for e, want := range [2][2]string{c.en, c.ed} {
			for s := range want {
				if got := strings.Join(shown(e, s), " "); got != want[s] {
					t.Errorf("%s beside %s: %s sentence %d highlights %q, want %q", c.lang, "en", al.Editions[e].ID, s, got, want[s])
				}
			}
		}
	}
}

func TestHTMLTypesAndToggles(t *testing.T) {
	page := writeHTML(t, sampleComparison(t), HTMLOptions{Hide: []align.DiffType{align.QuotesDiff}})
	if !strings.Contains(page, `<body class="versions hide-quotes">`) {
		t.Error("a hidden type does not start hidden")
	}
	if !strings.Contains(page, `<input type="checkbox" value="quotes"> <span class="t-quotes tag">quotes</span>`) {
		t.Error("the quotes toggle is missing or checked")
	}
	if !strings.Contains(page, `<input type="checkbox" value="number" checked>`) {
		t.Error("the number toggle is missing or unchecked")
	}
	if strings.Contains(page, `value="case"`) {
		t.Error("a toggle for a type with no differences")
	}
}

func TestCoverageHTML(t *testing.T) {
	al, _ := align.Align([]*editions.Edition{readSample(t, "greve.fr.txt"), readSample(t, "greve.2016.en.txt")}, align.Options{Mode: align.TranslationMode})
	r := align.Coverage(al, align.CoverageOptions{})
	var b bytes.Buffer
	if err := writeCoverageHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	page := html.UnescapeString(b.String())
	for _, want := range []string{"<h2 id=\"omissions\">Omissions", "<h2 id=\"additions\">Additions", "<h2 id=\"mismatches\">Mismatches", "script-src 'none'", "<meter"} {
		if !strings.Contains(page, want) {
			t.Errorf("the coverage page lacks %q", want)
		}
	}
	if strings.Contains(page, "<script") {
		t.Error("the coverage page has a script")
	}
	for _, f := range r.Omissions {
		if !strings.Contains(page, f.ID) {
			t.Errorf("omission %s is not on the page", f.ID)
		}
	}
}

// readSample reads a file of the sample the command embeds, in
// cmd/synoptic/sample (it cannot move: go:embed reads only below its
// package).
func readSample(t *testing.T, name string) *editions.Edition {
	t.Helper()
	e, err := editions.Read(filepath.Join("..", "cmd", "synoptic", "sample", name), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// hostileAlignment is a translation whose texts and names try every way
// into the page.
func hostileAlignment() *align.Alignment {
	en := edition(`<script>window.pwned.push('id')</script>`, "en",
		`Plain <script>window.pwned.push('text')</script> text.`,
		`"><img src=x onerror="window.pwned.push('img')"> closed.`,
		`Click <a href="javascript:window.pwned.push('link')">here</a> or javascript:window.pwned.push(1).`,
		"Reversed \u202eelbat eht\u202c and \u202eunterminated override.",
		`</script><script>window.pwned.push('end')</script><!-- comment`,
		"A very long word: "+strings.Repeat("x", 400)+".")
	ar := edition(`"><svg onload=window.pwned.push('id2')>`, "ar",
		"نص <b onmouseover=\"window.pwned.push('b')\">عربي</b> 1917.",
		"\u202dمعكوس\u202e <style>body{display:none}</style> نص.",
		"<iframe src=javascript:window.pwned.push('iframe')></iframe>",
		"\u2067isolate without end",
		"{{.}} ${x} `tick` \u2028 line \u2029 sep",
		"1917 <object data=x></object>.")
	en.Title = `<img src=x onerror=window.pwned.push('etitle')>`
	return &align.Alignment{
		Editions: []*editions.Edition{en, ar},
		Rows: []align.Row{
			{Cells: [][]int{{0}, {0}}, Kind: align.Match, Score: 0.9},
			{Cells: [][]int{{1}, {1}}, Kind: align.Match, Score: 0.9},
			{Cells: [][]int{{2}, {}}, Kind: align.Deleted, Score: 0.5},
			{Cells: [][]int{{}, {2}}, Kind: align.Inserted, Score: 0.5},
			{Cells: [][]int{{3}, {3, 4}}, Kind: align.Match, Score: 0.3},
			{Cells: [][]int{{4, 5}, {5}}, Kind: align.Match, Score: 0.7},
		},
	}
}

// The page is written with its data where marks stand in the template's
// output; a title or label that spells a mark must not move the data.
func TestHTMLTitleSpellingADataMark(t *testing.T) {
	al := hostileAlignment()
	plain := writeHTML(t, al, HTMLOptions{Title: "plain"})
	mark := string(alignmentMark) + string(viewMark)
	page := writeHTML(t, al, HTMLOptions{Title: mark, Labels: []string{mark, mark}})
	if dataBlock(t, page, "alignment-data") != dataBlock(t, plain, "alignment-data") {
		t.Error("the alignment data differs when the title spells a mark")
	}
	var view struct{ Labels []string }
	if err := json.Unmarshal([]byte(dataBlock(t, page, "view-data")), &view); err != nil {
		t.Fatal(err)
	}
	if len(view.Labels) != 2 || view.Labels[0] != mark {
		t.Errorf("labels %q, want the mark twice", view.Labels)
	}
	if strings.Contains(page, "\x00") {
		t.Error("a NUL of the title is in the page")
	}
}

// A viewAnchor is written as encoding/json writes the array of its five
// values, whatever its key holds.
func TestViewAnchorJSON(t *testing.T) {
	for _, key := range []string{"n1917", "", `m"`, `m\`, "p<&>", "c東京", "d\u2028\t\x01", "n\xff"} {
		a := viewAnchor{start: 3, end: 70000, key: key, flags: anchorMissing | anchorFirstRef, note: -1}
		var got, want bytes.Buffer
		for _, x := range []struct {
			v   any
			buf *bytes.Buffer
		}{{[]viewAnchor{a}, &got}, {[][5]any{{3, 70000, key, anchorMissing | anchorFirstRef, -1}}, &want}} {
			enc := json.NewEncoder(x.buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(x.v); err != nil {
				t.Fatal(err)
			}
		}
		if got.String() != want.String() {
			t.Errorf("key %q: %s, want %s", key, got.String(), want.String())
		}
		var back []viewAnchor
		if err := json.Unmarshal(got.Bytes(), &back); err != nil || len(back) != 1 || back[0] != a && key != "n\xff" {
			t.Errorf("key %q: read back %v (%v), want %v", key, back, err, a)
		}
	}
}

// highlighted writes al's page and returns what it highlights: for
// sentence s of edition e, each highlighted text with its key.
func highlighted(t *testing.T, al *align.Alignment) func(e, s int) []string {
	t.Helper()
	block := dataBlock(t, writeHTML(t, al, HTMLOptions{}), "view-data")
	var view viewData
	if err := json.Unmarshal([]byte(block), &view); err != nil {
		t.Fatal(err)
	}
	return func(e, s int) []string {
		units := utf16.Encode([]rune(al.Editions[e].Sentences[s].Text))
		var out []string
		for _, a := range view.Eds[e].Anchors[s].anchors() {
			out = append(out, string(utf16.Decode(units[a.start:a.end]))+"="+a.key)
		}
		return out
	}
}

// The view data is written a sentence at a time, but as encoding/json
// writes it whole: sentences in the order of their numbers as strings
// ("10" before "2"), an edition without anchors as null.
func TestViewJSONAsEncodingJSON(t *testing.T) {
	anchorsOf := func(key string) anchorList {
		return anchorList(nil).append(viewAnchor{start: 1, end: 4, key: key, note: -1}, 0).append(viewAnchor{start: 6, end: 300, key: "n", flags: anchorMissing | anchorFirstRef, note: 12}, 4)
	}
	v := viewData{Versions: false, Base: 1, Columns: []int{1, 0, 2}, Labels: []string{"a<b", "c", "d"}, Langs: []string{"fr", "en", "ar"}, Dirs: []string{"", "", "rtl"},
		Eds: []viewEd{
			{Heads: []int{0}, Notes: map[int]int{3: 0}, NoteStart: map[int]int{4: 0}, NoteText: map[int]string{0: "une note & <b>"},
				Anchors: map[int]anchorList{2: anchorsOf("n2"), 10: anchorsOf("n10"), 1: anchorsOf(`m"`), 100: anchorsOf("p\u2028")}},
			{Heads: []int{}, Notes: map[int]int{}, NoteStart: map[int]int{}, NoteText: map[int]string{}, Anchors: map[int]anchorList{}},
			{Heads: []int{}, Notes: map[int]int{}, NoteStart: map[int]int{}, NoteText: map[int]string{}},
		}}
	var got, want bytes.Buffer
	if err := writeViewJSON(&got, &v); err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&v); err != nil {
		t.Fatal(err)
	}
	if w := strings.TrimSuffix(want.String(), "\n"); got.String() != w {
		t.Errorf("view data\n%s\nwant\n%s", got.String(), w)
	}
}
