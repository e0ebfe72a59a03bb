package align

import "testing"

// TestPackBack checks that every combination of the back pointers a
// cell's states can hold comes back from its two bytes as it went in,
// and that the codes are those the search writes: a match by a match
// bead, a run by its own bead, a passage by its own bead or its
// opening block.
func TestPackBack(t *testing.T) {
	var back [nStates]uint8
	seen := map[uint16]bool{}
	var walk func(s int)
	walk = func(s int) {
		if s == nStates {
			v := packBack(&back)
			if seen[v] {
				t.Fatalf("%v packed as %d, as another combination", back, v)
			}
			seen[v] = true
			for r := range nStates {
				if got := unpackBack(v, r); got != int(back[r]) {
					t.Fatalf("%v: state %d unpacked as %d", back, r, got)
				}
			}
			return
		}
		for _, c := range backCode[s] {
			back[s] = c
			walk(s + 1)
		}
	}
	walk(0)
	for _, c := range backCode[stMatch] {
		if t1 := int(c) / 8; t1 == 1 || t1 == 2 || t1 >= backPassage {
			t.Errorf("a match reached by bead code %d", t1)
		}
	}
	for _, s := range []int{stOmit, stAdd, stOmitPassage, stAddPassage} {
		for _, c := range backCode[s] {
			t1, side := int(c)/8, 1+(s-stOmit)%2
			if t1 != side && t1 != backPassage+side-1 {
				t.Errorf("state %d reached by bead code %d", s, t1)
			}
		}
	}
	if len(seen) != 60*5*5*6*6 {
		t.Errorf("%d combinations, want 54,000", len(seen))
	}
}
