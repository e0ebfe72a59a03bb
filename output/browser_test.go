package output

// Browser tests of the parallel edition: the exported page is opened from
// disk in headless Chromium (Debian's chromium, driven by chromedp) and
// used as a reader would. They skip, saying so, where Chromium is missing,
// except under CI=true, where .ci/run installs it and a missing browser is
// a failure.
//
// Screenshots go to $SYNOPTIC_SCREENSHOTS when set (for review; they are
// not committed), else to the test's temporary directory.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/internal/browsertest"
)

// A tab in a headless browser (browsertest.Tab), with the calls these
// tests make of it.
type tab struct {
	*browsertest.Tab
	t   *testing.T
	ctx context.Context
}

// newTab starts a browser of its own for the test and opens a tab.
func newTab(t *testing.T) *tab {
	t.Helper()
	bt := browsertest.NewTab(t)
	return &tab{Tab: bt, t: t, ctx: bt.Ctx}
}

func (tb *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	tb.Do(steps...)
}

// open loads a file and waits for the page's script to have run, failing
// at once, with the page's own words, if it threw instead.
func (tb *tab) open(path string) {
	tb.t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		tb.t.Fatal(err)
	}
	tb.do(chromedp.Navigate("file://" + abs))
	tb.WaitFor(`document.documentElement.hasAttribute('data-ready')`)
}

// eval evaluates a JavaScript expression in the page into out.
func (tb *tab) eval(expr string, out any) {
	tb.t.Helper()
	tb.Eval(expr, out)
}

// js runs JavaScript for its effect.
func (tb *tab) js(expr string) {
	tb.t.Helper()
	tb.do(chromedp.Evaluate[chromedp.Void](expr))
}

// key presses a key on the page as a reader would.
func (tb *tab) key(k string) {
	tb.t.Helper()
	tb.Key(k)
}

// checkClean fails the test for anything the page logged or threw.
func (tb *tab) checkClean() {
	tb.t.Helper()
	tb.CheckClean()
}

func screenshotDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("SYNOPTIC_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// shot writes a screenshot of the viewport, or of the whole page.
func (tb *tab) shot(dir, name string, full bool) {
	tb.t.Helper()
	action := chromedp.CaptureScreenshot()
	if full {
		action = chromedp.FullScreenshot(100) // 100 makes a PNG
	}
	buf, err := chromedp.Run(tb.ctx, action)
	if err != nil {
		tb.t.Fatal(err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	tb.t.Logf("screenshot %s", path)
}

// scheme switches the page between the light and dark themes, and print.
func (tb *tab) media(medium, scheme string) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Media: medium, Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
	if err != nil {
		tb.t.Fatal(err)
	}
}

func exportPage(t *testing.T, al *align.Alignment, opts HTMLOptions) string {
	t.Helper()
	var b strings.Builder
	if err := WriteAlignmentHTML(&b, al, opts); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "parallel.html")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBrowserVersions reads two printings of one text as a reader would:
// rows, highlighting, keyboard navigation, toggles and the strip.
func TestBrowserVersions(t *testing.T) {
	tb := newTab(t)
	al := sampleComparison(t)
	exportedPath := exportPage(t, al, HTMLOptions{})
	tb.open(exportedPath)
	dir := screenshotDir(t)

	var rows int
	tb.eval(`document.querySelectorAll('#al .bd > .row').length`, &rows)
	if rows != len(al.Rows) {
		t.Errorf("the page has %d rows, the alignment %d", rows, len(al.Rows))
	}
	var cols []int
	tb.eval(`Array.from(document.querySelectorAll('#al .bd > .row'), tr => tr.children.length)`, &cols)
	for r, n := range cols {
		if n != 1+len(al.Editions) {
			t.Errorf("row %d has %d cells, want a row number and %d columns", r, n, len(al.Editions))
		}
	}
	tb.shot(dir, "versions-light", false)

	// Pointing at a changed sentence lights its counterpart.
	changed := -1
	for r, row := range al.Rows {
		if row.Kind == align.Changed {
			changed = r
			break
		}
	}
	if changed < 0 {
		t.Fatal("the sample comparison has no changed row")
	}
	sel := fmt.Sprintf("#r-%d > .c", changed)
	tb.do(chromedp.ScrollIntoView(chromedp.CSS(sel)))
	hoverOver(tb, sel)
	var lit []bool
	tb.eval(fmt.Sprintf(`Array.from(document.getElementById('r-%d').children, c => getComputedStyle(c).backgroundColor === getComputedStyle(document.getElementById('r-%[1]d').children[2]).backgroundColor && c.closest('.row').classList.contains('hl'))`, changed), &lit)
	if len(lit) != 3 || !lit[2] {
		t.Errorf("hovering row %d's first column: counterparts lit %v, want every cell of the row", changed, lit)
	}
	var litOther int
	tb.eval(`document.querySelectorAll('.row.hl').length`, &litOther)
	if litOther != 1 {
		t.Errorf("%d rows lit while pointing at one unmoved row", litOther)
	}
	tb.shot(dir, "versions-hover", false)

	// Note markers are links to their notes, in changed rows too, and
	// the notes link back.
	var notes struct{ Markers, Broken, Backs int }
	tb.eval(`(function(){
		const fns = Array.from(document.querySelectorAll('#al a.fn'));
		return {Markers: fns.length,
			Broken: fns.filter(a => !document.getElementById(a.getAttribute('href').slice(1))).length,
			Backs: Array.from(document.querySelectorAll('#al a.back')).filter(a => document.getElementById(a.getAttribute('href').slice(1))).length};
	})()`, &notes)
	var markers int
	for _, ed := range al.Editions {
		markers += len(ed.Markers)
	}
	if notes.Markers != markers || notes.Broken > 0 || notes.Backs == 0 {
		t.Errorf("%d note markers linked (%d broken), %d notes linking back; the editions have %d markers", notes.Markers, notes.Broken, notes.Backs, markers)
	}

	// A moved sentence lights its other end too.
	moved := -1
	for r, row := range al.Rows {
		if row.Kind == align.Moved {
			moved = r
			break
		}
	}
	if moved >= 0 {
		sel := fmt.Sprintf("#r-%d > .n", moved)
		tb.do(chromedp.ScrollIntoView(chromedp.CSS(sel)))
		hoverOver(tb, sel)
		var peerLit bool
		tb.eval(fmt.Sprintf(`document.getElementById('r-%d').classList.contains('hl')`, al.Rows[moved].Peer), &peerLit)
		if !peerLit {
			t.Errorf("hovering moved row %d does not light its other end, row %d", moved, al.Rows[moved].Peer)
		}
	}

	// n and p go from difference to difference, and the address follows.
	var diffs []int
	for r, row := range al.Rows {
		switch row.Kind {
		case align.Changed, align.Deleted, align.Inserted, align.Moved:
			diffs = append(diffs, r)
		}
	}
	tb.js(`window.scrollTo(0, 0); document.activeElement.blur()`)
	focused := func() string {
		var id string
		tb.eval(`(document.activeElement.closest('.row') || {id: ''}).id`, &id)
		return id
	}
	for k := 0; k < 3 && k < len(diffs); k++ {
		tb.key("n")
		if got, want := focused(), fmt.Sprintf("r-%d", diffs[k]); got != want {
			t.Fatalf("after %d presses of n the focus is on %q, want %q", k+1, got, want)
		}
	}
	var hash, say string
	tb.eval(`location.hash`, &hash)
	tb.eval(`document.getElementById('status').textContent`, &say)
	if want := fmt.Sprintf("#r-%d", diffs[2]); hash != want {
		t.Errorf("address after navigating is %q, want %q", hash, want)
	}
	if !strings.Contains(say, fmt.Sprintf("Difference 3 of %d", len(diffs))) {
		t.Errorf("status says %q", say)
	}
	tb.shot(dir, "versions-navigated", false)
	tb.key("p")
	if got, want := focused(), fmt.Sprintf("r-%d", diffs[1]); got != want {
		t.Errorf("after p the focus is on %q, want %q", got, want)
	}
	tb.key("j")
	tb.key("k")
	if got, want := focused(), fmt.Sprintf("r-%d", diffs[1]); got != want {
		t.Errorf("after j and k the focus is on %q, want %q", got, want)
	}

	// Hiding a type removes its marks and its rows from the navigation.
	typ := ""
	for _, op := range al.Rows[changed].DiffOps(0, 1) {
		if op.Kind != align.OpSame {
			typ = string(op.Type)
			break
		}
	}
	var before, after string
	q := fmt.Sprintf(`getComputedStyle(document.querySelector('#r-%d .t-%s')).textDecorationLine`, changed, typ)
	tb.eval(q, &before)
	tb.do(chromedp.Click(chromedp.CSS(fmt.Sprintf(`#types input[value="%s"]`, typ))))
	tb.eval(q, &after)
	if before == "none" || after != "none" {
		t.Errorf("%s differences: text decoration %q before hiding, %q after; want marked, then plain", typ, before, after)
	}
	onlyThat := true
	for _, op := range al.Rows[changed].DiffOps(0, 1) {
		if op.Kind != align.OpSame && string(op.Type) != typ {
			onlyThat = false
		}
	}
	if onlyThat {
		tb.js(`window.scrollTo(0, 0); document.activeElement.blur()`)
		for k := 0; k < len(diffs)+1; k++ {
			tb.key("n")
			if focused() == fmt.Sprintf("r-%d", changed) {
				t.Errorf("navigation stops at row %d, whose only differences (%s) are hidden", changed, typ)
			}
		}
	}
	tb.shot(dir, "versions-hidden-type", false)

	// The strip: a click on a mark goes to its row.
	var y float64
	tb.eval(`(function(){var s=document.getElementById('strip');var tr=document.querySelector('#al .bd .del,#al .bd .ins,#al .bd .mov,#al .bd .chg');var t=document.querySelector('#al .bd').getBoundingClientRect().top+scrollY;return (t+tr.offsetTop+tr.offsetHeight/2)/document.documentElement.scrollHeight*s.clientHeight})()`, &y)
	var firstDiff string
	tb.eval(`document.querySelector('#al .bd .del,#al .bd .ins,#al .bd .mov,#al .bd .chg').id`, &firstDiff)
	tb.js(`document.activeElement.blur()`)
	tb.do(chromedp.MouseClickXY(1280-8, y))
	if got := focused(); got != firstDiff {
		t.Errorf("clicking the strip at y=%.0f focused %q, want %q", y, got, firstDiff)
	}

	// A cited row is where a link to it leads, even though the rows are
	// drawn after the page has loaded.
	cited := len(al.Rows) - 2
	tb.do(chromedp.Navigate("about:blank")) // a load, not a jump within the page
	tb.open(exportedPath + fmt.Sprintf("#r-%d", cited))
	var seen struct {
		Focused     string
		Top, Height float64
	}
	tb.eval(fmt.Sprintf(`({Focused: (document.activeElement.closest('.row') || {id: ''}).id, Top: document.getElementById('r-%d').getBoundingClientRect().top, Height: innerHeight})`, cited), &seen)
	if seen.Focused != fmt.Sprintf("r-%d", cited) || seen.Top < 0 || seen.Top > seen.Height {
		t.Errorf("opened at #r-%d: focus on %q, the row %.0f px from the top of a %.0f px window", cited, seen.Focused, seen.Top, seen.Height)
	}

	tb.media("screen", "dark")
	tb.shot(dir, "versions-dark", false)
	tb.media("print", "light")
	var controls string
	tb.eval(`getComputedStyle(document.getElementById('controls')).display + ' ' + getComputedStyle(document.getElementById('strip')).display`, &controls)
	if controls != "none none" {
		t.Errorf("in print, controls and strip display %q, want none", controls)
	}
	tb.shot(dir, "versions-print", true)
	// Printed, the columns go on landscape pages.
	pdf, err := chromedp.Run(tb.ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "versions-print.pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if m := mediaBox.FindSubmatch(pdf); m == nil {
		t.Error("the printed PDF has no page size")
	} else if w, h := atof(m[1]), atof(m[2]); w <= h {
		t.Errorf("printed pages are %.0f×%.0f points, want landscape", w, h)
	}
	tb.checkClean()
}

var mediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]`)

func atof(b []byte) float64 {
	f, _ := strconv.ParseFloat(string(b), 64)
	return f
}

// hoverOver moves the mouse to the middle of the element sel.
func hoverOver(tb *tab, sel string) {
	tb.t.Helper()
	var box []float64
	tb.eval(fmt.Sprintf(`(function(){var r=document.querySelector(%q).getBoundingClientRect();return [r.left+r.width/2, r.top+Math.min(r.height/2, 12)]})()`, sel), &box)
	tb.do(chromedp.MouseEvent(chromedp.MouseMoved, box[0], box[1]))
}

// TestBrowserTranslation checks the anchors of a translation: marked,
// linked across the columns, and flagged when missing.
func TestBrowserTranslation(t *testing.T) {
	tb := newTab(t)
	al, _ := align.Align([]*editions.Edition{readSample(t, "greve.fr.txt"), readSample(t, "greve.2016.en.txt")}, align.Options{Mode: align.AutoMode})
	tb.open(exportPage(t, al, HTMLOptions{}))
	dir := screenshotDir(t)
	var rows int
	tb.eval(`document.querySelectorAll('#al .bd > .row').length`, &rows)
	if rows != len(al.Rows) {
		t.Errorf("the page has %d rows, the alignment %d", rows, len(al.Rows))
	}
	var langs []string
	tb.eval(`Array.from(document.querySelectorAll('#al .bd .c:not(.gap)'), td => td.closest('[lang]').lang)`, &langs)
	for _, l := range langs {
		if l != "fr" && l != "en" {
			t.Errorf("a column says lang=%q", l)
			break
		}
	}
	// The first anchor with a counterpart: pointing at it lights both.
	var id string
	tb.eval(`(function(){for (const m of document.querySelectorAll('#al mark:not(.x)')) {const tr=m.closest('.row'); const same=[...tr.querySelectorAll('mark')].filter(x=>x.dataset.k===m.dataset.k); if (same.length>1 && m.closest('.c')!==same[same.length-1].closest('.c')) {m.id='probe'; return tr.id}} return ''})()`, &id)
	if id == "" {
		t.Fatal("no anchor matched across the columns")
	}
	tb.do(chromedp.ScrollIntoView(chromedp.CSS("#probe")))
	hoverOver(tb, "#probe")
	var lit int
	tb.eval(`document.querySelectorAll('mark.hk').length`, &lit)
	var cols int
	tb.eval(`new Set(Array.from(document.querySelectorAll('mark.hk'), m => Array.prototype.indexOf.call(m.closest('.row').children, m.closest('.c')))).size`, &cols)
	if lit < 2 || cols < 2 {
		t.Errorf("pointing at an anchor of %s lit %d anchors in %d columns, want its counterpart in the other column too", id, lit, cols)
	}
	tb.shot(dir, "translation-anchor", false)
	tb.media("screen", "dark")
	tb.shot(dir, "translation-dark", false)
	tb.checkClean()
}

// TestBrowserScriptFonts: a column in Chinese, Japanese, Hebrew or
// Arabic is set in a face of its script first, not in the Latin serif
// of the page, which has none of its letters.
func TestBrowserScriptFonts(t *testing.T) {
	tb := newTab(t)
	parse := func(name, lang, text string) *editions.Edition {
		e, err := editions.Parse(name, []byte(text), editions.Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	en := parse("en.txt", "en", "The strike lasted twenty-three days. The employers met twice.")
	for _, c := range []struct{ lang, text, face string }{
		{"zh", "罢工持续了二十三天。老板们开了两次会。", "Noto Serif CJK SC"},
		{"ja", "ストライキは二十三日間続いた。雇い主たちは二度会った。", "Noto Serif CJK JP"},
		{"he", "השביתה נמשכה עשרים ושלושה ימים. המעסיקים נפגשו פעמיים.", "Noto Serif Hebrew"},
		{"ar", "استمر الإضراب ثلاثة وعشرين يوما. اجتمع أصحاب العمل مرتين.", "Noto Naskh Arabic"},
	} {
		other := parse("x.txt", c.lang, c.text)
		al, _ := align.Align([]*editions.Edition{en, other}, align.Options{Mode: align.TranslationMode})
		tb.open(exportPage(t, al, HTMLOptions{}))
		var family string
		tb.eval(`(function(){for (const c of document.querySelectorAll('#al .bd .c:not(.gap)')) {if (c.closest('[lang]').lang === '`+c.lang+`') return getComputedStyle(c).fontFamily} return 'no cell in `+c.lang+`: ' + Array.from(document.querySelectorAll('#al .bd .c'), c => c.closest('[lang]') && c.closest('[lang]').lang).join(',')})()`, &family)
		if !strings.HasPrefix(strings.Trim(family, `"`), c.face) {
			t.Errorf("%s column in %q, want %s first", c.lang, family, c.face)
		}
	}
	tb.checkClean()
}

