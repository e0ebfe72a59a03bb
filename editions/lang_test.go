package editions_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

func TestLangFromName(t *testing.T) {
	tests := []struct {
		path string
		want string // "" for no answer
	}{
		{"serge.fr.txt", "fr"},
		{"/data/books/fr-FreJND.Gen.txt", "fr"},
		{"en.pg103.txt", "en"},
		{"de.mew4-mlwerke.md", "de"},
		{"book_ru.txt", "ru"},
		{"test0.de", "de"},
		{"dev.fr", "fr"},
		{"la-VulgClementine.Ruth.txt", "la"},
		{"en-KJV.Jonah.txt", "en"}, // not the extended subtag "kjv"
		{"it-Diodati.txt", "it"},
		{"es.txt", "es"},
		{"roman.pt-BR.txt", "pt-BR"},
		{`C:\texts\anna_karenina_ru.txt`, "ru"},
		{"Year_One.uk.md", "uk"},
		{"syr-Peshitta.Mark.txt", "syr"}, // Syriac has no two-letter code
		{"yue-Bible_1.txt", "yue"},
		{"the-End.txt", ""},    // an English word, not a code
		{"ger-Luther.txt", ""}, // German's code is "de"

		{"serge-year-one-ch2.txt", ""},
		{"000_bb804f4731e2107f.txt", ""},
		{"test0.defr", ""},
		{"notes.md", ""},
		{"novel.txt", ""},
		{"main.cs", ""},                // a C# file, not Czech
		{"de-fr.txt", ""},              // two languages: no answer
		{"serge.en.fr.txt", ""},        // idem
		{"de_la_terre.txt", ""},        // a French title
		{"la_peste.txt", ""},           // idem: "la" is a word here
		{"en_attendant_godot.txt", ""}, // idem
		{"this-is-it.txt", ""},
		{"-", ""},
	}
	for _, tt := range tests {
		got, ok := editions.LangFromName(tt.path)
		switch {
		case tt.want == "" && ok:
			t.Errorf("LangFromName(%q) = %v; want no answer", tt.path, got)
		case tt.want != "" && (!ok || got != language.MustParse(tt.want)):
			t.Errorf("LangFromName(%q) = %v, %v; want %s", tt.path, got, ok, tt.want)
		}
	}
}

