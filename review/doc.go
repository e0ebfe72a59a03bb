// Package review serves an alignment for correction in a browser
// (synoptic review): a local HTTP server that holds the alignment, applies
// a person's edits to it (merge, split, shift, confirm, undo, redo, and
// realign around the confirmed rows), and saves every change at once.
//
// # One writer
//
// The server holds the one copy of the alignment (a Session); every
// request that reads or changes it takes the session's lock, so two tabs,
// or a tab and a script, see the same state and never lose each other's
// changes. A batch of edits is applied to a copy and becomes the state
// only once all of it applied and the file is written (atomically,
// through internal/atomicfile): a client is told of a change only once it
// is on disk, and a batch with one edit that does not apply, or a disk
// that fails, leaves both the state and the file as they were.
//
// # Undo
//
// The edits of align (edit.go) never write into the rows they replace,
// so the history keeps, for each change, only the stretch of rows it
// replaced and the stretch that replaced it (a splice, history.go):
// a merge on a novel of 3,600 rows costs two rows of history, not 3,600.
//
// # Changes shown in place
//
// The page does not load again after a change: the server answers it
// with the rows that changed (Result's splice, drawn by
// output.ReviewPage.WriteChange, which keeps the view of every row it
// drew so that an answer costs the rows the change made), and the page
// redraws those rows and numbers the rows after them again. Realign
// aligns again only the stretches a person changed (realign.go).
//
// # Security
//
// A server on the user's machine is reachable by every page the user's
// browser opens and every process on the machine. server.go says how
// each is kept out: the address (127.0.0.1 only), a secret token in every
// request, the Host header (against DNS rebinding), the Origin of
// changes (against other sites), and a page that serves nothing but
// itself, under the export's Content-Security-Policy.
package review
