package editions

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWrappedNumberOpensNoItem: a hard-wrapped paragraph whose wrap puts
// a year and its full stop at the start of a line ("in March\n1917. But
// perhaps") is one paragraph, its sentence ending after "1917." as in
// the same text wrapped otherwise; a list still opens after a colon, and
// each item of a numbered list whose items wrap opens a paragraph.
func TestWrappedNumberOpensNoItem(t *testing.T) {
	wrapped := "To be convinced of this it is necessary simply to read Letters from\n" +
		"Afar, written by Lenin before his departure from Zurich in March\n" +
		"1917. But perhaps, like any historical definition that tries to be\n" +
		"precise, that is too narrow a statement. The party had been marching\n" +
		"towards power ever since the day when its Central Committee met.\n\n" +
		"The Bolshevik demands were set out in the resolution as follows:\n" +
		"1. The immediate switching of the factories from war production and\n" +
		"the requisition of the stocks of the speculators in the capital.\n" +
		"2. The control of the banks by the soviets and the opening of their\n" +
		"books to the delegates of the workers of every district of the city.\n"
	e := parse(t, "serge.en.txt", wrapped, Options{Lang: "en"})
	if diff := cmp.Diff([]string{"text", "text", "list-item", "list-item"}, kinds(e)); diff != "" {
		t.Errorf("paragraph kinds (-want +got):\n%s", diff)
	}
	want := "To be convinced of this it is necessary simply to read Letters from Afar, written by Lenin before his departure from Zurich in March 1917."
	if got := texts(e.ParagraphSentences(0)); len(got) == 0 || got[0] != want {
		t.Errorf("first sentence %q, want %q", got, want)
	}
}

// TestItemSequences: the labels a numbered list goes on with.
func TestItemSequences(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"1", "2", true}, {"9", "10", true}, {"1916", "1918", false},
		{"a", "b", true}, {"B", "C", true}, {"C", "D", true}, {"C", "CI", true},
		{"III", "IV", true}, {"IX", "X", true}, {"I", "II", true}, {"z", "{", false}, {"1", "b", false},
	} {
		if got := follows(c.a, c.b); got != c.want {
			t.Errorf("follows(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
