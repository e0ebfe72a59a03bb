package align

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// greek writes the sentences of e in Greek letters, names included
// (digits kept): a translation in another script, which shares no word
// with its original.
func greek(e *editions.Edition) *editions.Edition {
	var out []string
	for _, s := range e.Sentences {
		out = append(out, strings.Map(func(r rune) rune {
			switch {
			case r >= 'a' && r <= 'z':
				return r - 'a' + 'α'
			case r == 'N':
				return 'Ν'
			}
			return r
		}, s.Text))
	}
	return linesEdition(e.ID+"-el", "el", out)
}

// TestChanceShortPairs: a short translation in another script is not
// taken for chance, and keeps its coverage; the same text against a
// much longer text (a chapter against a novel) is, and loses it.
func TestChanceShortPairs(t *testing.T) {
	a, b, _ := synthetic(120)
	_, other, _ := synthetic(1500)
	real := alignSentences(a, greek(b))
	for _, w := range real.Warnings {
		if w.Kind == Unrelated {
			t.Errorf("a translation in another script found unrelated: %s", w.Message)
		}
	}
	if s := Coverage(real, CoverageOptions{}).Total.Sentences.Share(); s < 0.9 {
		t.Errorf("coverage %.3f of a translation in another script, want at least 0.9", s)
	}
	unrel := alignSentences(a, greek(other))
	if err := unrel.Check(); err != nil {
		t.Fatal(err)
	}
	if len(unrel.Warnings) != 1 || unrel.Warnings[0].Kind != Unrelated {
		t.Fatalf("unrelated texts: warnings %+v, want one, unrelated", unrel.Warnings)
	}
	for _, r := range unrel.Rows {
		if r.Kind == Match {
			t.Fatalf("unrelated texts: a match row %v remains", r.Cells)
		}
	}
	if s := Coverage(unrel, CoverageOptions{}).Total.Sentences.Share(); s > 0.1 {
		t.Errorf("coverage %.3f of an unrelated text, want at most 0.1", s)
	}
}

// TestChanceEvalPairs: pairs of the evaluation data. Real translations,
// in whatever script, are never found unrelated nor drifted
// (chance_drift.go) and keep a coverage of
// 0.9 (the Korean 개역 too, now cut at its final endings, no longer one
// sentence a chapter); unrelated texts are found so, with a coverage
// under 0.1.
func TestChanceEvalPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns some twenty books")
	}
	eval := evaldata.Dir(t, "eval")
	read := func(p string) *editions.Edition { return readPath(t, eval, p) }
	var real [][2]string
	for _, l := range []string{"zh-ChiUns", "zh-ChiUn", "ja-JapKougo", "ko-KorRV", "el-GreVamvas", "vi-Viet"} {
		for _, bk := range []string{"Ruth", "Jonah"} {
			real = append(real, [2]string{"bible/" + l + "." + bk + ".txt", "bible/en-KJV." + bk + ".txt"})
		}
	}
	real = append(real, [2]string{"bible/syr-Peshitta.Mark.txt", "bible/en-KJV.Mark.txt"})
	for _, l := range []string{"fr-FreJND", "de-GerElb1905", "es-SpaRV", "la-VulgClementine"} {
		real = append(real, [2]string{"bible/" + l + ".Gen.txt", "bible/en-KJV.Gen.txt"})
	}
	real = append(real, [2]string{"verne/fr.pg800.txt", "verne/en.pg103.txt"})
	for _, p := range real {
		al := alignSentences(read(p[0]), read(p[1]))
		for _, w := range al.Warnings {
			if w.Kind == Unrelated || w.Drift > 0 {
				t.Errorf("%s against %s: %s", p[0], p[1], w.Message)
			}
		}
		s := Coverage(al, CoverageOptions{}).Total.Sentences.Share()
		if s < 0.9 {
			t.Errorf("%s against %s: coverage %.3f, want at least 0.9", p[0], p[1], s)
		}
	}
	for _, p := range [][2]string{
		{"verne/fr.pg800.txt", "bible/en-KJV.Gen.txt"},
		{"manifesto/de.mew4-mlwerke.md", "verne/en.pg103.txt"},
		{"bible/zh-ChiUns.Ruth.txt", "verne/en.pg103.txt"},
		{"bible/zh-ChiUns.Jonah.txt", "verne/en.pg103.txt"},
		{"bible/ko-KorRV.Ruth.txt", "verne/en.pg103.txt"},
	} {
		al := alignSentences(read(p[0]), read(p[1]))
		if len(al.Warnings) == 0 || al.Warnings[0].Kind != Unrelated {
			t.Errorf("%s against %s: warnings %v, want unrelated", p[0], p[1], al.Warnings)
		}
		if s := Coverage(al, CoverageOptions{}).Total.Sentences.Share(); s >= 0.1 {
			t.Errorf("%s against %s: coverage %.3f, want under 0.1", p[0], p[1], s)
		}
	}
}

