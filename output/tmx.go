package output

import (
	"io"
	"strconv"

	"github.com/synoptic-text/synoptic/align"
)

// writeTMX writes a as a TMX 1.4b translation memory: a <tu> per row,
// holding a <tuv> for each edition that has sentences in the row, whose
// <seg> is the text of those sentences joined by a space. Rows where only
// one edition has text (an omission or an addition) are kept as
// one-variant units, so that every sentence is in the file; translation
// memory tools skip them. Each unit carries the row's kind and score,
// each variant the edition it comes from (editions of one language are
// told apart by it), as <prop>s of the types x-kind, x-score and
// x-edition.
//
// The header's srclang is the first edition's language; segments are
// plain text.
func writeTMX(w io.Writer, a *align.Alignment) error {
	x := newXMLWriter(w)
	srclang := "*all*"
	if len(a.Editions) > 0 {
		srclang = langOf(a.Editions[0])
	}
	x.raw(`<tmx version="1.4">` + "\n")
	x.start("header", false,
		"creationtool", "synoptic",
		"creationtoolversion", Version,
		"segtype", "sentence",
		"o-tmf", "synoptic",
		"adminlang", "en",
		"srclang", srclang,
		"datatype", "plaintext")
	x.raw("\n")
	for _, ed := range a.Editions {
		x.raw("  ")
		desc := ed.ID + " (" + langOf(ed) + ")"
		if ed.Path != "" {
			desc += ": " + ed.Path
		}
		x.element("prop", desc, "type", "x-edition")
		x.raw("\n")
	}
	x.raw("</header>\n<body>\n")
	for r, row := range a.Rows {
		x.start("tu", false, "tuid", strconv.Itoa(r+1))
		x.raw("\n  ")
		x.element("prop", row.Kind.String(), "type", "x-kind")
		x.raw("\n  ")
		x.element("prop", formatScore(row.Score), "type", "x-score")
		x.raw("\n")
		for e, cell := range row.Cells {
			if len(cell) == 0 {
				continue
			}
			ed := a.Editions[e]
			x.raw("  ")
			x.start("tuv", false, "xml:lang", langOf(ed))
			x.element("prop", ed.ID, "type", "x-edition")
			x.element("seg", ed.Joined(cell))
			x.raw("</tuv>\n")
		}
		x.raw("</tu>\n")
	}
	x.raw("</body>\n</tmx>\n")
	return x.flush()
}
