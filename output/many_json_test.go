package output

import (
	"bytes"
	"testing"

	"github.com/synoptic-text/synoptic/align"
	"github.com/synoptic-text/synoptic/editions"
)

// TestManyEditionsJSONRoundTrip: an alignment of three editions, with the
// word diffs of its two versions, survives JSON unchanged.
func TestManyEditionsJSONRoundTrip(t *testing.T) {
	var eds []*editions.Edition
	for _, name := range []string{"greve.fr.txt", "greve.1972.en.txt", "greve.2016.en.txt"} {
		eds = append(eds, readSample(t, name))
	}
	al, _ := align.Align(eds, align.Options{Mode: align.AutoMode})
	var first, second bytes.Buffer
	if err := WriteAlignmentJSON(&first, al); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(first.Bytes(), []byte(`"diffs":[{"from":1,"to":2,"ops":`)) {
		t.Fatalf("no diffs between the English editions in %s", first.String())
	}
	back, err := ReadAlignmentJSON(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteAlignmentJSON(&second, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("JSON → alignment → JSON changed the document")
	}
}
