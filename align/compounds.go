package align

import "slices"

// Compounds and a dictionary's links (dictionary.go): a dictionary has
// few of the compounds that German, Dutch and the Scandinavian
// languages write as one word, and a text many. A compound joins the
// links of its parts (joinCompounds), and is linked to the translations
// of its head when the dictionary knows the head (headCandidates,
// joinTranslations).

// compounding are the languages that write compounds as one word
// ("Gipfelmannschaft", "bergbeklimmer", "fjällstuga"), by base
// language: German, Dutch and the Scandinavian languages, as their
// grammars describe them.
var compounding = map[string]bool{"de": true, "nl": true, "sv": true, "da": true, "nb": true, "nn": true, "no": true}

// minPart is the shortest head of a compound that joinCompounds
// recognises, so that endings and short words ("ein", "tag") are not
// taken for parts. Chosen by hand with the joining of compounds (commit
// f19fa93), not measured.
const minPart = 4

// joinCompounds adds to the links each word of t that no link holds and
// that is a compound of words the links hold: to the link of its head,
// its longest ending of minPart letters or more that a link holds
// ("Gipfelmannschaft" to that of "Mannschaft", équipe), and to the link
// of its first part, less a linking letter or two (-s-, -es-, -en-),
// when one holds that ("Gipfel", sommet): a French translation names
// both, "l'équipe du sommet". side gives the words of a link on t's
// side. A dictionary has few compounds and a text many; on the
// Text+Berg dev document, joined to their parts, 0.963 of the gold 1-1
// pairs instead of 0.947 are more similar before learning than each of
// their nearest neighbours (test 0.932 instead of 0.929); strict F1
// with -dict auto, dev 0.864 → 0.868, in pieces 0.877 → 0.880, test
// 0.905 → 0.909. Joined to its head alone, dev 0.947 → 0.947 (with
// an earlier nearness, 0.943 → 0.947, and the head and first part
// 0.951).
func joinCompounds(links []wordLink, t *textWords, linked map[int32]bool, side func(*wordLink) *[]int32) []wordLink {
	of := make(map[string]int) // a linked word → its link
	names := make(map[int32]string, len(t.w))
	for k, id := range t.id {
		names[id] = t.w[k]
	}
	for k := range links {
		for _, id := range *side(&links[k]) {
			of[names[id]] = k
		}
	}
	for x, w := range t.w {
		id := t.id[x]
		if linked[id] {
			continue
		}
		for k := minStem; k+minPart <= len(w); k++ {
			head, ok := of[w[k:]]
			if !ok {
				continue
			}
			h := side(&links[head])
			*h = append(*h, id)
			for e := k; e >= k-2 && e >= minStem; e-- {
				if m, ok := of[w[:e]]; ok && m != head {
					f := side(&links[m])
					*f = append(*f, id)
					break
				}
			}
			break
		}
	}
	return links
}

// headCandidates returns the candidates of the compounds of t (in
// language lang) that no link holds and that end in a headword of pairs
// (as (word of t's side, word of o's side)): the compounds whose head,
// their longest ending of minPart letters or more after minStem, is an
// inflected form of one headword (its stem of minPart letters too, so
// that a stray headword of FreeDict's, "nsar", does not make "nsarzt"
// of "Expeditionsarzt" its form; figures unchanged), against each of
// its translations found in o. A dictionary has few compounds, and joinCompounds joins a
// compound to its parts only when they are found in the text, as they
// are spelt there; here the dictionary knows the head ("Neuvermessung":
// Vermessung, "bergerfahrenen": erfahren) though the text never writes
// it alone. A compound joinCompounds joined is taken too: its longest
// head the dictionary knows may be longer than the longest the text
// writes alone, and bring another link. swap puts t's words on the
// second side of the candidates.
//
// On the Text+Berg dev document (go run ./bench/textberg -dict auto
// -short 30, and -short 0 for the whole), with joinTranslations: strict
// F1 0.881 → 0.886, dev in pieces of 30 beads 0.890 unchanged, test
// 0.913 → 0.915 (as one document 0.909 → 0.904); of the gold 1-1 pairs,
// 0.972 instead of 0.963 stand out before learning (TestDictionaryFirstPass),
// and of the German words of four letters or more of the gold 1-1 pairs
// that the French sentence does not share, 0.82 instead of 0.74 are in
// a link. Only the compounds no link held (those joinCompounds joined
// left out): dev 0.881, test 0.915; new links alone, without
// joinTranslations: dev 0.886, test 0.913, 0.963 standing out.
func headCandidates(served []servedDict, t, o *textWords, lang, olang string, linked map[int32]bool, swap bool) []candidate {
	idx := make([]*headIndex, len(served))
	for k, d := range served {
		idx[k] = d.f.headIndex(d.fwd == swap, lang)
	}
	headword := func(h string) string {
		for _, x := range idx {
			if _, ok := x.trans[h]; ok {
				return h
			}
		}
		for e := 1; e <= maxEnding && len(h)-e >= minPart; e++ {
			for _, x := range idx {
				for _, l := range x.stems[h[:len(h)-e]] {
					if inflects(h, l, h[:len(h)-e]) {
						return l
					}
				}
			}
		}
		return ""
	}
	translations := func(x string) []string {
		var out []string
		for _, ix := range idx {
			out = append(out, ix.trans[x]...)
		}
		return out
	}
	compounds := make(map[string][]int32) // a headword → the compounds it ends
	var order []string
	for k, w := range t.w {
		if linked[t.id[k]] {
			continue
		}
		for i := minStem; i+minPart <= len(w); i++ {
			if x := headword(w[i:]); x != "" {
				if compounds[x] == nil {
					order = append(order, x)
				}
				compounds[x] = append(compounds[x], t.id[k])
				break
			}
		}
	}
	var cands []candidate
	for _, x := range order {
		ids := compounds[x]
		df := 0
		for _, id := range ids {
			df += t.df[id]
		}
		for _, y := range translations(x) {
			ib, dfb := o.forms(y, olang)
			if len(ib) == 0 {
				continue
			}
			c := candidate{a: ids, b: ib, dfa: df, dfb: dfb, key: [2]string{x, y}}
			if swap {
				c.a, c.b, c.dfa, c.dfb, c.key = c.b, c.a, c.dfb, c.dfa, [2]string{y, x}
			}
			cands = append(cands, c)
		}
	}
	return cands
}

