package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// textbergDir is the Text+Berg gold standard inside the evaluation data:
// for each document, its German (.de) and French (.fr) with one sentence
// per line, and the gold beads (.defr).
const textbergDir = "gold/textberg-de-fr"

// textbergTest names the documents of the Text+Berg test set; "dev" is
// the development set.
var textbergTest = []string{"test0", "test1", "test2", "test3", "test4", "test5", "test6"}

// textbergSet names the documents of the set a flag asks for ("test" or
// "dev"); flag is the flag's name, for the message when it is neither.
func textbergSet(flag, set string) ([]string, error) {
	switch set {
	case "test":
		return textbergTest, nil
	case "dev":
		return []string{"dev"}, nil
	}
	return nil, fmt.Errorf("-%s %s: want test or dev", flag, set)
}

// textbergDoc reads the Text+Berg document doc in dir: its German and
// French editions and its gold beads.
func textbergDoc(dir, doc string) (de, fr *editions.Edition, gold []align.Bead, err error) {
	if gold, err = align.ReadBeadsFile(filepath.Join(dir, doc+".defr")); err != nil {
		return
	}
	if de, err = readLines(filepath.Join(dir, doc+".de"), "de"); err != nil {
		return
	}
	fr, err = readLines(filepath.Join(dir, doc+".fr"), "fr")
	return
}

// readLines reads a file with one sentence per line, as the Text+Berg
// files are, through the editions reader's presegmented input.
func readLines(path, lang string) (*editions.Edition, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return editions.Parse(path, data, editions.Options{Lang: lang, Format: "text", Presegmented: true})
}

// readBiblePair reads book in the Bible versions src and tgt (their
// .tsv files under eval/bible, the language their name's first two
// letters), and the verse references of tgt.
func readBiblePair(eval, book, src, tgt string) (a, b *editions.Edition, refs []string, err error) {
	dir := filepath.Join(eval, "bible")
	if a, _, err = readTSV(filepath.Join(dir, src+"."+book+".tsv"), src[:2]); err != nil {
		return nil, nil, nil, err
	}
	b, refs, err = readTSV(filepath.Join(dir, tgt+"."+book+".tsv"), tgt[:2])
	return a, b, refs, err
}

// readTSV reads a Bible .tsv file ("Book c:v<TAB>text" lines after a "#"
// comment) into an edition of one verse per sentence, read as
// presegmented text, and the verse references "c:v".
func readTSV(path, lang string) (*editions.Edition, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var refs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	var text strings.Builder
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.HasPrefix(s, "#") || strings.TrimSpace(s) == "" {
			continue
		}
		ref, verse, ok := strings.Cut(s, "\t")
		sp := strings.LastIndexByte(ref, ' ')
		if !ok || sp < 0 {
			return nil, nil, fmt.Errorf("%s:%d: want \"Book c:v<TAB>text\"", path, line)
		}
		text.WriteString(verse)
		text.WriteByte('\n')
		refs = append(refs, ref[sp+1:])
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	e, err := editions.Parse(path, []byte(text.String()), editions.Options{Lang: lang, Format: "text", Presegmented: true})
	if err != nil {
		return nil, nil, err
	}
	if len(e.Sentences) != len(refs) {
		return nil, nil, fmt.Errorf("%s: %d verses read as %d sentences", path, len(refs), len(e.Sentences))
	}
	return e, refs, nil
}
