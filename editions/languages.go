package editions

// The words of each language that synoptic reads text by, in one place:
// adding a language means adding its entry to languages (and, where its
// numbers take a full stop, its code to ordinalDotLangs).
//
// Each entry is a table of word lists, one space-separated string per
// list, lowercase unless a list says otherwise. Lists that are not about
// one language (sharedAbbrevs) stand beside the table. Other packages'
// lists for a language, such as what cues a translator's note or how
// numbers are spelt, belong in the same entry, as new fields.

import (
	"sort"
	"strings"
	"sync"
)

// A languageWords holds the word lists of one language.
type languageWords struct {
	// abbrevs are the abbreviations whose full stop does not end a
	// sentence, or not always (see abbrKind).
	abbrevs abbrList
	// months are the month names, in the forms dates take ("9 janvier",
	// "9. Januar", "9 января"): a number with a full stop before one is
	// a date, not the enumerator of a list.
	months string
	// chapters are the words that open a chapter heading before its
	// number ("Chapitre XII", "Глава 3"): the book's divisions, acts and
	// scenes.
	chapters string
	// titles are the abbreviated titles written before a name, with their
	// full stop and case ("Mr.", "Mme."): a segmenter that cut a sentence
	// after one made a slip (IsTitle).
	titles string
	// noteCues are the words by which translators and editors sign their
	// notes, lowercase ("translator's note", "n.d.t.", "anm. d. übers"):
	// a sentence a translation adds that holds one is a translator's note
	// (NoteCues).
	noteCues []string
}

// An abbrList holds abbreviations, one string per kind; "Case:" entries
// are matched with their case, the others in lowercase.
type abbrList struct {
	always, beforeNumber, ends string
}

// sharedAbbrevs apply in every language.
var sharedAbbrevs = abbrList{
	always:       "cf ca c op loc vs viz al ibd Case:Dr Case:St Case:Prof Case:Mr Case:Mrs Case:Messrs",
	beforeNumber: "p pp vol vols fig figs nr n no art cap chap ch sec col cols Case:No Case:Nos Case:S Case:Bd",
	ends:         "etc ibid cit id",
}

