package main

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// What an edit does to a sentence of the first text.
type editKind int

const (
	deleteSentence editKind = iota
	insertAfter
	substituteWord
	movePart // one side of the moved paragraph: cut here, or pasted here
)

func (k editKind) String() string {
	return [...]string{"deletion", "insertion", "substitution", "move"}[k]
}

// An edit replaces the bytes [at, end) of the first text by text.
type edit struct {
	kind     editKind
	sentence int // the sentence of the first text edited (deleted, followed, changed)
	at, end  int
	text     string
}

// A derived text is the first text with edits applied, and where each
// byte of the first text that was kept went.
type derived struct {
	text string
	segs []segment
	// inserted are the offsets in text of the sentences inserted
	inserted []int
	// replaced maps where each substitution begins in the first text to
	// where its replacement begins in text
	replaced map[int]int
}

// A segment is the first text's bytes [from, to), copied to at.
type segment struct{ from, to, at int }

// apply makes the derived text of a: the edits, sorted by position, must
// not overlap. A movePart edit with text pastes that text (a's bytes
// from its sentence's paragraph) and maps those bytes to their new place.
func apply(a string, edits []edit, moved [2]int) derived {
	sort.SliceStable(edits, func(x, y int) bool { return edits[x].at < edits[y].at })
	var d derived
	var b strings.Builder
	cur := 0
	for _, e := range edits {
		d.segs = append(d.segs, segment{cur, e.at, b.Len()})
		b.WriteString(a[cur:e.at])
		switch {
		case e.kind == insertAfter:
			d.inserted = append(d.inserted, b.Len()+1) // after the space
		case e.kind == movePart && e.text != "":
			d.segs = append(d.segs, segment{moved[0], moved[1], b.Len()})
		case e.kind == substituteWord:
			if d.replaced == nil {
				d.replaced = map[int]int{}
			}
			d.replaced[e.at] = b.Len()
		}
		b.WriteString(e.text)
		cur = e.end
	}
	d.segs = append(d.segs, segment{cur, len(a), b.Len()})
	b.WriteString(a[cur:])
	d.text = b.String()
	return d
}

// where returns the offset in the derived text of byte x of the first.
func (d derived) where(x int) (int, bool) {
	if at, ok := d.replaced[x]; ok {
		return at, true
	}
	for _, s := range d.segs {
		if x >= s.from && x < s.to {
			return s.at + x - s.from, true
		}
	}
	return 0, false
}

// expectation is what the rows of a's sentence should be.
type expectation struct {
	kind align.RowKind // Deleted, Moved, Changed or Equal
	peer []int         // the sentences of b it goes with (not for Deleted)
	edit int           // the edit it belongs to, or -1
}

// outcome counts what a comparison got right against the edits.
type outcome struct {
	edits, found map[editKind]int
	spurious     int // moved rows not of the real move
	wrong        int // sentences not in the row expected
	failures     []string
}

// expect computes what every sentence's row should be, and checks the
// derived text read back cut into the sentences the edits imply.
func expect(a, b *editions.Edition, d derived, edits []edit, movedSentences map[int]bool) ([]expectation, []int, error) {
	starts := map[int]int{}
	for j, s := range b.Sentences {
		starts[int(s.Start)] = j
	}
	kindOf := map[int]int{} // sentence of a -> edit index
	for k, e := range edits {
		if e.kind != movePart {
			kindOf[e.sentence] = k
		}
	}
	out := make([]expectation, len(a.Sentences))
	for i, s := range a.Sentences {
		k, edited := kindOf[i]
		if !edited {
			k = -1
		}
		if edited && edits[k].kind == deleteSentence {
			out[i] = expectation{kind: align.Deleted, edit: k}
			continue
		}
		at, ok := d.where(int(s.Start))
		j, found := starts[at]
		if !ok || !found {
			j := sort.Search(len(b.Sentences), func(j int) bool { return int(b.Sentences[j].End) > at })
			near := ""
			if j < len(b.Sentences) {
				near = b.Sentences[j].Text
			}
			return nil, nil, &segmentationError{i, fmt.Sprintf("sentence %d of the first text (%.60q) is not a sentence of the edited text (%.60q there)", i, s.Text, near)}
		}
		// The edited text may be cut into sentences differently after an
		// edit: its sentences that begin inside this one go with it.
		end, _ := d.where(int(s.End) - 1)
		peer := []int{j}
		for j+1 < len(b.Sentences) && int(b.Sentences[j+1].Start) <= end {
			j++
			peer = append(peer, j)
		}
		want := align.Equal
		switch {
		case movedSentences[i]:
			want = align.Moved
		case edited && edits[k].kind == substituteWord:
			want = align.Changed
		}
		out[i] = expectation{kind: want, peer: peer, edit: k}
	}
	var ins []int
	for _, at := range d.inserted {
		j, ok := starts[at]
		if !ok {
			return nil, nil, fmt.Errorf("an inserted sentence at byte %d is not a sentence of the edited text", at)
		}
		ins = append(ins, j)
	}
	return out, ins, nil
}

