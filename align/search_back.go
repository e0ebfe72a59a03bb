package align

// The back pointers of a cell, in two bytes.
//
// A state's back pointer is a bead code × 8 + the previous state (one
// byte, noBack where no bead reaches the state), and a cell has nStates
// of them: five bytes. But each state is reached by few of the codes: a
// match by a match bead (12 types) from any state, a run of 1-0 (or 0-1)
// beads by a 1-0 (0-1) bead from any state, a passage by its own bead
// from itself or by the block that opens it from any state: 60, 5, 5, 6
// and 6 codes, 54,000 cells' worth in all, which a uint16 holds, as the
// digits of a number whose bases are those counts (packBack). A state
// no bead reaches is given digit 0: the trace reads only the states of
// the path, which a bead reached. That is 2 bytes a cell where there
// were 5: for BenchmarkAlign100k's first pass, 25 MB less (8.2 million
// cells), and the null alignment (chance.go), which keeps no margins,
// 2 bytes where it kept 5.

// backDigit[s][code] is the digit of back pointer code in state s's
// place, noDigit for a code state s is never reached by; backCode[s][d]
// is the code of digit d; backBase[s] is the number of state s's codes.
var (
	backDigit [nStates][256]uint8
	backCode  [nStates][]uint8
	backBase  [nStates]int
)

const noDigit = 255

func init() {
	add := func(s, t, ps int) {
		backDigit[s][t*8+ps] = uint8(len(backCode[s]))
		backCode[s] = append(backCode[s], uint8(t*8+ps))
	}
	for s := range nStates {
		for c := range backDigit[s] {
			backDigit[s][c] = noDigit
		}
	}
	for t := range beadTypes {
		if t == 1 || t == 2 {
			continue
		}
		for ps := range nStates {
			add(stMatch, t, ps)
		}
	}
	for side, t := range [2]int{1, 2} {
		s := stOmit + side
		for ps := range nStates {
			add(s, t, ps)
		}
		sp := passageOf(s)
		add(sp, t, sp)
		for ps := range nStates {
			add(sp, backPassage+side, ps)
		}
	}
	all := 1
	for s := range nStates {
		backBase[s] = len(backCode[s])
		all *= backBase[s]
	}
	if all > 1<<16 {
		panic("align: a cell's back pointers do not fit two bytes")
	}
}

// packBack returns the back pointers of a cell's states in two bytes.
func packBack(back *[nStates]uint8) uint16 {
	v := 0
	for s := nStates - 1; s >= 0; s-- {
		d := 0
		if c := back[s]; c != noBack {
			if d = int(backDigit[s][c]); d == noDigit {
				panic("align: a back pointer of a bead that cannot reach its state")
			}
		}
		v = v*backBase[s] + d
	}
	return uint16(v)
}

// unpackBack returns the back pointer of state s from a cell's packed
// pointers.
func unpackBack(v uint16, s int) int {
	x := int(v)
	for r := range s {
		x /= backBase[r]
	}
	return int(backCode[s][x%backBase[s]])
}
