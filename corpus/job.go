package corpus

// Running one job: read its editions, align them, write its files, and
// the record that lets a later run skip it.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"time"

	"golang.org/x/text/language"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/internal/atomicfile"
	"github.com/synoptic-text/synoptic/output"
)

// Options say how to run a batch.
type Options struct {
	// Dir is the folder the jobs' files and the summaries are written to.
	Dir string
	// Formats are the formats written per job besides json (which is
	// always written): any of output.AlignmentFormats but text, and html.
	Formats []string
	// Read says how to read editions; its Lang and ID are set per edition.
	Read editions.Options
	// Mode and Ignore say how to align (align.Options); the first
	// edition of each job is the base.
	Mode   align.Mode
	Ignore []align.DiffType
	// Dicts name the bilingual dictionaries to align translations
	// with: paths, or dict.Auto for the FreeDict dictionaries installed
	// for each job's languages (dict.Open); each is read once per run.
	Dicts []string
	// Force redoes jobs already done.
	Force bool
	// Jobs is how many jobs run at once (at least 1).
	Jobs int
	// Shard runs a part of the manifest.
	Shard Shard
	// Version is the synoptic version: a job done by another version is
	// done again.
	Version string
}

// Formats lists the formats a batch can write per job.
func Formats() []string {
	var out []string
	for _, f := range output.AlignmentFormats {
		if f != "text" {
			out = append(out, f)
		}
	}
	return append(out, "html")
}

