package review

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/internal/browsertest"
)

// page is the review page open in a browser, on a server.
type page struct {
	*browsertest.Tab
	st *started
}

func openPage(t *testing.T, tab *browsertest.Tab, st *started) *page {
	p := &page{Tab: tab, st: st}
	tab.Shows = pageShows
	p.Do(chromedp.Navigate(st.srv.URL + "/?token=" + testToken))
	p.WaitFor(`document.body.dataset.review === 'ready'`)
	return p
}

// pageShows is what the review page shows its reader, for the failure
// of a wait: its status line (an error the server answered, "select a
// row first", or "saved"), the version it shows, whether it is ready,
// how it was last loaded (a "reload" is the page loading the alignment
// again, after another tab's change or a change it cannot show in
// place), the changes it measured, and the row selected.
const pageShows = `({status: (document.getElementById('rv-msg') || {}).textContent,
	version: document.body.dataset.version, review: document.body.dataset.review,
	loaded: performance.getEntriesByType('navigation').map(function (e) { return e.type; }).join(),
	changes: performance.getEntriesByName('synoptic-change').length,
	selected: (document.querySelector('#al .row.sel') || {id: 'none'}).id})`

// act does something that changes the state, by a key or by a click, and
// waits for the page to show the saved state: loaded again, or (for a
// confirmation, which changes no row) updated in place.
func (p *page) act(t *testing.T, how func()) {
	t.Helper()
	var old string
	p.Eval(`document.body.dataset.version`, &old)
	how()
	p.WaitFor(`document.body.dataset.review === 'ready' && document.body.dataset.version !== ` + strconv.Quote(old))
}

func (p *page) key(k string) func() { return func() { p.Key(k) } }
func (p *page) click(sel string) func() {
	return func() { p.Do(chromedp.Click(chromedp.CSS(sel))) }
}

// selectCell clicks the cell of edition e in row r, and waits for the
// row to be selected (a click that lands elsewhere fails here, not as a
// key the page answers "select a row first").
func (p *page) selectCell(r, e int) {
	p.Do(chromedp.Click(chromedp.CSS(fmt.Sprintf(`#r-%d > .c:nth-child(%d)`, r, e+2))))
	p.WaitFor(fmt.Sprintf(`document.querySelector('#r-%d.sel') !== null`, r))
}

// saved returns the beads and confirmed rows of the saved file, and
// checks that the page shows the same rows.
func (p *page) saved(t *testing.T) (string, []int) {
	t.Helper()
	al, _ := p.st.read()
	var shown int
	p.Eval(`document.querySelectorAll('#al .bd > .row').length`, &shown)
	if shown != len(al.Rows) {
		t.Errorf("the page shows %d rows, the file has %d", shown, len(al.Rows))
	}
	var conf []int
	for r, row := range al.Rows {
		if row.Confirmed {
			conf = append(conf, r)
		}
	}
	return beads(al), conf
}

// shownState is what the page shows of the alignment: the rows as drawn
// (less the selection and the highlight under the pointer), the header's
// summary and warnings, the counts and the queue.
const shownState = `(function () {
	var b = document.querySelector('#al .bd').cloneNode(true);
	b.querySelectorAll('.sel,.ed,.hl,.hk').forEach(function (x) { x.classList.remove('sel', 'ed', 'hl', 'hk'); });
	b.querySelectorAll('[tabindex]').forEach(function (x) { x.removeAttribute('tabindex'); });
	var top = document.querySelector('header.top');
	return [b.innerHTML, top.querySelector('.summary').textContent,
		Array.from(top.querySelectorAll('.warning'), function (p) { return p.textContent; }).join('/'),
		document.getElementById('rv-counts').textContent, document.getElementById('rv-queue').textContent].join('\n');
})()`

