package anchors

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Names in Korean running text.
//
// Hangul has no capitals, so nothing tells a name from another word: as
// in the abjads (abjad.go), every hangul word is a candidate
// (Anchor.Candidate), a name to whoever finds its key on the other side
// and a word otherwise. The aligner weighs a key by its rarity on both
// sides (align/features.go), so a candidate whose key the other edition
// lacks weighs nothing.
//
// A Korean name in a sentence carries the particles (josa) that mark its
// case, written on it without a space: 요나가 "Jonah (subject)", 요나에게
// "to Jonah", 나오미의 "Naomi's", 보아스께서 "Boaz (honorific subject)",
// 룻이여 "O Ruth". A candidate's keys are the NameKeys, romanised by the
// Revised Romanization (revised), of the word and of the word with one
// particle of hangulParticles taken off its end: the first in that list
// that ends the word, longer particles standing before the shorter ones
// that end them, so that a stack of two (에게서 "from", 에게는 "to …
// (topic)") comes off whole. A stem of one syllable is kept (룻이, Ruth),
// as NameKey keeps any key of two letters or more.
//
// Why: the 개역 Bible against the King James Version, each cut into its
// verses (no unit crossing a verse end), aligned in Jonah with verse
// pairs found 0.771 and precision 0.784 (go run ./bench/scripts, with
// each 개역 verse ended by a full stop): with nothing the two sides share,
// the aligner slipped by a verse for rows on end. With these candidates,
// 0.979 and 0.982; Ruth 1.000 and 1.000 either way.
//
// Korean writes the sounds of a name, not its letters, so that most
// biblical names meet their English form through CrossKey (요나 Jonah,
// 나오미 Naomi, 베들레헴 Bethlehem, 엘리멜렉 Elimelech, 아밋대 Amittai,
// 니느웨 Nineveh) and some do not: a consonant dropped or added in
// Korean (다시스 Tarshish, 욥바 Joppa) or a final stop written as the
// syllable ends (모압 Moab: the b of Moab is a final ㅂ, romanised p).
//
// What matches wrongly is noise that the rarity weighting keeps small: a
// common word whose skeleton meets a name's (여인 "woman", "yn", meets
// Jonah's key). A word of one syllable is left out, particle or not: the
// commonest words are such, and hardly a name stands bare — in the 개역
// Ruth and Jonah (../shared/eval/bible) 210 of the 2,304 words are of one
// syllable (그 "that" 61 times, 내 "my" 24, 네 "your" 16), and not one is
// a name; 룻 (Ruth) always carries its particle (룻이, 룻의).

// hangulParticles are the case particles and the particles of topic,
// addition and address that Korean writes on a noun, a longer one before
// a shorter that ends it (이니라 before 니라 before 라, 에게는 before
// 는). From the particles of the Standard Korean Language Dictionary
// (표준국어대사전) that follow a noun: the case particles (subject
// 이/가/께서, object 을/를, genitive 의, dative and locative
// 에/에게/께/한테/에서/에게서/한테서, instrumental 으로/로, comitative
// 와/과/하고, vocative 아/야/여/이여), the auxiliary ones (은/는 topic,
// 도 "also", 만 "only", 까지, 부터, 마다, 처럼, 보다), and the forms of
// the copula that end a predicate noun (이다, 이니, 이니라, 이더라, 이요,
// 이라), which the 개역 Bible writes on names ("엘리멜렉이요", "was
// Elimelech"), with 이 after a consonant and without it after a vowel
// (나오미라, 보아스더라).
var hangulParticles = []string{
	"에게서", "한테서", "께서는", "에게는", "에게도", "으로는", "으로서", "으로써", "이니라", "이더라",
	"에게", "한테", "께서", "에서", "으로", "까지", "부터", "마다", "처럼", "보다", "하고", "이여", "이요", "이라", "이니", "이다",
	"니라", "더라",
	"이", "가", "을", "를", "은", "는", "의", "에", "께", "로", "와", "과", "도", "만", "아", "야", "여", "요", "라",
}

// hangulKeys returns the distinct name keys of the hangul word w: of the
// word and of its stem without a particle (hangulParticles), two letters
// or more each; none for a word of one syllable.
func hangulKeys(w string) []string {
	if utf8.RuneCountInString(w) < 2 {
		return nil
	}
	var keys []string
	add := func(s string) {
		k := NameKey(s)
		if len(k) >= 2 && (len(keys) == 0 || keys[0] != k) {
			keys = append(keys, k)
		}
	}
	add(w)
	for _, p := range hangulParticles {
		if stem, ok := strings.CutSuffix(w, p); ok && stem != "" {
			add(stem)
			break
		}
	}
	return keys
}

// hangulKeysOf returns hangulKeys(w), kept for the first
// hangulCacheSize words met: a text repeats its words, and the aligner
// reads each sentence more than once.
func hangulKeysOf(w string) []string {
	if k, ok := hangulCache.Load(w); ok {
		return k.([]string)
	}
	k := hangulKeys(w)
	if hangulCached.Add(1) <= hangulCacheSize {
		hangulCache.Store(strings.Clone(w), k)
	}
	return k
}

const hangulCacheSize = 1 << 16

var (
	hangulCache  sync.Map // word → []string
	hangulCached atomic.Int64
)

// appendHangulNames appends to out the candidate names of the hangul
// words among toks (see the comment at the head of this file), as
// appendAbjadNames does.
func appendHangulNames(out []Anchor, text string, toks []token) []Anchor {
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(text[t.start():])
		if t.digits || scriptClass(r) != 4 {
			continue
		}
		for _, k := range hangulKeysOf(text[t.start():t.end()]) {
			out = append(out, Anchor{Kind: Name, Key: k, Start: t.start(), End: t.end(), Candidate: true})
		}
	}
	return out
}
