package editions

// The words of each language that synoptic reads text by, in one place:
// adding a language means adding its entry to languages (and, where its
// numbers take a full stop, its code to ordinalDotLangs; where it is
// written in the Latin script, its code to stopLangs in lang.go, for
// DetectLang to know it).
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
	// stopWords are the language's commonest words (articles, pronouns,
	// prepositions, conjunctions, auxiliaries), which every text uses
	// whatever its subject: DetectLang counts them to tell Latin-script
	// languages apart (stopLangs lists those it knows). A word in several
	// languages' lists counts for each in equal shares.
	stopWords string
	// numberRoots are the roots of the language's number words ("seven",
	// "vingt", "zwanzig"): a translation that spells a number out is not
	// said to lack it (anchors.Compare).
	numberRoots string
	// reportVerbs are the verbs of saying, in the forms that report a
	// quotation after it ("״מה?״ שאל המורה", "«ما هذا؟» سأل الولد"), for
	// the languages written in a script without case: there no
	// lowercase letter tells that the sentence goes on after a
	// quotation's closing mark, and such a clause does
	// (continuedQuotation). Where the verb stands in that clause is
	// the language's order: first in Hebrew and Arabic (שאל המורה, the
	// speaker after it), last in Persian, Urdu, Hindi and Tamil (معلم
	// پرسید);
	// reportLast says which.
	reportVerbs string
	reportLast  bool
	// afterDate are the words that carry a sentence on after the full
	// stop of a date's unit (abbrList.dateUnits) in a script without
	// case, where no capital tells a name from a new sentence
	// (dateUnitContinues): the prepositions that place what the date
	// dates ("ولد سنة 1920 م. في القاهرة", born in 1920 AD in Cairo).
	afterDate string
	// words are the words of one letter, as written, that end sentences:
	// a full stop after one ends the sentence as after any word, where a
	// lone letter with a full stop is otherwise an initial or an
	// abbreviation (N. N. Sukhanov, z. B., г.).
	words string
}

