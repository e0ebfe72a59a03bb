package main

import (
	"fmt"
	"math/rand"
	"os"
	"strings"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// pathological times comparisons of versions built to be hard, one line
// a sentence, and prints their rows by kind: what a diff that rescans or
// searches a square would take seconds or minutes over.
func pathological(runs int) {
	lines := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(f(i))
			b.WriteByte('\n')
		}
		return b.String()
	}
	const n = 50000
	distinct := func(i int) string { return fmt.Sprintf("Line number %d here.", i) }
	perm := rand.New(rand.NewSource(1)).Perm(n)
	cases := []struct{ name, a, b string }{
		{"\"Ave. Maria.\" × 25,000 against \"Maria. Ave.\" × 25,000",
			strings.Repeat("Ave.\nMaria.\n", n/2), strings.Repeat("Maria.\nAve.\n", n/2)},
		{"\"Amen.\" × 50,000 against \"Amen.\" × 25,000",
			strings.Repeat("Amen.\n", n), strings.Repeat("Amen.\n", n/2)},
		{"50,000 distinct lines against the same shuffled",
			lines(n, distinct), lines(n, func(i int) string { return distinct(perm[i]) })},
		{"50,000 distinct lines against 50,000 others with no word in common",
			lines(n, distinct), lines(n, func(i int) string { return "Quite another sentence, " + letters(i) + "." })},
	}
	for _, k := range cases {
		a, err := editions.Parse("a.en.txt", []byte(k.a), editions.Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, "versions:", err)
			return
		}
		b, err := editions.Parse("b.en.txt", []byte(k.b), editions.Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, "versions:", err)
			return
		}
		al, m := compare(a, b, runs)
		var parts []string
		counts := kinds(al)
		for _, kind := range []align.RowKind{align.Equal, align.Changed, align.Deleted, align.Inserted, align.Moved} {
			if counts[kind] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", counts[kind], kind))
			}
		}
		fmt.Printf("%s: %s; %v\n", k.name, strings.Join(parts, ", "), m)
	}
}

// letters writes i in the letters a to z, as a word.
func letters(i int) string {
	s := ""
	for {
		s = string(rune('a'+i%26)) + s
		if i /= 26; i == 0 {
			return s
		}
	}
}
