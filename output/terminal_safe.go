package output

import "io"

// terminalSafe returns a writer that passes to w what a view writes for a
// terminal but the control characters in it: an edition's text may hold
// an escape sequence (an OSC that retitles the window, a CSI that clears
// the screen or moves the cursor), a BEL or a C1 control (U+009B is a CSI
// to some terminals), which would drive the terminal it is shown on. They
// are left out: the view counts them no columns (runeWidth), so that the
// columns stay as laid out; a tab, CR, VT or FF is a space. Line breaks
// pass; so do SGR sequences (ESC [ digits and ; m), the view's colours,
// when sgr is set. The data formats (lines, JSON, the exchange formats)
// keep the text as it is.
func terminalSafe(w io.Writer, sgr bool) io.Writer {
	return &safeWriter{w: w, sgr: sgr}
}

type safeWriter struct {
	w   io.Writer
	sgr bool
	// pending is the end of the last write that may begin an SGR
	// sequence or a C1 control, whose rest the next write holds.
	pending []byte
	out     []byte
}

// maxSGR bounds the SGR sequences passed: the view's are under 16 bytes.
const maxSGR = 32

func (s *safeWriter) Write(p []byte) (int, error) {
	buf := p
	if len(s.pending) > 0 {
		buf = append(s.pending, p...)
		s.pending = nil
	}
	out := s.out[:0]
	for i := 0; i < len(buf); {
		c := buf[i]
		switch {
		case c == 0x1b:
			n, complete := sgrLen(buf[i:])
			if !complete {
				s.pending = append([]byte(nil), buf[i:]...)
				i = len(buf)
				continue
			}
			if n > 0 && s.sgr {
				out = append(out, buf[i:i+n]...)
				i += n
				continue
			}
			i++ // the ESC is left out; what follows it is text
		case c == '\n':
			out = append(out, c)
			i++
		case c == '\t' || c == '\r' || c == '\v' || c == '\f':
			// White space of a text read back from JSON (the reader
			// folds it): a tab would jump to a tab stop, a CR write
			// over the line.
			out = append(out, ' ')
			i++
		case c < 0x20 || c == 0x7f:
			i++
		case c == 0xc2: // U+0080 to U+00BF: C1 controls up to U+009F
			if i+1 == len(buf) {
				s.pending = []byte{c}
				i++
				continue
			}
			if d := buf[i+1]; d >= 0x80 && d <= 0x9f {
				i += 2
				continue
			}
			out = append(out, c)
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	s.out = out
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// sgrLen returns the length of the SGR sequence b begins with (b[0] is
// ESC), 0 when it is none, and whether b holds enough to tell.
func sgrLen(b []byte) (n int, complete bool) {
	if len(b) < 2 {
		return 0, false
	}
	if b[1] != '[' {
		return 0, true
	}
	for j := 2; j < len(b) && j < maxSGR; j++ {
		switch c := b[j]; {
		case c == 'm':
			return j + 1, true
		case c != ';' && (c < '0' || c > '9'):
			return 0, true
		}
	}
	return 0, len(b) >= maxSGR
}
