package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/output"
	"github.com/synoptic-text/synoptic/review"
)

// reviewFlags are the flags of review.
type reviewFlags struct {
	in     inputFlags
	align  alignFlags
	save   string
	port   int
	noOpen bool
	title  string
	accept string
}

func newReviewCmd() *cobra.Command {
	var f reviewFlags
	cmd := &cobra.Command{
		Use:   "review [flags] A B [C …] | review ALIGNMENT.json",
		Short: "Correct an alignment in the browser, doubtful rows first, and keep the corrections",
		Long: `review serves an alignment for correction in your browser: the parallel
edition of export, with keys and buttons to merge a row with the next, split
a row, shift a sentence to the row above or below, confirm a row, undo and
redo, and a queue of the rows to review, the least certain first. Realign
aligns again everything not confirmed, around the confirmed rows (as
--pin does). The coverage findings of a translation (synoptic coverage)
are listed on request, each with its row; Accept writes a finding's id to
the file --accept names, which coverage --accept reads.

Give the editions (aligned as compare aligns them, with the same flags) or
an alignment's JSON (written by compare --format json, export or an earlier
review). Every change is saved at once, whole, to --save: by default
A.review.json beside the first edition, or the alignment's JSON itself.
The file is an alignment's JSON whose rows say "status": "confirmed" or
"auto"; convert, export and compare --pin read it, and review started on it
again shows the same state. A --save file already there (an earlier review
of the same editions) is never overwritten: review stops and says so.

The server listens on 127.0.0.1 only and answers only requests that carry
the secret token of the address it prints as the first line of its output;
it opens that address in your browser unless --no-open. Ctrl-C stops it,
after saving. The page uses the HTTP API described in the README, which
scripts may use too.`,
		Example: `  synoptic review book.fr.txt book.en.txt
  synoptic review --save checked.json --no-open book.fr.txt book.en.txt
  synoptic review checked.json
  synoptic review --accept reviewed.txt book.fr.txt book.en.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReview(cmd, args, &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.save, "save", "", "the alignment JSON every change is saved to (default: A.review.json beside the first edition, or the alignment's JSON given)")
	fl.IntVar(&f.port, "port", 0, "port to listen on, on 127.0.0.1 (default: a free one)")
	fl.BoolVar(&f.noOpen, "no-open", false, "do not open the browser; only print the address")
	fl.StringVar(&f.accept, "accept", "", "file of accepted coverage finding ids (coverage --accept's) that the page's Accept adds to")
	fl.StringVar(&f.title, "title", "", "the page's title (default: the editions' titles or names)")
	f.in.register(cmd, "languages of the editions, comma-separated, e.g. fr,en; one applies to all (default: detected)")
	f.align.register(cmd)
	_ = cmd.MarkFlagFilename("save", "json")
	return cmd
}

// The review server's timeouts: for a request's header, and for the
// requests under way when the user stops it. Chosen by hand with the
// review command (commit b61e87d), not measured.
const (
	reviewHeaderTimeout   = 10 * time.Second
	reviewShutdownTimeout = 5 * time.Second
)

func runReview(cmd *cobra.Command, args []string, f *reviewFlags) error {
	if f.port < 0 || f.port > 65535 {
		return fmt.Errorf("--port %d: want a port number, 1 to 65535, or 0 for a free one", f.port)
	}
	al, opts, save, html, err := reviewInput(cmd, args, f)
	if err != nil {
		return err
	}
	accepted := map[string]bool{}
	if _, err := os.Stat(f.accept); f.accept != "" && err == nil {
		if accepted, err = readAccept(f.accept); err != nil {
			return err
		}
	}
	// The port before the session, which writes its file as it starts: a
	// review that cannot listen leaves no file.
	ln, port, err := review.Listen(f.port)
	if err != nil {
		return err
	}
	defer ln.Close()
	s, err := review.NewSession(al, save, opts)
	if err != nil {
		return err
	}
	if len(args) > 1 {
		s.FromAligner() // realign keeps what no edit touched
	}
	if f.accept != "" {
		s.SetAccept(f.accept, accepted)
	}
	token, err := review.NewToken()
	if err != nil {
		return err
	}
	sv := review.NewServer(s, port, token, html)
	// Ctrl-C stops the server once the requests in flight are answered
	// (each saved), then saves once more; the signal is review's, not
	// the default handler's, which would exit at once.
	signal.Reset(os.Interrupt, syscall.SIGTERM)
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := &http.Server{Handler: sv, ReadHeaderTimeout: reviewHeaderTimeout}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintln(cmd.OutOrStdout(), sv.URL())
	fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: reviewing %d rows, saved to %s; Ctrl-C to stop\n", len(al.Rows), save)
	if !f.noOpen {
		if err := openBrowser(sv.URL()); err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: warning: cannot open a browser (%v): open the address above\n", err)
		}
	}
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), reviewShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if err := s.Save(); err != nil {
		return err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "synoptic: saved %s\n", save)
	return nil
}

// reviewInput returns the alignment to review, the options to realign it
// with, the file to save it to and how the page shows it: from an
// alignment's JSON (one argument) or by aligning the editions.
func reviewInput(cmd *cobra.Command, args []string, f *reviewFlags) (*align.Alignment, align.Options, string, output.HTMLOptions, error) {
	html := output.HTMLOptions{Title: f.title}
	if len(args) == 1 {
		path := args[0]
		if f.align.pins != "" {
			return nil, align.Options{}, "", html, fmt.Errorf("--pin aligns editions; %s is an alignment already (realign in the page keeps its confirmed rows)", path)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, align.Options{}, "", html, editions.WithPath(path, err)
		}
		al, err := output.ReadAlignmentJSON(bytes.NewReader(data))
		if err != nil {
			return nil, align.Options{}, "", html, fmt.Errorf("%v (review takes two editions or more, or an alignment's JSON)", editions.WithPath(path, err))
		}
		mode, err := align.ParseMode(f.align.mode)
		if err != nil {
			return nil, align.Options{}, "", html, err
		}
		html.Labels = splitList(f.align.labels)
		save := f.save
		if save == "" {
			save = path
		} else if err := saveIsFree(save, path); err != nil {
			return nil, align.Options{}, "", html, err
		}
		// Realigning in the page uses the dictionaries given, else
		// those the alignment was made with.
		dicts := f.align.dict
		if len(dicts.specs) == 0 {
			dicts.specs = al.Dictionaries
		}
		ds, err := dicts.read(cmd, al.Editions)
		if err != nil {
			return nil, align.Options{}, "", html, err
		}
		return al, align.Options{Mode: mode, Base: al.Base, Dictionaries: ds}, save, html, nil
	}
	save := f.save
	if save == "" {
		save = strings.TrimSuffix(args[0], filepath.Ext(args[0])) + ".review.json"
	}
	if err := saveIsFree(save, ""); err != nil {
		return nil, align.Options{}, "", html, err
	}
	eds, err := readEditions(args, &f.in)
	if err != nil {
		return nil, align.Options{}, "", html, err
	}
	res, err := f.align.align(cmd, eds, align.VersionOptions{})
	if err != nil {
		return nil, align.Options{}, "", html, err
	}
	html.Columns, html.Labels = res.columns, res.labels
	return res.al, res.opts, save, html, nil
}

// saveIsFree refuses to start a review that would save over a file
// already there, other than the alignment under review (reviewed): a
// session writes its file as it starts, and the file there may be an
// earlier review, whose corrections and confirmed rows would be lost.
func saveIsFree(save, reviewed string) error {
	if reviewed != "" && sameFile(save, reviewed) {
		return nil
	}
	if _, err := os.Lstat(save); err != nil {
		return nil
	}
	return fmt.Errorf("%s exists (an earlier review?) and would be overwritten: go on with it (synoptic review %s), or remove it or name another file with --save to start again", save, save)
}

// openBrowser opens url in the user's browser, without waiting for it.
func openBrowser(url string) error {
	var c *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		c = exec.Command("open", url)
	case "windows":
		c = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		c = exec.Command("xdg-open", url)
	}
	if err := c.Start(); err != nil {
		return err
	}
	go c.Wait()
	return nil
}
