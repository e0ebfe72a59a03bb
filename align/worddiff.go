package align

import (
	"strings"
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
	CaseDiff         DiffType = "case"         // upper or lower case
	QuotesDiff       DiffType = "quotes"       // style of quotes, apostrophes or dashes
	HyphenationDiff  DiffType = "hyphenation"  // a word hyphenated or joined: politic-ally → politically
	PunctuationDiff  DiffType = "punctuation"  // punctuation marks added, removed or changed
	SpellingDiff     DiffType = "spelling"     // a spelling variant: Tsar/Czar, -ize/-ise, accents
	NumberDiff       DiffType = "number"       // a number or a date changed
	SubstitutionDiff DiffType = "substitution" // words replaced by others
	InsertionDiff    DiffType = "insertion"    // words added
	DeletionDiff     DiffType = "deletion"     // words removed
)

// DiffTypes lists every type, in the order summaries show them.
var DiffTypes = []DiffType{SpaceDiff, CaseDiff, QuotesDiff, HyphenationDiff, PunctuationDiff,
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
	ta, tb := tokenize(a), tokenize(b)
	var ops []Op
	if len(ta) > maxDiffTokens || len(tb) > maxDiffTokens {
		ops = diffLong(ta, tb)
	} else {
		ops = diffTokens(ta, tb)
	}
	ops = absorbSpaces(ops)
	classify(ops)
	return ops
}

// diffTokens returns the diff of two sequences of tokens, by go-diff over
// one rune per distinct token, semantically cleaned up.
func diffTokens(ta, tb []string) []Op {
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
	for _, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(vocab[tokenIndex(r)])
		}
		kind := OpSame
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = OpDelete
		case diffmatchpatch.DiffInsert:
			kind = OpInsert
		}
		ops = appendOp(ops, Op{Kind: kind, Text: sb.String()})
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
// in French), runs of white space, and single other characters.
func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
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
		case isWordChar(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordChar(r2) {
					break
				}
				j += n2
			}
		}
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

func isWordChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\u00ad'
}

// appendOp appends op, merging it into the last op of the same kind.
func appendOp(ops []Op, op Op) []Op {
	if op.Text == "" {
		return ops
	}
	if n := len(ops); n > 0 && ops[n-1].Kind == op.Kind {
		ops[n-1].Text += op.Text
		return ops
	}
	return append(ops, op)
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

// classify sets the Type of every change (a run of OpDelete and OpInsert ops
// between OpSame ops).
func classify(ops []Op) {
	for i := 0; i < len(ops); {
		if ops[i].Kind == OpSame {
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
		t := typeOf(del, ins)
		for k := i; k < j; k++ {
			ops[k].Type = t
		}
		i = j
	}
}

// typeOf says what kind of difference turns del into ins.
func typeOf(del, ins string) DiffType {
	if squeeze(del, isSpaceRune) == squeeze(ins, isSpaceRune) {
		return SpaceDiff
	}
	a, b := squeeze(del, isSpaceRune), squeeze(ins, isSpaceRune)
	if caseFold(a) == caseFold(b) {
		return CaseDiff
	}
	if foldQuotes(a) == foldQuotes(b) || caseFold(foldQuotes(a)) == caseFold(foldQuotes(b)) {
		return QuotesDiff
	}
	if dehyphen(a) == dehyphen(b) && dehyphen(a) != "" {
		return HyphenationDiff
	}
	wa, wb := squeeze(a, isPunctRune), squeeze(b, isPunctRune)
	if caseFold(foldQuotes(wa)) == caseFold(foldQuotes(wb)) {
		return PunctuationDiff
	}
	// A note marker added or removed ("[3]") is words, not a number.
	del, ins = stripMarkers(del), stripMarkers(ins)
	if hasNumber(del) || hasNumber(ins) {
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

var folder = cases.Fold()

func caseFold(s string) string { return folder.String(s) }

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

// hasNumber reports digits or month names in s.
func hasNumber(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordChar(r) }) {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || editions.IsMonth(caseFold(w)) {
			return true
		}
	}
	return false
}

var stripMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// spellingKey folds what spelling variants differ in: accents, and the
// British/American and old/new endings and letters of common variants.
func spellingKey(w string) string {
	w, _, _ = transform.String(stripMarks, caseFold(w))
	for _, r := range []struct{ from, to string }{
		{"isation", "ization"}, {"ise", "ize"}, {"yse", "yze"}, {"our", "or"}, {"tre", "ter"},
		{"ence", "ense"}, {"ogue", "og"}, {"cz", "ts"}, {"ae", "e"}, {"oe", "e"}, {"ll", "l"},
	} {
		w = strings.ReplaceAll(w, r.from, r.to)
	}
	return w
}

// isSpellingVariant reports two texts with the same number of words,
// each pair a spelling variant of the other: equal once accents and
// common variant spellings are folded, or one letter apart in a long word.
func isSpellingVariant(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return !isWordChar(r) })
	}
	wa, wb := split(a), split(b)
	if len(wa) == 0 || len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		x, y := spellingKey(wa[i]), spellingKey(wb[i])
		if x == y {
			continue
		}
		if utf8.RuneCountInString(x) >= 6 && editDistanceAtMost1(x, y) && !isInflection(x, y) {
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
