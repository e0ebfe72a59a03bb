package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"
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

// useColor decides on colour the way git and most tools do: --color
// always or never wins; auto means a terminal, a TERM that is not "dumb"
// and no NO_COLOR in the environment (https://no-color.org).
func (f *viewFlags) useColor(out io.Writer) (bool, error) {
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

// viewWidth returns --width, else the terminal's width, else 100.
func (f *viewFlags) viewWidth(out io.Writer) int {
	if f.width > 0 {
		return f.width
	}
	if w := terminalWidth(out); w > 0 {
		return w
	}
	return 100
}

// page runs write with its output going through a pager when out is a
// terminal, the way git does: $PAGER, else "less" with LESS=FRX (quit
// if one screen, keep colours, leave the screen as it is) when LESS is
// not set. Piped output is never paged.
func (f *viewFlags) page(out io.Writer, write func(io.Writer) error) error {
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
	cmd := exec.Command("sh", "-c", pager)
	cmd.Stdout = out
	cmd.Stderr = os.Stderr
	cmd.Env = os.Environ()
	if os.Getenv("LESS") == "" {
		cmd.Env = append(cmd.Env, "LESS=FRX")
	}
	pipe, err := cmd.StdinPipe()
	if err != nil {
		return write(out)
	}
	if err := cmd.Start(); err != nil {
		return write(out)
	}
	werr := write(pipe)
	pipe.Close()
	cerr := cmd.Wait()
	if werr != nil && !isBrokenPipe(werr) {
		return werr
	}
	_ = cerr // the user quitting the pager early is not an error
	return nil
}

func isBrokenPipe(err error) bool {
	return err != nil && strings.Contains(err.Error(), "broken pipe")
}
