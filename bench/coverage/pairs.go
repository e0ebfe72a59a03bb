package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/synoptic-text/synoptic/editions"
)

// A pair is an original and a translation, with what is needed to damage
// and re-read the translation.
type pair struct {
	name     string
	group    string // "bible", "manifesto", "verne"
	src, tgt *editions.Edition
	// srcIDs and tgtIDs are the verse ids of each sentence (Bible only).
	srcIDs, tgtIDs []string
	// reread parses a damaged translation text.
	reread func(text string) (*editions.Edition, error)
}

// pairs reads the evaluation texts.
func (b *bench) pairs() ([]*pair, error) {
	var out []*pair
	biblePairs := [][2]string{
		{"en-KJV", "fr-FreJND"},
		{"de-GerElb1905", "en-ASV"},
		{"fr-FreCrampon", "es-SpaRV"},
		{"es-SpaRV", "de-GerBoLut"},
	}
	for _, bp := range biblePairs {
		for _, book := range []string{"Gen", "Ruth", "Jonah"} {
			p, err := b.biblePair(bp[0], bp[1], book)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
	}
	man := filepath.Join(b.eval, "manifesto")
	p, err := b.bookPair("manifesto", "Manifesto de→en", filepath.Join(man, "de.mew4-mlwerke.md"), filepath.Join(man, "en.moore1888-mia.md"), editions.Options{Lang: "de"}, editions.Options{Lang: "en"})
	if err != nil {
		return nil, err
	}
	out = append(out, p)
	verne := filepath.Join(b.eval, "verne")
	p, err = b.bookPair("verne", "Verne fr→en", filepath.Join(verne, "fr.pg800.txt"), filepath.Join(verne, "en.pg103.txt"), editions.Options{Lang: "fr"}, editions.Options{Lang: "en"})
	if err != nil {
		return nil, err
	}
	out = append(out, p)
	return out, nil
}

func (b *bench) bookPair(group, name, srcPath, tgtPath string, so, to editions.Options) (*pair, error) {
	src, err := editions.Read(srcPath, so)
	if err != nil {
		return nil, err
	}
	tgt, err := editions.Read(tgtPath, to)
	if err != nil {
		return nil, err
	}
	base := filepath.Base(tgtPath)
	return &pair{name: name, group: group, src: src, tgt: tgt, reread: func(text string) (*editions.Edition, error) {
		return editions.Parse(base, []byte(text), to)
	}}, nil
}

// biblePair reads book in two versions from their .tsv files, one verse
// per line and a blank line between chapters.
func (b *bench) biblePair(sv, tv, book string) (*pair, error) {
	read := func(v string) (*editions.Edition, []string, error) {
		path := filepath.Join(b.eval, "bible", v+"."+book+".tsv")
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		var sb strings.Builder
		var ids []string
		chapter := ""
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			ref, text, ok := strings.Cut(line, "\t")
			text = strings.TrimSpace(text)
			if !ok || text == "" {
				continue
			}
			ch, _, _ := strings.Cut(ref[strings.LastIndexByte(ref, ' ')+1:], ":")
			if chapter != "" && ch != chapter {
				sb.WriteString("\n")
			}
			chapter = ch
			sb.WriteString(text + "\n")
			ids = append(ids, ref)
		}
		if err := sc.Err(); err != nil {
			return nil, nil, err
		}
		lang := v[:2]
		e, err := editions.Parse(v+"."+book+".txt", []byte(sb.String()), editions.Options{Lang: lang, Presegmented: true, Format: "text"})
		if err != nil {
			return nil, nil, err
		}
		if len(e.Sentences) != len(ids) {
			return nil, nil, fmt.Errorf("%s: %d sentences for %d verses", path, len(e.Sentences), len(ids))
		}
		return e, ids, nil
	}
	src, sids, err := read(sv)
	if err != nil {
		return nil, err
	}
	tgt, tids, err := read(tv)
	if err != nil {
		return nil, err
	}
	to := editions.Options{Lang: tv[:2], Presegmented: true, Format: "text"}
	return &pair{
		name: fmt.Sprintf("%s %s→%s", book, sv, tv), group: "bible", src: src, tgt: tgt, srcIDs: sids, tgtIDs: tids,
		reread: func(text string) (*editions.Edition, error) {
			return editions.Parse(tv+"."+book+".txt", []byte(text), to)
		},
	}, nil
}

// sameVersification returns the chapters numbered alike in both
// versions of a Bible pair: with as many verses in each. Versification
// traditions differ (German and French editions put Genesis 31:55 at
// 32:1, Jonah 1:17 at 2:1), and where they do a verse id names different
// text in the two versions, so it is no gold there.
func sameVersification(p *pair) map[string]bool {
	count := func(ids []string) map[string]int {
		m := map[string]int{}
		for _, id := range ids {
			m[chapterOf(id)]++
		}
		return m
	}
	a, b := count(p.srcIDs), count(p.tgtIDs)
	same := map[string]bool{}
	for ch, n := range a {
		if b[ch] == n {
			same[ch] = true
		}
	}
	return same
}

// chapterOf returns "Genesis 31" for "Genesis 31:55".
func chapterOf(id string) string {
	ch, _, _ := strings.Cut(id, ":")
	return ch
}
