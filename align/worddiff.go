package align

import (
	"iter"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
	"github.com/synoptic-text/synoptic/editions"
	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Word-level differences.
//
// Two versions of a sentence are compared word by word, never character
// by character: a diff over characters pairs stray letters of unrelated
// words ("te[x→s]t") and reads as noise. Each sentence is cut into tokens
// — words, numbers, single punctuation marks and runs of white space — and
// each distinct token is mapped to one rune, so that go-diff's Myers diff
// and its semantic clean-up work on tokens and can only ever cut between
// them. The diff has no deadline (go-diff's default of one second would
// silently degrade results on a slow machine); sentences are short, and
// the diff is O(N·D) in their tokens.
//
// Each difference is then given a type, so that users can hide the kinds
// they do not care about (see Ignore).

// OpKind says whether a piece of text is in both versions or only in one.
type OpKind uint8

// The kinds of word-diff operation, prefixed Op so that they never read
// as the kinds of row (Deleted, Inserted, Equal).
const (
	OpSame   OpKind = iota // in both versions
	OpDelete               // only in the first
	OpInsert               // only in the second
)

func (k OpKind) String() string {
	switch k {
	case OpDelete:
		return "delete"
	case OpInsert:
		return "insert"
	}
	return "same"
}

// DiffType classifies a difference between two versions of a sentence.
type DiffType string

// The types of difference, from the most to the least cosmetic.
const (
	SpaceDiff        DiffType = "space"        // white space only
	LetterformDiff   DiffType = "letterform"   // the same letters in another form: ﬁ/fi, ſ/s, Ｈ/H (letterforms)
	CaseDiff         DiffType = "case"         // upper or lower case
	QuotesDiff       DiffType = "quotes"       // style of quotes, apostrophes or dashes
	HyphenationDiff  DiffType = "hyphenation"  // a word hyphenated or joined: politic-ally → politically
	MarkupDiff       DiffType = "markup"       // formatting only: emphasis marks (*x*, **x**, _x_), not text
	PunctuationDiff  DiffType = "punctuation"  // punctuation marks added, removed or changed
	SpellingDiff     DiffType = "spelling"     // a spelling variant: Tsar/Czar, -ize/-ise, accents
	NumberDiff       DiffType = "number"       // a number or a date changed
	SubstitutionDiff DiffType = "substitution" // words replaced by others
	InsertionDiff    DiffType = "insertion"    // words added
	DeletionDiff     DiffType = "deletion"     // words removed
	// FormDiff is text written with other code points for the same
	// characters: canonically equivalent under Unicode (NFC against NFD,
	// "é" as one code point or as e and a combining accent). It is never a
	// difference: every comparison ignores it (IgnoreSet), so that each
	// version's text stays exact in the diff while nothing is shown or
	// counted. It is not in DiffTypes.
	FormDiff DiffType = "form"
)

// IgnoreSet returns the set of difference types a comparison sets aside:
// those the user asked to ignore, and FormDiff always.
func IgnoreSet(ts []DiffType) map[DiffType]bool {
	set := map[DiffType]bool{FormDiff: true}
	for _, t := range ts {
		set[t] = true
	}
	return set
}

// sameText reports two texts that are equal, or canonically equivalent.
func sameText(a, b string) bool {
	return a == b || norm.NFC.String(a) == norm.NFC.String(b)
}

// DiffTypes lists every type, in the order summaries show them.
var DiffTypes = []DiffType{SpaceDiff, LetterformDiff, CaseDiff, QuotesDiff, HyphenationDiff, MarkupDiff, PunctuationDiff,
	SpellingDiff, NumberDiff, SubstitutionDiff, InsertionDiff, DeletionDiff}

// ParseDiffType accepts a type's name or a common short form ("punct").
func ParseDiffType(s string) (DiffType, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "punct":
		return PunctuationDiff, true
	case "whitespace", "spaces":
		return SpaceDiff, true
	case "quote":
		return QuotesDiff, true
	case "hyphen", "hyphens":
		return HyphenationDiff, true
	case "date", "dates", "numbers":
		return NumberDiff, true
	case "words":
		return SubstitutionDiff, true
	case "formatting", "emphasis":
		return MarkupDiff, true
	case "ligature", "ligatures", "letterforms":
		return LetterformDiff, true
	}
	for _, t := range DiffTypes {
		if string(t) == s {
			return t, true
		}
	}
	return "", false
}

