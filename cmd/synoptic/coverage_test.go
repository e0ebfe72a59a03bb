package main

import (
	"strings"
	"testing"
)

// TestCoverageExitStatus checks the statuses a CI job relies on: 1 when a
// coverage check fails after a good run, 2 for bad input, 0 otherwise.
// The bundled sample's 1972 translation drops one sentence of 20 and
// has one wrong date.
func TestCoverageExitStatus(t *testing.T) {
	src, tgt := "sample/greve.fr.txt", "sample/greve.1972.en.txt"
	cases := []struct {
		args []string
		want int
	}{
		{[]string{"coverage", src, tgt}, exitOK},
		{[]string{"coverage", "--fail-under", "0.9", src, tgt}, exitOK},
		{[]string{"coverage", "--fail-under", "0.99", src, tgt}, exitCheckFailed},
		{[]string{"coverage", "--fail-on", "mismatch", src, tgt}, exitCheckFailed},
		{[]string{"coverage", "--fail-on", "omission", src, tgt}, exitCheckFailed},
		{[]string{"coverage", "--format", "json", src, tgt}, exitOK},
		{[]string{"coverage", "--fail-under", "-1", src, tgt}, exitBadInput},
		{[]string{"coverage", "--accept", "sample/missing.txt", src, tgt}, exitBadInput},
		{[]string{"coverage", src}, exitBadInput},
		{[]string{"coverage", src, "sample/missing.txt"}, exitBadInput},
	}
	for _, c := range cases {
		var out, errOut strings.Builder
		got := run(c.args, strings.NewReader(""), &out, &errOut)
		if got != c.want {
			t.Errorf("synoptic %s: exit status %d, want %d (stderr %q)", strings.Join(c.args, " "), got, c.want, errOut.String())
		}
		switch c.want {
		case exitCheckFailed:
			if out.Len() == 0 || errOut.Len() == 0 {
				t.Errorf("synoptic %s: a failed check should print the report and say why on stderr", strings.Join(c.args, " "))
			}
		case exitBadInput:
			if out.Len() > 0 {
				t.Errorf("synoptic %s: wrote %q to stdout on bad input", strings.Join(c.args, " "), out.String())
			}
		}
	}
}
