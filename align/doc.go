// Package align finds which sentences of two editions correspond.
package align
