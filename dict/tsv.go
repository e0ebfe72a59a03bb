package dict

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/synoptic-text/synoptic/editions"
)

// The two text formats, a pair per line:
//
//   - hunalign's: "target @ source", the translation first (hunalign's
//     README: "a target language phrase and a source language phrase,
//     separated by the ' @ ' sequence"); read as Pair{source, target};
//   - TSV: two columns separated by a tab, the headword first.
//
// A file is one or the other, as its first pair says; blank lines and
// lines starting with "#" are skipped. Neither says its languages: the
// aligner tells the direction from the texts (align/dictionary.go).

// readText reads a dictionary in one of the text formats.
func readText(path string) (*Dictionary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, inputError(path, 0, -1, "cannot read the dictionary: "+editions.FileErrText(err))
	}
	return parseText(path, data)
}

// parseText reads data, the text dictionary named path.
func parseText(path string, data []byte) (*Dictionary, error) {
	if !utf8.Valid(data) {
		k := 0
		for k < len(data) {
			r, n := utf8.DecodeRune(data[k:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			k += n
		}
		return nil, inputError(path, 1+bytes.Count(data[:k], []byte("\n")), k, "not UTF-8 text: a dictionary is FreeDict's dictd files (.index and .dict.dz), hunalign's \"target @ source\" lines or two tab-separated columns")
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	d := &Dictionary{}
	format := "" // "hunalign" or "tsv", once the first pair says
	text := string(data)
	for lineNo := 1; text != ""; lineNo++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if format == "" {
			switch {
			case strings.Contains(line, " @ "):
				format = "hunalign"
			case strings.Contains(line, "\t"):
				format = "tsv"
			default:
				return nil, inputError(path, lineNo, -1, fmt.Sprintf("not a dictionary line: %s (want FreeDict's dictd files, hunalign's \"target @ source\" lines or two tab-separated columns)", editions.Quote(line)))
			}
		}
		var a, b string
		var ok bool
		switch format {
		case "hunalign":
			var tgt, src string
			tgt, src, ok = strings.Cut(line, " @ ")
			a, b = src, tgt
			ok = ok && !strings.Contains(src, " @ ")
		case "tsv":
			a, b, ok = strings.Cut(line, "\t")
			ok = ok && !strings.Contains(b, "\t")
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if !ok || a == "" || b == "" {
			want := map[string]string{"hunalign": `"target @ source", as the file's first pair`, "tsv": "two tab-separated columns, as the file's first pair"}[format]
			return nil, inputError(path, lineNo, -1, fmt.Sprintf("not a dictionary line: %s (want %s)", editions.Quote(line), want))
		}
		d.Pairs = append(d.Pairs, Pair{a, b})
	}
	if len(d.Pairs) == 0 {
		return nil, inputError(path, 0, -1, "the dictionary has no pairs")
	}
	return d, nil
}
