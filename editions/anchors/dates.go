package anchors

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// months maps month words, lower-cased, to month numbers, for English,
// French, German, Spanish, Italian, Latin, Dutch, Portuguese, Russian,
// Greek, Polish, Czech, Ukrainian, Hungarian, Romanian, Turkish, Swedish,
// Danish, Armenian, Georgian, Hebrew and Arabic, including the inflected
// forms that dates use ("октября", "Octobris", "Οκτωβρίου") and common
// abbreviations.
var months = map[string]int{}

// ambiguousMonths are month words that are also ordinary words ("may",
// "march", "mars", "august"); they count only next to a day or a year.
var ambiguousMonths = map[string]bool{}

func init() {
	add := func(m int, words string) {
		for _, w := range strings.Fields(words) {
			if strings.HasSuffix(w, "?") {
				w = strings.TrimSuffix(w, "?")
				ambiguousMonths[w] = true
			}
			months[w] = m
		}
	}
	add(1, "january janvier januar jänner enero gennaio ianuarius ianuarii ianuarias januarius januarii januari janeiro январь января январе jan? janv? ene? genn?")
	add(2, "february février fevrier februar febrero febbraio februarius februarii februarias februari fevereiro февраль февраля феврале feb? févr? fevr? febr?")
	add(3, "march? mars? märz maerz marzo martius martii martias maart março marco? март марта марте mar? mär?")
	add(4, "april avril abril aprile aprilis aprilibus aprilium апрель апреля апреле apr? avr? abr?")
	add(5, "may? mai? mayo maggio maius maii maias mei? maio май мая мае")
	add(6, "june juin juni junio giugno iunius iunii iunias junho июнь июня июне jun? juin?")
	add(7, "july juillet juli julio luglio iulius iulii iulias julho июль июля июле jul? juil? lug?")
	add(8, "august? août aout augusto? agosto augustus augusti augustas augustus? augustus август августа августе aug? ago?")
	add(9, "september septembre septiembre settembre septembris setembro сентябрь сентября сентябре sep? sept? set?")
	add(10, "october octobre oktober octubre ottobre octobris outubro октябрь октября октябре oct? okt? ott? out?")
	add(11, "november novembre noviembre novembris novembro ноябрь ноября ноябре nov?")
	add(12, "december décembre decembre dezember diciembre dicembre decembris dezembro декабрь декабря декабре dec? déc? dez? dic?")
	// Greek, Polish, Czech, Ukrainian, Hungarian, Romanian, Turkish,
	// Swedish and Danish, Armenian, Georgian, Hebrew and Arabic: the
	// forms dates use (Greek, Polish, Czech, Ukrainian and Armenian the
	// genitive, "25 Οκτωβρίου", "25 października"; Georgian the dative,
	// "25 ოქტომბერს"; Hebrew with the prefix ב, "באוקטובר"; Arabic the
	// names of Egypt and the west, and the single-word ones of the
	// Levant, أيلول, تموز; those of two words, تشرين الأول, are
	// levantMonths), and the nominative.
	add(1, "ιανουάριος ιανουαρίου stycznia styczeń ledna leden січня січень január ianuarie ocak? januari januar հունվար հունվարի იანვარი იანვარს ינואר בינואר يناير")
	add(2, "φεβρουάριος φεβρουαρίου lutego luty února únor лютого лютий február februarie şubat februari februar փետրվար փետրվարի თებერვალი თებერვალს פברואר בפברואר فبراير شباط")
	add(3, "μάρτιος μαρτίου marca marzec března březen березня березень március martie mart? marts? մարտ մարտի მარტი მარტს מרץ במרץ مارس آذار")
	add(4, "απρίλιος απριλίου kwietnia kwiecień dubna duben квітня квітень április aprilie nisan? april ապրիլ ապրիլի აპრილი აპრილს אפריל באפריל أبريل ابريل نيسان")
	add(5, "μάιος μαΐου maja? maj? května květen травня травень május mai mayıs մայիս մայիսի მაისი მაისს מאי? במאי مايو أيار")
	add(6, "ιούνιος ιουνίου czerwca czerwiec června červen червня червень június iunie haziran juni հունիս հունիսի ივნისი ივნისს יוני ביוני يونيو حزيران")
	add(7, "ιούλιος ιουλίου lipca lipiec července červenec липня липень július iulie temmuz juli հուլիս հուլիսի ივლისი ივლისს יולי ביולי يوليو تموز")
	add(8, "αύγουστος αυγούστου sierpnia sierpień srpna srpen серпня серпень augusztus august ağustos augusti օգոստոս օգոստոսի აგვისტო აგვისტოს אוגוסט באוגוסט أغسطس آب?")
	add(9, "σεπτέμβριος σεπτεμβρίου września wrzesień září вересня вересень szeptember septembrie eylül september սեպտեմբեր սեպտեմբերի სექტემბერი სექტემბერს ספטמבר בספטמבר سبتمبر أيلول")
	add(10, "οκτώβριος οκτωβρίου października październik října říjen жовтня жовтень október octombrie ekim? oktober հոկտեմբեր հոկտեմբերի ოქტომბერი ოქტომბერს אוקטובר באוקטובר أكتوبر اكتوبر")
	add(11, "νοέμβριος νοεμβρίου listopada listopad listopadu листопада листопад november noiembrie kasım? november նոյեմբեր նոյեմբերի ნოემბერი ნოემბერს נובמבר בנובמבר نوفمبر")
	add(12, "δεκέμβριος δεκεμβρίου grudnia grudzień prosince prosinec грудня грудень december decembrie aralık december դեկտեմբեր դեկտեմբերի დეკემბერი დეკემბერს דצמבר בדצמבר ديسمبر")
	for w := range months {
		if len(w) < 64 {
			monthShapes[w[0]] |= 1 << len(w)
		}
	}
}

