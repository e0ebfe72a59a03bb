package align

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// A derivedSentence is a sentence of a second version, made from the
// first: from is the index of the first version's sentence it comes from
// (-1 for a new one), text its text when it differs, moved whether it
// was moved there.
type derivedSentence struct {
	from  int
	text  string
	moved bool
}

// checkVersions reads sentences as the first version and derived as the
// second (both in language lang, a paragraph every per sentences), and
// checks that the comparison finds exactly the edits: each sentence of
// the second version in a row with the one it comes from (Equal, or
// Changed when its text differs), a moved one in a Moved row pointing at
// its origin, new ones Inserted, the first version's sentences used by
// none Deleted, and no other move.
func checkVersions(t *testing.T, lang string, per int, sentences []string, derived []derivedSentence) *Alignment {
	t.Helper()
	join := func(texts []string) string {
		var b strings.Builder
		for k, s := range texts {
			switch {
			case k == 0:
			case k%per == 0:
				b.WriteString("\n\n")
			default:
				b.WriteString(" ")
			}
			b.WriteString(s)
		}
		return b.String()
	}
	var btexts []string
	used := map[int]bool{}
	for _, d := range derived {
		switch {
		case d.text != "":
			btexts = append(btexts, d.text)
		default:
			btexts = append(btexts, sentences[d.from])
		}
		if d.from >= 0 {
			used[d.from] = true
		}
	}
	a := mustParse(t, "a."+lang+".txt", join(sentences))
	b := mustParse(t, "b."+lang+".txt", join(btexts))
	if len(a.Sentences) != len(sentences) || len(b.Sentences) != len(btexts) {
		t.Fatalf("the fixture is cut into %d and %d sentences, not %d and %d", len(a.Sentences), len(b.Sentences), len(sentences), len(btexts))
	}
	al := compareVersions(a, b, VersionOptions{})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	rowA, rowB := make([]int, len(a.Sentences)), make([]int, len(b.Sentences))
	for k, r := range al.Rows {
		for _, i := range r.Cells[0] {
			rowA[i] = k
		}
		for _, j := range r.Cells[1] {
			rowB[j] = k
		}
	}
	moves := 0
	for j, d := range derived {
		r := al.Rows[rowB[j]]
		switch {
		case d.from < 0:
			if r.Kind != Inserted {
				t.Errorf("new sentence %d (%q): %s, want inserted", j, btexts[j], rowSummary(al, r))
			}
		case d.moved:
			moves++
			if r.Kind != Moved || !sameInts(al.Rows[r.Peer].Cells[0], []int{d.from}) {
				t.Errorf("moved sentence %d (%q): %s, want moved from %d", j, btexts[j], rowSummary(al, r), d.from)
			}
		default:
			want := Equal
			if d.text != "" {
				want = Changed
			}
			if r.Kind != want || !sameInts(r.Cells[0], []int{d.from}) || !sameInts(r.Cells[1], []int{j}) {
				t.Errorf("sentence %d (%q): %s, want %s with %d", j, btexts[j], rowSummary(al, r), want, d.from)
			}
		}
	}
	for i := range sentences {
		if r := al.Rows[rowA[i]]; !used[i] && r.Kind != Deleted {
			t.Errorf("dropped sentence %d (%q): %s, want deleted", i, sentences[i], rowSummary(al, r))
		}
	}
	n := 0
	for _, r := range al.Rows {
		if r.Kind == Moved {
			n++
		}
	}
	if n != 2*moves {
		t.Errorf("%d moved rows, want %d (both ends of %d moves)", n, 2*moves, moves)
	}
	return al
}

func sameInts(x, y []int) bool { return fmt.Sprint(x) == fmt.Sprint(y) }

// kept returns derived sentences keeping sentences [lo, hi) as they are.
func kept(lo, hi int) []derivedSentence {
	var out []derivedSentence
	for i := lo; i < hi; i++ {
		out = append(out, derivedSentence{from: i})
	}
	return out
}

// TestCompareRefrain compares two versions of a litany whose every
// invocation is followed by the same response: each response must stay
// with its own invocation, through an invocation reworded, a response
// dropped and an invocation with its response added, and nothing be
// called moved.
func TestCompareRefrain(t *testing.T) {
	invocations := []string{"Holy Mary, Mother of God.", "Holy Virgin of virgins.", "Mother of Christ.", "Mother of divine grace.",
		"Mother most pure.", "Mother most chaste.", "Mother inviolate.", "Mother undefiled.", "Mother most amiable.",
		"Mother most admirable.", "Mother of good counsel.", "Mother of our Creator."}
	var a []string
	for _, s := range invocations {
		a = append(a, s, "Pray for us.")
	}
	// the refrain after the fourth invocation dropped, the second
	// reworded, a new invocation with its refrain after the ninth
	b := kept(0, 2)
	b = append(b, derivedSentence{from: 2, text: "Holy Virgin of all virgins."})
	b = append(b, kept(3, 7)...)
	b = append(b, kept(8, 18)...)
	b = append(b, derivedSentence{from: -1, text: "Mother of our Saviour."}, derivedSentence{from: -1, text: "Pray for us."})
	b = append(b, kept(18, len(a))...)
	checkVersions(t, "en", 6, a, b)
}

