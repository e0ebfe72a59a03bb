package output

import (
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/synoptic-text/synoptic/align"
)

// The TEI namespace; every element of the document is in it.
const teiNS = "http://www.tei-c.org/ns/1.0"

// writeTEI writes a as a TEI P5 document. The editions are declared as
// witnesses in the header's <listWit>, each with an XML id made from the
// edition id ("en", "KJV.Ruth"); sentence ids are that id, ".s" and the
// sentence's number counted from 1 ("en.s1").
//
// Translations are written as the segmented texts, a <text xml:lang> per
// edition in a <group>, with a <p> per paragraph and an <s xml:id> per
// sentence, and the alignment as <linkGrp type="translation"> in
// <standOff>: a <link target="#en.s1 #fr.s1 #fr.s2"> per row where two or
// more editions have sentences, typed with the row's kind and with its
// score as cert. A sentence that only one edition has is in its text and
// in no link, since a link joins two things at least.
//
// Versions of one text (two editions compared as versions, or more all
// in one language) are written as one text in parallel segmentation: the text all
// witnesses share stands as it is, and each place where they differ is an
// <app> with a <rdg wit="#…"> per distinct reading (an empty <rdg/> where
// a witness has nothing). Word-level differences come from the rows' word
// diffs, each <app> typed with the kind of difference (punctuation,
// spelling, substitution…); where a row has no usable diff, or more than
// two witnesses differ, the whole row is one <app> typed with the row's
// kind. Moved sentences are <app type="moved"> with an xml:id, pointing
// to the other end of the move with corresp. An <anchor xml:id="en.s3"/>
// marks where each witness's sentence starts, so that every sentence of
// every witness can still be found and linked to.
func writeTEI(w io.Writer, a *align.Alignment) error {
	t := &teiWriter{x: newXMLWriter(w), a: a, ids: xmlIDs(a)}
	versions := oneText(a)
	t.header(versions)
	if versions {
		t.parallel()
	} else {
		t.translations()
	}
	t.x.raw("</TEI>\n")
	return t.x.flush()
}

type teiWriter struct {
	x   *xmlWriter
	a   *align.Alignment
	ids []string // witness ids, by edition
}

func (t *teiWriter) header(versions bool) {
	x := t.x
	x.start("TEI", false, "xmlns", teiNS)
	x.raw("\n<teiHeader>\n<fileDesc>\n<titleStmt>")
	names := make([]string, len(t.a.Editions))
	for e, ed := range t.a.Editions {
		names[e] = ed.ID
	}
	what := "Alignment of "
	if versions {
		what = "Collation of "
	}
	x.element("title", what+strings.Join(names, ", "))
	x.raw("</titleStmt>\n<publicationStmt>")
	x.element("p", "Written by synoptic "+Version+".")
	x.raw("</publicationStmt>\n<sourceDesc>\n<listWit>\n")
	for e, ed := range t.a.Editions {
		desc := ed.ID + " (" + langOf(ed) + ")"
		if ed.Path != "" {
			desc += ": " + ed.Path
		}
		x.element("witness", desc, "xml:id", t.ids[e])
		x.raw("\n")
	}
	x.raw("</listWit>\n</sourceDesc>\n</fileDesc>\n")
	if versions {
		x.raw(`<encodingDesc><variantEncoding method="parallel-segmentation" location="internal"/></encodingDesc>` + "\n")
	}
	x.raw("</teiHeader>\n")
}

// translations writes the segmented texts and the links between them.
func (t *teiWriter) translations() {
	x := t.x
	x.raw("<text>\n<group>\n")
	for e, ed := range t.a.Editions {
		x.start("text", false, "xml:lang", langOf(ed), "corresp", "#"+t.ids[e])
		x.raw("\n<body>\n")
		for i, s := range ed.Sentences {
			if i == 0 || s.Paragraph != ed.Sentences[i-1].Paragraph {
				if i > 0 {
					x.raw("</p>\n")
				}
				x.raw("<p>\n")
			}
			x.element("s", s.Text, "xml:id", sentenceID(t.ids[e], i))
			x.raw("\n")
		}
		if len(ed.Sentences) > 0 {
			x.raw("</p>\n")
		} else {
			x.raw("<p/>\n") // a body may not be empty
		}
		x.raw("</body>\n</text>\n")
	}
	x.raw("</group>\n</text>\n<standOff>\n")
	x.start("linkGrp", false, "type", "translation")
	x.raw("\n")
	links := 0
	for _, row := range t.a.Rows {
		var targets []string
		sides := 0
		for e, cell := range row.Cells {
			if len(cell) > 0 {
				sides++
			}
			for _, s := range cell {
				targets = append(targets, "#"+sentenceID(t.ids[e], s))
			}
		}
		if sides < 2 {
			continue
		}
		x.start("link", true, "type", row.Kind.String(), "target", strings.Join(targets, " "), "cert", formatScore(row.Score))
		x.raw("\n")
		links++
	}
	if links == 0 {
		// A linkGrp holds one link at least; with no counterparts at
		// all, say so rather than write an invalid empty group.
		x.raw("<!-- no sentence has a counterpart -->\n")
	}
	x.raw("</linkGrp>\n</standOff>\n")
}

