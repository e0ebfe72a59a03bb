package align

import (
	"math/rand"
	"slices"
	"testing"
)

// TestListsBuilder: the lists a side's features are kept in give back
// every sentence's list as it was added, across the builder's chunks
// (lists longer than a chunk and empty lists among them), and in the
// views that share the chunks: a range, a pick and the reverse order.
func TestListsBuilder(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var want [][]fcount
	b := newListsBuilder[fcount](0)
	for i := range 5000 {
		n := rng.Intn(40)
		if i%7 == 0 {
			n = 0 // empty lists, some where a chunk would start
		}
		if i%1000 == 999 {
			n = listChunk // longer than a chunk of fcounts
		}
		x := make([]fcount, n)
		for k := range x {
			x[k] = fcount{int32(rng.Intn(1000)), int32(i)}
		}
		want = append(want, x)
		b.add(x)
	}
	l := b.lists()
	for i, x := range want {
		if got := l.at(i); !slices.Equal(got, x) {
			t.Fatalf("list %d: %d elements, want %d", i, len(got), len(x))
		}
	}
	sub := l.sub(100, 200)
	pick := l.pick([]int{7, 3, 4999})
	for i := range 100 {
		if !slices.Equal(sub.at(i), want[100+i]) {
			t.Fatalf("sub list %d is not list %d", i, 100+i)
		}
	}
	for k, i := range []int{7, 3, 4999} {
		if !slices.Equal(pick.at(k), want[i]) {
			t.Fatalf("picked list %d is not list %d", k, i)
		}
	}
	// A list's capacity is its length: appending to one must not
	// write into the next.
	first := append(l.at(0), fcount{-1, -1})
	if !slices.Equal(l.at(1), want[1]) || len(first) != len(want[0])+1 {
		t.Errorf("appending to list 0 changed list 1")
	}
}

// TestListsEmptyAtBoundary: an empty list that starts where a chunk
// would, after a full chunk or a list longer than one, or as the first
// or last list, is found, empty, and the lists around it are intact.
func TestListsEmptyAtBoundary(t *testing.T) {
	size := listChunk / 4 // int32 elements a chunk
	for _, lens := range [][]int{
		{0},
		{0, 3, 0},
		{size, 0},
		{size - 2, 2, 0, 1},
		{3 * size, 0, 5, 0},
		{1, 2*size + 1, 0},
	} {
		b := newListsBuilder[int32](0)
		var want [][]int32
		for i, n := range lens {
			x := make([]int32, n)
			for k := range x {
				x[k] = int32(i)
			}
			want = append(want, x)
			b.add(x)
		}
		l := b.lists()
		for i, x := range want {
			if got := l.at(i); !slices.Equal(got, x) {
				t.Errorf("lists of %v: list %d has %d elements, want %d", lens, i, len(got), len(x))
			}
		}
	}
}

// TestFeatLists: feature lists come back as added, packed while every
// feature fits and as pairs once one does not (an id of 2²⁴ or more, a
// count past 255), the lists made before turned into pairs too; and two
// sentences share the same weight, to the bit, whether their lists are
// packed or not.
func TestFeatLists(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	list := func(maxID, maxN int) []fcount {
		var x []fcount
		id := int32(0)
		for range rng.Intn(30) {
			id += int32(1 + rng.Intn(maxID/30))
			x = append(x, fcount{id, int32(1 + rng.Intn(maxN))})
		}
		return x
	}
	w := make([]float64, 1<<25)
	for k := range w {
		w[k] = float64(k%97) / 7
	}
	for _, big := range []fcount{{}, {1 << 24, 1}, {5, 256}} {
		var want [][]fcount
		b := newFeatBuilder(0)
		for i := range 3000 {
			x := list(1000, 3)
			if big.n > 0 && i == 1500 {
				x = append(x, big)
			}
			want = append(want, x)
			b.add(x)
		}
		f := b.lists()
		if f.wide != (big.n > 0) {
			t.Errorf("with %v: wide is %v", big, f.wide)
		}
		var buf []fcount
		for i, x := range want {
			if got := f.at(i, &buf); !slices.Equal(got, x) && len(got)+len(x) > 0 {
				t.Fatalf("with %v: list %d is %v, want %v", big, i, got, x)
			}
		}
	}
	// The same lists packed and as pairs weigh the same.
	packed, pairs := newFeatBuilder(0), newFeatBuilder(0)
	pairs.widen()
	for range 400 {
		x := list(5000, 4)
		packed.add(x)
		pairs.add(x)
	}
	sp := &side{n: 400, feats: packed.lists()}
	sw := &side{n: 400, feats: pairs.lists()}
	if sp.feats.wide || !sw.feats.wide {
		t.Fatal("the lists are not made as asked")
	}
	mp, mw := &model{a: sp, b: sp, w: w}, &model{a: sw, b: sw, w: w}
	mark := make([]int32, len(w))
	rowP, rowW := make([]float32, 300), make([]float32, 300)
	for i := range 100 {
		mp.sharedRow(rowP, i, 100, mark)
		mw.sharedRow(rowW, i, 100, mark)
		if !slices.Equal(rowP, rowW) {
			t.Fatalf("row %d: packed %v, pairs %v", i, rowP[:5], rowW[:5])
		}
		for j := range 400 {
			if p, q := mp.shared(i, j), mw.shared(i, j); p != q {
				t.Fatalf("shared(%d, %d): packed %v, pairs %v", i, j, p, q)
			}
		}
	}
}
