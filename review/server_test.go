package review

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

const testToken = "0123456789abcdef0123456789abcdef"

// oneForOne is an alignment of two editions of n sentences, one row per
// sentence.
func oneForOne(t testing.TB, n int) *align.Alignment {
	var a, b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&a, "Sentence %d.\n", i)
		fmt.Fprintf(&b, "Phrase %d.\n", i)
	}
	ea := parse(t, "a.txt", "en", a.String())
	eb := parse(t, "b.txt", "fr", b.String())
	al := &align.Alignment{Editions: []*editions.Edition{ea, eb}}
	for i := 0; i < n; i++ {
		al.Rows = append(al.Rows, align.Row{Cells: [][]int{{i}, {i}}, Kind: align.Match, Score: float64(i%10) / 10})
	}
	return al
}

func parse(t testing.TB, name, lang, text string) *editions.Edition {
	e, err := editions.Parse(name, []byte(text), editions.Options{Lang: lang, Presegmented: true, Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// started serves al on a real socket of 127.0.0.1, saving to a file in
// a temporary directory.
type started struct {
	t    testing.TB
	srv  *httptest.Server
	sv   *Server
	s    *Session
	host string
	path string
}

func start(t testing.TB, al *align.Alignment) *started {
	path := filepath.Join(t.TempDir(), "review.json")
	s, err := NewSession(al, path, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(nil)
	port := ts.Listener.Addr().(*net.TCPAddr).Port
	sv := NewServer(s, port, testToken, output.HTMLOptions{})
	ts.Config.Handler = sv
	ts.Start()
	t.Cleanup(ts.Close)
	return &started{t: t, srv: ts, sv: sv, s: s, host: fmt.Sprintf("127.0.0.1:%d", port), path: path}
}

// do sends a request with the token in the header, the page's Origin
// and a JSON body, and returns the status and body.
func (st *started) do(method, path, body string, edit func(*http.Request)) (int, string) {
	st.t.Helper()
	req, err := http.NewRequest(method, st.srv.URL+path, strings.NewReader(body))
	if err != nil {
		st.t.Fatal(err)
	}
	req.Header.Set(tokenHeader, testToken)
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", "http://"+st.host)
	}
	if edit != nil {
		edit(req)
	}
	resp, err := st.srv.Client().Do(req)
	if err != nil {
		st.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (st *started) ops(ops string) (int, string) {
	return st.do(http.MethodPost, "/api/ops", `{"ops": [`+ops+`]}`, nil)
}

// read reads back the saved file, which must be a well-formed alignment.
func (st *started) read() (*align.Alignment, []byte) {
	st.t.Helper()
	data, err := os.ReadFile(st.path)
	if err != nil {
		st.t.Fatal(err)
	}
	al, err := output.ReadAlignmentJSON(bytes.NewReader(data))
	if err != nil {
		st.t.Fatalf("the saved file: %v", err)
	}
	return al, data
}

func beads(al *align.Alignment) string {
	var s []string
	for _, b := range al.Beads() {
		s = append(s, b.String())
	}
	return strings.Join(s, " ")
}

func TestOpsSavedAndRestarted(t *testing.T) {
	st := start(t, oneForOne(t, 5))
	code, body := st.ops(`{"op": "merge", "row": 1}, {"op": "shift", "row": 2, "edition": 1, "dir": "up"}, {"op": "confirm", "row": 0}`)
	if code != http.StatusOK {
		t.Fatalf("%d %s", code, body)
	}
	al, data := st.read()
	if string(data) != body {
		t.Error("the answer is not what was saved")
	}
	if got, want := beads(al), "[0]:[0] [1, 2]:[1, 2, 3] [3]:[] [4]:[4]"; got != want {
		t.Errorf("saved %s, want %s", got, want)
	}
	if !al.Rows[0].Confirmed || al.Rows[1].Confirmed {
		t.Errorf("confirmed: row 0 %v, row 1 %v", al.Rows[0].Confirmed, al.Rows[1].Confirmed)
	}
	// A restart on the saved file shows the same state.
	again := start(t, al)
	if _, got := again.do(http.MethodGet, "/api/alignment", "", nil); got != body {
		t.Error("a restart on the saved file does not show the same state")
	}
	// So does the page: its embedded alignment is the state.
	_, page := again.do(http.MethodGet, "/", "", nil)
	if !strings.Contains(page, `"status":"confirmed"`) {
		t.Error("the page does not carry the state")
	}
}

// A batch with an op that does not apply changes nothing, in memory or
// on disk, and says which op and why.
func TestOpsAllOrNothing(t *testing.T) {
	st := start(t, oneForOne(t, 5))
	_, before := st.read()
	for _, bad := range []string{
		`{"op": "merge", "row": 0}, {"op": "merge", "row": 9}`,
		`{"op": "confirm", "row": 1}, {"op": "split", "row": 1, "edition": 0}`,
		`{"op": "shift", "row": 0, "edition": 0, "dir": "up"}`,
		`{"op": "shift", "row": 1, "edition": 0, "dir": "sideways"}`,
		`{"op": "undo"}`,
		`{"op": "frobnicate", "row": 1}`,
		`{"op": "merge"}`,
	} {
		code, body := st.ops(bad)
		if code != http.StatusBadRequest || !strings.HasPrefix(body, "op ") {
			t.Errorf("%s: %d %q, want 400 naming the op", bad, code, body)
		}
		if _, after := st.read(); !bytes.Equal(after, before) {
			t.Errorf("%s: the file changed", bad)
		}
		if _, got := st.do(http.MethodGet, "/api/alignment", "", nil); got != string(before) {
			t.Errorf("%s: the state changed", bad)
		}
	}
	for _, bad := range []string{`{"ops": [{"op": "merge", "row": "1"}]}`, `{"ops": 1}`, `{"opz": []}`, `not json`} {
		if code, _ := st.do(http.MethodPost, "/api/ops", bad, nil); code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", bad, code)
		}
	}
}

func TestUndoRedo(t *testing.T) {
	st := start(t, oneForOne(t, 4))
	_, start0 := st.do(http.MethodGet, "/api/alignment", "", nil)
	st.ops(`{"op": "merge", "row": 0}`)
	_, merged := st.ops(`{"op": "confirm", "row": 0}`)
	steps := []struct{ ops, want string }{
		{`{"op": "undo"}, {"op": "undo"}`, start0},
		{`{"op": "redo"}, {"op": "redo"}`, merged},
		{`{"op": "undo"}, {"op": "undo"}, {"op": "split", "row": 1, "edition": 1, "at": 1}, {"op": "undo"}`, start0},
	}
	for _, s := range steps {
		code, got := st.ops(s.ops)
		if code != http.StatusOK || got != s.want {
			t.Fatalf("%s: %d, not the state expected", s.ops, code)
		}
	}
	// A new edit clears what could be redone.
	st.ops(`{"op": "confirm", "row": 2}`)
	if code, _ := st.ops(`{"op": "redo"}`); code != http.StatusBadRequest {
		t.Errorf("redo after a new edit: %d, want 400", code)
	}
}

// Realign keeps the confirmed rows and aligns the rest around them.
func TestRealign(t *testing.T) {
	al, _ := align.Align(readSamples(t, "greve.fr.txt", "greve.1972.en.txt"), align.Options{})
	auto := beads(al)
	st := start(t, al)
	// A person pairs the first two rows into one and confirms it: a
	// correction the aligner would not make.
	if code, body := st.ops(`{"op": "merge", "row": 0}, {"op": "confirm", "row": 0}`); code != http.StatusOK {
		t.Fatal(body)
	}
	edited, _ := st.read()
	code, body := st.do(http.MethodPost, "/api/realign", "", nil)
	if code != http.StatusOK {
		t.Fatalf("%d %s", code, body)
	}
	got, _ := st.read()
	if !sameCells(got.Rows[0], edited.Rows[0]) || !got.Rows[0].Confirmed {
		t.Errorf("realign lost the confirmed row: %v", got.Rows[0].Cells)
	}
	if want := strings.SplitN(auto, " ", 3)[2]; !strings.HasSuffix(beads(got), want) {
		t.Errorf("the rest realigned to %s, want %s", beads(got), want)
	}
	// Realign is undone like any edit.
	if _, back := st.ops(`{"op": "undo"}`); !strings.Contains(back, `"status":"confirmed"`) {
		t.Error("undo of realign lost the confirmation")
	}
}

func sameCells(x, y align.Row) bool { return fmt.Sprint(x.Cells) == fmt.Sprint(y.Cells) }

// Every kind of stranger is refused, and nothing but the page and the
// API is served.
func TestSecurity(t *testing.T) {
	st := start(t, oneForOne(t, 3))
	noToken := func(r *http.Request) { r.Header.Del(tokenHeader) }
	for _, tc := range []struct {
		name   string
		method string
		path   string
		edit   func(*http.Request)
		want   int
	}{
		{"no token", "GET", "/api/alignment", noToken, 403},
		{"no token, page", "GET", "/", noToken, 403},
		{"no token, ops", "POST", "/api/ops", noToken, 403},
		{"wrong token", "GET", "/api/alignment", func(r *http.Request) { r.Header.Set(tokenHeader, strings.Repeat("0", 32)) }, 403},
		{"token prefix", "GET", "/api/alignment", func(r *http.Request) { r.Header.Set(tokenHeader, testToken[:16]) }, 403},
		{"wrong cookie", "GET", "/api/alignment", func(r *http.Request) {
			noToken(r)
			r.AddCookie(&http.Cookie{Name: cookieName, Value: "x"})
		}, 403},
		{"token in the query", "GET", "/api/alignment?token=" + testToken, noToken, 200},
		{"token in the cookie", "GET", "/api/alignment", func(r *http.Request) {
			noToken(r)
			r.AddCookie(&http.Cookie{Name: cookieName, Value: testToken})
		}, 200},
		{"foreign host (DNS rebinding)", "GET", "/api/alignment", func(r *http.Request) { r.Host = "evil.example:" + strings.Split(st.host, ":")[1] }, 403},
		{"host on another port", "GET", "/api/alignment", func(r *http.Request) { r.Host = "127.0.0.1:1" }, 403},
		{"localhost", "GET", "/api/alignment", func(r *http.Request) { r.Host = "localhost:" + strings.Split(st.host, ":")[1] }, 200},
		{"foreign origin", "POST", "/api/ops", func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") }, 403},
		{"foreign origin, realign", "POST", "/api/realign", func(r *http.Request) { r.Header.Set("Origin", "https://evil.example") }, 403},
		{"null origin", "POST", "/api/ops", func(r *http.Request) { r.Header.Set("Origin", "null") }, 403},
		{"cross-site fetch", "POST", "/api/ops", func(r *http.Request) { r.Header.Del("Origin"); r.Header.Set("Sec-Fetch-Site", "cross-site") }, 403},
		{"a form's post", "POST", "/api/ops", func(r *http.Request) { r.Header.Set("Content-Type", "application/x-www-form-urlencoded") }, 400},
		{"traversal", "GET", "/../../../../etc/passwd", nil, 404},
		{"encoded traversal", "GET", "/%2e%2e/%2e%2e/etc/passwd", nil, 404},
		{"traversal under the api", "GET", "/api/..%2f..%2fgo.mod", nil, 404},
		{"a source file", "GET", "/server.go", nil, 404},
		{"the saved file", "GET", "/review.json", nil, 404},
		{"ops by GET", "GET", "/api/ops", nil, 405},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := ""
			if tc.method == "POST" {
				body = `{"ops": [{"op": "confirm", "row": 0}]}`
			}
			_, before := st.read()
			code, got := st.do(tc.method, tc.path, body, tc.edit)
			if code != tc.want {
				t.Errorf("%d, want %d (%s)", code, tc.want, strings.TrimSpace(got))
			}
			if strings.Contains(got, "root:") || strings.Contains(got, "package review") || strings.Contains(got, "module ") {
				t.Error("served a file")
			}
			if _, after := st.read(); tc.want != 200 && !bytes.Equal(before, after) {
				t.Error("a refused request changed the file")
			}
		})
	}
}

// The page gets the cookie its requests carry, and the export's policy
// with the server as the one place it may connect to.
func TestPageHeaders(t *testing.T) {
	st := start(t, oneForOne(t, 3))
	req, _ := http.NewRequest("GET", st.srv.URL+"/?token="+testToken, nil)
	resp, err := st.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	csp := resp.Header.Get("Content-Security-Policy")
	meta := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindSubmatch(page)
	if !strings.Contains(csp, "default-src 'none'") || !strings.HasSuffix(csp, "connect-src 'self'") || meta == nil || html.UnescapeString(string(meta[1])) != csp {
		t.Errorf("policy %q, or not the page's own", csp)
	}
	var c *http.Cookie
	for _, x := range resp.Cookies() {
		if x.Name == cookieName {
			c = x
		}
	}
	if c == nil || c.Value != testToken || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode {
		t.Fatalf("cookie %+v", c)
	}
}

// 1,000 requests from 20 clients at once: none lost, the file always a
// whole alignment, and in the end the last state.
func TestConcurrentClients(t *testing.T) {
	const clients, each = 20, 50
	st := start(t, oneForOne(t, clients*each))
	stop := make(chan struct{})
	var readErr error
	var readers sync.WaitGroup
	readers.Add(1)
	go func() {
		defer readers.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			data, err := os.ReadFile(st.path)
			if err == nil {
				_, err = output.ReadAlignmentJSON(bytes.NewReader(data))
			}
			if err != nil {
				readErr = err
				return
			}
		}
	}()
	var wg sync.WaitGroup
	errs := make(chan string, clients*each)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for k := 0; k < each; k++ {
				var code int
				var body string
				if k%5 == 4 {
					code, body = st.do(http.MethodGet, "/api/alignment", "", nil)
				} else {
					// Each client confirms rows of its own.
					code, body = st.ops(fmt.Sprintf(`{"op": "confirm", "row": %d}`, c*each+k))
				}
				if code != http.StatusOK {
					errs <- fmt.Sprintf("client %d request %d: %d %s", c, k, code, body)
				}
			}
		}(c)
	}
	wg.Wait()
	close(stop)
	readers.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if readErr != nil {
		t.Fatalf("the file was not a whole alignment while being written: %v", readErr)
	}
	al, data := st.read()
	var confirmed int
	for c := 0; c < clients; c++ {
		for k := 0; k < each; k++ {
			if r := c*each + k; al.Rows[r].Confirmed != (k%5 != 4) {
				t.Errorf("row %d: confirmed %v", r, al.Rows[r].Confirmed)
			}
		}
	}
	for _, r := range al.Rows {
		if r.Confirmed {
			confirmed++
		}
	}
	if want := clients * each * 4 / 5; confirmed != want {
		t.Errorf("%d rows confirmed, want %d: updates lost", confirmed, want)
	}
	if _, got := st.do(http.MethodGet, "/api/alignment", "", nil); got != string(data) {
		t.Error("the file is not the last state")
	}
	var doc struct{ Rows []json.RawMessage }
	if err := json.Unmarshal(data, &doc); err != nil || len(doc.Rows) != clients*each {
		t.Errorf("the file: %v, %d rows", err, len(doc.Rows))
	}
}