// An Op is a piece of a word diff. Concatenating the OpSame and OpDelete ops
// gives the first version back exactly; the OpSame and OpInsert ops, the
// second.
type Op struct {
	Kind OpKind
	Text string
	// Type is the type of the difference an OpDelete or OpInsert belongs to;
	// a replacement is an OpDelete and an OpInsert of the same type.
	Type DiffType
}

// WordDiff returns the word-level differences between a and b, typed.
func WordDiff(a, b string) []Op {
	if a == b {
		if a == "" {
			return nil
		}
		return []Op{{Kind: OpSame, Text: a}}
	}
	ma, mb := editions.MarkupSpans(a), editions.MarkupSpans(b)
	var ops []Op
	switch {
	case len(a) <= maxDiffTokens && len(b) <= maxDiffTokens:
		// A token is a byte at least: neither side can have more.
		ops = diffTokens(a, b, tokenize(a, ma), tokenize(b, mb))
	case len(a) <= math.MaxInt32 && len(b) <= math.MaxInt32:
		ops = diffLong(cutTokens[int32](a, ma), cutTokens[int32](b, mb))
	default:
		ops = diffLong(cutTokens[int](a, ma), cutTokens[int](b, mb))
	}
	ops = absorbSpaces(ops)
	ops = separateMarkers(ops, ma, mb)
	classify(ops, ma, mb)
	return ops
}

