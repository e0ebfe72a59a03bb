// Package browsertest drives a page in headless Chromium (Debian's
// chromium, through chromedp) for the browser tests of the exported page
// (output) and of the review page (review): a fresh profile per
// test, the flags that keep the browser off the network, and every
// error, exception or dialog of the page a failure. Tests skip, saying
// so, where Chromium is missing, except under CI=true, where a missing
// browser is a failure.
package browsertest

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Chromium returns the path of a Chromium or Chrome binary, or skips the
// test (fails it under CI=true) when there is none.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("SYNOPTIC_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium not found: .ci/run installs it (apt-get install chromium); the browser tests cannot run")
	}
	t.Skip("Chromium not found (install Debian's chromium to run the browser tests)")
	return ""
}

// A Tab is a tab in a headless browser of its own.
type Tab struct {
	t        testing.TB
	Ctx      context.Context
	mu       sync.Mutex
	problems []string
	allowed  []string
	// Shows, when set, is a JavaScript expression of what the page
	// shows its reader (its status line, its state), which WaitFor's
	// failure reports, so that a wait that ends says what the page said.
	Shows string
}

// NewTab starts a browser for the test and opens a tab.
func NewTab(t testing.TB) *Tab {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 180*time.Second)
	t.Cleanup(func() { cancelTime(); cancelCtx(); cancelAlloc() })
	tb := &Tab{t: t, Ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			switch m.Type {
			case chromedp.ConsoleError, chromedp.ConsoleException, chromedp.ConsoleWarning:
				tb.note(m.String())
			}
		}
	}()
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			tb.note("dialog opened: " + ev.Message)
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
		}
	}()
	return tb
}

func (tb *Tab) note(msg string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, a := range tb.allowed {
		if strings.Contains(msg, a) {
			return
		}
	}
	tb.problems = append(tb.problems, msg)
}

// Allow makes messages that contain s expected from now on, not problems:
// the browser's own log of a request the test means to be refused.
func (tb *Tab) Allow(s string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.allowed = append(tb.allowed, s)
}

// Problems returns what the page logged, threw or opened so far.
func (tb *Tab) Problems() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.problems...)
}

// Do runs chromedp actions.
func (tb *Tab) Do(steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.Ctx, steps...); err != nil {
		tb.t.Fatal(err)
	}
}

// Eval evaluates a JavaScript expression in the page into out.
func (tb *Tab) Eval(expr string, out any) {
	tb.t.Helper()
	raw, err := chromedp.Run(tb.Ctx, chromedp.Evaluate[[]byte](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("%s: %v", expr, err)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		tb.t.Fatalf("%s: %v", expr, err)
	}
}

// WaitFor polls the JavaScript expression until it is true; it fails the
// test at once if the page reports a problem, or after a minute, saying
// what the page showed (Shows).
func (tb *Tab) WaitFor(expr string) {
	tb.t.Helper()
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		var ok bool
		raw, err := chromedp.Run(tb.Ctx, chromedp.Evaluate[[]byte]("!!("+expr+")"))
		if err == nil {
			err = json.Unmarshal(raw, &ok)
		}
		if err == nil && ok {
			return
		}
		if p := tb.Problems(); len(p) > 0 || time.Since(start) > time.Minute {
			why := "timed out after a minute"
			if err != nil {
				why = err.Error()
			}
			if len(p) > 0 {
				why = "the page reported: " + strings.Join(p, "; ")
			}
			tb.t.Fatalf("waiting for %s: %s; the page showed: %s", expr, why, tb.shows())
		}
	}
}

// shows returns what the page shows (Shows), as JSON, or why it cannot.
func (tb *Tab) shows() string {
	if tb.Shows == "" {
		return "(no Shows expression set)"
	}
	raw, err := chromedp.Run(tb.Ctx, chromedp.Evaluate[[]byte](tb.Shows))
	if err != nil {
		return "(cannot tell: " + err.Error() + ")"
	}
	return string(raw)
}

// Key presses a key on the page as a reader would.
func (tb *Tab) Key(k string) {
	tb.t.Helper()
	tb.Do(chromedp.KeyEvent(k))
}

// CheckClean fails the test for anything the page logged or threw.
func (tb *Tab) CheckClean() {
	tb.t.Helper()
	for _, p := range tb.Problems() {
		tb.t.Errorf("page: %s", p)
	}
}