// A change to a version that another client has changed since is refused
// (412), so that it never lands on rows that have moved; without
// If-Match, changes apply to whatever is current.
func TestConflict(t *testing.T) {
	st := start(t, oneForOne(t, 5))
	etagOf := func(method, path, body string, edit func(*http.Request)) (int, string) {
		req, _ := http.NewRequest(method, st.srv.URL+path, strings.NewReader(body))
		req.Header.Set(tokenHeader, testToken)
		req.Header.Set("Content-Type", "application/json")
		if edit != nil {
			edit(req)
		}
		resp, err := st.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode, resp.Header.Get("ETag")
	}
	_, seen := etagOf("GET", "/api/alignment", "", nil)
	ifMatch := func(tag string) func(*http.Request) { return func(r *http.Request) { r.Header.Set("If-Match", tag) } }
	merge := `{"ops": [{"op": "merge", "row": 0}]}`
	code, next := etagOf("POST", "/api/ops", merge, ifMatch(seen))
	if code != http.StatusOK || next == seen {
		t.Fatalf("a change to the current version: %d, ETag %s after %s", code, next, seen)
	}
	_, before := st.read()
	if code, _ := etagOf("POST", "/api/ops", merge, ifMatch(seen)); code != http.StatusPreconditionFailed {
		t.Errorf("a change to an old version: %d, want 412", code)
	}
	if code, _ := etagOf("POST", "/api/realign", "", ifMatch(seen)); code != http.StatusPreconditionFailed {
		t.Errorf("realign of an old version: %d, want 412", code)
	}
	if _, after := st.read(); !bytes.Equal(before, after) {
		t.Error("a refused change changed the file")
	}
	if code, _ := etagOf("POST", "/api/ops", merge, ifMatch("12")); code != http.StatusBadRequest {
		t.Errorf("an If-Match without quotes: %d, want 400", code)
	}
	if code, _ := etagOf("POST", "/api/ops", merge, nil); code != http.StatusOK {
		t.Errorf("a change without If-Match: %d, want 200", code)
	}
	// The page names its version.
	_, page := st.do("GET", "/", "", nil)
	_, now := etagOf("GET", "/api/alignment", "", nil)
	if !strings.Contains(page, `{"version":"\"`+strings.Trim(now, `"`)+`\""}`) {
		t.Errorf("the page does not carry its version %s", now)
	}
}