// A servedDict is a dictionary serving a pair of editions, fwd when its
// headwords are the first edition's words.
type servedDict struct {
	f   *foldedDict
	fwd bool
}

// A headIndex is the words of one side of a dictionary's pairs, as
// headCandidates looks compounds' heads up in them: each word of
// minPart letters or more with its translations, and the words of
// each stem, in the dictionary's order.
type headIndex struct {
	trans map[string][]string
	stems map[string][]string
}

// headIndex returns the headIndex of the first words of f's pairs (the
// second with second), stemmed in language lang: made once per process
// (for FreeDict's German–French pair, both German sides, 76 ms on the
// shared machine of this work), not for each pair of editions, where
// it took 80 ms an alignment of two sentences, against 9 ms.
func (f *foldedDict) headIndex(second bool, lang string) *headIndex {
	key := headKey{second, lang}
	if x, ok := f.heads.Load(key); ok {
		return x.(*headIndex)
	}
	x := &headIndex{trans: make(map[string][]string), stems: make(map[string][]string)}
	for _, p := range f.pairs {
		w, t := p[0], p[1]
		if second {
			w, t = t, w
		}
		if len(w) < minPart {
			continue
		}
		if _, ok := x.trans[w]; !ok {
			st := lemmaStem(w, lang)
			x.stems[st] = append(x.stems[st], w)
		}
		x.trans[w] = append(x.trans[w], t)
	}
	v, _ := f.heads.LoadOrStore(key, x)
	return v.(*headIndex)
}

type headKey struct {
	second bool
	lang   string
}

// joinTranslations adds the words of a side that no link holds to the
// link of their translation, when a candidate (in cands, in the order
// competitiveLinks took them) pairs them with words all linked already:
// "Neuvermessung" to the link of "mesure", which "Messung" holds.
// linkedA and linkedB are updated.
func joinTranslations(links []wordLink, cands []candidate, linkedA, linkedB map[int32]bool) []wordLink {
	ofA, ofB := make(map[int32]int), make(map[int32]int) // a linked word → its link
	for k, l := range links {
		for _, id := range l.a {
			ofA[id] = k
		}
		for _, id := range l.b {
			ofB[id] = k
		}
	}
	join := func(ids []int32, linked map[int32]bool, of map[int32]int, k int, l *[]int32) {
		for _, id := range ids {
			linked[id] = true
			of[id] = k
			if !slices.Contains(*l, id) { // joined by joinCompounds
				*l = append(*l, id)
			}
		}
	}
	for _, c := range cands {
		fa, fb := unlinked(c.a, linkedA), unlinked(c.b, linkedB)
		switch {
		case len(fa) > 0 && len(fb) == 0:
			k := ofB[c.b[0]]
			join(fa, linkedA, ofA, k, &links[k].a)
		case len(fb) > 0 && len(fa) == 0:
			k := ofA[c.a[0]]
			join(fb, linkedB, ofB, k, &links[k].b)
		}
	}
	return links
}
