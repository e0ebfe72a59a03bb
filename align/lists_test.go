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
	rev := l.reversed()
	sub := l.sub(100, 200)
	pick := l.pick([]int{7, 3, 4999})
	for i := range want {
		if !slices.Equal(rev.at(i), want[len(want)-1-i]) {
			t.Fatalf("reversed list %d is not list %d", i, len(want)-1-i)
		}
	}
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
