package align

import (
	"strconv"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// diffString renders ops the way git's --word-diff does: [-deleted-]
// {+inserted+}, with the type of each change after it.
func diffString(ops []Op) string {
	var b strings.Builder
	for i, op := range ops {
		switch op.Kind {
		case OpSame:
			b.WriteString(op.Text)
		case OpDelete:
			b.WriteString("[-" + op.Text + "-]")
		case OpInsert:
			b.WriteString("{+" + op.Text + "+}")
		}
		if op.Kind != OpSame && (i+1 == len(ops) || ops[i+1].Kind == OpSame || ops[i+1].Kind == OpDelete && op.Kind == OpInsert) {
			b.WriteString("<" + string(op.Type) + ">")
		}
	}
	return b.String()
}

func TestWordDiff(t *testing.T) {
	cases := []struct{ a, b, want string }{
		{"On 16 April the management gave way.", "On 6 April the management gave way.",
			"On [-16-]{+6+}<number> April the management gave way."},
		{"shared out, accord-ing to the number", "shared out, according to the number",
			"shared out, [-accord-ing-]{+according+}<hyphenation> to the number"},
		{"‘We had won nothing.’", "“We had won nothing.”",
			"[-‘-]{+“+}<quotes>We had won nothing.[-’-]{+”+}<quotes>"},
		{"The Tsar fell.", "The Czar fell.", "The [-Tsar-]{+Czar+}<spelling> fell."},
		{"They organised the strike.", "They organized the strike.", "They [-organised-]{+organized+}<spelling> the strike."},
		// u and v, i and j, as early printers used them.
		{"said vnto him, I will iudge thee", "said unto him, I will judge thee",
			"said [-vnto-]{+unto+}<spelling> him, I will [-iudge-]{+judge+}<spelling> thee"},
		{"the sonne of Dauid", "the son of David", "the [-sonne-]{+son+}<substitution> of [-Dauid-]{+David+}<spelling>"},
		{"Le comite vota.", "Le comité vota.", "Le [-comite-]{+comité+}<spelling> vota."},
		{"the Red Guard", "the red guard", "the [-Red Guard-]{+red guard+}<case>"},
		// Letters in another form: an old printing's ligatures and long s
		// against a transcription's letters, full-width Latin and
		// half-width katakana against the usual widths. A ligature with
		// its case changed is a change of case; a superscript digit
		// against a digit, and an ellipsis against three full stops, are
		// other characters.
		{"the ﬁrst oﬃce of the ſtate", "the first office of the state",
			"the [-ﬁrst oﬃce-]{+first office+}<letterform> of the [-ſtate-]{+state+}<letterform>"},
		{"Ｔｏｋｙｏ ｶﾞｲﾄﾞ", "Tokyo ガイド", "[-Ｔｏｋｙｏ ｶﾞｲﾄﾞ-]{+Tokyo ガイド+}<letterform>"},
		{"the ﬁrst", "the First", "the [-ﬁrst-]{+First+}<case>"},
		{"x² more", "x2 more", "[-x-]{+x2+}<number>[-²-]<deletion> more"},
		{"and then… he left", "and then... he left", "and then[-…-]{+...+}<punctuation> he left"},
		{"He left, and came back.", "He left and came back.", "He left[-,-]<punctuation> and came back."},
		{"He left  early.", "He left early.", "He left[-  -]{+ +}<space>early."},
		{"The money was shared out.", "The money was quickly shared out.", "The money was {+quickly +}<insertion>shared out."},
		{"The old money was shared out.", "The money was shared out.", "The [-old -]<deletion>money was shared out."},
		{"The workers sent money.", "The printers sent money.", "The [-workers-]{+printers+}<substitution> sent money."},
		{"the old order fell", "a new order fell", "[-the old-]{+a new+}<substitution> order fell"},
		{"In 1917.", "In 1917.", "In 1917."},
		// A month name is a date only with a number beside it: the KJV's
		// "might" is the ASV's "may", a word.
		{"that ye might believe", "that ye may believe", "that ye [-might-]{+may+}<substitution> believe"},
		{"On 16 April they met.", "On 16 May they met.", "On 16 [-April-]{+May+}<number> they met."},
		{"In April 1891 they met.", "In May 1891 they met.", "In [-April-]{+May+}<number> 1891 they met."},
		// Month names of every language dates know (anchors.IsMonth).
		{"Στις 25 Οκτωβρίου έφυγε.", "Στις 25 Νοεμβρίου έφυγε.", "Στις 25 [-Οκτωβρίου-]{+Νοεμβρίου+}<number> έφυγε."},
		{"Dnia 25 października wyjechał.", "Dnia 25 listopada wyjechał.", "Dnia 25 [-października-]{+listopada+}<number> wyjechał."},
		// The same characters in other code points (NFD against NFC) are
		// no difference; the word changed beside them is.
		{"Le comit\u0065\u0301 vota la gr\u0065\u0300ve.", "Le comité vota la grève.",
			"Le [-comit\u0065\u0301-]{+comité+}<form> vota la [-gr\u0065\u0300ve-]{+grève+}<form>."},
		{"Le comit\u0065\u0301 refusa.", "Le comité vota.", "Le [-comit\u0065\u0301 refusa-]{+comité vota+}<substitution>."},
		// Emphasis marks are formatting, whatever the convention; a note
		// marker beside a word does not make its change a substitution.
		{"a *holy* alliance", "a _holy_ alliance", "a [-*holy*-]{+_holy_+}<markup> alliance"},
		{"Socialism **and** Communism", "Socialism and Communism", "Socialism [-**and**-]{+and+}<markup> Communism"},
		{"I. Bourgeois and Proletarians[^1]", "I. BOURGEOIS AND PROLETARIANS", "I. [-Bourgeois and Proletarians-]{+BOURGEOIS AND PROLETARIANS+}<case>[-[^1]-]<deletion>"},
		{"I. Bourgeois and Proletarians[^1]", "I. BOURGEOIS AND PROLETARIANS[1]", "I. [-Bourgeois and Proletarians-]{+BOURGEOIS AND PROLETARIANS+}<case>[-[^1]-]{+[1]+}<markup>"},
		{"the history of society[^2] is", "the history of society[2] is", "the history of society[-[^2]-]{+[2]+}<markup> is"},
		{"the modern *bourgeois* society", "the modern society", "the modern [-*bourgeois* -]<deletion>society"},
		// Chinese and Japanese have no spaces to cut words at: a token is
		// a character, so that a number or a word changed is shown, not
		// the sentence replaced whole.
		{"人口は約1400万人です！", "人口は約1500万人です！", "人口は約[-1400-]{+1500+}<number>万人です！"},
		{"他去了北京。", "他去了上海。", "他去了[-北京-]{+上海+}<substitution>。"},
		{"東京タワーは高い。", "東京スカイツリーは高い。", "東京[-タワー-]{+スカイツリー+}<substitution>は高い。"},
		// Numbers in Chinese numerals are numbers: both sides numerals,
		// or one side beside a numeral; 一 replaced by a word is a word.
		{"他有三个孩子。", "他有四个孩子。", "他有[-三-]{+四+}<number>个孩子。"},
		{"我们在二十年前认识。", "我们在三十年前认识。", "我们在[-二-]{+三+}<number>十年前认识。"},
		{"那是一九四八年的事。", "那是一九四九年的事。", "那是一九四[-八-]{+九+}<number>年的事。"},
		{"彼は二十歳だった。", "彼は二十五歳だった。", "彼は二十{+五+}<number>歳だった。"},
		{"一人で来た。", "この人で来た。", "[-一-]{+この+}<substitution>人で来た。"},
		// Ethiopic numerals are numbers too.
		{"ከተማዋ በ፲፱፻፹፯ ተመሠረተች።", "ከተማዋ በ፲፱፻፹፰ ተመሠረተች።", "ከተማዋ [-በ፲፱፻፹፯-]{+በ፲፱፻፹፰+}<number> ተመሠረተች።"},
		// Vowel points, and the tatweel of justified Arabic, are spelling.
		{"בְּרֵאשִׁית בָּרָא", "בראשית ברא", "[-בְּרֵאשִׁית בָּרָא-]{+בראשית ברא+}<spelling>"},
		{"ذهب الولد إلى المدرسة.", "ذهـــب الولد إلى المدرسـة.", "[-ذهب-]{+ذهـــب+}<spelling> الولد إلى [-المدرسة-]{+المدرسـة+}<spelling>."},
		// A lone asterisk is text, not emphasis.
		{"He met 2 * 3 people.", "He met 2 x 3 people.", "He met 2 [-*-]{+x+}<insertion> 3 people."},
	}
	for _, c := range cases {
		ops := WordDiff(c.a, c.b)
		if got := diffString(ops); got != c.want {
			t.Errorf("WordDiff(%q, %q)\n got %s\nwant %s", c.a, c.b, got, c.want)
		}
		checkReconstructs(t, c.a, c.b, ops)
	}
}

// checkReconstructs asserts that the ops give both texts back exactly and
// never cut a word in two.
func checkReconstructs(t *testing.T, a, b string, ops []Op) {
	t.Helper()
	var ga, gb strings.Builder
	for _, op := range ops {
		if op.Kind != OpInsert {
			ga.WriteString(op.Text)
		}
		if op.Kind != OpDelete {
			gb.WriteString(op.Text)
		}
	}
	if ga.String() != a || gb.String() != b {
		t.Fatalf("ops %v do not reconstruct\n%q\n%q", ops, a, b)
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add("On 16 April the management gave way.", "On 6 April the management gave way.")
	f.Add("accord-ing to", "according to")
	f.Add("« Que faire ? »", "« Que faire ? » dit-il")
	f.Add("the ﬁrst oﬃce of the ſtate", "the first office of the state")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkReconstructs(t, a, b, WordDiff(a, b))
	})
}