// A file that cannot be written leaves the state as it was: the client
// is told (500), and the change is not shown as made.
func TestSaveFails(t *testing.T) {
	st := start(t, oneForOne(t, 3))
	if err := os.Chmod(st.path, 0o444); err != nil {
		t.Fatal(err)
	}
	_, before := st.do("GET", "/api/alignment", "", nil)
	if code, body := st.ops(`{"op": "merge", "row": 0}`); code != http.StatusInternalServerError || !strings.Contains(body, "read-only") {
		t.Errorf("%d %s, want 500 saying why", code, body)
	}
	if _, after := st.do("GET", "/api/alignment", "", nil); after != before {
		t.Error("the state changed though it was not saved")
	}
	os.Chmod(st.path, 0o644)
	if code, _ := st.ops(`{"op": "undo"}`); code != http.StatusBadRequest {
		t.Error("the unsaved change went into the history")
	}
}

// The coverage findings of the alignment as it is, and accepting one:
// its id is added to the accept file, which keeps what it held, and the
// next check reports it accepted.
func TestCoverageAccept(t *testing.T) {
	eds := readSamples(t, "greve.fr.txt", "greve.1972.en.txt")
	al, _ := align.Align(eds, align.Options{})
	st := start(t, al)
	if code, body := st.do("POST", "/api/accept", `{"id": "od02b6f1d"}`, nil); code != http.StatusBadRequest || !strings.Contains(body, "--accept") {
		t.Errorf("accept without a file: %d %s", code, body)
	}
	accept := filepath.Join(t.TempDir(), "reviewed.txt")
	os.WriteFile(accept, []byte("# reviewed\nm00000000 a note"), 0o644)
	st.s.SetAccept(accept, map[string]bool{"m00000000": true})
	code, body := st.do("GET", "/api/coverage", "", nil)
	if code != http.StatusOK {
		t.Fatalf("%d %s", code, body)
	}
	var rep struct {
		Omissions []struct {
			ID       string
			Accepted bool
		}
	}
	if err := json.Unmarshal([]byte(body), &rep); err != nil || len(rep.Omissions) == 0 || rep.Omissions[0].Accepted {
		t.Fatalf("coverage: %v %+v", err, rep)
	}
	id := rep.Omissions[0].ID
	if code, body := st.do("POST", "/api/accept", `{"id": "o12345678"}`, nil); code != http.StatusBadRequest {
		t.Errorf("accepting a finding not found: %d %s", code, body)
	}
	if code, body := st.do("POST", "/api/accept", `{"id": "`+id+`"}`, nil); code != http.StatusOK {
		t.Fatalf("accept: %d %s", code, body)
	}
	data, _ := os.ReadFile(accept)
	if !strings.HasPrefix(string(data), "# reviewed\nm00000000 a note\n"+id+" # accepted in synoptic review: ") {
		t.Errorf("the accept file:\n%s", data)
	}
	_, body = st.do("GET", "/api/coverage", "", nil)
	json.Unmarshal([]byte(body), &rep)
	if !rep.Omissions[0].Accepted {
		t.Error("the accepted finding is not reported accepted")
	}
}