// TestChanceShortAgainstLong: a few dozen sentences against a long text
// they are not part of (a chapter of Jonah or Ruth, the opening of the
// Manifesto, against Verne's novel or the book of Genesis) are found
// unrelated, every row unaligned. Making the first pass again with the
// length ratio of what it matched (ratioMisled) for the comparison with
// chance too, for the real pass and the null alike, made every one of
// these undecided, with its rows kept; chance.go weighs the pass made
// with the whole texts' ratio.
func TestChanceShortAgainstLong(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns against a novel and a long book")
	}
	eval := evaldata.Dir(t, "eval")
	read := func(p string) *editions.Edition { return readPath(t, eval, p) }
	for _, long := range []struct {
		path string
		n    int // sentences of the short text
	}{{"verne/en.pg103.txt", 25}, {"bible/en-KJV.Gen.txt", 35}} {
		b := read(long.path)
		for _, p := range []string{"bible/zh-ChiUns.Jonah.txt", "bible/fr-FreJND.Ruth.txt", "bible/de-GerElb1905.Jonah.txt", "manifesto/de.mew4-mlwerke.md"} {
			e := read(p)
			var head []string
			for _, s := range e.Sentences[:long.n] {
				head = append(head, s.Text)
			}
			a := linesEdition("head", e.Lang.String(), head)
			al := alignSentences(a, b)
			if len(al.Warnings) == 0 || al.Warnings[0].Kind != Unrelated {
				t.Errorf("%d sentences of %s against %s: warnings %v, want unrelated", long.n, p, long.path, al.Warnings)
			}
			for _, r := range al.Rows {
				if r.Kind == Match {
					t.Errorf("%d sentences of %s against %s: a match row %v remains", long.n, p, long.path, r.Cells)
					break
				}
			}
		}
	}
}

// TestChanceBibleBooks: two books of the same genre and size, Ruth and
// Jonah, in twelve editions against the King James Version of the same
// book and of the other, both ways (chance_full.go). Every pair of the
// same book is related: no warning, and its coverage kept; every pair
// of different books is not counted as covered (coverage under 0.1,
// with a warning). chanceRelatedShare was set on Ruth as source; Jonah
// as source checks it.
func TestChanceBibleBooks(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns 48 pairs, each against 40 nulls")
	}
	dir := evaldata.Dir(t, "eval", "bible")
	read := func(p string) *editions.Edition { return readPath(t, dir, p) }
	langs := []string{"de-GerBoLut", "de-GerElb1905", "el-GreVamvas", "es-SpaRV", "fr-FreCrampon", "fr-FreJND",
		"ja-JapKougo", "ko-KorRV", "la-VulgClementine", "vi-Viet", "zh-ChiUn", "zh-ChiUns"}
	for _, src := range []string{"Ruth", "Jonah"} {
		for _, tgt := range []string{"Ruth", "Jonah"} {
			for _, l := range langs {
				a, b := read(l+"."+src+".txt"), read("en-KJV."+tgt+".txt")
				al := alignSentences(a, b)
				s := Coverage(al, CoverageOptions{}).Total.Sentences.Share()
				switch {
				case src == tgt && len(al.Warnings) > 0:
					t.Errorf("%s against %s: %s", a.ID, b.ID, al.Warnings[0].Message)
				case src == tgt && s < 0.94:
					t.Errorf("%s against %s: coverage %.3f, want at least 0.94", a.ID, b.ID, s)
				case src != tgt && (len(al.Warnings) == 0 || s >= 0.1):
					t.Errorf("%s against %s: coverage %.3f, warnings %d: want under 0.1, with a warning", a.ID, b.ID, s, len(al.Warnings))
				}
			}
		}
	}
}

// TestChanceMostRemoved: a translation, in another script, that lacks
// the middle 60 % of its original is not found unrelated (the whole
// tests compared every sentence and found such texts so: chance.go,
// chance_full.go). A long one (chance.go's one null) is related, with
// a coverage of about the 40 % of the original that is left, not 0; a
// short one (chance_full.go) may be left undecided, its rows kept.
// Windows of the part left out may be found unrelated: the search
// pairs some of its sentences with what is there.
func TestChanceMostRemoved(t *testing.T) {
	for _, n := range []int{200, 500} {
		a, b, gold := synthetic(n)
		// Whole beads are removed, so that the share left is known:
		// the source sentences of the beads kept.
		var kept []string
		left, lo, hi := 0, len(a.Sentences), 0
		for k, bd := range gold {
			if f := 5 * k / len(gold); f >= 1 && f <= 3 {
				for _, i := range bd.Src {
					lo, hi = min(lo, i), max(hi, i+1)
				}
				continue
			}
			for _, j := range bd.Tgt {
				kept = append(kept, b.Sentences[j].Text)
			}
			if len(bd.Tgt) > 0 {
				left += len(bd.Src)
			}
		}
		want := float64(left) / float64(len(a.Sentences))
		al := alignSentences(a, greek(linesEdition("b", "fr", kept)))
		short := fullTestable(len(a.Sentences), len(kept))
		for _, w := range al.Warnings {
			inGap := w.Sentences[0][0] >= lo && w.Sentences[0][1] <= hi
			if !inGap && (!short || w.Kind == Unrelated) {
				t.Errorf("%d sentences, the middle 60%% removed (%d-%d): %s", n, lo+1, hi, w.Message)
			}
		}
		s := Coverage(al, CoverageOptions{}).Total.Sentences.Share()
		if !short && (s < want-0.1 || s > want+0.1) {
			t.Errorf("%d sentences, the middle 60%% removed: coverage %.3f, want %.3f ± 0.1", n, s, want)
		}
	}
}

