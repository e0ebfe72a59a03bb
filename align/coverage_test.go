package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// A French original and an English translation written for these tests.
// The translation leaves out the second paragraph, writes 50 francs for
// 500, adds a bracketed gloss and ends with a translator's note.
const caravaneFR = `# Le voyage

Le 3 mai 1902, la caravane quitta Tombouctou avec 40 chameaux. Le guide, Ahmed Diallo, connaissait chaque puits du désert. Personne ne savait combien de temps durerait la traversée.

Au bout de douze jours, l'eau vint à manquer. Trois chameaux moururent de soif pendant la même nuit. Diallo décida alors de marcher de nuit, quand la chaleur tombait enfin.

Le 21 mai, on aperçut enfin les palmiers de l'oasis. Les hommes pleurèrent de joie en voyant l'eau. Le chef de la caravane promit 500 francs au guide.

# Le retour

Le retour fut plus facile que l'aller. La caravane rentra le 2 juillet, avec 36 chameaux et une lourde cargaison de sel.
`

const caravaneEN = `# The Journey

On 3 May 1902 the caravan left Timbuktu with 40 camels. The guide, Ahmed Diallo, knew every well of the desert. Nobody knew how long the crossing would last.

On 21 May the palms of the oasis came into sight at last. The men wept for joy [at the sight of the water]. The leader of the caravan promised 50 francs to the guide.

# The Return

The return was easier than the outward journey. The caravan came back on 2 July, with 36 camels and a heavy load of salt.

Translator's note: Timbuktu was then the capital of French Sudan.
`

