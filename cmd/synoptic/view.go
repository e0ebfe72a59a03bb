package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// viewFlags say how text for people is shown: colour, width, pager and
// the order of right-to-left text.
type viewFlags struct {
	color   string
	width   int
	noPager bool
	bidi    string
}

func (f *viewFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.color, "color", "auto", "colour: auto (on a terminal, unless NO_COLOR is set), always or never")
	cmd.Flags().IntVar(&f.width, "width", 0, "columns to fit the view to (default: the terminal's width, else 100)")
	cmd.Flags().BoolVar(&f.noPager, "no-pager", false, "never page the output, even on a terminal")
	registerBidi(cmd, &f.bidi)
	_ = cmd.RegisterFlagCompletionFunc("color", cobra.FixedCompletions([]string{"auto", "always", "never"}, cobra.ShellCompDirectiveNoFileComp))
}

// registerBidi registers --bidi, read by chooseBidi, on cmd: the view of
// compare and demo, and the text reports of segment and coverage.
func registerBidi(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "bidi", "", "who orders right-to-left text (Hebrew, Arabic …): visual (synoptic, for a terminal that does not), terminal (left in logical order, for one that does, or a file) or auto (default, or $SYNOPTIC_BIDI): visual on a terminal not known to reorder")
	_ = cmd.RegisterFlagCompletionFunc("bidi", cobra.FixedCompletions([]string{"auto", "visual", "terminal"}, cobra.ShellCompDirectiveNoFileComp))
}

// bidiMode decides who orders right-to-left text (output.BidiMode, whose
// file says why there are two ways): --bidi, else $SYNOPTIC_BIDI, else
// auto. Auto is visual order when out is a terminal that does not
// reorder text itself, and logical order when out is a file or a pipe
// (text is kept in logical order; what shows it orders it) or a
// terminal that reorders (bidiTerminal).
func (f *viewFlags) bidiMode(out io.Writer) (output.BidiMode, error) {
	return chooseBidi(f.bidi, terminalWidth(out) > 0, os.Getenv)
}

func chooseBidi(flag string, tty bool, getenv func(string) string) (output.BidiMode, error) {
	mode, from := flag, "--bidi"
	if mode == "" {
		mode, from = getenv("SYNOPTIC_BIDI"), "SYNOPTIC_BIDI"
	}
	switch mode {
	case "visual":
		return output.BidiVisual, nil
	case "terminal":
		return output.BidiTerminal, nil
	case "auto", "":
		if tty && !bidiTerminal(getenv) {
			return output.BidiVisual, nil
		}
		return output.BidiTerminal, nil
	}
	return 0, fmt.Errorf("%s %q: want auto, visual or terminal", from, mode)
}

// bidiTerminal reports whether the environment names a terminal that
// lays out right-to-left text itself unless told not to: VTE (GNOME
// Terminal, Tilix, Xfce Terminal …) from 0.57.3, which says its version
// in VTE_VERSION as 5703, and Konsole, mlterm, macOS Terminal and
// mintty, which say their names. Over ssh these variables are not
// passed on; --bidi terminal or SYNOPTIC_BIDI=terminal then says it.
func bidiTerminal(getenv func(string) string) bool {
	if v, err := strconv.Atoi(getenv("VTE_VERSION")); err == nil && v >= 5703 {
		return true
	}
	if getenv("KONSOLE_VERSION") != "" || getenv("MLTERM") != "" {
		return true
	}
	switch getenv("TERM_PROGRAM") {
	case "Apple_Terminal", "mintty":
		return true
	}
	return false
}

// useColor checks --width and decides on colour the way git and most tools do: --color
// always or never wins; auto means a terminal, a TERM that is not "dumb"
// and no NO_COLOR in the environment (https://no-color.org).
func (f *viewFlags) useColor(out io.Writer) (bool, error) {
	if err := checkWidth(f.width); err != nil {
		return false, err
	}
	switch f.color {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
			return false, nil
		}
		return terminalWidth(out) > 0, nil
	}
	return false, fmt.Errorf("--color %q: want auto, always or never", f.color)
}

// viewWidth returns --width, else the terminal's width, else
// output.DefaultWidth.
func (f *viewFlags) viewWidth(out io.Writer) int {
	if f.width > 0 {
		return f.width
	}
	if w := terminalWidth(out); w > 0 {
		return w
	}
	return output.DefaultWidth
}

// checkWidth refuses a negative --width; 0 leaves the choice to synoptic.
func checkWidth(width int) error {
	if width < 0 {
		return fmt.Errorf("--width %d: want a number of columns, or 0 for the default", width)
	}
	return nil
}

// page runs write with its output going through a pager when out is a
// terminal, the way git does: $PAGER, else "less" with LESS=FRX (quit
// if one screen, keep colours, leave the screen as it is) when LESS is
// not set. Piped output is never paged.
func (f *viewFlags) page(out, errOut io.Writer, write func(io.Writer) error) error {
	if f.noPager || terminalWidth(out) == 0 {
		return write(out)
	}
	pager := os.Getenv("PAGER")
	if pager == "" {
		pager = "less"
		if _, err := exec.LookPath(pager); err != nil {
			return write(out)
		}
	}
	if strings.TrimSpace(pager) == "cat" {
		return write(out)
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	return runPager(pager, buf.Bytes(), out, errOut)
}

// runPager shows text through the shell command pager. A pager that
// cannot be run or fails (a $PAGER naming a missing program exits 127)
// would lose the whole view: then the view is written to out as it is,
// after a warning on errOut. A user quitting the pager before the end is
// no failure (less exits 0; what it did not read is dropped).
func runPager(pager string, text []byte, out, errOut io.Writer) error {
	cmd := exec.Command("sh", "-c", pager)
	cmd.Stdin = bytes.NewReader(text)
	cmd.Stdout = out
	cmd.Stderr = errOut
	cmd.Env = os.Environ()
	if os.Getenv("LESS") == "" {
		cmd.Env = append(cmd.Env, "LESS=FRX")
	}
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(errOut, "synoptic: warning: the pager %s failed (%v); the view follows without it\n", editions.Quote(pager), err)
		_, err := out.Write(text)
		return err
	}
	return nil
}
