package output

// The review page (synoptic review): the parallel edition with the
// review's controls, served by a local server rather than opened from a
// file. It is the export's page, with html/review.js after the page's
// script and one more source in the Content-Security-Policy: the page's
// own server, which the controls send their edits to (connect-src
// 'self'). Nothing else is allowed that the export does not allow.

import (
	"bytes"
	"encoding/json"
	"html/template"
	"io"
	"sync"

	"github.com/synoptic-text/synoptic/align"
)

var (
	reviewJS = sync.OnceValue(func() string { return pageJS() + "\n" + string(asset("html/review.js")) })
	// ReviewCSP returns the Content-Security-Policy of the review page,
	// which its server sends as a header as well.
	ReviewCSP = sync.OnceValue(func() string { return policy(cspHash(reviewJS())) + "; connect-src 'self'" })
)

// A ReviewPage draws the review page of an alignment that changes, and
// the changes: it keeps the views of the rows it drew (rowCache), so that
// drawing the page again after an edit costs the rows the edit made. It
// is safe for concurrent use.
type ReviewPage struct {
	opts  HTMLOptions
	cache rowCache
}

// NewReviewPage returns the drawer of review pages presented as opts say.
func NewReviewPage(opts HTMLOptions) *ReviewPage { return &ReviewPage{opts: opts} }

// Write writes a as the review page: the parallel edition of
// WriteAlignmentHTML, whose script also draws the review's controls and
// queue and sends edits to the server that serves the page (the HTTP API
// of package review). alignJSON is a's alignment JSON as
// WriteAlignmentJSON writes it, when the caller has it (nil: it is
// written here). version is the ETag of the state a is, which the page's
// changes name (If-Match), so that the server refuses them once another
// tab has changed the alignment.
func (p *ReviewPage) Write(w io.Writer, a *align.Alignment, alignJSON []byte, version string) error {
	body, err := buildAlignBodyFrom(a, p.opts, &p.cache, alignJSON)
	if err != nil {
		return err
	}
	data, err := json.Marshal(map[string]string{"version": version})
	if err != nil {
		return err
	}
	body.Review = template.JS(jsonForScript(data))
	page := htmlPage{Title: "Review: " + pageTitle(body, p.opts.Title), CSP: ReviewCSP(), CSS: template.CSS(pageCSS()), JS: template.JS(reviewJS()), BodyClass: bodyClass(body) + " review", Body: body}
	return writeAlignPage(w, page, body)
}

// A reviewChange is what the review page needs to show a change without
// loading again: the rows From to From+len(Rows) of the new state, which
// replace Removed rows of the state before, in the alignment JSON's
// model; the anchors of their sentences, as the view data has them
// ([edition, sentence, anchors]); and what the page's header says of
// the whole (summary, warnings, the types of difference and their
// counts).
type reviewChange struct {
	Version  string         `json:"version"`
	At       int            `json:"at"`
	Removed  int            `json:"removed"`
	Rows     []alignJSONRow `json:"rows"`
	Anchors  [][3]any       `json:"anchors"`
	Summary  string         `json:"summary"`
	Warnings []string       `json:"warnings"`
	Types    []htmlType     `json:"types"`
}

// WriteChange writes, as JSON, what the review page of the state before
// needs to show a: rows [at, at+n) of a replaced `removed` rows from at.
// version is a's ETag.
func (p *ReviewPage) WriteChange(w io.Writer, a *align.Alignment, at, removed, n int, version string) error {
	columns, err := shownColumns(a, p.opts.Columns)
	if err != nil {
		return err
	}
	vb := newViewBuilder(a, oneText(a), editionHeadings(a, p.opts.Labels), columns)
	p.cache.gather(vb)
	ch := reviewChange{Version: version, At: at, Removed: removed, Rows: []alignJSONRow{}, Anchors: [][3]any{},
		Summary: summary(a, nil), Warnings: warningMessages(a.Editions, a.Warnings), Types: legendTypes(vb.types, p.opts.Hide)}
	if ch.Warnings == nil {
		ch.Warnings = []string{}
	}
	if ch.Types == nil {
		ch.Types = []htmlType{}
	}
	for r := at; r < at+n; r++ {
		ch.Rows = append(ch.Rows, rowJSON(a, a.Rows[r]))
		for e, cell := range a.Rows[r].Cells {
			for _, s := range cell {
				if an := vb.view.Eds[e].Anchors[s]; an != nil {
					ch.Anchors = append(ch.Anchors, [3]any{e, s, an})
				}
			}
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ch); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}
