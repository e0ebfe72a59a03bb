package align

import (
	"reflect"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/internal/fuzzcheck"
)

// FuzzReadBeads: a bead file is read as its lines' beads, in its order,
// or refused with a *BeadError naming the file and one of its lines;
// the beads read, written back, read the same. Run with
//
//	go test ./align -run XXX -fuzz FuzzReadBeads -parallel 1
func FuzzReadBeads(f *testing.F) {
	f.Add("[0]:[0, 1]\n[1]:[2]\n\n[2]:[]\n[]:[3]\n[3, 4]:[4]\n")
	f.Add("[0]:[0]:0.125\r\n[1,2]:[1]:0.5\r\n")
	f.Add("[0]:[0]\n\n[1]:[x]\n")
	f.Add("[1, 0]:[ 9 ,10 ]\n[-1]:[1]\n")
	f.Add("# a comment\n[0]:[0]\n")
	f.Fuzz(func(t *testing.T, in string) {
		beads, err := ReadBeads(strings.NewReader(in), "gold")
		lines := strings.Split(in, "\n")
		if err != nil {
			fuzzcheck.Refused(t, err, "gold", in, func(e *BeadError) (string, int) { return e.Path, e.Line })
			return
		}
		var out []string
		k := 0
		for _, l := range lines {
			l = strings.TrimSpace(l)
			if l == "" || l[0] == '#' {
				continue
			}
			if k >= len(beads) {
				t.Fatalf("%d beads from more lines", len(beads))
			}
			b := beads[k]
			if want, err := ParseBead(l); err != nil || !reflect.DeepEqual(b, want) {
				t.Fatalf("bead %d is %v, its line %q reads %v (%v)", k, b, l, want, err)
			}
			for _, id := range append(b.Src[:len(b.Src):len(b.Src)], b.Tgt...) {
				if id < 0 {
					t.Fatalf("bead %v: negative id", b)
				}
			}
			out = append(out, b.String())
			k++
		}
		if k != len(beads) {
			t.Fatalf("%d beads from %d lines", len(beads), k)
		}
		again, err := ReadBeads(strings.NewReader(strings.Join(out, "\n")), "again")
		if err != nil || !reflect.DeepEqual(again, beads) {
			t.Fatalf("beads %v written as %q read as %v, %v", beads, out, again, err)
		}
	})
}
