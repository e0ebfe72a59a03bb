package corpus

// The summary of a job, and the summaries of a batch: summary.tsv and
// summary.jsonl.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/output"
)

// The statuses of a job.
const (
	StatusOK     = "ok"
	StatusFailed = "failed"
)

// A Result is the summary of one job: a line of summary.tsv and of
// summary.jsonl.
type Result struct {
	// Line is the job's line in the manifest; the summaries are in its
	// order.
	Line     int             `json:"line"`
	ID       string          `json:"id"`
	Status   string          `json:"status"`
	Editions []EditionResult `json:"editions"`
	// Rows counts the rows of the alignment; Kinds counts them by kind
	// (those that occur), in the order of align's row kinds.
	Rows  int         `json:"rows"`
	Kinds []KindCount `json:"kinds"`
	// Coverage is the share of the sentences of all the editions that
	// have a counterpart: that stand in a row with sentences of another
	// edition, or in a moved row (whose text stands elsewhere in the
	// other version), and that no warning of the alignment distrusts
	// (align.Warning.Distrusts: a stretch found no better than chance,
	// or not shown better), as synoptic coverage counts them.
	Coverage float64 `json:"coverage"`
	// MeanScore is the mean of the rows' scores.
	MeanScore float64 `json:"mean_score"`
	// Doubtful is the share of the rows the aligner was unsure of
	// (align.Row.Doubtful).
	Doubtful float64 `json:"doubtful"`
	// Warnings are the doubts about how the inputs were read, then the
	// alignment's warnings (align.Alignment.Warnings: stretches no
	// better than chance, or not shown better, texts too short to be
	// tested).
	Warnings []string `json:"warnings"`
	// Seconds is the time the job took, reading to writing, when it was
	// done (a job skipped as done keeps its time).
	Seconds float64 `json:"seconds"`
	// Message says why a job failed.
	Message string `json:"message,omitempty"`
}

// An EditionResult is one edition of a job.
type EditionResult struct {
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	Path      string `json:"path"`
	Sentences int    `json:"sentences"`
}

// A KindCount is the number of rows of one kind.
type KindCount struct {
	Kind string `json:"kind"`
	Rows int    `json:"rows"`
}

// rowKinds are the kinds of row in the order the summaries give them.
var rowKinds = []align.RowKind{align.Match, align.Equal, align.Changed, align.Inserted, align.Deleted, align.Moved}

// summarize fills in the figures of res from the alignment.
func (res *Result) summarize(al *align.Alignment) {
	counts := map[align.RowKind]int{}
	// The sentences of each edition that a warning distrusts.
	distrusted := make([][]bool, len(al.Editions))
	for e, ed := range al.Editions {
		distrusted[e] = make([]bool, len(ed.Sentences))
	}
	for _, w := range al.Warnings {
		if !w.Distrusts() {
			continue
		}
		for e, sp := range w.Sentences {
			for s := sp[0]; s < sp[1]; s++ {
				distrusted[e][s] = true
			}
		}
	}
	covered, total, doubtful := 0, 0, 0
	score := 0.0
	for _, row := range al.Rows {
		counts[row.Kind]++
		score += row.Score
		if row.Doubtful() {
			doubtful++
		}
		with, n := 0, 0
		for _, c := range row.Cells {
			if len(c) > 0 {
				with++
				n += len(c)
			}
		}
		total += n
		if with >= 2 || row.Kind == align.Moved {
			for e, c := range row.Cells {
				for _, s := range c {
					if !distrusted[e][s] {
						covered++
					}
				}
			}
		}
	}
	res.Rows = len(al.Rows)
	res.Kinds = nil
	for _, k := range rowKinds {
		if counts[k] > 0 {
			res.Kinds = append(res.Kinds, KindCount{Kind: k.String(), Rows: counts[k]})
		}
	}
	res.Coverage, res.MeanScore, res.Doubtful = 1, 0, 0
	if total > 0 {
		res.Coverage = output.Round4(float64(covered) / float64(total))
	}
	if len(al.Rows) > 0 {
		res.MeanScore = output.Round4(score / float64(len(al.Rows)))
		res.Doubtful = output.Round4(float64(doubtful) / float64(len(al.Rows)))
	}
}

// TSVHeader is the first line of summary.tsv (of a shard's, only shard
// 0's: see WriteTSV).
const TSVHeader = "line\tid\tstatus\tsentences\trows\tcoverage\tmean_score\tdoubtful\twarnings\tseconds\tmessage"

// WriteTSV writes results as summary.tsv: TSVHeader when header is set,
// then a line per job. sentences lists each edition's count, "31,30";
// rows is "match=28 deleted=2 inserted=1"; warnings is their count (the
// JSONL lists them); a failed job has its message and empty figures.
// Tabs and line breaks in a message become spaces.
func WriteTSV(w io.Writer, results []Result, header bool) error {
	bw := bufio.NewWriter(w)
	if header {
		bw.WriteString(TSVHeader + "\n")
	}
	for _, r := range results {
		var sents, kinds []string
		for _, e := range r.Editions {
			sents = append(sents, strconv.Itoa(e.Sentences))
		}
		for _, k := range r.Kinds {
			kinds = append(kinds, fmt.Sprintf("%s=%d", k.Kind, k.Rows))
		}
		figures := []string{strconv.Itoa(r.Rows), fmtShare(r.Coverage), fmtShare(r.MeanScore), fmtShare(r.Doubtful)}
		if r.Status != StatusOK {
			figures = []string{"", "", "", ""}
		} else {
			figures[0] = strings.Join(kinds, " ")
		}
		fields := append([]string{strconv.Itoa(r.Line), r.ID, r.Status, strings.Join(sents, ",")}, figures...)
		fields = append(fields, strconv.Itoa(len(r.Warnings)), strconv.FormatFloat(r.Seconds, 'f', 3, 64), oneLine(r.Message))
		bw.WriteString(strings.Join(fields, "\t") + "\n")
	}
	return bw.Flush()
}

// WriteJSONL writes results as summary.jsonl, a Result per line.
func WriteJSONL(w io.Writer, results []Result) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range results {
		if r.Warnings == nil {
			r.Warnings = []string{}
		}
		if r.Kinds == nil {
			r.Kinds = []KindCount{}
		}
		if r.Editions == nil {
			r.Editions = []EditionResult{}
		}
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func fmtShare(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