// TestBrowserMergedCells: a cell of two Japanese sentences is drawn as
// the text has them, nothing between 。 and the next sentence, and one
// of two English sentences with a space (editions.Edition.Separator).
func TestBrowserMergedCells(t *testing.T) {
	tb := newTab(t)
	al, ja, en := mergedCells(t)
	tb.open(exportPage(t, al, HTMLOptions{}))
	var cells []string
	tb.eval(`Array.from(document.querySelectorAll('#al .bd .c:not(.gap)'), c => c.textContent)`, &cells)
	want := []string{ja, en}
	if len(cells) != 2 || !strings.Contains(cells[0], want[0]) || !strings.Contains(cells[1], want[1]) {
		t.Errorf("the cells read %q, want %q", cells, want)
	}
	tb.checkClean()
}

// TestBrowserHostileInput feeds editions made to break out of the page:
// markup, event handlers, javascript: links, bidi overrides. Nothing may
// run, nothing may load, and the columns must stay in place.
func TestBrowserHostileInput(t *testing.T) {
	tb := newTab(t)
	al := hostileAlignment()
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `window.pwned = []`}); err != nil {
		t.Fatal(err)
	}
	tb.open(exportPage(t, al, HTMLOptions{Title: `</title><script>window.pwned.push('title')</script>`}))
	dir := screenshotDir(t)

	var pwned []string
	tb.eval(`window.pwned`, &pwned)
	if len(pwned) > 0 {
		t.Errorf("input ran as script: %v", pwned)
	}
	var found struct {
		Scripts, Imgs, Handlers, JSLinks, Rows int
		Title                                  string
	}
	tb.eval(`({
		Scripts: document.scripts.length,
		Imgs: document.images.length,
		Handlers: Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length,
		JSLinks: Array.from(document.links).filter(a => !a.getAttribute('href').startsWith('#')).length,
		Rows: document.querySelectorAll('#al .bd > .row').length,
		Title: document.title,
	})`, &found)
	if found.Scripts != 3 || found.Imgs != 0 || found.Handlers != 0 || found.JSLinks != 0 {
		t.Errorf("the page has %d scripts (want its own 3: code, alignment and view data), %d images, %d elements with event handlers, %d links off the page", found.Scripts, found.Imgs, found.Handlers, found.JSLinks)
	}
	if found.Rows != len(al.Rows) {
		t.Errorf("%d rows, want %d", found.Rows, len(al.Rows))
	}
	if !strings.Contains(found.Title, "<script>") {
		t.Errorf("title %q: the markup should show as text", found.Title)
	}
	// Every cell stays inside its column, under its heading, whatever
	// the bidi controls in the text.
	var bad []string
	tb.eval(`(function(){
		const heads = Array.from(document.querySelectorAll('#al .hd .row > div'), th => th.getBoundingClientRect());
		const out = [];
		for (const tr of document.querySelectorAll('#al .bd > .row')) {
			Array.from(tr.children).forEach((c, i) => {
				const r = c.getBoundingClientRect();
				if (Math.abs(r.left - heads[i].left) > 1 || Math.abs(r.right - heads[i].right) > 1) out.push(tr.id + ' cell ' + i);
			});
			const n = tr.children[0].textContent;
			if (!n.startsWith(tr.id.slice(2))) out.push(tr.id + ' number reads ' + n);
		}
		if (document.documentElement.scrollWidth > innerWidth) out.push('page wider than the window: ' + document.documentElement.scrollWidth);
		return out;
	})()`, &bad)
	for _, b := range bad {
		t.Errorf("layout: %s", b)
	}
	// The text after an override is unaffected: the next row reads left
	// to right.
	var dirs []string
	tb.eval(`Array.from(document.querySelectorAll('#al .bd .c:not(.gap)'), td => getComputedStyle(td).direction)`, &dirs)
	for k, d := range dirs {
		want := "ltr"
		if k%2 == 1 && al.Editions[1].Lang.String() == "ar" {
			want = "rtl"
		}
		if d != want {
			t.Errorf("cell %d reads %s, want %s", k, d, want)
		}
	}
	tb.shot(dir, "hostile", false)
	tb.checkClean()
}

