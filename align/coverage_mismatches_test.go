package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/synoptic-text/synoptic/bench/evaldata"
	"github.com/synoptic-text/synoptic/editions"
	"github.com/synoptic-text/synoptic/editions/anchors"
)

// TestMismatchesAsIfAllAnchorsHeld checks that mismatches, which holds a
// pair's anchors only while it compares it, reports what comparing each
// pair with every pair's anchors at hand reports, in the same order:
// names found once the kept names are known go after the pair's dates
// and before its note markers. Verne's novel (names, numbers, dates)
// and the Manifesto (renumbered notes) against their translations.
func TestMismatchesAsIfAllAnchorsHeld(t *testing.T) {
	for _, c := range []struct{ dir, src, srcLang, tgt, tgtLang string }{
		{"verne", "fr.pg800.txt", "fr", "en.pg103.txt", "en"},
		{"manifesto", "de.mew4-mlwerke.md", "de", "en.moore1888-mia.md", "en"},
	} {
		dir := evaldata.Dir(t, "eval", c.dir)
		src, err := editions.Read(dir+"/"+c.src, editions.Options{Lang: c.srcLang})
		if err != nil {
			t.Fatal(err)
		}
		tgt, err := editions.Read(dir+"/"+c.tgt, editions.Options{Lang: c.tgtLang})
		if err != nil {
			t.Fatal(err)
		}
		al := alignSentences(src, tgt)
		cov := &coverer{al: al, src: src, tgt: tgt, rep: &CoverageReport{}}
		cov.prepare()
		cov.mismatches()

		// The same, every pair's sides held at once.
		var rows []Row
		var sides [][2]pairSide
		counts := nameCounts{both: map[string]int{}, either: map[string]int{}}
		for _, row := range al.Rows {
			if row.Kind != Match || len(row.Cells) < 2 {
				continue
			}
			s, t := sideOf(src, row.Cells[0]), sideOf(tgt, row.Cells[1])
			counts.add(s, t)
			rows, sides = append(rows, row), append(sides, [2]pairSide{s, t})
		}
		shared := counts.sharedNames()
		var want []Mismatch
		names := 0
		for k, row := range rows {
			s, t := sides[k][0], sides[k][1]
			kept := shared
			if len(row.Cells[0]) != 1 || len(row.Cells[1]) != 1 || row.raw < minNameScore {
				kept = nil
			}
			for _, m := range anchors.Compare(s.Side, t.Side, kept) {
				want = append(want, cov.mismatch(row, m, s, t))
				if m.Kind == anchors.Name {
					names++
				}
			}
		}
		if c.dir == "verne" && names == 0 {
			t.Errorf("%s: no name mismatch to compare", c.dir)
		}
		if d := cmp.Diff(want, cov.rep.Mismatches); d != "" {
			t.Errorf("%s: mismatches differ from comparing with every pair's anchors held (-want +got):\n%s", c.dir, d)
		}
	}
}

// TestMismatchInTwoCalendars: a history of 1917 in French that dates
// the revolution in the Julian calendar, as Russia did, and a
// translation that gives the Gregorian: the date is reported, as a
// difference the reader must know of, and said to be one day in the two
// calendars; the day a translator got wrong is reported as ever.
func TestMismatchInTwoCalendars(t *testing.T) {
	fr := []string{
		"Le 24 octobre 1917, le comité militaire révolutionnaire occupa les gares de Pétrograd.",
		"Le 25 octobre 1917, les bolcheviks prirent le pouvoir.",
		"Le palais d'Hiver tomba dans la nuit du 25 au 26.",
		"Le 3 mars 1918, la paix fut signée à Brest-Litovsk.",
	}
	en := []string{
		"On 6 November 1917 the Military Revolutionary Committee occupied the railway stations of Petrograd.",
		"On 7 November 1917 the Bolsheviks took power.",
		"The Winter Palace fell during the night of the 25th to the 26th.",
		"On 4 March 1918 the peace was signed at Brest-Litovsk.",
	}
	src, tgt := lines(t, "chronique.fr.txt", "fr", fr), lines(t, "chronicle.en.txt", "en", en)
	al, _ := Align([]*editions.Edition{src, tgt}, Options{Mode: TranslationMode})
	got := map[string]anchors.Calendar{}
	for _, m := range Coverage(al, CoverageOptions{}).Mismatches {
		if m.Kind == DateMismatch {
			got[m.SourceValue+"/"+m.TargetValue] = m.Calendar
		}
	}
	want := map[string]anchors.Calendar{
		"24 octobre/6 November": anchors.JulianGregorian,
		"25 octobre/7 November": anchors.JulianGregorian,
		"3 mars/4 March":        anchors.OneCalendar,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("date mismatches and their calendars (-want +got):\n%s", diff)
	}
}
