package editions

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// The blocks give, for every character of the planes where Unicode
// assigns any (0–3 and 14), the folding package cases gives and the NFC
// properties norm gives, and whether mapChars changes it as
// charMappings and the spaces say: the text read in any script
// normalizes as it did through those packages and tables.
func TestCharBlocksMatchCasesAndNorm(t *testing.T) {
	n := &normalizer{caser: cases.Fold()}
	bad := 0
	for r := rune(0x80); r <= utf8.MaxRune && bad < 10; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates: no text holds them
		}
		if r == 0x40000 {
			r = 0xE0000
		} else if r == 0xF0000 {
			break
		}
		s := string(r)
		b := blockOf(r)
		if got, want := b.fold[r&0xFF], n.caseFold(s); got != want {
			t.Errorf("fold of %U = %q; package cases gives %q", r, got, want)
			bad++
		}
		if got, want := isMappedRune(r), isMappedSlow(r); got != want {
			t.Errorf("isMappedRune(%U) = %v; want %v", r, got, want)
			bad++
		}
		if got, want := b.inert[r&0xFF], norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore(); got != want {
			t.Errorf("inert %U = %v; want %v", r, got, want)
			bad++
		}
	}
}

// Texts of several scripts, mixed with letters that fold to several
// (ß, ŉ, ﬀ), Cherokee (which caseFold folds to the capitals) and
// combining marks: appendFold gives caseFold's text, and isInertNFC
// claims NFC only of text in NFC.
func TestAppendFoldAndInertNFC(t *testing.T) {
	n := &normalizer{caser: cases.Fold()}
	for _, s := range []string{
		"나오미가 베들레헴으로 돌아오니라",
		"ܘܐܡܪ ܠܗܘܢ ܝܫܘܥ܀",
		"拿俄米說：「不要叫我拿俄米，要叫我瑪拉。」",
		"Trong đời các quan xét, Ê-li-mê-léc",
		"Και εν ταις ημέραις ΐ ΣΟΦΟΣ",
		"Straße ŉ ﬀ Ꭰ ꭰ ᏸ İ",
		"בְּרֵאשִׁית בָּרָא",
		"가\u11A8 e\u0301 J\u030C",
		"ABC \u00C5ngstr\u00F6m \u212B \uFB1D",
	} {
		if got, want := string(appendFold(nil, s)), n.caseFold(s); got != want {
			t.Errorf("appendFold(%q) = %q; caseFold gives %q", s, got, want)
		}
		if isInertNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Errorf("isInertNFC(%q) is true of a text not in NFC", s)
		}
	}
	if isInertNFC("가\u11A8") || isInertNFC("e\u0301") {
		t.Error("isInertNFC is true of a text whose characters combine")
	}
	if !isInertNFC("나오미가 ܘܐܡܪ 拿俄米") {
		t.Error("isInertNFC is false of hangul, Syriac and Han letters")
	}
}