// Realign on an alignment read back from its JSON (review ALIGNMENT.json)
// gives what it gives on the editions read from their files: versions
// too, whose comparison needs the sentences' comparison forms.
func TestRealignFromJSON(t *testing.T) {
	eds := readSamples(t, "greve.1972.en.txt", "greve.2016.en.txt")
	al, _ := align.Align(eds, align.Options{})
	var buf bytes.Buffer
	if err := output.WriteAlignmentJSON(&buf, al); err != nil {
		t.Fatal(err)
	}
	back, err := output.ReadAlignmentJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range []*align.Alignment{al, back} {
		st := start(t, a)
		// Two rows of sentences moved, merged and confirmed as inserted.
		moved := -1
		for r, row := range a.Rows {
			if row.Kind == align.Moved && len(row.Cells[0]) == 0 && moved < 0 {
				moved = r
			}
		}
		if moved < 0 {
			t.Fatal("the sample has no move: the test tests nothing")
		}
		if code, body := st.ops(fmt.Sprintf(`{"op": "merge", "row": %d}, {"op": "confirm", "row": %d}`, moved, moved)); code != http.StatusOK {
			t.Fatal(body)
		}
		if code, body := st.do("POST", "/api/realign", "", nil); code != http.StatusOK {
			t.Fatal(body)
		}
		res, _ := st.read()
		var kinds []string
		for _, r := range res.Rows {
			kinds = append(kinds, r.Kind.String())
		}
		got = append(got, beads(res)+" "+strings.Join(kinds, ","))
	}
	if got[0] != got[1] {
		t.Errorf("realigned from the files:\n%s\nfrom the JSON:\n%s", got[0], got[1])
	}
}

// A client that asks for a minimal answer gets the new version and no
// body.
func TestPreferMinimal(t *testing.T) {
	st := start(t, oneForOne(t, 3))
	code, body := st.do("POST", "/api/ops", `{"ops": [{"op": "confirm", "row": 1}]}`, func(r *http.Request) { r.Header.Set("Prefer", "return=minimal") })
	if code != http.StatusNoContent || body != "" {
		t.Errorf("%d %q, want 204 and no body", code, body)
	}
	if al, _ := st.read(); !al.Rows[1].Confirmed {
		t.Error("not saved")
	}
}

// readSamples reads files of the sample the command embeds.
func readSamples(t testing.TB, names ...string) []*editions.Edition {
	t.Helper()
	var eds []*editions.Edition
	for _, name := range names {
		e, err := editions.Read("../cmd/synoptic/sample/"+name, editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		eds = append(eds, e)
	}
	return eds
}
