// Findings: how one is made and placed in its text, filtered by
// confidence, and named by an id a reviewer can accept.

package align

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions"
)

// finding makes a finding of the sentences sents of edition e (0 or 1).
func (c *coverer) finding(kind FindingKind, e int, sents []int) Finding {
	ed, lines := c.src, c.srcLines
	if e == 1 {
		ed, lines = c.tgt, c.tgtLines
	}
	first, last := ed.Sentences[sents[0]], ed.Sentences[sents[len(sents)-1]]
	texts := make([]string, len(sents))
	words := 0
	for k, s := range sents {
		texts[k] = ed.Sentences[s].Text
		words += countWords(ed.Sentences[s].Text)
	}
	return Finding{
		Kind: kind, Edition: e, Sentences: sents,
		Paragraph: first.Paragraph, Line: lines.Line(first.Start),
		Start: first.Start, End: last.End,
		Text: strings.Join(texts, " "), Words: words,
	}
}

// countWords counts the runs of letters and digits of s.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// textOffset maps byte offset off in sent.Text to an offset in e.Text.
// Sentence.Text is the input between the sentence's offsets with runs of
// white space folded to one space and trimmed, so walking both while
// skipping white space finds it.
func textOffset(e *editions.Edition, sent editions.Sentence, off int) int {
	raw := e.Text[sent.Start:sent.End]
	i, j := 0, 0 // i in raw, j in sent.Text
	for j < off && i < len(raw) {
		r, n := utf8.DecodeRuneInString(raw[i:])
		if unicode.IsSpace(r) {
			// A run of white space in raw is one space (or nothing) in Text.
			for i < len(raw) {
				r, n = utf8.DecodeRuneInString(raw[i:])
				if !unicode.IsSpace(r) {
					break
				}
				i += n
			}
			if j < len(sent.Text) && sent.Text[j] == ' ' {
				j++
			}
			continue
		}
		_, m := utf8.DecodeRuneInString(sent.Text[j:])
		i += n
		j += m
	}
	return sent.Start + i
}

// filter drops the findings below the confidence threshold.
func (c *coverer) filter() {
	min := c.opts.MinConfidence
	if min == 0 {
		min = DefaultMinConfidence
	}
	keep := func(fs []Finding) []Finding {
		out := fs[:0]
		for _, f := range fs {
			if f.Confidence >= min {
				out = append(out, f)
			}
		}
		return out
	}
	c.rep.Omissions = keep(c.rep.Omissions)
	c.rep.Additions = keep(c.rep.Additions)
	ms := c.rep.Mismatches[:0]
	for _, m := range c.rep.Mismatches {
		if m.Confidence >= min {
			ms = append(ms, m)
		}
	}
	c.rep.Mismatches = ms
}

// assignIDs gives every finding its id, marks the accepted ones and
// computes the omissions' severity. An id is a kind letter and eight hex
// digits of a SHA-256 of the comparison form (Norm) of the finding's
// sentences, and for additions and mismatches of its kind and the values
// involved: content, not position, so
// that it survives edits elsewhere in either text. Findings of identical
// content (a refrain omitted twice) get "-2", "-3"… in reading order.
func (c *coverer) assignIDs() {
	seen := make(map[string]int)
	id := func(prefix string, parts ...string) string {
		h := sha256.New()
		for _, p := range parts {
			h.Write([]byte(p))
			h.Write([]byte{0})
		}
		s := prefix + hex.EncodeToString(h.Sum(nil))[:8]
		seen[s]++
		if n := seen[s]; n > 1 {
			s += "-" + strconv.Itoa(n)
		}
		return s
	}
	norms := func(e *editions.Edition, sents []int) string {
		parts := make([]string, len(sents))
		for k, s := range sents {
			parts[k] = e.Sentences[s].Norm
		}
		return strings.Join(parts, "\n")
	}
	for k := range c.rep.Omissions {
		f := &c.rep.Omissions[k]
		// Not the kind: whether the aligner left a sentence unmatched
		// or merged it with its neighbour, and the analysis found it
		// missing from that merge, is the same omission to a reviewer,
		// and an acceptance must survive the aligner changing its mind
		// after an edit elsewhere.
		f.ID = id("o", norms(c.src, f.Sentences))
		f.Accepted = c.opts.Accept[f.ID]
		f.Severity = f.Confidence * math.Sqrt(float64(f.Words))
	}
	for k := range c.rep.Additions {
		f := &c.rep.Additions[k]
		f.ID = id("a", string(f.Kind), norms(c.tgt, f.Sentences), f.Text)
		f.Accepted = c.opts.Accept[f.ID]
	}
	for k := range c.rep.Mismatches {
		m := &c.rep.Mismatches[k]
		m.ID = id("m", string(m.Kind), norms(c.src, m.Source), m.SourceValue, m.TargetValue)
		m.Accepted = c.opts.Accept[m.ID]
	}
}