// languages holds the word lists of each language editions has rules
// for, by base language code.
var languages = map[string]languageWords{
	"en": {
		abbrevs: abbrList{
			always:       "mr mrs ms messrs mme mlle dr prof rev hon gen col lt capt cpt sgt maj cmdr adm gov pres sen rep st mt ft jr sr esp approx e.g i.e esq inc ltd co corp bros dept univ assn est jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun",
			beforeNumber: "ed eds trans chap ps",
			ends:         "a.m p.m a.d b.c",
		},
		months:   "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
		chapters: "chapter book part section canto act scene",
		titles:   "Mr. Mrs. Ms. Dr. St. Messrs.",
		noteCues: []string{"translator's note", "translator’s note", "translator's remark", "— trans.", "—trans.", "[trans.", "(trans.", "— tr.", "[tr.", "(tr.", "ed.]", "trans.]", "tr.]"},
	},
	"fr": {
		abbrevs: abbrList{
			always:       "m mm mme mmes mlle mlles mgr dr pr me st ste cf env av apr éd trad coll vve cie ms mss",
			beforeNumber: "t p pp vol chap art fig éd n",
			ends:         "etc",
		},
		months:   "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		chapters: "chapitre livre partie section acte scène",
		titles:   "M. Mme. Mlle.",
		noteCues: []string{"note du traducteur", "n.d.t.", "n. d. t.", "ndt", "note de l'éditeur", "n.d.é.", "n.d.e."},
	},
	"de": {
		abbrevs: abbrList{
			always:       "z.b d.h u.a o.ä u.ä bzw vgl usf hr hrn fr frl dr prof st sog ggf evtl inkl zzgl ca geb gest verh bzgl abs jh jhd jhs jahrh röm kath ev",
			beforeNumber: "nr s bd hft abb tab kap anm aufl",
			ends:         "usw etc u.s.w",
		},
		months:   "januar februar märz april mai juni juli august september oktober november dezember jänner",
		chapters: "kapitel buch teil akt",
		titles:   "Hr. Fr.",
		noteCues: []string{"anm. d. übers", "anmerkung des übersetzers", "anm. d. red", "anm. d. hrsg", "d. übers."},
	},
	"ru": {
		abbrevs: abbrList{
			always:       "т.е т.к т.н т.о им тов гг г ул пр просп см ср напр акад проф доц др млн млрд тыс руб коп ок св",
			beforeNumber: "с стр т №",
			ends:         "т.д т.п и.т.д",
		},
		months:   "января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
		chapters: "глава",
		noteCues: []string{"прим. перев", "примечание переводчика", "прим. ред", "прим. пер."},
	},
	"es": {
		abbrevs: abbrList{
			always:       "sr sra sres srta dr dra ud uds vd vds d dña excmo excma ilmo lic ing arq prof gral cía",
			beforeNumber: "pág págs p pp núm cap vol art",
			ends:         "etc",
		},
		months:   "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
		chapters: "capítulo capitulo libro parte",
		titles:   "Sr.",
		noteCues: []string{"nota del traductor", "n. del t."},
	},
	"it": {
		abbrevs: abbrList{
			always:       "sig sigg sig.ra sig.na dott dott.ssa prof avv ing arch on s ss mons",
			beforeNumber: "pag pagg p pp cap vol art n",
			ends:         "ecc etc",
		},
		months:   "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		chapters: "capitolo libro parte canto",
		noteCues: []string{"nota del traduttore", "n.d.r.", "n.d.t"},
	},
	"la": {
		abbrevs: abbrList{
			always:       "c cap lib cf sc scil i.e e.g",
			beforeNumber: "p pp v",
			ends:         "etc",
		},
		months: "ianuarii februarii martii aprilis maii iunii iulii augusti septembris octobris novembris decembris",
	},
	"nl": {
		abbrevs: abbrList{
			always:       "dhr mevr mw mr dr drs ir ing prof st bijv bv d.w.z o.a m.a.w i.p.v t.a.v",
			beforeNumber: "blz nr p pp hfst art",
			ends:         "enz etc",
		},
		months:   "januari februari maart april mei juni juli augustus september oktober november december",
		chapters: "hoofdstuk",
	},
	"pt": {
		abbrevs: abbrList{
			always:       "sr sra srs srta dr dra exa exmo exma prof eng d dª v.exa",
			beforeNumber: "pág págs p pp cap vol art nº n",
			ends:         "etc",
		},
		months:   "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		chapters: "capítulo capitulo parte",
	},
}

// Languages that write ordinal numbers with a full stop ("2. Weltkrieg").
var ordinalDotLangs = "de da nb nn no fi cs sk pl hu sl hr sr bs et lv lt is"

// IsTitle reports whether word is an abbreviated title written before a
// name in one of the languages ("Mr.", "Mme.", "Hr."), with its full stop
// and case.
func IsTitle(word string) bool { return titleSet()[word] }

var titleSet = sync.OnceValue(func() map[string]bool {
	return wordSet(func(l languageWords) string { return l.titles })
})

// wordSet returns the words of one list of every language, as a set.
func wordSet(list func(languageWords) string) map[string]bool {
	m := map[string]bool{}
	for _, l := range languages {
		for _, w := range strings.Fields(list(l)) {
			m[w] = true
		}
	}
	return m
}

// NoteCues returns the words by which translators and editors sign their
// notes in every language, lowercase, by language code: a translation
// may sign its notes in the language of the original or its own.
var NoteCues = sync.OnceValue(func() []string {
	codes := make([]string, 0, len(languages))
	for code := range languages {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	var out []string
	for _, code := range codes {
		out = append(out, languages[code].noteCues...)
	}
	return out
})

// IsMonth reports whether word, in lowercase, is a month name in one of
// the languages, in one of the forms dates take.
func IsMonth(word string) bool { return monthSet()[word] }

var monthSet = sync.OnceValue(func() map[string]bool {
	return wordSet(func(l languageWords) string { return l.months })
})
