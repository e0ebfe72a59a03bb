package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// Bible books as running prose, with verses dropped and moved, and a
// judge of alignments that knows which verse every sentence comes from:
// the data calibrate.go fits and checks the row scores on.
//
// Each version's .tsv is read, its verse numbers brought to the KJV's
// versification, some verses dropped from one side or the other and a
// few moved, and the rest written as prose, one paragraph per chapter,
// and read by the editions reader as any text is (sentences found by its
// segmenter, not given). Each sentence belongs to the verses its bytes
// overlap; verses that share a sentence, on either side, make one verse
// group. A row is right when all its sentences belong to one group and,
// when it has sentences on one side only, the other edition has nothing
// of that group; a moved row, when its peer's sentences are of its group.

// A verseBook is one version of a book, verse by verse, in KJV numbering.
type verseBook struct {
	lang   string
	refs   []string // "c:v"
	verses []string
}

// frontRef is a verse number printed at a verse's start, "(H2:1)" or
// "(2:1)", and Darby's paragraph mark "*": not part of the text.
var frontRef = regexp.MustCompile(`^\*?\s*(\(H?\d+:\d+\)\s*)?`)

// readVerseBook reads a .tsv of the Bible folder: the first line a
// comment naming the versification, then "Book c:v<TAB>text" lines.
// German and Catholic numbering (Gen 32:1 is the KJV's 31:55; Jonah 2:1
// its 1:17) are brought to the KJV's.
func readVerseBook(path, lang string) (*verseBook, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	vb := &verseBook{lang: lang}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	shift := false
	book := strings.SplitN(filepath.Base(path), ".", 3)[1]
	for sc.Scan() {
		s := sc.Text()
		if strings.HasPrefix(s, "#") {
			shift = strings.Contains(s, "versification=German") || strings.Contains(s, "versification=Catholic")
			continue
		}
		ref, text, ok := strings.Cut(s, "\t")
		sp := strings.LastIndexByte(ref, ' ')
		if !ok || sp < 0 {
			continue
		}
		text = strings.TrimSpace(frontRef.ReplaceAllString(text, ""))
		if text == "" {
			continue
		}
		var c, v int
		if _, err := fmt.Sscanf(ref[sp+1:], "%d:%d", &c, &v); err != nil {
			return nil, fmt.Errorf("%s: verse %q", path, ref)
		}
		if shift {
			switch {
			case book == "Gen" && c == 32 && v == 1:
				c, v = 31, 55
			case book == "Gen" && c == 32:
				v--
			case book == "Jonah" && c == 2 && v == 1:
				c, v = 1, 17
			case book == "Jonah" && c == 2:
				v--
			}
		}
		vb.refs = append(vb.refs, fmt.Sprintf("%d:%d", c, v))
		vb.verses = append(vb.verses, text)
	}
	return vb, sc.Err()
}

// A versePair is two versions of a book made into editions, with the
// verse group of every sentence.
type versePair struct {
	name     string
	a, b     *editions.Edition
	groupA   []int // verse group of each sentence of a
	groupB   []int
	inA, inB map[int]bool // the groups each edition has sentences of
}

// damage is how a pair is made harder than the two books as printed.
type damage struct {
	dropRate float64 // chance that a run of dropped verses starts at a verse
	maxRun   int     // longest run dropped
	moveRate float64 // share of b's verses moved 5 to 30 verses later
	// nearRate is the share of b's verses that begin a passage of one
	// to three verses set two to eight verses later: a translator's
	// sentence put after its neighbours, which the search, keeping both
	// texts in order, may pair with those neighbours instead.
	nearRate float64
	seed     int64
}

