package output

import (
	"bytes"
	"testing"
)

// FuzzReadAlignmentJSON: any input is read without a panic, and an
// alignment that is accepted is well formed and comes back the same
// through WriteAlignmentJSON.
func FuzzReadAlignmentJSON(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteAlignmentJSON(&buf, sample()); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Add(`{"schema_version":1,"base":0,"editions":[{"id":"a","lang":"en","sentences":[{"index":0,"text":"A."}]},{"id":"b","lang":"fr","sentences":[]}],"rows":[{"cells":[[0],[]],"kind":"deleted","score":1}]}`)
	f.Add(`{"editions":[],"rows":[]}`)
	f.Add(`{"schema_version":1,"editions":[{"id":"a","sentences":[{"index":0,"text":"x"}]}],"rows":[{"cells":[[0]],"kind":"moved","peer":5}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ReadAlignmentJSON(bytes.NewReader([]byte(in)))
		if err != nil {
			return
		}
		if err := a.Check(); err != nil {
			t.Fatalf("accepted an ill-formed alignment: %v", err)
		}
		var once, twice bytes.Buffer
		if err := WriteAlignmentJSON(&once, a); err != nil {
			t.Fatal(err)
		}
		b, err := ReadAlignmentJSON(bytes.NewReader(once.Bytes()))
		if err != nil {
			t.Fatalf("cannot read back what was written: %v\n%s", err, once.String())
		}
		if err := WriteAlignmentJSON(&twice, b); err != nil {
			t.Fatal(err)
		}
		if once.String() != twice.String() {
			t.Fatalf("not stable:\n%s\n%s", once.String(), twice.String())
		}
	})
}
