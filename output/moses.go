package output

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/internal/atomicfile"
)

// mosesNames returns the file names WriteMoses writes for a, in the
// order of the editions: "<prefix>.<lang>" when the editions' languages
// differ (the convention of Moses and OPUS: corpus.en, corpus.fr), else
// "<prefix>.<edition id>", since versions in one language would
// otherwise share a name; a clash that remains gets the edition's number.
func mosesNames(prefix string, a *align.Alignment) []string {
	suffixes := make([]string, len(a.Editions))
	byLang := map[string]bool{}
	distinct := true
	for _, ed := range a.Editions {
		l := langOf(ed)
		if byLang[l] {
			distinct = false
		}
		byLang[l] = true
	}
	seen := map[string]bool{}
	for e, ed := range a.Editions {
		s := ed.ID
		if distinct {
			s = langOf(ed)
		}
		s = fileSafe(s)
		if s == "" || seen[s] {
			s = fmt.Sprintf("%s%d", s, e+1)
		}
		seen[s] = true
		suffixes[e] = prefix + "." + s
	}
	return suffixes
}

// MosesPaths returns the files WriteMoses(dir, prefix, a) writes, in the
// order of the editions.
func MosesPaths(dir, prefix string, a *align.Alignment) []string {
	names := mosesNames(prefix, a)
	for k := range names {
		names[k] = filepath.Join(dir, names[k])
	}
	return names
}

// fileSafe keeps a suffix inside its directory and free of characters
// that trouble shells and other systems.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '/', '\\', ':', '*', '?', '"', '<', '>', '|', 0:
			return '_'
		}
		if r < ' ' {
			return '_'
		}
		return r
	}, s)
}

// WriteMoses writes a in the line-parallel format of Moses and most
// machine translation tools: a file per edition, named as mosesNames
// says, in dir; line i of every file is row i of the alignment, the
// sentences of the edition's cell joined by a space, or an empty line
// when the edition has nothing there. Line breaks and tabs inside a
// sentence become spaces, so that lines stay parallel.
//
// The files are written to temporary files in dir and renamed into place
// only when all are complete, so that an error leaves no half-written
// file and no mismatched set. It returns the paths written.
func WriteMoses(dir, prefix string, a *align.Alignment) (paths []string, err error) {
	if prefix == "" {
		return nil, errors.New("moses: an empty file name prefix")
	}
	names := mosesNames(prefix, a)
	var files []*atomicfile.File
	defer func() {
		if err != nil {
			for _, f := range files {
				f.Abort()
			}
		}
	}()
	for e, name := range names {
		f, err := atomicfile.Create(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("moses: %w", err)
		}
		files = append(files, f)
		for _, row := range a.Rows {
			if _, err := io.WriteString(f, tsvField(a.Editions[e].Joined(row.Cells[e]))+"\n"); err != nil {
				return nil, fmt.Errorf("moses: %w", err)
			}
		}
	}
	for e, f := range files {
		if err := f.Commit(); err != nil {
			// Take back the files already in place, so that no set of
			// files that do not belong together is left (files of the
			// same names from an earlier run are lost in this rare case).
			for _, q := range paths {
				os.Remove(q)
			}
			files = files[e+1:]
			return nil, fmt.Errorf("moses: %w", err)
		}
		paths = append(paths, filepath.Join(dir, names[e]))
	}
	return paths, nil
}
