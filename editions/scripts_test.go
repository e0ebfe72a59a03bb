package editions

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// koreanStory is Korean written as the 개역 Bible is, without sentence
// punctuation: its sentences end with the final endings -다, -라, -냐
// and -지라; direct speech after -되 ("said:") and up to the 하다 that
// closes it ("하니라", "he said") is part of the sentence that says it,
// and clauses end with connective endings (-고, -며, -니, -요): neither
// cuts. 한 "one" opens a sentence like any word.
var koreanStory = []string{
	"옛날에 한 마을에 가난한 농부가 살았더라",
	"그는 아침마다 밭에 나가서 일하고 저녁이면 집으로 돌아왔더라",
	"하루는 그의 아내가 그에게 이르되 어찌하여 그리 늦게 오느냐",
	"농부가 대답하되 밭이 넓고 일이 많으니 어찌할 수 없노라",
	"그 해에 비가 많이 내려 곡식이 잘 자란지라",
	"한 노인이 그에게 이르되 내일 아침에 성문 앞에 모이라 하니라",
	"마을 사람들이 다 모여서 함께 기뻐하며 잔치를 열었더라",
	"그 아들의 이름은 철수요 딸의 이름은 영희라",
}

// TestKoreanWithoutPunctuation: a long Korean paragraph without a full
// stop is cut after its final endings, one unit per sentence, and the
// adverb 다 ("all") and the connective -요 do not end one.
func TestKoreanWithoutPunctuation(t *testing.T) {
	var want []string
	for len(strings.Join(want, " ")) < 3*maxUnpunctuated {
		want = append(want, koreanStory...)
	}
	text := strings.Join(want, " ")
	got := split("ko", text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}
	checkCover(t, text, splitSentences(text, rulesFor(language.Korean)))
	// Short, it is cut the same; but a line that ends with no final
	// ending stays whole.
	short := strings.Join(koreanStory[:2], " ")
	if got := split("ko", short); len(got) != 2 {
		t.Errorf("a short paragraph without punctuation was cut in %d: %q", len(got), got)
	}
	verse := "하늘을 우러러 한 점 부끄럼이 없기를 잎새에 이는 바람에도"
	if got := split("ko", verse); len(got) != 1 {
		t.Errorf("a line of verse was cut: %q", got)
	}
}

// TestKoreanGenesis: Genesis 1:1–3 in the 개역 (1961), read whole: a unit
// for each of the first two verses, whose final endings -니라 end them
// (the next begins 하나님 "God", which is no 하다 closing a quotation);
// the third is one with God's words, and ends on a connective, -고, as
// the verse does.
func TestKoreanGenesis(t *testing.T) {
	want := []string{
		"태초에 하나님이 천지를 창조하시니라",
		"땅이 혼돈하고 공허하며 흑암이 깊음 위에 있고 하나님의 신은 수면에 운행하시니라",
		"하나님이 가라사대 빛이 있으라 하시매 빛이 있었고",
	}
	text := strings.Join(want, " ")
	if diff := cmp.Diff(want, split("ko", text)); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}
}

// TestUnpunctuatedClausesThenLines: a long paragraph without sentence
// marks in a language without rules for it is cut at its clause marks,
// and where a piece has none, at its lines.
func TestUnpunctuatedClausesThenLines(t *testing.T) {
	clause := strings.Repeat("and the waters covered the earth and the mountains ", 8) + "and the valleys"
	n := maxUnpunctuated/len("the wind passed over the earth\n") + 5
	lines := strings.Repeat("the wind passed over the earth\n", n-1) + "the waters fell"
	text := clause + ", " + clause + "; " + lines
	got := split("en", text)
	if len(got) != 2+n {
		t.Fatalf("%d units, want 2 clauses and %d lines: %q", len(got), n, got)
	}
	if got[0] != clause+"," || got[1] != clause+";" || got[2] != "the wind passed over the earth" {
		t.Errorf("units start %q", got[:3])
	}
	checkCover(t, text, splitSentences(text, rulesFor(language.English)))
}

