// The coverage check of two versions of one text: what it reads in the
// rows of a comparison of versions.

package align

import "math"

// Coverage of versions.
//
// An editor comparing two printings, or a revised edition with the one
// it revises, wants the same report as the reviewer of a translation:
// what of the first is missing from the second, what the second adds,
// which numbers, dates and names changed. The comparison of versions
// (versions.go) has already decided all of it, by the words of the
// texts rather than by lengths and anchors, and scored each row with
// the probability that it is right (calibrateVersions). So the check
// re-decides nothing and models no lengths: it reads the rows.
//
//   - A source sentence is covered when its row gives it a counterpart:
//     an Equal or Changed row, or a Moved row, whose counterpart is the
//     other end of the move (Peer). A moved sentence is in the other
//     version, only elsewhere: counting it as omitted would tell an
//     editor that text is lost which is not, and the move is what
//     compare shows. Neither end of a move is an omission or an
//     addition.
//   - Each run of Deleted rows between two rows that pair sentences is
//     an omission (Inserted rows among them do not cut it, as in a
//     translation's gap). Its confidence is the greatest Score of its
//     rows: the probability that a sentence of the run is really absent
//     from the second version, which is what a Deleted row being right
//     means to the calibration (calibrate.go). No segmentationSlip
//     factor: both versions are cut by the same segmenter in the same
//     language, and the score is already a probability.
//   - The Inserted rows' sentences are additions, told apart as a
//     translation's are (additionKind: notes, bracketed sentences,
//     others), consecutive sentences of one kind making one finding,
//     whose confidence is the greatest Score of its rows; bracketed
//     insertions inside a Changed row whose first version has no
//     brackets are reported as inside a translation's match.
//   - Mismatches are looked for where the texts differ: in Changed rows
//     and between the two ends of a move (mismatches). Equal rows are
//     the same words on both sides, and are not read. Names are
//     compared, as in a translation, only in 1-1 pairs the comparison
//     is sure of, Score minNameScore or more, and only names found on
//     both sides of two compared pairs (sharedNames): a name changed
//     once is left to the word diff. (Counting the names of Equal rows
//     too would mean extracting the anchors of every sentence, the cost
//     this check avoids; and the guard against capitalized nouns, which
//     German versions have as a translation has, would still be
//     needed.)
//   - No "shortened" finding: a pair the comparison made shares its
//     words, and what a Changed row leaves out is in its word diff,
//     which compare and the HTML page show.
//
// The time is linear in the rows, plus the anchors of the Changed rows'
// sentences; no length model is made (measureLengths reads every
// sentence's characters and sorts a value per pair).

// hasCounterpart reports whether the source sentences of row have a
// counterpart in the other edition: a translation's Match, a version's
// Equal, Changed or Moved row (a move's counterpart is its other end).
func hasCounterpart(row Row) bool {
	if len(row.Cells) < 2 || len(row.Cells[0]) == 0 {
		return false
	}
	switch row.Kind {
	case Match, Equal, Changed, Moved:
		return true
	}
	return false
}

// versionOmissions reports the runs of Deleted rows of a comparison of
// versions, each with the greatest score of its rows.
func (c *coverer) versionOmissions() {
	rows := c.al.Rows
	gap := func(k int) bool { return rows[k].Kind == Deleted || rows[k].Kind == Inserted }
	for r := 0; r < len(rows); r++ {
		if rows[r].Kind != Deleted {
			continue
		}
		size, end := 0, r
		for ; end < len(rows) && gap(end); end++ {
			if rows[end].Kind == Deleted {
				size += len(rows[end].Cells[0])
			}
		}
		run := make([]int, 0, size)
		conf := 0.0
		for k := r; k < end; k++ {
			if rows[k].Kind == Deleted {
				run = append(run, rows[k].Cells[0]...)
				conf = math.Max(conf, rows[k].Score)
			}
		}
		f := c.finding(Omitted, 0, run)
		f.Confidence = conf
		c.rep.Omissions = append(c.rep.Omissions, f)
		r = end - 1
	}
}

// versionAdditions reports the sentences of the Inserted rows of a
// comparison of versions, and the bracketed insertions of its Changed
// rows.
func (c *coverer) versionAdditions() {
	var cur *Finding
	flush := func() {
		if cur == nil {
			return
		}
		f := c.finding(cur.Kind, 1, cur.Sentences)
		f.Confidence = cur.Confidence
		f.Severity = f.Confidence * math.Sqrt(float64(f.Words))
		c.rep.Additions = append(c.rep.Additions, f)
		cur = nil
	}
	for _, row := range c.al.Rows {
		switch row.Kind {
		case Changed:
			flush() // in reading order of the second version
			c.bracketedInside(row)
		case Inserted:
			for _, s := range row.Cells[1] {
				kind := c.additionKind(s)
				if cur != nil && cur.Kind == kind && cur.Sentences[len(cur.Sentences)-1] == s-1 {
					cur.Sentences = append(cur.Sentences, s)
					cur.Confidence = math.Max(cur.Confidence, row.Score)
					continue
				}
				flush()
				cur = &Finding{Kind: kind, Sentences: []int{s}, Confidence: row.Score}
			}
		}
	}
	flush()
}

// comparedPair returns the pair of row k whose anchors the check
// compares, and whether there is one: a translation's Match; a
// version's Changed row; or the source's (first version's) end of a
// move with the other edition's sentences of its other end (a
// translation's passage moved, translation_moves.go, or a version's
// sentence). The pair's Score (a version's) or raw confidence (a
// translation's match, what minNameScore was set on; none for a
// passage moved, whose names are so not compared) decides whether its
// names are compared (sureOfNames).
func (c *coverer) comparedPair(k int) (Row, bool) {
	row := c.al.Rows[k]
	if len(row.Cells) < 2 {
		return row, false
	}
	switch {
	case row.Kind == Match:
		return row, !c.versions
	case row.Kind == Changed:
		return row, true
	case row.Kind == Moved && len(row.Cells[0]) > 0:
		b := c.al.RowBead(k)
		return Row{Cells: [][]int{b.Src, b.Tgt}, Kind: Moved, Score: row.Score}, true
	}
	return row, false
}

// sureOfNames reports whether the 1-1 pair row is sure enough for its
// names to be compared: its raw confidence in a translation, its
// calibrated score between versions (a probability, where the raw
// confidence of a translation is not one), minNameScore or more.
func (c *coverer) sureOfNames(row Row) bool {
	if len(row.Cells[0]) != 1 || len(row.Cells[1]) != 1 {
		return false
	}
	if c.versions {
		return row.Score >= minNameScore
	}
	return row.raw >= minNameScore
}
