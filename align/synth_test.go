package align

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/synoptic-text/synoptic/editions"
)

// synthetic returns an edition of n sentences and a "translation" of it,
// with the gold beads between them. Words of the original are drawn from
// a Zipf-like vocabulary; the translation maps each word to another
// (a cipher, so exact matching sees nothing but numbers and names),
// varies sentence lengths, splits about 6% of sentences in two, merges
// 6% of pairs, and drops or adds 2% of sentences. The generator is
// seeded: the same n gives the same texts.
func synthetic(n int) (a, b *editions.Edition, gold []Bead) {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	zipf := rand.NewZipf(r, 1.1, 2, 20000)
	word := func(k uint64, tr bool) string {
		if tr {
			return fmt.Sprintf("t%xq", k*2654435761%1000003)
		}
		return fmt.Sprintf("w%x", k)
	}
	sentence := func() (src, tgt string) {
		l := 4 + r.IntN(20)
		var sw, tw []string
		for k := 0; k < l; k++ {
			switch x := r.IntN(40); {
			case x == 0:
				num := fmt.Sprint(1 + r.IntN(3000))
				sw, tw = append(sw, num), append(tw, num)
			case x == 1:
				name := "Name" + word(uint64(r.IntN(5000)), false)
				sw, tw = append(sw, name), append(tw, name)
			default:
				k := zipf.Uint64()
				sw = append(sw, word(k, false))
				tw = append(tw, word(k, true))
				if r.IntN(5) == 0 {
					tw = append(tw, word(zipf.Uint64(), true))
				}
			}
		}
		return strings.Join(sw, " ") + ".", strings.Join(tw, " ") + "."
	}
	var as, bs []string
	for len(as) < n {
		src, tgt := sentence()
		i, j := len(as), len(bs)
		switch x := r.IntN(100); {
		case x < 6: // split in the translation
			h := strings.Fields(tgt)
			cut := len(h) / 2
			as = append(as, src)
			bs = append(bs, strings.Join(h[:cut], " ")+".", strings.Join(h[cut:], " "))
			gold = append(gold, Bead{[]int{i}, []int{j, j + 1}})
		case x < 12: // two sentences merged in the translation
			src2, tgt2 := sentence()
			as = append(as, src, src2)
			bs = append(bs, tgt+" "+tgt2)
			gold = append(gold, Bead{[]int{i, i + 1}, []int{j}})
		case x < 13:
			as = append(as, src)
			gold = append(gold, Bead{[]int{i}, []int{}})
		case x < 14:
			bs = append(bs, tgt)
			gold = append(gold, Bead{[]int{}, []int{j}})
		default:
			as = append(as, src)
			bs = append(bs, tgt)
			gold = append(gold, Bead{[]int{i}, []int{j}})
		}
	}
	return linesEdition("a", "en", as), linesEdition("b", "fr", bs), gold
}

// linesEdition reads a one-paragraph edition from sentences, through
// the reader's presegmented input.
func linesEdition(id, lang string, sentences []string) *editions.Edition {
	text := strings.Join(sentences, "\n") + "\n"
	e, err := editions.Parse(id+".txt", []byte(text), editions.Options{ID: id, Lang: lang, Format: "text", Presegmented: true})
	if err != nil {
		panic(err)
	}
	if len(e.Sentences) != len(sentences) {
		panic(fmt.Sprintf("%s: %d sentences, want %d", id, len(e.Sentences), len(sentences)))
	}
	return e
}
