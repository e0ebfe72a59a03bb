package corpus

// The manifest: which jobs a batch runs.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/editions"
)

// A Job is one line of a manifest: editions to align together, the
// first being the base the others are aligned to.
type Job struct {
	// Line is the job's 1-based line in the manifest: what the summaries
	// are ordered by, and what an error names.
	Line int
	// ID names the job's output files (DIR/ID.json …).
	ID       string
	Editions []Input
}

// An Input is one edition of a job.
type Input struct {
	Lang string
	// Path is as the manifest gives it; File is where it is read from
	// (relative to the manifest's folder unless absolute).
	Path, File string
}

// A ManifestError is a line of a manifest that cannot be a job, or
// (Line 0) a manifest that has no job.
type ManifestError struct {
	Path string
	Line int
	Msg  string
}

func (e *ManifestError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
}

// ReadManifest reads the manifest in the file at path. It is a TSV file
// (fields separated by tabs), one job per line: an id, then two or more
// editions, each LANG:PATH — a BCP 47 language tag, a colon, and the
// file's path, relative to the manifest's folder unless absolute. Blank
// lines and lines whose first non-blank character is # are skipped; the
// first other line is a header, skipped too, when its first field is
// "id" (which is therefore no job's id).
//
// Ids name files: they are unique, and neither empty, nor "summary"
// (the summaries' name), nor beginning with "." (hidden files, such as
// the records of finished jobs), nor holding a slash, a space or a
// control character. A line that breaks these rules is an error naming
// it, and ReadManifest reports the first.
func ReadManifest(path string) ([]Job, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseManifest(f, path, filepath.Dir(path))
}

// ParseManifest reads a manifest from r, as ReadManifest does; name is
// for messages, dir the folder relative paths start from.
func ParseManifest(r io.Reader, name, dir string) ([]Job, error) {
	var jobs []Job
	seen := map[string]int{} // id → line
	sc := bufio.NewScanner(editions.SkipBOM(r))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	first := true
	n := 1
	for ; sc.Scan(); n++ {
		text := strings.TrimSuffix(sc.Text(), "\r")
		bad := func(format string, args ...any) error {
			return &ManifestError{Path: name, Line: n, Msg: fmt.Sprintf(format, args...)}
		}
		if !utf8.ValidString(text) {
			return nil, bad("not UTF-8")
		}
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		for k := range fields {
			fields[k] = strings.TrimSpace(fields[k])
		}
		if first && strings.EqualFold(fields[0], "id") {
			first = false
			continue
		}
		first = false
		if err := checkID(fields[0]); err != nil {
			return nil, bad("%v", err)
		}
		id := fields[0]
		if prev, ok := seen[strings.ToLower(id)]; ok {
			return nil, bad("id %s is already on line %d (ids name files, and differ in more than case)", editions.Quote(id), prev)
		}
		seen[strings.ToLower(id)] = n
		job := Job{Line: n, ID: id}
		for k, field := range fields[1:] {
			if field == "" {
				return nil, bad("field %d is empty (fields are separated by one tab)", k+2)
			}
			lang, p, ok := strings.Cut(field, ":")
			if !ok || lang == "" || p == "" {
				return nil, bad("field %d, %s, is not LANG:PATH (a language tag, a colon, a file)", k+2, editions.Quote(field))
			}
			if _, err := language.Parse(lang); err != nil {
				return nil, bad("field %d: %s is not a BCP 47 language tag", k+2, editions.Quote(lang))
			}
			file := p
			if !filepath.IsAbs(p) {
				file = filepath.Join(dir, p)
			}
			job.Editions = append(job.Editions, Input{Lang: lang, Path: p, File: file})
		}
		if len(job.Editions) < 2 {
			return nil, bad("job %s has %d edition; a job aligns two or more, each LANG:PATH after the id, separated by tabs", editions.Quote(id), len(job.Editions))
		}
		jobs = append(jobs, job)
	}
	if err := sc.Err(); err != nil {
		msg := err.Error()
		if errors.Is(err, bufio.ErrTooLong) {
			msg = "the line is longer than 16 MB"
		}
		return nil, &ManifestError{Path: name, Line: n, Msg: msg}
	}
	if len(jobs) == 0 {
		return nil, &ManifestError{Path: name, Msg: "no jobs (a job is a line: an id, then LANG:PATH for each edition, separated by tabs)"}
	}
	return jobs, nil
}

// checkID says what makes id unfit to name files, if anything.
// maxIDBytes bounds an id: the longest name batch makes of one, the
// temporary file of an output (".ID.tei.xml.1234567890.tmp", 24 bytes
// more than the id), must fit the 255 bytes a file name may have on
// ext4, XFS, Btrfs, APFS and NTFS; 200 leaves room for longer
// extensions. Longer ids failed each job as it wrote its files.
const maxIDBytes = 200

func checkID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("the id (first field) is empty")
	case len(id) > maxIDBytes:
		return fmt.Errorf("id %s is %d bytes long; an id names files, and may have %d bytes", editions.Quote(id), len(id), maxIDBytes)
	case strings.HasPrefix(id, "."):
		return fmt.Errorf("id %s begins with a dot", editions.Quote(id))
	case strings.EqualFold(id, "summary") || strings.HasPrefix(strings.ToLower(id), "summary."):
		return fmt.Errorf("id %s is the name of the summaries", editions.Quote(id))
	}
	for _, r := range id {
		if r == '/' || r == '\\' || unicode.IsSpace(r) || unicode.IsControl(r) {
			return fmt.Errorf("id %s holds %q; an id names files", editions.Quote(id), r)
		}
	}
	return nil
}
