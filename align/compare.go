package align

import (
	"fmt"

	"github.com/synoptic-text/synoptic/editions"
)

// Mode says how two editions relate.
type Mode string

// The modes of comparison.
const (
	AutoMode        Mode = "auto"        // versions when both editions are in one language, else translation
	TranslationMode Mode = "translation" // an original and its translation: alignSentences
	VersionsMode    Mode = "versions"    // two versions of one text: compareVersions
)

// ParseMode reads a mode's name.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(s); m {
	case AutoMode, TranslationMode, VersionsMode:
		return m, nil
	case "":
		return AutoMode, nil
	}
	return "", fmt.Errorf("unknown mode %q (want auto, translation or versions)", s)
}

// Resolve returns the mode to use for a and b: m itself, or for AutoMode
// versions when both editions are in the same base language.
func (m Mode) Resolve(a, b *editions.Edition) Mode {
	if m != AutoMode && m != "" {
		return m
	}
	la, knownA := editions.BaseLanguage(a.Lang)
	lb, knownB := editions.BaseLanguage(b.Lang)
	if !knownA || !knownB {
		// Without a language to go by, versions share sentences word
		// for word, and translations almost never do.
		if sharedSentences(a, b) >= minVersionsShare {
			return VersionsMode
		}
		return TranslationMode
	}
	if la == lb {
		return VersionsMode
	}
	return TranslationMode
}

// minVersionsShare is the share of its sentences an edition of no known
// language must have word for word in the other (sharedSentences) for
// the two to be compared as versions: chosen by hand with the compare
// command (commit 27c2880), not measured.
const minVersionsShare = 0.2

// sharedSentences returns the share of a's sentences whose comparison
// form is also one of b's.
func sharedSentences(a, b *editions.Edition) float64 {
	if len(a.Sentences) == 0 {
		return 0
	}
	inB := make(map[string]bool, len(b.Sentences))
	for _, s := range b.Sentences {
		inB[s.Norm] = true
	}
	n := 0
	for _, s := range a.Sentences {
		if inB[s.Norm] {
			n++
		}
	}
	return float64(n) / float64(len(a.Sentences))
}

// compare aligns b to a in mode m (see Mode.Resolve): sentence by sentence
// as a translation, with the dictionaries of opts (its paragraphs set in
// another order aligned apart, alignReordered), or word by word as a
// version, with its version options. A translation is told what short
// texts are told besides the tests of chance (wholeWarnings).
func compare(a, b *editions.Edition, m Mode, opts Options) *Alignment {
	al := comparePart(a, b, m, opts)
	if !al.versions {
		// Here, not in alignWith: the passages the aligner tests
		// alone (reorder_alone.go, translation_moves.go) read any
		// warning as a passage not held.
		al.wholeWarnings(a, b, true)
	}
	return al
}

// comparePart is compare without the warnings about the whole texts:
// for a part of them (a stretch between pins), short by nature.
func comparePart(a, b *editions.Edition, m Mode, opts Options) *Alignment {
	if m.Resolve(a, b) == VersionsMode {
		return compareVersions(a, b, opts.Version)
	}
	return alignReordered(a, b, defaultParams(), opts.Dictionaries)
}
