package align

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/editions"
)

// TestResolveWithoutLanguage: two editions in one known language are
// versions, in two languages a translation; where a language is not
// known (und: too little text to tell), versions are what shares a fifth
// of its sentences word for word. Before, und was taken for English (the
// guess of x/text's Base), and a French text and an English one, both
// too short for their language to be found, were compared as versions:
// every sentence deleted and inserted, none paired.
func TestResolveWithoutLanguage(t *testing.T) {
	fr := []string{"Il pleuvait sur la ville.", "Nous sommes restés à la maison.", "Le soir, le ciel s'est éclairci.", "Alors nous sommes sortis."}
	en := []string{"It was raining on the town.", "We stayed at home.", "In the evening the sky cleared.", "Then we went out."}
	enEdited := []string{"It was raining on the town.", "We stayed at home all day.", "In the evening the sky cleared.", "Then we went for a walk."}
	ed := func(name, lang string, sents []string) *editions.Edition {
		e := lines(t, name, "en", sents)
		e.Lang = language.Make(lang)
		return e
	}
	for _, c := range []struct {
		a, b *editions.Edition
		want Mode
	}{
		{ed("fr", "und", fr), ed("en", "und", en), TranslationMode},
		{ed("fr", "fr", fr), ed("en", "und", en), TranslationMode},
		{ed("en", "und", en), ed("en2", "und", enEdited), VersionsMode}, // 2 of 4 shared
		{ed("en", "und", en), ed("en2", "en", enEdited), VersionsMode},
		{ed("en", "en", en), ed("en2", "en-GB", enEdited), VersionsMode},
		{ed("fr", "fr", fr), ed("en", "en", en), TranslationMode},
	} {
		if got := AutoMode.Resolve(c.a, c.b); got != c.want {
			t.Errorf("%s (%s) and %s (%s): %s, want %s", c.a.ID, c.a.Lang, c.b.ID, c.b.Lang, got, c.want)
		}
	}
	if got := TranslationMode.Resolve(ed("en", "en", en), ed("en2", "en", enEdited)); got != TranslationMode {
		t.Errorf("a mode given is kept: %s", got)
	}
	al, _ := Align([]*editions.Edition{ed("fr", "und", fr), ed("en", "und", en)}, Options{})
	matched := 0
	for _, r := range al.Rows {
		if r.Kind == Match {
			matched++
		}
	}
	if matched != len(fr) {
		t.Errorf("French and English of no known language: %d rows paired, want %d", matched, len(fr))
	}
}
