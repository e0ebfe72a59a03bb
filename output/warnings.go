// The warnings of an alignment (align.Alignment.Warnings): stretches of
// rows no better than chance, or not shown better, as every view shows
// them; and in the HTML pages, those of its editions.

package output

import (
	"fmt"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// warningJSON is a warning as the alignment and coverage JSON write it:
//
//	{"kind": "unrelated"|"undecided", "rows": [first, limit],
//	"sentences": [[first, limit] per edition], "z", "margin", "density",
//	"share", "null_best", "paired", "kept", "order", "short", "numbers",
//	"drift", "message"}
//
// share and null_best (align.Warning.Share, NullBest: the test of short
// texts, align/chance_full.go) are absent when that test was not made;
// paired (align.Warning.Paired) is there only for versions that share
// almost nothing, kept only for versions that keep too few of the words
// of the sentences they pair (both align/versions_apart.go); order,
// true, only for a translation whose paragraphs correspond and whose
// sentences within them are not shown to (align/chance_order.go); short,
// true, only for a source too short to be tested, numbers, the numbers
// of each edition, only for short texts whose numbers are all different
// (both align/chance_short.go); drift
// only for a stretch whose matches are mostly doubtful, side by side
// (align/chance_drift.go): the share of them that are.
type warningJSON struct {
	Kind      string     `json:"kind"`
	Rows      [2]int     `json:"rows"`
	Sentences [][2]int   `json:"sentences"`
	Z         float64    `json:"z"`
	Margin    float64    `json:"margin"`
	Density   float64    `json:"density"`
	Share     float64    `json:"share,omitempty"`
	NullBest  float64    `json:"null_best,omitempty"`
	Paired    float64    `json:"paired,omitempty"`
	Kept      float64    `json:"kept,omitempty"`
	Order     bool       `json:"order,omitempty"`
	Short     bool       `json:"short,omitempty"`
	Numbers   [][]string `json:"numbers,omitempty"`
	Drift     float64    `json:"drift,omitempty"`
	Message   string     `json:"message"`
}

// warningsJSON returns ws for the JSON, an empty list when there is none.
func warningsJSON(ws []align.Warning) []warningJSON {
	out := make([]warningJSON, 0, len(ws))
	for _, w := range ws {
		out = append(out, warningJSON{Kind: string(w.Kind), Rows: [2]int{w.First, w.Limit}, Sentences: w.Sentences,
			Z: Round4(w.Z), Margin: Round4(w.Margin), Density: Round4(w.Density), Share: Round4(w.Share), NullBest: Round4(w.NullBest), Paired: pairedJSON(w.Paired), Kept: pairedJSON(w.Kept), Order: w.Order, Short: w.Short, Numbers: numbersJSON(w.Numbers), Drift: pairedJSON(w.Drift), Message: w.Message})
	}
	return out
}

// pairedJSON is Paired (or Kept) rounded as the other figures, but never
// to 0, which would say the warning is not of versions: 0.0001 for less.
func pairedJSON(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return max(Round4(x), 0.0001)
}

// numbersJSON is Numbers as the JSON has it: absent when nil.
func numbersJSON(ns [2][]string) [][]string {
	if ns[0] == nil {
		return nil
	}
	return ns[:]
}

// warningsFromJSON reads back what warningsJSON wrote, for an alignment
// of rows rows.
func warningsFromJSON(ws []warningJSON, rows int) ([]align.Warning, error) {
	var out []align.Warning
	for i, w := range ws {
		switch k := align.Verdict(w.Kind); k {
		case align.Unrelated, align.Undecided:
		default:
			return nil, fmt.Errorf("warning %d: unknown kind %q", i, w.Kind)
		}
		if w.Rows[0] < 0 || w.Rows[1] < w.Rows[0] || w.Rows[1] > rows {
			return nil, fmt.Errorf("warning %d: rows %d-%d outside the alignment's %d", i, w.Rows[0], w.Rows[1], rows)
		}
		var numbers [2][]string
		if len(w.Numbers) == 2 {
			numbers = [2][]string{w.Numbers[0], w.Numbers[1]}
		}
		out = append(out, align.Warning{Kind: align.Verdict(w.Kind), First: w.Rows[0], Limit: w.Rows[1], Numbers: numbers,
			Sentences: w.Sentences, Z: w.Z, Margin: w.Margin, Density: w.Density, Share: w.Share, NullBest: w.NullBest, Paired: w.Paired, Kept: w.Kept, Order: w.Order, Short: w.Short, Drift: w.Drift, Message: w.Message})
	}
	return out, nil
}

// warningMessages returns what the HTML pages say above their content:
// the warnings of the editions eds about how each was read (an encoding
// guessed, text too long to cut into sentences: editions.Edition's
// Warnings, which the commands print on stderr), each after its
// edition's id, then the messages of the alignment's warnings ws.
func warningMessages(eds []*editions.Edition, ws []align.Warning) []string {
	var out []string
	for _, e := range eds {
		for _, w := range e.Warnings {
			out = append(out, e.ID+": "+w)
		}
	}
	for _, w := range ws {
		out = append(out, w.Message)
	}
	return out
}
