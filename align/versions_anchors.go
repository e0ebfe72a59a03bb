package align

import "github.com/synoptic-text/synoptic/editions"

// Anchors between versions: step 1 of the comparison of versions (see
// versions.go).
//
// An anchor is a pair of sentences, one of each version, with the same
// comparison form (editions.Sentence.Norm), that the rest of the
// comparison takes as certainly the same sentence in the same place.
// Anchors are found region by region, starting with the whole texts:
//
//  1. The sentences whose text occurs exactly once in each version's
//     part of the region are paired, and the longest run of such pairs
//     standing in the same order in both (a longest increasing
//     subsequence, found by patience sorting in n log n) become anchors:
//     Heckel's unique lines (CACM 21(4), 1978) as Bram Cohen's patience
//     diff uses them.
//  2. When no text is unique on both sides, texts that occur as often in
//     one version's part as in the other's are paired in order, the k-th
//     occurrence with the k-th, and the longest increasing run of those
//     pairs become anchors. This is what makes a refrain, a repeated
//     passage or a text concatenated with itself come out right: in
//     Verne's English three times over, no sentence is unique, but each
//     occurs three times on each side, and the first occurrence goes
//     with the first. Git's histogram diff (after JGit's) makes the same
//     move from unique to rare lines; pairing the k-th with the k-th,
//     rather than taking the rarest line's longest common run, keeps the
//     three copies in their order without a search.
//  3. Each stretch between two anchors is a region of its own: a text
//     repeated in the whole is often unique between two anchors, and a
//     sentence deleted from one copy of a repeated passage has, between
//     the anchors around it, one occurrence on one side and none on the
//     other.
//  4. A region that yields no such pairs has its common prefix, then its
//     common suffix, as anchors (what every diff does; it is also how an
//     anchor grows over equal neighbours, "Amen." after "Amen."), and
//     what lies between is a region again. Prefix before suffix, and
//     both only after the pairs: an invocation added with its response,
//     "… Y. Pray for us. X. Pray for us. …", is then X and its response
//     inserted after Y's, not a response and X inserted before it.
//
// What no anchor pairs is left to the gap program (versions_gap.go),
// which pairs sentences by their words and sees edits, splits and joins.
//
// Each level of regions costs time linear in the text, plus n log n for
// the increasing runs, and the regions of one level are disjoint. The
// levels are bounded (maxAnchorDepth), so that no input can make the
// recursion quadratic; realistic texts stop far sooner: the deepest level
// with sentences on both sides is 3 for Mark, KJV against ASV, and 2 for
// Genesis, Ruth, Psalm 136, Verne's English three times over against an
// edited copy and "Amen." × 50,000 (bench/versions), the first level
// being the whole texts (measured once, by printing the depth reached).

// maxAnchorDepth bounds the levels of regions. Each level needs a region
// whose anchors were all in crossing pairs or repeated at the level
// above; 32 levels is ten times the deepest measured on real texts (see
// above), and what is left when it is reached goes to the gap
// program, which costs linear time, so the bound only guards against
// inputs built to be pathological.
const maxAnchorDepth = 32

// anchorer finds the anchors of a comparison. ida and idb are the
// comparison forms of the sentences of a and b as small integers (equal
// forms, equal ids); the other slices are scratch space indexed by id or
// by position, zero between uses, so that a region costs time in its
// size, not in the size of the texts.
type anchorer struct {
	ida, idb   []int32
	cntA, cntB []int32 // occurrences of each id in the region
	headB      []int32 // first occurrence not yet paired of each id in b's part, plus one
	nextB      []int32 // next occurrence of the same id in b's part, plus one
	out        [][2]int
}

// anchors returns the pairs (i, j) of sentences that are certainly the
// same sentence in the same place, in increasing order of both.
func (c *versionComparer) anchors() [][2]int {
	// The forms are read where they are, not listed first (two lists of
	// 4.7 MB to drop for bench/pathological's 20 MB paragraph against a
	// novel). The map is grown, not made with room for every sentence:
	// so made, it was live, whole, earlier, and the comparison's peak
	// resident memory was higher (213 MB against 201 MB, three runs of
	// four).
	ida, idb, forms := c.sentenceForms()
	an := &anchorer{ida: ida, idb: idb}
	an.cntA = make([]int32, forms)
	an.cntB = make([]int32, forms)
	an.headB = make([]int32, forms)
	an.nextB = make([]int32, len(an.idb))
	an.out = make([][2]int, 0, min(len(an.ida), len(an.idb)))
	an.region(0, len(an.ida), 0, len(an.idb), 1)
	return an.out
}

