package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/synoptic-text/synoptic/editions"
)

// inputFlags are the flags that say how to read editions; every command
// that reads editions takes them.
type inputFlags struct {
	langs           string
	encoding        string
	from            string
	presegmented    bool
	keepBoilerplate bool
}

func (f *inputFlags) register(cmd *cobra.Command, langHelp string) {
	fl := cmd.Flags()
	fl.StringVar(&f.langs, "lang", "", langHelp)
	fl.StringVar(&f.encoding, "encoding", "", "input encoding: utf-8, utf-16le, utf-16be, iso-8859-1 … iso-8859-16, windows-1250 … windows-1258, koi8-r, koi8-u, cp866, macintosh, shift_jis, euc-jp, iso-2022-jp, gb18030, gbk, big5, euc-kr … (default: detected)")
	fl.StringVar(&f.from, "from", "", "input format: "+strings.Join(editions.Formats, ", ")+" (default: from the extension and content)")
	fl.BoolVar(&f.presegmented, "presegmented", false, "input has one sentence per line and a blank line between paragraphs")
	fl.BoolVar(&f.keepBoilerplate, "keep-boilerplate", false, "keep the Project Gutenberg header and licence, and the running heads and page numbers of a text with page breaks (form feeds)")
	_ = cmd.RegisterFlagCompletionFunc("from", cobra.FixedCompletions(editions.Formats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("encoding", cobra.FixedCompletions([]string{"utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1", "iso-8859-2", "iso-8859-15", "windows-1250", "windows-1251", "koi8-r", "koi8-u", "cp866", "macintosh", "shift_jis", "euc-jp", "iso-2022-jp", "gb18030", "big5", "euc-kr"}, cobra.ShellCompDirectiveNoFileComp))
}

// options returns how to read the i-th of the editions named on the
// command line; --lang may list one language per edition, comma-separated.
func (f *inputFlags) options(i int) editions.Options {
	lang := ""
	if f.langs != "" {
		langs := strings.Split(f.langs, ",")
		if i < len(langs) {
			lang = strings.TrimSpace(langs[i])
		} else if len(langs) == 1 {
			lang = langs[0]
		}
	}
	return editions.Options{
		Lang:            lang,
		Encoding:        f.encoding,
		Format:          f.from,
		Presegmented:    f.presegmented,
		KeepBoilerplate: f.keepBoilerplate,
	}
}

// unknownTerminalWidth is the width taken for a terminal that does not
// say its size: chosen by hand (commit aea6125), not measured. A view
// written to a file or a pipe is output.DefaultWidth (100) wide instead.
const unknownTerminalWidth = 80

// terminalWidth returns the width of w when it is a terminal, else 0.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	cols, _, err := term.GetSize(int(f.Fd()))
	if err != nil || cols <= 0 {
		return unknownTerminalWidth
	}
	return cols
}

// sameFile says whether the paths a and b name one file: the same file
// when both exist, else the same path.
func sameFile(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	if errA != nil || errB != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(sa, sb)
}
