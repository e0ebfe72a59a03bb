package align

import (
	"container/heap"

	"github.com/synoptic-text/synoptic/editions"
)

// Many editions at once.
//
// A French original, its English translation of 1972, the corrected
// English edition of 2016 and a Russian translation are aligned as a
// tree: each edition to a parent — the first earlier edition in its own
// language, so that versions are compared with each other word by word,
// else the base edition, as a translation. The pairwise alignments are
// then merged into one set of rows in which every sentence of every
// edition appears exactly once, in its own order:
//
//  1. sentences that some pairwise row puts together are joined into one
//     group (union-find), so that when one edition joins two sentences
//     that another keeps apart the row holds all of them;
//  2. a group must be a run of consecutive sentences in each edition:
//     groups that interleave are joined too;
//  3. the groups are ordered so that every edition reads in order (a
//     topological order of "comes before in some edition"), ties broken by
//     their position in the texts.
//
// Moves found between versions stay moves when both ends stand alone in
// their rows.

// alignMany merges the alignments made by pairwise, of each edition to
// its parent.
func alignMany(eds []*editions.Edition, opts Options, pairwise func(parent, child int) *Alignment) *Alignment {
	if opts.Mode == "" {
		opts.Mode = AutoMode // as compare takes it
	}
	n := len(eds)
	parent := parents(eds, opts)
	// Pairwise alignments, each child to its parent, each folded into the
	// merger as soon as it is made; of its rows only what the merged rows
	// take from them is kept (pairTrace), not the rows whole with their
	// cells and word diffs, which the merged rows' diffs are made anew
	// from: 20 editions of 500 KB as versions (bench/pathological's
	// editions-20 at -scale 10) held 82 MB live at the end of this loop,
	// the editions' 33 MB among them, and 55 MB after.
	m := newMerger(eds)
	traces := make([][]pairTrace, n)
	asVersion := make([]bool, n) // each edition compared with its parent as a version
	var warns []Warning
	for k := range eds {
		if k == opts.Base {
			continue
		}
		p := parent[k]
		al := pairwise(p, k)
		asVersion[k] = al.versions
		traces[k] = make([]pairTrace, len(al.Rows))
		for x, r := range al.Rows {
			m.joinCell(p, r.Cells[0])
			m.joinCell(k, r.Cells[1])
			if len(r.Cells[0]) > 0 && len(r.Cells[1]) > 0 && r.Kind != Moved {
				m.union(m.node(p, r.Cells[0][0]), m.node(k, r.Cells[1][0]))
			}
			traces[k][x] = newPairTrace(eds[k], al, r)
		}
		for _, w := range al.Warnings {
			sp := make([][2]int, n)
			sp[p], sp[k] = w.Sentences[0], w.Sentences[1]
			w.Sentences = sp
			warns = append(warns, w)
		}
	}
	m.makeContiguous()
	rows := m.orderedRows()

	// Kinds, scores, moves and word diffs of the merged rows.
	rowOf := make([][]int32, n) // edition → sentence → row
	for e := range rowOf {
		rowOf[e] = make([]int32, len(eds[e].Sentences))
	}
	for ri, r := range rows {
		for e, cell := range r.Cells {
			for _, s := range cell {
				rowOf[e][s] = int32(ri)
			}
		}
	}
	for ri := range rows {
		rows[ri].Score = 1
	}
	for k, trace := range traces {
		p := parent[k]
		for _, t := range trace {
			var ri int
			if t.b >= 0 {
				ri = int(rowOf[k][t.b])
			} else {
				ri = int(rowOf[p][t.a])
			}
			rows[ri].Score = min(rows[ri].Score, t.score)
			if t.move != nil {
				// The sentence moved between versions: the row of its new
				// place, when it stands alone there, is a move pointing
				// at the row of its old place (which may hold the
				// sentences of other editions, and then stays as it is),
				// and carries the word diff of the move.
				x, y := ri, int(rowOf[k][t.move.to])
				if onlyEdition(rows[y], k) {
					rows[y].Kind, rows[y].Peer = Moved, x
					rows[y].Diffs = append(rows[y].Diffs, Diff{From: p, To: k, Ops: t.move.ops})
					if onlyEdition(rows[x], p) {
						rows[x].Kind, rows[x].Peer = Moved, y
					}
				}
			}
		}
	}
	for ri := range rows {
		r := &rows[ri]
		// versions: every edition in the row is a version of the edition
		// it was compared with, and that edition is in the row too, so
		// that the row's diffs say all there is to say about it.
		versions := true
		for k := range eds {
			if k == opts.Base || len(r.Cells[k]) == 0 {
				continue
			}
			if !asVersion[k] {
				versions = false
				continue
			}
			p := parent[k]
			if len(r.Cells[p]) == 0 {
				versions = false
				continue
			}
			ta, tb := eds[p].Joined(r.Cells[p]), eds[k].Joined(r.Cells[k])
			if !sameText(ta, tb) {
				r.Diffs = append(r.Diffs, Diff{From: p, To: k, Ops: WordDiff(ta, tb)})
			}
		}
		if r.Kind != Moved {
			r.Kind = manyKind(*r, opts.Base, opts.Version.Ignore, versions)
		}
	}
	al := &Alignment{Editions: eds, Rows: rows, Base: opts.Base}
	// The pairwise alignments' warnings, on the merged rows.
	al.placeWarnings(warns)
	return al
}

