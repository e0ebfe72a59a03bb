// Command synoptic lines up editions of a text — a book and its
// translations, or two printings of one translation — sentence by sentence,
// shows their differences, exports parallel editions and checks how
// completely a translation covers its original.
//
// This package only declares commands and flags; the work is done by the
// packages editions (reading and segmenting), align (aligning and
// comparing) and output (rendering).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/internal/atomicfile"
	"github.com/synoptic-text/synoptic/output"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit statuses. 1 is kept for "ran fine, but a check the user asked for
// failed"; everything that stops a run (bad input, bad flags) is 2.
const (
	exitOK          = 0
	exitCheckFailed = 1
	exitBadInput    = 2
)

// errCheckFailed is returned by a command whose run succeeded but whose
// check (such as a coverage threshold) failed; its message is already shown.
var errCheckFailed = errors.New("check failed")

func main() {
	atomicfile.CleanUpOnSignal()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	output.Version = version
	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errCheckFailed):
		return exitCheckFailed
	default:
		fmt.Fprintln(stderr, "synoptic:", err)
		return exitBadInput
	}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "synoptic",
		Short: "Line up editions of a text sentence by sentence",
		Long: `synoptic lines up editions of a text — a book and its translations, or two
printings of one translation — sentence by sentence, shows them side by side
with their differences marked, and checks how completely a translation covers
its original.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		newSegmentCmd(),
		newCompareCmd(), newScoreCmd(),
		newExportCmd(), newConvertCmd(),
		newCoverageCmd(),
		newBatchCmd(),
		newReviewCmd(),
		newDemoCmd(),
	)
	return root
}
