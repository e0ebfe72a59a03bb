package review

import (
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/internal/browsertest"
	"github.com/synoptic-text/synoptic/internal/cputime"
	"github.com/synoptic-text/synoptic/output"
)

// BenchmarkVerne measures the review of a novel (Verne's Tour du monde
// and its English translation, about 3,600 rows) as its user waits on
// it: the alignment fetched, the page made, an op applied and saved (the
// file written and synced), and realign around confirmed rows, through
// the server's handler, less the socket; then the same in Chromium
// (browser/...), as the page measures them.
//
//	go test -run XXX -bench Verne ./review
func BenchmarkVerne(b *testing.B) {
	dir := evaldata.Dir(b, "eval", "verne")
	fr, err := editions.Read(dir+"/fr.pg800.txt", editions.Options{Lang: "fr"})
	if err != nil {
		b.Fatal(err)
	}
	en, err := editions.Read(dir+"/en.pg103.txt", editions.Options{Lang: "en"})
	if err != nil {
		b.Fatal(err)
	}
	al, _ := align.Align([]*editions.Edition{fr, en}, align.Options{})
	// review starts a session of the aligner's rows (the edits of a
	// session make new rows, so al stays as the aligner made it), with
	// a confirmed row every hundred, as after some review.
	review := func(b *testing.B) *Session {
		s, err := NewSession(al, filepath.Join(b.TempDir(), "verne.review.json"), align.Options{})
		if err != nil {
			b.Fatal(err)
		}
		s.FromAligner()
		var ops []Op
		for r := 0; r < len(al.Rows); r += 100 {
			ops = append(ops, Op{Op: "confirm", Row: &r})
		}
		if _, err := s.Apply(ops, -1); err != nil {
			b.Fatal(err)
		}
		return s
	}
	s := review(b)
	const port = 8080
	sv := NewServer(s, port, testToken, output.HTMLOptions{})
	request := func(b *testing.B, method, path, body string) {
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		req.Host = "127.0.0.1:8080"
		req.Header.Set(tokenHeader, testToken)
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		sv.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatalf("%s %s: %d %s", method, path, w.Code, w.Body)
		}
	}
	b.Logf("%d rows", len(al.Rows))
	// The page drawn once, as the server does at its start, so that
	// its drawing is not counted in what follows.
	request(b, "GET", "/", "")
	get := func(path string) func(*testing.B) {
		return func(b *testing.B) {
			var clk cpuClock
			for range b.N {
				clk.start()
				request(b, "GET", path, "")
				clk.stop()
			}
			clk.report(b)
		}
	}
	b.Run("get", get("/api/alignment"))
	b.Run("page", get("/"))
	b.Run("op", func(b *testing.B) {
		var clk cpuClock
		defer clk.report(b)
		for i := range b.N {
			op := "confirm"
			if i%2 == 1 {
				op = "unconfirm"
			}
			clk.start()
			request(b, "POST", "/api/ops", `{"ops": [{"op": "`+op+`", "row": 1800}]}`)
			clk.stop()
		}
	})
	b.Run("merge", func(b *testing.B) {
		var clk cpuClock
		defer clk.report(b)
		for i := range b.N {
			ops := `{"op": "merge", "row": 1800}`
			if i%2 == 1 {
				ops = `{"op": "undo"}`
			}
			clk.start()
			request(b, "POST", "/api/ops", `{"ops": [`+ops+`]}`)
			clk.stop()
		}
	})
	// Realign after an edit (two rows merged): the stretch between the
	// confirmed rows around it is aligned again, the others kept.
	b.Run("realign", func(b *testing.B) {
		var clk cpuClock
		defer clk.report(b)
		for range b.N {
			b.StopTimer()
			request(b, "POST", "/api/ops", `{"ops": [{"op": "merge", "row": 1850}]}`)
			b.StartTimer()
			clk.start()
			request(b, "POST", "/api/realign", "")
			clk.stop()
		}
	})
	// Realign where the session cannot tell the aligner's rows (an
	// alignment read from a file): every stretch is aligned again.
	b.Run("realign-all", func(b *testing.B) {
		var clk cpuClock
		defer clk.report(b)
		for range b.N {
			b.StopTimer()
			s.mu.Lock()
			s.aligned = nil
			s.mu.Unlock()
			b.StartTimer()
			clk.start()
			request(b, "POST", "/api/realign", "")
			clk.stop()
		}
	})
	// In Chromium, as the user waits, measured by the page itself from
	// the start of the navigation, or from the key pressed
	// (performance.now, which counts from the navigation's start, and the
	// key's event time): the page ready (the rows on screen drawn and
	// painted, every key answered), all its rows drawn, and a change
	// saved and shown (its rows redrawn and painted).
	//
	// Each on a session of its own, as review starts it, and the page
	// loaded afresh: what a sub-benchmark measures does not depend on
	// what ran before it.
	b.Run("browser", func(b *testing.B) {
		tab := browsertest.NewTab(b)
		tab.Shows = pageShows
		ready := `document.body.dataset.review === 'ready'`
		shown := `performance.getEntriesByName('synoptic-review-shown').length > 0`
		// open serves a new session and loads its page; it returns the
		// page's address.
		open := func(b *testing.B) string {
			ts := httptest.NewUnstartedServer(nil)
			port := ts.Listener.Addr().(*net.TCPAddr).Port
			ts.Config.Handler = NewServer(review(b), port, testToken, output.HTMLOptions{})
			ts.Start()
			b.Cleanup(ts.Close)
			url := ts.URL + "/?token=" + testToken
			tab.Do(chromedp.Navigate(url))
			tab.WaitFor(ready + " && " + shown)
			return url
		}
		// The browser's processes, whose processor time a load costs.
		browser := chromedp.FromContext(tab.Ctx).Browser.Process().Pid
		b.Run("load", func(b *testing.B) {
			url := open(b)
			var first, all float64
			var cpu time.Duration
			cpuOK := true
			for range b.N {
				tab.Do(chromedp.Navigate("about:blank"))
				then, ok := treeCPU(browser)
				tab.Do(chromedp.Navigate(url))
				tab.WaitFor(ready + " && " + shown)
				now, _ := treeCPU(browser)
				cpu += cpuSince(then, now)
				cpuOK = cpuOK && ok
				var m struct{ First, All float64 }
				tab.Eval(`({First: performance.getEntriesByName('synoptic-review-shown')[0].duration, All: performance.getEntriesByName('synoptic-review-ready')[0].startTime})`, &m)
				first += m.First
				all += m.All
			}
			b.ReportMetric(first/float64(b.N), "ms-ready")
			b.ReportMetric(all/float64(b.N), "ms-all-rows")
			if cpuOK {
				// The browser's processor time to all rows drawn (and
				// the polling of the test, a little).
				b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(b.N), "browser-cpu-ms")
			}
		})
		// pick selects row 1800 as a click on its first cell does. The
		// click is the element's own (click()), not the mouse's at the
		// cell's place: rows off screen stand at an estimated height
		// (content-visibility) until drawn, so the place chromedp reads
		// before the rows around are drawn is not the row's by the time
		// the mouse clicks. On a fresh load of Verne, 7 of 15 clicks of
		// the mouse selected another row or none (2026-12-06), and the
		// key that followed was answered "select a row first".
		pick := func() {
			tab.Eval(`document.querySelector('#r-1800 > .c').click(), true`, new(bool))
			tab.WaitFor(`document.querySelector('#r-1800.sel') !== null`)
		}
		// press presses key, and returns the time from the key to the
		// change shown, as the page measured it.
		press := func(key string) float64 {
			var old string
			tab.Eval(`performance.clearMeasures('synoptic-change'), document.body.dataset.version`, &old)
			tab.Key(key)
			tab.WaitFor(ready + ` && document.body.dataset.version !== ` + strconv.Quote(old) + ` && performance.getEntriesByName('synoptic-change').length > 0`)
			var ms float64
			tab.Eval(`performance.getEntriesByName('synoptic-change')[0].duration`, &ms)
			return ms
		}
		// change does what key does to row 1800 (keys in turn), after
		// what prepare does (not measured).
		change := func(b *testing.B, prepare string, keys ...string) {
			open(b)
			var total float64
			for i := range b.N {
				b.StopTimer() // selecting the row is not the op
				pick()
				if prepare != "" {
					press(prepare)
					pick()
				}
				b.StartTimer()
				total += press(keys[i%len(keys)])
			}
			b.ReportMetric(total/float64(b.N), "ms-shown")
		}
		b.Run("confirm", func(b *testing.B) { change(b, "", "c") })
		b.Run("merge", func(b *testing.B) { change(b, "", "m", "z") })
		// Realign after a merge, which it aligns again.
		b.Run("realign", func(b *testing.B) { change(b, "m", "R") })
	})
}

// A cpuClock adds up the processor time of the ops it is started and
// stopped around, and reports it per op (cpu-ms/op): what an op costs
// when the machine's processors are not shared, which the time on the
// clock shows only on an idle machine.
type cpuClock struct {
	total, at time.Duration
	ok        bool
}

func (c *cpuClock) start() { c.at, c.ok = cputime.Process() }

func (c *cpuClock) stop() {
	if now, ok := cputime.Process(); ok && c.ok {
		c.total += now - c.at
	}
}

func (c *cpuClock) report(b *testing.B) {
	if c.ok {
		b.ReportMetric(float64(c.total)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}
}
