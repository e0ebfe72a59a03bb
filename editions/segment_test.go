package editions

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func split(lang, text string) []string {
	var out []string
	for _, s := range splitSentences(text, rulesFor(language.Make(lang))) {
		out = append(out, text[s.start:s.end])
	}
	return out
}

// Each case is a paragraph and the sentences a careful reader finds in it.
var segmentCases = []struct {
	lang, name, text string
	want             []string
}{
	// A list run into a paragraph: each item a sentence, its enumerator
	// with it; a number that ends a sentence still ends it.
	{"en", "inline list", "The demands were: 1. The immediate switching of industry. 2. Requisition of factories. 3. Compulsory labour.",
		[]string{"The demands were: 1. The immediate switching of industry.", "2. Requisition of factories.", "3. Compulsory labour."}},
	{"fr", "inline list", "Les revendications étaient : 1. La conversion des entreprises. 2. La réquisition des usines.",
		[]string{"Les revendications étaient : 1. La conversion des entreprises.", "2. La réquisition des usines."}},
	{"de", "inline list", "Die Forderungen waren: I. Die Umstellung der Industrie. II. Die Beschlagnahme der Fabriken.",
		[]string{"Die Forderungen waren: I. Die Umstellung der Industrie.", "II. Die Beschlagnahme der Fabriken."}},
	{"en", "number ending a sentence", "He was born in 1917. The war ended. See chapter 2. It explains.",
		[]string{"He was born in 1917.", "The war ended.", "See chapter 2.", "It explains."}},
	// English
	{"en", "page abbreviations", "See p. 45 and pp. 22–3 of Vol. 2 in No. 10 of the review. It was reprinted.",
		[]string{"See p. 45 and pp. 22–3 of Vol. 2 in No. 10 of the review.", "It was reprinted."}},
	{"en", "initials", "L.D. Trotsky spoke first. V.P. Nogin and N. N. Sukhanov listened.",
		[]string{"L.D. Trotsky spoke first.", "V.P. Nogin and N. N. Sukhanov listened."}},
	{"en", "p.m. mid-sentence", "The assault began at 9 p.m. on 25 October, and lasted all night.",
		[]string{"The assault began at 9 p.m. on 25 October, and lasted all night."}},
	{"en", "p.m. ending a sentence", "The assault began at 9 p.m. The palace fell before dawn.",
		[]string{"The assault began at 9 p.m.", "The palace fell before dawn."}},
	{"en", "op. cit. and ibid.", "Flerovsky, op. cit., p. 45; cf. ibid. p. 46. Another view is given below.",
		[]string{"Flerovsky, op. cit., p. 45; cf. ibid. p. 46.", "Another view is given below."}},
	{"en", "titles and saints", "Mr. Fogg met Dr. Watson at St. Paul's. Mrs. Aouda waited.",
		[]string{"Mr. Fogg met Dr. Watson at St. Paul's.", "Mrs. Aouda waited."}},
	{"en", "closing quote after the question mark", "‘When do we use these?’ they asked. Nobody answered.",
		[]string{"‘When do we use these?’ they asked.", "Nobody answered."}},
	{"en", "quote closes a sentence", "They answered: ‘Agitators? We are all agitators.’ It was true.",
		[]string{"They answered: ‘Agitators?", "We are all agitators.’", "It was true."}},
	{"en", "marker after the full stop", "Such was the language of the front. [3] At the beginning of October the risings spread.",
		[]string{"Such was the language of the front. [3]", "At the beginning of October the risings spread."}},
	{"en", "marker at the end", "‘When do we use these?’ [1]",
		[]string{"‘When do we use these?’ [1]"}},
	{"en", "markdown marker", "The history of all society[^2] is the history of class struggles.[^3] Freeman and slave stood opposed.",
		[]string{"The history of all society[^2] is the history of class struggles.[^3]", "Freeman and slave stood opposed."}},
	{"en", "superscript marker", "It was a defeat.² The army came home.",
		[]string{"It was a defeat.²", "The army came home."}},
	{"en", "bracketed editorial note", "He devoted himself to training. [Disappeared from view in the 1930s. Died in 1948.] Antonov joined later.",
		[]string{"He devoted himself to training.", "[Disappeared from view in the 1930s. Died in 1948.]", "Antonov joined later."}},
	{"en", "full stop inside a bracket in mid-sentence", "A little book (Moskva v Oktyabre 1917) [N. Ovsyannikov, ed.] (Moscow 1919). The argument follows.",
		[]string{"A little book (Moskva v Oktyabre 1917) [N. Ovsyannikov, ed.] (Moscow 1919).", "The argument follows."}},
	{"en", "ellipsis mid-sentence", "He waited… and waited… and then left. Nothing came of it.",
		[]string{"He waited… and waited… and then left.", "Nothing came of it."}},
	{"en", "ellipsis ending a sentence", "He waited... Nothing came.",
		[]string{"He waited...", "Nothing came."}},
	{"en", "exclamation inside dashes", "The guns of the Aurora – firing only blank cartridges! – demoralized the defenders.",
		[]string{"The guns of the Aurora – firing only blank cartridges! – demoralized the defenders."}},
	{"en", "numbered list item", "  1. The immediate switching from war production. The aim was bread.",
		[]string{"1. The immediate switching from war production.", "The aim was bread."}},
	{"en", "roman enumerator", "II. It is high time that Communists should publish their views.",
		[]string{"II. It is high time that Communists should publish their views."}},
	{"en", "the pronoun I", "So did I. Then we left for Moscow.",
		[]string{"So did I.", "Then we left for Moscow."}},
	{"en", "a king's numeral", "He served Charles I. Then he fled.",
		[]string{"He served Charles I. Then he fled."}},
	{"en", "decimal numbers", "The ratio was 3.5 to 1. It grew.",
		[]string{"The ratio was 3.5 to 1.", "It grew."}},
	{"en", "year ends a sentence", "The war ended in 1918. A new one began in 1939.",
		[]string{"The war ended in 1918.", "A new one began in 1939."}},
	{"en", "hard-wrapped lines", "Mr. Phileas Fogg lived, in 1872, at No. 7, Saville Row.\nHe was one of the\nmost noticeable members.",
		[]string{"Mr. Phileas Fogg lived, in 1872, at No. 7, Saville Row.", "He was one of the\nmost noticeable members."}},

	// French
	{"fr", "English titles in a French text", "Le _Carnatic_ partait à cinq heures, Mr. Fogg le savait. Mrs. Aouda attendait.",
		[]string{"Le _Carnatic_ partait à cinq heures, Mr. Fogg le savait.", "Mrs. Aouda attendait."}},
	{"de", "English titles in a German text", "Mr. Fogg wettete. Messrs. Baring zahlten.",
		[]string{"Mr. Fogg wettete.", "Messrs. Baring zahlten."}},
	{"fr", "guillemets and a question inside", "« Que faire ? » demanda-t-il. Personne ne répondit.",
		[]string{"« Que faire ? » demanda-t-il.", "Personne ne répondit."}},
	{"fr", "narrow no-break spaces", "« Que faire\u202f? » demanda-t-il\u00a0! Puis il sortit.",
		[]string{"« Que faire\u202f? » demanda-t-il\u00a0!", "Puis il sortit."}},
	{"fr", "question ending before a new sentence", "Il est parti\u00a0? Nous restons.",
		[]string{"Il est parti\u00a0?", "Nous restons."}},
	{"fr", "M. and Mme", "M. Fogg arriva. Mme Aouda le suivit avec M. Fix.",
		[]string{"M. Fogg arriva.", "Mme Aouda le suivit avec M. Fix."}},
	{"fr", "tome and page", "Voir t. II, p. 12, et cf. chap. 3. La suite est ailleurs.",
		[]string{"Voir t. II, p. 12, et cf. chap. 3.", "La suite est ailleurs."}},
	{"fr", "dialogue dash", "Il frappa à la porte. — Qui est là ? — C'est moi.",
		[]string{"Il frappa à la porte.", "— Qui est là ?", "— C'est moi."}},
	{"fr", "guillemets closing a sentence", "Il dit : « Nous partons. » Puis il se tut.",
		[]string{"Il dit : « Nous partons. »", "Puis il se tut."}},

	// German
	{"de", "date with an ordinal dot", "Am 9. September 1988 kam er an. Das war ein Montag.",
		[]string{"Am 9. September 1988 kam er an.", "Das war ein Montag."}},
	{"de", "ordinal before a noun", "Der 2. Weltkrieg endete 1945. Danach kam der Frieden.",
		[]string{"Der 2. Weltkrieg endete 1945.", "Danach kam der Frieden."}},
	{"de", "z. B. and usw.", "Das gilt z. B. für Bücher, Zeitschriften usw. Die Regel ist alt.",
		[]string{"Das gilt z. B. für Bücher, Zeitschriften usw.", "Die Regel ist alt."}},
	{"de", "Seite and Band", "Vgl. S. 45 im Bd. 2 und Nr. 7. Dort steht mehr.",
		[]string{"Vgl. S. 45 im Bd. 2 und Nr. 7.", "Dort steht mehr."}},
	{"de", "d. h.", "Er kam spät, d. h. nach Mitternacht. Niemand wartete.",
		[]string{"Er kam spät, d. h. nach Mitternacht.", "Niemand wartete."}},
	{"de", "German quotes", "„Wann benutzen wir die?“, fragten sie. Er schwieg.",
		[]string{"„Wann benutzen wir die?“, fragten sie.", "Er schwieg."}},

	// Russian
	{"ru", "т. е. and initials", "Он вернулся, т. е. пришёл назад. Так писал Л. Д. Троцкий.",
		[]string{"Он вернулся, т. е. пришёл назад.", "Так писал Л. Д. Троцкий."}},
	{"ru", "year abbreviation", "Это было 25 октября 1917 г. в Петрограде. Началось восстание.",
		[]string{"Это было 25 октября 1917 г. в Петрограде.", "Началось восстание."}},
	{"ru", "и т. д.", "Там были рабочие, солдаты и т. д. Все ждали.",
		[]string{"Там были рабочие, солдаты и т. д.", "Все ждали."}},

	// Spanish
	{"es", "inverted marks", "¿Qué hacer? Nadie lo sabía. ¡Qué sorpresa!",
		[]string{"¿Qué hacer?", "Nadie lo sabía.", "¡Qué sorpresa!"}},
	{"es", "Sr. and pág.", "El Sr. García citó la pág. 12. Luego se fue.",
		[]string{"El Sr. García citó la pág. 12.", "Luego se fue."}},

	// Italian
	{"it", "Sig. and pag.", "Il Sig. Rossi lesse a pag. 12 del vol. 3. Era tardi.",
		[]string{"Il Sig. Rossi lesse a pag. 12 del vol. 3.", "Era tardi."}},

	// Latin
	{"la", "Caesar", "Gallia est omnis divisa in partes tres. Quarum unam incolunt Belgae, cf. cap. 3.",
		[]string{"Gallia est omnis divisa in partes tres.", "Quarum unam incolunt Belgae, cf. cap. 3."}},

	// Dutch
	{"nl", "dhr. and bijv.", "Dhr. Jansen kwam bijv. gisteren. Het regende.",
		[]string{"Dhr. Jansen kwam bijv. gisteren.", "Het regende."}},

	// Portuguese
	{"pt", "Sr. and pág.", "O Sr. Silva leu a pág. 10. Estava cansado.",
		[]string{"O Sr. Silva leu a pág. 10.", "Estava cansado."}},

	// A quotation closed after an abbreviation's full stop ends the
	// sentence: the full stop stands for both.
	{"ru", "abbreviation at the end of a quotation", "Он сказал: «Кремль построен в XV в.» Студенты записали. Город основан в 1147 г. Юрием Долгоруким.",
		[]string{"Он сказал: «Кремль построен в XV в.»", "Студенты записали.", "Город основан в 1147 г. Юрием Долгоруким."}},
	{"en", "abbreviation at the end of a quotation", "He said: \"I met Dr.\" Then he left. Dr. Watson stayed.",
		[]string{"He said: \"I met Dr.\"", "Then he left.", "Dr. Watson stayed."}},

	// Languages without rules of their own fall back to UAX #29.
	{"ja", "CJK full stops", "これは本です。あれはペンです。",
		[]string{"これは本です。", "あれはペンです。"}},

	// Scripts beyond Latin and Cyrillic: UAX #29 and the rules of scripts.go.
	// Chinese, Japanese, Korean.
	{"zh", "closing bracket kept, opening one starts the next", "他说：「你好。」「再见。」她笑了。",
		[]string{"他说：「你好。」", "「再见。」", "她笑了。"}},
	{"zh", "question and exclamation, full-width", "你去哪里？我去学校！好的．",
		[]string{"你去哪里？", "我去学校！", "好的．"}},
	{"zh", "Chinese Union Version, spaced", "这人名叫以利米勒，他的妻名叫拿俄米。 他们到了摩押地，就住在那里。",
		[]string{"这人名叫以利米勒，他的妻名叫拿俄米。", "他们到了摩押地，就住在那里。"}},
	{"ja", "quotation carried on by と", "「はい。」と彼は言った。それから家に帰った。",
		[]string{"「はい。」と彼は言った。", "それから家に帰った。"}},
	{"ja", "full stop after the closing bracket", "ナオミは言った、「わたしをナオミと呼ばないでください」。ルツは黙っていた。",
		[]string{"ナオミは言った、「わたしをナオミと呼ばないでください」。", "ルツは黙っていた。"}},
	{"ko", "pilcrow after the full stop", "그들이 모압 지방에 들어가서 거기 유하였다. ¶ 나오미의 남편 엘리멜렉이 죽었다.",
		[]string{"그들이 모압 지방에 들어가서 거기 유하였다.", "¶ 나오미의 남편 엘리멜렉이 죽었다."}},
	{"ko", "date written with full stops", "회의는 2024. 3. 15. 서울에서 열렸다. 참석자는 120명이었다. 다음 회의는 2025. 1. 9.에 열린다.",
		[]string{"회의는 2024. 3. 15. 서울에서 열렸다.", "참석자는 120명이었다.", "다음 회의는 2025. 1. 9.에 열린다."}},
	{"ko", "question mark", "어디로 가느냐? 나는 집으로 간다.",
		[]string{"어디로 가느냐?", "나는 집으로 간다."}},
	{"ko", "quotation carried on by its particle", "그는 \"내일 비가 올 것이다.\"라고 말했다. 그녀는 \"정말요?\"하고 물었다. 선생님은 “조용히 하세요!”라며 화를 냈다.",
		[]string{"그는 \"내일 비가 올 것이다.\"라고 말했다.", "그녀는 \"정말요?\"하고 물었다.", "선생님은 “조용히 하세요!”라며 화를 냈다."}},
	{"ko", "quotation ended by a space", "\"안녕하세요.\" 그가 인사했다.",
		[]string{"\"안녕하세요.\"", "그가 인사했다."}},
	// Greek: ; is the question mark, · the upper stop, not an end.
	{"el", "Greek question mark", "Τι λέγεις; Είπεν ο Ιησούς προς αυτούς.",
		[]string{"Τι λέγεις;", "Είπεν ο Ιησούς προς αυτούς."}},
	{"el", "Greek question mark U+037E", "Πού υπάγεις\u037e Εις την πόλιν.",
		[]string{"Πού υπάγεις\u037e", "Εις την πόλιν."}},
	{"el", "upper stop is not an end", "Και είπε προς αυτάς· Υπάγετε, επιστρέψατε. Η δε Ρουθ έμεινε.",
		[]string{"Και είπε προς αυτάς· Υπάγετε, επιστρέψατε.", "Η δε Ρουθ έμεινε."}},
	// Russian в. (век) and г. (год) after a date's number end a sentence
	// before a capital, unless the date opens the sentence or a name
	// follows; и др. ends one, гл. and рис. go on before a number.
	{"ru", "century and year ending a sentence", "Университет основан в XV в. Студенты приезжали. В XV–XVI вв. Москва росла. В мае 1905 г. Ленин приехал. Он родился в 1870 г. В Симбирске он учился.",
		[]string{"Университет основан в XV в.", "Студенты приезжали.", "В XV–XVI вв. Москва росла.", "В мае 1905 г. Ленин приехал.", "Он родился в 1870 г.", "В Симбирске он учился."}},
	{"ru", "и др. and гл.", "Пришли Иван, Пётр и др. Потом пришла Мария. Это описано в гл. 5. Мы читали её. Он жил в г. Москве.",
		[]string{"Пришли Иван, Пётр и др.", "Потом пришла Мария.", "Это описано в гл. 5.", "Мы читали её.", "Он жил в г. Москве."}},
	// In the scripts without case a quotation's sentence goes on when a
	// verb of saying reports it, where that language puts the verb; the
	// gershayim closes a Hebrew quotation.
	{"he", "quotation reported after it", "הוא שאל ״מה השעה?״ היא לא ענתה. ״מה אתה רוצה?״ שאל המורה. \"אני כאן.\" אמר דוד.",
		[]string{"הוא שאל ״מה השעה?״", "היא לא ענתה.", "״מה אתה רוצה?״ שאל המורה.", "\"אני כאן.\" אמר דוד."}},
	{"ar", "quotation reported after it", "«ما هذا؟» سأل الولد. قالت: «اذهب.» ثم خرج من الغرفة.",
		[]string{"«ما هذا؟» سأل الولد.", "قالت: «اذهب.»", "ثم خرج من الغرفة."}},
	{"fa", "quotation reported after it, the verb last", "«کجا می‌روی؟» پرسید. گفتم «خانه.» او رفت. «چه می‌خواهی؟» معلم پرسید.",
		[]string{"«کجا می‌روی؟» پرسید.", "گفتم «خانه.»", "او رفت.", "«چه می‌خواهی؟» معلم پرسید."}},
	// The Armenian mijaket (․, or . typed for it beside ։) is a colon;
	// dotted abbreviations in syllables (கி.மு., খ্রি.পূ.) and Tamil
	// titles go on; Tamil reports a quotation with its verb last.
	{"hy", "mijaket", "Նա ասաց. «Գնանք տուն»։ Նա գրեց․ «Եկեք»։ Նա գնաց։",
		[]string{"Նա ասաց. «Գնանք տուն»։", "Նա գրեց․ «Եկեք»։", "Նա գնաց։"}},
	{"ta", "titles, BC and a reported quotation", "திரு. இராமன் வந்தார். இது கி.மு. 300 இல் நடந்தது. அவர் \"நான் வருகிறேன்.\" என்றார். அது முடிந்தது!",
		[]string{"திரு. இராமன் வந்தார்.", "இது கி.மு. 300 இல் நடந்தது.", "அவர் \"நான் வருகிறேன்.\" என்றார்.", "அது முடிந்தது!"}},
	{"bn", "dotted abbreviation in syllables", "এটা খ্রি.পূ. 300 সালে হয়েছিল। সে এসেছিল।",
		[]string{"এটা খ্রি.পূ. 300 সালে হয়েছিল।", "সে এসেছিল।"}},
	{"hi", "quotation reported after it, the verb last", "उसने कहा, \"मैं आऊँगा।\" फिर वह चला गया। \"क्या हुआ?\" उसने पूछा।",
		[]string{"उसने कहा, \"मैं आऊँगा।\"", "फिर वह चला गया।", "\"क्या हुआ?\" उसने पूछा।"}},
	{"ka", "quotation reported after it, „…“", "„რატომ წახვედი?“ იკითხა დედამ. მე არ ვუპასუხე. „წავედი.“ ვთქვი მე.",
		[]string{"„რატომ წახვედი?“ იკითხა დედამ.", "მე არ ვუპასუხე.", "„წავედი.“ ვთქვი მე."}},
	{"am", "quotation reported after it, the verb last", "\"ለምን ሄድክ?\" ብላ ጠየቀች። መልስ አልሰጠሁም።",
		[]string{"\"ለምን ሄድክ?\" ብላ ጠየቀች።", "መልስ አልሰጠሁም።"}},
	{"el", "abbreviations that end sentences, and those that do not", "Ο Παρθενώνας χτίστηκε το 438 π.Χ. Η Ακρόπολη είναι ψηλή. Φέρε φρούτα, π.χ. Μήλα ή αχλάδια. Είναι 10.30 π.μ. Ναι. Αγόρασε ψωμί, γάλα κ.λπ. Μετά έφυγε ο κ. Παπαδόπουλος.",
		[]string{"Ο Παρθενώνας χτίστηκε το 438 π.Χ.", "Η Ακρόπολη είναι ψηλή.", "Φέρε φρούτα, π.χ. Μήλα ή αχλάδια.", "Είναι 10.30 π.μ.", "Ναι.", "Αγόρασε ψωμί, γάλα κ.λπ.", "Μετά έφυγε ο κ. Παπαδόπουλος."}},
	{"el", "question mark before lowercase", "Τι λέγεις; είπεν ο Ιησούς.",
		[]string{"Τι λέγεις; είπεν ο Ιησούς."}},
	// Hebrew: sof pasuq ends a verse.
	{"he", "sof pasuq", "בראשית ברא אלהים את השמים ואת הארץ׃ והארץ היתה תהו ובהו וחשך על פני תהום׃ ויאמר אלהים יהי אור ויהי אור׃",
		[]string{"בראשית ברא אלהים את השמים ואת הארץ׃", "והארץ היתה תהו ובהו וחשך על פני תהום׃", "ויאמר אלהים יהי אור ויהי אור׃"}},
	{"he", "modern full stop and question", "הזקן ירד בכל בוקר אל הנמל. מדוע לא חזרו הסירות? איש לא ידע.",
		[]string{"הזקן ירד בכל בוקר אל הנמל.", "מדוע לא חזרו הסירות?", "איש לא ידע."}},
	// Armenian: ։ and, typed, the colon.
	{"hy", "Armenian full stop", "Սկզբից էր Բանը, և Բանը Աստծու մոտ էր։ Եվ Բանն Աստված էր։ Նա սկզբից Աստծու մոտ էր։",
		[]string{"Սկզբից էր Բանը, և Բանը Աստծու մոտ էր։", "Եվ Բանն Աստված էր։", "Նա սկզբից Աստծու մոտ էր։"}},
	{"hy", "colon as full stop", "Սկզբից էր Բանը: Եվ Բանն Աստված էր: Ժամը 10:30-ին նա եկավ:",
		[]string{"Սկզբից էր Բանը:", "Եվ Բանն Աստված էր:", "Ժամը 10:30-ին նա եկավ:"}},
	{"hy", "full stop after the verb է", "Նա գրող է. Նրա գրքերը թարգմանվել են. Այն գրվել է Ք.ա. 300 թվականին. Ա. Իսահակյանը նրա ընկերն է. Մենք գիտենք դա.",
		[]string{"Նա գրող է.", "Նրա գրքերը թարգմանվել են.", "Այն գրվել է Ք.ա. 300 թվականին.", "Ա. Իսահակյանը նրա ընկերն է.", "Մենք գիտենք դա."}},
	// The Arabic eras after a year, م. and هـ.: the sentence goes on
	// after a preposition, or after a date that a preposition opens.
	{"ar", "era after a year", "ولد سنة 1920 م. في القاهرة ودرس فيها. توفي سنة 1375 هـ. في دمشق. ولد أخوه سنة ١٩٢٥ م. ثم انتقل إلى بيروت. في سنة 1948 م. هاجر كثيرون. توفي سنة 1375هـ. وكان عمره 55 عاماً.",
		[]string{"ولد سنة 1920 م. في القاهرة ودرس فيها.", "توفي سنة 1375 هـ. في دمشق.", "ولد أخوه سنة ١٩٢٥ م.", "ثم انتقل إلى بيروت.", "في سنة 1948 م. هاجر كثيرون.", "توفي سنة 1375هـ.", "وكان عمره 55 عاماً."}},
	{"en", "colon is no full stop outside Armenian", "He said this: Go home. They went.",
		[]string{"He said this: Go home.", "They went."}},
	// Indic, Arabic-script, Ethiopic, South-East Asian, Tibetan, Syriac.
	{"hi", "danda and double danda", "राम घर गया। सीता बाज़ार गई॥ फिर वे दोनों मिले।",
		[]string{"राम घर गया।", "सीता बाज़ार गई॥", "फिर वे दोनों मिले।"}},
	{"hi", "danda typed as a pipe", "राम घर गया | सीता बाज़ार गई| क्या वे मिले? फिर वे दोनों मिले |",
		[]string{"राम घर गया |", "सीता बाज़ार गई|", "क्या वे मिले?", "फिर वे दोनों मिले |"}},
	{"mr", "danda typed as a pipe, Marathi", "तो घरी गेला | ती बाजारात गेली |",
		[]string{"तो घरी गेला |", "ती बाजारात गेली |"}},
	{"bn", "danda typed as a pipe, Bengali", "আমি বাড়ি যাই | সে বাজারে যায় |",
		[]string{"আমি বাড়ি যাই |", "সে বাজারে যায় |"}},
	{"en", "a pipe is no full stop outside Indic scripts", "Choose yes | no here. Then go.",
		[]string{"Choose yes | no here.", "Then go."}},
	{"hi", "abbreviated titles", "डॉ. शर्मा और प्रो. गुप्ता दिल्ली गए। उन्होंने पृ. 45 पढ़ा। मि. वर्मा घर पर थे।",
		[]string{"डॉ. शर्मा और प्रो. गुप्ता दिल्ली गए।", "उन्होंने पृ. 45 पढ़ा।", "मि. वर्मा घर पर थे।"}},
	{"ar", "Arabic question mark", "ما اسمك؟ اسمي علي. أنا من القاهرة.",
		[]string{"ما اسمك؟", "اسمي علي.", "أنا من القاهرة."}},
	{"ur", "Urdu full stop", "یہ کتاب ہے۔ وہ قلم ہے۔ کیا یہ تمہارا ہے؟",
		[]string{"یہ کتاب ہے۔", "وہ قلم ہے۔", "کیا یہ تمہارا ہے؟"}},
	{"fa", "Persian", "این کتاب است. آیا آن قلم است؟ بله، قلم است.",
		[]string{"این کتاب است.", "آیا آن قلم است؟", "بله، قلم است."}},
	{"am", "Ethiopic full stop and question", "ሰላም ነው። እንዴት ነህ፧ ደህና ነኝ።",
		[]string{"ሰላም ነው።", "እንዴት ነህ፧", "ደህና ነኝ።"}},
	{"am", "full stop typed as two wordspaces", "አዲስ አበባ ዋና ከተማ ናት፡፡ ከተማዋ በ1886 ተመሠረተች፡፡ ብዙ ሰዎች፡ይኖራሉ፡፡",
		[]string{"አዲስ አበባ ዋና ከተማ ናት፡፡", "ከተማዋ በ1886 ተመሠረተች፡፡", "ብዙ ሰዎች፡ይኖራሉ፡፡"}},
	{"my", "Myanmar section, not its comma", "မင်္ဂလာပါ။ ကျွန်တော် နေကောင်းပါတယ်၊ ခင်ဗျား နေကောင်းလား။",
		[]string{"မင်္ဂလာပါ။", "ကျွန်တော် နေကောင်းပါတယ်၊ ခင်ဗျား နေကောင်းလား။"}},
	{"km", "Khmer khan inside straight quotes", "គាត់និយាយថា \"ខ្ញុំទៅផ្ទះ។\" គាត់មកវិញ។ គាត់និយាយថា \"ខ្ញុំទៅ។\"ហើយចេញទៅ។",
		[]string{"គាត់និយាយថា \"ខ្ញុំទៅផ្ទះ។\"", "គាត់មកវិញ។", "គាត់និយាយថា \"ខ្ញុំទៅ។\"ហើយចេញទៅ។"}},
	{"my", "Myanmar quotation carried on by its particle", "သူက \"ကျွန်တော် သွားမယ်။\"ဟု ပြောသည်။ ထို့နောက် သူ ထွက်သွားသည်။",
		[]string{"သူက \"ကျွန်တော် သွားမယ်။\"ဟု ပြောသည်။", "ထို့နောက် သူ ထွက်သွားသည်။"}},
	{"km", "Khmer khan", "ខ្ញុំទៅផ្ទះ។ គាត់មកលេង។",
		[]string{"ខ្ញុំទៅផ្ទះ។", "គាត់មកលេង។"}},
	{"bo", "Tibetan shad", "བཀྲ་ཤིས་བདེ་ལེགས། ཁྱེད་རང་སྐུ་གཟུགས་བདེ་པོ་ཡིན་པས། ང་བདེ་པོ་ཡིན།།",
		[]string{"བཀྲ་ཤིས་བདེ་ལེགས།", "ཁྱེད་རང་སྐུ་གཟུགས་བདེ་པོ་ཡིན་པས།", "ང་བདེ་པོ་ཡིན།།"}},
	{"bo", "Tibetan head mark and double shads", "༄༅། །བོད་ཀྱི་ལོ་རྒྱུས་ནི་རིང་པོ་ཡིན། །ང་ཚོས་དེ་ལ་སློབ་སྦྱོང་བྱེད་དགོས། །ཐུགས་རྗེ་ཆེ།",
		[]string{"༄༅། །བོད་ཀྱི་ལོ་རྒྱུས་ནི་རིང་པོ་ཡིན། །", "ང་ཚོས་དེ་ལ་སློབ་སྦྱོང་བྱེད་དགོས། །", "ཐུགས་རྗེ་ཆེ།"}},
	{"syr", "Syriac end of paragraph", "ܪܫܐ ܕܐܘܢܓܠܝܘܢ ܕܝܫܘܥ ܡܫܝܚܐ ܒܪܗ ܕܐܠܗܐ ܀ ܐܝܟ ܕܟܬܝܒ ܒܐܫܥܝܐ ܢܒܝܐ ܀",
		[]string{"ܪܫܐ ܕܐܘܢܓܠܝܘܢ ܕܝܫܘܥ ܡܫܝܚܐ ܒܪܗ ܕܐܠܗܐ ܀", "ܐܝܟ ܕܟܬܝܒ ܒܐܫܥܝܐ ܢܒܝܐ ܀"}},
	{"vi", "hyphenated name before the full stop", "Na-ô-mi có một người bà con, tên người là Bô-ô. Ru-tơ thưa cùng Na-ô-mi rằng: Xin để cho tôi đi.",
		[]string{"Na-ô-mi có một người bà con, tên người là Bô-ô.", "Ru-tơ thưa cùng Na-ô-mi rằng: Xin để cho tôi đi."}},
	{"vi", "abbreviated titles and places", "TS. Nguyễn Văn An sống ở TP. Hồ Chí Minh. PGS. TS. Trần Bình đọc tr. 12 của sách. Họ đến lúc 9 giờ.",
		[]string{"TS. Nguyễn Văn An sống ở TP. Hồ Chí Minh.", "PGS. TS. Trần Bình đọc tr. 12 của sách.", "Họ đến lúc 9 giờ."}},
	// Thai and Lao: a space between clauses.
	{"th", "Thai clauses", "ฉันไปตลาดเมื่อเช้านี้ แล้วซื้อผลไม้มาก เขากลับบ้านตอนเย็น",
		[]string{"ฉันไปตลาดเมื่อเช้านี้", "แล้วซื้อผลไม้มาก", "เขากลับบ้านตอนเย็น"}},
	{"th", "Thai space before a number", "เขาเกิดในปี 1917 ที่กรุงเทพ เขากลับบ้าน",
		[]string{"เขาเกิดในปี 1917 ที่กรุงเทพ", "เขากลับบ้าน"}},
	{"th", "Thai era and month before a year", "นายปรีดีเกิดเมื่อ พ.ศ. 2443 ที่อยุธยา เขาเป็นนักการเมือง สงครามจบลงใน ค.ศ. 1945 ที่ยุโรป รัฐธรรมนูญประกาศใช้ใน ธ.ค. 2475",
		[]string{"นายปรีดีเกิดเมื่อ พ.ศ. 2443 ที่อยุธยา", "เขาเป็นนักการเมือง", "สงครามจบลงใน ค.ศ. 1945 ที่ยุโรป", "รัฐธรรมนูญประกาศใช้ใน ธ.ค. 2475"}},
	{"th", "Thai repetition and abbreviation marks before a space", "เด็กๆ เล่นกันที่สนาม แม่ไปกรุงเทพฯ เมื่อวานนี้",
		[]string{"เด็กๆ เล่นกันที่สนาม", "แม่ไปกรุงเทพฯ เมื่อวานนี้"}},
	{"lo", "Lao repetition mark before a space", "ເດັກນ້ອຍໆ ຫຼິ້ນກັນ ແມ່ໄປຕະຫຼາດ",
		[]string{"ເດັກນ້ອຍໆ ຫຼິ້ນກັນ", "ແມ່ໄປຕະຫຼາດ"}},
	{"lo", "Lao clauses", "ຂ້ອຍໄປຕະຫຼາດ ລາວກັບບ້ານ",
		[]string{"ຂ້ອຍໄປຕະຫຼາດ", "ລາວກັບບ້ານ"}},
	{"sv", "Swedish via UAX #29, initials kept", "Vi träffade A. Strindberg i Stockholm. Det regnade.",
		[]string{"Vi träffade A. Strindberg i Stockholm.", "Det regnade."}},
	{"sv", "fallback joins wrapped lines", "Vi gick\nhem till\r\nStockholm. Det regnade.",
		[]string{"Vi gick\nhem till\r\nStockholm.", "Det regnade."}},
	{"sv", "fallback keeps markers", "Det var sent. [4] Vi gick hem.",
		[]string{"Det var sent. [4]", "Vi gick hem."}},
}

