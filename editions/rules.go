package editions

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// What a full stop after an abbreviation means.
type abbrKind uint8

const (
	abbrNone         abbrKind = iota
	abbrAlways                // never ends a sentence: Mr., z.B., op.
	abbrBeforeNumber          // does not end one before a number: No. 10, p. 45, Vol. II
	abbrEnds                  // may well end one: etc., p.m., ibid.
	abbrDateUnit              // after a date's number, may end one: в XV в., 1905 г. (dateUnitContinues)
)

// rules are the segmentation rules of one language.
type rules struct {
	tag        string              // base language, e.g. "fr"
	fallback   bool                // no rules of our own: use UAX #29
	exact      map[string]abbrKind // abbreviations matched with their case ("No", "S")
	fold       map[string]abbrKind // abbreviations matched in lowercase ("mr", "usw")
	months     map[string]bool     // month names, lowercase, for "9. September"
	words      map[string]bool     // words of one letter that end sentences: "է."
	afterDate  map[string]bool     // words that go on after a date's unit, in a script without case
	ordinalDot bool                // "2. Weltkrieg": a number with a dot is an ordinal
	maxRunes   int                 // the most characters in an abbreviation of exact or fold
}

// kind returns what a full stop after word means, looking the word up
// with its case first.
func (r *rules) kind(word string) abbrKind {
	// Longer than any abbreviation (lower-casing keeps the count of
	// characters): no need to look.
	if len(word) > r.maxRunes && (len(word) > r.maxRunes*utf8.UTFMax || utf8.RuneCountInString(word) > r.maxRunes) {
		return abbrNone
	}
	if k, ok := r.exact[word]; ok {
		return k
	}
	// Lowercase ASCII words in a buffer: this runs at every full stop,
	// and strings.ToLower would allocate for every capitalised word.
	var buf [24]byte
	if len(word) <= len(buf) {
		ascii := true
		for i := 0; i < len(word); i++ {
			c := word[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			return r.fold[string(buf[:len(word)])]
		}
	}
	return r.fold[strings.ToLower(word)]
}

func (r *rules) isTerminator(c rune) bool {
	return isTerminator(c) || c == ';' && r.tag == "el"
}

var (
	rulesMu    sync.Mutex
	rulesCache = map[string]*rules{}
)

// rulesFor returns the segmentation rules for lang. Languages without
// rules of their own fall back to UAX #29 with the shared abbreviations.
func rulesFor(lang language.Tag) *rules {
	base, _ := lang.Base()
	tag := base.String()
	rulesMu.Lock()
	defer rulesMu.Unlock()
	if r, ok := rulesCache[tag]; ok {
		return r
	}
	r := &rules{
		tag:        tag,
		exact:      map[string]abbrKind{},
		fold:       map[string]abbrKind{},
		months:     map[string]bool{},
		ordinalDot: strings.Contains(" "+ordinalDotLangs+" ", " "+tag+" "),
	}
	// A language has rules of its own when it has abbreviations: an
	// entry may hold other lists only, or only the units of dates, which
	// UAX #29's boundaries are filtered by as well (keepTogether).
	own := languages[tag]
	a := own.abbrevs
	r.fallback = a.always == "" && a.beforeNumber == "" && a.ends == "" && !r.ordinalDot
	r.add(sharedAbbrevs)
	r.add(own.abbrevs)
	r.afterDate = fieldSet(own.afterDate)
	r.words = fieldSet(own.words)
	for _, l := range languages {
		for _, m := range strings.Fields(l.months) {
			r.months[m] = true
		}
	}
	rulesCache[tag] = r
	return r
}

// fieldSet returns the words of list, space-separated, as a set; nil
// for none.
func fieldSet(list string) map[string]bool {
	var set map[string]bool
	for _, w := range strings.Fields(list) {
		if set == nil {
			set = map[string]bool{}
		}
		set[w] = true
	}
	return set
}

func (r *rules) add(l abbrList) {
	for _, kl := range []struct {
		kind abbrKind
		list string
	}{{abbrAlways, l.always}, {abbrBeforeNumber, l.beforeNumber}, {abbrEnds, l.ends}, {abbrDateUnit, l.dateUnits}} {
		for _, a := range strings.Fields(kl.list) {
			if w, ok := strings.CutPrefix(a, "Case:"); ok {
				r.exact[w] = kl.kind
				r.maxRunes = max(r.maxRunes, utf8.RuneCountInString(w))
			} else {
				r.fold[a] = kl.kind
				r.maxRunes = max(r.maxRunes, utf8.RuneCountInString(a))
			}
		}
	}
}
