package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// A version fixture: two printings of one text in one language, the
// second leaving out a paragraph, adding a sentence and changing a
// date, and what the coverage check must find: exactly those.
type versionFixture struct {
	name, lang string
	a, b       string
	omitted    []string // the sentences of the left-out paragraph
	added      string   // the sentence the second version adds
	dateA      string   // the date as the first version writes it
	dateB      string   // and as the second
}

var versionFixtures = []versionFixture{
	{
		name: "English", lang: "en",
		a: `# The Journey

On 3 May 1902 the caravan left Timbuktu with 40 camels. The guide, Ahmed Diallo, knew every well of the desert. Nobody knew how long the crossing would last.

After twelve days the water ran short. Three camels died of thirst in a single night. Diallo then decided to march by night, when the heat fell at last.

On 21 May the palms of the oasis came into sight. The men wept for joy at the sight of the water. The leader of the caravan promised 500 francs to the guide.

# The Return

The return was easier than the outward journey. The caravan came back on 2 July, with 36 camels and a heavy load of salt.
`,
		b: `# The Journey

On 3 May 1902 the caravan left Timbuktu with 40 camels. The guide, Ahmed Diallo, knew every well of the desert. Nobody knew how long the crossing would last.

On 21 May the palms of the oasis came into sight. The men wept for joy at the sight of the water. The leader of the caravan promised 500 francs to the guide.

# The Return

The return was easier than the outward journey. The salt merchants of Taoudenni had sent word ahead of them. The caravan came back on 12 July, with 36 camels and a heavy load of salt.
`,
		omitted: []string{"After twelve days the water ran short.", "Three camels died of thirst in a single night.", "Diallo then decided to march by night, when the heat fell at last."},
		added:   "The salt merchants of Taoudenni had sent word ahead of them.",
		dateA:   "2 July", dateB: "12 July",
	},
	{
		name: "Russian", lang: "ru",
		a: `# Путешествие

Третьего дня караван вышел из Тимбукту с сорока верблюдами. Проводник Ахмед Диалло знал каждый колодец пустыни. Никто не знал, сколько продлится переход.

Через двенадцать дней кончилась вода. Три верблюда умерли от жажды в одну ночь. Тогда Диалло решил идти ночью, когда жара наконец спадала.

Вскоре показались пальмы оазиса. Люди плакали от радости при виде воды. Начальник каравана обещал проводнику пятьсот франков.

# Возвращение

Обратный путь оказался легче. Караван вернулся 2 июля с тридцатью шестью верблюдами и тяжёлым грузом соли.
`,
		b: `# Путешествие

Третьего дня караван вышел из Тимбукту с сорока верблюдами. Проводник Ахмед Диалло знал каждый колодец пустыни. Никто не знал, сколько продлится переход.

Вскоре показались пальмы оазиса. Люди плакали от радости при виде воды. Начальник каравана обещал проводнику пятьсот франков.

# Возвращение

Обратный путь оказался легче. Торговцы солью из Таодени заранее послали весть о нём. Караван вернулся 12 июля с тридцатью шестью верблюдами и тяжёлым грузом соли.
`,
		omitted: []string{"Через двенадцать дней кончилась вода.", "Три верблюда умерли от жажды в одну ночь.", "Тогда Диалло решил идти ночью, когда жара наконец спадала."},
		added:   "Торговцы солью из Таодени заранее послали весть о нём.",
		dateA:   "2 июля", dateB: "12 июля",
	},
	{
		name: "Chinese", lang: "zh",
		a: `# 旅程

商队带着四十头骆驼离开了廷巴克图。向导艾哈迈德熟悉沙漠里的每一口井。没有人知道穿越沙漠要多久。

十二天后水喝完了。一夜之间有三头骆驼渴死了。于是向导决定夜里赶路，那时暑气终于退了。

终于看见了绿洲的棕榈树。人们看见水，高兴得哭了起来。商队首领答应给向导五百法郎。

# 归途

回程比去程容易。商队于1902年7月2日回来，带着三十六头骆驼和一大批盐。
`,
		b: `# 旅程

商队带着四十头骆驼离开了廷巴克图。向导艾哈迈德熟悉沙漠里的每一口井。没有人知道穿越沙漠要多久。

终于看见了绿洲的棕榈树。人们看见水，高兴得哭了起来。商队首领答应给向导五百法郎。

# 归途

回程比去程容易。陶代尼的盐商早已派人送来了消息。商队于1902年7月12日回来，带着三十六头骆驼和一大批盐。
`,
		omitted: []string{"十二天后水喝完了。", "一夜之间有三头骆驼渴死了。", "于是向导决定夜里赶路，那时暑气终于退了。"},
		added:   "陶代尼的盐商早已派人送来了消息。",
		dateA:   "7月2日", dateB: "7月12日",
	},
}

