// Dot leaders: the run of full stops that leads the eye from an entry to
// its number in a table of contents, a price list or an itinerary
// ("From Suez to Bombay, by steamer .......... 13 days").

package editions

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minLeaderDots is the fewest full stops a leader has: more than the
// three of an ellipsis, and than the four of an ellipsis closing a
// sentence ("…at an end...."), which comes before a word, not a number.
// The leaders of the evaluation texts have 5 to 44 (Verne's itinerary in
// the Gutenberg English, en.pg103.txt).
const minLeaderDots = 5

// leaderDots returns how many full stops end s[:end] as a leader: a run
// of them ("……" counts three each), or of them set one space apart
// (". . . . .", as a typesetter's \dotfill and pdftotext write them).
func leaderDots(s string, end int) int {
	dots := 0
	spaced := false // a space after the last dot counted
	for end > 0 {
		c, n := utf8.DecodeLastRuneInString(s[:end])
		switch {
		case c == '.':
			dots++
			spaced = false
		case c == '…':
			dots += 3
			spaced = false
		case (c == ' ' || c == '\u00a0') && !spaced && dots > 0:
			spaced = true
		default:
			return dots
		}
		end -= n
	}
	return dots
}

// isLeader reports whether the terminators text[termStart:termEnd] end
// a leader: at least minLeaderDots full stops, solid or spaced, that a
// number follows on the same line after spaces. Such a run ends no
// sentence: "bread .......... 3 francs" is one. (Before this rule, every
// entry of Verne's itinerary lost its number to the next entry's
// sentence, and each number was reported changed: "13" against "3".)
func isLeader(text string, termStart, termEnd int) bool {
	if leaderDots(text, termEnd) < minLeaderDots {
		return false
	}
	rest := strings.TrimLeft(text[termEnd:], " \t\u00a0")
	c, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsDigit(c)
}

// maxLeaderValue is the most bytes of what follows a leader at the end
// of a line for the line to be an entry of a table: a page number, a
// price, "13 days", "80 days.”".
const maxLeaderValue = 24

// endsWithLeader reports whether line ends with a leader and its value
// (a short run of text that holds a digit): an entry of a table or of a
// table of contents, which ends there even when the lines around it are
// as long as the text's wrapped lines. Without it, Verne's itinerary (in
// the Gutenberg English, lines of 52 to 66 characters) read as one
// wrapped paragraph, its eight entries as a sentence.
func endsWithLeader(line string) bool {
	line = strings.TrimRightFunc(line, unicode.IsSpace)
	// The value: from the last leader dot on. A dot inside it ("80
	// days.”") is no leader: the leader is the last run of several.
	for end := len(line); end > 0; {
		i := strings.LastIndexAny(line[:end], ".…")
		if i < 0 {
			return false
		}
		value := strings.TrimLeft(line[i+1:], "…. \t\u00a0")
		if len(value) > maxLeaderValue {
			return false
		}
		if leaderDots(line, i+1) >= minLeaderDots {
			return value != "" && strings.ContainsFunc(value, unicode.IsDigit)
		}
		end = i
	}
	return false
}
