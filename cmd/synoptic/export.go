package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// exportFlags are the flags of export.
type exportFlags struct {
	in     inputFlags
	out    string
	format string
	mode   string
	ignore string
	title  string
}

func newExportCmd() *cobra.Command {
	var f exportFlags
	cmd := &cobra.Command{
		Use:   "export A B -o FILE",
		Short: "Write a parallel edition: one HTML page with the editions side by side",
		Long: `export aligns editions the way compare does and writes the result to a file.

The html format is a parallel edition: one self-contained page (no network,
no external fonts or scripts) with a row per aligned unit and a column per
edition. Versions of one text show their word differences, typed, with
toggles to hide each type; a translation shows its numbers, dates, names
and note markers matched across the columns, and flags those with no
counterpart. Omitted, added and moved sentences are marked; keys n and p
(or j and k) go to the next and previous difference; every row has a link,
#r-N, N being its index in the alignment. The alignment itself is embedded
as JSON (the model of compare --format json).

The format comes from the output file's extension (.html, .json, .tsv, …)
unless --format names it. The file is written whole or not at all.`,
		Example: `  synoptic export fr.txt en.txt -o parallel.html
  synoptic export --ignore punct,case 1972.txt 2016.txt -o changes.html
  synoptic export --lang fr,en --mode translation a.txt b.txt --format html -o - > page.html`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd, args, &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.out, "output", "o", "", "file to write (\"-\" for standard output)")
	fl.StringVarP(&f.format, "format", "f", "", "output format: "+strings.Join(exportFormats(), ", ")+" (default: from the extension of --output)")
	fl.StringVar(&f.mode, "mode", "auto", "auto (versions when the editions are in one language), translation or versions")
	fl.StringVar(&f.ignore, "ignore", "", "difference types to start hidden in the page, comma-separated: space, case, quotes, hyphenation, punct, spelling, number, substitution, insertion, deletion")
	fl.StringVar(&f.title, "title", "", "the page's title (default: the editions' titles or names)")
	f.in.register(cmd, "languages of the editions, comma-separated, e.g. fr,en; one applies to all (default: detected)")
	_ = cmd.MarkFlagFilename("output", "html", "htm", "json", "tsv")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("mode", cobra.FixedCompletions([]string{"auto", "translation", "versions"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// exportFormats are html and the formats of compare.
func exportFormats() []string {
	return append([]string{"html"}, output.AlignmentFormats...)
}

// exportFormat returns the format to write: --format, else the one the
// output file's extension names.
func exportFormat(format, out string) (string, error) {
	if format == "" {
		ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(out), "."))
		switch ext {
		case "htm", "xhtml":
			ext = "html"
		case "txt":
			ext = "text"
		}
		if ext == "" || out == "-" {
			return "", fmt.Errorf("--format is needed when the output file has no extension that names one (%s)", strings.Join(exportFormats(), ", "))
		}
		format = ext
	}
	if !contains(exportFormats(), format) {
		return "", fmt.Errorf("--format %q: want one of %s", format, strings.Join(exportFormats(), ", "))
	}
	return format, nil
}

func runExport(cmd *cobra.Command, args []string, f *exportFlags) error {
	if f.out == "" {
		return fmt.Errorf("export needs --output FILE (or -o - for standard output)")
	}
	// The page is designed for N columns, and alignments of more than two
	// editions are yet to come.
	if len(args) > 2 {
		return fmt.Errorf("export: %d editions given; only two can be aligned for now", len(args))
	}
	format, err := exportFormat(f.format, f.out)
	if err != nil {
		return err
	}
	mode, err := align.ParseMode(f.mode)
	if err != nil {
		return err
	}
	hide, err := parseIgnore(f.ignore)
	if err != nil {
		return err
	}
	if n := len(strings.Split(f.in.langs, ",")); n > len(args) {
		return fmt.Errorf("--lang lists %d languages for %d editions", n, len(args))
	}
	eds := make([]*editions.Edition, len(args))
	for k, path := range args {
		e, err := editions.Read(path, f.in.options(k))
		if err != nil {
			return err
		}
		eds[k] = e
	}
	// Every difference goes into the page; --ignore only decides which
	// types start hidden, so that the reader can still show them.
	al := align.Compare(eds[0], eds[1], mode, align.VersionOptions{})
	write := func(w io.Writer) error {
		if format == "html" {
			return output.WriteAlignmentHTML(w, al, output.HTMLOptions{Title: f.title, Hide: hide})
		}
		return output.WriteAlignment(w, al, format, 0)
	}
	if f.out == "-" {
		return write(cmd.OutOrStdout())
	}
	return writeFileAtomic(f.out, write)
}

// writeFileAtomic writes a file through a temporary file in the same
// directory, renamed over the target once complete: a reader never sees
// half a page, and a failed run leaves any earlier file as it was.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(buf.Bytes()); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