// sameAsLoaded checks that the page, which redrew in place what the
// last change changed, shows what it shows once loaded again.
func (p *page) sameAsLoaded(t *testing.T, what string) {
	t.Helper()
	var drawn, loaded string
	p.Eval(shownState, &drawn)
	p.Do(chromedp.Evaluate[chromedp.Void](`window.notYet = true`), chromedp.Reload())
	p.WaitFor(`!window.notYet && document.body.dataset.review === 'ready'`)
	p.Eval(shownState, &loaded)
	if drawn != loaded {
		k := 0
		for k < len(drawn) && k < len(loaded) && drawn[k] == loaded[k] {
			k++
		}
		t.Errorf("%s: the page shows, from character %d,\n%.300s\nloaded again,\n%.300s", what, k, drawn[k:], loaded[k:])
	}
}

// Every operation, by its key and by its button, is saved and shown;
// the page reloaded, and the server restarted on its file, show the same
// state.
func TestBrowserReview(t *testing.T) {
	tab := browsertest.NewTab(t)
	st := start(t, oneForOne(t, 6))
	p := openPage(t, tab, st)
	steps := []struct {
		name      string
		do        func()
		sel       [2]int // the cell selected first
		want      string
		confirmed string
	}{
		{"merge by key", p.key("m"), [2]int{1, 0}, "[0]:[0] [1, 2]:[1, 2] [3]:[3] [4]:[4] [5]:[5]", "[]"},
		{"undo by key", p.key("z"), [2]int{0, 0}, "[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4] [5]:[5]", "[]"},
		{"redo by key", p.key("y"), [2]int{0, 0}, "[0]:[0] [1, 2]:[1, 2] [3]:[3] [4]:[4] [5]:[5]", "[]"},
		{"undo by button", p.click("#rv-undo"), [2]int{0, 0}, "[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4] [5]:[5]", "[]"},
		{"redo by button", p.click("#rv-redo"), [2]int{0, 0}, "[0]:[0] [1, 2]:[1, 2] [3]:[3] [4]:[4] [5]:[5]", "[]"},
		{"merge by button", p.click("#rv-merge"), [2]int{2, 1}, "[0]:[0] [1, 2]:[1, 2] [3, 4]:[3, 4] [5]:[5]", "[]"},
		{"split by button", p.click(`#rv-splits button[data-op="split"][data-at="2"]`), [2]int{1, 1}, "[0]:[0] [1, 2]:[1] []:[2] [3, 4]:[3, 4] [5]:[5]", "[]"},
		{"shift down by key", p.key("d"), [2]int{1, 0}, "[0]:[0] [1]:[1] [2]:[2] [3, 4]:[3, 4] [5]:[5]", "[]"},
		{"shift up by button", p.click("#rv-up"), [2]int{2, 1}, "[0]:[0] [1]:[1, 2] [2]:[] [3, 4]:[3, 4] [5]:[5]", "[]"},
		{"shift down by button", p.click("#rv-down"), [2]int{1, 1}, "[0]:[0] [1]:[1] [2]:[2] [3, 4]:[3, 4] [5]:[5]", "[]"},
		{"shift up by key", p.key("u"), [2]int{2, 0}, "[0]:[0] [1, 2]:[1] []:[2] [3, 4]:[3, 4] [5]:[5]", "[]"},
		{"split by key, choosing by Enter", func() { p.Key("s"); p.Key("\r") }, [2]int{1, 0}, "[0]:[0] []:[1] [1, 2]:[] []:[2] [3, 4]:[3, 4] [5]:[5]", "[]"},
		{"confirm by key", p.key("c"), [2]int{0, 0}, "[0]:[0] []:[1] [1, 2]:[] []:[2] [3, 4]:[3, 4] [5]:[5]", "[0]"},
		{"confirm by button", p.click("#rv-confirm"), [2]int{4, 0}, "[0]:[0] []:[1] [1, 2]:[] []:[2] [3, 4]:[3, 4] [5]:[5]", "[0 4]"},
		{"unconfirm by key", p.key("c"), [2]int{4, 0}, "[0]:[0] []:[1] [1, 2]:[] []:[2] [3, 4]:[3, 4] [5]:[5]", "[0]"},
		{"alone by key, choosing by Enter", func() { p.Key("o"); p.Key("\r") }, [2]int{4, 1}, "[0]:[0] []:[1] [1, 2]:[] []:[2] []:[3] [3, 4]:[4] [5]:[5]", "[0]"},
		{"alone by button", p.click(`#rv-splits button[data-op="alone"][data-at="5"]`), [2]int{6, 0}, "[0]:[0] []:[1] [1, 2]:[] []:[2] []:[3] [3, 4]:[4] [5]:[] []:[5]", "[0]"},
	}
	for _, s := range steps {
		p.selectCell(s.sel[0], s.sel[1])
		p.act(t, s.do)
		got, conf := p.saved(t)
		if got != s.want || fmt.Sprint(conf) != s.confirmed {
			t.Fatalf("%s: saved %s, confirmed %v; want %s, %s", s.name, got, conf, s.want, s.confirmed)
		}
		// The rows redrawn in place are those the page loads.
		p.sameAsLoaded(t, s.name)
	}
	// The page shows the confirmed row and the counts.
	var counts string
	p.Eval(`document.getElementById('rv-counts').textContent`, &counts)
	if counts != "1 confirmed · 7 to review" {
		t.Errorf("counts %q", counts)
	}
	var mark bool
	p.Eval(`document.querySelector('#r-0').classList.contains('ok') && !document.querySelector('#r-1').classList.contains('ok')`, &mark)
	if !mark {
		t.Error("the confirmed row is not marked, or another is")
	}
	// The queue goes to the least certain rows first, by key and button.
	al, _ := st.read()
	queue := reviewQueue(al)
	var selected string
	p.selectCell(0, 0)
	p.Key("q")
	p.Eval(`document.querySelector('.row.sel').id`, &selected)
	if selected != fmt.Sprintf("r-%d", queue[0]) {
		t.Errorf("q selected %s, want the least certain row r-%d", selected, queue[0])
	}
	p.Do(chromedp.Click(chromedp.CSS("#rv-next")))
	p.Eval(`document.querySelector('.row.sel').id`, &selected)
	if selected != fmt.Sprintf("r-%d", queue[1]) {
		t.Errorf("next selected %s, want r-%d", selected, queue[1])
	}
	// An op that does not apply says why, and changes nothing.
	before, _ := p.saved(t)
	p.Allow("status of 400 (Bad Request)")
	p.selectCell(7, 1)
	p.Key("m")
	p.WaitFor(`document.getElementById('rv-msg').className === 'err'`)
	var msg string
	p.Eval(`document.getElementById('rv-msg').textContent`, &msg)
	if !strings.Contains(msg, "last") {
		t.Errorf("refused merge said %q", msg)
	}
	if after, _ := p.saved(t); after != before {
		t.Error("a refused op changed the file")
	}
	// Realign, by key: the confirmed row stays.
	p.act(t, p.key("R"))
	if _, conf := p.saved(t); fmt.Sprint(conf) != "[0]" {
		t.Errorf("after realign, confirmed %v", conf)
	}
	p.sameAsLoaded(t, "realign")
	// Reloaded, and on a server restarted on the saved file: the same.
	want, _ := p.saved(t)
	p.Do(chromedp.Evaluate[chromedp.Void](`window.notYet = true`), chromedp.Reload())
	p.WaitFor(`!window.notYet && document.body.dataset.review === 'ready'`)
	if got, _ := p.saved(t); got != want {
		t.Errorf("reloaded: %s, want %s", got, want)
	}
	saved, _ := st.read()
	restarted := start(t, saved)
	p = openPage(t, tab, restarted)
	if got, conf := p.saved(t); got != want || fmt.Sprint(conf) != "[0]" {
		t.Errorf("restarted: %s %v, want %s [0]", got, conf, want)
	}
	// The refused merge logged nothing else.
	p.CheckClean()
}