// makeVersePair drops verses (runs of 1 to maxRun, from a or b at
// random) and moves some of b's, writes both as prose and reads them.
func makeVersePair(name string, va, vb *verseBook, d damage) (*versePair, error) {
	rng := rand.New(rand.NewSource(d.seed))
	drop := [2]map[string]bool{{}, {}}
	for k := 0; k < len(va.refs); k++ {
		if rng.Float64() < d.dropRate {
			side, n := rng.Intn(2), 1+rng.Intn(d.maxRun)
			for x := k; x < k+n && x < len(va.refs); x++ {
				drop[side][va.refs[x]] = true
			}
			k += n
		}
	}
	orderA := keep(va, drop[0])
	orderB := keep(vb, drop[1])
	// A verse moved is one that is a sentence or more of its own (it
	// and the verse before it end a sentence), put after another verse
	// that ends one, so that its sentences move whole.
	ends := func(x int) bool { return strings.ContainsAny(lastRune(vb.verses[orderB[x]]), ".?!") }
	moves := int(math.Round(d.moveRate * float64(len(orderB))))
	for m, tries := 0, 0; m < moves && len(orderB) > 40 && tries < 1000; tries++ {
		from := 1 + rng.Intn(len(orderB)-32)
		to := from + 5 + rng.Intn(25)
		if !ends(from-1) || !ends(from) || !ends(to) {
			continue
		}
		v := orderB[from]
		orderB = append(orderB[:from], orderB[from+1:]...)
		orderB = append(orderB[:to], append([]int{v}, orderB[to:]...)...)
		m++
	}
	near := int(math.Round(d.nearRate * float64(len(orderB))))
	for m, tries := 0, 0; m < near && len(orderB) > 40 && tries < 1000; tries++ {
		from := 1 + rng.Intn(len(orderB)-16)
		n := 1 + rng.Intn(3)
		to := from + n + 2 + rng.Intn(7) // the verse the passage goes after, in the order before
		if !ends(from-1) || !ends(from+n-1) || !ends(to-1) {
			continue
		}
		passage := slices.Clone(orderB[from : from+n])
		rest := slices.Concat(orderB[:from], orderB[from+n:to])
		orderB = slices.Concat(rest, passage, orderB[to:])
		m++
	}
	ids := map[string]int{}
	a, verseA, err := prose(name+" a", va, orderA, ids)
	if err != nil {
		return nil, err
	}
	b, verseB, err := prose(name+" b", vb, orderB, ids)
	if err != nil {
		return nil, err
	}
	// Verse groups: verses sharing a sentence, on either side.
	parent := make([]int, len(ids))
	for k := range parent {
		parent[k] = k
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, side := range [][][]int{verseA, verseB} {
		for _, vs := range side {
			for _, v := range vs[1:] {
				parent[find(v)] = find(vs[0])
			}
		}
	}
	p := &versePair{name: name, a: a, b: b, inA: map[int]bool{}, inB: map[int]bool{}}
	p.groupA, p.groupB = make([]int, len(verseA)), make([]int, len(verseB))
	for i, vs := range verseA {
		p.groupA[i] = find(vs[0])
		p.inA[p.groupA[i]] = true
	}
	for j, vs := range verseB {
		p.groupB[j] = find(vs[0])
		p.inB[p.groupB[j]] = true
	}
	return p, nil
}

// keep returns the indices of vb's verses not dropped.
func keep(vb *verseBook, drop map[string]bool) []int {
	var out []int
	for k, r := range vb.refs {
		if !drop[r] {
			out = append(out, k)
		}
	}
	return out
}

// prose writes the verses order of vb as prose, a paragraph per chapter
// (a new chapter wherever the chapter number changes), reads it, and
// returns the verse ids (numbered in ids, shared by the pair) each
// sentence overlaps.
func prose(name string, vb *verseBook, order []int, ids map[string]int) (*editions.Edition, [][]int, error) {
	var sb strings.Builder
	type span struct{ start, end, id int }
	var spans []span
	chapter := ""
	for k, x := range order {
		c, _, _ := strings.Cut(vb.refs[x], ":")
		switch {
		case k == 0:
		case c != chapter:
			sb.WriteString("\n\n")
		default:
			sb.WriteByte(' ')
		}
		chapter = c
		id, ok := ids[vb.refs[x]]
		if !ok {
			id = len(ids)
			ids[vb.refs[x]] = id
		}
		start := sb.Len()
		sb.WriteString(vb.verses[x])
		spans = append(spans, span{start, sb.Len(), id})
	}
	sb.WriteByte('\n')
	text := sb.String()
	e, err := editions.Parse(name, []byte(text), editions.Options{Lang: vb.lang, Format: "text"})
	if err != nil {
		return nil, nil, err
	}
	if e.Text != text {
		return nil, nil, fmt.Errorf("%s: the reader changed the text, so verse offsets do not hold", name)
	}
	verses := make([][]int, len(e.Sentences))
	k := 0
	for i, s := range e.Sentences {
		for k < len(spans) && spans[k].end <= int(s.Start) {
			k++
		}
		for x := k; x < len(spans) && spans[x].start < int(s.End); x++ {
			verses[i] = append(verses[i], spans[x].id)
		}
		if len(verses[i]) == 0 {
			return nil, nil, fmt.Errorf("%s: sentence %d is in no verse", name, i)
		}
	}
	return e, verses, nil
}

// right judges each row of al, an alignment of the pair, by verse group.
func (p *versePair) right(al *align.Alignment) []bool {
	group := func(r align.Row) (int, bool) {
		g, one := -1, true
		for e, cell := range r.Cells {
			gs := p.groupA
			if e == 1 {
				gs = p.groupB
			}
			for _, s := range cell {
				if g >= 0 && gs[s] != g {
					one = false
				}
				g = gs[s]
			}
		}
		return g, one
	}
	out := make([]bool, len(al.Rows))
	for k, r := range al.Rows {
		g, one := group(r)
		switch {
		case !one:
		case r.Kind == align.Moved:
			pg, pone := group(al.Rows[r.Peer])
			out[k] = pone && pg == g
		case len(r.Cells[0]) == 0:
			out[k] = !p.inA[g]
		case len(r.Cells[1]) == 0:
			out[k] = !p.inB[g]
		default:
			out[k] = true
		}
	}
	return out
}

func lastRune(s string) string {
	r := []rune(strings.TrimRight(s, " \"'’”»)"))
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}
