package dict

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

// A chunk table of empty chunks that claims 2 GB of text: the file,
// 64 KB, cannot hold it, and is refused without the 2 GB being
// allocated (it once was, and the reader then failed on the first
// chunk).
func TestDictzipTableBeyondData(t *testing.T) {
	const count = (1<<16 - 1 - 4 - 6) / 2 // the most chunks "RA" can list
	ra := make([]byte, 6+2*count)         // every chunk's size 0
	binary.LittleEndian.PutUint16(ra[0:], 1)
	binary.LittleEndian.PutUint16(ra[2:], 0xffff)
	binary.LittleEndian.PutUint16(ra[4:], count)
	var b bytes.Buffer
	b.Write([]byte{0x1f, 0x8b, 8, 1 << 2, 0, 0, 0, 0, 2, 3})
	binary.Write(&b, binary.LittleEndian, uint16(4+len(ra)))
	b.WriteString("RA")
	binary.Write(&b, binary.LittleEndian, uint16(len(ra)))
	b.Write(ra)
	binary.Write(&b, binary.LittleEndian, uint32(0))            // CRC-32
	binary.Write(&b, binary.LittleEndian, uint32(count*0xffff)) // length
	var err error
	n := allocated(func() { _, err = decodeData("x.dict.dz", b.Bytes()) })
	if err == nil || !strings.Contains(err.Error(), "x.dict.dz") {
		t.Fatalf("error %v, want one naming x.dict.dz", err)
	}
	if max := uint64(inflateRatio*b.Len() + 1<<20); n > max {
		t.Fatalf("%d bytes allocated to read %d (at most %d expected): %v", n, b.Len(), max, err)
	}
}
