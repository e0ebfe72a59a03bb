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
)

// rules are the segmentation rules of one language.
type rules struct {
	tag        string              // base language, e.g. "fr"
	fallback   bool                // no rules of our own: use UAX #29
	exact      map[string]abbrKind // abbreviations matched with their case ("No", "S")
	fold       map[string]abbrKind // abbreviations matched in lowercase ("mr", "usw")
	months     map[string]bool     // month names, lowercase, for "9. September"
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

// abbreviation lists, one string per kind; "Case:" entries are matched
// with their case, the others in lowercase. Shared ones apply everywhere.
type abbrList struct {
	always, beforeNumber, ends string
}

var sharedAbbrevs = abbrList{
	always:       "cf ca c op loc vs viz al ibd Case:Dr Case:St Case:Prof Case:Mr Case:Mrs Case:Messrs",
	beforeNumber: "p pp vol vols fig figs nr n no art cap chap ch sec col cols Case:No Case:Nos Case:S Case:Bd",
	ends:         "etc ibid cit id",
}

var langAbbrevs = map[string]abbrList{
	"en": {
		always:       "mr mrs ms messrs mme mlle dr prof rev hon gen col lt capt cpt sgt maj cmdr adm gov pres sen rep st mt ft jr sr esp approx e.g i.e esq inc ltd co corp bros dept univ assn est jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun",
		beforeNumber: "ed eds trans chap ps",
		ends:         "a.m p.m a.d b.c",
	},
	"fr": {
		always:       "m mm mme mmes mlle mlles mgr dr pr me st ste cf env av apr éd trad coll vve cie ms mss",
		beforeNumber: "t p pp vol chap art fig éd n",
		ends:         "etc",
	},
	"de": {
		always:       "z.b d.h u.a o.ä u.ä bzw vgl usf hr hrn fr frl dr prof st sog ggf evtl inkl zzgl ca geb gest verh bzgl abs jh jhd jhs jahrh röm kath ev",
		beforeNumber: "nr s bd hft abb tab kap anm aufl",
		ends:         "usw etc u.s.w",
	},
	"ru": {
		always:       "т.е т.к т.н т.о им тов гг г ул пр просп см ср напр акад проф доц др млн млрд тыс руб коп ок св",
		beforeNumber: "с стр т №",
		ends:         "т.д т.п и.т.д",
	},
	"es": {
		always:       "sr sra sres srta dr dra ud uds vd vds d dña excmo excma ilmo lic ing arq prof gral cía",
		beforeNumber: "pág págs p pp núm cap vol art",
		ends:         "etc",
	},
	"it": {
		always:       "sig sigg sig.ra sig.na dott dott.ssa prof avv ing arch on s ss mons",
		beforeNumber: "pag pagg p pp cap vol art n",
		ends:         "ecc etc",
	},
	"la": {
		always:       "c cap lib cf sc scil i.e e.g",
		beforeNumber: "p pp v",
		ends:         "etc",
	},
	"nl": {
		always:       "dhr mevr mw mr dr drs ir ing prof st bijv bv d.w.z o.a m.a.w i.p.v t.a.v",
		beforeNumber: "blz nr p pp hfst art",
		ends:         "enz etc",
	},
	"pt": {
		always:       "sr sra srs srta dr dra exa exmo exma prof eng d dª v.exa",
		beforeNumber: "pág págs p pp cap vol art nº n",
		ends:         "etc",
	},
}

var monthNames = map[string]string{
	"en": "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
	"fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	"de": "januar februar märz april mai juni juli august september oktober november dezember jänner",
	"ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
	"es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
	"it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	"la": "ianuarii februarii martii aprilis maii iunii iulii augusti septembris octobris novembris decembris",
	"nl": "januari februari maart april mei juni juli augustus september oktober november december",
	"pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}

// Languages that write ordinal numbers with a full stop.
var ordinalDotLangs = "de da nb nn no fi cs sk pl hu sl hr sr bs et lv lt is"

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
	own, ok := langAbbrevs[tag]
	r.fallback = !ok && !r.ordinalDot
	r.add(sharedAbbrevs)
	if ok {
		r.add(own)
	}
	for _, names := range monthNames {
		for _, m := range strings.Fields(names) {
			r.months[m] = true
		}
	}
	rulesCache[tag] = r
	return r
}

func (r *rules) add(l abbrList) {
	for _, kl := range []struct {
		kind abbrKind
		list string
	}{{abbrAlways, l.always}, {abbrBeforeNumber, l.beforeNumber}, {abbrEnds, l.ends}} {
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
