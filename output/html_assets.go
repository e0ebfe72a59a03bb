package output

// The assets of the HTML pages — stylesheet, script, templates — made
// once, when the package loads, and the same on every run.

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/synoptic-text/synoptic/align"
)

//go:embed html/page.tmpl html/alignment.tmpl html/coverage.tmpl html/style.css html/parallel.js html/review.js
var htmlFS embed.FS

// The page's fixed assets, and the Content-Security-Policy that allows
// them and nothing else. Each is made the first time a page asks for it,
// not when the program starts: parsing the templates and building the
// stylesheet took 2 of the 15.6 ms and 320 of the 1,297 KB that every
// run of the command spent before main (medians of 40 runs of
// synoptic segment on a short file, GODEBUG=inittrace=1: 13.4 ms and
// 977 KB after), for pages most runs never write.
var (
	pageCSS   = sync.OnceValue(pageStyle)
	pageJS    = sync.OnceValue(func() string { return string(asset("html/parallel.js")) })
	alignCSP  = sync.OnceValue(func() string { return policy(cspHash(pageJS())) }) // the alignment page: its stylesheet and its script
	staticCSP = sync.OnceValue(func() string { return policy("'none'") })          // pages without a script (the coverage report)
	alignTmpl = sync.OnceValue(func() *template.Template {
		return template.Must(template.New("page.tmpl").ParseFS(htmlFS, "html/page.tmpl", "html/alignment.tmpl"))
	})
	coverTmpl = sync.OnceValue(func() *template.Template {
		return template.Must(template.New("page.tmpl").Funcs(template.FuncMap{
			"pct": func(r align.Ratio) string { return fmt.Sprintf("%.1f%%", 100*r.Share()) },
			"f2":  func(f float64) string { return fmt.Sprintf("%.2f", f) },
		}).ParseFS(htmlFS, "html/page.tmpl", "html/coverage.tmpl"))
	})
)

// gridClasses is the most editions whose grid of rows has a class in the
// stylesheet (.al.n1 to .al.n9), so that the headings are laid out
// before the script runs; the script sets --n for any count. Nine was
// chosen by hand, as more columns than a screen shows readably.
const gridClasses = 9

// asset returns an embedded file; the files are in the binary, so one
// missing is a broken build.
func asset(name string) []byte {
	b, err := htmlFS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return b
}

// pageStyle returns html/style.css with the rules made in Go: one per
// difference type, which lets the reader hide each type (made from
// align.DiffTypes so that a new type gets its toggle), and the grid
// classes.
func pageStyle() string {
	var sb strings.Builder
	sb.Write(asset("html/style.css"))
	for _, t := range align.DiffTypes {
		fmt.Fprintf(&sb, ".hide-%[1]s .t-%[1]s{background:none;color:inherit;text-decoration:none}.hide-%[1]s .t-%[1]s .sr{display:none}\n", t)
	}
	for n := 1; n <= gridClasses; n++ {
		fmt.Fprintf(&sb, ".al.n%d{--n:%d}\n", n, n)
	}
	return sb.String()
}

// policy returns the Content-Security-Policy of a page with the inline
// stylesheet and the given script source. The policy names the hashes of
// the inline style and script: a nonce would have to change on every
// run, and the output must not. Data blocks (the embedded JSON) are not
// scripts and need no hash.
func policy(script string) string {
	return "default-src 'none'; style-src " + cspHash(pageCSS()) + "; script-src " + script + "; base-uri 'none'; form-action 'none'"
}

// cspHash is the source expression of an inline element's hash.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
