// Package dict reads bilingual dictionaries into word pairs for the
// aligner: FreeDict dictionaries as dictd serves them (an .index and a
// .dict.dz, see dictd.go), hunalign's dictionaries ("target @ source"
// lines) and two-column TSV (tsv.go). It only reads: which pairs the
// aligner uses, and how a headword meets its inflected forms in a text,
// is package align's business (align/dictionary.go).
//
// A dictionary is read once per process: Read keeps what it read, so
// that batch, aligning thousands of pairs, reads each file once.
package dict

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/editions"
)

// A Dictionary is a bilingual word list: pairs of a headword of one
// language and a translation in another, as its file gives them
// (headwords are lemmas; either side may be a phrase).
type Dictionary struct {
	// Name is the path it was read from, as given.
	Name string
	// From and To are the languages of the headwords and of their
	// translations when the file says (a FreeDict name such as
	// freedict-deu-fra), else language.Und: the aligner then finds the
	// direction from the texts.
	From, To language.Tag
	Pairs    []Pair
}

// A Pair is a headword and one of its translations.
type Pair struct{ From, To string }

var (
	mu    sync.Mutex
	cache = map[string]*Dictionary{}
)

// Read reads the dictionary at path, by its name and content: a dictd
// dictionary named by its .index, its .dict.dz (or .dict) or the path
// they share without either; else a text file of hunalign's "target @
// source" lines or of two tab-separated columns. A file read before in
// this process is not read again. Errors are *editions.InputError,
// naming the file and, where it helps, the line or byte.
func Read(path string) (*Dictionary, error) {
	mu.Lock()
	defer mu.Unlock()
	if d, ok := cache[path]; ok {
		return d, nil
	}
	var d *Dictionary
	var err error
	if index, data, ok := dictdFiles(path); ok {
		d, err = readDictd(index, data)
	} else {
		d, err = readText(path)
	}
	if err != nil {
		return nil, err
	}
	d.Name = path
	if d.From == language.Und {
		d.From, d.To = namedLanguages(path)
	}
	cache[path] = d
	return d, nil
}

// dictdFiles returns the index and data files of the dictd dictionary
// that path names, if it names one: path.index beside path.dict.dz (or
// path.dict), with path ending in either or in neither.
func dictdFiles(path string) (index, data string, ok bool) {
	stem := path
	for _, suf := range []string{".index", ".dict.dz", ".dict"} {
		if strings.HasSuffix(path, suf) {
			stem = strings.TrimSuffix(path, suf)
			break
		}
	}
	index = stem + ".index"
	if _, err := os.Stat(index); err != nil {
		if _, err := os.Stat(path); err == nil && stem != path {
			// Named as a dictd file, without its index: say so when
			// reading rather than take it for a text file.
			return index, stem + ".dict.dz", true
		}
		// Not there at all: read as a text file, whose error names
		// the file given, not an index it lacks.
		return "", "", false
	}
	for _, suf := range []string{".dict.dz", ".dict"} {
		if _, err := os.Stat(stem + suf); err == nil {
			return index, stem + suf, true
		}
	}
	return index, stem + ".dict.dz", true
}

// namedLanguages reads the languages of a dictionary from its file name
// as FreeDict names them, "freedict-deu-fra" (ISO 639-3 codes, headwords
// first); und, und for other names.
func namedLanguages(path string) (from, to language.Tag) {
	name := filepath.Base(path)
	if k := strings.IndexByte(name, '.'); k >= 0 {
		name = name[:k]
	}
	parts := strings.Split(name, "-")
	if len(parts) != 3 || parts[0] != "freedict" {
		return language.Und, language.Und
	}
	a, errA := language.ParseBase(parts[1])
	b, errB := language.ParseBase(parts[2])
	if errA != nil || errB != nil {
		return language.Und, language.Und
	}
	ta, _ := language.Compose(a)
	tb, _ := language.Compose(b)
	return ta, tb
}

func inputError(path string, line, offset int, msg string) error {
	return &editions.InputError{Path: path, Line: line, Offset: offset, Msg: msg}
}

// Auto is the name that asks Open for the installed FreeDict
// dictionaries of the editions' languages.
const Auto = "auto"

// Open reads the dictionaries that specs name for editions in the
// languages langs: each spec a path (see Read) or Auto, for the FreeDict
// dictionaries installed in InstalledDir between any two of langs
// (AutoPaths). A dictionary named twice is read and returned once.
// auto are the paths Auto chose, nil when no spec is Auto or none is
// installed.
func Open(specs []string, langs []language.Tag) (ds []*Dictionary, auto []string, err error) {
	seen := make(map[string]bool)
	var paths []string
	for _, s := range specs {
		var add []string
		if s == Auto {
			auto = AutoPaths(InstalledDir, langs)
			add = auto
		} else {
			add = []string{s}
		}
		for _, p := range add {
			if !seen[p] {
				seen[p] = true
				paths = append(paths, p)
			}
		}
	}
	for _, p := range paths {
		d, err := Read(p)
		if err != nil {
			return nil, nil, err
		}
		ds = append(ds, d)
	}
	return ds, auto, nil
}
