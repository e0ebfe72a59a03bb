package align

// featLists are the feature lists of a side's sentences (side.feats,
// side.base): lists of (id, count) pairs sorted by id, held in four
// bytes a feature where they fit, not eight. A feature is then the word
// id<<8 | count, in order of id as the pairs were: every id below 2²⁴
// and every count from 1 to 255, which a text's features are but for
// texts of tens of millions of distinct words or a word repeated
// hundreds of times in one sentence (bench/pathological's 50 MB
// sentence); lists that do not fit are kept as pairs (wide).
//
// The features are what aligning a long text holds most of beside the
// editions: for bench/pathological's 20 MB paragraph, 4.8 million,
// 38 MB as pairs, through both searches, at the peak of the alignment's
// memory; packed, 19 MB. The search reads the packed words as they are
// (model.shared, model.sharedRow); the other readers, which read each
// list once or a few times, get pairs, unpacked into a slice they give
// (at).
type featLists struct {
	packed lists[uint32]
	pairs  lists[fcount]
	wide   bool // the lists are pairs, not packed
}

// packable reports whether f fits a packed feature.
func packable(f fcount) bool { return f.id >= 0 && f.id < 1<<24 && f.n >= 1 && f.n <= 255 }

// pack returns f packed.
func pack(f fcount) uint32 { return uint32(f.id)<<8 | uint32(f.n) }

// unpack returns the pair of packed feature x.
func unpack(x uint32) fcount { return fcount{int32(x >> 8), int32(x & 0xff)} }

// at returns list i as pairs: the list itself when the lists are wide,
// else the list unpacked into *buf, which it may grow. The list is
// read-only, and, unpacked, valid until *buf is used again.
func (f *featLists) at(i int, buf *[]fcount) []fcount {
	if f.wide {
		return f.pairs.at(i)
	}
	out := (*buf)[:0]
	for _, x := range f.packed.at(i) {
		out = append(out, unpack(x))
	}
	*buf = out
	return out
}

// n returns the number of lists.
func (f *featLists) n() int {
	if f.wide {
		return len(f.pairs.start)
	}
	return len(f.packed.start)
}

// sub returns lists lo..hi-1.
func (f featLists) sub(lo, hi int) featLists {
	if f.wide {
		return featLists{pairs: f.pairs.sub(lo, hi), wide: true}
	}
	return featLists{packed: f.packed.sub(lo, hi)}
}

// pick returns lists idx, in that order.
func (f featLists) pick(idx []int) featLists {
	if f.wide {
		return featLists{pairs: f.pairs.pick(idx), wide: true}
	}
	return featLists{packed: f.packed.pick(idx)}
}

// A featBuilder makes featLists: packed until a feature does not fit,
// when the lists made so far are unpacked into pairs and the rest made
// as pairs.
type featBuilder struct {
	n      int // the lists to be made, for the builders' room
	packed *listsBuilder[uint32]
	pairs  *listsBuilder[fcount]
	buf    []uint32
}

// newFeatBuilder returns a builder of n lists.
func newFeatBuilder(n int) *featBuilder {
	return &featBuilder{n: n, packed: newListsBuilder[uint32](n)}
}

// add appends x as the next list.
func (b *featBuilder) add(x []fcount) {
	if b.pairs == nil {
		b.buf = b.buf[:0]
		for _, f := range x {
			if !packable(f) {
				b.widen()
				b.pairs.add(x)
				return
			}
			b.buf = append(b.buf, pack(f))
		}
		b.packed.add(b.buf)
		return
	}
	b.pairs.add(x)
}

// widen turns the lists made so far into pairs.
func (b *featBuilder) widen() {
	made := b.packed.lists()
	b.pairs = newListsBuilder[fcount](b.n)
	var buf []fcount
	for i := range made.start {
		buf = buf[:0]
		for _, x := range made.at(i) {
			buf = append(buf, unpack(x))
		}
		b.pairs.add(buf)
	}
	b.packed = nil
}

// lists returns the lists added.
func (b *featBuilder) lists() featLists {
	if b.pairs != nil {
		return featLists{pairs: b.pairs.lists(), wide: true}
	}
	return featLists{packed: b.packed.lists()}
}