// monthShapes has bit n of monthShapes[c] set when a month word of n
// bytes begins with byte c: lowerMonth passes over most words, which no
// month word has the first byte and length of, without the map.
var monthShapes [256]uint64

// lowerMonth returns word in lower case, as strings.ToLower does, and
// whether it is in months. A word of ASCII, most words, is folded in a
// buffer for the lookup and copied only if it is a month: nearly every
// word of a text is looked up, few are months.
func lowerMonth(word string) (string, bool) {
	var buf [32]byte
	if len(word) > len(buf) || !isASCIIWord(word) {
		w := strings.ToLower(word)
		_, ok := months[w]
		return w, ok
	}
	if len(word) == 0 || monthShapes[lowerASCII(word[0])]&(1<<len(word)) == 0 {
		return "", false
	}
	b := buf[:len(word)]
	for i := 0; i < len(word); i++ {
		b[i] = lowerASCII(word[i])
	}
	if _, ok := months[string(b)]; !ok {
		return "", false
	}
	return string(b), true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// joiners may stand between a day and its month: "25th of October",
// "1° de mayo", "le 3 de março".
var joiners = map[string]bool{"of": true, "de": true, "del": true, "th": true, "st": true, "nd": true, "rd": true, "er": true, "ème": true, "eme": true, "º": true, "im": true}

// scanDates finds month words and the day beside them: "25 October",
// "October 25", "25. Oktober", "25 октября", "le 1er mai", "the 3rd of
// May". A year beside the date is left to scanNumbers.
func scanDates(text string, toks []token) []Anchor {
	var out []Anchor
	for i, t := range toks {
		if t.digits {
			continue
		}
		w, ok := lowerMonth(text[t.start():t.end()])
		m := months[w]
		start, end := t.start(), t.end()
		last := i // the month's last token: two in the Levant's names
		if !ok {
			if m, ok = twoWordMonth(text, toks, i); !ok {
				continue
			}
			last, end = i+1, toks[i+1].end()
			w = text[start:end]
		}
		abbrev := utf8.RuneCountInString(w) <= 4 && !fullMonth(w)
		if abbrev && end < len(text) && text[end] == '.' {
			end++
		}
		day, dstart, dend := dayBefore(text, toks, i)
		if day == 0 {
			day, dstart, dend = dayAfter(text, toks, last)
		}
		year := yearBeside(text, toks, last)
		if day == 0 && !year && (ambiguousMonths[w] || abbrev) {
			continue
		}
		// A capitalized ambiguous word mid-sentence with no number
		// beside it was skipped above; a lower-case English "may" with
		// a number ("may 3 people") is rare enough to accept.
		key := "--" + two(m)
		if day > 0 {
			key += "-" + two(day)
			start, end = min(start, dstart), max(end, dend)
		}
		out = append(out, Anchor{Kind: Date, Key: key, Start: start, End: end})
	}
	return out
}

// levantMonths are the Levant's and Iraq's month names of two words, the
// first of which names two months and the second says which ("the
// first", "the second"): تشرين الأول is October, كانون الثاني January.
var levantMonths = map[[2]string]int{
	{"تشرين", "الأول"}: 10, {"تشرين", "الثاني"}: 11,
	{"كانون", "الأول"}: 12, {"كانون", "الثاني"}: 1,
}

// twoWordMonth returns the month that tokens i and i+1 of text name
// together (levantMonths), written with a space between them.
func twoWordMonth(text string, toks []token, i int) (int, bool) {
	if i+1 >= len(toks) || toks[i].digits || toks[i+1].digits || !isSpaces(text[toks[i].end():toks[i+1].start()]) {
		return 0, false
	}
	m, ok := levantMonths[[2]string{text[toks[i].start():toks[i].end()], text[toks[i+1].start():toks[i+1].end()]}]
	return m, ok
}

// isSpaces reports a run of white space, at least one character.
func isSpaces(s string) bool {
	return s != "" && strings.TrimFunc(s, unicode.IsSpace) == ""
}

// IsMonth reports whether word, in any case, is a month name or its
// abbreviation in one of the languages of months, in one of the forms
// dates take: the one list of them that dates, names and the word
// diff's dates read (align.hasNumber).
func IsMonth(word string) bool {
	_, ok := lowerMonth(word)
	return ok
}

func fullMonth(w string) bool {
	switch w {
	case "may", "mai", "mei", "mayo", "maio", "june", "juin", "juni", "july", "juli", "mars", "märz", "март", "май", "мая", "мае", "июнь", "июня", "июне", "июль", "июля", "июле",
		"μαΐου", "maj", "maja", "luty", "září", "mart", "ekim", "ocak", "marts", "մարտ", "מרץ", "מאי", "יוני", "יולי", "במאי", "مايو", "أيار", "تموز", "آب", "آذار":
		return true
	}
	return false
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// dayBefore returns the day number written before month word i ("25",
// "25.", "25th of", "1er"), with its span, or 0.
func dayBefore(text string, toks []token, i int) (day, start, end int) {
	j := i - 1
	if j >= 0 && !toks[j].digits && joiners[strings.ToLower(text[toks[j].start():toks[j].end()])] {
		j--
	}
	if j >= 0 && !toks[j].digits && joiners[strings.ToLower(text[toks[j].start():toks[j].end()])] {
		j--
	}
	if j < 0 || !toks[j].digits {
		return 0, 0, 0
	}
	if !onlySpaceOrDot(text[toks[j].end():toks[j+1].start()]) {
		return 0, 0, 0
	}
	return dayValue(text, toks[j]), toks[j].start(), toks[j].end()
}

// dayAfter returns the day number written after month word i ("October
// 25", "October 25th", "October 25, 1917"), or 0.
func dayAfter(text string, toks []token, i int) (day, start, end int) {
	j := i + 1
	if j >= len(toks) || !toks[j].digits || !onlySpaceOrDot(text[toks[i].end():toks[j].start()]) {
		return 0, 0, 0
	}
	return dayValue(text, toks[j]), toks[j].start(), toks[j].end()
}

func dayValue(text string, t token) int {
	s := t.num(text)
	if len(s) > 2 {
		return 0
	}
	n, _ := strconv.Atoi(s)
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// yearBeside reports whether a four-digit number stands right after month
// word i, or after the day that follows it.
func yearBeside(text string, toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if toks[j].digits && len(toks[j].num(text)) == 4 {
			return true
		}
		if !toks[j].digits {
			return false
		}
	}
	return false
}

// onlySpaceOrDot reports whether s is white space with at most a dot and
// a comma, as between "25." and "Oktober" or "October 25," and "1917".
func onlySpaceOrDot(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '.' && r != ',' && r != '\u00a0' {
			return false
		}
	}
	return len(s) <= 4
}
