// Findings: how one is made and placed in its text, filtered by
// confidence, and named by an id a reviewer can accept.

package align

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"math"
	"slices"
	"sort"
	"strconv"
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
	// The sentences' text as a row shows it (Joined, which makes it to
	// size: a finding may be a whole text, an unrelated one all omitted,
	// and a slice of its sentences' texts first was 4.7 MB for
	// bench/pathological's 20 MB paragraph).
	text := ed.Joined(sents)
	words := 0
	for _, s := range sents {
		words += countWords(ed.Sentences[s].Text)
	}
	return Finding{
		Kind: kind, Edition: e, Sentences: sents,
		Paragraph: int(first.Paragraph), Line: lines.Line(int(first.Start)),
		Start: int(first.Start), End: int(last.End),
		Text: text, Words: words,
	}
}

// countWords counts the words of s: its runs of letters and digits,
// and in the scripts written without spaces between words (unspaced:
// Chinese, Japanese) each letter, as word counts go there (字数): a run
// of them is a clause. Ruth in the Chinese Union Version (simplified,
// ../shared/eval/bible) counted 386 words so, and has 2,981 characters;
// the King James Version's has 2,596 words; Japanese, 455 and 5,635.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if unspaced(r) {
			n, in = n+1, false
			continue
		}
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// An offsetWalker maps byte offsets in a sentence's Text to offsets in its
// edition's Text. Sentence.Text is the input between the sentence's
// offsets with runs of white space folded to one space and trimmed, so
// walking both while skipping white space finds it. The walker goes on
// from where it stopped when asked for an offset no smaller than the last,
// so that the offsets of a sentence asked in order cost one walk through
// it, not one each.
type offsetWalker struct {
	e    *editions.Edition
	sent editions.Sentence
	i, j int // i in the raw text, j in sent.Text
	last int // the offset last asked for
}

func (w *offsetWalker) at(off int) int {
	if off < w.last {
		w.i, w.j = 0, 0
	}
	w.last = off
	raw := w.e.Text[w.sent.Start:w.sent.End]
	text := w.sent.Text
	i, j := w.i, w.j
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
			if j < len(text) && text[j] == ' ' {
				j++
			}
			continue
		}
		_, m := utf8.DecodeRuneInString(text[j:])
		i += n
		j += m
	}
	w.i, w.j = i, j
	return int(w.sent.Start) + i
}

// textOffsets maps the byte offsets offs in sent.Text to offsets in
// e.Text, in one walk through the sentence whatever their order.
func textOffsets(e *editions.Edition, sent editions.Sentence, offs []int) []int {
	order := make([]int, len(offs))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(x, y int) bool { return offs[order[x]] < offs[order[y]] })
	out := make([]int, len(offs))
	w := offsetWalker{e: e, sent: sent}
	for _, k := range order {
		out[k] = w.at(offs[k])
	}
	return out
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
	// id hashes the parts of an id: the kind if any, the comparison form
	// of the sentences sents of e, then tail. The findings of one sentence
	// or pair (the mismatches of a long sentence, its bracketed
	// insertions) come one after the other and share all but the tail:
	// that part is hashed once for them all and its state cloned, or a
	// sentence of many findings would be hashed once for each.
	type headKey struct {
		prefix, kind string
		e            *editions.Edition
	}
	var shared struct {
		key   headKey
		sents []int
		state hash.Cloner
	}
	var buf [4096]byte
	id := func(prefix, kind string, e *editions.Edition, sents []int, tail ...string) string {
		key := headKey{prefix, kind, e}
		var h hash.Hash
		if shared.state != nil && shared.key == key && slices.Equal(sents, shared.sents) {
			if cl, err := shared.state.Clone(); err == nil {
				h = cl
			}
		}
		if h == nil {
			// The kind (an omission's id has none), 0, the
			// sentences' forms joined by newlines, 0; written piece
			// by piece, not joined and copied: the omission of a text
			// found unrelated as a whole is all of it (40 MB made
			// for bench/pathological's 20 MB paragraph, at the
			// coverage report's peak).
			h = sha256.New()
			if kind != "" {
				writeString(h, kind, buf[:])
				h.Write([]byte{0})
			}
			for k, s := range sents {
				if k > 0 {
					h.Write([]byte{'\n'})
				}
				writeString(h, e.Sentences[s].Norm, buf[:])
			}
			h.Write([]byte{0})
			shared.state = nil
			if cl, ok := h.(hash.Cloner); ok {
				if st, err := cl.Clone(); err == nil {
					shared.key, shared.sents, shared.state = key, sents, st
				}
			}
		}
		for _, p := range tail {
			writeString(h, p, buf[:])
			h.Write([]byte{0})
		}
		s := prefix + hex.EncodeToString(h.Sum(nil))[:8]
		seen[s]++
		if n := seen[s]; n > 1 {
			s += "-" + strconv.Itoa(n)
		}
		return s
	}
	for k := range c.rep.Omissions {
		f := &c.rep.Omissions[k]
		// Not the kind: whether the aligner left a sentence unmatched
		// or merged it with its neighbour, and the analysis found it
		// missing from that merge, is the same omission to a reviewer,
		// and an acceptance must survive the aligner changing its mind
		// after an edit elsewhere.
		f.ID = id("o", "", c.src, f.Sentences)
		f.Accepted = c.opts.Accept[f.ID]
		f.Severity = f.Confidence * math.Sqrt(float64(f.Words))
	}
	for k := range c.rep.Additions {
		f := &c.rep.Additions[k]
		f.ID = id("a", string(f.Kind), c.tgt, f.Sentences, f.Text)
		f.Accepted = c.opts.Accept[f.ID]
	}
	for k := range c.rep.Mismatches {
		m := &c.rep.Mismatches[k]
		m.ID = id("m", string(m.Kind), c.src, m.Source, m.SourceValue, m.TargetValue)
		m.Accepted = c.opts.Accept[m.ID]
	}
}

// writeString writes s to h through buf, without copying s whole.
func writeString(h hash.Hash, s string, buf []byte) {
	for len(s) > 0 {
		n := copy(buf, s)
		h.Write(buf[:n])
		s = s[n:]
	}
}
