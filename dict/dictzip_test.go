package dict

import (
	"strings"
	"testing"
)

// A chunk table of empty chunks that claims 2 GB of text: the file,
// 64 KB, cannot hold it, and is refused without the 2 GB being
// allocated (it once was, and the reader then failed on the first
// chunk).
func TestDictzipTableBeyondData(t *testing.T) {
	const count = (1<<16 - 1 - 4 - 6) / 2 // the most chunks "RA" can list
	data := dictzipFile(0xffff, make([]int, count), nil, 0, count*0xffff)
	var err error
	n := allocated(func() { _, err = decodeData("x.dict.dz", data) })
	if err == nil || !strings.Contains(err.Error(), "x.dict.dz") {
		t.Fatalf("error %v, want one naming x.dict.dz", err)
	}
	if max := uint64(inflateRatio*len(data) + 1<<20); n > max {
		t.Fatalf("%d bytes allocated to read %d (at most %d expected): %v", n, len(data), max, err)
	}
}
