// Package atomicfile writes files whole or not at all.
//
// A file is written to a temporary file in the directory of its target and
// renamed over the target once complete, so that a reader never sees half
// a page and a failed run leaves an earlier file as it was. Three things
// make this more than os.CreateTemp and os.Rename, each a defect a user
// met:
//
//   - The target is the file the user named, as the shell would write it:
//     a symbolic link is written through to the file it points to (a
//     rename would replace the link by a regular file), and a file the
//     user may not write, or whose owner may not (mode 444), is refused,
//     untouched, though a rename into its writable directory would
//     succeed.
//   - Errors name that file, never the hidden temporary one.
//   - Temporary files are removed when the run is interrupted (SIGINT,
//     SIGTERM) as well as when it fails: CleanUpOnSignal.
//
// github.com/google/renameio does the temporary file and the rename, but
// replaces symbolic links and leaves the interrupted case to its caller;
// what is left is small enough to own.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// live holds the temporary files being written, for removal on a signal.
var live = struct {
	sync.Mutex
	names map[string]bool
}{names: map[string]bool{}}

func track(name string, on bool) {
	live.Lock()
	defer live.Unlock()
	if on {
		live.names[name] = true
	} else {
		delete(live.names, name)
	}
}

// RemoveTemporary removes every temporary file being written. It is what
// CleanUpOnSignal does before exiting; a test or a caller with its own
// signal handling may call it.
func RemoveTemporary() {
	live.Lock()
	defer live.Unlock()
	removeLive()
}

// removeLive removes the temporary files being written; live is locked.
func removeLive() {
	for name := range live.names {
		os.Remove(name)
		delete(live.names, name)
	}
}

// CleanUpOnSignal makes the process remove its temporary files and exit on
// SIGINT or SIGTERM, with the status a shell gives a process killed by the
// signal (128 + its number: 130 for Ctrl-C).
func CleanUpOnSignal() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-c
		// The lock is kept to the exit: a goroutine still writing
		// cannot create a temporary file after those are removed
		// (Create holds it from creating the file to tracking it).
		live.Lock()
		removeLive()
		code := 130
		if s == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
}

// A File is a file being written: a temporary file beside its target,
// which Commit renames into place and Abort removes.
type File struct {
	path   string // as the user gave it, for messages
	target string // where it lands, symbolic links followed
	mode   fs.FileMode
	tmp    *os.File
	buf    *bufio.Writer
}

// Create starts writing the file named path. A new file gets mode 0644;
// an existing one keeps its mode.
func Create(path string) (*File, error) {
	target, mode, err := resolve(path)
	if err != nil {
		return nil, err
	}
	live.Lock()
	tmp, err := os.CreateTemp(filepath.Dir(target), tempPattern(target))
	if err != nil {
		live.Unlock()
		return nil, named(path, err)
	}
	live.names[tmp.Name()] = true
	live.Unlock()
	return &File{path: path, target: target, mode: mode, tmp: tmp, buf: bufio.NewWriterSize(tmp, 1<<16)}, nil
}

// Write writes p to the temporary file.
func (f *File) Write(p []byte) (int, error) {
	n, err := f.buf.Write(p)
	if err != nil {
		err = named(f.path, err)
	}
	return n, err
}

// Commit puts the file in place; on failure the file is aborted.
func (f *File) Commit() (err error) {
	defer func() {
		if err != nil {
			f.Abort()
		}
	}()
	if err = f.buf.Flush(); err != nil {
		return named(f.path, err)
	}
	// Files made by CreateTemp are private (0600); output is for sharing
	// like any other file the user writes.
	if err = f.tmp.Chmod(f.mode); err != nil {
		return named(f.path, err)
	}
	if err = f.tmp.Sync(); err != nil {
		return named(f.path, err)
	}
	if err = f.tmp.Close(); err != nil {
		return named(f.path, err)
	}
	if err = os.Rename(f.tmp.Name(), f.target); err != nil {
		return named(f.path, err)
	}
	track(f.tmp.Name(), false)
	return nil
}

// Abort removes the temporary file, leaving any earlier file as it was.
func (f *File) Abort() {
	f.tmp.Close()
	os.Remove(f.tmp.Name())
	track(f.tmp.Name(), false)
}

// Write writes the file named path with what write produces, through a
// temporary file renamed over it when write and the disk have succeeded.
func Write(path string, write func(io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// resolve returns the file a write to path lands in, following symbolic
// links, and the mode to give it; it refuses a target the user may not
// write, or one that is not a regular file.
func resolve(path string) (target string, mode fs.FileMode, err error) {
	target = path
	if t, err := filepath.EvalSymlinks(path); err == nil {
		target = t
	} else if l, lerr := os.Lstat(path); lerr == nil && l.Mode()&fs.ModeSymlink != 0 {
		// A dangling link: write the file it names, as the shell would.
		dest, err := os.Readlink(path)
		if err != nil {
			return "", 0, named(path, err)
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		target = dest
	}
	info, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, 0o644, nil
	case err != nil:
		return "", 0, named(path, err)
	case !info.Mode().IsRegular():
		return "", 0, fmt.Errorf("%s: not a regular file", path)
	}
	// A file its owner may not write was made read-only to be kept: it
	// is refused even to root, whom the system would let through.
	if info.Mode().Perm()&0o200 == 0 {
		return "", 0, fmt.Errorf("%s: read-only file (mode %04o), not replaced", path, info.Mode().Perm())
	}
	// Opening for writing, without truncating, asks the system the
	// question the mode bits only answer for some users.
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return "", 0, named(path, err)
	}
	f.Close()
	return target, info.Mode().Perm(), nil
}

// named makes err speak of path, the file the user gave, rather than of
// the temporary file or a link's target.
func named(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return fmt.Errorf("%s: %w", path, le.Err)
	}
	return fmt.Errorf("%s: %w", path, err)
}

// tempPattern is the os.CreateTemp pattern of the temporary files of
// target: hidden, beside it, ".NAME.DIGITS.tmp".
func tempPattern(target string) string {
	return "." + filepath.Base(target) + ".*.tmp"
}

// TemporaryOf returns the name of the file that the file named name
// is a temporary file of, if it is one: "book.json" for
// ".book.json.123456.tmp". A process killed outright (SIGKILL, a machine
// lost) leaves such files behind; the one process that writes the target
// may remove them before it writes (never another's: it may be in use).
func TemporaryOf(name string) (string, bool) {
	name = filepath.Base(name)
	// The pattern is PREFIX NAME SEP * SUFFIX: ".", ".", ".tmp".
	pattern := tempPattern("NAME")
	before, _, _ := strings.Cut(pattern, "NAME")
	_, after, _ := strings.Cut(pattern, "*")
	if !strings.HasPrefix(name, before) || !strings.HasSuffix(name, after) {
		return "", false
	}
	rest := name[len(before) : len(name)-len(after)]
	dot := strings.LastIndexByte(rest, '.')
	// CreateTemp's random part is decimal digits.
	if dot <= 0 || dot == len(rest)-1 || strings.Trim(rest[dot+1:], "0123456789") != "" {
		return "", false
	}
	return rest[:dot], true
}
