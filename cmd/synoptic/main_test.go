package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"synoptic": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scenarios in testdata/script. Set
// SYNOPTIC_UPDATE_SCRIPTS=1 to rewrite their expected output after a
// deliberate change (and read the diff before committing it).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: os.Getenv("SYNOPTIC_UPDATE_SCRIPTS") == "1",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"encode": encodeCmd,
		},
		// $TMXDTD is the TMX 1.4b DTD in ../shared, where present; the
		// condition [tmxdtd] says whether it is.
		Setup: func(env *testscript.Env) error {
			env.Setenv("TMXDTD", tmxDTD)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond != "tmxdtd" {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			_, err := os.Stat(tmxDTD)
			return err == nil, nil
		},
	})
}

// tmxDTD is where the TMX DTD is, beside the repository.
var tmxDTD = evaldata.Path("formats", "tmx14.dtd")

// encodeCmd implements "encode CHARSET IN OUT": it writes the UTF-8 file
// IN to OUT in a legacy encoding, so that scripts can hold their inputs as
// readable text.
func encodeCmd(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: encode CHARSET IN OUT")
	}
	var enc encoding.Encoding = charmap.ISO8859_1 // htmlindex takes latin1 for windows-1252
	if !strings.EqualFold(args[0], "iso-8859-1") {
		var err error
		if enc, err = htmlindex.Get(args[0]); err != nil {
			ts.Fatalf("unknown charset %s", args[0])
		}
	}
	out, err := enc.NewEncoder().String(ts.ReadFile(args[1]))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(out), 0o644))
	if neg {
		ts.Fatalf("encode does not fail: %v", fmt.Sprint(args))
	}
}

// TestExitStatus checks the statuses scripts in CI rely on: 0 for a run
// that went well, 2 for bad input or bad flags.
func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	ok := dir + "/ok.txt"
	if err := os.WriteFile(ok, []byte("Some text. And more.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want int
	}{
		{[]string{"segment", ok}, exitOK},
		{[]string{"segment", dir + "/missing.txt"}, exitBadInput},
		{[]string{"segment", dir}, exitBadInput},
		{[]string{"segment", "--format", "yaml", ok}, exitBadInput},
		{[]string{"segment", "--no-such-flag", ok}, exitBadInput},
		{[]string{"no-such-command"}, exitBadInput},
	}
	for _, c := range cases {
		var out, errOut strings.Builder
		if got := run(c.args, strings.NewReader(""), &out, &errOut); got != c.want {
			t.Errorf("synoptic %s: exit status %d, want %d (stderr %q)", strings.Join(c.args, " "), got, c.want, errOut.String())
		}
		if c.want != exitOK && out.Len() > 0 {
			t.Errorf("synoptic %s: wrote %q to stdout on failure", strings.Join(c.args, " "), out.String())
		}
	}
}
