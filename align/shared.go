package align

// The weight two sentences share: the sums over their feature lists that
// the cost of a match bead (cost.go) reads, one pair at a time or a row
// of the band at once, on the lists as built (fcount) or packed
// (featlists.go).

// shared returns the weight of the features a[i] and b[j] share, each
// counted as often as it occurs in both.
func (m *model) shared(i, j int) float64 {
	fa, fb := &m.a.feats, &m.b.feats
	if !fa.wide && !fb.wide {
		return sharedPacked(fa.packed.at(i), fb.packed.at(j), m.w)
	}
	var bufA, bufB []fcount
	return sharedWeight(fa.at(i, &bufA), fb.at(j, &bufB), m.w)
}

// sharedRow sets out[k] to shared(i, lo+k) for each k of out: the
// search's cached pair weights of a row of its band. It is sharedWeight
// with a[i]'s counts spread into mark by id, so that each sentence of b
// is looked up in them instead of merged with them: the features both
// hold are met in the same order (b's, by id), so the sums are the same
// to the bit, at about half the work (the merge was a twelfth of
// BenchmarkAlign100k). mark is all zeros, at least as long as m.w, and
// left so. A list of a not strictly sorted by id, or with ids past mark,
// is merged as before.
func (m *model) sharedRow(out []float32, i, lo int, mark []int32) {
	if !m.a.feats.wide && !m.b.feats.wide {
		m.sharedRowPacked(out, i, lo, mark)
		return
	}
	var buf, bufB []fcount
	x := m.a.feats.at(i, &buf)
	spread := true
	for k, f := range x {
		if int(f.id) >= len(mark) || f.n <= 0 || (k > 0 && f.id <= x[k-1].id) {
			spread = false
			break
		}
		mark[f.id] = f.n
	}
	if spread {
		for k := range out {
			v, ok := sharedMarked(mark, m.b.feats.at(lo+k, &bufB), m.w)
			if !ok {
				v = m.shared(i, lo+k)
			}
			out[k] = float32(v)
		}
	} else {
		for k := range out {
			out[k] = float32(m.shared(i, lo+k))
		}
	}
	for _, f := range x {
		if int(f.id) < len(mark) {
			mark[f.id] = 0
		}
	}
}

// sharedRowPacked is sharedRow of packed lists (featLists): the same
// sums, of the same features in the same order.
func (m *model) sharedRowPacked(out []float32, i, lo int, mark []int32) {
	x := m.a.feats.packed.at(i)
	spread := true
	for k, f := range x {
		// A packed count is at least 1.
		if int(f>>8) >= len(mark) || (k > 0 && f>>8 <= x[k-1]>>8) {
			spread = false
			break
		}
		mark[f>>8] = int32(f & 0xff)
	}
	if spread {
		for k := range out {
			v, ok := sharedMarkedPacked(mark, m.b.feats.packed.at(lo+k), m.w)
			if !ok {
				v = m.shared(i, lo+k)
			}
			out[k] = float32(v)
		}
	} else {
		for k := range out {
			out[k] = float32(m.shared(i, lo+k))
		}
	}
	for _, f := range x {
		if int(f>>8) < len(mark) {
			mark[f>>8] = 0
		}
	}
}

// sharedMarkedPacked is sharedMarked of a packed list y.
func sharedMarkedPacked(mark []int32, y []uint32, w []float64) (float64, bool) {
	s := 0.0
	prev := int32(-1)
	for _, f := range y {
		id := int32(f >> 8)
		if id <= prev {
			return 0, false
		}
		prev = id
		if int(id) < len(mark) {
			if n := mark[id]; n > 0 {
				s += float64(min(n, int32(f&0xff))) * w[id]
			}
		}
	}
	return s, true
}

// sharedPacked is sharedWeight of packed lists x and y.
func sharedPacked(x, y []uint32, w []float64) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		a, b := x[i]>>8, y[j]>>8
		switch {
		case a < b:
			i++
		case a > b:
			j++
		default:
			s += float64(min(x[i]&0xff, y[j]&0xff)) * w[a]
			i++
			j++
		}
	}
	return s
}

// sharedMarked is sharedWeight of the list spread into mark (sharedRow)
// and y, and true; false if y is not strictly sorted by id, when only
// the merge (sharedWeight) gives the same sum.
func sharedMarked(mark []int32, y []fcount, w []float64) (float64, bool) {
	s := 0.0
	prev := int32(-1)
	for _, f := range y {
		if f.id <= prev {
			return 0, false
		}
		prev = f.id
		if int(f.id) < len(mark) {
			if n := mark[f.id]; n > 0 {
				s += float64(min(n, f.n)) * w[f.id]
			}
		}
	}
	return s, true
}

// sharedWeight is the weight under w of the features of x and y, two
// lists sorted by id, that both hold, each counted as often as it occurs
// in both.
func sharedWeight(x, y []fcount, w []float64) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i].id < y[j].id:
			i++
		case x[i].id > y[j].id:
			j++
		default:
			s += float64(min(x[i].n, y[j].n)) * w[x[i].id]
			i++
			j++
		}
	}
	return s
}
