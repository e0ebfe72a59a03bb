// Package corpus aligns many documents in one run: the jobs of a
// manifest (a line per job: an id and the editions to align), each
// written to its own files, with a summary of every job that says which
// alignments to trust.
//
// It serves the builders of parallel corpora and digital libraries, who
// align thousands of document pairs (every chapter of a Bible in a
// hundred languages) under GNU parallel, a SLURM job array or a
// Kubernetes Indexed Job. One process for many jobs pays the start-up
// once and runs them on a pool of workers (Options.Jobs); a job holds
// its editions and alignment only while it runs, so memory is bounded by
// the largest jobs running at once, not by the manifest.
//
// Three properties make a batch safe to interrupt and to split:
//
//   - Every file is written whole or not at all (internal/atomicfile),
//     the job's record (a hidden file, .ID.batch) last: a job is done
//     when its record is there, under the same key (Options.key: the
//     version, the options, the formats, the inputs' names), its inputs
//     of the size and modification time they had then, its files there. A run killed at any moment and started
//     again skips what was done and redoes the rest; the outputs equal an
//     uninterrupted run's.
//   - A shard (Shard) is every N-th job starting at the I-th, so an array
//     of N tasks covers the manifest once; the summaries are in manifest
//     order and start with the job's manifest line, so that the shards'
//     summaries, concatenated and sorted by it, are the single run's.
//   - Nothing depends on how many workers there are: the outputs and the
//     summaries are the same with one or many, but for the seconds each
//     job took.
package corpus
