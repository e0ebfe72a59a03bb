package dict

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/text/language"
)

// InstalledDir is where Debian's dict-freedict-* packages (and dictd
// generally) install dictionaries.
const InstalledDir = "/usr/share/dictd"

// Installed returns the FreeDict dictionaries in dir between languages a
// and b, in either direction, by their index files' paths in name order:
// freedict-deu-fra.index and freedict-fra-deu.index for German and
// French. Languages are compared by their base (de-CH is German);
// undetermined ones match nothing.
func Installed(dir string, a, b language.Tag) []string {
	ba, _ := a.Base()
	bb, _ := b.Base()
	if a == language.Und || b == language.Und || ba == bb {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, "freedict-") || !strings.HasSuffix(name, ".index") {
			continue
		}
		from, to := namedLanguages(name)
		if from == language.Und {
			continue
		}
		bf, _ := from.Base()
		bt, _ := to.Base()
		if (bf == ba && bt == bb) || (bf == bb && bt == ba) {
			out = append(out, filepath.Join(dir, name))
		}
	}
	sort.Strings(out)
	return out
}

// AutoPaths returns the FreeDict dictionaries installed in dir between any
// two of langs, the languages of the editions to align, each once, in
// name order.
func AutoPaths(dir string, langs []language.Tag) []string {
	seen := make(map[string]bool)
	var out []string
	for i := range langs {
		for j := i + 1; j < len(langs); j++ {
			for _, p := range Installed(dir, langs[i], langs[j]) {
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}
