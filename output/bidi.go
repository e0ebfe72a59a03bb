package output

// Right-to-left text in the terminal view: the lines of a cell put in
// the order a reader's eye meets them, by the Unicode Bidirectional
// Algorithm (UAX #9).
//
// Why the view orders the characters itself. A terminal draws the
// characters of a line from left to right in the order it receives them,
// unless it implements bidirectional text itself. Most do not (xterm,
// the Linux console, tmux's own drawing, kitty, Alacritty, Windows
// Terminal, WezTerm by default): a Hebrew or Arabic sentence sent in its
// logical order, the order in which it is stored and typed, shows there
// backwards, letter by letter. Some do (VTE, the widget of GNOME
// Terminal, Tilix and Xfce Terminal, since 0.57.3 by default; Konsole;
// mlterm; macOS Terminal; mintty), each line by itself; they reorder
// whatever they receive, so text already put in visual order would be
// turned back. Hence two modes (BidiMode) and the rule of the command
// line that picks one (cmd/synoptic, --bidi): visual order on a
// terminal not known to reorder, logical order elsewhere — in a file or
// a pipe, where text is kept in logical order as Unicode prescribes
// and the program that shows it does the rest, and on the terminals
// named above.
//
// The visual mode follows UAX #9, with the character data of
// golang.org/x/text (Unicode 15.0 under Go 1.26, 17.0 from Go 1.27):
// the levels are resolved on the logical text of the whole cell, a
// paragraph whose direction is the column's (right to left for the
// scripts of direction, as the parallel edition's dir attribute says),
// with rules W1–W7, N0 (paired
// brackets), N1–N2 and I1–I2; the cell is broken into lines on that
// logical text, exactly where the logical mode breaks it; then each line
// is reordered by rules L1 (trailing white space at the paragraph's
// level), L2 (reversal from the highest level), L3 (a combining mark
// stays after its base, where a terminal draws it) and L4 (mirrored
// glyphs at odd levels: "(" and ")" change places, as « and »). So the
// first words of a Hebrew sentence stand at the right end of the first
// line, a number or a Latin name inside it reads left to right, and the
// lines are right-aligned in their column.
//
// golang.org/x/text/unicode/bidi gives the characters' bidirectional
// classes and paired brackets, which are used here; its Paragraph type
// is not, as of v0.44.0: it gives runs of one direction but not their
// levels, so a number inside Hebrew inside an English sentence cannot
// be placed, and it pairs no closing bracket ("שלום David (Work)" gives
// ")" the opposite direction of "("; golang/go issues 71809 and 72089).
//
// Not applied: the explicit embeddings, overrides and isolates (X1–X8;
// U+202A–U+202E, U+2066–U+2069). Literary text seldom has them; their
// controls are read as the algorithm reads a removed character (X9) or,
// for the isolates, as neutral punctuation, and what they enclose is
// resolved with its surroundings. The paragraph direction is the
// column's, never guessed from the first letter (P2–P3): a Hebrew
// column whose sentence starts with a Latin word is still a Hebrew
// column.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/bidi"
)

// BidiMode says who orders right-to-left text on the screen.
type BidiMode uint8

const (
	// BidiTerminal writes every line in logical order and leaves the
	// ordering to whatever shows it: a terminal that implements
	// bidirectional text, an editor or a browser reading the output
	// from a file. It is the zero value: the view's text is the
	// editions' text, character for character.
	BidiTerminal BidiMode = iota
	// BidiVisual writes each line in the order it is to be seen, for a
	// terminal that draws characters left to right as they come, and
	// right-aligns the columns of right-to-left scripts.
	BidiVisual
)

// A bidiText is the logical text of a cell with the embedding level of
// each of its runes, resolved by UAX #9 as one paragraph.
type bidiText struct {
	s      string
	offs   []int        // the byte offset in s of each rune, and len(s) last
	runes  []rune       // the runes of s
	class  []bidi.Class // their bidirectional classes, as Unicode gives them
	levels []uint8      // their resolved levels
	base   uint8        // the paragraph's level: 1 right to left, 0 left to right
}

// needsBidi reports whether s holds a character of a right-to-left
// script or an Arabic digit, the only ones a left-to-right paragraph
// lays out otherwise than in logical order.
func needsBidi(s string) bool {
	for _, r := range s {
		if r < 0x0590 {
			continue
		}
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL, bidi.AN:
			return true
		}
	}
	return false
}