// diffTokens returns the diff of a and b, cut into tokens ta and tb, by
// go-diff over one rune per distinct token, semantically cleaned up. An
// op's text is the piece of a (kept or deleted) or of b (inserted) it
// stands for, not a copy: the rows of versions keep their diffs, which
// would otherwise hold the text of every changed sentence again.
func diffTokens(a, b string, ta, tb []string) []Op {
	codes := map[string]rune{}
	var vocab []string
	encode := func(toks []string) []rune {
		rs := make([]rune, len(toks))
		for i, t := range toks {
			r, ok := codes[t]
			if !ok {
				r = tokenRune(len(vocab))
				codes[t] = r
				vocab = append(vocab, t)
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(ta), encode(tb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	var ops []Op
	pa, pb := 0, 0 // the offsets in a and b of what the ops made so far end
	for _, d := range diffs {
		n := 0
		for _, r := range d.Text {
			n += len(vocab[tokenIndex(r)])
		}
		if n == 0 {
			continue
		}
		kind, src, at := OpSame, a, pa
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = OpDelete
		case diffmatchpatch.DiffInsert:
			kind, src, at = OpInsert, b, pb
		}
		if kind != OpInsert {
			pa += n
		}
		if kind != OpDelete {
			pb += n
		}
		// An op of the kind of the last one continues its text, which
		// ends where this one starts.
		if k := len(ops); k > 0 && ops[k-1].Kind == kind {
			at -= len(ops[k-1].Text)
			n += len(ops[k-1].Text)
			ops = ops[:k-1]
		}
		ops = append(ops, Op{Kind: kind, Text: src[at : at+n]})
	}
	return ops
}

// tokenRune maps the i-th distinct token to a rune of the supplementary
// private use areas, which hold 131,068 code points: more distinct tokens
// than any two sentences have.
func tokenRune(i int) rune {
	if i < 65534 {
		return rune(0xF0000 + i)
	}
	return rune(0x100000 + i - 65534)
}

func tokenIndex(r rune) int {
	if r >= 0x100000 {
		return int(r-0x100000) + 65534
	}
	return int(r - 0xF0000)
}

// tokenize cuts s into words (letters, digits and marks, with inner
// apostrophes, like "don't" or "l'homme"... kept apart at the apostrophe
// in French), runs of white space, note markers (in spans, whole: "[^1]"),
// and single other characters, a character of Han or hiragana among them.
func tokenize(s string, spans []editions.MarkupSpan) []string {
	var toks []string
	for i := 0; i < len(s); {
		j := tokenEnd(s, i, &spans)
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

// tokenEnd returns the end of the token of s that starts at i (see
// tokenize); spans are the note markers and emphasis of s from i on, and
// it drops those that end before i.
func tokenEnd(s string, i int, spans *[]editions.MarkupSpan) int {
	for len(*spans) > 0 && (*spans)[0].End <= i {
		*spans = (*spans)[1:]
	}
	if sp := *spans; len(sp) > 0 && sp[0].Note && sp[0].Start == i {
		return sp[0].End
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	j := i + n
	switch {
	case unicode.IsSpace(r):
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
	case unspaced(r):
		// A character of Han or hiragana is a token of its own, with
		// the marks on it (゙): those scripts have no spaces to find
		// words by. A run of katakana is one, a word borrowed
		// (スカイツリー).
		kata := isKatakana(r)
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.Is(unicode.Mn, r2) && !(kata && isKatakana(r2)) {
				break
			}
			j += n2
		}
	case isWordChar(r):
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !isWordChar(r2) || unspaced(r2) {
				break
			}
			j += n2
		}
	}
	return j
}

// isKatakana reports a letter of katakana or its prolonged sound mark ー.
func isKatakana(r rune) bool { return r == 'ー' || unicode.Is(unicode.Katakana, r) }

func isWordChar(r rune) bool {
	return unicode.IsLetter(r) || isNumeral(r) || unicode.Is(unicode.Mn, r) || r == '\u00ad'
}

// absorbSpaces folds an OpSame op that is only white space between two
// changes into both sides of the change, so that "[-the old-]{+a new+}"
// reads as one replacement rather than two.
func absorbSpaces(ops []Op) []Op {
	out := make([]Op, 0, len(ops))
	for i := 0; i < len(ops); i++ {
		op := ops[i]
		if op.Kind == OpSame && i > 0 && i+1 < len(ops) && strings.TrimSpace(op.Text) == "" &&
			ops[i-1].Kind != OpSame && ops[i+1].Kind != OpSame {
			// Put the space in the delete and in the insert of the
			// change on both sides of it.
			out = appendChange(out, OpDelete, op.Text)
			out = appendChange(out, OpInsert, op.Text)
			continue
		}
		if op.Kind != OpSame {
			out = appendChange(out, op.Kind, op.Text)
			continue
		}
		out = append(out, op)
	}
	return out
}

// appendChange adds text to the trailing change of out (the run of OpDelete
// and OpInsert ops after the last OpSame), keeping deletes before inserts.
func appendChange(out []Op, kind OpKind, text string) []Op {
	start := len(out)
	for start > 0 && out[start-1].Kind != OpSame {
		start--
	}
	for k := start; k < len(out); k++ {
		if out[k].Kind == kind {
			out[k].Text += text
			return out
		}
	}
	op := Op{Kind: kind, Text: text}
	if kind == OpDelete && start < len(out) {
		// A delete goes before the change's insert.
		out = append(out, Op{})
		copy(out[start+1:], out[start:])
		out[start] = op
		return out
	}
	return append(out, op)
}

// separateMarkers splits a change that ends (or begins) with a note
// marker in both versions into the change of the words and the change of
// the marker ("Proletarians[^1]" against "PROLETARIANS[1]": the case of
// the words, and the form of the marker), so that a marker is never
// inside the diff of a word. The two stand as successive units of one
// run of changes: a delete after an insert begins a new unit.
func separateMarkers(ops []Op, ma, mb []editions.MarkupSpan) []Op {
	out := make([]Op, 0, len(ops))
	posA, posB := 0, 0
	for i := 0; i < len(ops); {
		if ops[i].Kind == OpSame {
			out = append(out, ops[i])
			posA += len(ops[i].Text)
			posB += len(ops[i].Text)
			i++
			continue
		}
		j := i
		var del, ins string
		for j < len(ops) && ops[j].Kind != OpSame {
			if ops[j].Kind == OpDelete {
				del += ops[j].Text
			} else {
				ins += ops[j].Text
			}
			j++
		}
		da, ia := markerAt(del, posA, ma, false), markerAt(ins, posB, mb, false)
		dz, iz := markerAt(del, posA, ma, true), markerAt(ins, posB, mb, true)
		var units [][2]string
		switch {
		case (da > 0 || ia > 0) && (da < len(del) || ia < len(ins)):
			units = [][2]string{{del[:da], ins[:ia]}, {del[da:], ins[ia:]}}
		case (dz < len(del) || iz < len(ins)) && (dz > 0 || iz > 0):
			units = [][2]string{{del[:dz], ins[:iz]}, {del[dz:], ins[iz:]}}
		default:
			units = [][2]string{{del, ins}}
		}
		for _, u := range units {
			if u[0] != "" {
				out = append(out, Op{Kind: OpDelete, Text: u[0]})
			}
			if u[1] != "" {
				out = append(out, Op{Kind: OpInsert, Text: u[1]})
			}
		}
		posA += len(del)
		posB += len(ins)
		i = j
	}
	return out
}

// markerAt returns, for text standing at offset at of a version whose
// markup is spans, the end of a note marker that begins text (0 if none)
// or, with atEnd, the start of one that ends it (len(text) if none).
func markerAt(text string, at int, spans []editions.MarkupSpan, atEnd bool) int {
	for _, sp := range spans[sort.Search(len(spans), func(k int) bool { return spans[k].End > at }):] {
		if sp.Start >= at+len(text) {
			break
		}
		if !sp.Note {
			continue
		}
		if !atEnd && sp.Start == at && sp.End <= at+len(text) {
			return sp.End - at
		}
		if atEnd && sp.End == at+len(text) && sp.Start >= at {
			return sp.Start - at
		}
	}
	if atEnd {
		return len(text)
	}
	return 0
}

// ChangeUnits calls f with the bounds [i, j) of every change in ops: a
// run of OpDelete and OpInsert ops between OpSame ops, cut where a delete
// follows an insert (separateMarkers' units).
func ChangeUnits(ops []Op, f func(i, j int)) {
	for i := 0; i < len(ops); {
		if ops[i].Kind == OpSame {
			i++
			continue
		}
		j := i + 1
		for j < len(ops) && ops[j].Kind != OpSame && !(ops[j].Kind == OpDelete && ops[j-1].Kind == OpInsert) {
			j++
		}
		f(i, j)
		i = j
	}
}

// unitTexts returns what a change deletes and what it inserts.
func unitTexts(unit []Op) (del, ins string) {
	for _, op := range unit {
		if op.Kind == OpDelete {
			del += op.Text
		} else {
			ins += op.Text
		}
	}
	return del, ins
}

// classify sets the Type of every change (ChangeUnits). ma and mb are
// the markup of the two texts (editions.MarkupSpans): a change of
// emphasis marks alone, or of the form of a note marker ("[^1]" against
// "[1]"), is markup; otherwise the change is typed by its words, the
// markup in it set aside.
func classify(ops []Op, ma, mb []editions.MarkupSpan) {
	pos := make([][2]int, len(ops)+1) // offsets in a and b before ops[k]
	for k, op := range ops {
		pos[k+1] = pos[k]
		if op.Kind != OpInsert {
			pos[k+1][0] += len(op.Text)
		}
		if op.Kind != OpDelete {
			pos[k+1][1] += len(op.Text)
		}
	}
	ChangeUnits(ops, func(i, j int) {
		del, ins := unitTexts(ops[i:j])
		wordsA, emphA, noteA := splitMarkup(del, pos[i][0], ma)
		wordsB, emphB, noteB := splitMarkup(ins, pos[i][1], mb)
		var t DiffType
		switch {
		case (emphA || emphB) && !noteA && !noteB && sameText(wordsA, wordsB):
			t = MarkupDiff // "*holy*" against "_holy_" or "holy"
		case noteA && noteB && blank(wordsA, wordsB) && sameLabel(del, ins):
			t = MarkupDiff // "[^1]" against "[1]"
		case blank(wordsA, wordsB):
			t = typeOf(del, ins, numberBeside(ops, i, j)) // a note marker added, removed or renumbered
		default:
			t = typeOf(wordsA, wordsB, numberBeside(ops, i, j))
		}
		for k := i; k < j; k++ {
			ops[k].Type = t
		}
	})
}

// blank reports whether x+y is white space only, without joining them
// when x is valid UTF-8: then x+y reads as x's characters and then y's.
func blank(x, y string) bool {
	if !utf8.ValidString(x) {
		return strings.TrimSpace(x+y) == ""
	}
	return strings.TrimSpace(x) == "" && strings.TrimSpace(y) == ""
}

// sameLabel reports two note markers with one label: "[^1]", "[1]", "¹".
func sameLabel(a, b string) bool {
	label := func(s string) string {
		ms := editions.NoteMarkers(strings.TrimSpace(s))
		if len(ms) != 1 {
			return "\x00" + s
		}
		return ms[0].Label
	}
	return label(a) == label(b)
}

// splitMarkup returns text, which stands at offset at of a version whose
// markup is spans, without its markup, and whether emphasis and note
// markers were among what it left out.
func splitMarkup(text string, at int, spans []editions.MarkupSpan) (words string, emphasis, note bool) {
	if len(spans) == 0 || text == "" {
		return text, false, false
	}
	var b strings.Builder
	pos := 0
	first := sort.Search(len(spans), func(k int) bool { return spans[k].End > at })
	for _, sp := range spans[first:] {
		if sp.Start >= at+len(text) {
			break
		}
		lo, hi := max(sp.Start-at, pos), min(sp.End-at, len(text))
		if lo >= hi {
			continue
		}
		b.WriteString(text[pos:lo])
		pos = hi
		if sp.Note {
			note = true
		} else {
			emphasis = true
		}
	}
	b.WriteString(text[pos:])
	return b.String(), emphasis, note
}

// diffWords yields the words of s: its runs of word characters.
func diffWords(s string) iter.Seq[string] {
	return strings.FieldsFuncSeq(s, func(r rune) bool { return !isWordChar(r) })
}

// typeOf says what kind of difference turns del into ins; numberNear
// says that a number stands beside the change, making a month name in it
// part of a date. Each test compares the two texts as a function maps
// them (sameUnder), without copies of long texts.
func typeOf(del, ins string, numberNear bool) DiffType {
	if norm.NFC.String(del) == norm.NFC.String(ins) {
		return FormDiff
	}
	// What the later tests compare: the texts without white space.
	noSpace := func(s string) string { return squeeze(s, isSpaceRune) }
	if same, _ := sameUnder(del, ins, noSpace); same {
		return SpaceDiff
	}
	if same, _ := sameUnder(del, ins, func(s string) string { return letterforms(noSpace(s)) }); same {
		return LetterformDiff
	}
	if same, _ := sameUnder(del, ins, func(s string) string { return caseFold(noSpace(s)) }); same {
		return CaseDiff
	}
	if same, _ := sameUnder(del, ins, func(s string) string { return foldQuotes(noSpace(s)) }); same {
		return QuotesDiff
	}
	if same, _ := sameUnder(del, ins, func(s string) string { return caseFold(foldQuotes(noSpace(s))) }); same {
		return QuotesDiff
	}
	if same, n := sameUnder(del, ins, func(s string) string { return dehyphen(noSpace(s)) }); same && n > 0 {
		return HyphenationDiff
	}
	if same, _ := sameUnder(del, ins, func(s string) string {
		return caseFold(foldQuotes(squeeze(noSpace(s), isPunctRune)))
	}); same {
		return PunctuationDiff
	}
	// A note marker added or removed ("[3]") is words, not a number.
	del, ins = stripMarkers(del), stripMarkers(ins)
	if hasNumber(del, numberNear) || hasNumber(ins, numberNear) || cjkNumberChange(del, ins, numberNear) {
		return NumberDiff
	}
	if isSpellingVariant(del, ins) {
		return SpellingDiff
	}
	switch {
	case strings.TrimFunc(del, isPunctOrSpace) == "":
		return InsertionDiff
	case strings.TrimFunc(ins, isPunctOrSpace) == "":
		return DeletionDiff
	}
	return SubstitutionDiff
}

// letterforms returns s with each letter in its compatibility form
// (Unicode's NFKC), composed again (NFC): a ligature as its letters (ﬁ
// → fi, ﬀ → ff), the long s as s, a full-width or half-width letter at
// its usual width (Ｈ → H, ｶ → カ). An old printing and a modern
// transcription differ so without a word changed; the case folding that
// follows it in typeOf would call ﬁ/fi a change of case. Only letters:
// a superscript digit (² against 2) or an ellipsis (… against ...) is
// another character, not another form of the same one.
func letterforms(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			b = utf8.AppendRune(b, r)
			continue
		}
		b = norm.NFKC.AppendString(b, string(r))
	}
	return norm.NFC.String(string(b))
}

func isSpaceRune(r rune) bool    { return unicode.IsSpace(r) }
func isPunctRune(r rune) bool    { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
func isPunctOrSpace(r rune) bool { return isPunctRune(r) || unicode.IsSpace(r) }
func squeeze(s string, drop func(rune) bool) string {
	return strings.Map(func(r rune) rune {
		if drop(r) {
			return -1
		}
		return r
	}, s)
}

// folders holds case folders; a Caser, like a transform chain, may
// serve one goroutine at a time (see stripMarks).
var folders = sync.Pool{New: func() any { return cases.Fold() }}

func caseFold(s string) string {
	c := folders.Get().(cases.Caser)
	s = c.String(s)
	folders.Put(c)
	return s
}

// foldQuotes maps every quote, apostrophe and dash to one plain form.
func foldQuotes(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '‚', '‛', '′', '`', '´', 'ʼ', '\'', '“', '”', '„', '‟', '«', '»', '‹', '›', '″':
			// Single and double quotes alike: ‘…’ → “…” is a change of style.
			return '"'
		case '‐', '‑', '‒', '–', '—', '―', '−':
			return '-'
		}
		return r
	}, s)
}

