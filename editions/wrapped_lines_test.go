package editions

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWrappedEastAsian: Chinese and Japanese prose hard-wrapped at a
// line width of some twenty characters (as converters from print and
// older e-texts wrap it) reads as the same paragraphs and sentences as
// unwrapped, with no space where a line broke inside a word; Korean,
// whose words are spaced, wrapped at its spaces, keeps them.
func TestWrappedEastAsian(t *testing.T) {
	for _, c := range []struct {
		name, lang string
		paras      []string
	}{
		{"zh", "zh", []string{
			"港务长的一年",
			"一八八七年春天，新的港务长带着两只箱子、一个气压计和海军部的一封信来到小镇。他四十一岁，在大西洋的电缆船上服务了二十年。渔民们在码头上看着他，什么也没有说。",
			"他做的第一件事是在低潮时测量港池的深度。海图上写着十二英尺，他只量到九英尺，当天晚上就给省城写了信。",
		}},
		{"ja", "ja", []string{
			"港長の一年",
			"一八八七年の春、新しい港長は二つのトランクと気圧計と海軍省の手紙を持って町に着いた。彼は四十一歳で、大西洋のケーブル船に二十年勤めていた。漁師たちは岸壁から彼を眺め、何も言わなかった。",
			"最初の仕事は、干潮時に港の深さを測ることだった。海図には十二フィートとあったが、九フィートしかなかった。",
		}},
		{"ko", "ko", []string{
			"항만장의 한 해",
			"1887년 봄, 새 항만장은 트렁크 두 개와 기압계, 해군성의 편지 한 통을 들고 마을에 도착했다. 그는 마흔한 살이었고 대서양의 케이블선에서 이십 년을 일했다. 어부들은 부두에서 그를 바라보며 아무 말도 하지 않았다.",
			"그의 첫 일은 썰물 때 항구의 깊이를 재는 것이었다. 해도에는 십이 피트라고 되어 있었지만 구 피트밖에 되지 않았다.",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			clean := strings.Join(c.paras, "\n\n") + "\n"
			var wrapped []string
			for _, p := range c.paras {
				wrapped = append(wrapped, strings.Join(wrapEastAsian(p, 20), "\n"))
			}
			want := parse(t, c.name+".txt", clean, Options{Lang: c.lang})
			got := parse(t, c.name+"-wrapped.txt", strings.Join(wrapped, "\n\n")+"\n", Options{Lang: c.lang})
			if ws, gs := strings.Join(sentenceTexts(want), "\n"), strings.Join(sentenceTexts(got), "\n"); ws != gs {
				t.Errorf("wrapped at 20 characters, the sentences are\n%s\nwant\n%s", gs, ws)
			}
			if len(got.Paragraphs) != len(c.paras) {
				t.Errorf("%d paragraphs, want %d", len(got.Paragraphs), len(c.paras))
			}
		})
	}
}

