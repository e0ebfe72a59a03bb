package align

import "fmt"

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

// add appends x as the next list.
func (l *lists[T]) add(x []T) {
	l.start = append(l.start, int32(len(l.all)))
	l.all = append(l.all, x...)
	if len(l.all) > 1<<31-1 {
		panic(fmt.Sprintf("align: a side of more than %d features", 1<<31-1))
	}
	l.end = append(l.end, int32(len(l.all)))
}

// clipped returns l with arrays of their length: what appending left
// spare is let go.
func (l lists[T]) clipped() lists[T] {
	if cap(l.all) > len(l.all) {
		l.all = append(make([]T, 0, len(l.all)), l.all...)
	}
	if cap(l.start) > len(l.start) {
		l.start = append(make([]int32, 0, len(l.start)), l.start...)
		l.end = append(make([]int32, 0, len(l.end)), l.end...)
	}
	return l
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