// TestShortCaselessParagraphs: a short paragraph in a script without
// case is not taken for a heading in capitals, and is split into its
// sentences; a heading in capitals still is one.
func TestShortCaselessParagraphs(t *testing.T) {
	for _, c := range []struct{ name, lang, para string }{
		{"t.zh.txt", "zh", "这人名叫以利米勒。他死了。"},
		{"t.ja.txt", "ja", "ナオミの夫エリメレクは死んだ。ふたりの子が残された。"},
		{"t.he.txt", "he", "הזקן ירד אל הנמל. הסירות לא חזרו."},
		{"t.ar.txt", "ar", "ذهب الرجل إلى الميناء. لم تعد القوارب."},
		{"t.ko.txt", "ko", "그가 죽었다. 두 아들이 남았다."},
	} {
		e := parse(t, c.name, "CHAPTER ONE\n\n"+c.para+"\n", Options{Lang: c.lang})
		if diff := cmp.Diff([]string{"heading", "text"}, kinds(e)); diff != "" {
			t.Errorf("%s: paragraph kinds (-want +got):\n%s", c.lang, diff)
		}
		if len(e.Sentences) != 3 {
			t.Errorf("%s: %d sentences, want the heading and 2", c.lang, len(e.Sentences))
		}
	}
	if !isAllCaps("ΚΕΦΑΛΑΙΟΝ ΠΡΩΤΟΝ") || !isAllCaps("ГЛАВА ПЕРВАЯ") || isAllCaps("第一章 ABC 以利米勒") {
		t.Error("isAllCaps: Greek and Cyrillic capitals are capitals, Han letters are not")
	}
}

// TestWarnUncut: text without a sentence mark that nothing cuts below
// maxUnpunctuated characters — prose whose full stops and commas were
// lost, a Thai chapter without a space, Arabic without a mark — is
// said to be so in a warning of the edition, with the count, the longest
// and its line (in a structured format, its number); a long sentence
// that ends in a full stop, Korean cut at its final endings, verse cut
// at its lines and presegmented input are not warned about.
func TestWarnUncut(t *testing.T) {
	words := func(ws string, chars int) string {
		f := strings.Fields(ws)
		var b strings.Builder
		for i := 0; b.Len() < chars; i++ {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(f[i%len(f)])
		}
		return b.String()
	}
	en := words("the river ran past the mill and the men who worked there saw it rise", 2*maxUnpunctuated)
	thai := strings.Repeat("แม่น้ำไหลผ่านโรงสี", maxUnpunctuated/10)
	ar := words("جرى النهر قرب الطاحونة ورآه الرجال الذين يعملون هناك", 3*maxUnpunctuated)
	for _, c := range []struct {
		name, text, lang string
		opts             Options
		want             string // a part of the warning; "" for none
	}{
		{"lost.en.txt", "A title\n\n" + en + "\n", "en", Options{}, "1 sentence is text of more than 800 characters with no sentence mark, and no clause mark or line break to cut it at (the longest, " + strconv.Itoa(len([]rune(en))) + " characters, at line 3)"},
		{"two.en.txt", en + "\n\n" + en + " and more\n", "en", Options{}, "2 sentences are text"},
		{"chapter.th.txt", "บทที่หนึ่ง\n\n" + thai + "\n", "th", Options{}, "(the longest, " + strconv.Itoa(len([]rune(thai))) + " characters, at line 3)"},
		{"lost.ar.txt", ar + "\n", "ar", Options{}, "1 sentence is text"},
		{"lost.en.html", "<html><body><p>A title.</p><p>" + en + "</p></body></html>", "en", Options{}, "characters, at sentence 1)"},
		{"long.en.txt", en + ".\n", "en", Options{}, ""},
		{"story.ko.txt", strings.Repeat(strings.Join(koreanStory, " ")+" ", 3) + "\n", "ko", Options{}, ""},
		{"verse.en.txt", strings.Repeat("the wind passed over the earth\n", maxUnpunctuated/20), "en", Options{}, ""},
		{"lines.en.txt", en + "\n", "en", Options{Presegmented: true}, ""},
	} {
		c.opts.Lang = c.lang
		e := parse(t, c.name, c.text, c.opts)
		var got string
		for _, w := range e.Warnings {
			if strings.Contains(w, "no sentence mark") {
				got = w
			}
		}
		switch {
		case c.want == "" && got != "":
			t.Errorf("%s: warned %q", c.name, got)
		case c.want != "" && !strings.Contains(got, c.want):
			t.Errorf("%s: warning %q, want one with %q", c.name, got, c.want)
		}
	}
}

// TestGeorgianSentences: Georgian sentences begin with no capital (its
// Mkhedruli letters are lowercase to Unicode), and still end at their
// full stops; an abbreviation (ე.ი., "that is") does not end one.
func TestGeorgianSentences(t *testing.T) {
	want := []string{
		"ქართული ენა ძველია, ე.ი. მას დიდი ისტორია აქვს.",
		"ის კავკასიაში გავრცელდა!",
		"რატომ?",
		"იმიტომ, რომ „ასე მოხდა.“",
		"დასასრული.",
	}
	text := strings.Join(want, " ")
	if diff := cmp.Diff(want, split("ka", text)); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	checkCover(t, text, splitSentences(text, rulesFor(language.Georgian)))
}