// firstStrongRTL reports whether the first character of s with a strong
// direction is right to left: the direction UAX #9 gives a paragraph of s
// (rules P2 and P3).
func firstStrongRTL(s string) bool {
	for _, r := range s {
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL:
			return true
		case bidi.L:
			return false
		}
	}
	return false
}

// textRTL reports whether text of an edition in language lang is a
// paragraph written right to left: by the language's direction, or, when
// the language is not known, by its first letter (direction's "auto").
func textRTL(lang language.Tag, text string) bool {
	switch direction(lang) {
	case "rtl":
		return true
	case "auto":
		return firstStrongRTL(text)
	}
	return false
}

// bidiLines returns the lines of s wrapped to cols columns, the first n
// of them (all when n is negative), as wrapN does; with BidiVisual, when s
// is a paragraph of direction rtl or holds right-to-left text, each line
// in visual order as the side-by-side view lays out a cell's, padded on
// the left to end at column cols when rtl. The reports of segment and
// coverage show sentences so.
func bidiLines(s string, cols, n int, bidi BidiMode, rtl bool) []string {
	if bidi != BidiVisual || !rtl && !needsBidi(s) {
		return wrapN(s, cols, n)
	}
	s = strings.TrimLeft(s, " ")
	if cols <= 0 {
		cols = max(1, stringWidth(s))
	}
	bt := resolveBidi(s, rtl)
	var v view // no colour: the units as they are
	var lines []string
	for _, ln := range wrapRangesN(s, cols, n) {
		var b strings.Builder
		if rtl {
			b.WriteString(strings.Repeat(" ", max(0, cols-stringWidth(s[ln[0]:ln[1]]))))
		}
		v.visualLine(&b, bt, ln, nil, 0)
		lines = append(lines, b.String())
	}
	return lines
}

