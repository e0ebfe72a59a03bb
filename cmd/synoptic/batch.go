package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/corpus"
	"github.com/synoptic-text/synoptic/dict"
)

// batchFlags are the flags of batch.
type batchFlags struct {
	in      inputFlags
	out     string
	formats string
	jobs    int
	shard   string
	force   bool
	quiet   bool
	mode    string
	ignore  string
	dict    dictFlags
}

func newBatchCmd() *cobra.Command {
	var f batchFlags
	cmd := &cobra.Command{
		Use:   "batch MANIFEST -o DIR",
		Short: "Align the many jobs of a manifest, in parallel, resumably, in shards",
		Long: `batch aligns every job of a manifest — thousands of document pairs, such as
each chapter of a Bible against its translations — and writes per job
DIR/ID.json (and each --format), then DIR/summary.tsv and summary.jsonl:
a line per job with its sentences per edition, rows by kind, sentence
coverage, mean score, share of doubtful rows, warnings, time and status,
in manifest order, to decide which alignments to keep.

The manifest is TSV, a job per line: an id, then two or more editions as
LANG:PATH (a BCP 47 tag, a colon, a file relative to the manifest's
folder), separated by tabs. The first edition is the base the others are
aligned to. Lines beginning with # are comments; a first line whose first
field is "id" is a header. A bad line stops the run before any work, with
its line number.

A job whose input is bad fails alone: the summaries say so (status
"failed" and the message), the others go on, and the exit status is 2,
as for any bad input (1 is for a check that failed). Files are written
whole or not at all; a job is done once its record (DIR/.ID.batch) is
written. Run again, batch skips the jobs done with the same flags whose
inputs have not changed since (--force redoes them): a run killed at any
moment finishes when started again.

--shard I/N runs every N-th job starting at the I-th (0-based), so that N
tasks of a job array cover the manifest once; a shard writes
summary.shard-I-of-N.tsv and .jsonl, the header line only in shard 0's.
Concatenated and sorted by their first column (the manifest line), the
shards' summaries are a single run's:
  LC_ALL=C sort -n -s -k1,1 DIR/summary.shard-*-of-N.tsv > summary.tsv

Progress goes to stderr: a bar on a terminal (jobs done, sentences per
second, time left), else a line per job; --quiet leaves out all but
failures and warnings.`,
		Example: `  synoptic batch bible.tsv -o aligned/
  synoptic batch --jobs 8 --format json,tmx,tsv bible.tsv -o aligned/
  synoptic batch --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT bible.tsv -o aligned/`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBatch(cmd, args[0], &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.out, "output", "o", "", "folder to write the jobs' files and the summaries to (made if missing)")
	fl.StringVarP(&f.formats, "format", "f", "json", "formats to write per job, comma-separated (json is always written): "+strings.Join(corpus.Formats(), ", "))
	fl.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "jobs to run at once")
	fl.StringVar(&f.shard, "shard", "", "run shard I of N: every N-th job starting at the I-th, 0-based (e.g. 0/4)")
	fl.BoolVar(&f.force, "force", false, "redo jobs already done")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no progress; failures and warnings only")
	fl.StringVar(&f.mode, "mode", "auto", "auto (versions when editions are in one language), translation or versions")
	fl.StringVar(&f.ignore, "ignore", "", "difference types to ignore, comma-separated: "+ignoreTypes())
	f.dict.register(cmd)
	f.in.register(cmd, "not taken: each edition's language is in the manifest")
	_ = cmd.Flags().MarkHidden("lang")
	_ = cmd.MarkFlagDirname("output")
	_ = cmd.RegisterFlagCompletionFunc("mode", cobra.FixedCompletions([]string{"auto", "translation", "versions"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runBatch(cmd *cobra.Command, manifest string, f *batchFlags) error {
	if f.out == "" {
		return fmt.Errorf("batch needs --output DIR, the folder to write to")
	}
	if f.in.langs != "" {
		return fmt.Errorf("--lang: the manifest gives each edition's language (LANG:PATH)")
	}
	if f.jobs < 1 {
		return fmt.Errorf("--jobs %d: want 1 or more", f.jobs)
	}
	var formats []string
	for _, name := range splitList(f.formats) {
		if !contains(corpus.Formats(), name) {
			return fmt.Errorf("--format %q: want some of %s", name, strings.Join(corpus.Formats(), ", "))
		}
		formats = append(formats, name)
	}
	mode, err := align.ParseMode(f.mode)
	if err != nil {
		return err
	}
	ignore, err := parseIgnore(f.ignore)
	if err != nil {
		return err
	}
	// A dictionary file that cannot be read stops the run before any
	// work, as a bad manifest line does; auto's are chosen per job.
	for _, s := range f.dict.specs {
		if s != dict.Auto {
			if _, err := dict.Read(s); err != nil {
				return fmt.Errorf("--dict: %w", err)
			}
		}
	}
	opts := corpus.Options{Dir: f.out, Formats: formats, Read: f.in.options(0), Mode: mode, Ignore: ignore,
		Force: f.force, Jobs: f.jobs, Version: version, Dicts: f.dict.specs}
	if f.shard != "" {
		if opts.Shard, err = corpus.ParseShard(f.shard); err != nil {
			return err
		}
	}
	jobs, err := corpus.ReadManifest(manifest)
	if err != nil {
		return err
	}
	stderr := cmd.ErrOrStderr()
	results, err := corpus.Run(jobs, opts, corpus.NewProgress(stderr, terminalWidth(stderr) > 0, f.quiet))
	if err != nil {
		return err
	}
	failed := 0
	for _, r := range results {
		if r.Status != corpus.StatusOK {
			failed++
		}
	}
	if failed > 0 {
		// Bad input, as a single run's would be: 2, not the 1 of a check
		// that failed (the others were done all the same).
		return fmt.Errorf("%d of %d jobs failed (see %s)", failed, len(results), filepath.Join(f.out, opts.Shard.SummaryName(".tsv")))
	}
	return nil
}