// formats returns the formats to write: json, then the others asked for.
func (o *Options) formats() []string {
	out := []string{"json"}
	for _, f := range o.Formats {
		if f != "json" && !contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// outputPath is the file of job id in format f.
func (o *Options) outputPath(id, f string) string {
	return filepath.Join(o.Dir, id+output.Extension(f))
}

// recordPath is the record of job id's last successful run: hidden (an
// id never begins with a dot), so that it names no output.
func (o *Options) recordPath(id string) string {
	return filepath.Join(o.Dir, "."+id+".batch")
}

// key is a digest of everything a job's files depend on but the
// contents of its inputs (which their stamps stand for): the version,
// the options of reading and aligning, the formats, the job's id and
// editions. A record under another key is stale.
func (o *Options) key(job Job) string {
	var inputs []string
	for _, in := range job.Editions {
		abs, err := filepath.Abs(in.File)
		if err != nil {
			abs = in.File
		}
		inputs = append(inputs, in.Lang+":"+abs)
	}
	data, _ := json.Marshal(struct {
		Version string
		Read    editions.Options
		Mode    align.Mode
		Ignore  []align.DiffType
		Formats []string
		ID      string
		Inputs  []string
		Dicts   []string `json:",omitempty"`
	}{o.Version, o.Read, o.Mode, o.Ignore, o.formats(), job.ID, inputs, o.Dicts})
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// record is what a job's record file holds: the key it was done under,
// the stamps of its inputs when it was done, and its summary.
type record struct {
	Key    string  `json:"key"`
	Inputs []stamp `json:"inputs"`
	Result Result  `json:"result"`
}

// A stamp is what stands for the contents of an input: its size and
// modification time. A file edited, touched, or replaced by another
// (even an older copy, as cp -p and rsync -a leave it) has another.
type stamp struct {
	Size    int64 `json:"size"`
	ModTime int64 `json:"mtime_ns"`
}

// stamps returns the stamps of the inputs of job, or false if one cannot
// be read.
func stamps(job Job) ([]stamp, bool) {
	var out []stamp
	for _, in := range job.Editions {
		st, err := os.Stat(in.File)
		if err != nil {
			return nil, false
		}
		out = append(out, stamp{Size: st.Size(), ModTime: st.ModTime().UnixNano()})
	}
	return out, true
}

// done returns the summary of job from its record when the job need not
// run again: the record is under the same key, the inputs have the
// stamps they had when the job was done, and every output is there.
func (o *Options) done(job Job) (Result, bool) {
	data, err := os.ReadFile(o.recordPath(job.ID))
	if err != nil {
		return Result{}, false
	}
	var rec record
	if json.Unmarshal(data, &rec) != nil || rec.Key != o.key(job) || rec.Result.Status != StatusOK {
		return Result{}, false
	}
	now, ok := stamps(job)
	if !ok || len(now) != len(rec.Inputs) {
		return Result{}, false
	}
	for k := range now {
		if now[k] != rec.Inputs[k] {
			return Result{}, false
		}
	}
	for _, f := range o.formats() {
		if _, err := os.Stat(o.outputPath(job.ID, f)); err != nil {
			return Result{}, false
		}
	}
	rec.Result.Line = job.Line
	return rec.Result, true
}

// run does job: reads its editions, aligns them, writes each format's
// file, then its record. A failure is the result's, with its message,
// and leaves none of the job's files (remove).
func (o *Options) run(job Job) (res Result) {
	start := time.Now()
	res = Result{Line: job.Line, ID: job.ID, Status: StatusOK}
	// Taken before reading: an input changed while the job runs makes
	// the record stale.
	inputs, _ := stamps(job)
	// A bug met by one job (a panic) fails that job, not the batch.
	defer func() {
		if v := recover(); v != nil {
			res.Status, res.Message = StatusFailed, fmt.Sprintf("internal error, please report it: %v", v)
			o.remove(job.ID)
		}
	}()
	if err := o.notAnInput(job); err != nil {
		// Failed before any file is written or removed: the files of
		// the job's names are its editions.
		res.Status, res.Message = StatusFailed, err.Error()
		return res
	}
	al, err := o.align(job, &res)
	if err == nil {
		for _, f := range o.formats() {
			if err = o.write(al, job.ID, f); err != nil {
				break
			}
		}
	}
	res.Seconds = math.Round(time.Since(start).Seconds()*1000) / 1000 // milliseconds
	if err != nil {
		res.Status, res.Message = StatusFailed, err.Error()
		o.remove(job.ID)
		return res
	}
	res.summarize(al)
	for _, w := range al.Warnings {
		res.Warnings = append(res.Warnings, w.Message)
	}
	if err := atomicfile.Write(o.recordPath(job.ID), func(w io.Writer) error {
		return json.NewEncoder(w).Encode(record{Key: o.key(job), Inputs: inputs, Result: res})
	}); err != nil {
		res.Status, res.Message = StatusFailed, err.Error()
		o.remove(job.ID)
	}
	return res
}

// notAnInput refuses a job whose output files or record would be one of
// its editions (an HTML book aligned into its own folder with --format
// html): it was written over, and a failed job then removed it.
func (o *Options) notAnInput(job Job) error {
	outs := []string{o.recordPath(job.ID)}
	for _, f := range o.formats() {
		outs = append(outs, o.outputPath(job.ID, f))
	}
	for _, out := range outs {
		fo, err := os.Stat(out)
		if err != nil {
			continue
		}
		for _, in := range job.Editions {
			if fi, err := os.Stat(in.File); err == nil && os.SameFile(fo, fi) {
				return fmt.Errorf("%s is the job's edition %s:%s; write to another folder (-o)", out, in.Lang, in.Path)
			}
		}
	}
	return nil
}

// remove removes the record and the files of job id, so that a failed
// job leaves none (of this run, half its formats; of an earlier run,
// files the summary no longer vouches for) and is tried again next time.
func (o *Options) remove(id string) {
	os.Remove(o.recordPath(id))
	for _, f := range o.formats() {
		os.Remove(o.outputPath(id, f))
	}
}

// align reads and aligns the editions of job; res gets their sentence
// counts and warnings.
func (o *Options) align(job Job, res *Result) (*align.Alignment, error) {
	eds := make([]*editions.Edition, len(job.Editions))
	for k, in := range job.Editions {
		opts := o.Read
		opts.Lang = in.Lang
		ed, err := editions.Read(in.File, opts)
		if err != nil {
			return nil, err
		}
		eds[k] = ed
		res.Editions = append(res.Editions, EditionResult{ID: ed.ID, Lang: in.Lang, Path: in.Path, Sentences: len(ed.Sentences)})
		for _, w := range ed.Warnings {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s: %s", in.Path, w))
		}
	}
	// Two files of one name: the summary lists the ids the JSON has.
	editions.UniqueIDs(eds)
	for k, ed := range eds {
		res.Editions[k].ID = ed.ID
	}
	opts := align.Options{Base: 0, Mode: o.Mode, Version: align.VersionOptions{Ignore: o.Ignore}}
	if len(o.Dicts) > 0 {
		langs := make([]language.Tag, len(eds))
		for k, e := range eds {
			langs[k] = e.Lang
		}
		var auto []string
		var err error
		if opts.Dictionaries, auto, err = dict.Open(o.Dicts, langs); err != nil {
			return nil, err
		}
		if slices.Contains(o.Dicts, dict.Auto) && len(auto) == 0 {
			res.Warnings = append(res.Warnings, "--dict auto: no FreeDict dictionary for the editions' languages is installed in "+dict.InstalledDir)
		}
	}
	al, _ := align.Align(eds, opts)
	return al, nil
}

// write writes al in format f to the job's file.
func (o *Options) write(al *align.Alignment, id, f string) error {
	return atomicfile.Write(o.outputPath(id, f), func(w io.Writer) error {
		if f == "html" {
			return output.WriteAlignmentHTML(w, al, output.HTMLOptions{Hide: o.Ignore})
		}
		return output.WriteAlignment(w, al, f, 0)
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