// resolveBidi resolves the levels of s as a paragraph of direction rtl.
func resolveBidi(s string, rtl bool) *bidiText {
	t := &bidiText{s: s}
	if rtl {
		t.base = 1
	}
	for i, r := range s {
		p, _ := bidi.LookupRune(r)
		t.offs = append(t.offs, i)
		t.runes = append(t.runes, r)
		t.class = append(t.class, p.Class())
	}
	t.offs = append(t.offs, len(s))
	t.levels = make([]uint8, len(t.runes))

	// X9: the explicit formatting characters and BN are left out of the
	// resolution; the isolates are read as neutral punctuation and a
	// paragraph separator inside the cell (a line break of a poem) as
	// white space, which L1 puts back at the paragraph's level.
	var seq []int // the runes resolved, by index
	typ := make([]bidi.Class, len(t.runes))
	removed := make([]bool, len(t.runes))
	for i, c := range t.class {
		switch c {
		case bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF, bidi.BN, bidi.Control:
			removed[i] = true
			continue
		case bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
			c = bidi.ON
		case bidi.B:
			c = bidi.WS
		}
		typ[i] = c
		seq = append(seq, i)
	}
	sos := bidi.L // the direction of the paragraph, at both its ends
	if rtl {
		sos = bidi.R
	}
	at := func(k int) bidi.Class { return typ[seq[k]] }
	set := func(k int, c bidi.Class) { typ[seq[k]] = c }

	// W1: a combining mark takes the type of what it combines with.
	for k := range seq {
		if at(k) == bidi.NSM {
			if k == 0 {
				set(k, sos)
			} else {
				set(k, at(k-1))
			}
		}
	}
	// W2, W3: a European digit after Arabic letters is an Arabic one;
	// Arabic letters are right-to-left letters.
	last := sos
	for k := range seq {
		switch c := at(k); c {
		case bidi.L, bidi.R, bidi.AL:
			last = c
		case bidi.EN:
			if last == bidi.AL {
				set(k, bidi.AN)
			}
		}
	}
	for k := range seq {
		if at(k) == bidi.AL {
			set(k, bidi.R)
		}
	}
	// W4: a single separator between two numbers of one kind joins them.
	for k := 1; k+1 < len(seq); k++ {
		prev, next := at(k-1), at(k+1)
		switch at(k) {
		case bidi.ES:
			if prev == bidi.EN && next == bidi.EN {
				set(k, bidi.EN)
			}
		case bidi.CS:
			if prev == next && (prev == bidi.EN || prev == bidi.AN) {
				set(k, prev)
			}
		}
	}
	// W5: terminators next to a European number (%, $, °) belong to it.
	for k := 0; k < len(seq); {
		if at(k) != bidi.ET {
			k++
			continue
		}
		end := k
		for end < len(seq) && at(end) == bidi.ET {
			end++
		}
		if k > 0 && at(k-1) == bidi.EN || end < len(seq) && at(end) == bidi.EN {
			for j := k; j < end; j++ {
				set(j, bidi.EN)
			}
		}
		k = end
	}
	// W6, W7: other separators are neutral; a European number after
	// left-to-right letters is left to right.
	last = sos
	for k := range seq {
		switch c := at(k); c {
		case bidi.ES, bidi.ET, bidi.CS:
			set(k, bidi.ON)
		case bidi.L, bidi.R:
			last = c
		case bidi.EN:
			if last == bidi.L {
				set(k, bidi.L)
			}
		}
	}
	t.brackets(seq, typ, sos)
	// N1, N2: neutrals between two strong types of one direction take it
	// (numbers count as right to left), others the paragraph's.
	strong := func(c bidi.Class) bidi.Class {
		if c == bidi.L {
			return bidi.L
		}
		return bidi.R
	}
	neutral := func(c bidi.Class) bool {
		return c == bidi.WS || c == bidi.ON || c == bidi.S || c == bidi.B
	}
	for k := 0; k < len(seq); {
		if !neutral(at(k)) {
			k++
			continue
		}
		end := k
		for end < len(seq) && neutral(at(end)) {
			end++
		}
		before, after := sos, sos
		if k > 0 {
			before = strong(at(k - 1))
		}
		if end < len(seq) {
			after = strong(at(end))
		}
		dir := sos
		if before == after {
			dir = before
		}
		for j := k; j < end; j++ {
			set(j, dir)
		}
		k = end
	}
	// I1, I2: the levels.
	for i := range t.levels {
		t.levels[i] = t.base
	}
	for _, i := range seq {
		switch c := typ[i]; {
		case t.base == 0 && c == bidi.R:
			t.levels[i] = 1
		case t.base == 0 && (c == bidi.EN || c == bidi.AN):
			t.levels[i] = 2
		case t.base == 1 && c != bidi.R:
			t.levels[i] = 2
		}
	}
	// The characters X9 left out take the level of the one before them,
	// beside which a terminal shows them (they take no column).
	for i := 1; i < len(removed); i++ {
		if removed[i] {
			t.levels[i] = t.levels[i-1]
		}
	}
	return t
}

// maxBracketDepth is the depth of nested brackets BD16 follows: "a
// stack with room for 63 elements", after which the pairing stops.
const maxBracketDepth = 63

