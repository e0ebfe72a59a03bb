package align

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// Lexical evidence. With no dictionary, what two sentences in different
// languages visibly share is what translators copy: numbers, dates,
// names, some punctuation, and words borrowed or cognate ("Expedition",
// "expédition"). Each sentence becomes a bag of such features; two
// sentences are similar in proportion to the weight of the features they
// share, a feature weighing more the rarer it is in the two texts (an
// inverse document frequency), so that a shared "1956" counts for much
// and a shared "la" for little.

// Feature classes, kept apart so that "1917" the number and "1917" the
// word never meet, and weighted separately.
const (
	fWord   = iota // an identical word, accents and case folded
	fPrefix        // a likely cognate: the first letters of a long word
	fNumber        // anchors.Number and anchors.Range
	fDate          // anchors.Date
	fName          // anchors.Name: a transliteration-aware name key
	fMarker        // anchors.Marker
	fPunct         // anchors.Punct
	fTrans         // a word pair learnt from a first alignment (learn.go) or a dictionary's (dictionary.go)
	nClasses
)

// fcount is a feature of a sentence and how often it occurs there.
type fcount struct {
	id int32
	n  int32
}

// side is what the aligner knows of one edition.
type side struct {
	n       int
	length  []float64 // characters other than white space
	cumLen  []float64 // cumLen[i] is the length of sentences 0..i-1
	feats   featLists // each sentence's, sorted by id
	weight  []float64 // total weight of each sentence's features
	para    []int     // paragraph of each sentence
	paraEnd []bool    // whether the sentence ends its paragraph
	weakEnd []bool    // whether the sentence ends weakly (ends.go)
	openEnd []bool    // whether it is cut off mid-phrase (ends_open.go)
	paras   int       // number of paragraphs
	// density is how many characters (other than white space) a text in
	// the side's language takes for one of the same text in English
	// (charsPerEnglish): the length ratio's prior between two sides.
	density float64
	base    featLists // feats before learning
	// head and tail are the ids of the numbers and dates at the start
	// and at the end of each sentence, sorted (edges.go).
	head, tail lists[int32]

	// words are the distinct fWord features of each sentence, for
	// learning, made from ed when first asked for (wordLists);
	// minWord is the shortest word that is a feature (params.minWord).
	words   lists[int32]
	ed      *editions.Edition
	minWord int
}

// wordLists returns the distinct fWord features of each sentence of s,
// sorted by id, as its feature lists held them before weighing: what
// learning links (learn, learnModel1, dictionaryLinks). They are made
// the first time they are asked for, from the edition's words and the
// ids v gave them, not with the features: texts found unrelated after
// the first pass never learn, and held 12 MB of them through both
// searches for bench/pathological's 20 MB paragraph, a tenth of what
// aligning it held beside the editions. A side made without an edition
// (permutedSide, pickSide, subSide) has those it was made with.
func (s *side) wordLists(v *vocab) lists[int32] {
	if len(s.words.start) == s.n || s.ed == nil {
		return s.words
	}
	b := newListsBuilder[int32](s.n)
	var ids []int32
	cache := map[string]int32{} // by the word as it stands; -2 where none
	value := func(w string) int32 {
		if w == "" || w[0] >= '0' && w[0] <= '9' || len(w) < s.minWord {
			return -2 // as sentenceFeatures leaves them
		}
		id, _ := v.lookup(fWord, w)
		return id
	}
	for _, sent := range s.ed.Sentences {
		ids = ids[:0]
		eachWord(sent.Norm, cache, value, func(id int32) {
			if id != -2 {
				ids = append(ids, id)
			}
		})
		slices.Sort(ids)
		b.add(slices.Compact(ids))
	}
	s.words = b.lists()
	return s.words
}

// sumLength returns the length of sentences lo..hi-1.
func (s *side) sumLength(lo, hi int) float64 { return s.cumLen[hi] - s.cumLen[lo] }

// vocab interns feature strings shared by both sides.
type vocab struct {
	ids   map[string]int32
	class []uint8
	df    [2][]int32 // document (sentence) frequency per side
	w     []float64  // weight of each feature

	// dictLinks are the translation features a dictionary gave
	// (dictionary.go), by id.
	dictLinks map[int32]wordLink
}

