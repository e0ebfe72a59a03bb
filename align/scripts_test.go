package align

import (
	"strings"
	"testing"
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