// TestCompareConcatenated compares a French text three times over with a
// copy edited in each third — a sentence deleted in the first, a word
// changed in the second, a sentence added in the third — and the first
// two sentences of the second third moved to its end: the copies must
// pair in order, the one real move found, and no other. (One sentence of
// a repeated text, moved alone, is not reported as moved: see
// dropLoneRepeatedMoves and TestCompareRefrain.)
func TestCompareConcatenated(t *testing.T) {
	text := []string{
		"Le comité se réunit au café de la rue Mercière.",
		"Les typographes votèrent la grève à une large majorité.",
		"Le patron fit afficher un avis dans l’atelier.",
		"Personne ne s’attendait à une telle fermeté.",
		"La grève dura trois semaines.",
		"Les familles reçurent des secours de la ville.",
		"Le seize avril, le travail reprit.",
		"Les ouvriers avaient obtenu une hausse des salaires.",
	}
	n := len(text)
	var a []string
	for c := 0; c < 3; c++ {
		a = append(a, text...)
	}
	b := kept(0, 3) // the first third, sentence 3 dropped
	b = append(b, kept(4, n)...)
	b = append(b, kept(n+2, n+4)...) // the second, its first two sentences moved to its end
	b = append(b, derivedSentence{from: n + 4, text: "La grève dura quatre semaines."})
	b = append(b, kept(n+5, 2*n)...)
	b = append(b, derivedSentence{from: n, moved: true}, derivedSentence{from: n + 1, moved: true})
	b = append(b, kept(2*n, 2*n+5)...) // the third, a sentence added
	b = append(b, derivedSentence{from: -1, text: "On en parla longtemps à Lyon."})
	b = append(b, kept(2*n+5, 3*n)...)
	checkVersions(t, "fr", 4, a, b)
}

// TestCompareDoubled compares a German text with the same text twice
// over: the first copy must be equal, the second inserted, not moved.
func TestCompareDoubled(t *testing.T) {
	text := []string{
		"Das Komitee traf sich im Café.",
		"Die Drucker stimmten für den Streik.",
		"Der Streik dauerte drei Wochen.",
		"Am sechzehnten April wurde die Arbeit wieder aufgenommen.",
		"Die Löhne stiegen.",
	}
	b := kept(0, len(text))
	for i := range text {
		b = append(b, derivedSentence{from: -1, text: text[i]})
	}
	checkVersions(t, "de", 5, text, b)
}

// TestCompareOneLineRepeated compares "Amen." on 2,000 lines, a gap too
// long for the whole program and with no rare word to cut it at, with a
// copy edited in four places: four rows other than equal, no move.
func TestCompareOneLineRepeated(t *testing.T) {
	a := make([]string, 2000)
	for i := range a {
		a[i] = "Amen."
	}
	b := kept(0, 300)
	b = append(b, derivedSentence{from: 300, text: "AMEN."})
	b = append(b, kept(301, 800)...)
	b = append(b, kept(801, 1200)...) // 800 dropped
	b = append(b, derivedSentence{from: -1, text: "Alleluia."})
	b = append(b, kept(1200, 1700)...)
	b = append(b, derivedSentence{from: 1700, text: "Amen!"})
	b = append(b, kept(1701, 2000)...)
	al := compareVersionsOf(t, a, b)
	other := 0
	for _, r := range al.Rows {
		if r.Kind != Equal {
			other++
		}
		if r.Kind == Moved {
			t.Errorf("moved row %s", rowSummary(al, r))
		}
	}
	if other != 4 {
		t.Errorf("%d rows other than equal, want 4", other)
	}
}

