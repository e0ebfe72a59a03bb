package output

// The anchors the parallel edition highlights in a sentence, with their
// offsets as JavaScript counts them and a flag where another column lacks
// them.

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf16"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// A viewAnchor is written [start, end, key, flags, note] (MarshalJSON):
// flags has anchorMissing for an anchor with no counterpart in another
// column of its row and anchorFirstRef for the first marker of a note
// (the note links back to it); note is the note a marker points to, or
// -1. A sentence's anchors are kept compact (anchorList, made by
// viewBuilder.place) and written by appendJSON.
type viewAnchor struct {
	start, end  int // offsets in UTF-16 code units
	key         string
	flags, note int32
}

// MarshalJSON writes a as the array [start, end, key, flags, note], the
// bytes encoding/json writes for such an array of values (HTML not
// escaped, as the page's data is encoded).
func (a viewAnchor) MarshalJSON() ([]byte, error) {
	return a.appendJSON(make([]byte, 0, 24+len(a.key))), nil
}

// appendJSON appends what MarshalJSON writes to b.
func (a viewAnchor) appendJSON(b []byte) []byte {
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(a.start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(a.end), 10)
	b = append(b, ',')
	b = appendJSONString(b, a.key)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(a.flags), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(a.note), 10)
	return append(b, ']')
}

// UnmarshalJSON reads what MarshalJSON writes.
func (a *viewAnchor) UnmarshalJSON(b []byte) error {
	fields := []any{&a.start, &a.end, &a.key, &a.flags, &a.note}
	if err := json.Unmarshal(b, &fields); err != nil {
		return err
	}
	if len(fields) != 5 {
		return fmt.Errorf("an anchor of %d values, want 5", len(fields))
	}
	return nil
}

// Flags of a viewAnchor.
const (
	anchorMissing  = 1
	anchorFirstRef = 2
)

// An anchor placed in a sentence: its span in the sentence's text, and
// the key it matches by, prefixed by its kind so that the number 1 and
// the note marker 1 differ.
type placed struct {
	start, end int
	key        string
	kind       anchors.Kind
	marker     bool
}

// anchorPrefix keeps apart the keys of anchors of different kinds (the
// number 1 and the note marker 1); the page's script knows "m".
var anchorPrefix = map[anchors.Kind]string{
	anchors.Number: "n", anchors.Range: "r", anchors.Date: "d", anchors.Name: "p", anchors.Marker: "m", anchors.Punct: "q",
}

// sentenceAnchors returns the anchors of a sentence worth showing:
// numbers, ranges, dates, names and note markers, the outermost where
// they nest ("25 October" rather than its 25). Without all, only the
// note markers. Names are left out of headings, where every word is
// capitalized. A word of Hebrew, Arabic, Syriac or Korean that may be a name
// (anchors.Anchor's Candidate) is kept only when one of its readings is
// a name of another column of the row (named, rowNames.shown), and then
// under that name's key, as the terminal view shows it.
func (vb *viewBuilder) sentenceAnchors(e, si int, all bool, named rowNames) []placed {
	ed := vb.a.Editions[e]
	s := ed.Sentences[si]
	if !all && len(ed.SentenceMarkers(si)) == 0 {
		return nil
	}
	heading := ed.Paragraphs[s.Paragraph].Kind == editions.Heading
	var out []placed
	pos := 0
	for _, an := range anchors.Extract(s.Text, ed.Lang) {
		if an.Kind == anchors.Punct || an.Start < pos || an.End > len(s.Text) || an.Start >= an.End {
			continue
		}
		if !all && an.Kind != anchors.Marker || heading && an.Kind == anchors.Name {
			continue
		}
		key, ok := named.shown(an)
		if !ok {
			continue
		}
		out = append(out, placed{start: an.Start, end: an.End, key: anchorPrefix[an.Kind] + key, kind: an.Kind, marker: an.Kind == anchors.Marker})
		pos = an.End
	}
	return out
}

// unsharedNames returns the name keys of column e that some other column
// compared (names[f] not nil) lacks. A name is not flagged — a name key is
// a lossy consonant skeleton, and a name is often rendered by a pronoun or
// dropped, which align.Alignment.UnmatchedAnchors leaves to the coverage
// check — but one with no counterpart is left unmarked rather than
// highlighted, so that highlights stay worth a reader's attention.
func unsharedNames(names []map[string]int, e int) map[string]bool {
	hide := map[string]bool{}
	for key := range names[e] {
		for f, other := range names {
			if f != e && other != nil && other[key] == 0 {
				hide[key] = true
			}
		}
	}
	return hide
}