// brackets applies rule N0 to the runes seq of t, whose current types
// are typ: a pair of brackets (BD16: an opening bracket and the first
// closing one of its kind after it that is not inside a later pair)
// takes the direction of the strong text inside it if the paragraph's
// direction is among it, else the other direction found inside if the
// text before the pair is of that direction too, else the paragraph's.
// Combining marks after a bracket follow it.
func (t *bidiText) brackets(seq []int, typ []bidi.Class, sos bidi.Class) {
	type open struct {
		closer rune
		k      int
	}
	var stack []open
	var pairs [][2]int
scan:
	for k, i := range seq {
		if typ[i] != bidi.ON {
			continue
		}
		r := t.runes[i]
		p, _ := bidi.LookupRune(r)
		switch {
		case !p.IsBracket():
		case p.IsOpeningBracket():
			if len(stack) == maxBracketDepth {
				break scan
			}
			stack = append(stack, open{canonicalBracket(mirror(r)), k})
		default:
			c := canonicalBracket(r)
			for s := len(stack) - 1; s >= 0; s-- {
				if stack[s].closer == c {
					pairs = append(pairs, [2]int{stack[s].k, k})
					stack = stack[:s]
					break
				}
			}
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int { return a[0] - b[0] })
	dirOf := func(c bidi.Class) bidi.Class {
		switch c {
		case bidi.L:
			return bidi.L
		case bidi.R, bidi.EN, bidi.AN:
			return bidi.R
		}
		return bidi.ON
	}
	for _, pr := range pairs {
		embedding, opposite := false, false
		for k := pr[0] + 1; k < pr[1]; k++ {
			switch dirOf(typ[seq[k]]) {
			case sos:
				embedding = true
			case bidi.ON:
			default:
				opposite = true
			}
		}
		var dir bidi.Class
		switch {
		case embedding:
			dir = sos
		case opposite:
			before := sos
			for k := pr[0] - 1; k >= 0; k-- {
				if d := dirOf(typ[seq[k]]); d != bidi.ON {
					before = d
					break
				}
			}
			dir = sos
			if before != sos {
				dir = before
			}
		default:
			continue
		}
		for _, k := range pr {
			typ[seq[k]] = dir
			for j := k + 1; j < len(seq) && t.class[seq[j]] == bidi.NSM; j++ {
				typ[seq[j]] = dir
			}
		}
	}
}

// canonicalBracket folds the brackets that are canonically equivalent,
// as BD16 asks: U+2329 and U+232A are U+3008 and U+3009.
func canonicalBracket(r rune) rune {
	switch r {
	case '\u2329':
		return '\u3008'
	case '\u232a':
		return '\u3009'
	}
	return r
}

// mirror returns the glyph r takes at an odd level (rule L4): the other
// bracket of a pair, as golang.org/x/text gives it; of the other
// characters with the Bidi_Mirrored property (UCD BidiMirroring.txt),
// those found in running text; r itself otherwise.
func mirror(r rune) rune {
	if p, _ := bidi.LookupRune(r); p.IsBracket() {
		m, _ := utf8.DecodeRuneInString(bidi.ReverseString(string(r)))
		return m
	}
	switch r {
	case '<':
		return '>'
	case '>':
		return '<'
	case '«':
		return '»'
	case '»':
		return '«'
	case '‹':
		return '›'
	case '›':
		return '‹'
	case '≤':
		return '≥'
	case '≥':
		return '≤'
	}
	return r
}

// A visualUnit is what a line shows in one place: a rune of the text
// with the combining marks and other zero-width characters after it,
// bytes [start, end) of the text, and the glyph it is drawn with when
// mirrored (0 when not).
type visualUnit struct {
	start, end int
	mirror     rune
}

// line returns the units of bytes [a, b) of t — a line the logical text
// was broken into — in the order they are to be seen from left to
// right, by rules L1 to L4.
func (t *bidiText) line(a, b int) []visualUnit {
	lo, _ := slices.BinarySearch(t.offs, a)
	hi, _ := slices.BinarySearch(t.offs, b)
	if hi > len(t.runes) {
		hi = len(t.runes)
	}
	levels := slices.Clone(t.levels[lo:hi])
	// L1: separators, and the white space before them or at the end of
	// the line, at the paragraph's level.
	trailing := true
	for i := hi - 1; i >= lo; i-- {
		switch t.class[i] {
		case bidi.S, bidi.B:
			levels[i-lo] = t.base
			trailing = true
		case bidi.WS, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI, bidi.BN,
			bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF:
			if trailing {
				levels[i-lo] = t.base
			}
		default:
			trailing = false
		}
	}
	// L3: a unit is a rune with the zero-width runes after it.
	var units []visualUnit
	var lv []uint8
	for i := lo; i < hi; i++ {
		if len(units) > 0 && runeWidth(t.runes[i]) == 0 && t.class[i] != bidi.S && t.class[i] != bidi.B {
			units[len(units)-1].end = t.offs[i+1]
			continue
		}
		units = append(units, visualUnit{start: t.offs[i], end: t.offs[i+1]})
		lv = append(lv, levels[i-lo])
	}
	// L4 before L2, while each unit is in its place.
	for k, u := range units {
		if lv[k]%2 == 1 {
			r, _ := utf8.DecodeRuneInString(t.s[u.start:])
			if m := mirror(r); m != r {
				units[k].mirror = m
			}
		}
	}
	// L2: from the highest level to the lowest odd one, reverse every run
	// of units at that level or higher.
	var top, low uint8 = 0, 255
	for _, l := range lv {
		top, low = max(top, l), min(low, l)
	}
	for l := top; l >= low|1 && l > 0; l-- {
		for k := 0; k < len(units); {
			if lv[k] < l {
				k++
				continue
			}
			end := k
			for end < len(units) && lv[end] >= l {
				end++
			}
			slices.Reverse(units[k:end])
			slices.Reverse(lv[k:end])
			k = end
		}
	}
	return units
}
