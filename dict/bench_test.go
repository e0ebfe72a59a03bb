package dict

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkReadInstalled reads FreeDict's German–French dictionary as
// Debian installs it (47,000 headwords, 7 MB of text), when it is
// installed. Beside the wall-clock time it reports the processor time
// per read (cpu-ms/op), which a busy machine does not inflate.
func BenchmarkReadInstalled(b *testing.B) {
	index := InstalledDir + "/freedict-deu-fra.index"
	if _, err := os.Stat(index); err != nil {
		b.Skip("dict-freedict-deu-fra is not installed (apt-get install dict-freedict-deu-fra)")
	}
	benchRead(b, index, InstalledDir+"/freedict-deu-fra.dict.dz")
}

// BenchmarkRead50k reads a dictd dictionary of 50,000 entries written
// as FreeDict writes them, in dictzip (writeDictd).
func BenchmarkRead50k(b *testing.B) {
	index, data := writeDictd(b, b.TempDir(), "freedict-deu-fra", syntheticEntries(50000))
	benchRead(b, index, data)
}

func benchRead(b *testing.B, index, data string) {
	start := cpuTime()
	for b.Loop() {
		d, err := readDictd(index, data)
		if err != nil || len(d.Pairs) == 0 {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