func BenchmarkWordDiff(b *testing.B) {
	x := "The strike lasted twenty-three days. On 16 April the management granted a rise of 0.50 francs a day and the ten-hour day."
	y := "The strike lasted twenty three days. On 6 April, the management granted a rise of 50 centimes a day and the ten-hour day."
	for b.Loop() {
		WordDiff(x, y)
	}
}

// longSentence returns a sentence of n words drawn from a vocabulary of
// 5,000, and a copy with every fiftieth word changed, as a revised edition
// of a paragraph with no full stop would be. The words are w0…w4999, with
// the changed ones spelt anew (x…) so that each change is a substitution.
func longSentence(n int) (a, b string, changed int) {
	wa, wb := make([]string, n), make([]string, n)
	x := uint32(1)
	for i := range wa {
		x = x*1664525 + 1013904223
		wa[i] = "w" + strconv.Itoa(int(x>>8)%5000)
		wb[i] = wa[i]
		if i%50 == 25 {
			wb[i] = "x" + strconv.Itoa(i)
			changed++
		}
	}
	return strings.Join(wa, " ") + ".", strings.Join(wb, " ") + ".", changed
}

// A sentence past maxDiffTokens is diffed in pieces cut at its unique
// words: the diff still gives both texts back, and finds each changed word
// as a change of its own, not the sentence replaced whole. So too when
// the sentence holds a word of 100 KB, whose tokens' ends cannot be kept
// as 2-byte offsets from a base every 256 tokens (cutTokens).
func TestWordDiffLongSentence(t *testing.T) {
	a, b, changed := longSentence(20000)
	long := strings.Repeat("y", 100_000)
	for _, c := range []struct{ name, a, b string }{
		{"words", a, b},
		{"a long word", long + " " + a, long + " " + b},
	} {
		ops := WordDiff(c.a, c.b)
		checkReconstructs(t, c.a, c.b, ops)
		deletes := 0
		for _, op := range ops {
			if op.Kind == OpDelete {
				deletes++
				if strings.Count(op.Text, " ") > 0 {
					t.Fatalf("%s: a change of more than one word: %q", c.name, op.Text)
				}
			}
		}
		if deletes != changed {
			t.Errorf("%s: %d changes found, want %d", c.name, deletes, changed)
		}
	}
}

