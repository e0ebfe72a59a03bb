package review

import (
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/internal/browsertest"
	"github.com/synoptic-text/synoptic/output"
)

// BenchmarkVerne measures the review of a novel (Verne's Tour du monde
// and its English translation, about 3,600 rows) as its user waits on
// it: the alignment fetched, the page made, an op applied and saved (the
// file written and synced), and realign around confirmed rows. The
// requests go through the server's handler, less the socket.
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
	s, err := NewSession(al, filepath.Join(b.TempDir(), "verne.review.json"), align.Options{})
	if err != nil {
		b.Fatal(err)
	}
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
	b.Run("get", func(b *testing.B) {
		for range b.N {
			request(b, "GET", "/api/alignment", "")
		}
	})
	b.Run("page", func(b *testing.B) {
		for range b.N {
			request(b, "GET", "/", "")
		}
	})
	b.Run("op", func(b *testing.B) {
		for i := range b.N {
			op := "confirm"
			if i%2 == 1 {
				op = "unconfirm"
			}
			request(b, "POST", "/api/ops", `{"ops": [{"op": "`+op+`", "row": 1800}]}`)
		}
	})
	b.Run("merge", func(b *testing.B) {
		for i := range b.N {
			ops := `{"op": "merge", "row": 1800}`
			if i%2 == 1 {
				ops = `{"op": "undo"}`
			}
			request(b, "POST", "/api/ops", `{"ops": [`+ops+`]}`)
		}
	})
	// A confirmed row every hundred, as after some review.
	for r := 0; r < len(al.Rows); r += 100 {
		request(b, "POST", "/api/ops", `{"ops": [{"op": "confirm", "row": `+itoa(r)+`}]}`)
	}
	b.Run("realign", func(b *testing.B) {
		for range b.N {
			request(b, "POST", "/api/realign", "")
		}
	})
	// In Chromium, as the user waits: the page loaded and ready, and
	// a row confirmed by its key until the page shows it saved.
	b.Run("browser", func(b *testing.B) {
		tab := browsertest.NewTab(b)
		ts := httptest.NewUnstartedServer(nil)
		port := ts.Listener.Addr().(*net.TCPAddr).Port
		ts.Config.Handler = NewServer(s, port, testToken, output.HTMLOptions{})
		ts.Start()
		defer ts.Close()
		ready := `document.body.dataset.review === 'ready'`
		tab.Do(chromedp.Navigate(ts.URL + "/?token=" + testToken))
		tab.WaitFor(ready)
		b.Run("load", func(b *testing.B) {
			for range b.N {
				tab.Do(chromedp.Navigate("about:blank"))
				tab.Do(chromedp.Navigate(ts.URL + "/?token=" + testToken))
				tab.WaitFor(ready)
			}
			var timing map[string]float64
			tab.Eval(`(function(){var n=performance.getEntriesByType('navigation')[0];return {requestStart:n.requestStart,responseStart:n.responseStart,responseEnd:n.responseEnd,domInteractive:n.domInteractive,domContentLoaded:n.domContentLoadedEventEnd,now:performance.now()}})()`, &timing)
			b.Logf("%v", timing)
		})
		// A confirmation changes no row: the page shows it in place.
		b.Run("confirm", func(b *testing.B) {
			for range b.N {
				b.StopTimer() // selecting the row is not the op
				tab.Do(chromedp.Click(chromedp.CSS(`#r-1800 > .c`)))
				var old string
				tab.Eval(`document.body.dataset.version`, &old)
				b.StartTimer()
				tab.Key("c")
				tab.WaitFor(ready + ` && document.body.dataset.version !== ` + strconv.Quote(old))
			}
		})
		// A merge changes rows: the page is loaded again.
		b.Run("merge", func(b *testing.B) {
			for i := range b.N {
				key := "m"
				if i%2 == 1 {
					key = "z"
				}
				b.StopTimer()
				tab.Do(chromedp.Click(chromedp.CSS(`#r-1800 > .c`)))
				var old string
				tab.Eval(`document.body.dataset.version`, &old)
				b.StartTimer()
				tab.Key(key)
				tab.WaitFor(ready + ` && document.body.dataset.version !== ` + strconv.Quote(old))
			}
		})
	})
}

func itoa(i int) string { return strconv.Itoa(i) }