// reviewQueue is the order of the page's queue: rows not confirmed, the
// least certain first.
func reviewQueue(al *align.Alignment) []int {
	var q []int
	for r, row := range al.Rows {
		if !row.Confirmed {
			q = append(q, r)
		}
	}
	for i := 1; i < len(q); i++ {
		for j := i; j > 0 && (al.Rows[q[j]].Score < al.Rows[q[j-1]].Score); j-- {
			q[j], q[j-1] = q[j-1], q[j]
		}
	}
	return q
}

// Two tabs on one server: a change made in one is refused in the other,
// which shows the state as it is now, and nothing is applied to rows
// that have moved.
func TestBrowserTwoTabs(t *testing.T) {
	st := start(t, oneForOne(t, 4))
	a := openPage(t, browsertest.NewTab(t), st)
	b := openPage(t, browsertest.NewTab(t), st)
	a.selectCell(0, 0)
	a.act(t, a.key("m"))
	b.Allow("status of 412")
	b.selectCell(2, 0) // row 2 of the state b shows: sentence 2, now in row 1
	b.act(t, b.key("c"))
	got, conf := b.saved(t)
	if got != "[0, 1]:[0, 1] [2]:[2] [3]:[3]" || len(conf) != 0 {
		t.Errorf("after the stale change: %s, confirmed %v", got, conf)
	}
	var msg string
	b.Eval(`document.getElementById('rv-msg').textContent`, &msg)
	if !strings.Contains(msg, "another tab") {
		t.Errorf("the tab said %q", msg)
	}
	a.CheckClean()
	b.CheckClean()
}

