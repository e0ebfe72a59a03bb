// The passages found out of order and aligned together, tested again
// each alone, the least sure first, within a bound on the work.

package align

import (
	"slices"

	"github.com/synoptic-text/synoptic/dict"
	"github.com/synoptic-text/synoptic/editions"
)

// aloneHeld returns moves, the passages reorderedMoves kept from their
// alignment together, less those that, aligned alone as markMoves
// tries a move (moveOf: alignWith on the passage's two sides, its
// tests of chance and all), have a warning or do not hold as a move
// (movedMatches). A confident wrong move is the worst answer the
// aligner can give.
//
// Aligned together, a wrong passage is judged with the right ones and
// may pass where alone it would not (reorderedMoves;
// TestReorderedMovesAlone: the Elberfelder's Genesis 45 against the
// American Standard Version's 29, with chapters 5 and 20 swapped). The
// tests of chance are what tells: aligned alone without them (moveOf's
// first, quick step), that passage pairs all its 36 sentences with
// matches scored 0.84 on average and holds; with them, 0.42 and
// undecided. And each passage alone costs an alignment with its
// tests of chance, which for all of them was most of the time
// (reorderedMoves). So the passages are tested alone in order of least
// evidence first, the lowest mean score of their matches in the
// alignment together, ties in a's order, until they hold 1/aloneShare
// of the two texts' sentences or maxMoveTries have been aligned
// (longMoves); a passage past that keeps the verdict of the alignment
// together. The cost is linear in the texts' sentences, as markMoves'.
//
// bench/pathological's paragraphs-shuffled at -scale 0.25 (a copy with
// its paragraphs shuffled, every passage's matches scored 1): with
// markMoves' own bound, moveWork times the texts' sentences, 300
// passages were tested alone (maxMoveTries), none dropped, and align
// took 3.23 s against 1.73 s without the tests (1.9×); with the
// sentences bounded to a quarter of the texts', 2.38 s (1.4×); to an
// eighth (aloneShare), 1.82 to 2.15 s against 1.42 to 1.54 s (1.3 to
// 1.4×; two runs each way in turn, 2.10 s and 2.10 s against 1.47 s
// and 1.54 s, processor 2.39 s and 2.41 s against 1.79 s and 1.84 s),
// the same 4,732 of 4,813 sentences with their own translation. (A
// loaded machine shared by other runs: the figures of one run vary by
// a fifth.)
func aloneHeld(a, b *editions.Edition, moves []move, p *params, dicts []*dict.Dictionary) []move {
	order := make([]int, len(moves))
	mean := make([]float64, len(moves))
	for k, m := range moves {
		order[k] = k
		for _, r := range m.matches {
			mean[k] += r.Score
		}
		mean[k] /= float64(len(m.matches))
	}
	slices.SortStableFunc(order, func(i, j int) int {
		switch {
		case mean[i] < mean[j]:
			return -1
		case mean[i] > mean[j]:
			return 1
		}
		return 0
	})
	work := (len(a.Sentences) + len(b.Sentences)) / aloneShare
	dropped := make([]bool, len(moves))
	for tries, k := range order {
		o, ad := moves[k].runs[0].sentences, moves[k].runs[1].sentences
		if work -= len(o) + len(ad); work < 0 || tries >= maxMoveTries {
			break
		}
		_, ok := heldAlone(a, b, block{{o[0], last(o) + 1}, {ad[0], last(ad) + 1}}, p, dicts)
		dropped[k] = !ok
	}
	kept := moves[:0]
	for k, m := range moves {
		if !dropped[k] {
			kept = append(kept, m)
		}
	}
	return kept
}

// aloneShare: the passages reorderedMoves tests alone hold at most
// 1/aloneShare of the two texts' sentences (aloneHeld, where the
// figures that chose it are).
const aloneShare = 8

// heldAlone aligns passage bl of a and of b alone (alignWith, its tests
// of chance and all) and reports whether it holds as a move, as
// markMoves keeps one: no warning on any of it, and movedMatches; it
// returns the matches, numbered in a and b.
func heldAlone(a, b *editions.Edition, bl block, p *params, dicts []*dict.Dictionary) ([]Row, bool) {
	own := alignWith(a.Sub(bl[0][0], bl[0][1]), b.Sub(bl[1][0], bl[1][1]), p, dicts)
	if len(own.Warnings) > 0 {
		return nil, false
	}
	return movedMatches(own.Rows, bl[0][1]-bl[0][0], bl[0][0], bl[1][0])
}

// warnedSentences returns, for each edition of the two-edition
// alignment al, which of its sentences a warning of al is about.
func warnedSentences(al *Alignment) [2][]bool {
	var out [2][]bool
	for side := range 2 {
		out[side] = make([]bool, len(al.Editions[side].Sentences))
	}
	for _, w := range al.Warnings {
		for side := range 2 {
			for s := w.Sentences[side][0]; s < w.Sentences[side][1]; s++ {
				out[side][s] = true
			}
		}
	}
	return out
}