// A reading is one witness's text in a row, with the offsets where its
// sentences start.
type reading struct {
	text   string
	starts []teiAnchor
}

// A teiAnchor marks where a witness's sentence starts in a reading.
type teiAnchor struct {
	at int    // byte offset in the reading
	id string // the sentence's xml:id
}

func (t *teiWriter) reading(e int, cell []int) reading {
	ed := t.a.Editions[e]
	var r reading
	var sb strings.Builder
	for k, s := range cell {
		if k > 0 {
			sb.WriteString(ed.Separator(cell[k-1], s))
		}
		r.starts = append(r.starts, teiAnchor{sb.Len(), sentenceID(t.ids[e], s)})
		sb.WriteString(ed.Sentences[s].Text)
	}
	r.text = sb.String()
	return r
}

// parallel writes versions as one text in parallel segmentation.
func (t *teiWriter) parallel() {
	x := t.x
	lang := "und"
	if len(t.a.Editions) > 0 {
		lang = langOf(t.a.Editions[0])
	}
	x.start("text", false, "xml:lang", lang)
	x.raw("\n<body>\n<p>\n")
	// Moved rows get ids, so that each end of a move can point to the
	// other; they must not clash with the witnesses'.
	taken := map[string]bool{}
	for _, id := range t.ids {
		taken[id] = true
	}
	rowID := func(r int) string {
		id := "move" + strconv.Itoa(r+1)
		for taken[id] {
			id = "_" + id
		}
		return id
	}
	lastPara := int32(-1)
	for r, row := range t.a.Rows {
		// A new paragraph where the first witness starts one.
		if len(row.Cells) > 0 && len(row.Cells[0]) > 0 {
			p := t.a.Editions[0].Sentences[row.Cells[0][0]].Paragraph
			if lastPara >= 0 && p != lastPara {
				x.raw("</p>\n<p>\n")
			}
			lastPara = p
		}
		rs := make([]reading, len(row.Cells))
		for e, cell := range row.Cells {
			rs[e] = t.reading(e, cell)
		}
		switch {
		case row.Kind == align.Moved:
			t.app(rs, "moved", "xml:id", rowID(r), "corresp", "#"+rowID(row.Peer))
		case sameText(rs):
			var all []teiAnchor
			for _, rd := range rs {
				all = append(all, rd.starts...)
			}
			t.anchors(t.anchored(rs[0].text, 0, sortAnchors(all)))
		case len(rs) == 2 && rs[0].text != "" && rs[1].text != "":
			if !t.diff(row, rs) {
				t.app(rs, row.Kind.String())
			}
		default:
			t.app(rs, row.Kind.String())
		}
		x.raw("\n")
	}
	x.raw("</p>\n</body>\n</text>\n")
}

func sameText(rs []reading) bool {
	for _, rd := range rs[1:] {
		if rd.text != rs[0].text {
			return false
		}
	}
	return true
}

func sortAnchors(as []teiAnchor) []teiAnchor {
	sort.SliceStable(as, func(i, j int) bool { return as[i].at < as[j].at })
	return as
}

// anchored writes text, which starts at offset base of its reading, with
// the anchors that fall inside it; it returns the anchors not yet
// written, which belong to what follows.
func (t *teiWriter) anchored(text string, base int, as []teiAnchor) []teiAnchor {
	pos := 0
	for len(as) > 0 && as[0].at-base < len(text) {
		at := as[0].at - base
		if at > pos {
			t.x.text(text[pos:at])
			pos = at
		}
		t.x.start("anchor", true, "xml:id", as[0].id)
		as = as[1:]
	}
	t.x.text(text[pos:])
	return as
}