// Coverage findings, listed by key, accepted by button and by key.
func TestBrowserFindings(t *testing.T) {
	eds := readSamples(t, "greve.fr.txt", "greve.1972.en.txt")
	al, _ := align.Align(eds, align.Options{})
	st := start(t, al)
	accept := filepath.Join(t.TempDir(), "reviewed.txt")
	st.s.SetAccept(accept, nil)
	p := openPage(t, browsertest.NewTab(t), st)
	p.Key("f")
	p.WaitFor(`document.querySelectorAll('#rv-findings li').length >= 2`)
	var rowsOf []int
	p.Eval(`Array.from(document.querySelectorAll('#rv-findings li a'), a => +a.dataset.row)`, &rowsOf)
	p.Do(chromedp.Click(chromedp.CSS(`#rv-findings li button`)))
	p.WaitFor(`/1 accepted/.test(document.querySelector('#rv-findings h2').textContent)`)
	p.selectCell(rowsOf[1], 0)
	p.Key("a")
	p.WaitFor(`/2 accepted/.test(document.querySelector('#rv-findings h2').textContent)`)
	data, err := os.ReadFile(accept)
	if err != nil || strings.Count(string(data), "# accepted in synoptic review") != 2 {
		t.Errorf("the accept file: %v\n%s", err, data)
	}
	p.CheckClean()
}

// Versions, whose moved rows link to their other end: a change before a
// move numbers both ends again, and the page shows what it loads.
func TestBrowserChangesOfVersions(t *testing.T) {
	al, _ := align.Align(readSamples(t, "greve.1972.en.txt", "greve.2016.en.txt"), align.Options{})
	moved := -1
	for r, row := range al.Rows {
		if row.Kind == align.Moved && moved < 0 {
			moved = r
		}
	}
	if moved < 1 {
		t.Fatal("the sample has no move after its first row: the test tests nothing")
	}
	st := start(t, al)
	p := openPage(t, browsertest.NewTab(t), st)
	for _, s := range []struct {
		name string
		row  int
		do   func()
	}{
		{"merge before a move", 0, p.key("m")},
		{"undo", 0, p.click("#rv-undo")},
		{"merge into a move", moved - 1, p.click("#rv-merge")},
		{"confirm", moved - 1, p.key("c")},
		{"undo", 0, p.key("z")},
		{"undo", 0, p.key("z")},
	} {
		p.selectCell(s.row, 0)
		p.act(t, s.do)
		p.sameAsLoaded(t, s.name)
	}
	p.CheckClean()
}