// An abbrList holds abbreviations, one string per kind; "Case:" entries
// are matched with their case, the others in lowercase. An entry of
// two words joined by a dot with no dot of their own in the text ("и.др"
// for "и др.") is an abbreviation after that short word.
type abbrList struct {
	always, beforeNumber, ends string
	// dateUnits are the units written after the number of a date, as
	// Russian writes the century and the year (в XV в., в 1905 г.):
	// see dateUnitContinues.
	dateUnits string
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
		months:      "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
		chapters:    "chapter book part section canto act scene",
		titles:      "Mr. Mrs. Ms. Dr. St. Messrs.",
		noteCues:    []string{"translator's note", "translator’s note", "translator's remark", "— trans.", "—trans.", "[trans.", "(trans.", "— tr.", "[tr.", "(tr.", "ed.]", "trans.]", "tr.]"},
		stopWords:   "the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which you were her she there would their we him been has when who will shall unto them said what all so if my me no into than could should our then upon thou thee thy hath",
		numberRoots: "one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty forty fifty hundred thousand million first second third fifth twelfth half dozen score twice thrice once",
	},
	"fr": {
		abbrevs: abbrList{
			always:       "m mm mme mmes mlle mlles mgr dr pr me st ste cf env av apr éd trad coll vve cie ms mss",
			beforeNumber: "t p pp vol chap art fig éd n",
			ends:         "etc",
		},
		months:      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		chapters:    "chapitre livre partie section acte scène",
		titles:      "M. Mme. Mlle.",
		noteCues:    []string{"note du traducteur", "n.d.t.", "n. d. t.", "ndt", "note de l'éditeur", "n.d.é.", "n.d.e."},
		stopWords:   "de la le et les des en un une du est que qui dans il pas ne pour au sur se par plus ce sont avec son sa ses elle ils mais nous vous je lui leur y à été était fut aux cette comme ou où même tout dit d l qu s n c j m avait sans être",
		numberRoots: "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille million premier première second seconde moitié douzaine",
	},
	"de": {
		abbrevs: abbrList{
			always:       "z.b d.h u.a o.ä u.ä bzw vgl usf hr hrn fr frl dr prof st sog ggf evtl inkl zzgl ca geb gest verh bzgl abs jh jhd jhs jahrh röm kath ev",
			beforeNumber: "nr s bd hft abb tab kap anm aufl",
			ends:         "usw etc u.s.w",
		},
		months:      "januar februar märz april mai juni juli august september oktober november dezember jänner",
		chapters:    "kapitel buch teil akt",
		titles:      "Hr. Fr.",
		noteCues:    []string{"anm. d. übers", "anmerkung des übersetzers", "anm. d. red", "anm. d. hrsg", "d. übers."},
		stopWords:   "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis ihr ihre sein seine ich wir ward denn da wo mir mich ihm ihn",
		numberRoots: "eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend million erste zweite dritte halb dutzend",
	},
	"ru": {
		abbrevs: abbrList{
			always:       "т.е т.к т.н т.о им тов г ул пр просп см ср напр акад проф доц др млн млрд тыс руб коп ок св",
			beforeNumber: "с стр т № гл рис табл",
			ends:         "т.д т.п и.т.д и.др и.пр",
			// век and год, and their plurals вв. and гг.; г. alone is
			// also город (г. Москва), which always goes on.
			dateUnits: "в вв г гг",
		},
		months:      "января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
		chapters:    "глава",
		noteCues:    []string{"прим. перев", "примечание переводчика", "прим. ред", "прим. пер."},
		numberRoots: "один два три четыре пять шесть семь восемь девять десять двадцать тридцать сто тысяча",
	},
	"es": {
		abbrevs: abbrList{
			always:       "sr sra sres srta dr dra ud uds vd vds d dña excmo excma ilmo lic ing arq prof gral cía",
			beforeNumber: "pág págs p pp núm cap vol art",
			ends:         "etc",
		},
		months:      "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
		chapters:    "capítulo capitulo libro parte",
		titles:      "Sr.",
		noteCues:    []string{"nota del traductor", "n. del t."},
		stopWords:   "de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este porque esta entre cuando muy sin sobre también me hasta hay donde desde todo nos él fue era había dijo á ella ellos mi te yo esto",
		numberRoots: "uno una dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil millón primero primera segundo tercero mitad",
	},
	"it": {
		abbrevs: abbrList{
			always:       "sig sigg sig.ra sig.na dott dott.ssa prof avv ing arch on s ss mons",
			beforeNumber: "pag pagg p pp cap vol art n",
			ends:         "ecc etc",
		},
		months:      "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		chapters:    "capitolo libro parte canto",
		noteCues:    []string{"nota del traduttore", "n.d.r.", "n.d.t"},
		stopWords:   "di e il la che a per un in non è del una con si le da i della sono lo al gli ma come anche più nel questo se ci mi ha io ne dei alla delle nella degli dal suo sua loro essere era fu egli questa quando ed cui tutto",
		numberRoots: "uno due tre quattro cinque sei sette otto nove dieci venti trenta cento mille primo secondo terzo",
	},
	"la": {
		abbrevs: abbrList{
			always:       "c cap lib cf sc scil i.e e.g",
			beforeNumber: "p pp v",
			ends:         "etc",
		},
		months:      "ianuarii februarii martii aprilis maii iunii iulii augusti septembris octobris novembris decembris",
		stopWords:   "et in est non ad cum ut quod qui quae sed de ex per enim autem ab ejus eius sunt se esse erat hoc quia si nec vel atque ac tamen etiam super inter sicut eum eorum eis illi ille ipse tibi mihi me te quoque dixit ego tu nos vos eo ea filii",
		numberRoots: "unus una duo tres quattuor quinque sex septem octo novem decem viginti triginta centum mille primus secundus tertius",
	},
	"nl": {
		abbrevs: abbrList{
			always:       "dhr mevr mw mr dr drs ir ing prof st bijv bv d.w.z o.a m.a.w i.p.v t.a.v",
			beforeNumber: "blz nr p pp hfst art",
			ends:         "enz etc",
		},
		months:      "januari februari maart april mei juni juli augustus september oktober november december",
		chapters:    "hoofdstuk",
		stopWords:   "de en van het een in is dat op te zijn met voor niet die aan er om ook als bij maar door nog naar dan uit wat of hij ze zij wordt was werd worden heeft over tot geen ik je wij hun zich dit deze al zo kan",
		numberRoots: "een twee drie vier vijf zes zeven acht negen tien twintig honderd duizend",
	},
	"pt": {
		abbrevs: abbrList{
			always:       "sr sra srs srta dr dra exa exmo exma prof eng d dª v.exa",
			beforeNumber: "pág págs p pp cap vol art nº n",
			ends:         "etc",
		},
		months:    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		chapters:  "capítulo capitulo parte",
		stopWords: "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo",
	},
	"vi": {
		// Titles and the commonest abbreviations of administrative
		// prose: tiến sĩ, thạc sĩ, giáo sư, phó giáo sư, bác sĩ, kỹ
		// sư, thành phố (TP. Hồ Chí Minh); trang (page); vân vân (etc.).
		abbrevs: abbrList{
			always:       "Case:TS Case:ThS Case:GS Case:PGS Case:BS Case:KS Case:TP Case:Tp",
			beforeNumber: "tr",
			ends:         "v.v",
		},
		// Words of one syllable each, as the language writes them; those
		// shared with the lists of other languages ("con", "a") left out.
		stopWords: "và của là không có người một những các trong cho đã này với được thì rằng đến ra khi bởi mà ông sẽ vì họ nó tôi chúng lại đi ở cũng như nhưng nầy đó ấy bèn",
	},
	"hi": {
		// डॉ (doctor), प्रो (professor), श्री, श्रीमती, सुश्री and मि
		// (Mr., Mrs., Ms.); पृ (page).
		abbrevs: abbrList{
			always:       "डॉ प्रो श्री श्रीमती सुश्री मि",
			beforeNumber: "पृ",
		},
		// said, asked, spoke (masculine, feminine), answered.
		reportVerbs: "कहा पूछा बोला बोली बोले कहते कहती कहता पूछते पूछती पूछता",
		reportLast:  true,
	},
	"ta": {
		// திரு, திருமதி, செல்வி (Mr., Mrs., Miss), பேரா (professor);
		// பக் (page).
		abbrevs: abbrList{
			always:       "திரு திருமதி செல்வி பேரா",
			beforeNumber: "பக்",
		},
		// said (he, she, polite, they), asked, told: last in the clause.
		reportVerbs: "என்றார் என்றாள் என்றான் என்றனர் கேட்டார் கேட்டாள் கேட்டான் சொன்னார் சொன்னாள் சொன்னான்",
		reportLast:  true,
	},
	// The verbs of saying of the languages in the Hebrew and Arabic
	// scripts, past (he, she, they, I) and present: said, asked,
	// answered, shouted, whispered, added (in Persian and Urdu said and
	// asked; Urdu's spoke too).
	"he": {
		reportVerbs: "אמר אמרה אמרו אמרתי שאל שאלה שאלו שאלתי ענה ענתה ענו עניתי השיב השיבה השיבו צעק צעקה צעקו לחש לחשה הוסיף הוסיפה אומר אומרת אומרים שואל שואלת עונה",
	},
	"ar": {
		// The eras written after a year, م. (ميلادي, AD) and هـ. or ه.
		// (هجري, of the Hijra).
		abbrevs: abbrList{dateUnits: "م هـ ه"},
		// in, from, to, until, about, on.
		afterDate:   "في من إلى الى حتى عن على",
		reportVerbs: "قال قالت قالوا قلت سأل سألت سألوا سألته أجاب أجابت أجابوا رد ردت ردّ ردّت صاح صاحت صرخ صرخت همس همست أضاف أضافت يقول تقول يسأل تسأل",
	},
	// Georgian puts the verb first (იკითხა დედამ), Amharic last (ብላ
	// ጠየቀች): said, asked, answered, shouted.
	"ka": {
		reportVerbs: "თქვა თქვეს ვთქვი თქვი იკითხა იკითხეს ვიკითხე ჰკითხა უპასუხა უპასუხეს ვუპასუხე დაიყვირა წამოიძახა",
	},
	// Armenian: the verb է (is), which ends most sentences that say what
	// something is ("Նա գրող է." he is a writer), when a text ends them
	// with a full stop rather than ։.
	"hy": {
		words: "է",
	},
	"am": {
		reportVerbs: "አለ አለች አሉ አልኩ ጠየቀ ጠየቀች ጠየቁ ጠየቅሁ መለሰ መለሰች መለሱ",
		reportLast:  true,
	},
	"fa": {
		reportVerbs: "گفت گفتم گفتند گفتی پرسید پرسیدم پرسیدند می‌گوید می‌پرسد",
		reportLast:  true,
	},
	"ur": {
		reportVerbs: "کہا کہتا کہتی کہتے پوچھا پوچھتا پوچھتی بولا بولی بولے",
		reportLast:  true,
	},
	"el": {
		// π.χ. (for example) goes on; π.Χ. and μ.Χ. (BC, AD), π.μ. and
		// μ.μ. (a.m., p.m.), κ.λπ. and κ.ά. (etc.) often end a sentence,
		// as the English a.m. and etc. do.
		abbrevs: abbrList{
			always: "Case:π.χ δρ καθ",
			ends:   "Case:π.Χ Case:μ.Χ π.μ μ.μ κ.λπ κ.λ.π κ.ά",
		},
	},
	"cs": {
		stopWords: "a se na je v že to s z do o i jako by k ale pro za po jsem jsou které který která tak od jeho jak již už jen byl byla bylo ve ze si mu co když aby nebo při jejich ho mi mě tom",
	},
	"pl": {
		stopWords: "i w się nie na z do to że a o jak ale po co jest tak za od jego go już tym czy przez tylko ja jej mnie był tego też ten ich dla jako może przy który która które gdy bo są było była sobie",
	},
	"sv": {
		stopWords: "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när hon under också efter eller nu sin där vid mot ska skulle hade alla än här då över",
	},
	"da": {
		stopWords: "og i at det er en til på den af de med for som ikke har et der han var jeg sig fra så om men kan vi hun efter eller ved også være blev havde hans sin over når skal mig nu dem ham her hvor hvad",
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

// reportVerb reports whether word is a verb of saying of one of the
// languages (reportVerbs), and whether it stands last in the clause
// that reports a quotation rather than first. All the languages' verbs
// count in any text: its script tells them apart better than a
// detector tells Persian from Arabic in a short text.
func reportVerb(word string) (ok, last bool) {
	last, ok = reportVerbSet()[word]
	return ok, last
}

var reportVerbSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range languages {
		for _, w := range strings.Fields(l.reportVerbs) {
			m[w] = l.reportLast
		}
	}
	return m
})

// IsNumberRoot reports whether w, in lowercase, is the root of a number
// word in one of the languages.
func IsNumberRoot(w string) bool { return numberRootSet()[w] }

var numberRootSet = sync.OnceValue(func() map[string]bool {
	return wordSet(func(l languageWords) string { return l.numberRoots })
})