// dehyphen removes hyphens and soft hyphens, to find words that differ
// only in how they are broken: "accord-ing", "to-day".
func dehyphen(s string) string {
	return caseFold(strings.Map(func(r rune) rune {
		if r == '-' || r == '\u00ad' || r == '‐' || r == '‑' {
			return -1
		}
		return r
	}, s))
}

// stripMarkers replaces note markers ([3], [^3], ³, as
// editions.NoteMarkers finds them) with a word, so that a marker counts as
// an inserted or deleted word rather than a number.
func stripMarkers(s string) string {
	ms := editions.NoteMarkers(s)
	if len(ms) == 0 {
		return s
	}
	var b strings.Builder
	at := 0
	for _, m := range ms {
		b.WriteString(s[at:m.Start])
		b.WriteString("note")
		at = m.End
	}
	b.WriteString(s[at:])
	return b.String()
}

// stripMarks holds transformers that remove accents, vowel points and
// the Arabic tatweel, which stretches a word for justification (ذهـــب
// for ذهب). A chain keeps state between calls and may serve one
// goroutine at a time: each call takes its own from the pool (batch
// aligns jobs in parallel).
var stripMarks = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.Predicate(func(r rune) bool {
		return r == '\u0640' || unicode.Is(unicode.Mn, r)
	})), norm.NFC)
}}

