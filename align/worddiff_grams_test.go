package align

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A sentence of megabytes whose every word recurs (drawn from 200 words)
// has no word found once in each version to cut its diff at: the few words
// changed in the second version are found, each alone and in its place,
// not the whole sentence deleted and inserted.
func TestWordDiffLongSentenceNoUniqueWord(t *testing.T) {
	const n, vocab = 400_000, 200 // about 2.4 MB a side
	w := make([]string, n)
	x := uint32(7)
	for i := range w {
		x = x*1664525 + 1013904223
		w[i] = "w" + strconv.Itoa(int(x>>8)%vocab)
	}
	a := strings.Join(w, " ") + "."
	type change struct {
		at       int // byte offset in a
		old, new string
	}
	var want []change
	places := []int{1_000, 57_321, 123_456, 200_000, 200_040, 333_333, 399_000}
	for _, i := range places {
		want = append(want, change{at: len(strings.Join(w[:i], " ")) + 1})
	}
	for k, i := range places {
		// A word of the vocabulary but not the one before or after, so
		// that the change has one place.
		nw := w[i]
		for k := 1; nw == w[i] || nw == w[i-1] || nw == w[i+1]; k++ {
			nw = "w" + strconv.Itoa(k)
		}
		want[k].old, want[k].new = w[i], nw
		w[i] = nw
	}
	b := strings.Join(w, " ") + "."

	ops := WordDiff(a, b)
	var ga, gb strings.Builder
	var got []change
	for k, op := range ops {
		switch op.Kind {
		case OpDelete:
			c := change{at: ga.Len(), old: op.Text}
			if k+1 < len(ops) && ops[k+1].Kind == OpInsert {
				c.new = ops[k+1].Text
			}
			got = append(got, c)
		case OpInsert:
			if k == 0 || ops[k-1].Kind != OpDelete {
				got = append(got, change{at: ga.Len(), new: op.Text})
			}
		}
		if op.Kind != OpInsert {
			ga.WriteString(op.Text)
		}
		if op.Kind != OpDelete {
			gb.WriteString(op.Text)
		}
	}
	if ga.String() != a || gb.String() != b {
		t.Fatal("the ops do not give the two versions back")
	}
	if len(got) != len(want) {
		found := len(got)
		if len(got) > 10 {
			got = got[:10]
		}
		for i := range got {
			got[i].old, got[i].new = trimTo(got[i].old, 40), trimTo(got[i].new, 40)
		}
		t.Fatalf("%d changes found (first %v), want %d: %v", found, got, len(want), want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

func trimTo(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// A gramTable finds each hash it was made of, whatever its top bits (a
// thousand that differ only in their low bits share a range of the
// directory), and none other; a hash given twice is marked as such.
func TestGramTable(t *testing.T) {
	var hs []uint64
	for i := range uint64(1000) {
		hs = append(hs, i*0x9E3779B97F4A7C15, i+1<<40)
	}
	hs = append(hs, hs[7], hs[100])
	twice := map[uint64]bool{hs[7]: true, hs[100]: true}
	in := map[uint64]bool{}
	for _, h := range hs {
		in[h] = true
	}
	tb := newGramTable[int32](slices.Clone(hs))
	for h := range in {
		p := tb.find(h)
		if p < 0 || tb.hs[p] != h {
			t.Fatalf("hash %x not found", h)
		}
		if (tb.inB[p] == manyGrams) != twice[h] {
			t.Errorf("hash %x: marked %d, twice %v", h, tb.inB[p], twice[h])
		}
	}
	for _, h := range []uint64{1<<40 + 1000, 5<<40 + 3, 1<<64 - 1} {
		if p := tb.find(h); p >= 0 {
			t.Errorf("hash %x found at %d, never given", h, p)
		}
	}
}