// A pairTrace is what the merged rows take from a row of a pairwise
// alignment: the first sentence of each side (-1 where it has none), to
// find the merged row that holds it, its score, and for the row of a
// move's old place, where the sentence went and the word diff of the
// move.
type pairTrace struct {
	a, b  int32
	score float64
	move  *pairMove
}

type pairMove struct {
	to  int // the moved sentence's index in the child edition
	ops []Op
}

// newPairTrace traces row r of al, the alignment of child to its parent.
func newPairTrace(child *editions.Edition, al *Alignment, r Row) pairTrace {
	t := pairTrace{a: -1, b: -1, score: r.Score}
	if len(r.Cells[0]) > 0 {
		t.a = int32(r.Cells[0][0])
	}
	if len(r.Cells[1]) > 0 {
		t.b = int32(r.Cells[1][0])
	}
	if r.Kind == Moved && len(r.Cells[0]) > 0 {
		peer := al.Rows[r.Peer]
		// Always a diff, if only of equal text: it says which edition
		// the sentence moved in.
		ops := peer.DiffOps(0, 1)
		if len(ops) == 0 {
			ops = []Op{{Kind: OpSame, Text: child.Joined(peer.Cells[1])}}
		}
		t.move = &pairMove{to: peer.Cells[1][0], ops: ops}
	}
	return t
}

// parents returns, for each edition, the edition it is aligned to.
func parents(eds []*editions.Edition, opts Options) []int {
	parent := make([]int, len(eds))
	order := []int{opts.Base}
	for k := range eds {
		if k != opts.Base {
			order = append(order, k)
		}
	}
	for x, k := range order {
		parent[k] = opts.Base
		if x == 0 || opts.Mode != AutoMode {
			continue
		}
		for _, earlier := range order[:x] {
			if editions.SameLanguage(eds[earlier].Lang, eds[k].Lang) {
				parent[k] = earlier
				break
			}
		}
	}
	parent[opts.Base] = -1
	return parent
}

// onlyEdition reports a row whose only sentences are edition e's.
func onlyEdition(r Row, e int) bool {
	for k, c := range r.Cells {
		if (k == e) != (len(c) > 0) {
			return false
		}
	}
	return true
}

// manyKind is the kind of a merged row: deleted when only the base has
// sentences, inserted when the base has none; else changed when a
// version in it differs from the edition it was compared with; else
// equal when every edition in the row is a version of another there
// (versions), and a match when a translation is among them.
func manyKind(r Row, base int, ignore []DiffType, versions bool) RowKind {
	others := false
	for k, c := range r.Cells {
		if k != base && len(c) > 0 {
			others = true
		}
	}
	switch {
	case len(r.Cells[base]) == 0:
		return Inserted
	case !others:
		return Deleted
	}
	skip := IgnoreSet(ignore)
	changed := false
	for _, d := range r.Diffs {
		changed = changed || !onlyIgnored(d.Ops, skip)
	}
	switch {
	case changed:
		return Changed
	case versions:
		return Equal
	}
	return Match
}

// merger groups sentences of several editions.
type merger struct {
	eds    []*editions.Edition
	offset []int // node of sentence s of edition e: offset[e]+s
	up     []int32
}

func newMerger(eds []*editions.Edition) *merger {
	m := &merger{eds: eds, offset: make([]int, len(eds)+1)}
	for e, ed := range eds {
		m.offset[e+1] = m.offset[e] + len(ed.Sentences)
	}
	m.up = make([]int32, m.offset[len(eds)])
	for i := range m.up {
		m.up[i] = int32(i)
	}
	return m
}