// spellingKey folds what spelling variants differ in: accents, the
// British/American and old/new endings and letters of common variants,
// the Traditional and Simplified forms of Chinese characters, and the
// letters printers used alike before they were told apart, u and v, i
// and j (English, French and Latin printing to the seventeenth century
// and Latin after: "vnto", "iudge", "haue", "Dauid" against "unto",
// "judge", "have", "David"; words of a modern language that differ only
// so are rare, and the type is a label: the diff shows the change).
func spellingKey(w string) string {
	t := stripMarks.Get().(transform.Transformer)
	w, _, _ = transform.String(t, editions.FoldHanVariants(caseFold(w)))
	stripMarks.Put(t)
	for _, r := range []struct{ from, to string }{
		{"isation", "ization"}, {"ise", "ize"}, {"yse", "yze"}, {"our", "or"}, {"tre", "ter"},
		{"ence", "ense"}, {"ogue", "og"}, {"cz", "ts"}, {"ae", "e"}, {"oe", "e"}, {"ll", "l"},
		{"v", "u"}, {"j", "i"},
	} {
		w = strings.ReplaceAll(w, r.from, r.to)
	}
	return w
}

// minVariantRunes is the shortest word, in characters, one letter apart
// from another that isSpellingVariant takes for a variant spelling of
// it: chosen by hand with the word diff (commit d5179dc), not measured.
const minVariantRunes = 6

// isSpellingVariant reports two texts with the same number of words,
// each pair a spelling variant of the other: equal once accents and
// common variant spellings are folded, or one letter apart in a long word.
func isSpellingVariant(a, b string) bool {
	count := func(s string) (n int) {
		for range diffWords(s) {
			n++
		}
		return n
	}
	if n := count(a); n == 0 || n != count(b) {
		return false
	}
	nextB, stop := iter.Pull(diffWords(b))
	defer stop()
	for wa := range diffWords(a) {
		wb, _ := nextB()
		x, y := spellingKey(wa), spellingKey(wb)
		if x == y {
			continue
		}
		if utf8.RuneCountInString(x) >= minVariantRunes && editDistanceAtMost1(x, y) && !isInflection(x, y) {
			continue
		}
		return false
	}
	return true
}

// isInflection reports a plural or verb ending added or removed
// ("heaven" → "heavens"): a change of form, not of spelling.
func isInflection(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	return strings.HasPrefix(y, x) && (y[len(x):] == "s" || y[len(x):] == "d")
}

// editDistanceAtMost1 reports whether a and b are at most one edit apart.
func editDistanceAtMost1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[min(i+1, len(rb)):])
	}
	return string(ra[i+1:]) == string(rb[i:])
}
