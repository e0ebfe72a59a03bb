package align

// Unexported pieces of the pins that the tests of package align_test
// check on their own.
var (
	FitPins    = fitPins
	PinsOfPair = (*Pins).pair
)
