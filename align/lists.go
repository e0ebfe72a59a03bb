package align

import (
	"fmt"
	"unsafe"
)

// lists are the short lists a side keeps for each of its sentences
// (their features, their words), held in one array: list i is
// all[start[i]:end[i]]. A slice a sentence, as the side held them
// before, cost a 24-byte header each and an allocation each, and the
// headers, which hold pointers, were scanned by every collection: for
// bench/pathological's 20 MB paragraph, 295k sentences, three lists a
// sentence, 21 MB of headers and a million allocations. The offsets are
// int32: a side of more than 2³¹ features would be a text of gigabytes.
//
// Lists are values that share their array: sub, pick and reversed give
// lists of some of the sentences, or all in reverse order, without
// copying it; a list is never written once made (learning makes new
// lists, linkWords), so sides made from one another share theirs.
type lists[T any] struct {
	all        []T
	start, end []int32
}

// at returns list i, whose capacity is its length: appending to it
// copies.
func (l lists[T]) at(i int) []T { return l.all[l.start[i]:l.end[i]:l.end[i]] }

// add appends x as the next list, within the room newLists made.
func (l *lists[T]) add(x []T) {
	l.start = append(l.start, int32(len(l.all)))
	l.all = append(l.all, x...)
	if len(l.all) > 1<<31-1 {
		panic(fmt.Sprintf("align: a side of more than %d features", 1<<31-1))
	}
	l.end = append(l.end, int32(len(l.all)))
}

// A listsBuilder makes lists whose total length is not known before:
// the lists are gathered in chunks of listChunk bytes, then copied once
// into an array of their total length. (Appending to one array, grown
// by a quarter at a time once large, copied a side's 28 MB some twenty
// times over: half a second of bench/pathological's paragraph.)
type listsBuilder[T any] struct {
	chunks [][]T // the chunks filled, in order
	cur    []T   // the chunk being filled
	end    []int32
	total  int
}

// listChunk is the size of a listsBuilder's chunks, in bytes: hundreds
// of sentences' lists, and small beside the lists of any text whose
// memory matters.
const listChunk = 64 << 10

// newListsBuilder returns a builder of n lists.
func newListsBuilder[T any](n int) *listsBuilder[T] {
	return &listsBuilder[T]{end: make([]int32, 0, n)}
}

// add appends x as the next list.
func (b *listsBuilder[T]) add(x []T) {
	if cap(b.cur)-len(b.cur) < len(x) {
		if len(b.cur) > 0 {
			b.chunks = append(b.chunks, b.cur)
		}
		var t T
		b.cur = make([]T, 0, max(listChunk/int(unsafe.Sizeof(t)), len(x)))
	}
	b.cur = append(b.cur, x...)
	b.total += len(x)
	if b.total > 1<<31-1 {
		panic(fmt.Sprintf("align: a side of more than %d features", 1<<31-1))
	}
	b.end = append(b.end, int32(b.total))
}

// lists returns the lists added, in one array of their total length.
func (b *listsBuilder[T]) lists() lists[T] {
	all := make([]T, 0, b.total)
	for _, c := range b.chunks {
		all = append(all, c...)
	}
	all = append(all, b.cur...)
	end := b.end
	if cap(end) > len(end) {
		end = append(make([]int32, 0, len(end)), end...)
	}
	start := make([]int32, len(end))
	for i := 1; i < len(end); i++ {
		start[i] = end[i-1]
	}
	return lists[T]{all: all, start: start, end: end}
}

// newLists returns lists for n sentences, room made for total elements.
func newLists[T any](n, total int) lists[T] {
	return lists[T]{all: make([]T, 0, total), start: make([]int32, 0, n), end: make([]int32, 0, n)}
}

// sub returns lists lo..hi-1.
func (l lists[T]) sub(lo, hi int) lists[T] {
	return lists[T]{l.all, l.start[lo:hi], l.end[lo:hi]}
}

// pick returns lists idx, in that order.
func (l lists[T]) pick(idx []int) lists[T] {
	out := lists[T]{all: l.all, start: make([]int32, len(idx)), end: make([]int32, len(idx))}
	for k, i := range idx {
		out.start[k], out.end[k] = l.start[i], l.end[i]
	}
	return out
}

// reversed returns the lists in reverse order.
func (l lists[T]) reversed() lists[T] {
	n := len(l.start)
	out := lists[T]{all: l.all, start: make([]int32, n), end: make([]int32, n)}
	for k := range n {
		out.start[k], out.end[k] = l.start[n-1-k], l.end[n-1-k]
	}
	return out
}
