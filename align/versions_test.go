package align

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// readSample reads a file of the sample the command embeds, in
// cmd/synoptic/sample (it cannot move: go:embed reads only below its
// package).
func readSample(t testing.TB, name string) *editions.Edition {
	t.Helper()
	return readPath(t, "..", "cmd", "synoptic", "sample", name)
}

// readPath reads the edition at the path joined from parts, with the
// default options, or fails the test.
func readPath(t testing.TB, parts ...string) *editions.Edition {
	t.Helper()
	e, err := editions.Read(filepath.Join(parts...), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// rowSummary describes a row as "kind a-cells b-cells types".
func rowSummary(a *Alignment, r Row) string {
	s := fmt.Sprintf("%s %v %v", r.Kind, r.Cells[0], r.Cells[1])
	if r.Kind == Moved {
		s += fmt.Sprintf(" ↔%v", a.Rows[r.Peer].Cells)
	}
	seen := map[DiffType]bool{}
	for _, op := range r.DiffOps(0, 1) {
		if op.Kind != OpSame && !seen[op.Type] {
			seen[op.Type] = true
			s += " " + string(op.Type)
		}
	}
	return s
}

// TestCompareSampleEditions compares the two bundled English editions,
// whose differences were made by hand: every one must be found, typed,
// and nothing else reported.
func TestCompareSampleEditions(t *testing.T) {
	a, b := readSample(t, "greve.1972.en.txt"), readSample(t, "greve.2016.en.txt")
	al := compareVersions(a, b, VersionOptions{})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range al.Rows {
		if r.Kind != Equal {
			got = append(got, rowSummary(al, r))
		}
	}
	want := []string{
		"deleted [4] []",            // M. Martel had a notice posted… (dropped)
		"inserted [] [4]",           // They were 212 out of 240… (restored)
		"changed [6] [6] insertion", // a translator's note marker [3] added
		"moved [] [9] ↔[[14] []]",
		"moved [] [10] ↔[[15] []] hyphenation", // accord-ing → according, on the way
		"changed [11] [13] number",             // 16 April → 6 April
		"changed [12] [14] quotes",             // ‘…’ → “…”
		"moved [14] [] ↔[[] [9]]",
		"moved [15] [] ↔[[] [10]] hyphenation",
		"inserted [] [19]", // the translator's note itself
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows that differ (-want +got):\n%s", diff)
	}

	// Ignoring quotes and hyphenation makes those rows equal.
	quiet := compareVersions(a, b, VersionOptions{Ignore: []DiffType{QuotesDiff, HyphenationDiff}})
	for _, r := range quiet.Rows {
		if r.Kind == Changed && strings.Contains(rowSummary(quiet, r), "quotes") {
			t.Errorf("row %s should count as equal when quotes are ignored", rowSummary(quiet, r))
		}
	}
}

// TestCompareSplitAndJoin finds a sentence split in two and two joined.
func TestCompareSplitAndJoin(t *testing.T) {
	a := mustParse(t, "a.en.txt", "The committee met in the café and voted to go on with the strike, which lasted three weeks. Nobody expected it. The printers of Lyons were proud.")
	b := mustParse(t, "b.en.txt", "The committee met in the café and voted to go on with the strike. It lasted three weeks. Nobody expected it, and the printers of Lyons were proud.")
	al := compareVersions(a, b, VersionOptions{})
	var got []string
	for _, r := range al.Rows {
		got = append(got, rowSummary(al, r))
	}
	want := []string{"changed [0] [0 1] substitution", "changed [1 2] [2] substitution"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func mustParse(t testing.TB, name, text string) *editions.Edition {
	t.Helper()
	e, err := editions.Parse(name, []byte(text), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestCompareBibleRevision compares the King James Version of Genesis
// with its revision, the American Standard Version, and reports what it
// finds (the figures go in the notes on the issue).
func TestCompareBibleRevision(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	kjv, err := editions.Read(filepath.Join(dir, "en-KJV.Gen.txt"), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	asv, err := editions.Read(filepath.Join(dir, "en-ASV.Gen.txt"), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	al := compareVersions(kjv, asv, VersionOptions{})
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	kinds := map[RowKind]int{}
	types := map[DiffType]int{}
	for _, r := range al.Rows {
		kinds[r.Kind]++
		ops := r.DiffOps(0, 1)
		for k, op := range ops {
			if op.Kind != OpSame && (k+1 == len(ops) || ops[k+1].Kind == OpSame) {
				types[op.Type]++
			}
		}
	}
	t.Logf("KJV %d sentences, ASV %d; rows: %v; differences: %v", len(kjv.Sentences), len(asv.Sentences), kinds, types)
	if kinds[Equal]+kinds[Changed] < len(kjv.Sentences)*8/10 {
		t.Errorf("only %d of %d KJV sentences paired with the ASV", kinds[Equal]+kinds[Changed], len(kjv.Sentences))
	}
}

func BenchmarkCompareVersions(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		x, y := revisedPair(b, size)
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			b.SetBytes(int64(len(x.Text)))
			for b.Loop() {
				compareVersions(x, y, VersionOptions{})
			}
		})
	}
}

// revisedPair makes two versions of about size bytes of text: the second
// with a word changed in every seventh sentence, a sentence dropped in
// every eleventh paragraph, and hyphenation fixed.
func revisedPair(t testing.TB, size int) (*editions.Edition, *editions.Edition) {
	words := strings.Fields("the strike committee met at the café in the rue Mercière and voted to continue printers workers money families children victory Lyons April March days francs")
	var a, b strings.Builder
	n := 0
	for a.Len() < size {
		for s := 0; s < 5; s++ {
			n++
			var sent []string
			for k := 0; k < 12; k++ {
				sent = append(sent, words[(n*7+k*k+s)%len(words)])
			}
			sent = append(sent, fmt.Sprint(n))
			line := strings.ToUpper(sent[0][:1]) + sent[0][1:] + " " + strings.Join(sent[1:], " ") + "."
			a.WriteString(line + " ")
			switch {
			case n%11 == 0:
				// dropped
			case n%7 == 0:
				b.WriteString(strings.Replace(line, " the ", " a ", 1) + " ")
			default:
				b.WriteString(line + " ")
			}
		}
		a.WriteString("\n\n")
		b.WriteString("\n\n")
	}
	return mustParse(t, "a.en.txt", a.String()), mustParse(t, "b.en.txt", b.String())
}

// TestCompareCanonicallyEquivalent: a text in decomposed Unicode (NFD)
// against the same text composed (NFC) has no changed row — the letters
// are the same — while each edition keeps its own bytes.
func TestCompareCanonicallyEquivalent(t *testing.T) {
	nfc := "Le comité se réunit à Lyon. Ils étaient 212 sur 240. Personne ne céda devant le préfet de la région. Ἐν ἀρχῇ ἦν ὁ λόγος. Ревизор приехал."
	nfd := norm.NFD.String(nfc)
	if nfd == nfc {
		t.Fatal("fixture has nothing to decompose")
	}
	a, b := mustParse(t, "nfc.fr.txt", nfc), mustParse(t, "nfd.fr.txt", nfd)
	al := compareVersions(a, b, VersionOptions{})
	for _, r := range al.Rows {
		if r.Kind != Equal {
			t.Errorf("row %s: want every row equal", rowSummary(al, r))
		}
	}
	if got := b.Sentences[0].Text; got != norm.NFD.String("Le comité se réunit à Lyon.") {
		t.Errorf("the NFD edition's text was altered: %q", got)
	}
	// One word changed: the row is changed by that word alone.
	b = mustParse(t, "nfd2.fr.txt", strings.Replace(nfd, "Personne", "Aucun ouvrier", 1))
	al = compareVersions(a, b, VersionOptions{})
	changed := 0
	for _, r := range al.Rows {
		if r.Kind == Changed {
			changed++
			// The decomposed letters of the row are ops of type form,
			// which keep the text exact and count as no difference.
			if got := rowSummary(al, r); got != "changed [2] [2] substitution form" {
				t.Errorf("row %s, want changed by one substitution", got)
			}
		}
	}
	if changed != 1 {
		t.Errorf("%d changed rows, want 1", changed)
	}
}

// TestVersionsApart: two texts in one language compared as versions
// that pair almost none of their sentences are said to share almost
// nothing, in a warning (of kind unrelated: coverage counts none of
// them) that suggests reading them as translations; versions of one
// text are not warned about.
func TestVersionsApart(t *testing.T) {
	storm := []string{"The storm broke at dawn.", "The fishing boats stayed in the harbour.", "By noon the wind had fallen.", "The men went out again in the evening."}
	market := []string{"The market opens on Thursdays.", "Farmers bring cheese and honey from the valley.", "Prices are written on slates.", "Everything is sold by noon."}
	edited := append([]string{}, storm...)
	edited[1] = "The fishing boats stayed in the old harbour."
	apart, _ := Align([]*editions.Edition{lines(t, "storm.txt", "en", storm), lines(t, "market.txt", "en", market)}, Options{})
	if len(apart.Warnings) != 1 || apart.Warnings[0].Kind != Unrelated || !strings.Contains(apart.Warnings[0].Message, "share almost nothing as versions") || !strings.Contains(apart.Warnings[0].Message, "--mode translation") {
		t.Errorf("unrelated texts as versions: warnings %+v", apart.Warnings)
	}
	if s := Coverage(apart, CoverageOptions{}).Total.Sentences.Share(); s != 0 {
		t.Errorf("coverage %.3f, want 0", s)
	}
	same, _ := Align([]*editions.Edition{lines(t, "storm.txt", "en", storm), lines(t, "edited.txt", "en", edited)}, Options{})
	if len(same.Warnings) != 0 {
		t.Errorf("versions of one text: warnings %+v", same.Warnings)
	}
}

// TestCompareVersionsUnspacedScripts: in the scripts written without
// spaces between words a sentence with no comma is one run of letters,
// and one changed character (a number, a word) left it nothing in common
// with its earlier form: it was shown deleted and added, and coverage
// missed the changed number. The sentence changed must be one changed
// row, between equal ones.
func TestCompareVersionsUnspacedScripts(t *testing.T) {
	for _, tc := range []struct{ lang, a, b, change string }{
		{"ja", "東京は日本の首都です。富士山の高さは3776メートルです。日本で一番高い山です。",
			"東京は日本の首都です。富士山の高さは3777メートルです。日本で一番高い山です。", "number"},
		{"zh", "北京是中国的首都。长城全长约两万一千公里。它是世界上最长的建筑。",
			"北京是中国的首都。长城全长约两万二千公里。它是世界上最长的建筑。", "number"}, // 两万一千 → 两万二千, in Chinese numerals
		{"th", "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย\n\nแม่น้ำเจ้าพระยาไหลผ่านกลางเมืองหลวง\n\nวัดพระแก้วเป็นวัดที่มีชื่อเสียงที่สุด\n",
			"กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย\n\nแม่น้ำเจ้าพระยาไหลผ่านกลางเมืองเก่า\n\nวัดพระแก้วเป็นวัดที่มีชื่อเสียงที่สุด\n", "substitution"},
		{"km", "ភ្នំពេញជារាជធានីនៃប្រទេសកម្ពុជា។ ទន្លេមេគង្គហូរកាត់ប្រទេសកម្ពុជា។ អង្គរវត្តជាប្រាសាទដ៏ល្បី។",
			"ភ្នំពេញជារាជធានីនៃប្រទេសកម្ពុជា។ ទន្លេមេគង្គហូរកាត់ប្រទេសឡាវ។ អង្គរវត្តជាប្រាសាទដ៏ល្បី។", "substitution"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			want := []string{"equal [0] [0]", "changed [1] [1] " + tc.change, "equal [2] [2]"}
			if diff := cmp.Diff(want, versionRows(t, tc.lang, tc.a, tc.b)); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompareVersionsVocalised: a Hebrew edition with its vowel points
// (niqqud) and one without, an Arabic one with its harakat and one
// without, are versions of one text: every sentence is paired, changed
// in spelling only. Each pointed word was cut into pieces at its marks,
// and the two shared no word: every sentence was shown deleted and added.
// So are a Chinese text in Traditional characters and the same in
// Simplified ones (editions.FoldHanVariants), which shared no pair of
// characters where most characters differ.
func TestCompareVersionsVocalised(t *testing.T) {
	for _, tc := range []struct{ lang, a, b string }{
		{"he", "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ׃ וְהָאָרֶץ הָיְתָה תֹהוּ וָבֹהוּ׃ וַיֹּאמֶר אֱלֹהִים יְהִי אוֹר׃",
			"בראשית ברא אלהים את השמים ואת הארץ׃ והארץ היתה תהו ובהו׃ ויאמר אלהים יהי אור׃"},
		{"ar", "ذَهَبَ الوَلَدُ إِلَى المَدْرَسَةِ. قَرَأَ الكِتَابَ كُلَّهُ. ثُمَّ عَادَ إِلَى البَيْتِ.",
			"ذهب الولد إلى المدرسة. قرأ الكتاب كله. ثم عاد إلى البيت."},
		{"zh", "拿俄米對兩個兒婦說：你們各人回娘家去吧！願耶和華恩待你們。她們就放聲而哭。",
			"拿俄米对两个儿妇说：你们各人回娘家去吧！愿耶和华恩待你们。她们就放声而哭。"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			want := []string{"changed [0] [0] spelling", "changed [1] [1] spelling", "changed [2] [2] spelling"}
			if diff := cmp.Diff(want, versionRows(t, tc.lang, tc.a, tc.b)); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

// versionRows compares texts a and b in lang as versions and returns
// their rows as rowSummary gives them.
func versionRows(t *testing.T, lang, a, b string) []string {
	ea, eb := parseLang(t, "a.txt", lang, a), parseLang(t, "b.txt", lang, b)
	al := compareVersions(ea, eb, VersionOptions{})
	var got []string
	for _, r := range al.Rows {
		got = append(got, rowSummary(al, r))
	}
	return got
}
