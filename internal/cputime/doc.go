// Package cputime reads the processor time of this process, which the
// benchmarks report beside the clock: on a shared machine the clock
// grows with the other processes' work, the processor time does not.
package cputime
