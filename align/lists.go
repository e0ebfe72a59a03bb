package align

import (
	"fmt"
	"unsafe"
)

// lists are the short lists a side keeps for each of its sentences
// (their features, their words), held in a few large arrays, chunks, and
// found by offsets: list i is the end[i]-start[i] elements from start[i]
// of an address space cut into chunks of 2^shift elements, the chunk of
// list i being chunks[start[i]>>shift]. A slice a sentence, as the side
// held them before, cost a 24-byte header each and an allocation each,
// and the headers, which hold pointers, were scanned by every
// collection: for bench/pathological's 20 MB paragraph, 295k sentences,
// three lists a sentence, 21 MB of headers and a million allocations.
// The offsets are int32: a side of more than 2³¹ features would be a
// text of gigabytes.
//
// The chunks are those the lists were built in (listsBuilder), not
// copied into one array of their total length once it is known: the
// copy held the lists twice at once, and was where aligning that
// paragraph peaked (the builder's 38 MB of features and their 37 MB
// copy both live, on top of the editions). A list never straddles two
// chunks: one that does not fit in what is left of a chunk starts the
// next, and one longer than a chunk has a chunk of its own, as long as
// it, which takes as many chunks of the address space as it needs (the
// entries of chunks after its first are nil, never read). The last
// entry of chunks is a nil chunk: an empty list that starts where a
// chunk would, past the last, is found there, empty.
//
// Lists are values that share their chunks: sub, pick and reversed give
// lists of some of the sentences, or all in reverse order, without
// copying them; a list is never written once made (learning makes new
// lists, linkWords; weighed compacts lists no one else holds), so sides
// made from one another share theirs.
type lists[T any] struct {
	chunks     [][]T
	start, end []int32
	shift      uint8
}

// at returns list i, whose capacity is its length: appending to it
// copies.
func (l lists[T]) at(i int) []T {
	s, e := l.start[i], l.end[i]
	c := s >> l.shift
	o := s - c<<l.shift
	return l.chunks[c][o : o+e-s : o+e-s]
}

// A listsBuilder makes lists whose total length is not known before,
// in chunks of listChunk bytes (see lists).
type listsBuilder[T any] struct {
	chunks     [][]T
	cur        []T // the chunk being filled, or nil: the next list starts a chunk
	start, end []int32
	off        int // the offset of the next element in the address space
	shift      uint8
}

// listChunk is the size of a listsBuilder's chunks, in bytes: hundreds
// of sentences' lists, and small beside the lists of any text whose
// memory matters.
const listChunk = 64 << 10

// newListsBuilder returns a builder of n lists.
func newListsBuilder[T any](n int) *listsBuilder[T] {
	var t T
	shift := uint8(0)
	for 2<<shift <= listChunk/int(unsafe.Sizeof(t)) {
		shift++
	}
	return &listsBuilder[T]{start: make([]int32, 0, n), end: make([]int32, 0, n), shift: shift}
}

// add appends x as the next list.
func (b *listsBuilder[T]) add(x []T) {
	size := 1 << b.shift
	if len(x) > 0 && (b.cur == nil || len(b.cur)+len(x) > cap(b.cur)) {
		// The next chunk, at the next boundary of the address space.
		b.off = len(b.chunks) << b.shift
		if len(x) > size {
			// A chunk of its own, as long as the list.
			b.addOwn(append(make([]T, 0, len(x)), x...))
			return
		}
		b.cur = make([]T, 0, size)
		b.chunks = append(b.chunks, nil)
	}
	if len(x) > 0 {
		b.cur = append(b.cur, x...)
		b.chunks[len(b.chunks)-1] = b.cur
	}
	b.push(len(x))
}

// addOwn appends x as the next list, as add does, but keeps x itself,
// not a copy, when it is longer than a chunk: x is the builder's.
func (b *listsBuilder[T]) addOwn(x []T) {
	size := 1 << b.shift
	if len(x) <= size {
		b.add(x)
		return
	}
	b.off = len(b.chunks) << b.shift
	b.chunks = append(b.chunks, x)
	for k := size; k < len(x); k += size {
		b.chunks = append(b.chunks, nil)
	}
	b.cur = nil
	b.push(len(x))
	b.off = len(b.chunks) << b.shift
}

// chunkLen returns the number of elements of a chunk.
func (b *listsBuilder[T]) chunkLen() int { return 1 << b.shift }

// again appends list k, already added, as the next list too: both
// share its elements.
func (b *listsBuilder[T]) again(k int) {
	b.start = append(b.start, b.start[k])
	b.end = append(b.end, b.end[k])
}

// len returns the number of lists added.
func (b *listsBuilder[T]) len() int { return len(b.start) }

// push records the next list, of n elements from b.off.
func (b *listsBuilder[T]) push(n int) {
	if b.off+n > 1<<31-1 {
		panic(fmt.Sprintf("align: a side of more than %d features", 1<<31-1))
	}
	b.start = append(b.start, int32(b.off))
	b.off += n
	b.end = append(b.end, int32(b.off))
}

// lists returns the lists added.
func (b *listsBuilder[T]) lists() lists[T] {
	return lists[T]{chunks: append(b.chunks, nil), start: b.start, end: b.end, shift: b.shift}
}

// len returns the number of lists.
func (l lists[T]) len() int { return len(l.start) }

// sub returns lists lo..hi-1.
func (l lists[T]) sub(lo, hi int) lists[T] {
	return lists[T]{l.chunks, l.start[lo:hi], l.end[lo:hi], l.shift}
}

// pick returns lists idx, in that order.
func (l lists[T]) pick(idx []int) lists[T] {
	out := lists[T]{chunks: l.chunks, start: make([]int32, len(idx)), end: make([]int32, len(idx)), shift: l.shift}
	for k, i := range idx {
		out.start[k], out.end[k] = l.start[i], l.end[i]
	}
	return out
}
