// Matching the anchors of two aligned passages: which have a counterpart
// on the other side and which do not.

package anchors

import (
	"strings"
	"unicode"

	"github.com/synoptic-text/synoptic/editions"
)

// A Side is one side of a pair of aligned passages: the sentences of an
// original or of its translation that an alignment pairs with the
// other's.
type Side struct {
	// Texts are the sentences' texts. A side that writes a number out in
	// words ("seventy and sevenfold" for 77) is not said to lack the
	// other side's numbers.
	Texts []string
	// Anchors are the anchors of each sentence of Texts, those Extract
	// returns or some of them; note markers may come from elsewhere (a
	// sentence's Markers), since only their Kind and Key are read.
	// Start and End are offsets into the sentence's text, or into a text
	// that holds all the sentences one after the other: they are compared
	// only between anchors of one sentence.
	Anchors [][]Anchor
}

// A Ref names an anchor of a Side: Anchors[Sentence][Anchor]. A Ref
// whose Sentence is negative names none.
type Ref struct{ Sentence, Anchor int }

// None is the Ref of an anchor that is not there.
var None = Ref{-1, -1}

// Ok reports whether r names an anchor.
func (r Ref) Ok() bool { return r.Sentence >= 0 }

// A Mismatch is an anchor of side A with no counterpart on side B (B is
// None), one of B with none on A (A is None), or two anchors of one kind,
// one a side, that have no counterpart and stand in place of each other:
// values that differ ("6 avril" against "16 April"), or a note marker
// renumbered.
type Mismatch struct {
	Kind Kind
	A, B Ref
	// Calendar says, of two dates, that they are one day in the Julian
	// and the Gregorian calendars (calendars.go).
	Calendar Calendar
}

// Compare returns the anchors of a and b that have no counterpart on the
// other side, numbers first, then dates, names and note markers, each in
// order: the pairs of values that differ, then what only a has, then what
// only b has. Ranges and punctuation are not compared.
//
// A counterpart is an anchor of the same kind and key on the other side,
// each anchor counting once. What is left over on both sides is paired in
// order as values that differ. But the two sides of a translation write
// the same thing differently, and these are counterparts too:
//
//   - a time of day written as one number on one side ("8.45") and two on
//     the other ("8 heures 45");
//   - a year of another calendar that runs over two Gregorian years
//     ("1375 هـ") and either of them (1955, 1956), eras.go;
//   - a number on one side when the other spells a number out in words:
//     "seventy and sevenfold" is 77, so that a number found on one side
//     only is reported only when the other side has no number words;
//   - a date with a day against the same month without one ("29
//     septembre", "the 29th of last September"): the day is compared as a
//     number;
//   - a date on one side only whose day both sides have as a number: the
//     other side wrote it in a form Extract does not read as a date ("the
//     29th of September");
//   - a number inside a date that differs on both sides ("6 avril", "16
//     April"), or inside a date one side only has, missing with it (the
//     08 of "08.03.1999" in a note the translation leaves out): the date
//     says it better.
//
// Names are compared only when names is not nil, and then only those
// whose key it holds, and only their substitutions are reported: a name
// merely missing is usually a pronoun ("Fogg" for "il"), and a name key is
// a lossy consonant skeleton, so which names are worth comparing is for
// the caller to know (the coverage check takes those a translator keeps
// throughout the text).
func Compare(a, b Side, names map[string]bool) []Mismatch {
	all := func(Anchor) bool { return true }
	nums := differ(Number, a.of(Number, all), b.of(Number, all), true)
	// A number on one side only when the other spells one out.
	aWords, bWords := spellsNumber(a.Texts), spellsNumber(b.Texts)
	kept := nums[:0]
	for _, m := range nums {
		switch {
		case m.A.Ok() && !m.B.Ok() && bWords:
		case !m.A.Ok() && m.B.Ok() && aWords:
		default:
			kept = append(kept, m)
		}
	}
	nums = kept

	ad, bd := a.of(Date, all), b.of(Date, all)
	var dates []Mismatch
	var years []int // the years the pair names, for dates in two calendars
	for _, m := range differ(Date, ad, bd, true) {
		ak, bk := dateKey(a, ad, m.A), dateKey(b, bd, m.B)
		// A date with a day against the same month without one.
		if ak != "" && bk != "" && ak[:4] == bk[:4] && (len(ak) == 4) != (len(bk) == 4) {
			continue
		}
		// A date on one side only whose day both sides have as a number.
		if (ak == "") != (bk == "") && len(ak+bk) == 7 && dayShared(a, b, ak+bk) {
			continue
		}
		if len(ak) == 7 && len(bk) == 7 {
			if years == nil {
				years = calendarYears(a, b) // once a pair, not once a date
			}
			m.Calendar = otherCalendar(ak, bk, years)
		}
		dates = append(dates, m)
	}
	// A number inside a date that differs on both sides, or inside a
	// date that one side only has, missing with it.
	kept = nil
	for _, m := range nums {
		drop := false
		for _, d := range dates {
			switch {
			case d.A.Ok() && d.B.Ok() && (a.inside(m.A, d.A) || b.inside(m.B, d.B)),
				!d.B.Ok() && !m.B.Ok() && a.inside(m.A, d.A),
				!d.A.Ok() && !m.A.Ok() && b.inside(m.B, d.B):
				drop = true
			}
		}
		if !drop {
			kept = append(kept, m)
		}
	}
	kept = daysOfMatchedDates(kept, a, b, ad, bd)
	out := append(kept, dates...)

	if names != nil {
		shared := func(an Anchor) bool { return names[an.Key] }
		out = append(out, differ(Name, a.of(Name, shared), b.of(Name, shared), false)...)
	}
	return append(out, differ(Marker, a.of(Marker, all), b.of(Marker, all), true)...)
}

