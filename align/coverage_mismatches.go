// Mismatches: anchors of a matched pair with no counterpart on the other
// side, and source notes missing from the translation.

package align

import (
	"strings"
	"unicode"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// mismatches compares the anchors of each matched pair.
func (c *coverer) mismatches() {
	srcA, tgtA := sentenceAnchors(c.src), sentenceAnchors(c.tgt)
	shared := c.sharedNames(srcA, tgtA)
	for _, row := range c.al.Rows {
		if row.Kind != Match || len(row.Cells) < 2 {
			continue
		}
		sa, ta := c.pairAnchors(c.src, srcA, row.Cells[0]), c.pairAnchors(c.tgt, tgtA, row.Cells[1])
		// A number on one side only is reported only when the other
		// side spells no number out: "seventy and sevenfold" is 77.
		sWords, tWords := c.spellsNumber(c.src, row.Cells[0]), c.spellsNumber(c.tgt, row.Cells[1])
		before := len(c.rep.Mismatches)
		c.compareNumbers(row, sa.of(anchors.Number), ta.of(anchors.Number), !tWords, !sWords)
		c.compareDates(row, sa.of(anchors.Date), ta.of(anchors.Date), before)
		// Names: only a substitution counts, and only between names
		// this translator demonstrably keeps — found on both sides of
		// at least two matched pairs. A name merely missing is usually
		// a pronoun ("Fogg" for "il"); names spelt differently ("Ham",
		// "Cham") or translated ("God", "Dieu"), and German nouns,
		// which are all capitalized, never meet the condition.
		// A merge, or a doubtful pair, mixes up who is named where.
		if len(row.Cells[0]) != 1 || len(row.Cells[1]) != 1 || row.Score < 0.8 {
			c.markers(row)
			continue
		}
		var sn, tn []located
		for _, a := range sa.of(anchors.Name) {
			if shared[a.key] {
				sn = append(sn, a)
			}
		}
		for _, a := range ta.of(anchors.Name) {
			if shared[a.key] {
				tn = append(tn, a)
			}
		}
		c.compare(row, NameMismatch, sn, tn, false)
		c.markers(row)
	}
}

// sharedNames returns the name keys this translator keeps: found on
// both sides of at least two matched pairs, and of most of the pairs
// that have it on either side. Name keys are lossy consonant skeletons,
// so a key that is shared now and then ("Dios" and German "Dieses")
// is a collision, not a name.
func (c *coverer) sharedNames(srcA, tgtA [][]anchors.Anchor) map[string]bool {
	both, either := make(map[string]int), make(map[string]int)
	for _, row := range c.al.Rows {
		if row.Kind != Match || len(row.Cells) < 2 {
			continue
		}
		keys := make(map[string]uint8) // 1: source, 2: translation
		for k, side := range [][][]anchors.Anchor{srcA, tgtA} {
			for _, s := range row.Cells[k] {
				for _, a := range side[s] {
					if a.Kind == anchors.Name {
						keys[a.Key] |= 1 << k
					}
				}
			}
		}
		for key, sides := range keys {
			either[key]++
			if sides == 3 {
				both[key]++
			}
		}
	}
	out := make(map[string]bool)
	for key, n := range both {
		if n >= 2 && 3*n >= 2*either[key] {
			out[key] = true
		}
	}
	return out
}

// compareDates is compare for dates. A date with a day against the same
// month without one ("29 septembre", "the 29th of last September") is
// not reported: the day was compared as a number. A number mismatch
// inside a date mismatch whose both sides have a day ("6 avril", "16
// April") is dropped, the date saying it better; numbers holds the index
// of the pair's first number mismatch.
func (c *coverer) compareDates(row Row, s, t []located, numbers int) {
	dates := len(c.rep.Mismatches)
	c.compare(row, DateMismatch, s, t, true)
	out := c.rep.Mismatches[:dates]
	for _, m := range c.rep.Mismatches[dates:] {
		sk, tk := dateKey(s, m.SourceStart), dateKey(t, m.TargetStart)
		if sk != "" && tk != "" && sk[:4] == tk[:4] && (len(sk) == 4) != (len(tk) == 4) {
			continue
		}
		// A date on one side only whose day the other side has as a
		// number was written in a form the extractor does not read as
		// a date ("the 29th of September"): the day was compared.
		if (sk == "") != (tk == "") && len(sk+tk) == 7 && numbers >= 0 && c.dayShared(row, sk+tk) {
			continue
		}
		out = append(out, m)
	}
	c.rep.Mismatches = out
	var keep []Mismatch
	for k, m := range c.rep.Mismatches[numbers:] {
		drop := false
		if m.Kind == NumberMismatch {
			for _, d := range c.rep.Mismatches[numbers:] {
				if d.Kind == DateMismatch && d.SourceStart >= 0 && d.TargetStart >= 0 &&
					(m.SourceStart >= d.SourceStart && m.SourceEnd <= d.SourceEnd || m.TargetStart >= d.TargetStart && m.TargetEnd <= d.TargetEnd) {
					drop = true
				}
			}
		}
		if !drop {
			keep = append(keep, c.rep.Mismatches[numbers+k])
		}
	}
	c.rep.Mismatches = append(c.rep.Mismatches[:numbers], keep...)
}

// dayShared reports whether both sides of row have the day of date key
// "--MM-DD" as a number.
func (c *coverer) dayShared(row Row, key string) bool {
	day := strings.TrimLeft(key[5:], "0")
	has := func(e *editions.Edition, cell []int) bool {
		for _, s := range cell {
			for _, a := range anchors.Extract(e.Sentences[s].Text, e.Lang) {
				if a.Kind == anchors.Number && a.Key == day {
					return true
				}
			}
		}
		return false
	}
	return has(c.src, row.Cells[0]) && has(c.tgt, row.Cells[1])
}

func dateKey(as []located, start int) string {
	for _, a := range as {
		if a.start == start {
			return a.key
		}
	}
	return ""
}

// compareNumbers is compare for numbers: a value that differs is always
// reported, one missing from a side only when that side spells no
// number out (sMissing: a source number may be reported missing from
// the translation).
func (c *coverer) compareNumbers(row Row, s, t []located, sMissing, tMissing bool) {
	before := len(c.rep.Mismatches)
	c.compare(row, NumberMismatch, s, t, true)
	out := c.rep.Mismatches[:before]
	for _, m := range c.rep.Mismatches[before:] {
		switch {
		case m.SourceValue != "" && m.TargetValue == "" && !sMissing:
		case m.SourceValue == "" && m.TargetValue != "" && !tMissing:
		default:
			out = append(out, m)
		}
	}
	c.rep.Mismatches = out
}

// spellsNumber reports whether the sentences cell of e write a number in
// words in one of the supported languages ("seventy", "vingt-trois",
// "hundredth", "dreißig").
func (c *coverer) spellsNumber(e *editions.Edition, cell []int) bool {
	for _, s := range cell {
		for _, w := range strings.FieldsFunc(strings.ToLower(e.Sentences[s].Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if isNumberWord(w) {
				return true
			}
		}
	}
	return false
}

// numberWords are the roots of number words of the languages synoptic
// segments; a word is a number word when it is one of them or starts
// with one and goes on with a suffix of tens, ordinals or multiples.
var numberWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty hundred thousand million first second third fifth twelfth half dozen score twice thrice once
un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille million premier première second seconde moitié douzaine
eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend million erste zweite dritte halb dutzend
uno una dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil millón primero primera segundo tercero mitad
unus una duo tres quattuor quinque sex septem octo novem decem viginti triginta centum mille primus secundus tertius
uno due tre quattro cinque sei sette otto nove dieci venti trenta cento mille primo secondo terzo
een twee drie vier vijf zes zeven acht negen tien twintig honderd duizend
один два три четыре пять шесть семь восемь девять десять двадцать тридцать сто тысяча`) {
		numberWords[w] = true
	}
}

func isNumberWord(w string) bool {
	if numberWords[w] {
		return true
	}
	// Compounds and derived forms: "seventy", "sevenfold", "hundredth",
	// "dreihundert", "quatre-vingts" (split at the hyphen already).
	for _, suf := range []string{"teen", "ty", "th", "fold", "ième", "ieme", "zig", "ßig", "hundert", "tausend", "s", "e", "er", "es", "te", "ten"} {
		if root, ok := strings.CutSuffix(w, suf); ok && len(root) >= 3 && (numberWords[root] || isNumberWord(root)) {
			return true
		}
	}
	for _, pre := range []string{"drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zwei", "ein"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && rest != "" && isNumberWord(rest) {
			return true
		}
	}
	return false
}

// A located anchor: its key, its text and where it stands in its edition.
type located struct {
	kind       anchors.Kind
	key, value string
	start, end int // byte offsets into the edition's Text
}

type pairAnchors []located

func (p pairAnchors) of(k anchors.Kind) []located {
	var out []located
	for _, a := range p {
		if a.kind == k {
			out = append(out, a)
		}
	}
	return out
}

// sentenceAnchors extracts the numbers, dates and names of every
// sentence of e. The day of a date is also a number, so that "the 29th of
// September", which is no date to the extractor, still compares with
// "29 septembre"; a range's ends are compared as numbers.
func sentenceAnchors(e *editions.Edition) [][]anchors.Anchor {
	out := make([][]anchors.Anchor, len(e.Sentences))
	for i, s := range e.Sentences {
		all := anchors.Extract(s.Text, e.Lang)
		var keep []anchors.Anchor
		for _, a := range all {
			switch a.Kind {
			case anchors.Number, anchors.Date, anchors.Name:
				keep = append(keep, a)
			}
		}
		out[i] = keep
	}
	return out
}

func (c *coverer) pairAnchors(e *editions.Edition, as [][]anchors.Anchor, cell []int) pairAnchors {
	var out pairAnchors
	for _, s := range cell {
		sent := e.Sentences[s]
		for _, a := range as[s] {
			out = append(out, located{kind: a.Kind, key: a.Key, value: sent.Text[a.Start:a.End],
				start: textOffset(e, sent, a.Start), end: textOffset(e, sent, a.End)})
		}
	}
	return out
}

// compare reports the anchors of one kind that the two sides of a pair
// do not share. Those left over on both sides are paired in order as
// values that differ ("6 avril" against "16 April"); what remains is
// missing on one side. withMissing says whether an anchor missing on the
// other side is reported at all.
func (c *coverer) compare(row Row, kind MismatchKind, s, t []located, withMissing bool) {
	count := make(map[string]int)
	for _, a := range t {
		count[a.key]++
	}
	var onlyS []located
	for _, a := range s {
		if count[a.key] > 0 {
			count[a.key]--
		} else {
			onlyS = append(onlyS, a)
		}
	}
	count = make(map[string]int)
	for _, a := range s {
		count[a.key]++
	}
	var onlyT []located
	for _, a := range t {
		if count[a.key] > 0 {
			count[a.key]--
		} else {
			onlyT = append(onlyT, a)
		}
	}
	if kind == NumberMismatch {
		onlyS, onlyT = joinTimes(onlyS, onlyT)
		onlyT, onlyS = joinTimes(onlyT, onlyS)
	}
	n := min(len(onlyS), len(onlyT))
	for k := 0; k < n; k++ {
		c.mismatch(row, kind, &onlyS[k], &onlyT[k], 0.9)
	}
	if !withMissing {
		return
	}
	for k := n; k < len(onlyS); k++ {
		c.mismatch(row, kind, &onlyS[k], nil, 0.5)
	}
	for k := n; k < len(onlyT); k++ {
		c.mismatch(row, kind, nil, &onlyT[k], 0.4)
	}
}

// joinTimes removes from a the pairs of numbers "8" and "45" that b
// writes as one, "8.45": a time of day, "8 heures 45" in French.
func joinTimes(a, b []located) ([]located, []located) {
	for k := 0; k < len(b); k++ {
		h, m, ok := strings.Cut(b[k].key, ".")
		if !ok {
			continue
		}
		hi, mi := -1, -1
		for x, v := range a {
			switch {
			case v.key == h && hi < 0:
				hi = x
			case strings.TrimRight(v.key, "0") == m && mi < 0 && x != hi:
				mi = x
			}
		}
		if hi < 0 || mi < 0 {
			continue
		}
		var rest []located
		for x, v := range a {
			if x != hi && x != mi {
				rest = append(rest, v)
			}
		}
		a = rest
		b = append(b[:k:k], b[k+1:]...)
		k--
	}
	return a, b
}

func (c *coverer) mismatch(row Row, kind MismatchKind, s, t *located, conf float64) {
	m := Mismatch{
		Kind: kind, Source: row.Cells[0], Target: row.Cells[1],
		SourceStart: -1, SourceEnd: -1, TargetStart: -1, TargetEnd: -1,
		Line:       lineOf(c.srcLines, c.src.Sentences[row.Cells[0][0]].Start),
		Confidence: conf,
	}
	if s != nil {
		m.SourceValue, m.SourceStart, m.SourceEnd = s.value, s.start, s.end
		m.Line = lineOf(c.srcLines, s.start)
	}
	if t != nil {
		m.TargetValue, m.TargetStart, m.TargetEnd = t.value, t.start, t.end
	}
	c.rep.Mismatches = append(c.rep.Mismatches, m)
}

// markers compares the note markers of a pair: a marker whose label
// differs on the other side is a renumbered note, one with no marker
// opposite a missing (or added) note reference.
func (c *coverer) markers(row Row) {
	collect := func(e *editions.Edition, cell []int) []located {
		var out []located
		for _, s := range cell {
			for _, m := range e.Sentences[s].Markers {
				out = append(out, located{key: m.Label, value: e.Text[m.Start:m.End], start: m.Start, end: m.End})
			}
		}
		return out
	}
	s, t := collect(c.src, row.Cells[0]), collect(c.tgt, row.Cells[1])
	if len(s) == 0 && len(t) == 0 {
		return
	}
	before := len(c.rep.Mismatches)
	c.compare(row, MarkerMismatch, s, t, true)
	for k := before; k < len(c.rep.Mismatches); k++ {
		m := &c.rep.Mismatches[k]
		if m.SourceValue != "" && m.TargetValue != "" {
			m.Kind = NoteRenumbered
		}
	}
}

// notes reports the source's notes none of whose sentences has a
// counterpart in the translation.
func (c *coverer) notes() {
	for n, note := range c.src.Notes {
		var sents []int
		covered := false
		for _, p := range c.src.Paragraphs {
			if p.Note != n {
				continue
			}
			for s := p.First; s < p.Limit; s++ {
				sents = append(sents, s)
				covered = covered || c.covered[s]
			}
		}
		if covered || len(sents) == 0 {
			continue
		}
		first := c.src.Sentences[sents[0]]
		c.rep.Mismatches = append(c.rep.Mismatches, Mismatch{
			Kind: NoteMissing, Source: sents, SourceValue: note.Label,
			SourceStart: first.Start, SourceEnd: c.src.Sentences[sents[len(sents)-1]].End,
			TargetStart: -1, TargetEnd: -1,
			Line: lineOf(c.srcLines, first.Start), Confidence: 0.9,
		})
	}
}
