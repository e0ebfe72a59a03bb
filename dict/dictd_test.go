package dict

import (
	"fmt"
	"strings"
	"testing"
)

// An index whose entries overlap, each of a thousand starting a byte
// further into one headword line before the same thousand translations,
// would make a million pairs of 3 KB of text (it once did); it is
// refused, naming the line where the entries outgrow the data.
func TestIndexOverlappingEntries(t *testing.T) {
	const k = 1000
	text := strings.Repeat("h", k) + "\n" + strings.Repeat("x,", k)
	var idx strings.Builder
	for off := range k {
		fmt.Fprintf(&idx, "h%d\t%s\t%s\n", off, base64Digits(off), base64Digits(len(text)-off))
	}
	d, err := parseIndex("o.index", []byte(idx.String()), "o.dict", text)
	if err == nil {
		t.Fatalf("%d pairs from %d bytes of text", len(d.Pairs), len(text))
	}
	if want := "o.index:2: "; !strings.Contains(err.Error(), want) {
		t.Fatalf("error %q, want it to say %q", err, want)
	}
}