// cutTokens cuts a text as tokenize does, its tokens' ends packed or not.
func TestCutTokens(t *testing.T) {
	a, _, _ := longSentence(2000)
	for _, s := range []string{a, a + " " + strings.Repeat("é", 40_000) + " " + a, "[^1] *a* b"} {
		spans := editions.MarkupSpans(s)
		want := tokenize(s, spans)
		seq := cutTokens[int32](s, spans)
		if seq.n != len(want) {
			t.Fatalf("%d tokens, want %d", seq.n, len(want))
		}
		for k, w := range want {
			if seq.tok(k) != w {
				t.Fatalf("token %d: %q, want %q", k, trimTo(seq.tok(k), 20), trimTo(w, 20))
			}
		}
	}
}

// BenchmarkWordDiffLong diffs two versions of a sentence of 100,000 words
// (about 600 KB), which went through go-diff whole before the diff was cut
// at unique words: minutes then, well under a second now.
func BenchmarkWordDiffLong(b *testing.B) {
	x, y, _ := longSentence(100000)
	for b.Loop() {
		WordDiff(x, y)
	}
}

// A change of hundreds of kilobytes (a long sentence replaced whole) is
// typed as a short one is, though typeOf compares long texts a piece at
// a time (sameUnder): the kinds of change each test looks for, with
// accented letters, curly quotes and hyphens astride the pieces' bounds.
func TestTypeOfLongChange(t *testing.T) {
	var sb strings.Builder
	for k := 0; sb.Len() < 5*sameChunk; k++ {
		// "é" is two bytes: the words' bounds fall at every offset.
		sb.WriteString("l'été, to-day w" + strings.Repeat("é", k%7) + "b ")
	}
	long := sb.String()
	for _, c := range []struct {
		name   string
		change func(string) string
		want   DiffType
	}{
		{"space", func(s string) string { return strings.ReplaceAll(s, "y w", "yw") }, SpaceDiff},
		{"case", strings.ToUpper, CaseDiff},
		{"letterform", func(s string) string { return strings.ReplaceAll(s, "to-day", "ｔo-day") }, LetterformDiff},
		{"quotes", func(s string) string { return strings.ReplaceAll(s, "'", "’") }, QuotesDiff},
		{"hyphenation", func(s string) string { return strings.ReplaceAll(s, "to-day", "today") }, HyphenationDiff},
		{"punctuation", func(s string) string { return strings.ReplaceAll(s, ",", "") }, PunctuationDiff},
		{"number", func(s string) string { return s + " 12" }, NumberDiff},
		{"words", func(s string) string { return strings.ReplaceAll(s, "été", "hiver") }, SubstitutionDiff},
	} {
		// The same change in a short text, compared whole, is of the
		// same type.
		for _, text := range []string{long, long[:60]} {
			if got := typeOf(text, c.change(text), false); got != c.want {
				t.Errorf("%s: %d bytes typed %s, want %s", c.name, len(text), got, c.want)
			}
		}
	}
}

// sameUnder, which maps long texts a piece at a time, says what mapping
// them whole says, wherever the pieces' bounds fall.
func TestSameUnderPieces(t *testing.T) {
	base := strings.Repeat("Ab é’ß-", sameChunk/3)
	fs := map[string]func(string) string{
		"fold":   caseFold,
		"forms":  letterforms,
		"quotes": foldQuotes,
		"spaces": func(s string) string { return squeeze(s, isSpaceRune) },
	}
	for name, f := range fs {
		for _, y := range []string{base, strings.ToLower(base), strings.ToUpper(base), base[:len(base)-1], base + "x",
			strings.Replace(base, "ß", "ss", 1), strings.ReplaceAll(base, "’", "'"), strings.ReplaceAll(base, " ", "")} {
			for _, x := range []string{base, base[1:], strings.ToUpper(base)} {
				same, n := sameUnder(x, y, f)
				fx := f(x)
				if want := fx == f(y); same != want || same && n != len(fx) {
					t.Errorf("%s: sameUnder = %v, %d; whole: %v, %d", name, same, n, want, len(fx))
				}
			}
		}
	}
}
