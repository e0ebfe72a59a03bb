// The words of a text, as the aligner compares them: runs of letters
// and digits, and in the scripts written without spaces, pairs of
// characters.

package align

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

// words splits text into words folded to lower-case ASCII, so that
// "Expédition" and "expedition" are one word and Cyrillic meets Latin.
func words(text string) []string {
	var out []string
	for w := range rawWords(text) {
		if w = foldWord(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// foldWord folds a word as words gives it: to lower-case ASCII; "" if
// nothing is left of it.
func foldWord(w string) string {
	if !isASCII(w) {
		w = unidecode.Unidecode(w)
	}
	return strings.ToLower(w)
}

// rawWords yields the words of text as they stand in it, each a run of
// letters, digits and combining marks (featureLetter), before foldWord:
// parts of text, so that a caller that folds each distinct word once (a
// wordCache) allocates nothing for the others. (newSide took the words
// of a sentence as a slice of folded strings, grown for the longest
// sentence: for bench/pathological's 500 KB sentence against the novel
// at -scale 10, 140 MB allocated where the text is 5 MB, and the align
// stage's peak heap 13.8 times the input.)
func rawWords(text string) iter.Seq[string] {
	return wordsOnly(scanWords(text, false, featureLetter))
}

// wordsOnly yields the words of scanWords without saying which are pairs.
func wordsOnly(words iter.Seq2[string, bool]) iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range words {
			if !yield(w) {
				return
			}
		}
	}
}

// featureLetter reports whether r belongs to a word of rawWords and
// rawFeatureWords: a letter, a digit or a combining mark.
func featureLetter(r rune, _ bool) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// featureWords returns the words of text as words does, except in the
// scripts written without spaces between words (Han, hiragana,
// katakana), where a word is not to be found without a dictionary: there
// each run is cut into overlapping pairs of characters, "约拿却起来" into
// 约拿 拿却 却起 起来, as information retrieval indexes Chinese and
// Japanese without a segmenter (Lucene's CJKAnalyzer; Kwok, "Comparing
// representations in Chinese information retrieval", SIGIR 1997). Most
// words of these languages are one or two characters long, so the pair
// that is a word, a name's 约拿 among them, is there for learn to link
// with its translation; the pairs that straddle two words are rarely
// repeated and weigh little. The pairs keep their characters: a
// transliteration would merge the many characters of one reading.
func featureWords(text string) []string {
	var out []string
	for w, fold := range rawFeatureWords(text) {
		if fold {
			if w = foldWord(w); w == "" {
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// rawFeatureWords yields the words of text as featureWords gives them,
// but as they stand in text, each with whether foldWord is to fold it (a
// word of the scripts written with spaces) or not (a pair of unspaced
// characters). A part of text is only ever the one or the other.
func rawFeatureWords(text string) iter.Seq2[string, bool] {
	return scanWords(text, true, featureLetter)
}

// eachWord calls use, for each word of text as featureWords gives it,
// with what value makes of the word folded (foldWord, for the words of
// the scripts written with spaces): made once per distinct word as it
// stands in text, kept in cache by it, so that the words a text repeats
// are neither folded nor looked up again.
func eachWord[T any](text string, cache map[string]T, value func(w string) T, use func(T)) {
	for raw, fold := range rawFeatureWords(text) {
		v, ok := cache[raw]
		if !ok {
			w := raw
			if fold {
				w = foldWord(raw)
			}
			v = value(w)
			cache[raw] = v
		}
		use(v)
	}
}

// scanWords yields the words of s: its runs of the characters letter
// accepts (told whether a word is under way, so that a mark may continue
// a word it cannot begin), each with true; and with pairs, in the runs
// of the scripts written without spaces (unspaced), their overlapping
// pairs of characters (unspacedPairs), each with false. ASCII letters
// and digits are in a word and other ASCII is not, without asking
// letter: it is most text, and the word-splitters agree on it.
func scanWords(s string, pairs bool, letter func(r rune, inside bool) bool) iter.Seq2[string, bool] {
	return func(yield func(string, bool) bool) {
		start := -1
		for i := 0; i < len(s); {
			c, n := s[i], 1
			var in bool
			if c < utf8.RuneSelf {
				in = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			} else {
				var r rune
				r, n = utf8.DecodeRuneInString(s[i:])
				if pairs && unspaced(r) {
					if start >= 0 {
						if !yield(s[start:i], true) {
							return
						}
						start = -1
					}
					if i = unspacedPairs(s, i, func(w string) bool { return yield(w, false) }); i < 0 {
						return
					}
					continue
				}
				in = letter(r, start >= 0)
			}
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !yield(s[start:i], true) {
					return
				}
				start = -1
			}
			i += n
		}
		if start >= 0 {
			yield(s[start:], true)
		}
	}
}

// unspacedPairs calls yield with the overlapping pairs of characters of
// the run of unspaced letters that starts at text[i], or with the run
// when it is one character (see featureWords), and returns the run's
// end; -1 when yield returned false.
func unspacedPairs(text string, i int, yield func(string) bool) int {
	prev := -1 // the start of the character before j
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unspaced(r) {
			break
		}
		if prev >= 0 && !yield(text[prev:j+n]) {
			return -1
		}
		prev = j
		j += n
	}
	if prev == i && !yield(text[i:j]) {
		return -1
	}
	return j
}

// unspaced reports whether r is a letter of a script written without
// spaces between words: Han, hiragana, katakana (with its prolonged
// sound mark ー).
func unspaced(r rune) bool {
	if r < 0x2E80 { // below the first of these letters (unicode.Han's)
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー'
}