func TestSegment(t *testing.T) {
	for _, c := range segmentCases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			got := split(c.lang, c.text)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("sentences of %q (-want +got):\n%s", c.text, diff)
			}
			checkCover(t, c.text, splitSentences(c.text, rulesFor(language.Make(c.lang))))
		})
	}
}

// checkCover asserts what every segmentation must keep: spans in order,
// not overlapping, trimmed, and covering every non-space character.
func checkCover(t *testing.T, text string, spans []span) {
	t.Helper()
	pos := 0
	for _, s := range spans {
		if s.start < pos || s.end <= s.start || s.end > len(text) {
			t.Fatalf("span %v out of order or empty after %d in %q", s, pos, text)
		}
		if gap := text[pos:s.start]; strings.TrimFunc(gap, func(r rune) bool { return unicode.IsSpace(r) || isInvisible(r) }) != "" {
			t.Fatalf("characters %q lost between sentences in %q", gap, text)
		}
		pos = s.end
	}
	if rest := text[pos:]; strings.TrimFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || isInvisible(r) }) != "" {
		t.Fatalf("characters %q lost at the end of %q", rest, text)
	}
}

func FuzzSplitSentences(f *testing.F) {
	for _, c := range segmentCases {
		f.Add(c.lang, c.text)
	}
	f.Add("en", "[[[(( ... ?! » « [^ [1 ]] ¹²")
	f.Add("en", "bread ..... 3 …… 4\n.....\n5 .......")
	f.Add("de", "1. 2. 3. a) b) I. II.")
	// The rules of scripts.go and unpunctuated.go.
	f.Add("zh", "「。」「」『。』（）。「")
	f.Add("ja", "「。」と」って。」。「")
	f.Add("hy", "Ա: բ: 10:30 ։ : :")
	f.Add("el", "α; Β\u037e γ· Δ; ;")
	f.Add("my", "က၊ ခ။ ၊။")
	f.Add("he", "א׃ב ׃ ׃׃")
	f.Add("th", "ก ข  ค\u00a0ง 1 จ ")
	f.Add("th", "ก พ.ศ. 2 ข ม.ค.3 ค ก.ข.ค. ง. . ฯ.ฯ. 4")
	f.Add("ar", "ولد 1920 م. في 1375هـ. ثم ١٩٢٥ هـ. م. 5ه.")
	f.Add("hy", "է. Է. ա է. բ")
	f.Add("ko", strings.Repeat("하였더라 이르되 다 아침마다 ", 60))
	f.Add("ko", strings.Repeat("모이라 하니라 가라  한지라 하나님이 자란지라 한 하 ", 40))
	f.Add("en", strings.Repeat("a, b; c\n", 120))
	f.Fuzz(func(t *testing.T, lang, text string) {
		if !utf8.ValidString(text) {
			return
		}
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.English
		}
		spans := splitSentences(text, rulesFor(tag))
		checkCover(t, text, spans)
		// An opening bracket starts the sentence it opens (。」「).
		for i, s := range spans[:max(len(spans)-1, 0)] {
			if last, _ := utf8.DecodeLastRuneInString(text[s.start:s.end]); last == '「' || last == '『' || last == '（' {
				t.Fatalf("sentence %d %q ends with an opening bracket in %q", i, text[s.start:s.end], text)
			}
		}
	})
}

func BenchmarkSplitSentences(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, c := range segmentCases {
			if c.lang == "en" || c.lang == "fr" || c.lang == "de" {
				sb.WriteString(c.text)
				sb.WriteByte(' ')
			}
		}
	}
	text := sb.String()
	r := rulesFor(language.English)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		splitSentences(text, r)
	}
}

// hasThaiOrLao, which spares spaceCuts the text of other scripts, sees
// every character of the scripts that end units with a space (a false
// alarm, as on a broken E0 B8, only costs spaceCuts its full scan).
func TestHasThaiOrLao(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpaceCutScript(r) && !hasThaiOrLao("a "+string(r)) {
			t.Fatalf("hasThaiOrLao misses %U", r)
		}
	}
	for _, s := range []string{"Trong đời các quan xét", "拿俄米說", "ܘܐܡܪ ܠܗܘܢ", "\xe0"} {
		if hasThaiOrLao(s) {
			t.Errorf("hasThaiOrLao(%q) = true", s)
		}
	}
	if !hasThaiOrLao("ເຂົາ ໄປ") || !hasThaiOrLao("x ฉันไป") {
		t.Error("hasThaiOrLao misses Lao or Thai text")
	}
}
