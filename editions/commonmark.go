package editions

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// CommonMark basics, beside the Markdown-lite of splitParagraphs: where
// Markdown-lite keeps the file's characters (emphasis marks included),
// this reader keeps what the Markdown shows. Blocks: ATX and setext
// headings, paragraphs, block quotations (nested or not), bullet and
// ordered list items, fenced code (left out: it is not prose), thematic
// breaks, footnote definitions [^n]: and link reference definitions
// (left out). Inline: emphasis and strong marks, code spans, links and
// autolinks (their text kept, their destination not), images (left out),
// inline HTML tags (left out), entities and backslash escapes, hard line
// breaks, footnote references [^n] (markers).

var (
	cmATX         = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$`)
	cmSetext      = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	cmBreak       = regexp.MustCompile(`^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$`)
	cmFence       = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	cmBullet      = regexp.MustCompile(`^ {0,3}([-+*]|\d{1,9}[.)])([ \t]+|$)`)
	cmNoteDef     = regexp.MustCompile(`^ {0,3}\[\^([^\]\s]{1,20})\]:[ \t]*`)
	cmRefDef      = regexp.MustCompile(`^ {0,3}\[[^\]^][^\]]*\]:\s*\S+`)
	cmLooksSetext = regexp.MustCompile(`(?m)^[^\s#>].*\n {0,3}(=+|-+)[ \t]*$`)
)

// looksCommonMark reports Markdown that needs more than Markdown-lite:
// links, fenced code, setext headings.
func looksCommonMark(head []byte) bool {
	s := string(head)
	return strings.Contains(s, "](") || strings.Contains(s, "\n```") || strings.HasPrefix(s, "```") ||
		strings.Contains(s, "\n~~~") || cmLooksSetext.MatchString(s)
}

type cmBlock struct {
	kind  Kind
	level int
	label string
	lines []string
}

func readCommonMark(text string) *document {
	d := newDocument()
	var cur *cmBlock
	flush := func() {
		if cur == nil {
			return
		}
		if cur.kind == NoteKind {
			d.pushNote(cur.label)
		} else {
			d.push(cur.kind, cur.level)
		}
		for i, ln := range cur.lines {
			if i > 0 {
				d.space()
			}
			if strings.HasSuffix(ln, "  ") || strings.HasSuffix(ln, "\\") {
				cmInline(d, strings.TrimRight(strings.TrimSuffix(ln, "\\"), " "))
				d.newline()
				continue
			}
			cmInline(d, ln)
		}
		d.pop()
		cur = nil
	}
	fence := ""
	quoteLevel := 0
	for _, ln := range splitLines(text, 0, len(text)) {
		s := text[ln.start:ln.end]
		if fence != "" {
			if strings.HasPrefix(strings.TrimLeft(s, " "), fence) {
				fence = ""
			}
			continue
		}
		// Block quotation marks.
		q := 0
		for {
			t := strings.TrimLeft(s, " ")
			if len(s)-len(t) > 3 || !strings.HasPrefix(t, ">") {
				break
			}
			s = strings.TrimPrefix(t[1:], " ")
			q++
		}
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		if q != quoteLevel && !(q == 0 && cur != nil && cur.kind == Quotation) {
			flush()
		}
		if q > 0 || cur == nil {
			quoteLevel = q
		}
		kind := Text
		if quoteLevel > 0 {
			kind = Quotation
		}
		switch {
		case cmFence.MatchString(s):
			flush()
			m := cmFence.FindStringSubmatch(s)
			fence = m[1]
			continue
		case cmATX.MatchString(s):
			flush()
			m := cmATX.FindStringSubmatch(s)
			cur = &cmBlock{kind: Heading, level: len(m[1]), lines: []string{m[2]}}
			flush()
			continue
		case cur != nil && cur.kind != Heading && cur.kind != NoteKind && cmSetext.MatchString(s) && q == 0:
			cur.kind, cur.level = Heading, 1
			if strings.Contains(s, "-") {
				cur.level = 2
			}
			flush()
			continue
		case cmBreak.MatchString(s):
			flush()
			continue
		case cmNoteDef.MatchString(s):
			flush()
			m := cmNoteDef.FindStringSubmatch(s)
			cur = &cmBlock{kind: NoteKind, label: m[1], lines: []string{s[len(m[0]):]}}
			continue
		case cmBullet.MatchString(s):
			flush()
			m := cmBullet.FindString(s)
			cur = &cmBlock{kind: ListItem, lines: []string{s[len(m):]}}
			if quoteLevel > 0 {
				cur.kind = Quotation
			}
			continue
		case cur == nil && cmRefDef.MatchString(s):
			continue
		}
		if cur == nil {
			cur = &cmBlock{kind: kind}
		}
		cur.lines = append(cur.lines, strings.TrimSpace(s))
	}
	flush()
	return d
}

