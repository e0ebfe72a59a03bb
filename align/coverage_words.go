// The words of several languages that the coverage check reads: how
// translators sign their notes, and the titles a segmenter may take for
// a sentence's end.

package align

// noteCues are words by which translators and editors sign their notes,
// lower-cased: "Translator's note", "N.d.T.", "Anm. d. Übers.",
// "Прим. перев.".
var noteCues = []string{
	"translator's note", "translator’s note", "translator's remark", "— trans.", "—trans.", "[trans.", "(trans.", "— tr.", "[tr.", "(tr.", "ed.]", "trans.]", "tr.]",
	"note du traducteur", "n.d.t.", "n. d. t.", "ndt", "note de l'éditeur", "n.d.é.", "n.d.e.",
	"anm. d. übers", "anmerkung des übersetzers", "anm. d. red", "anm. d. hrsg", "d. übers.",
	"nota del traductor", "n. del t.", "nota del traduttore", "n.d.r.", "n.d.t",
	"прим. перев", "примечание переводчика", "прим. ред", "прим. пер.",
}

// slipTitles are the abbreviated titles after which a sentence cut by
// the segmenter is taken for a segmentation slip (segmentationSlip), in
// English, French, German and Spanish.
var slipTitles = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "St.": true, "M.": true, "Mme.": true,
	"Mlle.": true, "Hr.": true, "Fr.": true, "Sr.": true, "Messrs.": true,
}