// TestBrowserMeasure reports how long Chromium takes to render a page and
// make it interactive. It is a measurement, not a check: it runs only
// when SYNOPTIC_MEASURE names an exported page, and logs its figures.
//
//	SYNOPTIC_MEASURE=/tmp/verne.html go test -run Measure -v ./output
func TestBrowserMeasure(t *testing.T) {
	path := os.Getenv("SYNOPTIC_MEASURE")
	if path == "" {
		t.Skip("set SYNOPTIC_MEASURE to an exported page to measure it")
	}
	tb := newTab(t)
	for run := 0; run < 3; run++ {
		start := time.Now()
		tb.open(path)
		ready := time.Since(start)
		var m struct {
			Ready, Painted, Rows, Nodes float64
		}
		// Ready is when the script has run (rows laid out, strip drawn);
		// Painted when the next frame after it has been produced.
		tb.eval(`new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done({
			Ready: performance.getEntriesByName('synoptic-ready')[0].startTime,
			Painted: performance.now(),
			Rows: document.querySelectorAll('#al .bd > .row').length,
			Nodes: document.getElementsByTagName('*').length,
		}))))`, &m)
		keyStart := time.Now()
		tb.key("n")
		tb.key("n")
		key := time.Since(keyStart) / 2
		t.Logf("run %d: ready %.0f ms, painted %.0f ms after navigation start (%v until Navigate returned); %d rows, %d elements; a key press %v",
			run, m.Ready, m.Painted, ready.Round(time.Millisecond), int(m.Rows), int(m.Nodes), key.Round(time.Millisecond))
	}
	tb.checkClean()
}

