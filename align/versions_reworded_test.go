package align

import (
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
)

// TestTwoTranslationsOneLanguage: two translations of Ruth into German
// (Luther 1545 and the Elberfelder of 1905) are not versions of one
// text: a word diff pairs the verses they word alike and leaves the
// rest deleted and inserted, which coverage read as 24 omissions of
// confidence 0.99, coverage 0.69. Read in auto mode, they are aligned
// as translations (coverage as --mode translation gives, 0.99); forced
// to be versions, the rows stay and a warning says that they keep too
// few words to be versions and counts none as covered. Two printings of
// one translation (the KJV and its revision, the ASV) stay versions,
// with no warning.
func TestTwoTranslationsOneLanguage(t *testing.T) {
	dir := evaldata.Dir(t, "eval", "bible")
	luther, elberfelder := readPath(t, dir, "de-GerBoLut.Ruth.txt"), readPath(t, dir, "de-GerElb1905.Ruth.txt")
	pair := []*editions.Edition{luther, elberfelder}

	auto, _ := Align(pair, Options{})
	if auto.OfVersions() || len(auto.Warnings) > 0 {
		t.Errorf("auto: read as versions %v, warnings %+v; want a translation's alignment, no warning", auto.OfVersions(), auto.Warnings)
	}
	if s := Coverage(auto, CoverageOptions{}).Total.Sentences.Share(); s < 0.95 {
		t.Errorf("auto: coverage %.3f, want at least 0.95", s)
	}

	forced, _ := Align(pair, Options{Mode: VersionsMode})
	if len(forced.Warnings) != 1 || forced.Warnings[0].Kind != Undecided || forced.Warnings[0].Kept <= 0 || forced.Warnings[0].Kept >= minKept ||
		!strings.Contains(forced.Warnings[0].Message, "--mode translation") {
		t.Errorf("versions forced: warnings %+v, want one undecided with the share of words kept", forced.Warnings)
	}
	if s := Coverage(forced, CoverageOptions{}).Total.Sentences.Share(); s != 0 {
		t.Errorf("versions forced: coverage %.3f, want 0 (nothing shown to be covered)", s)
	}

	kjv, asv := readPath(t, dir, "en-KJV.Ruth.txt"), readPath(t, dir, "en-ASV.Ruth.txt")
	revised, _ := Align([]*editions.Edition{kjv, asv}, Options{})
	if !revised.OfVersions() || len(revised.Warnings) > 0 {
		t.Errorf("KJV and ASV: read as versions %v, warnings %+v; want versions, no warning", revised.OfVersions(), revised.Warnings)
	}
}
