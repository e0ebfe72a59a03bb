// Coverage counts: of the whole text and of each section under a heading.

package align

import (
	"strings"

	"github.com/synoptic-text/synoptic/editions"
)

// counts computes the coverage of the whole text and of each section.
func (c *coverer) counts() {
	accepted := c.acceptedSentences()
	words := make([]int, len(c.src.Sentences))
	for i, s := range c.src.Sentences {
		words[i] = countWords(s.Text)
	}
	isCovered := func(s int) bool { return c.covered[s] }
	effective := func(s int) bool { return c.covered[s] || accepted[s] }

	starts, joins := c.sectionHeadings()
	var sec *SectionCoverage
	for i, p := range c.src.Paragraphs {
		k := paragraphCounts(p, words, isCovered)
		c.rep.Total.add(k)
		c.rep.Effective.add(paragraphCounts(p, words, effective))
		switch {
		case joins[i] && sec != nil:
			sec.Title += " — " + c.paragraphText(p)
		case starts[i] || sec == nil:
			c.rep.Sections = append(c.rep.Sections, SectionCoverage{First: i, Start: int(p.Start)})
			sec = &c.rep.Sections[len(c.rep.Sections)-1]
			if p.Kind == editions.Heading {
				sec.Title = c.paragraphText(p)
			}
		}
		sec.Limit, sec.End = i+1, int(p.End)
		sec.Counts.add(k)
	}
}

// acceptedSentences marks the source sentences of the omissions a
// reviewer has accepted, which count as covered in Effective.
func (c *coverer) acceptedSentences() []bool {
	accepted := make([]bool, len(c.src.Sentences))
	for _, f := range c.rep.Omissions {
		if f.Accepted && f.Kind == Omitted {
			for _, s := range f.Sentences {
				accepted[s] = true
			}
		}
	}
	return accepted
}

// paragraphCounts counts the sentences and words of paragraph p (words
// holds each sentence's) and those of them covered (cov). The paragraph
// counts as covered when at least half its words are: a paragraph of
// which one sentence survives is not translated. A paragraph without a
// word ("* * *", "---") counts by its sentences: by its words, none of
// which is missing, it was covered with nothing of it translated, and
// Verne's French novel against the book of Genesis, found unrelated and
// 0 of its 4,396 sentences covered, had 1 of its 2,102 paragraphs
// covered.
func paragraphCounts(p editions.Paragraph, words []int, cov func(int) bool) CoverageCounts {
	var k CoverageCounts
	for s := int(p.First); s < int(p.Limit); s++ {
		k.Sentences.Total++
		k.Words.Total += words[s]
		if cov(s) {
			k.Sentences.Covered++
			k.Words.Covered += words[s]
		}
	}
	if k.Sentences.Total > 0 {
		k.Paragraphs.Total = 1
		half := 2*k.Words.Covered >= k.Words.Total
		if k.Words.Total == 0 {
			half = 2*k.Sentences.Covered >= k.Sentences.Total
		}
		if half {
			k.Paragraphs.Covered = 1
		}
	}
	return k
}

// sectionHeadings says which heading paragraphs start a section and which
// add to the title of the section the heading before them started. One
// or two headings in a row make one title ("I — In which Phileas Fogg
// …"). A longer run is a table of contents, or a part's title before a
// chapter's: its first heading starts a section that holds the rest of
// the run, and its last heading (with the one before when that one is
// short, a chapter number) starts the section of the text that follows,
// so that a chapter is not titled by the contents listed before it.
func (c *coverer) sectionHeadings() (starts, joins []bool) {
	ps := c.src.Paragraphs
	starts, joins = make([]bool, len(ps)), make([]bool, len(ps))
	// A heading of three words or fewer ("Chapter II", "II.") names a
	// chapter by number (chosen by hand, commit 112003f).
	short := func(p editions.Paragraph) bool {
		return len(strings.Fields(c.paragraphText(p))) <= 3
	}
	for i := 0; i < len(ps); {
		if ps[i].Kind != editions.Heading {
			i++
			continue
		}
		j := i
		for j < len(ps) && ps[j].Kind == editions.Heading {
			j++
		}
		starts[i] = true
		last := i
		if j-i > 2 {
			last = j - 1
			if short(ps[j-2]) {
				last = j - 2
			}
			starts[last] = true
		}
		for k := last + 1; k < j; k++ {
			joins[k] = true
		}
		i = j
	}
	return starts, joins
}

func (k *CoverageCounts) add(o CoverageCounts) {
	k.Sentences.Covered += o.Sentences.Covered
	k.Sentences.Total += o.Sentences.Total
	k.Words.Covered += o.Words.Covered
	k.Words.Total += o.Words.Total
	k.Paragraphs.Covered += o.Paragraphs.Covered
	k.Paragraphs.Total += o.Paragraphs.Total
}

// paragraphText is the text of paragraph p of the source, its sentences
// joined as a row shows them (editions.Edition.Joined).
func (c *coverer) paragraphText(p editions.Paragraph) string {
	ids := make([]int, 0, p.Limit-p.First)
	for s := p.First; s < p.Limit; s++ {
		ids = append(ids, int(s))
	}
	return c.src.Joined(ids)
}
