package anchors

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// TestDigitSets: a number is read by its value in every decimal digit
// set, so that an Arabic, Persian, Hindi, Thai or full-width 1917 meets
// the English one.
func TestDigitSets(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"ar", "وفي عام ١٩١٧ سقط القصر.", "1917"},
		{"fa", "در سال ۱۹۱۷ کاخ سقوط کرد.", "1917"},
		{"hi", "१९१७ में महल गिर गया।", "1917"},
		{"bn", "১৯১৭ সালে প্রাসাদের পতন হয়।", "1917"},
		{"th", "พระราชวังล่มสลายในปี ๑๙๑๗", "1917"},
		{"ja", "１９１７年に宮殿は陥落した。", "1917"},
		{"ar", "بلغ عدد السكان ١٩٩٬٣٣٧ نسمة وشرب ٣٫٥ لتر.", "199337 3.5"},
		// The Persian decimal slash, in Persian digits or in Persian
		// text; two slashes make a date, whose month is no number.
		{"fa", "نرخ تورم ۲/۵ درصد بود.", "2.5"},
		{"fa", "نرخ تورم 2/5 درصد بود.", "2.5"},
		{"ar", "أعلنت في ١٥/٥/١٩٤٨ و٢/٣ الأرض.", "15 1948 2 3"},
		{"fa", "در ۱۳۲۷/۲/۲۶ آمد.", "1327 26"},
		// India's grouping in lakhs and crores, in any digits.
		{"hi", "भारत की जनसंख्या १,४०,००,००० है। दिल्ली में 2,50,000 लोग हैं।", "14000000 250000"},
		{"en", "It cost Rs 12,50,000.50, not 125,000 or 1,250,000.", "1250000.5 125000 1250000"},
		{"my", "၁၉၁၇ ခုနှစ်", "1917"},
		// Ethiopic numerals, which are no decimal digits: 19 hundreds
		// and 17; 120; 250; ten thousand and five.
		{"am", "በ፲፱፻፲፯ ዓ.ም. ፻፳ ሰዎች ፪፻፶ በጎች ፼፭ ብር።", "1917 120 250 10005"},
		// Digits of two sets in one run (ASCII then Arabic-Indic) are
		// one number, as they were before ASCII runs were read apart.
		{"en", "In 19١٧ and 1918, 2٠.", "1917 1918 20"},
	} {
		if got := keys(tc.text, tc.lang, Number); got != tc.want {
			t.Errorf("%s %q: numbers %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
	// Superscript digits are note markers, not numbers of any set.
	if got := keys("As shown² here.", "en", Number); got != "" {
		t.Errorf("superscript read as a number: %q", got)
	}
}

// TestCJKNumerals: numbers written in Chinese characters, as Chinese and
// Japanese write them, by value; a lone numeral that is a word is not.
func TestCJKNumerals(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"zh", "一九一七年，冬宫陷落。", "1917"},
		{"zh", "他们在那里住了约有十年。", "10"},
		{"zh", "二十五个士兵走了。", "25"},
		{"zh", "尼尼微城里有十二万多人。", "120000"},
		{"zh", "他活了一百零五岁。", "105"},
		{"zh", "三百人。", "300"},
		{"zh", "二〇二〇年", "2020"},
		{"zh", "萬物都是藉著他造的。", ""},               // 萬物 "all things"
		{"zh", "他上了一只船。", ""},                  // 一 is "a"
		{"ja", "第三章 ヨナは三日三夜、魚の腹の中にいた。", "3 3"}, // 第三 an ordinal; 三日 three days; 三夜 a word
		{"ja", "四十日を経たらニネベは滅びる。", "40"},
		{"zh", "壹仟贰佰元", "1200"},
		// One numeral before the word that counts with it: 三个 three,
		// 两天 two days, 四人 four; 一个 is "a", 百姓 "the people".
		{"zh", "他有三个孩子，住了两天。", "3 2"},
		{"ja", "四人の子供と三つの部屋。", "4 3"},
		{"zh", "一个人和百姓。", ""},
	} {
		if got := keys(tc.text, tc.lang, Number); got != tc.want {
			t.Errorf("%s %q: numbers %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestCJKDates: dates with 月 and 日 (월 and 일 in Korean), in digits or
// numerals, meet "25 October"; the month is no number, as October is
// none.
func TestCJKDates(t *testing.T) {
	for _, tc := range []struct{ lang, text, date, nums string }{
		{"zh", "1917年10月25日，冬宫陷落。", "--10-25", "1917 25"},
		{"ja", "一九一七年十月二十五日に宮殿は陥落した。", "--10-25", "1917 25"},
		{"zh", "十月二十五日", "--10-25", "25"},
		{"ko", "1917년 10월 25일 궁전이 함락되었다.", "--10-25", "1917 25"},
		{"ja", "三月に桜が咲く。", "--03", ""},
		{"zh", "十三月", "", "13"}, // no thirteenth month
	} {
		if got := keys(tc.text, tc.lang, Date); got != tc.date {
			t.Errorf("%s %q: dates %q, want %q", tc.lang, tc.text, got, tc.date)
		}
		if got := keys(tc.text, tc.lang, Number); got != tc.nums {
			t.Errorf("%s %q: numbers %q, want %q", tc.lang, tc.text, got, tc.nums)
		}
	}
	en := keys("On 25 October 1917 the palace fell.", "en", Date)
	if zh := keys("1917年10月25日，冬宫陷落。", "zh", Date); zh != en {
		t.Errorf("Chinese date %q does not meet the English %q", zh, en)
	}
}

// TestNamesAcrossScripts: a name written in another script, found as a
// name there (katakana in Japanese; a capital in Greek, Cyrillic,
// Armenian), has the key of the English name, NameKey's between scripts
// with the same consonants, CrossKey's where romanisations differ in
// them.
func TestNamesAcrossScripts(t *testing.T) {
	for _, tc := range []struct {
		en    string
		other []string
	}{
		{"Naomi", []string{"ナオミ", "なおみ", "나오미", "Ναωμί", "נָעֳמִי", "Նոեմի"}},
		{"Ruth", []string{"ルツ", "룻", "Ρουθ"}},
		{"Moab", []string{"モアブ", "Μωάβ"}},
		{"Boaz", []string{"ボアズ", "보아스"}},
		{"Elimelech", []string{"エリメレク", "엘리멜렉", "Ελιμέλεχ"}},
		{"Bethlehem", []string{"ベツレヘム", "베들레헴", "Βηθλεέμ", "بيت لحم"}},
		{"Jonah", []string{"ヨナ", "요나"}},
		{"Nineveh", []string{"ニネベ"}},
		{"Joppa", []string{"ヨッパ"}},
		{"Israel", []string{"Израиль", "Ισραήλ", "Իսրայէլ"}},
		{"William", []string{"ウィリアム"}},
	} {
		want := CrossKey(NameKey(tc.en))
		for _, w := range tc.other {
			if got := CrossKey(NameKey(w)); got != want {
				t.Errorf("CrossKey(NameKey(%q)) = %q, want %q as %s", w, got, want, tc.en)
			}
		}
	}
	if a, b := CrossKey(NameKey("Naomi")), CrossKey(NameKey("Boaz")); a == b {
		t.Errorf("Naomi and Boaz share key %q", a)
	}
	// Katakana runs in Japanese text are names; hiragana particles and
	// kanji around them are not.
	ja := "その人の名はエリメレク、妻の名はナオミといった。"
	if got := keys(ja, "ja", Name); got != NameKey("エリメレク")+" "+NameKey("ナオミ") {
		t.Errorf("names of %q: %q", ja, got)
	}
	for _, a := range Extract(ja, language.Japanese) {
		if a.Kind == Name && !strings.ContainsRune("エナ", []rune(ja[a.Start:a.End])[0]) {
			t.Errorf("name span %q", ja[a.Start:a.End])
		}
	}
	// A single kana is no name (ヶ, a counter; the ー of a long vowel).
	if got := keys("三ヶ月", "ja", Name); got != "" {
		t.Errorf("names %q", got)
	}
}

// TestHangulNamesInRunningText: in Korean, which has no capitals, every
// word of two syllables or more is a candidate name, keyed with and
// without the particle on its end, so that a name in running text meets
// its English form; a word of one syllable is none.
func TestHangulNamesInRunningText(t *testing.T) {
	for _, tc := range []struct{ sentence, word, en string }{
		// Genesis 22:1, 개역 and KJV: "God did tempt Abraham".
		{"하나님이 아브라함을 시험하시려고", "아브라함을", "Abraham"},
		{"다윗이 골리앗을 이기니라", "다윗이", "David"},
		{"다윗이 골리앗을 이기니라", "골리앗을", "Goliath"},
		{"모세가 백성에게 이르되", "모세가", "Moses"},
		{"그들이 예루살렘에서 돌아오니라", "예루살렘에서", "Jerusalem"},
		{"이스라엘의 하나님 여호와께", "이스라엘의", "Israel"},
		{"여호와의 말씀이 요나에게 임하니라", "요나에게", "Jonah"},
		{"그 사람의 이름은 엘리멜렉이요", "엘리멜렉이요", "Elimelech"},
		{"보아스께서 룻에게 말하기를", "보아스께서", "Boaz"},
		{"룻이 나오미와 함께 베들레헴에 이르니라", "나오미와", "Naomi"},
		{"룻이 나오미와 함께 베들레헴에 이르니라", "베들레헴에", "Bethlehem"},
		{"룻이 나오미와 함께 베들레헴에 이르니라", "룻이", "Ruth"},
	} {
		want := CrossKey(NameKey(tc.en))
		start := strings.Index(tc.sentence, tc.word)
		found := false
		for _, a := range Extract(tc.sentence, language.Korean) {
			if a.Kind != Name || a.Start != start {
				continue
			}
			if !a.Candidate {
				t.Errorf("%q in %q: a name, not a candidate", tc.word, tc.sentence)
			}
			found = found || CrossKey(a.Key) == want
		}
		if !found {
			t.Errorf("%q in %q: no key %q (%s)", tc.word, tc.sentence, want, tc.en)
		}
	}
	// One syllable: 그 "that", 내 "my", 땅 "land" are no names, nor is 룻
	// without its particle (its forms with one are).
	for _, w := range []string{"그", "내", "땅", "룻"} {
		if got := keys(w, "ko", Name); got != "" {
			t.Errorf("%q: name keys %q", w, got)
		}
	}
	// A stack of two particles comes off whole: 요나에게 is keyed as 요나.
	if got := keys("요나에게", "ko", Name); !strings.Contains(got, NameKey("요나")) {
		t.Errorf("요나에게: keys %q, want %q among them", got, NameKey("요나"))
	}
}

// TestRomanisations: the two standard romanisations, as their tables
// give them.
func TestRomanisations(t *testing.T) {
	for in, want := range map[string]string{
		"ナオミ": "naomi", "ティ": "ti", "ファ": "fa", "シャ": "sha", "キョウ": "kyou",
		"ジョン": "jon", "チャーチル": "chachiru", "ヨッパ": "yoppa", "マッチ": "matchi",
		"ウィリアム": "wiriamu", "ヴァ": "va", "ツ": "tsu", "ふじさん": "fujisan",
	} {
		if got := hepburn(in); got != want {
			t.Errorf("hepburn(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"나오미": "naomi", "룻": "rut", "모압": "moap", "엘리멜렉": "ellimellek",
		"서울": "seoul", "부산": "busan", "한국": "hanguk",
	} {
		if got := revised(in); got != want {
			t.Errorf("revised(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzExtract: whatever the text and language, anchors lie within the
// text, in order, and keys are well formed: numbers in ASCII digits (a
// year of another calendar after its era, "AM5708"), name keys in
// lower-case ASCII.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Am 25. Oktober 1917 sprach Trotzki [3].",
		"1917年10月25日，冬宫陷落。", "一九一七年十月二十五日", "第三章",
		"وفي عام ١٩١٧ سقط القصر، ١٬٥٠٠ و ٣٫٥", "१९१७ में", "๑๙๑๗", "１９１７",
		"その人の名はエリメレク、妻の名はナオミ", "나오미가 룻에게 10월 25일", "Ναωμί Νωεμίν",
		"보아스께서는 요나에게서 이 가 을 에게 이니라 아브라함이니라",
		"Եւ ել Յիսուս յԵրուսաղէմ զՂ յ զ յԵ Ե Ղղ ՈՒ Ու",
		"一一千万亿万", "十十十", "〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇",
		"ונעמי שבה משדה מואב עם רות אל בית לחם", "וַיֹּאמֶר אַבְרָהָם אֶל־אֶסְתֵּר", "وكان إبراهيم وإسحاق ويعقوب في مصر",
		"ܘܐܡܪ ܝܫܘܥ ܠܫܡܥܘܢ", "ו ב ال ل و ܘ ܕ", "ללללל ببببب", "ـ ـــ بيت ـ", "בית ־ בית־לחם",
		"פרק ה׳ י״ב בה׳תש״ח בט״ו בשבט ת״ת׳ ״א״ ב\"ה ה'ת\"ש \"׳״", "1375 هـ / 1956 م 0 ه ١٤٤٥هـ", "พ.ศ. 2491 ปี 2400 พ.ศ.0",
	} {
		f.Add(s, "ja")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			return
		}
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.Und
		}
		as := Extract(text, tag)
		for i, a := range as {
			if a.Start < 0 || a.End > len(text) || a.Start >= a.End {
				t.Fatalf("anchor %+v outside %q", a, text)
			}
			if i > 0 && a.Start < as[i-1].Start {
				t.Fatalf("anchors out of order: %+v", as)
			}
			switch a.Kind {
			case Number:
				if _, era := taggedYear(a.Key); !era && strings.Trim(a.Key, "0123456789.") != "" || a.Key == "" {
					t.Fatalf("number key %q of %q", a.Key, text)
				}
			case Name:
				if strings.Trim(a.Key, "abcdefghijklmnopqrstuvwxyz") != "" {
					t.Fatalf("name key %q of %q", a.Key, text)
				}
			}
		}
	})
}
