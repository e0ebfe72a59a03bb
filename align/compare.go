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
	TranslationMode Mode = "translation" // an original and its translation: Align
	VersionsMode    Mode = "versions"    // two versions of one text: CompareVersions
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
	ba, _ := a.Lang.Base()
	bb, _ := b.Lang.Base()
	if ba == bb && ba.String() != "und" {
		return VersionsMode
	}
	return TranslationMode
}

// Compare aligns b to a in mode m (see Mode.Resolve): sentence by sentence
// as a translation, or word by word as a version.
func Compare(a, b *editions.Edition, m Mode, opts VersionOptions) *Alignment {
	if m.Resolve(a, b) == VersionsMode {
		return CompareVersions(a, b, opts)
	}
	return Align(a, b)
}