// cmInline writes a line of inline CommonMark as the reader sees it.
func cmInline(d *document, s string) {
	cmSpan(d, s, cmBrackets(s), 0, len(s), true)
}

// cmBrackets returns, for each '[' of s, the index of the ']' that closes
// it, or -1: found in one pass, so that a line of a million brackets is
// read in linear time.
func cmBrackets(s string) []int32 {
	if strings.IndexByte(s, '[') < 0 {
		return nil
	}
	closeAt := make([]int32, len(s))
	var open []int32
	for i := 0; i < len(s); i++ {
		closeAt[i] = -1
		switch s[i] {
		case '\\':
			if i+1 < len(s) {
				i++
				closeAt[i] = -1
			}
		case '[':
			open = append(open, int32(i))
		case ']':
			if n := len(open); n > 0 {
				closeAt[open[n-1]] = int32(i)
				open = open[:n-1]
			}
		}
	}
	return closeAt
}

// cmSpan writes s[lo:hi]; links says whether links are read there (not
// inside the text of a link).
func cmSpan(d *document, s string, closeAt []int32, lo, hi int, links bool) {
	var plain strings.Builder
	out := func() {
		if plain.Len() > 0 {
			d.write(html.UnescapeString(plain.String()))
			plain.Reset()
		}
	}
	for i := lo; i < hi; {
		c := s[i]
		switch {
		case c == '\\' && i+1 < hi && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0:
			plain.WriteByte(s[i+1])
			i += 2
			continue
		case c == '`':
			n := 0
			for i+n < hi && s[i+n] == '`' {
				n++
			}
			ticks := s[i : i+n]
			if end := strings.Index(window(s[:hi], i+n), ticks); end >= 0 {
				plain.WriteString(s[i+n : i+n+end])
				i += n + end + n
				continue
			}
			plain.WriteString(ticks)
			i += n
			continue
		case c == '*' || c == '_':
			n := 0
			for i+n < hi && s[i+n] == c {
				n++
			}
			before := i == 0 || s[i-1] == ' '
			after := i+n >= len(s) || s[i+n] == ' '
			intraword := c == '_' && !before && !after
			if (before && after) || intraword {
				plain.WriteString(s[i : i+n])
			}
			i += n
			continue
		case c == '[' && strings.HasPrefix(s[i:hi], "[^"):
			if end := strings.IndexByte(window(s[:hi], i), ']'); end > 2 && !strings.ContainsAny(s[i+2:i+end], " \t[") {
				out()
				d.marker(s[i+2 : i+end])
				i += end + 1
				continue
			}
		case c == '!' && links && i+1 < hi && s[i+1] == '[':
			if _, _, next, ok := cmLink(s, closeAt, i+1, hi); ok {
				i = next // an image: not text
				continue
			}
		case c == '[' && links:
			if from, to, next, ok := cmLink(s, closeAt, i, hi); ok {
				out()
				d.links++
				cmSpan(d, s, closeAt, from, to, false)
				d.links--
				i = next
				continue
			}
		case c == '<':
			if end := strings.IndexByte(window(s[:hi], i), '>'); end > 0 {
				inner := s[i+1 : i+end]
				if strings.Contains(inner, "://") || strings.Contains(inner, "@") && !strings.Contains(inner, " ") {
					plain.WriteString(inner) // an autolink
					i += end + 1
					continue
				}
				if cmTag.MatchString(s[i : i+end+1]) {
					i += end + 1 // inline HTML
					continue
				}
			}
		}
		plain.WriteByte(c)
		i++
	}
	out()
}

var cmTag = regexp.MustCompile(`^</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>$`)

// cmLink reads a link [text](destination) or [text][ref] at s[i]: where
// its text is and where the link ends.
func cmLink(s string, closeAt []int32, i, hi int) (from, to, next int, ok bool) {
	if closeAt == nil || closeAt[i] < 0 || int(closeAt[i]) >= hi {
		return 0, 0, 0, false
	}
	j := int(closeAt[i])
	if j+1 < hi && (s[j+1] == '(' || s[j+1] == '[') {
		closer := byte(')')
		if s[j+1] == '[' {
			closer = ']'
		}
		if end := strings.IndexByte(window(s[:hi], j+1), closer); end > 0 {
			return i + 1, j, j + 1 + end + 1, true
		}
	}
	return 0, 0, 0, false
}

// maxInlineSpan bounds how far a link, code span or tag is looked for,
// so that a line of a million brackets is read in linear time.
const maxInlineSpan = 4096

func window(s string, i int) string { return s[i:min(len(s), i+maxInlineSpan)] }