func TestLangFromMetadata(t *testing.T) {
	gutenberg := func(lang string) string {
		return "\ufeffThe Project Gutenberg eBook of Something\n\nTitle: Something\n\nAuthor: Someone\n\n" +
			"Release date: May 1, 2004 [eBook #12]\n\n" + lang + "\n\nCredits: Many people\n\n\n" +
			"*** START OF THE PROJECT GUTENBERG EBOOK SOMETHING ***\n\nLanguage: Latin\n\nChapter 1\n"
	}
	tests := []struct {
		text string
		want string
	}{
		{gutenberg("Language: French"), "fr"},
		{gutenberg("Language: English"), "en"},
		{gutenberg("Language: German"), "de"},
		{gutenberg("Language: Español"), "es"},
		{gutenberg("Language: Russian"), "ru"},
		{gutenberg("Language: English, French"), "en"},
		{gutenberg("language: Dutch"), "nl"},
		{gutenberg("Language: Klingon"), ""},
		{gutenberg("Original publication: 1873"), ""}, // the "Language: Latin" after START OF is text
		{"English #\n\n# Manifesto of the Communist Party\n", "en"},
		{"Deutsch  #\n\n# Manifest der Kommunistischen Partei\n", "de"},
		{"Français #\n\n# Manifeste du Parti communiste\n", "fr"},
		{"Русский #\n\n# Манифест Коммунистической партии\n", "ru"},
		{"Italiano #\n", "it"},
		{"Chapter 1 #\n\nText.", ""},
		{"# English\n\nA heading, not a language tag.\n", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := editions.LangFromMetadata(tt.text)
		switch {
		case tt.want == "" && ok:
			t.Errorf("LangFromMetadata(%.40q) = %v; want no answer", tt.text, got)
		case tt.want != "" && (!ok || got != language.MustParse(tt.want)):
			t.Errorf("LangFromMetadata(%.40q) = %v, %v; want %s", tt.text, got, ok, tt.want)
		}
	}
}

// langSamples are short passages written for these tests, two or three
// sentences each: about as little as DetectLang should need.
var langSamples = map[string]string{
	"vi": "Ông già đi xuống bến cảng mỗi buổi sáng. Ông nói rằng những chiếc thuyền lại về muộn, " +
		"và không ai trong làng biết vì sao họ chưa trở về từ biển.",
	"syr": "ܒܪܫܝܬ ܐܝܬܘܗܝ ܗܘܐ ܡܠܬܐ ܘܗܘ ܡܠܬܐ ܐܝܬܘܗܝ ܗܘܐ ܠܘܬ ܐܠܗܐ ܘܐܠܗܐ ܐܝܬܘܗܝ ܗܘܐ ܗܘ ܡܠܬܐ܀",
	"am":  "ሽማግሌው ሰው በየማለዳው ወደ ወደቡ ይወርድ ነበር። ጀልባዎቹ እንደገና ዘግይተዋል አለ።",
	"lo":  "ຊາຍເຖົ້າຍ່າງລົງໄປທີ່ທ່າເຮືອທຸກໆເຊົ້າ ລາວເວົ້າວ່າເຮືອມາຊ້າອີກແລ້ວ",
	"en": "The old man walked down to the harbour every morning. He said that the boats were late again, " +
		"and nobody in the village knew why they had not come back from the sea.",
	"fr": "Le vieil homme descendait chaque matin jusqu'au port. Il disait que les bateaux étaient encore en retard, " +
		"et personne dans le village ne savait pourquoi ils n'étaient pas revenus de la mer.",
	"de": "Der alte Mann ging jeden Morgen zum Hafen hinunter. Er sagte, dass die Boote wieder verspätet seien, " +
		"und niemand im Dorf wusste, warum sie nicht vom Meer zurückgekommen waren.",
	"es": "El viejo bajaba cada mañana hasta el puerto. Decía que los barcos llegaban tarde otra vez, " +
		"y nadie en el pueblo sabía por qué no habían vuelto del mar.",
	"it": "Il vecchio scendeva ogni mattina fino al porto. Diceva che le barche erano di nuovo in ritardo, " +
		"e nessuno nel villaggio sapeva perché non fossero tornate dal mare.",
	"la": "Senex omni mane ad portum descendebat. Dicebat naves iterum tardas esse, " +
		"et nemo in vico sciebat cur non ex mari redissent, quia ventus erat magnus et nox longa.",
	"nl": "De oude man liep elke ochtend naar de haven. Hij zei dat de boten weer te laat waren, " +
		"en niemand in het dorp wist waarom ze niet van de zee waren teruggekomen.",
	"pt": "O velho descia todas as manhãs até o porto. Dizia que os barcos estavam atrasados outra vez, " +
		"e ninguém na aldeia sabia por que não tinham voltado do mar.",
	"sv": "Den gamle mannen gick ner till hamnen varje morgon. Han sa att båtarna var sena igen, " +
		"och ingen i byn visste varför de inte hade kommit tillbaka från havet.",
	"da": "Den gamle mand gik ned til havnen hver morgen. Han sagde, at bådene igen var forsinkede, " +
		"og ingen i landsbyen vidste, hvorfor de ikke var kommet tilbage fra havet.",
	"pl": "Stary człowiek co rano schodził do portu. Mówił, że łodzie znowu się spóźniają, " +
		"i nikt we wsi nie wiedział, dlaczego nie wróciły z morza.",
	"cs": "Starý muž chodil každé ráno dolů do přístavu. Říkal, že lodě se zase zpozdily, " +
		"a nikdo ve vesnici nevěděl, proč se z moře nevrátily.",
	"ru": "Старик каждое утро спускался в гавань. Он говорил, что лодки опять опаздывают, " +
		"и никто в деревне не знал, почему они не вернулись с моря.",
	"uk": "Старий щоранку спускався до гавані. Він казав, що човни знову запізнюються, " +
		"і ніхто в селі не знав, чому вони не повернулися з моря. Їхні родини чекали на березі.",
	"be": "Стары кожную раніцу спускаўся ў гавань. Ён казаў, што лодкі зноў спазняюцца, " +
		"і ніхто ў вёсцы не ведаў, чаму яны не вярнуліся з мора.",
	"bg": "Старецът всяка сутрин слизаше до пристанището. Той казваше, че лодките пак закъсняват, " +
		"и никой в селото не знаеше защо не са се върнали от морето. Вятърът беше силен.",
	"sr": "Старац је свако јутро силазио до луке. Говорио је да чамци опет касне, " +
		"и нико у селу није знао зашто се нису вратили са мора. Ћутали су сви.",
	"el": "Ο γέρος κατέβαινε κάθε πρωί στο λιμάνι. Έλεγε ότι οι βάρκες είχαν πάλι αργήσει, " +
		"και κανείς στο χωριό δεν ήξερε γιατί δεν είχαν γυρίσει από τη θάλασσα.",
	"zh": "老人每天早上都走到港口去。他说船又晚了，村里没有人知道它们为什么还没有从海上回来。",
	"ja": "老人は毎朝港まで歩いて行きました。船がまた遅れていると彼は言いましたが、村の誰もその理由を知りませんでした。",
	"ko": "노인은 매일 아침 항구까지 걸어 내려갔다. 그는 배들이 또 늦는다고 말했지만 마을의 누구도 그 이유를 알지 못했다.",
	"ar": "كان الرجل العجوز ينزل كل صباح إلى الميناء. وكان يقول إن القوارب تأخرت مرة أخرى، ولم يعرف أحد في القرية السبب.",
	"fa": "پیرمرد هر روز صبح به بندر می‌رفت. او می‌گفت که قایق‌ها دوباره دیر کرده‌اند و هیچ‌کس در روستا نمی‌دانست چرا از دریا برنگشته‌اند.",
	"ur": "بوڑھا آدمی ہر صبح بندرگاہ تک جاتا تھا۔ وہ کہتا تھا کہ کشتیاں پھر دیر سے آئیں گی، اور گاؤں میں کوئی نہیں جانتا تھا کہ وہ سمندر سے کیوں نہیں لوٹیں۔",
	"hy": "Ծերունին ամեն առավոտ իջնում էր նավահանգիստ։ Նա ասում էր, որ նավակները նորից ուշանում են, և գյուղում ոչ ոք չգիտեր, թե ինչու։",
	"th": "ชายชราเดินลงไปที่ท่าเรือทุกเช้า เขาบอกว่าเรือมาช้าอีกแล้ว และไม่มีใครในหมู่บ้านรู้ว่าทำไม",
	"hi": "बूढ़ा आदमी हर सुबह बंदरगाह तक जाता था। वह कहता था कि नावें फिर देर से आएँगी।",
	"he": "הזקן ירד בכל בוקר אל הנמל. הוא אמר שהסירות שוב מאחרות, ואיש בכפר לא ידע מדוע לא חזרו מן הים.",
}

func TestDetectLang(t *testing.T) {
	for want, text := range langSamples {
		got, ok := editions.DetectLang(text)
		if !ok || got != language.MustParse(want) {
			t.Errorf("DetectLang(%.30q...) = %v, %v; want %s", text, got, ok, want)
		}
	}
}

func TestDetectLangDecomposedText(t *testing.T) {
	// The same French text with its accents as combining marks (NFD).
	nfd := norm.NFD.String(langSamples["fr"] + " Où était-il ? À côté, près de l'église.")
	if got, ok := editions.DetectLang(nfd); !ok || got != language.French {
		t.Errorf("DetectLang(NFD French) = %v, %v; want fr", got, ok)
	}
}

func TestDetectLangDeclines(t *testing.T) {
	for name, text := range map[string]string{
		"empty":           "",
		"too short":       "Le port.",
		"numbers":         "1917 1918 1919 — 25, 26, 27; 3.14159 2.71828",
		"a list of names": "Antonov-Ovseyenko, Podvoisky, Bonch-Bruyevich, Chudnovsky, Lashevich, Sadovsky, Mekhonoshin.",
		// Finnish and Hungarian are not among the languages it knows.
		"Finnish":   "Vanha mies käveli joka aamu satamaan. Hän sanoi, että veneet olivat taas myöhässä, eikä kukaan kylässä tiennyt miksi.",
		"Hungarian": "Az öreg ember minden reggel lement a kikötőbe. Azt mondta, hogy a hajók megint késnek, és senki sem tudta, miért.",
	} {
		if got, ok := editions.DetectLang(text); ok {
			t.Errorf("%s: DetectLang = %v; want no answer", name, got)
		}
	}
}

// TestDetectLangGutenbergHeader: the English licence header of a Project
// Gutenberg file does not make a French book English.
func TestDetectLangGutenbergHeader(t *testing.T) {
	header := "The Project Gutenberg eBook of Le Port\n\nThis ebook is for the use of anyone anywhere in the " +
		"United States and most other parts of the world at no cost and with almost no restrictions whatsoever. " +
		"You may copy it, give it away or re-use it under the terms of the Project Gutenberg License included " +
		"with this ebook or online at www.gutenberg.org. If you are not located in the United States, you will " +
		"have to check the laws of the country where you are located before using this eBook.\n\n" +
		"*** START OF THE PROJECT GUTENBERG EBOOK LE PORT ***\n\n"
	got, ok := editions.DetectLang(header + langSamples["fr"])
	if !ok || got != language.French {
		t.Errorf("DetectLang = %v, %v; want fr", got, ok)
	}
}

// TestLangOfEvaluationFiles checks every way of finding the language on
// the evaluation texts, whose names begin with their language code.
func TestLangOfEvaluationFiles(t *testing.T) {
	shared := evaldata.Dir(t)
	var files []string
	for _, pattern := range []string{"eval/bible/*.txt", "eval/verne/*.txt", "eval/manifesto/*.md", "seed/*.txt"} {
		m, _ := filepath.Glob(filepath.Join(shared, pattern))
		for _, f := range m {
			if !strings.HasPrefix(filepath.Base(f), "PROVENANCE") {
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		t.Fatalf("no evaluation texts in %s", shared)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(path)
		code, _, _ := strings.Cut(strings.NewReplacer("-", ".").Replace(base), ".")
		if strings.HasPrefix(base, "serge") {
			code = "en"
		}
		want := language.MustParse(code)
		if got, ok := editions.DetectLang(string(data)); !ok || got != want {
			t.Errorf("%s: DetectLang = %v, %v; want %v", base, got, ok, want)
		}
		if got, ok := editions.LangFromName(path); !ok || got != want {
			t.Errorf("%s: LangFromName = %v, %v; want %v", base, got, ok, want)
		}
		got, ok := editions.LangFromMetadata(string(data))
		hasMetadata := strings.HasSuffix(base, ".md") || strings.Contains(base, ".pg")
		switch {
		case hasMetadata && (!ok || got != want):
			t.Errorf("%s: LangFromMetadata = %v, %v; want %v", base, got, ok, want)
		case !hasMetadata && ok:
			t.Errorf("%s: LangFromMetadata = %v; the file states no language", base, got)
		}
	}
}

func BenchmarkDetectLang(b *testing.B) {
	text := strings.Repeat(langSamples["fr"]+" ", 2000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		editions.DetectLang(text)
	}
}

// TestLangFlagTakesBCP47: --lang takes BCP 47 tags with a script or a
// region, and three-letter codes, and segments by the base language.
func TestLangFlagTakesBCP47(t *testing.T) {
	for _, c := range []struct{ flag, text string }{
		{"zh-Hans", "这人名叫以利米勒。他死了。"},
		{"zh-Hant", "這人名叫以利米勒。他死了。"},
		{"ja", "これは本です。あれはペンです。"},
		{"ko-KR", "그가 죽었다. 두 아들이 남았다."},
		{"he", "בראשית ברא אלהים׃ והארץ היתה תהו׃"},
		{"hy", "Սկզբից էր Բանը: Եվ Բանն Աստված էր:"},
		{"el", "Τι λέγεις; Είπεν ο Ιησούς."},
		{"syr", "ܪܫܐ ܕܐܘܢܓܠܝܘܢ ܀ ܐܝܟ ܕܟܬܝܒ ܀"},
	} {
		e, err := editions.Parse("t.txt", []byte("x\n\n"+c.text+"\n"), editions.Options{Lang: c.flag})
		if err != nil {
			t.Fatalf("--lang %s: %v", c.flag, err)
		}
		if e.Lang != language.MustParse(c.flag) || e.LangSource != "flag" {
			t.Errorf("--lang %s: language %v from %s", c.flag, e.Lang, e.LangSource)
		}
		if n := len(e.Sentences); n != 3 {
			t.Errorf("--lang %s: %d sentences, want 3 (a heading and 2)", c.flag, n)
		}
	}
}

// TestLangNameAgainstScript: a file's name that gives a language of a
// script its text has no letter of (ar.en2.txt, an English text) is not
// taken: the language is read from the text, and a warning says so. A
// name that agrees with the script, or one of a Latin-script language,
// is taken as before.
func TestLangNameAgainstScript(t *testing.T) {
	for _, c := range []struct{ name, text, lang, source string }{
		{"ar.en2.txt", langSamples["en"], "en", "detected"},
		{"he.notes.txt", langSamples["fr"], "fr", "detected"},
		{"th.v2.txt", langSamples["ru"], "ru", "detected"},
		{"book.he.txt", langSamples["he"], "he", "filename"},
		{"book.ar.txt", langSamples["ar"], "ar", "filename"},
		{"book.de.txt", langSamples["fr"], "de", "filename"},
	} {
		e, err := editions.Parse(c.name, []byte(c.text+"\n"), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if e.Lang.String() != c.lang || e.LangSource != c.source {
			t.Errorf("%s: language %s from %s, want %s from %s", c.name, e.Lang, e.LangSource, c.lang, c.source)
		}
		if warned := len(e.Warnings) > 0; warned != (c.source == "detected") {
			t.Errorf("%s: warnings %q", c.name, e.Warnings)
		}
	}
}

// A text whose --lang its words or its script contradict is read in the
// language given, and said to be so: files given in another order than
// their languages. A language DetectLang does not know (Catalan, read
// as Spanish) is never contradicted by its guess.
func TestLangFlagDoubt(t *testing.T) {
	fr := "Le gardien du phare monta l'escalier. Il alluma la lampe et regarda la mer. Les bateaux rentraient au port avant la nuit, et les pêcheurs étaient fatigués."
	de := "Der Wärter des Leuchtturms stieg die Treppe hinauf. Er zündete die Lampe an und sah auf das Meer. Die Boote kehrten vor der Nacht in den Hafen zurück, und die Fischer waren müde."
	ca := "El guardià del far va pujar l'escala. Va encendre la llum i va mirar el mar. Les barques tornaven al port abans de la nit, i els pescadors estaven cansats."
	for _, c := range []struct {
		text, lang, want string
	}{
		{fr, "de", "--lang says de, but the text reads as French (fr) by its commonest words"},
		{de, "fr", "--lang says fr, but the text reads as German (de)"},
		{fr, "fr", ""},
		{de, "de-CH", ""},
		{fr, "ja", "--lang says ja, but the text has no letter of that language's script"},
		{ca, "ca", ""},
	} {
		e, err := editions.Parse("phare.txt", []byte(c.text), editions.Options{Lang: c.lang})
		if err != nil {
			t.Fatal(err)
		}
		if e.Lang.String() != c.lang {
			t.Errorf("--lang %s: read as %s", c.lang, e.Lang)
		}
		got := strings.Join(e.Warnings, "\n")
		if c.want == "" && strings.Contains(got, "--lang says") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("--lang %s on %.20q…: warnings %q, want %q", c.lang, c.text, got, c.want)
		}
	}
}
