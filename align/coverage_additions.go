// Additions: translation sentences with no source, translator's notes and
// bracketed insertions.

package align

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions"
)

// additions finds the translation's sentences with no source, and the
// bracketed insertions inside its matched sentences.
func (c *coverer) additions() {
	rows := c.al.Rows
	for r := 0; r < len(rows); r++ {
		switch rows[r].Kind {
		case Inserted:
			g, hi := c.gapAround(r)
			c.insertedRun(r, hi, g)
			r = hi - 1
		case Match:
			c.bracketedInside(rows[r])
		}
	}
}

// gapAround returns the gap row r stands in, and the row of the match
// that ends it: unmatched source text in it makes a plain addition
// doubtful (a paraphrase the aligner did not pair).
func (c *coverer) gapAround(r int) (gap, int) {
	rows := c.al.Rows
	lo, hi := r, r
	for lo > 0 && rows[lo-1].Kind != Match {
		lo--
	}
	for hi < len(rows) && rows[hi].Kind != Match {
		hi++
	}
	g := gap{}
	for k := lo; k < hi; k++ {
		if rows[k].Kind == Deleted {
			g.srcChars += c.sum(c.srcLen, rows[k].Cells[0])
		} else {
			g.tgtChars += c.sum(c.tgtLen, rows[k].Cells[1])
		}
	}
	return g, hi
}

// insertedRun reports the translation sentences of the Inserted rows
// r..hi-1, in gap g: consecutive sentences of one kind make one finding.
func (c *coverer) insertedRun(r, hi int, g gap) {
	rows := c.al.Rows
	var cur *Finding
	for k := r; k < hi; k++ {
		if rows[k].Kind != Inserted {
			continue
		}
		for _, s := range rows[k].Cells[1] {
			kind := c.additionKind(s)
			if cur != nil && cur.Kind == kind && cur.Sentences[len(cur.Sentences)-1] == s-1 {
				cur.Sentences = append(cur.Sentences, s)
				continue
			}
			c.appendAddition(cur, g)
			f := Finding{Kind: kind, Sentences: []int{s}}
			cur = &f
		}
	}
	c.appendAddition(cur, g)
}

// additionConf is the confidence of an addition nothing makes doubtful:
// a translation sentence with no source, unlike a source sentence with
// no translation, is seldom the aligner's mistake. Chosen by hand when
// the check was written (commit a564e4f), not measured.
const additionConf = 0.9

// appendAddition reports the addition f, of kind f.Kind and sentences
// f.Sentences, standing in gap g: a plain addition is doubtful as an
// omission is, when the gap has unmatched source text.
func (c *coverer) appendAddition(f *Finding, g gap) {
	if f == nil {
		return
	}
	nf := c.finding(f.Kind, 1, f.Sentences)
	nf.Confidence = additionConf
	if nf.Kind == Added && g.srcChars > 0 && g.tgtChars > 0 {
		nf.Confidence *= 1 - paraphraseWeight*math.Min(1, g.srcChars*c.ratio/g.tgtChars)
	}
	nf.Severity = nf.Confidence * math.Sqrt(float64(nf.Words))
	c.rep.Additions = append(c.rep.Additions, nf)
}

// additionKind classifies a translation sentence with no source.
func (c *coverer) additionKind(s int) FindingKind {
	sent := c.tgt.Sentences[s]
	if p := c.tgt.Paragraphs[sent.Paragraph]; p.Kind == editions.NoteKind {
		return TranslatorNote
	}
	t := strings.Trim(sent.Text, " *_")
	if strings.HasPrefix(t, "[") && !startsWithMarker(c.tgt.SentenceMarkers(s), t) {
		return Bracketed
	}
	low := strings.ToLower(sent.Text)
	for _, cue := range editions.NoteCues() {
		if strings.Contains(low, cue) {
			if cue == "ndt" && !containsWord(low, "ndt") {
				continue
			}
			return TranslatorNote
		}
	}
	return Added
}

// maxMarkerDigits is the most digits of a bracketed number at the start
// of a sentence taken for a note marker the reader did not record:
// chosen by hand when the check was written (commit a564e4f), not
// measured.
const maxMarkerDigits = 3

// startsWithMarker reports whether t, the trimmed text of a sentence
// whose note markers are markers, opens with a note marker ("[1] ...")
// rather than a bracketed insertion.
func startsWithMarker(markers []editions.Marker, t string) bool {
	end := strings.IndexByte(t, ']')
	if end < 0 {
		return false
	}
	label := strings.TrimPrefix(t[1:end], "^")
	for _, m := range markers {
		if m.Label == label {
			return true
		}
	}
	return len(label) <= maxMarkerDigits && strings.Trim(label, "0123456789") == ""
}

func containsWord(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		before, after := i == 0, i+len(w) >= len(s)
		if !before {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			before = !unicode.IsLetter(r)
		}
		if !after {
			r, _ := utf8.DecodeRuneInString(s[i+len(w):])
			after = !unicode.IsLetter(r)
		}
		if before && after {
			return true
		}
		j := strings.Index(s[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// bracketedInside reports the bracketed insertions of a matched pair's
// translation, "[V.P. Nogin: …]", when its source has no brackets: an
// editor's or translator's gloss inside a sentence that is otherwise a
// translation. One-word brackets ("[Aufhebung]", "[sic]") are glosses of
// a word, not insertions, and note markers are not brackets at all.
func (c *coverer) bracketedInside(row Row) {
	for _, s := range row.Cells[0] {
		if strings.ContainsRune(c.src.Sentences[s].Text, '[') {
			return
		}
	}
	for _, s := range row.Cells[1] {
		sent := c.tgt.Sentences[s]
		text := sent.Text
		w := offsetWalker{e: c.tgt, sent: sent} // brackets come in order
		var whole *Finding                      // the sentence as a finding, made once
		trimmed := len(strings.TrimRight(text, " *_."))
		for i := 0; i < len(text); {
			open := strings.IndexByte(text[i:], '[')
			if open < 0 {
				break
			}
			open += i
			cl := strings.IndexByte(text[open:], ']')
			if cl < 0 {
				break
			}
			cl += open + 1
			inner := text[open+1 : cl-1]
			if countWords(inner) >= 2 && !(open == 0 && cl == trimmed) {
				if whole == nil {
					f := c.finding(Bracketed, 1, []int{s})
					whole = &f
				}
				f := *whole
				f.Sentences = []int{s}
				f.Start, f.End = w.at(open), w.at(cl)
				f.Line = c.tgtLines.Line(f.Start)
				f.Text, f.Words = text[open:cl], countWords(inner)
				f.Confidence = additionConf
				f.Severity = f.Confidence * math.Sqrt(float64(f.Words))
				c.rep.Additions = append(c.rep.Additions, f)
			}
			i = cl
		}
	}
}
