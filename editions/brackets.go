package editions

// Brackets and list enumerators: the ( and [ that close near enough for a
// sentence to stay inside them, and the "1.", "IV.", "a)" that open a list item.

import (
	"sort"
	"strings"
)

// matchBrackets returns the offsets, in increasing order, of the ( and [
// in text that are closed within a reasonable distance. Unclosed brackets
// are left out so that a stray one cannot swallow a paragraph.
func matchBrackets(text string) *openers {
	var sg segmenter
	return sg.matchBrackets(text)
}

func (sg *segmenter) matchBrackets(text string) *openers {
	// maxInside is the reasonable distance, in bytes: chosen by hand with
	// the first segmenter (commit 45aec71), not measured.
	const maxInside = 2000
	o := &sg.brackets
	o.at, o.next = o.at[:0], 0
	first := strings.IndexAny(text, "([")
	if first < 0 {
		return o
	}
	// One stack per kind of bracket, so that "(" and "]" never search
	// each other's openers. A closer before the first opener closes
	// nothing: start there.
	parens, squares := sg.parens[:0], sg.squares[:0]
	for i := first; i < len(text); i++ {
		var stack *[]int
		switch text[i] {
		case '(':
			parens = append(parens, i)
			continue
		case '[':
			squares = append(squares, i)
			continue
		case ')':
			stack = &parens
		case ']':
			stack = &squares
		default:
			continue
		}
		if n := len(*stack); n > 0 {
			open := (*stack)[n-1]
			*stack = (*stack)[:n-1]
			if i-open <= maxInside {
				o.at = append(o.at, open)
			}
		}
	}
	sg.parens, sg.squares = parens[:0], squares[:0]
	sort.Ints(o.at)
	return o
}

// openers is the ordered set of bracket openers that close; has is asked
// about increasing offsets, so it walks the set once.
type openers struct {
	at   []int
	next int
}

func (o *openers) has(i int) bool {
	for o.next < len(o.at) && o.at[o.next] < i {
		o.next++
	}
	return o.next < len(o.at) && o.at[o.next] == i
}

// maxEnumerator is the longest list enumerator, in bytes before its
// mark, that enumeratorEnd reads: chosen by hand with the first
// segmenter (commit 45aec71), not measured.
const maxEnumerator = 6

// inlineEnumerator reports whether the full stop text[termStart:termEnd]
// ends the enumerator of an item of a list run into a paragraph: one
// that opens the sentence begun at lastCut ("… production. 2.
// Requisition of factories …") or follows a colon ("The demands were:
// 1. The immediate …"). The item's text is its sentence; before this, a
// sentence "2." stood before each.
func inlineEnumerator(text string, lastCut, termStart, termEnd int) bool {
	if termEnd != termStart+1 || text[termStart] != '.' {
		return false
	}
	start := termStart
	for start > lastCut && start-termStart < maxEnumerator {
		if b := text[start-1]; b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' {
			start--
			continue
		}
		break
	}
	if start == termStart || enumeratorEnd(text[start:]) != termEnd-start {
		return false
	}
	before := strings.TrimRight(text[lastCut:start], " \t")
	return before == "" || strings.HasSuffix(before, ":")
}

// enumeratorEnd returns the end of the list enumerator that opens text
// ("1.", "IV.", "a)", "§ 3."), or 0.
func enumeratorEnd(text string) int {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	start := i
	for i < len(text) && i-start < maxEnumerator {
		b := text[i]
		if b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' {
			i++
			continue
		}
		break
	}
	w := text[start:i]
	if w == "" || !(isDigits(w) || isRoman(w) || len(w) == 1) {
		return 0
	}
	if i < len(text) && (text[i] == '.' || text[i] == ')') && i+1 < len(text) && text[i+1] == ' ' {
		return i + 1
	}
	return 0
}
