package align

import (
	"slices"
	"testing"
)

// Two merges of the Text+Berg dev document that the omission decision
// took apart, each end reported left out though the French renders it.
// "[...] als Fährten eines roten ( wir würden sagen :" / "braunen )
// Bären herausgestellt hätten ." is one sentence the segmenter cut at a
// colon, and a translator does not leave out the half of a sentence
// (splitSeam); "Wir gingen parallel zu der Fährte , ohne sie etwa zu
// kreuzen ." is rendered by "[...] parallèlement aux traces , mais sans
// les toucher ." (longCognate). Both stay merged as the gold has them,
// and neither sentence is shown left out.
func TestMergeAtSplitSeamOrCognate(t *testing.T) {
	a, b, _ := textbergDocs(t, "dev")
	al := alignSentences(a[0], b[0])
	deleted := deletedSentences(al)
	for _, want := range []Bead{
		{Src: []int{140, 141}, Tgt: []int{182, 183}},
		{Src: []int{108, 109}, Tgt: []int{155}},
	} {
		if !slices.ContainsFunc(al.Beads(), func(x Bead) bool {
			return slices.Equal(x.Src, want.Src) && slices.Equal(x.Tgt, want.Tgt)
		}) {
			t.Errorf("no row %v", want)
		}
		if s := want.Src[1]; slices.Contains(deleted, s) {
			t.Errorf("sentence %d %q shown left out", s, a[0].Sentences[s].Text)
		}
	}
}
