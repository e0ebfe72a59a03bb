package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/internal/atomicfile"
	"github.com/synoptic-text/synoptic/output"
)

// exportFlags are the flags of export.
type exportFlags struct {
	in     inputFlags
	align  alignFlags
	out    string
	format string
	ignore string
	title  string
	width  int
}

func newExportCmd() *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export A B [C …] -o FILE",
		Short: "Write an alignment to a file: a parallel edition in HTML, or an exchange format",
		Long: `export aligns editions the way compare does (any number of them, --base,
--pin) and writes the result to a file, whole or not at all.

The html format is a parallel edition: one self-contained page (no network,
no external fonts or scripts) with a row per aligned unit and a column per
edition (--editions picks and orders them, --label names them). Versions of
one text show their word differences, typed, with toggles to hide each
type; a translation shows its numbers, dates, names and note markers
matched across the columns, and flags those with no counterpart. Omitted,
added and moved sentences are marked; keys n and p (or j and k) go to the
next and previous difference; every row has a link, #r-N, N being its
index in the alignment. The alignment itself is embedded as JSON (the model
of compare --format json).

The other formats are those of compare — json (the native format: convert
turns it into any other), tsv, beads and ladder (two editions), tmx (TMX
1.4b), tei (TEI P5), xces (cesAlign) — and moses: -o corpus.moses writes
line-parallel files corpus.<lang> (or corpus.<id>), line i of each being
row i.

The format comes from the output file's extension (.html, .json, .tsv,
.tmx, .tei.xml, .xces, .moses …) unless --format names it.`,
		Example: `  synoptic export fr.txt en.txt -o parallel.html
  synoptic export --ignore punct,case 1972.txt 2016.txt -o changes.html
  synoptic export --label 1930,1972,2016 fr.txt en-1972.txt en-2016.txt -o editions.html
  synoptic export --lang de,fr book.de.txt book.fr.txt -o book.tmx
  synoptic export --lang fr,en a.txt b.txt --format html -o - > page.html`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd, args, &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.out, "output", "o", "", "file to write (\"-\" for standard output)")
	fl.StringVarP(&f.format, "format", "f", "", "output format: "+strings.Join(exportFormats(), ", ")+" (default: from the extension of --output)")
	fl.StringVar(&f.ignore, "ignore", "", "difference types to ignore (in the page: to start hidden), comma-separated: "+ignoreTypes())
	fl.StringVar(&f.title, "title", "", "the page's title (default: the editions' titles or names)")
	fl.IntVar(&f.width, "width", 0, "columns of the text format (default 100)")
	f.in.register(cmd, "languages of the editions, comma-separated, e.g. fr,en; one applies to all (default: detected)")
	f.align.register(cmd)
	_ = cmd.MarkFlagFilename("output", "html", "htm", "json", "tsv", "tmx", "tei", "xml", "xces", "beads", "ladder", "moses")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// exportFormats are html, the formats of compare, and moses.
func exportFormats() []string {
	return append(append([]string{"html"}, output.AlignmentFormats...), "moses")
}

// outputFormat returns the format to write: format if given, else the one
// the output file's extension names; it must be one of formats.
func outputFormat(format, out string, formats []string) (string, error) {
	if format == "" {
		f, ok := output.FormatForPath(out)
		if !ok || out == "-" {
			return "", fmt.Errorf("name the format with --format (%s): the output file %q does not say", strings.Join(formats, ", "), out)
		}
		format = f
	}
	if !contains(formats, format) {
		return "", fmt.Errorf("--format %q: want one of %s", format, strings.Join(formats, ", "))
	}
	return format, nil
}

func runExport(cmd *cobra.Command, args []string, f *exportFlags) error {
	if f.out == "" {
		return fmt.Errorf("export needs --output FILE (or -o - for standard output)")
	}
	format, err := outputFormat(f.format, f.out, exportFormats())
	if err != nil {
		return err
	}
	if err := checkBeforeAligning(format, len(args), f.width); err != nil {
		return err
	}
	if err := checkOutput(f.out); err != nil {
		return err
	}
	hide, err := parseIgnore(f.ignore)
	if err != nil {
		return err
	}
	eds, err := readEditions(args, &f.in)
	if err != nil {
		return err
	}
	// The page holds every difference; --ignore only decides which types
	// start hidden, so that the reader can still show them. The data
	// formats say which rows are equal as compare does.
	var vopts align.VersionOptions
	if format != "html" {
		vopts.Ignore = hide
	}
	res, err := f.align.align(cmd, eds, vopts)
	if err != nil {
		return err
	}
	return writeAlignmentFile(cmd, res.al, format, f.out, f.width, func(w io.Writer) error {
		return output.WriteAlignmentHTML(w, res.al, output.HTMLOptions{Title: f.title, Hide: hide, Columns: res.columns, Labels: res.labels})
	})
}

// checkBeforeAligning refuses, before editions are aligned (minutes for
// long books), what writing the alignment in format would refuse after:
// more than two editions for a format of two, a negative width.
func checkBeforeAligning(format string, editions, width int) error {
	if output.PairsTwo(format) && editions != 2 {
		return fmt.Errorf("the %s format pairs two editions; %d are given", format, editions)
	}
	return checkWidth(width)
}

// checkOutput refuses, before editions are aligned, an output file in
// no folder or that is a folder: writing it would fail after.
func checkOutput(out string) error {
	if out == "-" {
		return nil
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		return fmt.Errorf("%s: is a folder; name a file to write", out)
	}
	if dir := filepath.Dir(out); !isDir(dir) {
		return fmt.Errorf("%s: no such folder %s", out, dir)
	}
	return nil
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// writeAlignmentFile writes al to the file out ("-": standard output) in
// format; html is written by page; width is the text format's (0: the
// default).
func writeAlignmentFile(cmd *cobra.Command, al *align.Alignment, format, out string, width int, page func(io.Writer) error) error {
	if err := checkWidth(width); err != nil {
		return err
	}
	noteDoubtful(cmd, al)
	write := func(w io.Writer) error {
		if format == "html" {
			return page(w)
		}
		return output.WriteAlignment(w, al, format, width)
	}
	switch {
	case format == "moses":
		if out == "-" {
			return fmt.Errorf("moses writes a file per edition: give -o PREFIX.moses")
		}
		dir, prefix := filepath.Dir(out), strings.TrimSuffix(filepath.Base(out), ".moses")
		if err := notAnEdition(output.MosesPaths(dir, prefix, al), al); err != nil {
			return err
		}
		paths, err := output.WriteMoses(dir, prefix, al)
		if err != nil {
			return err
		}
		fmt.Fprintln(cmd.ErrOrStderr(), "wrote", strings.Join(paths, ", "))
		return nil
	case out == "-":
		return write(cmd.OutOrStdout())
	}
	if err := notAnEdition([]string{out}, al); err != nil {
		return err
	}
	return atomicfile.Write(out, write)
}

// notAnEdition refuses to write any of targets that is the file of one
// of al's editions: export a.txt b.txt -o b.txt wrote the view over the
// translation, and the Moses files of test0.de and test0.fr
// (-o test0.moses) are test0.de and test0.fr themselves.
func notAnEdition(targets []string, al *align.Alignment) error {
	for _, t := range targets {
		if _, err := os.Stat(t); err != nil {
			continue // nothing there to lose
		}
		for _, ed := range al.Editions {
			if ed.Path != "" && ed.Path != "-" && sameFile(t, ed.Path) {
				return fmt.Errorf("%s is the file of the edition %s (%s); name another output", t, ed.ID, ed.Path)
			}
		}
	}
	return nil
}
