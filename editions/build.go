package editions

// From blocks to an edition: the sentences of each paragraph, the notes,
// and the markers linked to them.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// build turns blocks into the edition's paragraphs, sentences and notes.
func (e *Edition) build(blocks []block, r *rules) {
	byLabel := map[string][]int{} // note label → note indices in order
	// The sentences of all blocks are found first, as offsets into the
	// text, so that the slice of sentences is made once, to its size.
	var sg segmenter
	all := make([]span, 0, len(blocks)+len(e.Text)/32)
	ends := make([]int, len(blocks)) // block i's spans are all[ends[i-1]:ends[i]]
	for i, b := range blocks {
		if b.kind == Heading {
			if s, ok := trimSpan(e.Text, b.content, b.end); ok {
				all = append(all, s)
			}
		} else if b.given != nil {
			for _, s := range givenSentences(e.Text, b, r) {
				all = append(all, span{b.content + s.start, b.content + s.end})
			}
		} else {
			all = sg.appendSentences(all, e.Text[b.content:b.end], r, b.content)
		}
		ends[i] = len(all)
	}
	e.Sentences = make([]Sentence, 0, len(all))
	e.Paragraphs = make([]Paragraph, 0, len(blocks))
	for i, b := range blocks {
		p := Paragraph{Index: int32(len(e.Paragraphs)), Kind: b.kind, Level: int32(b.level), Start: int32(b.start), End: int32(b.end), Note: -1}
		p.First = int32(len(e.Sentences))
		from := 0
		if i > 0 {
			from = ends[i-1]
		}
		for _, s := range all[from:ends[i]] {
			start, end := s.start, s.end
			e.Sentences = append(e.Sentences, Sentence{
				Index: int32(len(e.Sentences)), Paragraph: p.Index,
				Start: int32(start), End: int32(end), Text: foldSpace(e.Text[start:end]),
			})
		}
		p.Limit = int32(len(e.Sentences))
		if p.Limit == p.First {
			continue // only markup, such as an empty note definition
		}
		if b.kind == NoteKind {
			if b.noteCont && len(e.Notes) > 0 {
				p.Note = int32(len(e.Notes) - 1)
			} else {
				p.Note = int32(len(e.Notes))
				byLabel[b.noteLabel] = append(byLabel[b.noteLabel], len(e.Notes))
				e.Notes = append(e.Notes, Note{Label: b.noteLabel, Paragraph: int(p.Index)})
			}
		}
		e.Paragraphs = append(e.Paragraphs, p)
	}
	e.linkMarkers(byLabel)
}

// givenSentences returns the sentences the markup of b gives, relative
// to b.content. Text between them that the markup left out is segmented
// by the rules, except that markers and punctuation alone (a note after
// </s>) join the sentence before them: a sentence is never just "[3]".
func givenSentences(text string, b block, r *rules) []span {
	var spans []span
	add := func(lo, hi int, split bool) {
		if lo >= hi {
			return
		}
		var parts []span
		if split {
			for _, s := range splitSentences(text[lo:hi], r) {
				parts = append(parts, span{lo + s.start, lo + s.end})
			}
		} else if s, ok := trimSpan(text, lo, hi); ok {
			parts = []span{s}
		}
		for _, s := range parts {
			if n := len(spans); n > 0 && !hasWords(text[s.start:s.end]) {
				spans[n-1].end = s.end
				continue
			}
			spans = append(spans, s)
		}
	}
	at := b.content
	for _, g := range b.given {
		lo, hi := max(g.start, at), min(g.end, b.end)
		if lo >= hi {
			continue
		}
		add(at, lo, true)
		add(lo, hi, false)
		at = hi
	}
	add(at, b.end, true)
	for i := range spans {
		spans[i].start -= b.content
		spans[i].end -= b.content
	}
	return spans
}

// hasWords reports whether s holds a letter or digit outside note markers.
func hasWords(s string) bool {
	ms := findMarkers(s, 0, len(s))
	for i := 0; i < len(s); {
		if len(ms) > 0 && i == ms[0].Start {
			i = ms[0].End
			ms = ms[1:]
			continue
		}
		c, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
		i += n
	}
	return false
}

// linkMarkers finds the note markers of each sentence and links each to
// the note of that label that follows it (notes may be numbered anew in
// each chapter), or else to the last one before it.
func (e *Edition) linkMarkers(byLabel map[string][]int) {
	for si := range e.Sentences {
		s := e.Sentences[si]
		for _, m := range findMarkers(e.Text, int(s.Start), int(s.End)) {
			notes := byLabel[m.Label]
			bracketed := strings.HasPrefix(e.Text[m.Start:], "[") && !strings.HasPrefix(e.Text[m.Start:], "[^")
			if len(notes) == 0 && bracketed {
				continue // [1917] with no note [1917]: just a number in brackets
			}
			if len(notes) > 0 {
				// The first note of that label after the marker, else the last.
				k := sort.Search(len(notes), func(k int) bool {
					return int(e.Paragraphs[e.Notes[notes[k]].Paragraph].Start) > m.Start
				})
				m.Note = notes[min(k, len(notes)-1)]
			}
			if m.Note >= 0 {
				e.Notes[m.Note].Markers++
			}
			m.Sentence = si
			e.Markers = append(e.Markers, m)
		}
	}
}
