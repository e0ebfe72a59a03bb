package output

import (
	"io"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// writeXCES writes a two-edition alignment as an XCES cesAlign document,
// the format OPUS distributes sentence alignments in:
//
//	<cesAlign version="1.0">
//	<linkGrp targType="s" fromDoc="book.en.txt" toDoc="book.fr.txt">
//	<link xtargets="s1;s1" certainty="0.9123"/>
//	<link xtargets="s2;s2 s3" certainty="0.4"/>
//	<link xtargets=";s5" certainty="0.5"/>
//
// A link per unit (align.Alignment.Units: a row, or the two ends of a
// move as one link, whose second side is then out of order): the ids of
// the first edition's sentences, ";", the second's; a side is empty
// where that edition has nothing. Sentence ids
// are "s" and the sentence's number counted from 1, as in OPUS; fromDoc
// and toDoc name the editions' files (their ids when read from standard
// input). certainty is the row's score.
func writeXCES(w io.Writer, a *align.Alignment) error {
	if err := needTwo(a, "xces"); err != nil {
		return err
	}
	x := newXMLWriter(w)
	x.raw(`<!DOCTYPE cesAlign PUBLIC "-//CES//DTD XML cesAlign//EN" "">` + "\n")
	x.raw(`<cesAlign version="1.0">` + "\n")
	x.start("linkGrp", false, "targType", "s", "fromDoc", docName(a.Editions[0]), "toDoc", docName(a.Editions[1]))
	x.raw("\n")
	for _, row := range a.Units() {
		x.start("link", true, "xtargets", xtarget(row.Cells[0])+";"+xtarget(row.Cells[1]), "certainty", formatScore(row.Score))
		x.raw("\n")
	}
	x.raw("</linkGrp>\n</cesAlign>\n")
	return x.flush()
}

func xtarget(cell []int) string {
	ids := make([]string, len(cell))
	for k, s := range cell {
		ids[k] = "s" + sentenceNumber(s)
	}
	return strings.Join(ids, " ")
}

// docName names an edition's document: its file, or its id when it came
// from standard input.
func docName(ed *editions.Edition) string {
	if ed.Path == "" || ed.Path == "-" {
		return ed.ID
	}
	return ed.Path
}
