package browsertest

import (
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// fatalTB records the failure of a Tab's wait instead of failing the
// test that checks it.
type fatalTB struct {
	testing.TB
	msg string
}

func (f *fatalTB) Helper() {}

func (f *fatalTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// A wait that ends in failure says what the page reported and what it
// showed its reader (Shows): the status line of a page whose key was
// refused is what tells why the change never came.
func TestWaitForSaysWhatThePageShowed(t *testing.T) {
	tab := NewTab(t)
	tab.Shows = `document.getElementById('status').textContent`
	html := `<p id="status">select a row first (click it) to confirm it</p><script>console.error('no row selected')</script>`
	tab.Do(chromedp.Navigate("data:text/html," + url.PathEscape(html)))
	fake := &fatalTB{TB: t}
	tab.t = fake
	done := make(chan struct{})
	go func() {
		defer close(done)
		tab.WaitFor(`document.body.dataset.version === '2'`)
	}()
	<-done
	tab.t = t
	for _, want := range []string{"no row selected", `"select a row first (click it) to confirm it"`} {
		if !strings.Contains(fake.msg, want) {
			t.Errorf("the failure of the wait says %q, without %s", fake.msg, want)
		}
	}
}
