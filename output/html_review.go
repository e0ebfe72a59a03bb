package output

// The review page (synoptic review): the parallel edition with the
// review's controls, served by a local server rather than opened from a
// file. It is the export's page, with html/review.js after the page's
// script and one more source in the Content-Security-Policy: the page's
// own server, which the controls send their edits to (connect-src
// 'self'). Nothing else is allowed that the export does not allow.

import (
	"encoding/json"
	"html/template"
	"io"

	"github.com/synoptic-text/synoptic/align"
)

var (
	reviewJS = pageJS + "\n" + string(asset("html/review.js"))
	// ReviewCSP is the Content-Security-Policy of the review page, which
	// its server sends as a header as well.
	ReviewCSP = policy(cspHash(reviewJS)) + "; connect-src 'self'"
)

// WriteReviewHTML writes a as the review page: the parallel edition of
// WriteAlignmentHTML, whose script also draws the review's controls and
// queue and sends edits to the server that serves the page (the HTTP API
// of package review). version is the ETag of the state a is, which the
// page's changes name (If-Match), so that the server refuses them once
// another tab has changed the alignment.
func WriteReviewHTML(w io.Writer, a *align.Alignment, opts HTMLOptions, version string) error {
	body, err := buildAlignBody(a, opts)
	if err != nil {
		return err
	}
	data, err := json.Marshal(map[string]string{"version": version})
	if err != nil {
		return err
	}
	body.Review = template.JS(jsonForScript(data))
	p := htmlPage{Title: "Review: " + pageTitle(body, opts.Title), CSP: ReviewCSP, CSS: template.CSS(pageCSS), JS: template.JS(reviewJS), BodyClass: bodyClass(body) + " review", Body: body}
	return writeAlignPage(w, p, body)
}