// TestBrowserThreeColumns checks that the page lays out as many columns as
// the alignment has editions, each under its heading.
func TestBrowserThreeColumns(t *testing.T) {
	tb := newTab(t)
	al := &align.Alignment{
		Editions: []*editions.Edition{
			edition("de", "de", "Es regnete am 3. Mai.", "Wir blieben drinnen."),
			edition("fr", "fr", "Il pleuvait le 3 mai.", "Nous sommes restés.", "Fin."),
			edition("he", "he", "ירד גשם ב-3 במאי.", "נשארנו בבית."),
		},
		Rows: []align.Row{
			{Cells: [][]int{{0}, {0}, {0}}, Kind: align.Match, Score: 0.9},
			{Cells: [][]int{{1}, {1}, {1}}, Kind: align.Match, Score: 0.8},
			{Cells: [][]int{{}, {2}, {}}, Kind: align.Inserted, Score: 0.5},
		},
	}
	tb.open(exportPage(t, al, HTMLOptions{}))
	var bad []string
	tb.eval(`(function(){
		const heads = Array.from(document.querySelectorAll('#al .hd .row > div'), h => h.getBoundingClientRect());
		const out = [];
		if (heads.length !== 4) out.push(heads.length + ' headings');
		for (const tr of document.querySelectorAll('#al .bd > .row')) {
			if (tr.children.length !== 4) out.push(tr.id + ' has ' + tr.children.length + ' cells');
			Array.from(tr.children).forEach((c, i) => {
				const r = c.getBoundingClientRect();
				if (Math.abs(r.left - heads[i].left) > 1 || Math.abs(r.right - heads[i].right) > 1) out.push(tr.id + ' cell ' + i + ' out of its column');
			});
		}
		const he = document.querySelector('#r-0 > .c:nth-child(4)');
		if (getComputedStyle(he).direction !== 'rtl' || he.lang !== 'he') out.push('the Hebrew column is not rtl/he');
		return out;
	})()`, &bad)
	for _, b := range bad {
		t.Error(b)
	}
	tb.shot(screenshotDir(t), "three-columns", false)
	tb.checkClean()
}