func (v *vocab) id(class uint8, key string) int32 {
	// The key built in a buffer: looked up without allocating, it is
	// copied only for a new feature.
	var buf [64]byte
	k := featureKey(buf[:0], class, key)
	if id, ok := v.ids[string(k)]; ok {
		return id
	}
	id := int32(len(v.class))
	v.ids[string(k)] = id
	v.class = append(v.class, class)
	return id
}

// lookup returns the id of a feature, if it is interned.
func (v *vocab) lookup(class uint8, key string) (int32, bool) {
	var buf [64]byte
	id, ok := v.ids[string(featureKey(buf[:0], class, key))]
	return id, ok
}

// featureKey appends to buf a feature's key in vocab.ids: its class,
// then its string.
func featureKey(buf []byte, class uint8, key string) []byte {
	return append(append(buf, byte('0'+class)), key...)
}

// newSides extracts the features of both editions and weighs them.
//
// A name of b that a lacks is not even interned: it is found on one side
// only, of weight 0 (weigh), and would be dropped from its sentence's
// features anyway; in Hebrew, Arabic and Syriac, where every word is a
// candidate name under each of its readings (editions/anchors/abjad.go),
// nearly all of them are. The ids of the features kept are given in the
// same order as if it were interned, so the results are the same. A name
// of a is interned before b is read, and is dropped by weigh.
//
// The features weigh drops are dropped from base too: found on one side
// only, they are of weight 0 in every later weighing as well, and no
// reader of base counts them (guide pins a feature found once on each
// side; learn counts the dictionary's links, added after, and the words,
// kept in words). The sentences' lists are then held once, not twice.
func newSides(a, b *editions.Edition, p *params) (*side, *side, *vocab) {
	v := &vocab{ids: make(map[string]int32)}
	cross := crossScript(a, b)
	sa := newSide(a, v, p, cross, -1)
	sb := newSide(b, v, p, cross, int32(len(v.class)))
	v.weigh(sa, sb, p, true)
	for _, s := range []*side{sa, sb} {
		s.base = s.feats
	}
	return sa, sb, v
}

// weigh counts the document frequencies of the features and sets their
// weights and the sentences' totals. With own, the sides' feature lists
// are theirs alone, shared with nothing, not even their base: weighed
// may compact them in place.
func (v *vocab) weigh(sa, sb *side, p *params, own bool) {
	for k := range v.df {
		v.df[k] = make([]int32, len(v.class))
	}
	for k, s := range []*side{sa, sb} {
		for i := range s.n {
			if s.feats.wide {
				for _, f := range s.feats.pairs.at(i) {
					v.df[k][f.id]++
				}
				continue
			}
			for _, x := range s.feats.packed.at(i) {
				v.df[k][x>>8]++
			}
		}
	}
	v.w = make([]float64, len(v.class))
	total := float64(sa.n + sb.n)
	for id := range v.w {
		df := float64(v.df[0][id] + v.df[1][id])
		if v.df[0][id] == 0 || v.df[1][id] == 0 {
			// A feature found on one side only can match nothing: it
			// would only dilute the similarity of its sentences.
			continue
		}
		v.w[id] = p.classWeight[v.class[id]] * math.Log(1+total/df)
	}
	for _, s := range []*side{sa, sb} {
		for i := range s.n {
			s.weight[i] = 0
			if s.feats.wide {
				for _, f := range s.feats.pairs.at(i) {
					s.weight[i] += float64(f.n) * v.w[f.id]
				}
				continue
			}
			for _, x := range s.feats.packed.at(i) {
				f := unpack(x)
				s.weight[i] += float64(f.n) * v.w[f.id]
			}
		}
		s.feats = weighed(s.feats, s.n, v.w, own)
	}
}

