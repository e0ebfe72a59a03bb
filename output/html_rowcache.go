package output

// The views of rows kept between drawings of a page whose alignment
// changes by small edits (synoptic review).
//
// Gathering the view data of the parallel edition means finding the
// anchors of every sentence and comparing them across every row: on a
// novel (Verne's Tour du monde and its translation, 3,600 rows) about
// half a second of processor time, most of what serving the review page
// cost. An edit changes a few rows, and a row's view depends on the row
// alone (rowView); the cache keeps each row's view by the row's content,
// so that the page drawn after an edit gathers only the rows the edit
// made.

import (
	"encoding/binary"
	"sync"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// A rowCache keeps the views of rows by their content (rowKey), for one
// set of editions and one way of showing them (versions or not); nil
// keeps nothing.
type rowCache struct {
	mu       sync.Mutex
	eds      []*editions.Edition
	versions bool
	pairwise bool
	views    map[string]*rowView
}

// gather adds the view of every row of vb's alignment to vb, from the
// cache where it has the row. The cache then keeps only these rows: the
// rows of the alignment as it now is.
func (c *rowCache) gather(vb *viewBuilder) {
	if c == nil {
		var rv rowView // added, then reused
		for r := range vb.a.Rows {
			vb.fillRowView(&rv, r)
			vb.add(&rv)
		}
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.fit(vb)
	views := make(map[string]*rowView, len(vb.a.Rows))
	for r, row := range vb.a.Rows {
		key := rowKey(row)
		rv := c.views[key]
		if rv == nil {
			rv = vb.rowView(r)
		}
		views[key] = rv
		vb.add(rv)
	}
	c.views = views
}

// fit empties the cache unless it holds views of vb's editions, shown
// as vb shows them.
func (c *rowCache) fit(vb *viewBuilder) {
	same := len(c.eds) == len(vb.a.Editions) && c.versions == vb.versions && c.pairwise == vb.a.Pairwise()
	for e := 0; same && e < len(c.eds); e++ {
		same = c.eds[e] == vb.a.Editions[e]
	}
	if !same {
		c.eds = append([]*editions.Edition(nil), vb.a.Editions...)
		c.versions, c.pairwise = vb.versions, vb.a.Pairwise()
		c.views = nil
	}
}

// rowKey is what a row's view depends on, as a string: its kind, cells
// and word diffs (not its score, status or peer).
func rowKey(row align.Row) string {
	b := make([]byte, 0, 16)
	b = append(b, byte(row.Kind))
	for _, cell := range row.Cells {
		b = binary.AppendUvarint(b, uint64(len(cell)))
		for _, s := range cell {
			b = binary.AppendUvarint(b, uint64(s))
		}
	}
	for _, d := range row.Diffs {
		b = binary.AppendUvarint(b, uint64(d.From))
		b = binary.AppendUvarint(b, uint64(d.To))
		b = binary.AppendUvarint(b, uint64(len(d.Ops)))
		for _, op := range d.Ops {
			b = append(b, byte(op.Kind))
			b = binary.AppendUvarint(b, uint64(len(op.Type)))
			b = append(b, op.Type...)
			b = binary.AppendUvarint(b, uint64(len(op.Text)))
			b = append(b, op.Text...)
		}
	}
	return string(b)
}
