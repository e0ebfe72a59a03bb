package review

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/synoptic-text/synoptic/output"
)

// Who may use the server.
//
// The server listens on 127.0.0.1 only, but that keeps out only other
// machines. Three others reach it and are refused with 403:
//
//   - Another local process or user, or a page that guesses the port:
//     every request must carry the token, 128 random bits made at start
//     (crypto/rand) and printed only in the URL the user is given, as
//     the "token" query parameter, the X-Synoptic-Token header, or the
//     cookie the page gets when it is loaded with the token (HttpOnly,
//     SameSite=Strict: another site's requests never carry it).
//   - A site that rebinds its own name to 127.0.0.1 (DNS rebinding), to
//     read the server's answers as same-origin: the Host header must be
//     127.0.0.1:PORT or localhost:PORT.
//   - Another site's page posting to the server (cross-site request
//     forgery): a request that changes the state must come from the
//     page's own origin (Origin, when the browser sends it, and
//     Sec-Fetch-Site), and carry JSON, which a form cannot send.
//
// The server serves its page and its API and nothing else: no path is
// looked up on disk, so none can be reached by "..".

// TokenBytes is the length of the token in bytes: 128 bits, the length of
// a session key no one can guess.
const TokenBytes = 16

// NewToken returns a random token, hex-encoded.
func NewToken() (string, error) {
	b := make([]byte, TokenBytes)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// cookieName is the cookie that carries the token for the page's own
// requests.
const cookieName = "synoptic_token"

// tokenHeader is the header that may carry the token.
const tokenHeader = "X-Synoptic-Token"

// maxBody is the largest request body read, in bytes: a batch of ops is
// a few hundred bytes each; chosen by hand, far above any batch a person
// makes.
const maxBody = 1 << 20

// A Server serves a session on one port.
type Server struct {
	s     *Session
	token string
	port  int
	page  *output.ReviewPage
}

// NewServer returns the server of session s on port, with token; opts
// say how the page presents the alignment.
func NewServer(s *Session, port int, token string, opts output.HTMLOptions) *Server {
	sv := &Server{s: s, token: token, port: port, page: output.NewReviewPage(opts)}
	// The page drawn once at the start, meanwhile, so that the first
	// load finds the views of all rows gathered (ReviewPage).
	go func() {
		al, data, version := s.Alignment()
		sv.page.Write(io.Discard, al, data, etag(version))
	}()
	return sv
}

// URL is the address the user opens: the page, with the token.
func (sv *Server) URL() string {
	return fmt.Sprintf("http://127.0.0.1:%d/?token=%s", sv.port, url.QueryEscape(sv.token))
}

// Listen opens the server's socket on 127.0.0.1, on port (0: a free
// one), and returns it with the port it got.
func Listen(port int) (net.Listener, int, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return nil, 0, err
	}
	return ln, ln.Addr().(*net.TCPAddr).Port, nil
}