// A segmentationError says that a sentence of the first text is not a
// sentence of the edited text.
type segmentationError struct {
	sentence int
	msg      string
}

func (e *segmentationError) Error() string { return e.msg }

func abs(x int) int { return max(x, -x) }

// score checks al against the expectations.
func score(al *align.Alignment, want []expectation, inserted []int, edits []edit, movedSentences map[int]bool) outcome {
	o := outcome{edits: map[editKind]int{}, found: map[editKind]int{}}
	ra, rb := rowsOf(al, 0), rowsOf(al, 1)
	okEdit := map[int]bool{}
	for k, e := range edits {
		if e.kind != movePart {
			o.edits[e.kind]++
			okEdit[k] = true
		}
	}
	o.edits[movePart] = 1
	moveOK := true
	newPlace := map[int]bool{}
	// Runs of identical sentences ("Amen." after "Amen.") are
	// interchangeable: which of them a diff calls deleted, and so which
	// it pairs with which, is its choice. runA and runB number the runs.
	runA, runB := runs(al.Editions[0]), runs(al.Editions[1])
	deletedRuns, wantDeleted := map[int]bool{}, map[int]bool{}
	for _, r := range al.Rows {
		if r.Kind == align.Deleted {
			for _, i := range r.Cells[0] {
				deletedRuns[runA[i]] = true
			}
		}
	}
	for i, w := range want {
		if w.kind == align.Deleted {
			wantDeleted[runA[i]] = true
		}
	}
	sameRun := func(r align.Row, peer []int) bool {
		return r.Kind == align.Equal && len(r.Cells[1]) == 1 && len(peer) == 1 && runB[r.Cells[1][0]] == runB[peer[0]]
	}
	for i, w := range want {
		r := al.Rows[ra[i]]
		good := false
		switch w.kind {
		case align.Deleted:
			good = r.Kind == align.Deleted
			if !good && i > 0 && len(want[i-1].peer) > 0 && runA[i-1] == runA[i] {
				good = deletedRuns[runA[i]] && sameRun(r, want[i-1].peer)
			}
		case align.Moved:
			for _, j := range w.peer {
				newPlace[j] = true
			}
			good = r.Kind == align.Moved && len(r.Cells[1]) == 0 && slices.Equal(al.Rows[r.Peer].Cells[1], w.peer)
		default:
			good = r.Kind == w.kind && slices.Equal(r.Cells[0], []int{i}) && slices.Equal(r.Cells[1], w.peer)
			if !good && w.kind == align.Equal {
				good = sameRun(r, w.peer) || (r.Kind == align.Deleted && wantDeleted[runA[i]])
			}
		}
		if !good {
			o.wrong++
			if w.edit >= 0 {
				okEdit[w.edit] = false
			}
			if movedSentences[i] {
				moveOK = false
			}
			o.failures = append(o.failures, fmt.Sprintf("sentence %d (%.50q): want %v with %v, got %v %v", i, al.Editions[0].Sentences[i].Text, w.kind, w.peer, r.Kind, r.Cells))
		}
	}
	// inserted holds the insertions in the order of the edits (sorted by
	// apply).
	var insertions []int
	for k, e := range edits {
		if e.kind == insertAfter {
			insertions = append(insertions, k)
		}
	}
	for k, j := range inserted {
		if r := al.Rows[rb[j]]; r.Kind != align.Inserted {
			o.wrong++
			okEdit[insertions[k]] = false
			o.failures = append(o.failures, fmt.Sprintf("inserted sentence %d: got %v %v", j, r.Kind, r.Cells))
		}
	}
	for k, ok := range okEdit {
		if ok {
			o.found[edits[k].kind]++
		}
	}
	if moveOK {
		o.found[movePart] = 1
	}
	for _, r := range al.Rows {
		if r.Kind != align.Moved {
			continue
		}
		real := false
		for _, i := range r.Cells[0] {
			real = real || movedSentences[i]
		}
		for _, j := range r.Cells[1] {
			real = real || newPlace[j]
		}
		if !real {
			o.spurious++
		}
	}
	return o
}