// weighed returns the n lists of feats less the features of weight 0,
// those found on one side only: they add nothing to what two sentences
// share (model.shared, sharedSet) nor to a sentence's weight, but the
// search would still step over them for every pair of sentences it
// compares. In Hebrew, Arabic and Syriac every word is a candidate name
// under each of its readings (editions/anchors/abjad.go), a dozen
// features a word, nearly all of them met in no sentence of the other
// edition. The lists are copied, into chunks of what they keep, only
// when they hold such a feature. A dictionary's link found on one side
// only stays in base, where learn counts it (dictionary.go: refuted).
//
// With own (the lists shared with nothing), a list is compacted within
// its own place in its chunk, unless half the features or more go: the
// chunks keep the room of those dropped, but a second copy as large is
// not made. (For bench/pathological's 20 MB paragraph against the
// novel, 4.5 % of 4.8 million features go: a copy was 37 MB and a tenth
// of a second; in Hebrew, where nearly all go, the copy is small.)
func weighed(feats featLists, n int, w []float64, own bool) featLists {
	var buf []fcount
	kept, drop := 0, 0
	for i := range n {
		if feats.wide {
			for _, f := range feats.pairs.at(i) {
				if w[f.id] == 0 {
					drop++
				}
			}
			kept += len(feats.pairs.at(i))
			continue
		}
		for _, x := range feats.packed.at(i) {
			if w[x>>8] == 0 {
				drop++
			}
		}
		kept += len(feats.packed.at(i))
	}
	kept -= drop
	if drop == 0 {
		return feats
	}
	if own && drop < kept {
		for i := range n {
			if feats.wide {
				l := &feats.pairs
				x := l.at(i)
				k := 0
				for _, f := range x {
					if w[f.id] != 0 {
						x[k] = f
						k++
					}
				}
				l.end[i] = l.start[i] + int32(k)
				continue
			}
			l := &feats.packed
			x := l.at(i)
			k := 0
			for _, f := range x {
				if w[unpack(f).id] != 0 {
					x[k] = f
					k++
				}
			}
			l.end[i] = l.start[i] + int32(k)
		}
		return feats
	}
	out := newFeatBuilder(n)
	var keep []fcount
	for i := range n {
		keep = keep[:0]
		for _, f := range feats.at(i, &buf) {
			if w[f.id] != 0 {
				keep = append(keep, f)
			}
		}
		out.add(keep)
	}
	return out.lists()
}

// crossScript reports whether editions a and b are written in different
// scripts, by the likely script of their languages (CLDR's likely
// subtags, through language.Tag.Script: Latn for English, Jpan for
// Japanese, Grek for Greek): then their names are compared by
// anchors.CrossKey, which lets transliterations meet.
func crossScript(a, b *editions.Edition) bool {
	sa, _ := a.Lang.Script()
	sb, _ := b.Lang.Script()
	return sa != sb
}

// newSide reads the features of edition e. With known ≥ 0, a name is
// taken only if it is a feature of id below known (of the other side).
func newSide(e *editions.Edition, v *vocab, p *params, cross bool, known int32) *side {
	n := len(e.Sentences)
	s := &side{
		n:       n,
		length:  make([]float64, n),
		cumLen:  make([]float64, n+1),
		weight:  make([]float64, n),
		para:    make([]int, n),
		paraEnd: make([]bool, n),
		weakEnd: make([]bool, n),
		openEnd: make([]bool, n),
		paras:   len(e.Paragraphs),
		density: charsPerEnglish(e.Lang),
		ed:      e,
		minWord: p.minWord,
	}
	var ids []int32
	var fs []fcount // the features of a sentence, one slice for all
	wc := wordCache{}
	feats := newFeatBuilder(n)
	heads, tails := newListsBuilder[int32](n), newListsBuilder[int32](n)
	var edge [2][]int32 // a sentence's head and tail, one pair for all
	for i, sent := range e.Sentences {
		s.para[i] = int(sent.Paragraph)
		if i == n-1 || e.Sentences[i+1].Paragraph != sent.Paragraph {
			s.paraEnd[i] = true
		}
		s.length[i] = float64(nonSpace(sent.Text))
		s.weakEnd[i] = weakEnding(sent.Text)
		s.openEnd[i] = openEnding(sent.Text)
		edge[0], edge[1] = edge[0][:0], edge[1][:0]
		ids = sentenceFeatures(ids[:0], &edge, sent, e, v, p, cross, known, wc)
		heads.add(sortedIDs(edge[0]))
		tails.add(sortedIDs(edge[1]))
		fs = countTo(fs[:0], ids)
		feats.add(fs)
		s.cumLen[i+1] = s.cumLen[i] + s.length[i]
	}
	s.feats = feats.lists()
	s.base = s.feats
	s.head, s.tail = heads.lists(), tails.lists()
	return s
}