// Three editions — an original and two printings of its translation —
// aligned at once: the later printing's column shows its word
// differences from the earlier one, the original's its anchors, and a
// page made for two of the columns shows only those, in the order asked,
// under the labels given.
func TestBrowserManyEditions(t *testing.T) {
	parse := func(name, lang, text string) *editions.Edition {
		e, err := editions.Parse(name, []byte(text), editions.Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	fr := parse("fr.txt", "fr", "La grève commença le 25 octobre 1917.\n\nLes ouvriers quittèrent les usines. Ils marchèrent vers le centre.\n")
	en1 := parse("en-1972.txt", "en", "The strike began on 25 October 1917.\n\nThe workers left the factories. They marched to the centre.\n")
	en2 := parse("en-2016.txt", "en", "The strike began on 25 October 1917.\n\nThe workers left the mills. They marched to the centre.\n\nA new paragraph.\n")
	al, _ := align.Align([]*editions.Edition{fr, en1, en2}, align.Options{})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}

	tb := newTab(t)
	tb.open(exportPage(t, al, HTMLOptions{}))
	var got struct {
		Heads, Del, Ins, Marks []string
		Rows                   int
	}
	tb.eval(`(function(){
		const txt = s => Array.from(document.querySelectorAll(s), x => x.textContent);
		return {
			heads: txt('#al .hd .label'),
			del: txt('#al .bd .c:nth-child(4) del'),
			ins: txt('#al .bd .c:nth-child(4) ins'),
			marks: txt('#al .bd .c:nth-child(2) mark'),
			rows: document.querySelectorAll('#al .bd > .row').length,
		};
	})()`, &got)
	if want := []string{"fr", "en-1972", "en-2016"}; !cmp.Equal(got.Heads, want) {
		t.Errorf("headings %q, want %q", got.Heads, want)
	}
	if len(got.Del) != 1 || !strings.Contains(got.Del[0], "factories") || len(got.Ins) != 1 || !strings.Contains(got.Ins[0], "mills") {
		t.Errorf("2016 column: deleted %q, inserted %q; want factories → mills", got.Del, got.Ins)
	}
	if !contains(got.Marks, "25 octobre") {
		t.Errorf("French anchors %q, want the date marked", got.Marks)
	}
	if got.Rows != len(al.Rows) {
		t.Errorf("%d rows drawn of %d", got.Rows, len(al.Rows))
	}
	tb.shot(screenshotDir(t), "many-editions", false)
	tb.checkClean()

	// Only 2016 and the original, in that order, relabelled: the row
	// that only the 1972 printing has (none here) would be left out, and
	// the 2016 column still shows its differences from 1972.
	tb2 := newTab(t)
	tb2.open(exportPage(t, al, HTMLOptions{Columns: []int{2, 0}, Labels: []string{"1930", "1972", "2016"}}))
	var two struct {
		Heads []string
		Cells int
		Ins   []string
		Rows  []string
	}
	tb2.eval(`(function(){
		const txt = s => Array.from(document.querySelectorAll(s), x => x.textContent);
		return {
			heads: txt('#al .hd .label'),
			cells: document.querySelectorAll('#r-0 > .c').length,
			ins: txt('#al .bd .c:nth-child(2) ins'),
			rows: Array.from(document.querySelectorAll('#al .bd > .row'), r => r.id),
		};
	})()`, &two)
	if want := []string{"2016", "1930"}; !cmp.Equal(two.Heads, want) {
		t.Errorf("headings %q, want %q", two.Heads, want)
	}
	if two.Cells != 2 {
		t.Errorf("row 0 has %d cells, want 2", two.Cells)
	}
	if len(two.Ins) != 1 || !strings.Contains(two.Ins[0], "mills") {
		t.Errorf("2016 column (first) inserted %q, want mills", two.Ins)
	}
	var want []string
	for r, row := range al.Rows {
		if len(row.Cells[0])+len(row.Cells[2]) > 0 {
			want = append(want, "r-"+strconv.Itoa(r))
		}
	}
	if !cmp.Equal(two.Rows, want) {
		t.Errorf("rows drawn %q, want %q", two.Rows, want)
	}
	tb2.checkClean()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