// runs numbers the runs of sentences of e with the same comparison
// form, one after another.
func runs(e *editions.Edition) []int {
	out := make([]int, len(e.Sentences))
	for i := 1; i < len(out); i++ {
		out[i] = out[i-1]
		if e.Sentences[i].Norm != e.Sentences[i-1].Norm {
			out[i]++
		}
	}
	return out
}

func (o outcome) print(name string, m measures, verbose bool) bool {
	all, found := 0, 0
	var parts []string
	for k := deleteSentence; k <= movePart; k++ {
		all += o.edits[k]
		found += o.found[k]
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, o.found[k], o.edits[k]))
	}
	fmt.Printf("%s: edits found %d/%d (%s); moves not real %d; sentences in another row than expected %d; %v\n",
		name, found, all, strings.Join(parts, ", "), o.spurious, o.wrong, m)
	if verbose {
		for _, f := range o.failures {
			fmt.Println("   ", f)
		}
	}
	return found == all && o.spurious == 0 && o.wrong == 0
}

var wordRE = regexp.MustCompile(`\b[a-z]{5,}\b`)

// replacements are the words a substitution puts in; plain words, so
// that the change is a substitution of one word.
var replacements = []string{"yellow", "quietly", "borrowed", "seventeen", "lantern", "crimson"}

// verne compares Verne's English three times over with an edited copy.
func verne(eval string, seed int64, runs int, verbose bool) bool {
	e, err := editions.Read(filepath.Join(eval, "verne", "en.pg103.txt"), editions.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "versions:", err)
		return false
	}
	body := e.Text[e.Paragraphs[0].Start:e.Paragraphs[len(e.Paragraphs)-1].End]
	a, err := editions.Parse("verne3.en.txt", []byte(body+"\n\n"+body+"\n\n"+body+"\n"), editions.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "versions:", err)
		return false
	}
	rng := rand.New(rand.NewSource(seed))
	ps := a.Paragraphs
	// The moved paragraph: one of the middle copy with three sentences or
	// more, pasted before the paragraph twenty on.
	var p int
	for {
		p = len(ps)/3 + rng.Intn(len(ps)/3-21)
		if ps[p].Kind == editions.Text && ps[p].Limit-ps[p].First >= 3 {
			break
		}
	}
	q := p + 20
	movedSentences := map[int]bool{}
	for i := int(ps[p].First); i < int(ps[p].Limit); i++ {
		movedSentences[i] = true
	}
	moved := [2]int{int(ps[p].Start), int(ps[p+1].Start)}
	edits := []edit{
		{kind: movePart, at: moved[0], end: moved[1]},
		{kind: movePart, at: int(ps[q].Start), end: int(ps[q].Start), text: a.Text[moved[0]:moved[1]]},
	}
	// 65 sentence edits, three sentences apart at least, in paragraphs of
	// prose of two sentences or more, none the last of its paragraph, and
	// none near the move.
	busy := map[int]bool{}
	for _, k := range []int{p - 1, p, p + 1, q - 1, q} {
		for i := int(ps[k].First) - 1; i <= int(ps[k].Limit); i++ {
			busy[i] = true
		}
	}
	plan := []editKind{}
	for k := 0; k < 22; k++ {
		plan = append(plan, deleteSentence, insertAfter)
	}
	for k := 0; k < 21; k++ {
		plan = append(plan, substituteWord)
	}
	pick := func(n int, kind editKind) edit {
		for {
			i := rng.Intn(len(a.Sentences))
			s := a.Sentences[i]
			par := ps[s.Paragraph]
			if busy[i] || par.Kind != editions.Text || i+1 >= int(par.Limit) {
				continue
			}
			ed := edit{kind: kind, sentence: i}
			switch kind {
			case deleteSentence:
				ed.at, ed.end = int(s.Start), int(a.Sentences[i+1].Start)
			case insertAfter:
				ed.at, ed.end = int(s.End), int(s.End)
				ed.text = fmt.Sprintf(" The editor added this sentence, number %d of the new ones.", n+1)
			case substituteWord:
				text := a.Text[s.Start:s.End]
				var loc []int
				for _, l := range wordRE.FindAllStringIndex(text, -1) {
					if l[0] > 0 && !strings.ContainsAny(text[l[0]-1:l[0]], "-\n") && (l[1] == len(text) || !strings.ContainsAny(text[l[1]:l[1]+1], "-\n")) {
						loc = l
						break
					}
				}
				word := replacements[n%len(replacements)]
				if loc == nil || word == text[loc[0]:loc[1]] {
					continue
				}
				ed.at, ed.end, ed.text = int(s.Start)+loc[0], int(s.Start)+loc[1], word
			}
			for x := i - 3; x <= i+3; x++ {
				busy[x] = true
			}
			return ed
		}
	}
	for n, kind := range plan {
		edits = append(edits, pick(n, kind))
	}
	// An edit can change how the text around it is cut into sentences
	// ("What a journey! The sledge…" after the sentence between them is
	// deleted): such an edit is drawn again, elsewhere, so that every
	// sentence's place is known.
	var (
		b        *editions.Edition
		want     []expectation
		inserted []int
	)
	for try := 0; ; try++ {
		d := apply(a.Text, edits, moved)
		b, err = editions.Parse("verne3.edited.en.txt", []byte(d.text), editions.Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, "versions:", err)
			return false
		}
		want, inserted, err = expect(a, b, d, edits, movedSentences)
		var cut *segmentationError
		if err == nil {
			break
		}
		if !errors.As(err, &cut) || try == 20 {
			fmt.Fprintln(os.Stderr, "versions: Verne:", err)
			return false
		}
		near := -1
		for k, e := range edits {
			if e.kind != movePart && (near < 0 || abs(e.sentence-cut.sentence) < abs(edits[near].sentence-cut.sentence)) {
				near = k
			}
		}
		edits[near] = pick(len(plan)+try, edits[near].kind)
	}
	al, m := compare(a, b, runs)
	name := fmt.Sprintf("Verne's English three times (%d sentences) against a copy with %d edits (%d sentences)", len(a.Sentences), len(edits)-1, len(b.Sentences))
	ok := score(al, want, inserted, edits, movedSentences).print(name, m, verbose)
	return coverageOf(al, edits, inserted, movedSentences, verbose) && ok
}