// ServeHTTP checks who asks, then routes.
func (sv *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.Header().Set("Cache-Control", "no-store")
	if err := sv.allowed(r); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	switch r.URL.Path {
	case "/":
		if !method(w, r, http.MethodGet) {
			return
		}
		sv.servePage(w, r)
	case "/api/alignment":
		if !method(w, r, http.MethodGet) {
			return
		}
		data, v := sv.s.JSON()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("ETag", etag(v))
		w.Write(data)
	case "/api/ops":
		if !method(w, r, http.MethodPost) {
			return
		}
		var req struct {
			Ops []Op `json:"ops"`
		}
		if err := readJSON(r, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		version, err := ifMatch(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		res, err := sv.s.Apply(req.Ops, version)
		sv.answerChange(w, r, res, err)
	case "/api/realign":
		if !method(w, r, http.MethodPost) {
			return
		}
		version, err := ifMatch(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		res, problems, err := sv.s.Realign(version)
		if err == nil {
			for _, p := range problems {
				w.Header().Add("X-Synoptic-Warning", p)
			}
		}
		sv.answerChange(w, r, res, err)
	case "/api/coverage":
		if !method(w, r, http.MethodGet) {
			return
		}
		data, err := sv.s.Coverage()
		sv.answer(w, data, -1, err)
	case "/api/accept":
		if !method(w, r, http.MethodPost) {
			return
		}
		var req struct {
			ID string `json:"id"`
		}
		if err := readJSON(r, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		err := sv.s.Accept(req.ID)
		sv.answer(w, []byte(`{"accepted":`+strconv.Quote(req.ID)+"}\n"), -1, err)
	default:
		http.NotFound(w, r)
	}
}

// allowed returns why r is refused, or nil.
func (sv *Server) allowed(r *http.Request) error {
	hosts := []string{fmt.Sprintf("127.0.0.1:%d", sv.port), fmt.Sprintf("localhost:%d", sv.port)}
	if r.Host != hosts[0] && r.Host != hosts[1] {
		return errors.New("forbidden: this server answers only to 127.0.0.1 and localhost")
	}
	if !sv.hasToken(r) {
		return errors.New("forbidden: open the address synoptic review printed, with its token")
	}
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return nil
	}
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+hosts[0] && o != "http://"+hosts[1] {
		return fmt.Errorf("forbidden: a change from another site (%s)", o)
	}
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return errors.New("forbidden: a change from another site")
	}
	return nil
}

// hasToken reports whether r carries the token, in the query, a header or
// the cookie.
func (sv *Server) hasToken(r *http.Request) bool {
	same := func(s string) bool { return subtle.ConstantTimeCompare([]byte(s), []byte(sv.token)) == 1 }
	if same(r.URL.Query().Get("token")) || same(r.Header.Get(tokenHeader)) {
		return true
	}
	c, err := r.Cookie(cookieName)
	return err == nil && same(c.Value)
}

func (sv *Server) servePage(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: sv.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", output.ReviewCSP())
	al, data, version := sv.s.Alignment()
	var buf bytes.Buffer
	if err := sv.page.Write(&buf, al, data, etag(version)); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("ETag", etag(version))
	w.Write(buf.Bytes())
}

// answerChange answers a change (POST /api/ops, /api/realign) as the
// client asks: by default with the new state's alignment JSON; with
// "Prefer: return=minimal" (RFC 7240) with its version alone (204); with
// the query parameter answer=change with what the page needs to show the
// change where it stands (output.ReviewPage.WriteChange): the rows that
// changed, their anchors, and the page's summary.
func (sv *Server) answerChange(w http.ResponseWriter, r *http.Request, res Result, err error) {
	switch {
	case err != nil:
		sv.answer(w, nil, 0, err)
	case minimal(r):
		w.Header().Set("ETag", etag(res.Version))
		w.WriteHeader(http.StatusNoContent)
	case r.URL.Query().Get("answer") == "change":
		var buf bytes.Buffer
		if err := sv.page.WriteChange(&buf, res.Al, res.At, res.Removed, res.Added, etag(res.Version)); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		sv.answer(w, buf.Bytes(), res.Version, nil)
	default:
		sv.answer(w, res.JSON, res.Version, nil)
	}
}

// answer writes the new state and its version (ETag), or the error: 400
// for an op that does not apply, 412 for a change to a version no longer
// current, 500 for anything else (the file could not be written).
func (sv *Server) answer(w http.ResponseWriter, data []byte, version int, err error) {
	var oe *OpError
	var re *RequestError
	var ce *ConflictError
	switch {
	case errors.As(err, &oe), errors.As(err, &re):
		http.Error(w, err.Error(), http.StatusBadRequest)
	case errors.As(err, &ce):
		http.Error(w, err.Error(), http.StatusPreconditionFailed)
	case err != nil:
		http.Error(w, err.Error(), http.StatusInternalServerError)
	default:
		w.Header().Set("Content-Type", "application/json")
		if version >= 0 {
			w.Header().Set("ETag", etag(version))
		}
		w.Write(data)
	}
}

// minimal reports whether the client asks for no body in the answer to a
// change (Prefer: return=minimal, RFC 7240).
func minimal(r *http.Request) bool {
	for _, p := range r.Header.Values("Prefer") {
		for _, x := range strings.Split(p, ",") {
			if strings.TrimSpace(x) == "return=minimal" {
				return true
			}
		}
	}
	return false
}

// etag is the entity tag of a version of the alignment.
func etag(version int) string { return strconv.Quote(strconv.Itoa(version)) }

// ifMatch returns the version a request asks to change (If-Match), or -1
// when it names none.
func ifMatch(r *http.Request) (int, error) {
	h := r.Header.Get("If-Match")
	if h == "" || h == "*" {
		return -1, nil
	}
	s, err := strconv.Unquote(h)
	if err == nil {
		var v int
		if v, err = strconv.Atoi(s); err == nil && v >= 0 {
			return v, nil
		}
	}
	return 0, fmt.Errorf("If-Match %s: want the ETag of GET /api/alignment, such as \"12\"", h)
}

func method(w http.ResponseWriter, r *http.Request, m string) bool {
	if r.Method == m || m == http.MethodGet && r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", m)
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	return false
}

// readJSON decodes the body of r, which must be JSON, into v.
func readJSON(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "application/json" && !hasPrefix(ct, "application/json;") {
		return fmt.Errorf("send the body as application/json, not %q", ct)
	}
	dec := json.NewDecoder(io.LimitReader(r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("the body is not the JSON expected: %v", err)
	}
	return nil
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
