package align

import "runtime"

// collectFrom is the number of sentences (of both editions) from which
// the aligner runs the collector itself before making a large structure
// on a heap that holds much dead memory (see its callers: the rows of
// texts found unrelated as a whole, and the passes of a translation's
// search, translation.go; the band search of a long gap between
// versions, versions_gap.go). A collection costs
// about the live heap's size in work and blocks its caller until done;
// it pays for itself only where what is made next is tens of MB — the
// inputs of bench/pathological, of 100,000 sentences and more, where it
// takes 149–174 MB off peaks of 161–224 MB. Below, it would only slow a
// corpus of many small pairs (synoptic batch) by a collection a job.
// 2¹⁶ sentences: arrays of the search of a few MB at most below it.
const collectFrom = 1 << 16

// collectIfLarge runs the collector when n sentences are at stake (see
// collectFrom).
func collectIfLarge(n int) {
	if n >= collectFrom {
		runtime.GC()
	}
}
