package editions

// Sub returns the part of e made of sentences [lo, hi), as an edition of
// its own whose sentences and paragraphs are numbered from 0: the aligner
// uses it to align the stretches between fixed points. The text, and so
// all byte offsets, stay those of e; notes are left out, markers keep
// their labels but point to no note.
func (e *Edition) Sub(lo, hi int) *Edition {
	sub := &Edition{
		ID: e.ID, Lang: e.Lang, LangSource: e.LangSource, Path: e.Path,
		Encoding: e.Encoding, Text: e.Text,
	}
	if lo >= hi {
		return sub
	}
	sub.Sentences = make([]Sentence, hi-lo)
	firstPara := e.Sentences[lo].Paragraph
	for i := lo; i < hi; i++ {
		s := e.Sentences[i]
		s.Index = int32(i - lo)
		s.Paragraph -= firstPara
		for _, m := range e.SentenceMarkers(i) {
			m.Note, m.Sentence = -1, i-lo
			sub.Markers = append(sub.Markers, m)
		}
		sub.Sentences[i-lo] = s
	}
	for p := firstPara; p <= e.Sentences[hi-1].Paragraph; p++ {
		para := e.Paragraphs[p]
		para.Index = p - firstPara
		para.First = max(para.First, int32(lo)) - int32(lo)
		para.Limit = min(para.Limit, int32(hi)) - int32(lo)
		para.Note = -1
		sub.Paragraphs = append(sub.Paragraphs, para)
	}
	return sub
}
