package align

import (
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// TestFeatureWordsCJK: text without spaces gives overlapping pairs of
// characters, so that a two-character name or word is among them; other
// text gives its words.
func TestFeatureWordsCJK(t *testing.T) {
	for in, want := range map[string]string{
		"约拿却起来":      "约拿 拿却 却起 起来",
		"他 Jonah 说":  "他 jonah 说",
		"ヨナは主の前を離れて": "ヨナ ナは は主 主の の前 前を を離 離れ れて",
		"Expédition": "expedition",
	} {
		if got := strings.Join(featureWords(in), " "); got != want {
			t.Errorf("featureWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCrossScriptNames: between English and Japanese a name in katakana
// and the English name are one feature, by anchors.CrossKey; between two
// Latin-script editions names keep NameKey's finer key, so that "Vera"
// and "Berra" stay apart.
func TestCrossScriptNames(t *testing.T) {
	shared := func(a, b string, la, lb string) bool {
		ea := paras("a", la, a)
		eb := paras("b", lb, b)
		p := defaultParams()
		sa, sb, v := newSides(ea, eb, p)
		var bufA, bufB []fcount
		for _, fa := range sa.feats.at(0, &bufA) {
			for _, fb := range sb.feats.at(0, &bufB) {
				if fa.id == fb.id && v.class[fa.id] == fName {
					return true
				}
			}
		}
		return false
	}
	if !shared("And Elimelech Naomi’s husband died.", "ナオミの夫エリメレクは死んだ。", "en", "ja") {
		t.Error("Elimelech and エリメレク share no name feature")
	}
	if !shared("And Naomi said.", "Και είπεν η Ναωμί.", "en", "el") {
		t.Error("Naomi and Ναωμί share no name feature")
	}
	// Hangul has no capitals: every word is a candidate name, keyed
	// without its particle (나오미의 "Naomi's", 엘리멜렉이 subject).
	if !shared("And Elimelech Naomi’s husband died.", "나오미의 남편 엘리멜렉이 죽고", "en", "ko") {
		t.Error("Elimelech and 엘리멜렉이 share no name feature")
	}
	if shared("And Elimelech Naomi’s husband died.", "그가 죽고 두 아들이 남았으며", "en", "ko") {
		t.Error("a Korean sentence without names shares a name feature with Elimelech and Naomi")
	}
	if shared("Vera came.", "Berra vint.", "en", "fr") {
		t.Error("Vera and Berra share a name feature between two Latin editions")
	}
}

// keeper is a short story in English and in Chinese, Japanese and
// Korean translations written for this test, a sentence each: the
// Chinese takes about a third of the English's characters, the
// Japanese and Korean about half.
var keeper = map[string][]string{
	"en": {
		"The old lighthouse keeper lived alone on the rocky island for thirty years.",
		"Every evening he climbed the one hundred and twelve steps to light the lamp.",
		"Ships passing in the night saw its beam and knew where the reef lay.",
		"In the winter of the great storm, the supply boat could not reach him for six weeks.",
		"He survived on dried fish, rainwater and the letters his daughter had sent him.",
		"When the boat finally came, he was standing on the pier, waving his cap.",
	},
	"zh": {
		"那位老灯塔看守人在这座岩石小岛上独自生活了三十年。",
		"每天傍晚，他都要爬上一百一十二级台阶去点亮灯。",
		"夜里经过的船只看到它的光束，就知道暗礁在哪里。",
		"在大风暴的那个冬天，补给船六个星期都无法到达他那里。",
		"他靠鱼干、雨水和女儿寄来的信活了下来。",
		"当船终于到来时，他正站在码头上挥舞着帽子。",
	},
	"ja": {
		"年老いた灯台守は、岩だらけの島で三十年間ひとりで暮らしていた。",
		"毎晩、彼は百十二段の階段を上って灯りをともした。",
		"夜に通り過ぎる船はその光を見て、暗礁の場所を知った。",
		"大嵐の冬、補給船は六週間も彼のもとにたどり着けなかった。",
		"彼は干し魚と雨水、そして娘が送ってくれた手紙で生き延びた。",
		"ようやく船が来たとき、彼は桟橋に立って帽子を振っていた。",
	},
	"ko": {
		"늙은 등대지기는 바위투성이 섬에서 삼십 년 동안 혼자 살았다.",
		"매일 저녁 그는 백십이 개의 계단을 올라 등불을 켰다.",
		"밤에 지나가는 배들은 그 불빛을 보고 암초가 어디 있는지 알았다.",
		"큰 폭풍이 불던 겨울, 보급선은 여섯 주 동안 그에게 닿지 못했다.",
		"그는 말린 생선과 빗물, 그리고 딸이 보내 준 편지로 버텼다.",
		"마침내 배가 왔을 때 그는 부두에 서서 모자를 흔들고 있었다.",
	},
}

// TestShortTextAcrossScripts: a page in Chinese, Japanese or Korean
// against its English original, too short for the length ratio to be
// measured, is aligned sentence for sentence, either way round. With a
// prior ratio of 1 for every pair of languages (before densities) the
// Chinese and Japanese sentences looked a third to a half as long as
// they should and were merged in twos.
func TestShortTextAcrossScripts(t *testing.T) {
	en := strings.Join(keeper["en"], " | ")
	for _, lang := range []string{"zh", "ja", "ko"} {
		other := strings.Join(keeper[lang], " | ")
		for _, pair := range [][2]string{{"en", lang}, {lang, "en"}} {
			text := map[string]string{"en": en, lang: other}
			al, _ := Align([]*editions.Edition{paras("a", pair[0], text[pair[0]]), paras("b", pair[1], text[pair[1]])}, Options{Mode: TranslationMode})
			var got []string
			for _, b := range al.Beads() {
				got = append(got, b.String())
			}
			want := []string{"[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]", "[5]:[5]"}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s → %s: beads %v, want one to one", pair[0], pair[1], got)
			}
		}
	}
}