func parse(t *testing.T, name, text string) *editions.Edition {
	t.Helper()
	e, err := editions.Parse(name, []byte(text), editions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func coverageOf(t *testing.T, src, tgt *editions.Edition, opts CoverageOptions) *CoverageReport {
	t.Helper()
	al := alignSentences(src, tgt)
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	return Coverage(al, opts)
}

func TestCoverageFindsOmittedParagraph(t *testing.T) {
	src, tgt := parse(t, "caravane.fr.md", caravaneFR), parse(t, "caravane.en.md", caravaneEN)
	r := coverageOf(t, src, tgt, CoverageOptions{})

	if got := r.Total.Sentences; got.Covered != got.Total-3 {
		t.Errorf("sentences covered %d of %d, want all but the 3 of the omitted paragraph", got.Covered, got.Total)
	}
	if got := r.Total.Paragraphs; got.Covered != got.Total-1 {
		t.Errorf("paragraphs covered %d of %d, want all but one", got.Covered, got.Total)
	}
	if len(r.Sections) != 2 || r.Sections[0].Title != "Le voyage" || r.Sections[1].Title != "Le retour" {
		t.Fatalf("sections %+v, want Le voyage and Le retour", r.Sections)
	}
	if s := r.Sections[1].Counts.Sentences; s.Covered != s.Total {
		t.Errorf("section Le retour: %d of %d sentences covered, want all", s.Covered, s.Total)
	}
	om := r.BySeverity()
	if len(om) == 0 {
		t.Fatal("no omission reported")
	}
	f := om[0]
	if f.Kind != Omitted || !strings.HasPrefix(f.Text, "Au bout de douze jours") || len(f.Sentences) != 3 {
		t.Errorf("most severe omission %q (%s, %d sentences), want the paragraph 'Au bout de douze jours…'", f.Text, f.Kind, len(f.Sentences))
	}
	if f.Line != 5 {
		t.Errorf("omission on line %d, want 5", f.Line)
	}
	if src.Text[f.Start:f.End] != f.Text {
		t.Errorf("offsets %d..%d give %q, not the text", f.Start, f.End, src.Text[f.Start:f.End])
	}
	if f.Confidence < 0.8 {
		t.Errorf("confidence %.2f for a whole missing paragraph, want at least 0.8", f.Confidence)
	}
}

func TestCoverageAdditions(t *testing.T) {
	src, tgt := parse(t, "caravane.fr.md", caravaneFR), parse(t, "caravane.en.md", caravaneEN)
	r := coverageOf(t, src, tgt, CoverageOptions{})
	kinds := map[FindingKind]string{}
	for _, f := range r.Additions {
		kinds[f.Kind] = f.Text
		if tgt.Text[f.Start:f.End] != f.Text && f.Kind != Bracketed {
			t.Errorf("addition %q: offsets give %q", f.Text, tgt.Text[f.Start:f.End])
		}
	}
	if got := kinds[Bracketed]; got != "[at the sight of the water]" {
		t.Errorf("bracketed insertion %q, want [at the sight of the water]", got)
	}
	if got := kinds[TranslatorNote]; !strings.HasPrefix(got, "Translator's note") {
		t.Errorf("translator's note %q, want the note", got)
	}
	if got, ok := kinds[Added]; ok {
		t.Errorf("plain addition %q reported; the translation adds only a note and a gloss", got)
	}
	for _, f := range r.Additions {
		if f.Kind == Bracketed && tgt.Text[f.Start:f.End] != "[at the sight of the water]" {
			t.Errorf("bracketed insertion offsets give %q", tgt.Text[f.Start:f.End])
		}
	}
}

func TestCoverageMismatches(t *testing.T) {
	src, tgt := parse(t, "caravane.fr.md", caravaneFR), parse(t, "caravane.en.md", caravaneEN)
	r := coverageOf(t, src, tgt, CoverageOptions{})
	if len(r.Mismatches) != 1 {
		for _, m := range r.Mismatches {
			t.Logf("%s %q %q", m.Kind, m.SourceValue, m.TargetValue)
		}
		t.Fatalf("%d mismatches, want 1 (500 francs against 50)", len(r.Mismatches))
	}
	m := r.Mismatches[0]
	if m.Kind != NumberMismatch || m.SourceValue != "500" || m.TargetValue != "50" {
		t.Errorf("mismatch %s %q %q, want number 500 50", m.Kind, m.SourceValue, m.TargetValue)
	}
	if src.Text[m.SourceStart:m.SourceEnd] != "500" || tgt.Text[m.TargetStart:m.TargetEnd] != "50" {
		t.Errorf("offsets give %q and %q", src.Text[m.SourceStart:m.SourceEnd], tgt.Text[m.TargetStart:m.TargetEnd])
	}
}

// The bundled sample: the 1972 translation drops "Ils étaient 212 sur 240"
// (which the search merged with the sentence before, and the omission
// decision leaves out), and writes 16 April for 6 avril; numbers written
// differently in each language ("1 500", "1,500"; "0,50", "0.50") are
// the same.
func TestCoverageSample(t *testing.T) {
	src, tgt := readSample(t, "greve.fr.txt"), readSample(t, "greve.1972.en.txt")
	r := coverageOf(t, src, tgt, CoverageOptions{})
	if len(r.Omissions) != 1 || !strings.HasPrefix(r.Omissions[0].Text, "Ils étaient 212 sur 240") {
		t.Errorf("omissions %+v, want the sentence 'Ils étaient 212 sur 240…'", r.Omissions)
	} else if r.Omissions[0].Line != 8 || r.Omissions[0].Kind != Omitted {
		t.Errorf("omission on line %d as %s, want line 8, omitted", r.Omissions[0].Line, r.Omissions[0].Kind)
	}
	if got := r.Total.Sentences; got.Covered != got.Total-1 {
		t.Errorf("%d of %d sentences covered, want all but one", got.Covered, got.Total)
	}
	var dates []string
	for _, m := range r.Mismatches {
		switch m.Kind {
		case DateMismatch:
			dates = append(dates, m.SourceValue+"/"+m.TargetValue)
		case NumberMismatch:
			if m.SourceValue != "212" && m.SourceValue != "240" {
				t.Errorf("number mismatch %q %q: the same values in two notations", m.SourceValue, m.TargetValue)
			}
		default:
			t.Errorf("unexpected %s mismatch %q %q", m.Kind, m.SourceValue, m.TargetValue)
		}
	}
	if len(dates) != 1 || dates[0] != "6 avril/16 April" {
		t.Errorf("date mismatches %q, want 6 avril/16 April", dates)
	}
}

// Ids depend on content: a sentence added elsewhere in both texts leaves
// them unchanged, and an accepted id is reported as accepted and its
// omission counted as covered in Effective.
func TestCoverageIDsStableAndAccepted(t *testing.T) {
	src, tgt := parse(t, "caravane.fr.md", caravaneFR), parse(t, "caravane.en.md", caravaneEN)
	r1 := coverageOf(t, src, tgt, CoverageOptions{})
	src2 := parse(t, "caravane.fr.md", strings.Replace(caravaneFR, "Le retour fut plus facile que l'aller.", "Le retour fut plus facile que l'aller. Il ne dura que vingt jours.", 1))
	tgt2 := parse(t, "caravane.en.md", strings.Replace(caravaneEN, "The return was easier than the outward journey.", "The return was easier than the outward journey. It took only twenty days.", 1))
	r2 := coverageOf(t, src2, tgt2, CoverageOptions{})
	ids := func(r *CoverageReport) []string {
		var out []string
		for _, f := range r.Omissions {
			out = append(out, f.ID)
		}
		for _, f := range r.Additions {
			out = append(out, f.ID)
		}
		for _, m := range r.Mismatches {
			out = append(out, m.ID)
		}
		return out
	}
	a, b := ids(r1), ids(r2)
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("ids changed by an edit elsewhere:\n%v\n%v", a, b)
	}
	if len(r1.Omissions) == 0 {
		t.Fatal("no omission")
	}
	accept := map[string]bool{r1.Omissions[0].ID: true}
	r3 := coverageOf(t, src, tgt, CoverageOptions{Accept: accept})
	if !r3.Omissions[0].Accepted {
		t.Error("accepted omission not marked accepted")
	}
	if r3.Effective.Sentences.Covered != r3.Total.Sentences.Covered+len(r3.Omissions[0].Sentences) {
		t.Errorf("effective coverage %+v, want the accepted omission's sentences added to %+v", r3.Effective.Sentences, r3.Total.Sentences)
	}
	if om, _, _ := r3.Unaccepted(); om != len(r3.Omissions)-1 {
		t.Errorf("%d unaccepted omissions, want %d", om, len(r3.Omissions)-1)
	}
}

// A source note none of whose text is translated is reported, and so is
// a marker that points to another note in the translation.
func TestCoverageNotes(t *testing.T) {
	src := parse(t, "notes.de.md", `Die Versammlung fand am Abend statt.[^1] Es sprachen drei Redner aus der Stadt.

Danach wurde über den Streik abgestimmt.[^2] Die Mehrheit war eindeutig für die Fortsetzung.

[^1]: Im Saal der Gewerkschaft in der Hauptstraße.

[^2]: Das Protokoll der Sitzung ist nicht erhalten.
`)
	tgt := parse(t, "notes.en.md", `The meeting took place in the evening.[^1] Three speakers from the town spoke.

Then the strike was put to the vote.[^3] The majority was clearly for continuing.

[^1]: In the union hall in the High Street.
`)
	r := coverageOf(t, src, tgt, CoverageOptions{})
	var kinds []string
	for _, m := range r.Mismatches {
		kinds = append(kinds, string(m.Kind)+" "+m.SourceValue+" "+m.TargetValue)
	}
	got := strings.Join(kinds, "; ")
	if !strings.Contains(got, "note-renumbered [^2] [^3]") || !strings.Contains(got, "note-missing 2") {
		t.Errorf("mismatches %q, want note 2 renumbered to 3 and note 2 missing", got)
	}
}

// Translations in the evaluation data: the check must not drown a
// reviewer in false alarms. The benchmark (go run ./bench/coverage)
// measures more; this is a floor.
func TestCoverageManifestoQuiet(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "manifesto")
	src, err := editions.Read(dir+"/de.mew4-mlwerke.md", editions.Options{Lang: "de"})
	if err != nil {
		t.Fatal(err)
	}
	tgt, err := editions.Read(dir+"/en.moore1888-mia.md", editions.Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	al := alignSentences(src, tgt)
	r := Coverage(al, CoverageOptions{})
	if s := r.Total.Sentences.Share(); s < 0.95 {
		t.Errorf("sentence coverage %.3f of a complete translation, want at least 0.95", s)
	}
	if n := len(r.Omissions); n > 10 {
		t.Errorf("%d omissions on a complete translation of %d sentences, want at most 10", n, len(src.Sentences))
	}
}

// BenchmarkCoverageVerne checks a whole book: Verne's Tour du monde
// against its English translation, aligned and checked (the time the
// command takes, less reading the files).
func BenchmarkCoverageVerne(b *testing.B) {
	dir := evaldata.Dir(b, "eval", "verne")
	src, err := editions.Read(dir+"/fr.pg800.txt", editions.Options{Lang: "fr"})
	if err != nil {
		b.Fatal(err)
	}
	tgt, err := editions.Read(dir+"/en.pg103.txt", editions.Options{Lang: "en"})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("align", func(b *testing.B) {
		for range b.N {
			alignSentences(src, tgt)
		}
	})
	al := alignSentences(src, tgt)
	b.Run("coverage", func(b *testing.B) {
		for range b.N {
			Coverage(al, CoverageOptions{})
		}
	})
}

// A French account of a lighthouse and its English translation, one
// sentence for one, written for these tests; phareEN leaves out the
// sentence on the storm of 1887.
var phareFR = []string{
	"Le phare de Kerlaouen se dresse sur un rocher à deux milles de la côte.",
	"Il fut construit entre 1869 et 1875 par des ouvriers venus de Brest.",
	"Sa tour mesure 48 mètres et sa lanterne porte à vingt milles par temps clair.",
	"Trois gardiens y vivaient, relevés chaque mois par le bateau de Molène.",
	"Le 14 mars 1887, une tempête arracha la porte et noya la réserve d'huile.",
	"Le gardien Yves Le Bihan ralluma pourtant la lampe avant minuit.",
	"Les marins de Douarnenez parlaient encore de cette nuit cinquante ans plus tard.",
	"En 1932, la lampe à pétrole fut remplacée par une ampoule électrique.",
	"Le dernier gardien, Pierre Cloarec, quitta le phare en octobre 1998.",
	"Depuis, la lumière est commandée à distance depuis Brest.",
	"Les oiseaux de mer sont aujourd'hui les seuls habitants du rocher.",
	"Chaque été, des visiteurs viennent en bateau photographier la tour.",
}

var phareEN = []string{
	"The Kerlaouen lighthouse stands on a rock two miles off the coast.",
	"It was built between 1869 and 1875 by workmen who came from Brest.",
	"Its tower is 48 metres high and its lantern carries twenty miles in clear weather.",
	"Three keepers lived there, relieved every month by the boat from Molène.",
	// "Le 14 mars 1887…" is not translated.
	"Yet the keeper Yves Le Bihan lit the lamp again before midnight.",
	"The sailors of Douarnenez still spoke of that night fifty years later.",
	"In 1932 the oil lamp was replaced by an electric bulb.",
	"The last keeper, Pierre Cloarec, left the lighthouse in October 1998.",
	"Since then the light has been controlled remotely from Brest.",
	"Seabirds are now the only inhabitants of the rock.",
	"Every summer visitors come by boat to photograph the tower.",
}

// lines parses sentences as a presegmented edition, one paragraph.
func lines(t *testing.T, name, lang string, sents []string) *editions.Edition {
	t.Helper()
	e, err := editions.Parse(name, []byte(strings.Join(sents, "\n")+"\n"), editions.Options{Lang: lang, Presegmented: true, Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Sentences) != len(sents) {
		t.Fatalf("%s: %d sentences, want %d", name, len(e.Sentences), len(sents))
	}
	return e
}

// handAligned is an alignment of src and tgt that pairs them one for
// one, except that the source sentences merged, together, make one row
// with the translation sentence at.
func handAligned(src, tgt *editions.Edition, merged []int, at int) *Alignment {
	return aligned(src, tgt, merged, at, -1)
}

// oneForOne is an alignment of src and tgt that pairs them one for one,
// except that source sentence left has no counterpart.
func oneForOne(src, tgt *editions.Edition, left int) *Alignment {
	return aligned(src, tgt, nil, 0, left)
}

// decided is al with the omissions decided, as the aligner decides
// them on the rows of its search (decideOmissions).
func decided(t *testing.T, al *Alignment) *Alignment {
	t.Helper()
	out := &Alignment{Editions: al.Editions, Rows: decideOmissions(al.Editions[0], al.Editions[1], al.Rows)}
	if err := out.Check(); err != nil {
		t.Fatal(err)
	}
	return out
}

func aligned(src, tgt *editions.Edition, merged []int, at, left int) *Alignment {
	al := &Alignment{Editions: []*editions.Edition{src, tgt}}
	j := 0
	for i := 0; i < len(src.Sentences); i++ {
		switch {
		case len(merged) > 0 && i == merged[0]:
			al.Rows = append(al.Rows, Row{Cells: [][]int{merged, {at}}, Kind: Match, Score: 0.9})
			i = merged[len(merged)-1]
			j = at + 1
		case i == left:
			al.Rows = append(al.Rows, Row{Cells: [][]int{{i}, {}}, Kind: Deleted, Score: 0.5})
		default:
			al.Rows = append(al.Rows, Row{Cells: [][]int{{i}, {j}}, Kind: Match, Score: 0.95})
			j++
		}
	}
	return al
}

// When the search absorbs an untranslated sentence into a 2-1 match
// with its neighbour, the omission decision leaves it out again: the
// merged translation shows nothing of its date and numbers beyond what
// the neighbour accounts for, and is of the neighbour's length alone.
// The alignment shows it unmatched, and the report finds it missing.
func TestCoverageMergedOmission(t *testing.T) {
	src := lines(t, "phare.fr.txt", "fr", phareFR)
	tgt := lines(t, "phare.en.txt", "en", phareEN)
	al := handAligned(src, tgt, []int{4, 5}, 4)
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	al = decided(t, al)
	if got := deletedSentences(al); fmt.Sprint(got) != "[4]" {
		t.Errorf("deleted rows of sentences %v, want sentence 4", got)
	}
	r := Coverage(al, CoverageOptions{})
	if len(r.Omissions) != 1 {
		t.Fatalf("omissions %+v, want one", r.Omissions)
	}
	f := r.Omissions[0]
	if len(f.Sentences) != 1 || f.Sentences[0] != 4 {
		t.Errorf("omission of sentences %v %q, want sentence 4, the storm of 1887", f.Sentences, f.Text)
	}
	if f.Confidence < DefaultMinConfidence {
		t.Errorf("confidence %.2f", f.Confidence)
	}
	if got := r.Total.Sentences; got.Covered != got.Total-1 {
		t.Errorf("%d of %d sentences covered, want all but one", got.Covered, got.Total)
	}

	// The aligner's own alignment of the pair: whatever it makes of the
	// gap, the storm is what is reported missing.
	r = coverageOf(t, src, tgt, CoverageOptions{})
	if len(r.Omissions) != 1 || len(r.Omissions[0].Sentences) != 1 || r.Omissions[0].Sentences[0] != 4 {
		t.Errorf("omissions %+v, want sentence 4 alone", r.Omissions)
	}
}

// A German account of a move and its English translation, written for
// these tests; the translation joins "Es regnete." and the sentence
// after it into one.
var umzugDE = []string{
	"Im Herbst 1911 zog die Familie Haller von Basel nach Zürich.",
	"Der Vater hatte dort eine Stelle als Buchhalter bei der Bahn gefunden.",
	"Es regnete.",
	"Der Umzugswagen blieb zweimal im Schlamm stecken.",
	"Die Kinder mussten die letzten drei Kilometer zu Fuß gehen.",
	"Die neue Wohnung lag im dritten Stock eines Hauses an der Limmat.",
	"Sie hatte vier Zimmer, eine Küche und einen kleinen Balkon.",
	"Die Mutter fand sie zu dunkel, die Kinder fanden sie herrlich.",
	"Im Frühling 1912 kam das fünfte Kind, Anna, zur Welt.",
	"Der Vater blieb bis 1937 bei der Bahn.",
}
var umzugEN = []string{
	"In the autumn of 1911 the Haller family moved from Basel to Zurich.",
	"The father had found a position there as a bookkeeper with the railway.",
	"It was raining, and the removal van got stuck twice in the mud.",
	"The children had to walk the last three kilometres.",
	"The new flat was on the third floor of a house on the Limmat.",
	"It had four rooms, a kitchen and a small balcony.",
	"The mother found it too dark, the children found it wonderful.",
	"In the spring of 1912 the fifth child, Anna, was born.",
	"The father stayed with the railway until 1937.",
}

// A German original whose translation joins two short sentences into
// one, as translators often do: the 2-1 match is a translation, not an
// omission; it stays a merge, and nothing is reported.
func TestCoverageLegitMergeNotFlagged(t *testing.T) {
	src, tgt := lines(t, "umzug.de.txt", "de", umzugDE), lines(t, "umzug.en.txt", "en", umzugEN)
	al := handAligned(src, tgt, []int{2, 3}, 2)
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	al = decided(t, al)
	if got := deletedSentences(al); len(got) > 0 {
		t.Errorf("deleted rows of sentences %v in a complete translation", got)
	}
	r := Coverage(al, CoverageOptions{})
	for _, f := range r.Omissions {
		t.Errorf("omission reported in a complete translation: %s %v %q (%.2f)", f.Kind, f.Sentences, f.Text, f.Confidence)
	}
	if got := r.Total.Sentences; got.Covered != got.Total {
		t.Errorf("%d of %d sentences covered, want all", got.Covered, got.Total)
	}
}

// A passage left out, which the search scattered: it paired a sentence
// of the passage with the translation of the sentence after it and left
// out that sentence instead. The omission decision realigns the
// neighbourhood (refine): the alignment leaves out the passage, whole,
// and the report gives it so.
func TestCoverageScatteredPassage(t *testing.T) {
	src := lines(t, "phare.fr.txt", "fr", phareFR)
	// The translation leaves out sentences 4 to 6: the storm, the
	// keeper who relit the lamp and what the sailors said of it.
	en := append(append([]string{}, phareEN[:4]...), phareEN[6:]...)
	tgt := lines(t, "phare.en.txt", "en", en)
	al := &Alignment{Editions: []*editions.Edition{src, tgt}}
	one := func(i, j int) {
		al.Rows = append(al.Rows, Row{Cells: [][]int{{i}, {j}}, Kind: Match, Score: 0.95})
	}
	for i := 0; i < 4; i++ {
		one(i, i)
	}
	al.Rows = append(al.Rows, Row{Cells: [][]int{{4}, {}}, Kind: Deleted, Score: 0.5})
	al.Rows = append(al.Rows, Row{Cells: [][]int{{5}, {4}}, Kind: Match, Score: 0.4})
	al.Rows = append(al.Rows, Row{Cells: [][]int{{6}, {}}, Kind: Deleted, Score: 0.5})
	al.Rows = append(al.Rows, Row{Cells: [][]int{{7}, {}}, Kind: Deleted, Score: 0.5})
	for i := 8; i < len(phareFR); i++ {
		one(i, i-3)
	}
	if err := al.Check(); err != nil {
		t.Fatal(err)
	}
	al = decided(t, al)
	if got := deletedSentences(al); fmt.Sprint(got) != "[4 5 6]" {
		t.Errorf("deleted rows of sentences %v, want [4 5 6]", got)
	}
	r := Coverage(al, CoverageOptions{})
	var got [][]int
	for _, f := range r.Omissions {
		got = append(got, f.Sentences)
	}
	if len(got) != 1 || fmt.Sprint(got[0]) != "[4 5 6]" {
		t.Errorf("omissions %v, want one of sentences [4 5 6]", got)
	}
}

// TestCoverageSectionsAfterContents: a table of contents (a run of
// headings) is a section of its own, and the chapter that follows is
// titled by its own number and title, not by the contents.
func TestCoverageSectionsAfterContents(t *testing.T) {
	src := parse(t, "livre.fr.txt", "Table des matières\n\nI LE DÉPART\n\nII LE RETOUR\n\nI\n\nLE DÉPART\n\n"+
		"Le 2 octobre, Fogg quitta Londres. Il prit le train de 8 h 45.\n\nII\n\nLE RETOUR\n\nIl revint le 21 décembre.\n")
	tgt := parse(t, "livre.en.txt", "Contents\n\nI THE DEPARTURE\n\nII THE RETURN\n\nI\n\nTHE DEPARTURE\n\n"+
		"On 2 October Fogg left London. He took the 8.45 train.\n\nII\n\nTHE RETURN\n\nHe came back on 21 December.\n")
	r := coverageOf(t, src, tgt, CoverageOptions{})
	var titles []string
	for _, s := range r.Sections {
		titles = append(titles, fmt.Sprintf("%s: %d", s.Title, s.Counts.Sentences.Total))
	}
	want := []string{"Table des matières: 3", "I — LE DÉPART: 4", "II — LE RETOUR: 3"}
	if diff := cmp.Diff(want, titles); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}

// A German log of a voyage and its English translation, one sentence
// for one and a paragraph for a paragraph, written for these tests.
var adeleDE = [][]string{{
	"Am Morgen des 4. März 1868 verließ Kapitän Hartmann den Hafen von Bremen.",
	"Sein Schiff, die Adele, trug Kaffee und Tabak nach New York.",
	"Die Mannschaft bestand aus zwölf Matrosen und einem Koch aus Danzig.",
}, {
	"In der dritten Nacht kam ein schwerer Sturm aus Nordwesten auf.",
	"Die Wellen schlugen über das Deck und rissen zwei Fässer mit sich.",
	"Der Koch verlor seinen Kessel und fluchte laut in der Kombüse.",
	"Hartmann stand die ganze Nacht selbst am Steuer des Schiffes.",
	"Gegen Morgen brach der Großmast mit einem lauten Krachen.",
	"Die Matrosen arbeiteten bis zum Abend, um ihn zu ersetzen.",
}, {
	"Nach neunzehn Tagen sah der Ausguck die Küste von Neufundland.",
	"Hartmann ließ die Segel reffen und wartete auf besseres Wetter.",
	"Am 2. April lag die Adele endlich im Hafen von New York.",
}, {
	"Der Kaffee wurde für 3400 Dollar verkauft.",
	"Hartmann kaufte dafür Baumwolle und Weizen.",
	"Im Juni kehrte er nach Bremen zurück.",
}}

var adeleEN = [][]string{{
	"On the morning of 4 March 1868 Captain Hartmann left the port of Bremen.",
	"His ship, the Adele, carried coffee and tobacco to New York.",
	"The crew was twelve sailors and a cook from Danzig.",
}, {
	"On the third night a heavy storm came up from the north-west.",
	"The waves broke over the deck and carried off two barrels.",
	"The cook lost his kettle and swore loudly in the galley.",
	"Hartmann stood at the helm of the ship himself all night.",
	"Towards morning the mainmast broke with a loud crash.",
	"The sailors worked until evening to replace it.",
}, {
	"After nineteen days the lookout saw the coast of Newfoundland.",
	"Hartmann had the sails reefed and waited for better weather.",
	"On 2 April the Adele at last lay in the port of New York.",
}, {
	"The coffee was sold for 3400 dollars.",
	"With it Hartmann bought cotton and wheat.",
	"In June he went back to Bremen.",
}}

// paragraphs parses paragraphs of sentences as a presegmented edition,
// a blank line between paragraphs.
func paragraphs(t *testing.T, name, lang string, paras [][]string) *editions.Edition {
	t.Helper()
	var parts []string
	n := 0
	for _, p := range paras {
		parts = append(parts, strings.Join(p, "\n"))
		n += len(p)
	}
	e, err := editions.Parse(name, []byte(strings.Join(parts, "\n\n")+"\n"), editions.Options{Lang: lang, Presegmented: true, Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Sentences) != n || len(e.Paragraphs) != len(paras) {
		t.Fatalf("%s: %d sentences in %d paragraphs, want %d in %d", name, len(e.Sentences), len(e.Paragraphs), n, len(paras))
	}
	return e
}

// A translation that leaves out a whole paragraph, which the alignment
// scatters — pairing sentences of the paragraph with those of the next
// and leaving sentences of both unmatched — is reported as leaving out
// that paragraph: left out first, as the aligner scatters it, and left
// out in the middle, from an alignment matched one for one from the
// start with the surplus left unmatched at the end.
func TestCoverageWholeParagraph(t *testing.T) {
	src := paragraphs(t, "adele.de.txt", "de", adeleDE)
	for _, tc := range []struct {
		drop      int  // the paragraph left out
		scattered bool // align one for one from the start, not with Align
		want      string
	}{
		{0, false, "[0 1 2]"},
		{1, true, "[3 4 5 6 7 8]"},
		{2, true, "[9 10 11]"},
	} {
		var en [][]string
		for k, p := range adeleEN {
			if k != tc.drop {
				en = append(en, p)
			}
		}
		tgt := paragraphs(t, "adele.en.txt", "en", en)
		al := alignSentences(src, tgt)
		if tc.scattered {
			al = &Alignment{Editions: al.Editions}
			n, m := len(src.Sentences), len(tgt.Sentences)
			for i := 0; i < n; i++ {
				switch {
				case i < m-1:
					al.Rows = append(al.Rows, Row{Cells: [][]int{{i}, {i}}, Kind: Match, Score: 0.6})
				case i == n-1:
					al.Rows = append(al.Rows, Row{Cells: [][]int{{i}, {m - 1}}, Kind: Match, Score: 0.6})
				default:
					al.Rows = append(al.Rows, Row{Cells: [][]int{{i}, {}}, Kind: Deleted, Score: 0.5})
				}
			}
		}
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		if tc.scattered {
			al = decided(t, al)
		}
		r := Coverage(al, CoverageOptions{})
		var got []string
		for _, f := range r.Omissions {
			got = append(got, fmt.Sprint(f.Sentences))
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("paragraph %d left out: omissions %v, want one of sentences %s", tc.drop, got, tc.want)
		}
	}
	// Undamaged, nothing is left out.
	tgt := paragraphs(t, "adele.en.txt", "en", adeleEN)
	if r := coverageOf(t, src, tgt, CoverageOptions{}); len(r.Omissions) != 0 {
		t.Errorf("undamaged: omissions %v", r.Omissions)
	}
}

// Whether the search leaves a sentence unmatched beside a match or
// merges it into that match is often a coin toss; the alignment the
// omission decision makes of it, and so the report, must not depend on
// it. The lighthouse translation leaves out the storm of 1887 (sentence
// 4): merged by the search with the sentence after it, with the
// sentence before it, or left unmatched, it is the sentence left out,
// and the omission reported, under one id. The move to Zurich joins "Es
// regnete." and the next sentence into one (sentences 2 and 3): merged,
// or either left unmatched, nothing is missing.
func TestCoverageSameWhicheverWayTheAlignerChose(t *testing.T) {
	src := lines(t, "phare.fr.txt", "fr", phareFR)
	tgt := lines(t, "phare.en.txt", "en", phareEN)
	ways := map[string]*Alignment{
		"merged with the next":     handAligned(src, tgt, []int{4, 5}, 4),
		"merged with the previous": handAligned(src, tgt, []int{3, 4}, 3),
		"left unmatched":           oneForOne(src, tgt, 4),
	}
	ids := map[string]bool{}
	for way, al := range ways {
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		al = decided(t, al)
		if got := deletedSentences(al); fmt.Sprint(got) != "[4]" {
			t.Errorf("%s: deleted rows of sentences %v, want sentence 4", way, got)
		}
		r := Coverage(al, CoverageOptions{})
		if len(r.Omissions) != 1 || fmt.Sprint(r.Omissions[0].Sentences) != "[4]" {
			t.Errorf("%s: omissions %+v, want sentence 4 alone", way, r.Omissions)
			continue
		}
		ids[r.Omissions[0].ID] = true
	}
	if len(ids) != 1 {
		t.Errorf("ids %v, want one", ids)
	}

	src, tgt = lines(t, "umzug.de.txt", "de", umzugDE), lines(t, "umzug.en.txt", "en", umzugEN)
	ways = map[string]*Alignment{
		"merged":                    handAligned(src, tgt, []int{2, 3}, 2),
		"the first left unmatched":  oneForOne(src, tgt, 2),
		"the second left unmatched": oneForOne(src, tgt, 3),
	}
	for way, al := range ways {
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		// "Es regnete." left unmatched stays so: it is too short for
		// its length to say whether it is translated, and the report
		// gives it below DefaultMinConfidence.
		al = decided(t, al)
		for _, f := range Coverage(al, CoverageOptions{}).Omissions {
			t.Errorf("%s: omission reported in a complete translation: %s %v %q (%.2f)", way, f.Kind, f.Sentences, f.Text, f.Confidence)
		}
	}
}

// Whatever the alignment, the report holds together: each source
// sentence in one omission at most, omissions in reading order, and
// every sentence not covered in an omission. Alignments of every shape are
// drawn at random over the lighthouse texts.
func TestCoverageAnyAlignment(t *testing.T) {
	src := lines(t, "phare.fr.txt", "fr", phareFR)
	tgt := lines(t, "phare.en.txt", "en", phareEN)
	x := uint32(7)
	next := func(n int) int {
		x = x*1664525 + 1013904223
		return int(x>>16) % n
	}
	for trial := 0; trial < 300; trial++ {
		al := &Alignment{Editions: []*editions.Edition{src, tgt}}
		i, j := 0, 0
		for i < len(src.Sentences) || j < len(tgt.Sentences) {
			a, b := next(3), next(3) // 0, 1 or 2 sentences of each
			a, b = min(a, len(src.Sentences)-i), min(b, len(tgt.Sentences)-j)
			if a == 0 && b == 0 {
				continue
			}
			row := Row{Cells: [][]int{span(i, i+a), span(j, j+b)}, Kind: Match, Score: 0.9}
			switch {
			case b == 0:
				row.Kind, row.Score = Deleted, 0.5
			case a == 0:
				row.Kind, row.Score = Inserted, 0.5
			}
			al.Rows = append(al.Rows, row)
			i, j = i+a, j+b
		}
		if err := al.Check(); err != nil {
			t.Fatal(err)
		}
		r := Coverage(al, CoverageOptions{MinConfidence: -1})
		seen := map[int]bool{}
		last := -1
		for _, f := range r.Omissions {
			if f.Sentences[0] <= last {
				t.Fatalf("trial %d: omissions out of order or overlapping: %v", trial, r.Omissions)
			}
			for _, s := range f.Sentences {
				if seen[s] {
					t.Fatalf("trial %d: sentence %d in two omissions", trial, s)
				}
				seen[s] = true
			}
			last = f.Sentences[len(f.Sentences)-1]
		}
		// A sentence without counterpart is in an omission (all are
		// reported here); one in an omission may still be covered, by
		// a pair whose translation is too short for it.
		if got := r.Total.Sentences; got.Covered > got.Total || got.Total-got.Covered > len(seen) {
			t.Fatalf("trial %d: %d of %d covered with %d in omissions", trial, got.Covered, got.Total, len(seen))
		}
	}
}

// TestCountWordsUnspaced: words are runs of letters, but in Chinese and
// Japanese, written without spaces, each letter counts, as their word
// counts go: a sentence is not one "word" per clause.
func TestCountWordsUnspaced(t *testing.T) {
	for s, want := range map[string]int{
		"In the beginning God created the heaven and the earth.": 10,
		"起初神创造天地。":                                               7,
		"太初に神は天と地とを創造された。":                                       15,
		"태초에 하나님이 천지를 창조하시니라":                                    4,
		"Gott schuf 1917 Himmel und Erde.":                       6,
	} {
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}