// TestCompareBlockAmongRepeats adds a block of 150 lines in the middle of
// 3,000 lines alike, with a line changed near each end so that the gap
// spans the block: the block must come out inserted whole, with no line
// of the repeated text deleted or moved to make room for it.
func TestCompareBlockAmongRepeats(t *testing.T) {
	a := make([]string, 3000)
	for i := range a {
		a[i] = "Amen."
	}
	b := kept(0, 100)
	b = append(b, derivedSentence{from: 100, text: "AMEN."})
	b = append(b, kept(101, 1500)...)
	for k := 0; k < 150; k++ {
		b = append(b, derivedSentence{from: -1, text: "Alleluia."})
	}
	b = append(b, kept(1500, 2900)...)
	b = append(b, derivedSentence{from: 2900, text: "Amen!"})
	b = append(b, kept(2901, 3000)...)
	al := compareVersionsOf(t, a, b)
	kinds := map[RowKind]int{}
	for _, r := range al.Rows {
		kinds[r.Kind]++
	}
	if kinds[Inserted] != 150 || kinds[Changed] != 2 || kinds[Deleted] != 0 || kinds[Moved] != 0 {
		t.Errorf("rows %v, want 150 inserted, 2 changed, the rest equal", kinds)
	}
}

// compareVersionsOf compares the versions of a and the derived b, one
// sentence a line: which of many identical lines a diff calls deleted is
// its choice, so only the rows are returned, not checked.
func compareVersionsOf(t testing.TB, a []string, derived []derivedSentence) *Alignment {
	var b []string
	for _, d := range derived {
		if d.text != "" {
			b = append(b, d.text)
		} else {
			b = append(b, a[d.from])
		}
	}
	x := mustParse(t, "a.en.txt", strings.Join(a, "\n"))
	y := mustParse(t, "b.en.txt", strings.Join(b, "\n"))
	if len(x.Sentences) != len(a) || len(y.Sentences) != len(b) {
		t.Fatalf("the fixture is cut into %d and %d sentences, not %d and %d", len(x.Sentences), len(y.Sentences), len(a), len(b))
	}
	al := compareVersions(x, y, VersionOptions{})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	return al
}

// TestComparePsalm136 compares Psalm 136 in the King James Version and
// the American Standard Version, whose every verse ends with a refrain
// and which end their sentences at different verses: every verse must
// be in the row of the same verse of the other version, and nothing be
// called moved.
func TestComparePsalm136(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	var eds []*editions.Edition
	var at []map[string]int
	for _, v := range []string{"en-KJV", "en-ASV"} {
		e, err := editions.Read(filepath.Join(dir, v+".Ps136.txt"), editions.Options{})
		if err != nil {
			t.Fatal(err)
		}
		verses, err := evaldata.ReadVerses(filepath.Join(dir, v+".Ps136.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		starts, err := evaldata.VerseStarts(verses, e.Text)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]int{}
		s := 0
		for k, v := range verses {
			for s+1 < len(e.Sentences) && int(e.Sentences[s].End) <= starts[k] {
				s++
			}
			m[v.Ref] = s
		}
		eds, at = append(eds, e), append(at, m)
	}
	al := compareVersions(eds[0], eds[1], VersionOptions{})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	rowA, rowB := map[int]int{}, map[int]int{}
	for k, r := range al.Rows {
		for _, i := range r.Cells[0] {
			rowA[i] = k
		}
		for _, j := range r.Cells[1] {
			rowB[j] = k
		}
		if r.Kind == Moved {
			t.Errorf("moved row %s", rowSummary(al, r))
		}
	}
	if len(at[0]) != 26 {
		t.Fatalf("%d verses in the KJV, want 26", len(at[0]))
	}
	for ref, i := range at[0] {
		if j, ok := at[1][ref]; !ok || rowA[i] != rowB[j] {
			t.Errorf("%s: KJV sentence %d in row %d, ASV sentence %d in row %d", ref, i, rowA[i], j, rowB[j])
		}
	}
}

// BenchmarkCompareRepeated compares "Amen." on 50,000 lines with a copy
// edited in four places (what bench/versions checks row by row).
func BenchmarkCompareRepeated(b *testing.B) {
	const n = 50000
	a := make([]string, n)
	for i := range a {
		a[i] = "Amen."
	}
	d := kept(0, 10000)
	d = append(d, derivedSentence{from: 10000, text: "AMEN."})
	d = append(d, kept(10001, 20000)...)
	d = append(d, kept(20001, 30001)...)
	d = append(d, derivedSentence{from: -1, text: "Alleluia."})
	d = append(d, kept(30001, 40000)...)
	d = append(d, derivedSentence{from: 40000, text: "Amen!"})
	d = append(d, kept(40001, n)...)
	var y []string
	for _, s := range d {
		if s.text != "" {
			y = append(y, s.text)
		} else {
			y = append(y, a[s.from])
		}
	}
	x, z := mustParse(b, "a.en.txt", strings.Join(a, "\n")), mustParse(b, "b.en.txt", strings.Join(y, "\n"))
	b.SetBytes(int64(len(x.Text) + len(z.Text)))
	b.ReportAllocs()
	for b.Loop() {
		compareVersions(x, z, VersionOptions{})
	}
}
