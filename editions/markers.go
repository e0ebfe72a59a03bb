package editions

// Note markers in running text: "[12]", "[^12]", "[^note]" and superscript
// digits attached to a word ("word¹²"). findMarkers is the one reader of
// them that segmentation, paragraphs and notes share, and NoteMarkers
// gives it to the other packages: anchors (which adds "[a]" and "word*"),
// and the word diff (a marker is one word, "note").

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NoteMarkers returns the note markers in text, in order, with their byte
// offsets in text: "[12]", "[^12]", "[^note]", and a run of superscript
// digits attached to what precedes it ("word¹²", "end.³"; labelled in
// ASCII digits, "12", so that "³" and "[3]" have one label). Note is -1:
// which note a marker names is known only to the edition that holds it
// (Edition.Markers).
func NoteMarkers(text string) []Marker { return findMarkers(text, 0, len(text)) }

// findMarkers returns the note markers in text[lo:hi]: [12], [^12] and
// superscript digits attached to what precedes them. Labels of the form
// [12] are candidates only; build keeps those that name a note.
func findMarkers(text string, lo, hi int) []Marker {
	if s := text[lo:hi]; strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, 0xC2) < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return nil // most sentences: no byte a marker starts with
	}
	var ms []Marker
	for i := lo; i < hi; {
		// Markers start with '[' or a superscript digit, whose UTF-8
		// encodings start with 0xC2 or 0xE2: skip every other byte fast.
		if b := text[i]; b != '[' && b != 0xC2 && b != 0xE2 {
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(text[i:hi])
		switch {
		case c == '[':
			if l := markerLen(text[i:hi]); l > 0 {
				label := strings.TrimPrefix(text[i+1:i+l-1], "^")
				ms = append(ms, Marker{Label: label, Start: i, End: i + l, Note: -1})
				i += l
				continue
			}
		case isSuperscriptDigit(c) && i > lo:
			prev, _ := utf8.DecodeLastRuneInString(text[lo:i])
			if !unicode.IsSpace(prev) {
				j := i
				for j < hi {
					c2, n2 := utf8.DecodeRuneInString(text[j:hi])
					if !isSuperscriptDigit(c2) {
						break
					}
					j += n2
				}
				ms = append(ms, Marker{Label: superscriptLabel(text[i:j]), Start: i, End: j, Note: -1})
				i = j
				continue
			}
		}
		i += n
	}
	return ms
}

// followsAsMarker reports whether the marker at k is a reference of the
// sentence before it rather than the start of something new: it is followed
// by white space or the end of the paragraph.
func followsAsMarker(text string, k int) bool {
	end := k + markerLen(text[k:])
	if end >= len(text) {
		return true
	}
	c, _ := utf8.DecodeRuneInString(text[end:])
	return unicode.IsSpace(c)
}

// maxMarkerLabel is the longest label of a note marker, "[12]",
// "[^note]": the one bound of markerLen, which reads markers in text,
// of markerStart, which strips them from the comparison form, and of
// the labels the structured readers keep as written (noteLabel, the TEI
// reader's), so that a marker one of them takes is a marker to all.
// They were three values (12 here, chosen with the first segmenter,
// commit 45aec71; 24 in the comparison form, commit d3288bc; 10 in the
// readers, commit 06e6984), none measured: a Markdown label of 13 to 24
// characters ("[^translators-note]") was stripped from the comparison
// form but read as text. 24 is the largest, so that no marker read
// before is read no longer.
const maxMarkerLabel = 24

// markerLen returns the length of a note marker [12], [^12] or [^note] at
// the start of s, or 0.
func markerLen(s string) int {
	if len(s) < 3 || s[0] != '[' {
		return 0
	}
	i := 1
	caret := s[1] == '^'
	if caret {
		i = 2
	}
	start := i
	for i < len(s) && i-start < maxMarkerLabel {
		b := s[i]
		if b >= '0' && b <= '9' || caret && (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-' || b == '_') {
			i++
			continue
		}
		break
	}
	if i == start || i >= len(s) || s[i] != ']' {
		return 0
	}
	return i + 1
}
