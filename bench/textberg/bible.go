package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/synoptic-text/synoptic/align"
)

// genesis aligns Genesis in the KJV with Darby's French, one verse per
// line. The gold pairs verses by reference, translating the German
// versification of the French module: KJV 31:55 is its 32:1, and KJV
// 32:n its 32:n+1.
func genesis(dir string) (result, error) {
	en, enRefs, err := readTSV(filepath.Join(dir, "en-KJV.Gen.tsv"), "en")
	if err != nil {
		return result{}, err
	}
	fr, frRefs, err := readTSV(filepath.Join(dir, "fr-FreJND.Gen.tsv"), "fr")
	if err != nil {
		return result{}, err
	}
	frIndex := make(map[string]int, len(frRefs))
	for i, r := range frRefs {
		frIndex[r] = i
	}
	var gold []align.Bead
	for i, r := range enRefs {
		var c, v int
		fmt.Sscanf(r, "%d:%d", &c, &v)
		switch {
		case c == 31 && v == 55:
			c, v = 32, 1
		case c == 32:
			v++
		}
		if j, ok := frIndex[fmt.Sprintf("%d:%d", c, v)]; ok {
			gold = append(gold, align.Bead{Src: []int{i}, Tgt: []int{j}})
		} else {
			gold = append(gold, align.Bead{Src: []int{i}, Tgt: []int{}})
		}
	}
	start := time.Now()
	al := translate(en, fr)
	elapsed := time.Since(start)
	return result{"Genesis en-KJV → fr-FreJND (verses)", "**synoptic**", align.Score([][]align.Bead{gold}, [][]align.Bead{al.Beads()}), elapsed, len(en.Sentences) + len(fr.Sentences)}, nil
}