// daysOfMatchedDates returns nums, the numbers of a and b with no
// counterpart, less those inside a date of their side that the other
// side has too, ad and bd each side's dates: the day of "27 July 1794"
// against "9 thermidor an II", a Republican date whose day is no number
// of its own (republican.go). The two dates are one; the day is in it.
func daysOfMatchedDates(nums []Mismatch, a, b Side, ad, bd []keyed) []Mismatch {
	oneSided := false
	for _, m := range nums {
		oneSided = oneSided || m.A.Ok() != m.B.Ok()
	}
	if !oneSided || len(ad) == 0 || len(bd) == 0 {
		return nums
	}
	aDay, bDay := dayDates(a), dayDates(b)
	aKeys, bKeys := keySet(ad), keySet(bd)
	kept := nums[:0]
	for _, m := range nums {
		switch {
		case m.A.Ok() && !m.B.Ok() && bKeys[aDay[m.A]] && aDay[m.A] != "",
			m.B.Ok() && !m.A.Ok() && aKeys[bDay[m.B]] && bDay[m.B] != "":
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// dayDates maps each number of s inside a date of the same sentence to
// that date's key, in one pass over each sentence's anchors (in order
// of their starts, an enclosing anchor first: Extract's order).
func dayDates(s Side) map[Ref]string {
	out := map[Ref]string{}
	for i, as := range s.Anchors {
		date := -1 // the last date seen in the sentence
		for x, an := range as {
			switch {
			case an.Kind == Date:
				date = x
			case an.Kind == Number && date >= 0 && as[date].Start <= an.Start && an.End <= as[date].End:
				out[Ref{i, x}] = as[date].Key
			}
		}
	}
	return out
}

func keySet(ks []keyed) map[string]bool {
	out := make(map[string]bool, len(ks))
	for _, k := range ks {
		out[k.key] = true
	}
	return out
}

// A keyed anchor: where it is, and its key.
type keyed struct {
	ref Ref
	key string
}

// of returns the anchors of kind k of s that keep accepts, in order.
func (s Side) of(k Kind, keep func(Anchor) bool) []keyed {
	var out []keyed
	for i, as := range s.Anchors {
		for x, an := range as {
			if an.Kind == k && keep(an) {
				out = append(out, keyed{Ref{i, x}, an.Key})
			}
		}
	}
	return out
}

// inside reports whether anchor r of s lies within anchor d of the same
// sentence.
func (s Side) inside(r, d Ref) bool {
	if !r.Ok() || r.Sentence != d.Sentence {
		return false
	}
	x, y := s.Anchors[r.Sentence][r.Anchor], s.Anchors[d.Sentence][d.Anchor]
	return x.Start >= y.Start && x.End <= y.End
}

// differ returns the mismatches of anchors a and b of kind k: those left
// over on both sides once each anchor has met its counterpart of the same
// key, paired in order, then, with missing, those left over on one side
// only.
func differ(k Kind, a, b []keyed, missing bool) []Mismatch {
	onlyA, onlyB := unshared(a, b), unshared(b, a)
	if k == Number {
		onlyA, onlyB = joinTimes(onlyA, onlyB)
		onlyB, onlyA = joinTimes(onlyB, onlyA)
		onlyA, onlyB = joinEras(onlyA, onlyB)
		onlyB, onlyA = joinEras(onlyB, onlyA)
	}
	n := min(len(onlyA), len(onlyB))
	var out []Mismatch
	for x := 0; x < n; x++ {
		out = append(out, Mismatch{Kind: k, A: onlyA[x].ref, B: onlyB[x].ref})
	}
	if !missing {
		return out
	}
	for _, an := range onlyA[n:] {
		out = append(out, Mismatch{Kind: k, A: an.ref, B: None})
	}
	for _, an := range onlyB[n:] {
		out = append(out, Mismatch{Kind: k, A: None, B: an.ref})
	}
	return out
}

// unshared returns the anchors of a that find no counterpart of the same
// key in b, each of b's serving once.
func unshared(a, b []keyed) []keyed {
	count := make(map[string]int)
	for _, an := range b {
		count[an.key]++
	}
	var out []keyed
	for _, an := range a {
		if count[an.key] > 0 {
			count[an.key]--
		} else {
			out = append(out, an)
		}
	}
	return out
}

// joinTimes removes from a the pairs of numbers "8" and "45" that b
// writes as one, "8.45": a time of day, "8 heures 45" in French.
func joinTimes(a, b []keyed) ([]keyed, []keyed) {
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
		var rest []keyed
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

// dateKey returns the key of the first of dates (the dates of s) that
// starts where the date r does, "" if r names none.
func dateKey(s Side, dates []keyed, r Ref) string {
	if !r.Ok() {
		return ""
	}
	start := s.Anchors[r.Sentence][r.Anchor].Start
	for _, d := range dates {
		if d.ref.Sentence == r.Sentence && s.Anchors[d.ref.Sentence][d.ref.Anchor].Start == start {
			return d.key
		}
	}
	return ""
}

// dayShared reports whether both a and b have the day of date key
// "--MM-DD" as a number.
func dayShared(a, b Side, key string) bool {
	day := strings.TrimLeft(key[5:], "0")
	has := func(s Side) bool {
		return len(s.of(Number, func(an Anchor) bool { return an.Key == day })) > 0
	}
	return has(a) && has(b)
}

// spellsNumber reports whether texts write a number in words in one of
// the supported languages ("seventy", "vingt-trois", "hundredth",
// "dreißig"), or a Chinese or Japanese numeral.
func spellsNumber(texts []string) bool {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	for _, t := range texts {
		// Chinese and Japanese numerals: a single one is often not read
		// as a number (scanCJK), and 一 is in most Chinese sentences,
		// so such a side never lacks the other's numbers.
		if strings.IndexFunc(t, isCJKNumeral) >= 0 {
			return true
		}
		// Word by word, stopping at the first number word: a sentence of
		// 20 MB is not lower-cased and split whole for each comparison.
		for i := 0; i < len(t); {
			start := strings.IndexFunc(t[i:], unicode.IsLetter)
			if start < 0 {
				break
			}
			start += i
			end := strings.IndexFunc(t[start:], notLetter)
			if end < 0 {
				end = len(t)
			} else {
				end += start
			}
			for _, w := range strings.FieldsFunc(strings.ToLower(t[start:end]), notLetter) {
				if isNumberWord(w) {
					return true
				}
			}
			i = end
		}
	}
	return false
}

// isNumberWord reports whether w is a number word: one of the roots
// editions keeps for each language (editions.IsNumberRoot), or a root
// that goes on with a suffix of tens, ordinals or multiples.
func isNumberWord(w string) bool {
	if editions.IsNumberRoot(w) {
		return true
	}
	// Compounds and derived forms: "seventy", "sevenfold", "hundredth",
	// "dreihundert", "quatre-vingts" (split at the hyphen already).
	for _, suf := range []string{"teen", "ty", "th", "fold", "ième", "ieme", "zig", "ßig", "hundert", "tausend", "s", "e", "er", "es", "te", "ten"} {
		if root, ok := strings.CutSuffix(w, suf); ok && len(root) >= 3 && (editions.IsNumberRoot(root) || isNumberWord(root)) {
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