// sentenceFeatures appends the feature ids of sent to ids: its anchors,
// found in its text, and its words, taken from its comparison form. With
// cross, names are keyed by anchors.CrossKey; with known ≥ 0, only the
// names of id below known are taken (newSides); the ids of the numbers
// and dates at the sentence's start and end (edgeNumber) it appends to
// edge[0] and edge[1] as well.
func sentenceFeatures(ids []int32, edge *[2][]int32, sent editions.Sentence, e *editions.Edition, v *vocab, p *params, cross bool, known int32, wc wordCache) []int32 {
	for _, a := range anchors.Extract(sent.Text, e.Lang) {
		if a.Kind == anchors.Name && cross {
			a.Key = anchors.CrossKey(a.Key)
		}
		var c uint8
		switch a.Kind {
		case anchors.Number, anchors.Range:
			c = fNumber
		case anchors.Date:
			c = fDate
		case anchors.Name:
			if known >= 0 {
				if id, ok := v.lookup(fName, a.Key); ok && id < known {
					ids = append(ids, id)
				}
				continue
			}
			c = fName
		case anchors.Marker:
			c = fMarker
		case anchors.Punct:
			c = fPunct
		default:
			continue
		}
		id := v.id(c, a.Key)
		ids = append(ids, id)
		if head, tail := edgeNumber(a, len(sent.Text)); head || tail {
			if head {
				edge[0] = append(edge[0], id)
			}
			if tail {
				edge[1] = append(edge[1], id)
			}
		}
	}
	eachWord(sent.Norm, wc, func(w string) [2]int32 {
		f := [2]int32{-1, -1}
		// Numbers are anchors, compared by value.
		if w != "" && !(w[0] >= '0' && w[0] <= '9') {
			if len(w) >= p.minWord {
				f[0] = v.id(fWord, w)
			}
			if len(w) >= p.minCognate && isASCII(w) {
				f[1] = v.id(fPrefix, w[:p.prefix])
			}
		}
		return f
	}, func(f [2]int32) {
		for _, id := range f {
			if id >= 0 {
				ids = append(ids, id)
			}
		}
	})
	return ids
}

// A wordCache holds, for each word newSide has met, as it stands in the
// text (rawFeatureWords), the ids of its features: the word's (fWord)
// and its prefix's (fPrefix), -1 where it has none. A word is looked up once where vocab.id would be asked
// twice, each time with a key built for it; the ids are those vocab.id
// gave the first time, in the same order. (A text repeats its words:
// the 20 MB paragraph of bench/pathological has 3 million of them and a
// few tens of thousands distinct.)
type wordCache map[string][2]int32

// nonSpace counts the characters of text other than white space
// (unicode.IsSpace), ASCII without unicode's tables.
func nonSpace(text string) int {
	chars := 0
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				chars++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			chars++
		}
		i += n
	}
	return chars
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// count turns a list of ids into sorted (id, count) pairs.
func count(ids []int32) []fcount {
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	// Allocated to size: a side keeps one such slice per sentence.
	return appendCounts(make([]fcount, 0, distinct(ids)), ids)
}

// countTo is count, the pairs appended to out.
func countTo(out []fcount, ids []int32) []fcount {
	if len(ids) == 0 {
		return out
	}
	slices.Sort(ids)
	return appendCounts(out, ids)
}

// distinct returns the number of distinct values of sorted ids.
func distinct(ids []int32) int {
	d := 1
	for k := 1; k < len(ids); k++ {
		if ids[k] != ids[k-1] {
			d++
		}
	}
	return d
}

// appendCounts appends the (id, count) pairs of sorted ids to out.
func appendCounts(out []fcount, ids []int32) []fcount {
	for _, id := range ids {
		if k := len(out) - 1; k >= 0 && out[k].id == id {
			out[k].n++
			continue
		}
		out = append(out, fcount{id, 1})
	}
	return out
}
