package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
)

// viewFlags say how text for people is shown: colour, width and pager.
type viewFlags struct {
	color   string
	width   int
	noPager bool
}

func (f *viewFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.color, "color", "auto", "colour: auto (on a terminal, unless NO_COLOR is set), always or never")
	cmd.Flags().IntVar(&f.width, "width", 0, "columns to fit the view to (default: the terminal's width, else 100)")
	cmd.Flags().BoolVar(&f.noPager, "no-pager", false, "never page the output, even on a terminal")
	_ = cmd.RegisterFlagCompletionFunc("color", cobra.FixedCompletions([]string{"auto", "always", "never"}, cobra.ShellCompDirectiveNoFileComp))
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