// place records as, the anchors of sentence si of edition e that
// sentenceAnchors returned (all of them in a translation's matched row,
// else its note markers); flagged where align.Alignment.UnmatchedAnchors
// found them missing (missing), by the rules the coverage report uses.
// Names in hide are left out.
func (vb *viewBuilder) place(e, si int, as []placed, missing []anchors.Anchor, hide map[string]bool) {
	s := vb.a.Editions[e].Sentences[si]
	if len(as) == 0 {
		return
	}
	flagged := newMissingSet(missing)
	var notes map[string][]int // the notes of the sentence's markers not yet used, by label, in order
	u16 := utf16Offsets(s.Text)
	out := vb.scratch[:0]
	prevEnd := 0
	for _, an := range as {
		flags, note := 0, -1
		if an.kind == anchors.Name && hide[an.key] {
			continue
		}
		shown := anchors.Anchor{Kind: an.kind, Key: an.key[len(anchorPrefix[an.kind]):], Start: an.start, End: an.end}
		if flagged.lacks(shown) {
			flags |= anchorMissing
		}
		if an.marker {
			// The note of the first marker with this label not yet
			// used, in the sentence's order.
			if notes == nil {
				notes = map[string][]int{}
				for _, m := range vb.a.Editions[e].SentenceMarkers(si) {
					notes[m.Label] = append(notes[m.Label], m.Note)
				}
			}
			if q := notes[an.key[1:]]; len(q) > 0 {
				note, notes[an.key[1:]] = q[0], q[1:]
			}
			if note >= 0 && vb.firstRef[e][note] == si && !vb.refDone[e][note] {
				if vb.refDone[e] == nil {
					vb.refDone[e] = map[int]bool{}
				}
				vb.refDone[e][note] = true
				flags |= anchorFirstRef
			}
		}
		start, end := u16(an.start), u16(an.end)
		out = out.append(viewAnchor{start, end, an.key, int32(flags), int32(note)}, prevEnd)
		prevEnd = end
	}
	vb.scratch = out
	if len(out) > 0 {
		vb.cur.anchors = append(vb.cur.anchors, sentenceView{E: e, S: si, Anchors: append(anchorList(nil), out...)})
	}
}

// An anchorList is the anchors of a sentence as the view data keeps
// them until the page is written: for each anchor, in order, the
// distance of its start from the end of the one before (from 0 for the
// first) and its length, the length of its key and the key, its flags
// and its note, the numbers as varints. It is written as the JSON list
// of its viewAnchors (appendJSON, MarshalJSON).
//
// The view data of a page is gathered whole before it is written (its
// sentences are written in the order of their numbers as strings, "10"
// before "2", as encoding/json orders a map's keys, which rows do not
// come in), and on a page of dense anchors it is most of the page: kept
// as JSON, 25 MB live for the anchors case of bench/pathological (8 MB
// of text), whose collection goal, twice the live heap, made the page's
// peak 86 MB, 10.7 times the input. An anchor of a name ("[39,45,
// \"pfrnk\",0,-1]", 22 bytes of JSON) takes 9 bytes so.
type anchorList []byte

// append appends a, which starts no earlier than prevEnd, the end of the
// anchor before it (0 for the first).
func (l anchorList) append(a viewAnchor, prevEnd int) anchorList {
	b := []byte(l)
	b = binary.AppendVarint(b, int64(a.start-prevEnd))
	b = binary.AppendVarint(b, int64(a.end-a.start))
	b = binary.AppendVarint(b, int64(len(a.key)))
	b = append(b, a.key...)
	b = binary.AppendVarint(b, int64(a.flags))
	b = binary.AppendVarint(b, int64(a.note))
	return b
}

// anchors returns the anchors of l.
func (l anchorList) anchors() []viewAnchor {
	var out []viewAnchor
	l.each(func(a viewAnchor) { out = append(out, a) })
	return out
}

// each calls f with each anchor of l, in order.
func (l anchorList) each(f func(viewAnchor)) {
	end := 0
	for len(l) > 0 {
		var a viewAnchor
		a.start = end + int(l.varint())
		a.end = a.start + int(l.varint())
		n := int(l.varint())
		a.key = string(l[:n]) // a short string, on the stack while it does not escape f
		l = l[n:]
		a.flags, a.note = int32(l.varint()), int32(l.varint())
		f(a)
		end = a.end
	}
}

// varint reads the varint at the start of *l.
func (l *anchorList) varint() int64 {
	v, n := binary.Varint(*l)
	*l = (*l)[n:]
	return v
}

// appendJSON appends l as the JSON list of its viewAnchors.
func (l anchorList) appendJSON(b []byte) []byte {
	b = append(b, '[')
	first := true
	l.each(func(a viewAnchor) {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = a.appendJSON(b)
	})
	return append(b, ']')
}

// MarshalJSON writes l as the JSON list of its viewAnchors.
func (l anchorList) MarshalJSON() ([]byte, error) { return l.appendJSON(nil), nil }

// UnmarshalJSON reads what MarshalJSON writes.
func (l *anchorList) UnmarshalJSON(b []byte) error {
	var as []viewAnchor
	if err := json.Unmarshal(b, &as); err != nil {
		return err
	}
	*l = nil
	end := 0
	for _, a := range as {
		*l = l.append(a, end)
		end = a.end
	}
	return nil
}

// utf16Offsets returns a function mapping byte offsets of s to offsets in
// UTF-16 code units, which is how JavaScript indexes strings.
// Offsets must come in ascending order, as anchors do.
func utf16Offsets(s string) func(int) int {
	at, n := 0, 0 // byte offset at is UTF-16 offset n
	return func(off int) int {
		if off < at {
			at, n = 0, 0
		}
		for _, r := range s[at:off] {
			n += utf16.RuneLen(r)
		}
		at = off
		return n
	}
}
