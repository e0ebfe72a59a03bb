package output

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// The alignment's JSON read back: what it was written from, and where it
// is not one.

func TestJSONRoundTrip(t *testing.T) {
	for name, a := range fixtures() {
		out := write(t, a, "json")
		if !strings.HasPrefix(out, `{"schema_version":1,`) {
			t.Errorf("%s: JSON should open with its schema version: %.40s", name, out)
		}
		back, err := ReadAlignmentJSON(strings.NewReader(out))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if again := write(t, back, "json"); again != out {
			t.Errorf("%s: JSON written, read and written again differs:\n%s\nwant:\n%s", name, again, out)
		}
		// What the JSON holds comes back as it was.
		for e, ed := range a.Editions {
			got := back.Editions[e]
			if got.ID != ed.ID || got.Lang != ed.Lang || got.Path != ed.Path || len(got.Sentences) != len(ed.Sentences) {
				t.Fatalf("%s: edition %d: %+v", name, e, got)
			}
			for i, s := range ed.Sentences {
				g := got.Sentences[i]
				if g.Text != s.Text || g.Start != s.Start || g.End != s.End || g.Paragraph != s.Paragraph || g.Index != s.Index {
					t.Errorf("%s: edition %d sentence %d: %+v, want %+v", name, e, i, g, s)
				}
			}
		}
		for r, row := range a.Rows {
			got := back.Rows[r]
			if got.Kind != row.Kind || got.Score != Round4(row.Score) || !reflect.DeepEqual(got.Diffs, row.Diffs) ||
				(row.Kind == align.Moved && got.Peer != row.Peer) {
				t.Errorf("%s: row %d: %+v, want %+v", name, r, got, row)
			}
		}
	}
}

func TestReadAlignmentJSONErrors(t *testing.T) {
	good := write(t, sample(), "json")
	for _, tc := range []struct{ name, doc, want string }{
		{"newer", strings.Replace(good, `"schema_version":1`, `"schema_version":2`, 1), "newer synoptic"},
		{"kind", strings.Replace(good, `"kind":"inserted"`, `"kind":"sideways"`, 1), `unknown kind "sideways"`},
		{"missing sentence", strings.Replace(good, `"cells":[[],[4]]`, `"cells":[[],[]]`, 1), "row 3 is empty"},
		{"out of order", strings.Replace(good, `"cells":[[2],[3]]`, `"cells":[[2],[4]]`, 1), "want 3"},
		{"not JSON", "editions:", "alignment JSON"},
		{"language", strings.Replace(good, `"lang":"fr"`, `"lang":"x"`, 1), `language "x"`},
	} {
		if _, err := ReadAlignmentJSON(strings.NewReader(tc.doc)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
	// A JSON written before schema_version existed reads as version 1.
	old := strings.Replace(good, `"schema_version":1,`, "", 1)
	if _, err := ReadAlignmentJSON(strings.NewReader(old)); err != nil {
		t.Errorf("JSON without schema_version: %v", err)
	}
}

// An alignment JSON that cannot be read says where: the line and byte of
// a syntax error or of a value of the wrong type (in the model's terms,
// not Go's), and of anything after the alignment, which is not dropped
// unread (review would save the file without it). A byte-order mark, as
// some Windows editors write, is no error.
func TestReadAlignmentJSONWhere(t *testing.T) {
	good := write(t, sample(), "json")
	lines := strings.Replace(good, `"rows":`, "\n\n\"rows\":", 1) // rows on line 3
	for _, tc := range []struct {
		name, doc  string
		line, byte int
		say        string
	}{
		{"syntax", strings.Replace(lines, `"rows":[{`, `"rows":[}`, 1), 3, strings.Index(lines, `"rows":[{`) + 8, "invalid character '}'"},
		{"type", strings.Replace(lines, `"cells":[[0],[0]]`, `"cells":"0"`, 1), 3, -1, `rows.cells: a string where a list is wanted`},
		{"trailing", good + "\n" + good, strings.Count(good, "\n") + 2, len(good) + 1, "more follows the end of the alignment"},
		{"truncated", good[:len(good)/2], 1, -1, "ends before the alignment does"},
		{"empty", "", 0, -1, "empty"},
	} {
		_, err := ReadAlignmentJSON(strings.NewReader(tc.doc))
		var ie *editions.InputError
		if !errors.As(err, &ie) {
			t.Errorf("%s: error %v, want an InputError", tc.name, err)
			continue
		}
		if ie.Line != tc.line || tc.byte >= 0 && ie.Offset != tc.byte || !strings.Contains(ie.Msg, tc.say) || strings.Contains(ie.Msg, "Go ") {
			t.Errorf("%s: %v (line %d, byte %d), want line %d, byte %d, saying %q", tc.name, err, ie.Line, ie.Offset, tc.line, tc.byte, tc.say)
		}
	}
	bom, err := ReadAlignmentJSON(strings.NewReader("\uFEFF" + good))
	if err != nil {
		t.Fatalf("with a byte-order mark: %v", err)
	}
	if got := write(t, bom, "json"); got != good {
		t.Error("with a byte-order mark: not the same alignment")
	}
}