func (m *merger) node(e, s int) int { return m.offset[e] + s }

func (m *merger) find(x int) int {
	for int(m.up[x]) != x {
		m.up[x] = m.up[m.up[x]] // path halving
		x = int(m.up[x])
	}
	return x
}

func (m *merger) union(x, y int) bool {
	x, y = m.find(x), m.find(y)
	if x == y {
		return false
	}
	if x > y {
		x, y = y, x
	}
	m.up[y] = int32(x) // the smaller node is the root: deterministic
	return true
}

func (m *merger) joinCell(e int, cell []int) {
	for k := 1; k < len(cell); k++ {
		m.union(m.node(e, cell[0]), m.node(e, cell[k]))
	}
}

// makeContiguous joins groups until each is a run of consecutive
// sentences in every edition.
func (m *merger) makeContiguous() {
	last := map[int]int{} // group → its last sentence in the edition at hand
	for changed := true; changed; {
		changed = false
		for e, ed := range m.eds {
			clear(last)
			for s := range ed.Sentences {
				last[m.find(m.node(e, s))] = s
			}
			// reach is the last sentence of the groups met since the
			// current run began: a sentence before it belongs to them.
			reach, open := -1, -1
			for s := range ed.Sentences {
				g := m.find(m.node(e, s))
				if s > reach {
					open, reach = g, last[g]
					continue
				}
				if m.find(open) != g {
					changed = m.union(open, g) || changed
				}
				reach = max(reach, last[g])
				open = m.find(g)
			}
		}
	}
}

// orderedRows turns the groups into rows, ordered so that every edition
// reads in order.
func (m *merger) orderedRows() []Row {
	n := len(m.eds)
	index := map[int]int{} // group root → row
	var rows []Row
	var pos [][2]int // per row: a sort key
	for e, ed := range m.eds {
		for s := range ed.Sentences {
			g := m.find(m.node(e, s))
			ri, ok := index[g]
			if !ok {
				ri = len(rows)
				index[g] = ri
				cells := make([][]int, n)
				for k := range cells {
					cells[k] = []int{}
				}
				rows = append(rows, Row{Cells: cells})
				pos = append(pos, [2]int{1 << 30, g})
			}
			rows[ri].Cells[e] = append(rows[ri].Cells[e], s)
			// Key: the earliest relative position, in parts per million.
			if rel := s * 1_000_000 / max(1, len(ed.Sentences)); rel < pos[ri][0] {
				pos[ri][0] = rel
			}
		}
	}
	// Edges: the row of each sentence comes before the row of the next.
	next := make([][]int, len(rows))
	indeg := make([]int, len(rows))
	for e, ed := range m.eds {
		for s := 1; s < len(ed.Sentences); s++ {
			x, y := index[m.find(m.node(e, s-1))], index[m.find(m.node(e, s))]
			if x != y {
				next[x] = append(next[x], y)
				indeg[y]++
			}
		}
	}
	h := &rowHeap{key: pos}
	for r := range rows {
		if indeg[r] == 0 {
			heap.Push(h, r)
		}
	}
	out := make([]Row, 0, len(rows))
	done := make([]bool, len(rows))
	for len(out) < len(rows) {
		if h.Len() == 0 {
			// A cycle, which monotone pairwise alignments cannot make:
			// take the earliest row left rather than lose any.
			best := -1
			for r := range rows {
				if !done[r] && (best < 0 || less(pos[r], pos[best])) {
					best = r
				}
			}
			indeg[best] = 0
			heap.Push(h, best)
		}
		r := heap.Pop(h).(int)
		if done[r] {
			continue
		}
		done[r] = true
		out = append(out, rows[r])
		for _, y := range next[r] {
			indeg[y]--
			if indeg[y] == 0 && !done[y] {
				heap.Push(h, y)
			}
		}
	}
	return out
}

func less(a, b [2]int) bool { return a[0] < b[0] || a[0] == b[0] && a[1] < b[1] }

type rowHeap struct {
	items []int
	key   [][2]int
}

func (h *rowHeap) Len() int           { return len(h.items) }
func (h *rowHeap) Less(i, j int) bool { return less(h.key[h.items[i]], h.key[h.items[j]]) }
func (h *rowHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *rowHeap) Push(x any)         { h.items = append(h.items, x.(int)) }
func (h *rowHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