// amen compares "Amen." on 50,000 lines with a copy of it with four
// edits: one line in capitals, one deleted, one inserted ("Alleluia."),
// one with an exclamation mark. (Not "Amen, amen.": that is two lines
// joined, and a diff is right to say so.)
func amen(runs int, verbose bool) bool {
	const n = 50000
	a, err := editions.Parse("amen.en.txt", []byte(strings.Repeat("Amen.\n", n)), editions.Options{})
	if err != nil || len(a.Sentences) != n {
		fmt.Fprintln(os.Stderr, "versions: Amen: not read as 50,000 sentences:", err)
		return false
	}
	s := a.Sentences
	edits := []edit{
		{kind: substituteWord, sentence: 10000, at: int(s[10000].Start), end: int(s[10000].End), text: "AMEN."},
		{kind: deleteSentence, sentence: 20000, at: int(s[20000].Start), end: int(s[20001].Start)},
		{kind: insertAfter, sentence: 30000, at: int(s[30000].End), end: int(s[30000].End), text: " Alleluia."},
		{kind: substituteWord, sentence: 40000, at: int(s[40000].Start), end: int(s[40000].End), text: "Amen!"},
	}
	d := apply(a.Text, edits, [2]int{})
	b, err := editions.Parse("amen.edited.en.txt", []byte(d.text), editions.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "versions:", err)
		return false
	}
	want, inserted, err := expect(a, b, d, edits, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "versions: Amen:", err)
		return false
	}
	al, m := compare(a, b, runs)
	o := score(al, want, inserted, edits, nil)
	o.edits[movePart], o.found[movePart] = 0, 0
	k := kinds(al)
	fmt.Printf("\"Amen.\" × %d against a copy with 4 edits: %d rows other than equal, %d moved, %d equal\n", n, len(al.Rows)-k[align.Equal], k[align.Moved], k[align.Equal])
	return o.print("  the same, checked row by row", m, verbose) && len(al.Rows)-k[align.Equal] == 4
}
