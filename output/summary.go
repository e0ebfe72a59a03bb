package output

// The closing line of a comparison, and what counts as a difference in
// it and in the views.

import (
	"fmt"
	"strings"

	"github.com/synoptic-text/synoptic/align"
)

// summary returns the closing line of a comparison: rows by kind, how
// many are doubtful (align.Row.Doubtful) when some are, differences by
// type (those ignored left out), and the dictionaries the alignment used
// (dictionariesLine). The terminal view and the HTML pages close with
// it, so that they say the same.
func summary(al *align.Alignment, ignore []align.DiffType) string {
	kinds, types := tally(al, typeSet(ignore))
	line := fmt.Sprintf("%s: %s", countOf(len(al.Rows), "row"), kindsLine(kinds))
	doubtful := 0
	for k := range al.Rows {
		if al.Rows[k].Doubtful() {
			doubtful++
		}
	}
	if doubtful > 0 {
		line += fmt.Sprintf(", %d doubtful", doubtful)
	}
	if t := typesLine(types); t != "" {
		line += "; differences: " + t
	}
	if len(ignore) > 0 {
		names := make([]string, len(ignore))
		for i, t := range ignore {
			names[i] = string(t)
		}
		line += " (ignoring " + strings.Join(names, ", ") + ")"
	}
	if d := dictionariesLine(al.Dictionaries); d != "" {
		line += "; " + d
	}
	return line
}

// dictionariesLine names the bilingual dictionaries whose word pairs
// the alignment used (align.Alignment.Dictionaries, which the JSON
// gives as "dictionaries"), as they were given (--dict, or the files
// --dict auto chose), or says nothing when it used none: "aligned with
// the dictionary a.index" or "aligned with the dictionaries a.index,
// b.index".
func dictionariesLine(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "aligned with the dictionary " + names[0]
	}
	return "aligned with the dictionaries " + strings.Join(names, ", ")
}

// tally counts the rows of al by kind, a changed row whose differences
// are all skipped as equal, and the differences not skipped by type.
func tally(al *align.Alignment, skip map[align.DiffType]bool) (map[align.RowKind]int, map[align.DiffType]int) {
	kinds := map[align.RowKind]int{}
	types := map[align.DiffType]int{}
	count := func(t align.DiffType) {
		if !skip[t] {
			types[t]++
		}
	}
	for _, r := range al.Rows {
		kind := r.Kind
		if kind == align.Changed && !isChange(r, skip) {
			kind = align.Equal
		}
		kinds[kind]++
		// A pairwise move's diff is on both of its rows: count it at its
		// start. Of more editions, each diff is on one row only.
		if !al.Pairwise() || r.Kind != align.Moved || len(r.Cells[0]) > 0 {
			for _, d := range r.Diffs {
				diffRuns(d.Ops, count)
			}
		}
	}
	return kinds, types
}

// kindsLine says how many rows there are of each kind: "12 matched, 1
// inserted" for a translation, the kinds that occurred; "30 equal, 2
// changed, 0 inserted, 0 deleted, 1 moved" for versions, where changed,
// inserted and deleted are said even when none occurred. A move counts
// once, though it has a row at each end.
func kindsLine(kinds map[align.RowKind]int) string {
	var parts []string
	if kinds[align.Match] > 0 {
		parts = append(parts, fmt.Sprintf("%d matched", kinds[align.Match]))
	}
	for _, k := range []struct {
		kind align.RowKind
		name string
	}{{align.Equal, "equal"}, {align.Changed, "changed"}, {align.Inserted, "inserted"}, {align.Deleted, "deleted"}, {align.Moved, "moved"}} {
		n := kinds[k.kind]
		if k.kind == align.Moved {
			n /= 2 // a move has a row at each end, and is one move
		}
		if n > 0 || k.kind != align.Equal && k.kind != align.Moved && kinds[align.Match] == 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k.name))
		}
	}
	return strings.Join(parts, ", ")
}

// typesLine says how many differences there are of each type, in the
// order of align.DiffTypes, or nothing when there are none.
func typesLine(types map[align.DiffType]int) string {
	var parts []string
	for _, t := range align.DiffTypes {
		if types[t] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", types[t], t))
		}
	}
	return strings.Join(parts, ", ")
}

// isChange reports a row that differs between the editions, once the
// ignored types of difference are set aside.
func isChange(row align.Row, ignore map[align.DiffType]bool) bool {
	switch row.Kind {
	case align.Equal, align.Match:
		return false
	case align.Changed:
		for _, d := range row.Diffs {
			if changes(d.Ops, ignore) {
				return true
			}
		}
		return false
	}
	return true
}

// diffRuns calls f with the type of each difference in ops: each change
// (align.ChangeUnits) counts once.
func diffRuns(ops []align.Op, f func(align.DiffType)) {
	align.ChangeUnits(ops, func(i, j int) { f(ops[i].Type) })
}

// changes reports a word diff with a difference not ignored.
func changes(ops []align.Op, ignore map[align.DiffType]bool) bool {
	for _, op := range ops {
		if op.Kind != align.OpSame && !ignore[op.Type] {
			return true
		}
	}
	return false
}

// typeSet returns the set of the difference types ts, with those every
// comparison sets aside (align.IgnoreSet).
func typeSet(ts []align.DiffType) map[align.DiffType]bool {
	return align.IgnoreSet(ts)
}