// TestChanceShortDense: the first 12 verses of Jonah in the Korean 개역,
// which shares no word with the King James Version, aligned verse for
// verse, are not found unrelated though the test of short texts cannot
// show them better than chance: undecided, their rows kept (a warning,
// not counted as covered).
func TestChanceShortDense(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	first := func(name string, n int) *editions.Edition {
		path := filepath.Join(dir, name+".txt")
		whole := readPath(t, path)
		verses, err := evaldata.ReadVerses(filepath.Join(dir, name+".tsv"))
		if err != nil {
			t.Fatal(err)
		}
		cut, err := evaldata.FirstVerses(verses, whole.Text, n)
		if err != nil {
			t.Fatal(err)
		}
		e, err := editions.Parse(path, []byte(cut), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	al := alignSentences(first("en-KJV.Jonah", 12), first("ko-KorRV.Jonah", 12))
	if len(al.Warnings) != 1 || al.Warnings[0].Kind != Undecided {
		t.Fatalf("warnings %+v, want one undecided", al.Warnings)
	}
	matched := 0
	for _, r := range al.Rows {
		if r.Kind == Match {
			matched++
		}
	}
	if matched < 10 {
		t.Errorf("%d rows matched, want the verses' rows kept", matched)
	}
	if s := Coverage(al, CoverageOptions{}).Total.Sentences.Share(); s != 0 {
		t.Errorf("coverage %.3f, want 0: undecided rows are not counted", s)
	}
}

// TestChanceShort: a source of fewer than chanceMinSentences sentences
// cannot be tested against chance, and says so: a warning of kind
// Undecided with Short, on every row, the scores and the coverage left
// as they are (wholeWarnings). Pins do not multiply it: the stretches
// between them are short by nature, and only a short whole is warned
// about.
func TestChanceShort(t *testing.T) {
	fr := linesEdition("fr", "fr", []string{"Le chat dort.", "Il pleut."})
	de := linesEdition("de", "de", []string{"Mein Vater hat ein Haus gekauft.", "Die Sonne scheint hell."})
	al, _ := Align([]*editions.Edition{fr, de}, Options{})
	if len(al.Warnings) != 1 {
		t.Fatalf("warnings %+v, want one", al.Warnings)
	}
	w := al.Warnings[0]
	if !w.Short || w.Kind != Undecided || w.First != 0 || w.Limit != len(al.Rows) {
		t.Errorf("warning %+v, want short and undecided, on rows 0-%d", w, len(al.Rows))
	}
	if want := "fr and de: too short to test whether they correspond better than chance (2 sentences of fr; 7 are needed): the scores and the coverage assume they do"; w.Message != want {
		t.Errorf("message %q, want %q", w.Message, want)
	}
	rep := Coverage(al, CoverageOptions{})
	if rep.Untrusted() != 0 || rep.Total.Sentences != (Ratio{Covered: 2, Total: 2}) {
		t.Errorf("coverage %+v, %d untrusted: want both sentences counted, as the warning says", rep.Total.Sentences, rep.Untrusted())
	}

	// Pinned, the short whole is warned about once.
	pinned, _ := Align([]*editions.Edition{fr, de}, Options{Pins: beadPins(t, "[0]:[0]")})
	if len(pinned.Warnings) != 1 || !pinned.Warnings[0].Short {
		t.Errorf("pinned: warnings %+v, want one, short", pinned.Warnings)
	}

	// Seven sentences are tested, pinned every third or not.
	a, b, _ := synthetic(7)
	for _, opts := range []Options{{}, {Pins: beadPins(t, "[2]:[2]\n[5]:[5]")}} {
		long, _ := Align([]*editions.Edition{a, b}, opts)
		for _, w := range long.Warnings {
			if w.Short {
				t.Errorf("7 sentences, pins %v: warned %q", opts.Pins != nil, w.Message)
			}
		}
	}
}

// beadPins reads the pins of beads.
func beadPins(t *testing.T, beads string) *Pins {
	t.Helper()
	p, err := ReadPins(strings.NewReader(beads), "pins.beads")
	if err != nil {
		t.Fatal(err)
	}
	return p
}