func parseLang(t *testing.T, name, lang, text string) *editions.Edition {
	t.Helper()
	e, err := editions.Parse(name, []byte(text), editions.Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestCoverageOfVersions: two printings of one text in one language,
// aligned as Align's auto mode decides (as synoptic coverage does), are
// compared as versions, and the report finds exactly the paragraph left
// out, the sentence added and the date changed, each sure; every other
// sentence counts as covered.
func TestCoverageOfVersions(t *testing.T) {
	for _, fx := range versionFixtures {
		t.Run(fx.name, func(t *testing.T) {
			a, b := parseLang(t, "a.md", fx.lang, fx.a), parseLang(t, "b.md", fx.lang, fx.b)
			al, _ := Align([]*editions.Edition{a, b}, Options{Mode: AutoMode})
			if !al.OfVersions() {
				t.Fatal("two editions in one language were not compared as versions")
			}
			r := Coverage(al, CoverageOptions{})

			if len(r.Omissions) != 1 {
				t.Fatalf("%d omissions %v, want the one paragraph", len(r.Omissions), findingTexts(r.Omissions))
			}
			// The omission's text is the paragraph as the edition writes
			// it: its sentences after a space, or none in Chinese.
			om, want := r.Omissions[0], ""
			for _, line := range strings.Split(fx.a, "\n") {
				if strings.HasPrefix(line, fx.omitted[0]) {
					want = line
				}
			}
			if om.Kind != Omitted || om.Text != want {
				t.Errorf("omission %s %q, want omitted %q", om.Kind, om.Text, want)
			}
			if om.Confidence < 0.8 {
				t.Errorf("omission confidence %.2f, want 0.8 or more: a whole paragraph is gone", om.Confidence)
			}
			if len(r.Additions) != 1 || r.Additions[0].Text != fx.added || r.Additions[0].Kind != Added {
				t.Errorf("additions %v, want only %q", findingTexts(r.Additions), fx.added)
			}
			if len(r.Mismatches) != 1 {
				t.Fatalf("mismatches %+v, want only the date", r.Mismatches)
			}
			m := r.Mismatches[0]
			if m.Kind != DateMismatch || m.SourceValue != fx.dateA || m.TargetValue != fx.dateB {
				t.Errorf("mismatch %s %q → %q, want date %q → %q", m.Kind, m.SourceValue, m.TargetValue, fx.dateA, fx.dateB)
			}
			if got := a.Text[m.SourceStart:m.SourceEnd]; got != fx.dateA {
				t.Errorf("the date's offsets in the first version give %q", got)
			}
			if got, want := r.Total.Sentences, (Ratio{len(a.Sentences) - len(fx.omitted), len(a.Sentences)}); got != want {
				t.Errorf("sentences covered %+v, want %+v", got, want)
			}
			if got := r.Total.Paragraphs; got.Covered != got.Total-1 {
				t.Errorf("paragraphs covered %+v, want all but one", got)
			}
			// The report is read from the rows compare shows: its one
			// omission is their one run of deleted rows.
			var deleted []int
			for _, row := range al.Rows {
				if row.Kind == Deleted {
					deleted = append(deleted, row.Cells[0]...)
				}
			}
			if !slices.Equal(deleted, om.Sentences) {
				t.Errorf("deleted rows hold sentences %v, the omission %v", deleted, om.Sentences)
			}
		})
	}
}

// TestCoverageOfVersionsTranslationUnchanged: the same two texts aligned
// as a translation (--mode translation) are read as before, Match rows
// only: the reading of versions does not leak into translations.
func TestCoverageOfVersionsTranslationUnchanged(t *testing.T) {
	fx := versionFixtures[0]
	a, b := parseLang(t, "a.md", fx.lang, fx.a), parseLang(t, "b.md", fx.lang, fx.b)
	al, _ := Align([]*editions.Edition{a, b}, Options{Mode: TranslationMode})
	if al.OfVersions() {
		t.Fatal("an alignment as a translation reads as versions")
	}
	for _, row := range al.Rows {
		if row.Kind != Match && row.Kind != Deleted && row.Kind != Inserted {
			t.Fatalf("a translation's row of kind %s", row.Kind)
		}
	}
	r := Coverage(al, CoverageOptions{})
	if got := r.Total.Sentences; got.Covered != got.Total-len(fx.omitted) {
		t.Errorf("as a translation: %d of %d sentences covered, want all but the paragraph's %d", got.Covered, got.Total, len(fx.omitted))
	}
}

// TestCoverageOfVersionsMove: a paragraph moved between two printings is
// in both, only elsewhere: covered, and neither an omission nor an
// addition; a number changed in the moved text is still a mismatch,
// found between the move's two ends.
func TestCoverageOfVersionsMove(t *testing.T) {
	a := parseLang(t, "a.txt", "en", `The strike began on a Monday morning in March.

The workers of Saint-Étienne sent 1,500 francs, those of Grenoble 340. The money was shared out among the families, according to the number of their children.

The management refused to receive the delegates. A notice on the door announced that the works were closed until further notice.

On the fortieth day the management gave way.
`)
	b := parseLang(t, "b.txt", "en", `The strike began on a Monday morning in March.

The management refused to receive the delegates. A notice on the door announced that the works were closed until further notice.

The workers of Saint-Étienne sent 1,500 francs, those of Grenoble 440. The money was shared out among the families, according to the number of their children.

On the fortieth day the management gave way.
`)
	al, _ := Align([]*editions.Edition{a, b}, Options{Mode: AutoMode})
	moved := 0
	for _, row := range al.Rows {
		if row.Kind == Moved {
			moved++
		}
	}
	if moved == 0 {
		t.Fatalf("no move found; rows %+v", al.Rows)
	}
	r := Coverage(al, CoverageOptions{})
	if len(r.Omissions) != 0 || len(r.Additions) != 0 {
		t.Errorf("a moved paragraph reported: omissions %v, additions %v", findingTexts(r.Omissions), findingTexts(r.Additions))
	}
	if got := r.Total.Sentences; got.Covered != got.Total {
		t.Errorf("sentences covered %+v, want all", got)
	}
	if len(r.Mismatches) != 1 || r.Mismatches[0].Kind != NumberMismatch || r.Mismatches[0].SourceValue != "340" || r.Mismatches[0].TargetValue != "440" {
		t.Errorf("mismatches %+v, want the number 340 → 440 of the moved sentence", r.Mismatches)
	}
}

// lastFinding returns the last finding of fs that is reports true of, or nil.
func lastFinding(fs []Finding, is func(Finding) bool) *Finding {
	var found *Finding
	for k, f := range fs {
		if is(f) {
			found = &fs[k]
		}
	}
	return found
}

func findingTexts(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Kind)+": "+f.Text)
	}
	return out
}
