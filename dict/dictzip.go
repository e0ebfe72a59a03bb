package dict

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"runtime"
	"sync"
)

// Reading dictzip in parallel.
//
// dictzip (dictzip(1), from dictd) is gzip whose deflate stream is
// flushed fully every chunkLen bytes of text (58,315 in FreeDict's
// files), the dictionary of back-references reset each time, and whose
// header's extra field "RA" lists the compressed size of each chunk, so
// that a server can start reading at any chunk. The same table lets the
// chunks be inflated side by side, each by its own flate reader, into
// their places in the text: FreeDict's German–French dictionary (7 MB
// of text) inflates about as many times faster as there are cores. The
// whole is checked against the gzip trailer's CRC-32 and length, as
// compress/gzip checks it. A file without the table (plain gzip) is
// read by compress/gzip (readData).

// inflateRatio is the most bytes of text deflate gives per byte of
// compressed data: 1032, as zlib's FAQ says ("the limit is 1032:1", a
// 258-byte match coded in 2 bits).
const inflateRatio = 1032

// errNotDictzip says a gzip file has no dictzip chunk table.
var errNotDictzip = errors.New("no dictzip chunk table")

// inflateDictzip returns the text of the dictzip file data, or
// errNotDictzip, or an error that says what is wrong with it.
func inflateDictzip(data []byte) ([]byte, error) {
	chunkLen, sizes, start, err := dictzipHeader(data)
	if err != nil {
		return nil, err
	}
	if len(data) < start+8 {
		return nil, errors.New("truncated")
	}
	want := binary.LittleEndian.Uint32(data[len(data)-4:])
	sum := binary.LittleEndian.Uint32(data[len(data)-8:])
	total := int(want)
	if n := len(sizes); n == 0 || total > n*chunkLen || total <= (n-1)*chunkLen {
		return nil, errNotDictzip // the table does not fit the length: read it as gzip
	}
	offsets := make([]int, len(sizes)+1)
	offsets[0] = start
	for k, s := range sizes {
		offsets[k+1] = offsets[k] + s
	}
	if offsets[len(sizes)] > len(data)-8 {
		return nil, errors.New("the chunk table runs past the end of the file")
	}
	if total > inflateRatio*(offsets[len(sizes)]-start) {
		// The chunks are too small to hold the text the trailer claims:
		// read the file as gzip, which allocates as it inflates, rather
		// than allocate the claim.
		return nil, errNotDictzip
	}
	out := make([]byte, total)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  int
	)
	workers := min(runtime.GOMAXPROCS(0), len(sizes))
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				k := next
				next++
				stop := first != nil
				mu.Unlock()
				if k >= len(sizes) || stop {
					return
				}
				lo := k * chunkLen
				hi := min(lo+chunkLen, total)
				r := flate.NewReader(bytes.NewReader(data[offsets[k]:offsets[k+1]]))
				if _, err := io.ReadFull(r, out[lo:hi]); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	if crc32.ChecksumIEEE(out) != sum {
		return nil, errors.New("CRC-32 mismatch: the file is damaged")
	}
	return out, nil
}

// dictzipHeader reads a gzip header with dictzip's "RA" extra field: the
// chunks' length of text, each chunk's compressed size, and where the
// compressed data starts.
func dictzipHeader(data []byte) (chunkLen int, sizes []int, start int, err error) {
	const (
		fText    = 1 << 0
		fHCRC    = 1 << 1
		fExtra   = 1 << 2
		fName    = 1 << 3
		fComment = 1 << 4
	)
	if len(data) < 10 || data[0] != 0x1f || data[1] != 0x8b || data[2] != 8 {
		return 0, nil, 0, errNotDictzip
	}
	flags := data[3]
	if flags&fExtra == 0 {
		return 0, nil, 0, errNotDictzip
	}
	p := 10
	if len(data) < p+2 {
		return 0, nil, 0, errNotDictzip
	}
	xlen := int(binary.LittleEndian.Uint16(data[p:]))
	p += 2
	if len(data) < p+xlen {
		return 0, nil, 0, errNotDictzip
	}
	extra := data[p : p+xlen]
	p += xlen
	for len(extra) >= 4 {
		id := extra[:2]
		n := int(binary.LittleEndian.Uint16(extra[2:]))
		if len(extra) < 4+n {
			break
		}
		field := extra[4 : 4+n]
		extra = extra[4+n:]
		if id[0] != 'R' || id[1] != 'A' || n < 6 {
			continue
		}
		chunkLen = int(binary.LittleEndian.Uint16(field[2:]))
		count := int(binary.LittleEndian.Uint16(field[4:]))
		if chunkLen == 0 || n < 6+2*count {
			return 0, nil, 0, errNotDictzip
		}
		sizes = make([]int, count)
		for k := range sizes {
			sizes[k] = int(binary.LittleEndian.Uint16(field[6+2*k:]))
		}
	}
	if sizes == nil {
		return 0, nil, 0, errNotDictzip
	}
	for _, f := range []byte{fName, fComment} {
		if flags&f != 0 {
			k := bytes.IndexByte(data[p:], 0)
			if k < 0 {
				return 0, nil, 0, errNotDictzip
			}
			p += k + 1
		}
	}
	if flags&fHCRC != 0 {
		p += 2
	}
	return chunkLen, sizes, p, nil
}
