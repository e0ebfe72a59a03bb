// Package align finds which sentences of two editions of a text
// correspond — an original and its translation, or two translations —
// and scores such alignments against gold standards.
//
// # The problem
//
// A translator mostly renders one sentence by one sentence, but not
// always: a long sentence becomes two (a 1-2 bead), two short ones one
// (2-1), a sentence is left out (1-0) or a translator's note added (0-1).
// The order is almost always kept. An alignment is therefore a monotone
// sequence of beads, each pairing a few consecutive sentences of one
// edition with a few consecutive sentences of the other, and aligning is
// choosing, among all such sequences, the most plausible one. Dynamic
// programming over the grid of (sentences of a consumed, sentences of b
// consumed) finds it exactly, given a cost for each bead (cost.go).
//
// # The evidence
//
// Without a dictionary, a machine translation or a network, an aligner
// still sees four things:
//
//   - Lengths. A translation's length is nearly proportional to its
//     original's (Gale and Church, 1993), with a spread that grows with
//     the length. The ratio is estimated from the two texts themselves.
//   - What translators copy. Numbers ("8848", "1.500" = "1,500"), dates
//     ("25. Oktober" = "25 octobre"), names, transliterated or not
//     ("Trotzki" = "Trotsky"), footnote markers, question marks, and words
//     shared or cognate across the languages ("Expedition",
//     "expédition"). Package editions/anchors finds them; features.go
//     turns them into weighted bags, rarer features weighing more.
//   - What the two texts teach about each other. A first alignment from
//     the two kinds of evidence above is mostly right, and across its
//     matched pairs "Gipfel" keeps meeting "sommet". learn.go links such
//     word pairs and a second alignment uses them. The omission
//     decision, which must see what a free translation renders of each
//     sentence, learns them from a text of a thousand matches or more by
//     IBM Model 1 (model1.go), which may link a word to several.
//   - How sentences end. A translator keeps a full stop a full stop and
//     a colon, or a phrase cut off, a weak end; a bead boundary where
//     one edition ends a sentence and the other only pauses is likely
//     misplaced, by as much as the first alignment shows (ends.go).
//
// Given bilingual dictionaries (Options.Dictionaries, read by package
// dict), the aligner knows such pairs from the start: dictionary.go
// links a lemma's inflected forms on both sides (and the compounds made
// of them), choosing among a headword's translations the one found at
// the same places as it, as features of the first pass, and drops
// before the second the links the first pass's matches belie.
//
// # The search
//
// The dynamic programme keeps, in each cell, the cheapest path by the
// kind of its last beads: a match; a run of 1-0 or of 0-1 beads, each
// sentence charged as a rare event (a sentence left out, a note added);
// or a passage, a run of at least three such sentences charged as one
// event, an opening price and a little for each sentence (runCost in
// cost.go). A translation that lacks a whole chapter, or an edition with
// a preface the other has not, lacks it in one decision of a translator
// or an editor; charged sentence by sentence, a missing chapter cost the
// path more than drifting past it, pairing the sentences after the gap
// with the wrong ones and merging them for dozens of rows until it had
// caught up. With passages, the chapter is left unaligned, its sentences
// in Deleted rows, and the rows after it are right again at once (go run
// ./bench/textberg -gaps test measures it).
//
// The full grid is quadratic: a book of 10,000 sentences a side has 10⁸
// cells. But the path stays near the line from the start to the end of
// both texts, so the search (search.go) visits only a band of cells
// around a guide drawn through sentence pairs that share a feature found
// nowhere else (guide.go), the cells within w sentences of it along
// both texts (40 at first), and widens the band only if the best path
// runs along its edge and is not yet found no better than chance
// (chance.go): texts that do not correspond offer no evidence a wider
// band would find. Time and memory are linear in the length of the
// texts for a fixed band width; 100,000 sentences a side align in about
// 12 seconds on one core, in under 1 GB.
//
// # Omissions
//
// The search takes an omission for rare and lengths loosely, so that it
// merges a sentence a translation leaves out with its neighbour when the
// neighbour's translation is long enough for both; and where it does
// leave a sentence unmatched beside a match, that is often a coin toss.
// So after the search the aligner decides, with what the first
// alignment teaches about this translator — the spread of its lengths,
// the word pairs of the two texts, how much of a sentence its own
// translation visibly shows, how often it merges and omits — which
// sentences are left out and which merged (omissions.go). Every view,
// and the coverage check, shows the rows so decided.
//
// # The results
//
// An Alignment holds N editions and rows of sentence indices, each with
// a kind (Match, Deleted, Inserted) and a score, the probability that
// the row is right (calibrate.go); every sentence of every edition is
// in exactly one row, in order. Align, the
// one entry point, makes them (Options: mode, base edition, version
// options, pins); Beads and ReadBeads convert to and from the
// "[src ids]:[tgt ids]" bead format of the evaluation literature, and
// Score computes the strict and lax precision, recall and F1 that every
// published number on the Text+Berg benchmark uses.
package align
