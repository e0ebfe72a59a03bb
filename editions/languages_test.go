package editions_test

import (
	"slices"
	"testing"

	"github.com/synoptic-text/synoptic/editions"
)

// TestLanguageLists: the lists other packages read come from each
// language's entry: titles with their case and full stop, and the cues of
// translators' notes of every language.
func TestLanguageLists(t *testing.T) {
	for word, want := range map[string]bool{"Mr.": true, "Mme.": true, "Hr.": true, "Sr.": true, "mme.": false, "Mr": false, "Fogg": false} {
		if got := editions.IsTitle(word); got != want {
			t.Errorf("IsTitle(%q) = %v, want %v", word, got, want)
		}
	}
	cues := editions.NoteCues()
	for _, want := range []string{"translator's note", "n.d.t.", "anm. d. übers", "nota del traductor", "nota del traduttore", "прим. перев"} {
		if !slices.Contains(cues, want) {
			t.Errorf("NoteCues lacks %q", want)
		}
	}
}