// region appends the anchors of a's sentences [a0, a1) and b's [b0, b1).
func (an *anchorer) region(a0, a1, b0, b1, depth int) {
	if a0 >= a1 || b0 >= b1 || depth > maxAnchorDepth {
		return
	}
	if pairs := an.pairs(a0, a1, b0, b1); len(pairs) > 0 {
		i, j := a0, b0
		for _, p := range pairs {
			an.region(i, p[0], j, p[1], depth+1)
			an.out = append(an.out, p)
			i, j = p[0]+1, p[1]+1
		}
		an.region(i, a1, j, b1, depth+1)
		return
	}
	// No pairs: the common prefix, then the common suffix, and what lies
	// between as a region again.
	start := len(an.out)
	for a0 < a1 && b0 < b1 && an.ida[a0] == an.idb[b0] {
		an.out = append(an.out, [2]int{a0, b0})
		a0, b0 = a0+1, b0+1
	}
	e := 0
	for a1-e > a0 && b1-e > b0 && an.ida[a1-1-e] == an.idb[b1-1-e] {
		e++
	}
	if len(an.out) == start && e == 0 {
		return
	}
	an.region(a0, a1-e, b0, b1-e, depth+1)
	for k := e; k > 0; k-- {
		an.out = append(an.out, [2]int{a1 - k, b1 - k})
	}
}

// pairs returns the anchors of a region:
// the longest increasing run of the pairs of texts unique on both sides,
// or, when there are none, of the k-th with the k-th occurrence of texts
// as frequent on both sides.
func (an *anchorer) pairs(a0, a1, b0, b1 int) [][2]int {
	for i := a0; i < a1; i++ {
		an.cntA[an.ida[i]]++
	}
	for j := b1 - 1; j >= b0; j-- {
		id := an.idb[j]
		an.cntB[id]++
		an.nextB[j] = an.headB[id]
		an.headB[id] = int32(j + 1)
	}
	var cand [][2]int
	for i := a0; i < a1; i++ {
		if id := an.ida[i]; an.cntA[id] == 1 && an.cntB[id] == 1 {
			cand = append(cand, [2]int{i, int(an.headB[id]) - 1})
		}
	}
	if len(cand) == 0 {
		for i := a0; i < a1; i++ {
			if id := an.ida[i]; an.cntA[id] == an.cntB[id] {
				j := int(an.headB[id]) - 1
				an.headB[id] = an.nextB[j]
				cand = append(cand, [2]int{i, j})
			}
		}
	}
	for i := a0; i < a1; i++ {
		an.cntA[an.ida[i]] = 0
	}
	for j := b0; j < b1; j++ {
		id := an.idb[j]
		an.cntB[id], an.headB[id] = 0, 0
	}
	return increasingPairs(cand)
}

// sentenceForms returns the comparison forms of the sentences of a and b
// as small integers (equal forms, equal ids), and how many forms there
// are. They are made once and kept (4 bytes a sentence): the anchors
// and the guide of a long gap (sharedGuide) both read them, where the
// guide once put the forms of a gap's sentences in maps of strings, 30
// MB made to be dropped for bench/pathological's 20 MB paragraph
// against a novel.
func (c *versionComparer) sentenceForms() (ida, idb []int32, forms int) {
	if c.formA == nil {
		ids := interner{}
		intern := func(ss []editions.Sentence) []int32 {
			out := make([]int32, len(ss))
			for i := range ss {
				out[i] = ids.id(ss[i].Norm)
			}
			return out
		}
		c.formA, c.formB = intern(c.a.Sentences), intern(c.b.Sentences)
		c.forms = len(ids)
	}
	return c.formA, c.formB, c.forms
}

// An interner numbers strings in the order first met, from 0.
type interner map[string]int32

// id returns the number of s, giving it the next if s is new.
func (m interner) id(s string) int32 {
	id, ok := m[s]
	if !ok {
		id = int32(len(m))
		m[s] = id
	}
	return id
}
