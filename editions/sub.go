package editions

// Sub returns the part of e made of sentences [lo, hi), as an edition of
// its own whose sentences and paragraphs are numbered from 0: the aligner
// uses it to align the stretches between fixed points. The text, and so
// all byte offsets, stay those of e; notes are left out, markers keep
// their labels but point to no note.
func (e *Edition) Sub(lo, hi int) *Edition {
	return e.pick(max(0, hi-lo), func(k int) int { return lo + k })
}

// Pick returns the part of e made of sentences ids, in the order given,
// as Sub does for a range: an edition of its own whose sentences and
// paragraphs are numbered from 0, the paragraphs those that hold a
// sentence picked (and those between two sentences picked that follow
// each other in e), each holding its run of sentences picked, once for
// each run. The aligner uses it to align passages of a translation set
// in another order than the original's in the original's, and what is
// left of the two texts without them. Offsets stay those of e: where
// ids are not in ascending order, they do not ascend either.
func (e *Edition) Pick(ids []int) *Edition {
	return e.pick(len(ids), func(k int) int { return ids[k] })
}

// pick returns the edition of the n sentences at(0), …, at(n-1) of e
// (Sub, Pick).
func (e *Edition) pick(n int, at func(k int) int) *Edition {
	sub := &Edition{
		ID: e.ID, Lang: e.Lang, LangSource: e.LangSource, Path: e.Path,
		Encoding: e.Encoding, Text: e.Text,
	}
	if n <= 0 {
		return sub
	}
	sub.Sentences = make([]Sentence, n)
	prev := -1 // the last paragraph of e taken
	for k := range n {
		i := at(k)
		s := e.Sentences[i]
		if p := int(s.Paragraph); p != prev {
			from := p
			if k > 0 && at(k-1) == i-1 {
				// The paragraphs between two sentences that follow
				// each other, empty ones, as a range takes them.
				from = prev + 1
			}
			for q := from; q <= p; q++ {
				para := e.Paragraphs[q]
				para.Index = int32(len(sub.Paragraphs))
				para.First, para.Limit = int32(k), int32(k)
				para.Note = -1
				sub.Paragraphs = append(sub.Paragraphs, para)
			}
			prev = p
		}
		s.Index = int32(k)
		s.Paragraph = int32(len(sub.Paragraphs) - 1)
		sub.Paragraphs[len(sub.Paragraphs)-1].Limit = int32(k + 1)
		for _, m := range e.SentenceMarkers(i) {
			m.Note, m.Sentence = -1, k
			sub.Markers = append(sub.Markers, m)
		}
		sub.Sentences[k] = s
	}
	return sub
}