// anchors writes anchors that no text follows.
func (t *teiWriter) anchors(as []teiAnchor) {
	for _, a := range as {
		t.x.start("anchor", true, "xml:id", a.id)
	}
}

// app writes a whole row as one <app>: a <rdg> per distinct reading, in
// the order of the witnesses, naming every witness that reads it.
func (t *teiWriter) app(rs []reading, typ string, attrs ...string) {
	x := t.x
	x.start("app", false, append([]string{"type", typ}, attrs...)...)
	done := make([]bool, len(rs))
	for e := range rs {
		if done[e] {
			continue
		}
		var wit []string
		var as []teiAnchor
		for f := e; f < len(rs); f++ {
			if !done[f] && rs[f].text == rs[e].text {
				done[f] = true
				wit = append(wit, "#"+t.ids[f])
				as = append(as, rs[f].starts...)
			}
		}
		if rs[e].text == "" && len(as) == 0 {
			x.start("rdg", true, "wit", strings.Join(wit, " "))
			continue
		}
		x.start("rdg", false, "wit", strings.Join(wit, " "))
		t.anchors(t.anchored(rs[e].text, 0, sortAnchors(as)))
		x.raw("</rdg>")
	}
	x.raw("</app>")
}

// diff writes a row of two witnesses word by word: shared words as text,
// each run of differences as an <app> typed with the kind of difference.
// It uses the row's word diff, or makes one for a row without (an equal
// row whose differences were ignored when comparing, or a row read from
// a file without diffs); it reports false, writing nothing, if the diff
// does not spell out both readings.
func (t *teiWriter) diff(row align.Row, rs []reading) bool {
	ops := row.DiffOps(0, 1)
	if !spells(ops, rs) {
		ops = align.WordDiff(rs[0].text, rs[1].text)
		if !spells(ops, rs) {
			return false
		}
	}
	x := t.x
	posA, posB := 0, 0
	asA, asB := rs[0].starts, rs[1].starts
	for i := 0; i < len(ops); {
		if ops[i].Kind == align.OpSame {
			// Shared text: anchors of both witnesses, each at its own
			// offset into the shared run.
			text := ops[i].Text
			var here []teiAnchor
			for len(asA) > 0 && asA[0].at-posA < len(text) {
				here = append(here, teiAnchor{asA[0].at - posA, asA[0].id})
				asA = asA[1:]
			}
			for len(asB) > 0 && asB[0].at-posB < len(text) {
				here = append(here, teiAnchor{asB[0].at - posB, asB[0].id})
				asB = asB[1:]
			}
			t.anchored(text, 0, sortAnchors(here))
			posA += len(text)
			posB += len(text)
			i++
			continue
		}
		var del, ins strings.Builder
		typ := ""
		for ; i < len(ops) && ops[i].Kind != align.OpSame; i++ {
			if typ == "" {
				typ = string(ops[i].Type)
			}
			if ops[i].Kind == align.OpDelete {
				del.WriteString(ops[i].Text)
			} else {
				ins.WriteString(ops[i].Text)
			}
		}
		if typ == "" {
			typ = "variant"
		}
		x.start("app", false, "type", typ)
		for _, side := range []struct {
			wit  string
			text string
			pos  *int
			as   *[]teiAnchor
		}{{t.ids[0], del.String(), &posA, &asA}, {t.ids[1], ins.String(), &posB, &asB}} {
			if side.text == "" {
				x.start("rdg", true, "wit", "#"+side.wit)
				continue
			}
			x.start("rdg", false, "wit", "#"+side.wit)
			*side.as = t.anchored(side.text, *side.pos, *side.as)
			*side.pos += len(side.text)
			x.raw("</rdg>")
		}
		x.raw("</app>")
	}
	// Sentences of no text at the very end start there.
	t.anchors(asA)
	t.anchors(asB)
	return true
}

// spells reports whether ops rebuild both readings: the same and deleted
// text the first, the same and inserted text the second.
func spells(ops []align.Op, rs []reading) bool {
	if len(ops) == 0 {
		return false
	}
	var a, b strings.Builder
	for _, op := range ops {
		if op.Kind != align.OpInsert {
			a.WriteString(op.Text)
		}
		if op.Kind != align.OpDelete {
			b.WriteString(op.Text)
		}
	}
	return a.String() == rs[0].text && b.String() == rs[1].text
}