// wrapEastAsian cuts p into lines of at most n characters: at spaces
// where it has them, anywhere else.
func wrapEastAsian(p string, n int) []string {
	var lines []string
	if strings.Contains(p, " ") {
		line := ""
		for _, w := range strings.Fields(p) {
			if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > n {
				lines, line = append(lines, line), ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		return append(lines, line)
	}
	r := []rune(p)
	for len(r) > n {
		lines, r = append(lines, string(r[:n])), r[n:]
	}
	return append(lines, string(r))
}

// TestWrappedMarkerAndDash: wrapping that sets a note marker or a spaced
// dash at the start of a line leaves the paragraph, its sentences and its
// note as they are unwrapped: "[1]" opens a note only once a marker used
// its label, and "–" a list item only after a sentence's end.
func TestWrappedMarkerAndDash(t *testing.T) {
	clean := "The majority voted for the insurrection and fixed the date for the fifteenth of October. [1] Let us insist on one point in this connection, which the masses felt so strongly that they spoke of it daily – without which no action is possible – and go on to the rest.\n\n" +
		"Then the committee met again.\n\n[1] Minutes of the Central Committee, 10 October 1917.\n"
	wrapped := "The majority voted for the insurrection and fixed the\ndate for the fifteenth of October.\n[1] Let us insist on one point in this connection, which\nthe masses felt so strongly that they spoke of it daily\n– without which no action is possible – and go on to\nthe rest.\n\n" +
		"Then the committee met again.\n\n[1] Minutes of the Central Committee, 10 October 1917.\n"
	want := parse(t, "clean.txt", clean, Options{Lang: "en"})
	got := parse(t, "wrapped.txt", wrapped, Options{Lang: "en"})
	if ws, gs := strings.Join(sentenceTexts(want), "\n"), strings.Join(sentenceTexts(got), "\n"); ws != gs {
		t.Errorf("wrapped, the sentences are\n%s\nwant\n%s", gs, ws)
	}
	if len(got.Paragraphs) != len(want.Paragraphs) || len(got.Notes) != 1 || len(got.Markers) != 1 || got.Markers[0].Note != 0 {
		t.Errorf("wrapped: %d paragraphs (want %d), %d notes, markers %+v: want the one marker linked to the one note", len(got.Paragraphs), len(want.Paragraphs), len(got.Notes), got.Markers)
	}
}

// TestWrappedChineseWide: Chinese wrapped at 55 characters a line (110
// columns: pdftotext of a page set in large type) is still wrapped prose
// (longLine counts characters), not a paragraph to a line.
func TestWrappedChineseWide(t *testing.T) {
	clean := pagesFixture(t, "zh.txt")
	var wrapped []string
	for _, p := range strings.Split(strings.TrimSpace(string(clean)), "\n\n") {
		wrapped = append(wrapped, strings.Join(wrapEastAsian(p, 55), "\n"))
	}
	want := parse(t, "zh.txt", string(clean), Options{})
	got := parse(t, "zh-wrapped.txt", strings.Join(wrapped, "\n\n")+"\n", Options{})
	if ws, gs := strings.Join(sentenceTexts(want), "\n"), strings.Join(sentenceTexts(got), "\n"); ws != gs {
		t.Errorf("wrapped at 55 characters, the sentences are\n%s\nwant\n%s", gs, ws)
	}
}

// TestWrappedWide: prose wrapped at 105 characters (pdftotext of a page
// in 10-point type) is wrapped prose, though many of its lines are
// longer than longLine: they are as alike as a wrap makes them.
func TestWrappedWide(t *testing.T) {
	clean := pagesFixture(t, "en.txt")
	body := strings.Repeat(strings.TrimSpace(string(clean))+"\n\n", 3)
	none := func(int) string { return "" }
	want := parse(t, "en.txt", body, Options{})
	got := parse(t, "en-wrapped.txt", printed(body, 105, 100000, none, none), Options{})
	sameSentences(t, want, got)
	if len(got.Paragraphs) != len(want.Paragraphs) {
		t.Errorf("%d paragraphs, want %d", len(got.Paragraphs), len(want.Paragraphs))
	}
}

// TestHangingIndent: an entry of a table set in the text whose second
// line hangs under its first, further in, reads as one sentence of the
// table, not as a heading (the first line, short) and a paragraph of
// its own (Verne's itinerary in the Gutenberg French; a Russian one
// likewise); lines centred one under another, each further in as it is
// shorter, stay lines of their own (the same book's poster).
func TestHangingIndent(t *testing.T) {
	prose := "--En effet, messieurs, ajouta John Sullivan, quatre-vingts jours, depuis\nque la section entre Rothal et Allahabad a été ouverte sur le\n«Great-Indian peninsular railway», et voici le calcul établi par le\n_Morning Chronicle_:\n\n"
	for _, c := range []struct {
		name, lang, text string
		joined           string
		apart            []string
	}{
		{"fr", "fr", prose +
			"  De Londres à Suez par le Mont-Cenis\n     et Brindisi, railways et paquebots:          7 jours.\n  De Suez à Bombay, paquebot:                    13 jours.\n                           Total:                80 jours.\n\n" +
			"Cette affiche était ainsi libellée en anglais:\n\n        TROUPE JAPONAISE ACROBATIQUE\n                    DE\n        L'HONORABLE WILLIAM BATULCAR\n",
			"De Londres à Suez par le Mont-Cenis et Brindisi, railways et paquebots: 7 jours.",
			[]string{"TROUPE JAPONAISE ACROBATIQUE", "DE", "L'HONORABLE WILLIAM BATULCAR"}},
		{"ru", "ru", "Вот расчёт, который напечатала газета, и он верен до последнего дня,\nесли только в пути не случится ничего непредвиденного и суда\nпридут вовремя:\n\n" +
			"  Из Москвы в Казань по железной дороге\n     и далее пароходом:                 3 дня.\n  Из Казани в Пермь, пароходом:          4 дня.\n",
			"Из Москвы в Казань по железной дороге и далее пароходом: 3 дня.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := parse(t, "itinerary.txt", c.text, Options{Lang: c.lang})
			got := sentenceTexts(e)
			k := slices.Index(got, c.joined)
			if k < 0 {
				t.Fatalf("sentences:\n%s\nwant among them %q", strings.Join(got, "\n"), c.joined)
			}
			if p := e.Paragraphs[e.Sentences[k].Paragraph]; p.Kind == Heading || p.First == int32(k) && p.Limit == int32(k+1) {
				t.Errorf("%q is a paragraph of kind %v on its own, want a line of the table", c.joined, p.Kind)
			}
			for _, s := range c.apart {
				k := slices.Index(got, s)
				if k < 0 {
					t.Fatalf("sentences:\n%s\nwant among them %q", strings.Join(got, "\n"), s)
				}
				if p := e.Paragraphs[e.Sentences[k].Paragraph]; p.First != int32(k) || p.Limit != int32(k+1) {
					t.Errorf("centred line %q shares its paragraph (sentences %d-%d)", s, p.First, p.Limit-1)
				}
			}
		})
	}
}
