// Command pathological measures synoptic on inputs made to find quadratic
// paths: a paragraph of 20 MB without punctuation against a novel, a
// sentence of 500 KB or 50 MB, 50 MB on one line, a 5 MB word, sentences
// of 2,000 anchors, a million tiny paragraphs, 10 MB printed in pages,
// 20 and 200 editions of one text. For each it runs, in a process of its own, what the synoptic
// command runs (each a stage, timed):
//
//   - read: editions.Read of every file (decoding, structure, sentences,
//     anchors);
//   - align: align.Align in the case's mode (translation, versions, or
//     auto for many editions);
//   - view: the terminal view (output.WriteView, in colour, 100 columns);
//   - html: the parallel edition (output.WriteAlignmentHTML);
//   - json: the alignment's JSON (output.WriteAlignmentJSON);
//   - coverage: align.Coverage of the first two editions aligned in the
//     case's mode, as synoptic coverage --mode aligns them (the alignment
//     above when the case has two editions: a translation's, or the
//     comparison of versions the report is read from), written as text
//     and as JSON;
//   - segment: the first edition's segmentation as text (synoptic
//     segment).
//
// Output goes to a writer that counts and drops it. It prints a Markdown
// table: the input's size, the wall-clock seconds of each stage and their
// total, the processor seconds of the whole (user and system, all cores:
// on a shared machine the fairer figure), the largest heap seen during any
// stage (runtime/metrics, read every millisecond and at each stage's end,
// so a peak shorter than that may be missed), the process's peak resident
// memory (VmHWM of /proc/PID/status: the files read, the Go runtime and
// everything) and that peak over the input's size, and the same peak less
// the floor, what the process held before its first stage (VmRSS: the
// program, the runtime and what the packages' initialisers made), over
// the input's size: what the input itself cost; then a table of each
// stage's peak heap over the input's size. A case still running
// after -timeout is stopped and shown with the stage it was in. Then it
// checks the targets of issue 14: the paragraph case read, aligned and
// shown in under 5 s, the 500 KB sentence in under 2 s, and memory under
// 10 times the input everywhere, on the whole peak. The floor is about
// 14 MB, so a case of less than a few MB cannot meet the last whatever
// the code does; the large cases, and the column beyond the floor, are
// the ones that say something.
//
// The words come from a novel, Verne's Tour du monde in French from
// ../shared/eval (or -novel FILE), so that their frequencies, names and
// numbers are a real text's; without it, from a synthetic novel of a
// made-up language, which the output says. The files are made from
// -seed, so the same flags make the same files; -keep DIR keeps them.
//
// Run it from the repository root:
//
//	go run ./bench/pathological [-case paragraph,sentence] [-scale 0.1] [-timeout 120s] [-cpuprofile DIR] [-memprofile DIR] [-keep DIR]
//
// -scale multiplies every size (0.1 for a quick run); -cpuprofile DIR
// writes DIR/CASE.pprof for `go tool pprof`; -memprofile DIR writes
// DIR/CASE-STAGE.heap, the heap profile after each stage (`go tool pprof
// -sample_index=alloc_space -diff_base` of the stage before gives what
// the stage allocated), and DIR/CASE-STAGE-live.heap, the profile of the
// largest live heap during the stage (liveWatch), which says what the
// peak is made of. Run it on a machine with
// little else running: the cases of 50 MB take a minute and a few GB.
package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/synoptic-text/synoptic/bench/evaldata"
)

func main() {
	only := flag.String("case", "", "run only these cases, comma-separated (default: all): "+caseNames())
	scale := flag.Float64("scale", 1, "multiply the size of every input by this")
	timeout := flag.Duration("timeout", 120*time.Second, "stop a case after this long")
	novelPath := flag.String("novel", evaldata.Path("eval", "verne", "fr.pg800.txt"), "the novel whose words make the inputs")
	seed := flag.Int64("seed", 1, "seed of the generator")
	keep := flag.String("keep", "", "write the inputs to this directory and keep them (default: a temporary directory, removed)")
	profiles := flag.String("cpuprofile", "", "write a CPU profile of each case to this directory")
	memProfiles := flag.String("memprofile", "", "write a heap profile of each case after each stage to this directory")
	child := flag.String("child", "", "(internal) run this case on the files in -keep")
	flag.Parse()
	if *child != "" {
		if err := childMain(*child, *keep, *profiles, *memProfiles); err != nil {
			fmt.Fprintln(os.Stderr, "pathological:", err)
			os.Exit(2)
		}
		return
	}
	if err := run(*only, *scale, *timeout, *novelPath, *seed, *keep, *profiles, *memProfiles); err != nil {
		fmt.Fprintln(os.Stderr, "pathological:", err)
		os.Exit(2)
	}
}

func caseNames() string {
	var names []string
	for _, c := range cases {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

// run makes the inputs of each case chosen and runs it in a child process.
func run(only string, scale float64, timeout time.Duration, novelPath string, seed int64, keep, profiles, memProfiles string) error {
	chosen := cases
	if only != "" {
		chosen = nil
		for _, n := range strings.Split(only, ",") {
			found := false
			for _, c := range cases {
				if c.name == strings.TrimSpace(n) {
					chosen = append(chosen, c)
					found = true
				}
			}
			if !found {
				return fmt.Errorf("-case %s: no such case (want %s)", n, caseNames())
			}
		}
	}
	dir := keep
	if dir == "" {
		tmp, err := os.MkdirTemp("", "pathological")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	for _, d := range []string{profiles, memProfiles} {
		if d == "" {
			continue
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	novel, what := readNovel(novelPath, seed)
	fmt.Printf("Words from %s; scale %g; timeout %v.\n\n", what, scale, timeout)
	fmt.Println("| case | input | " + strings.Join(stageNames, " | ") + " | total | processor | peak heap | peak RSS | RSS / input | RSS beyond the floor / input |")
	fmt.Println("|---|---|" + strings.Repeat("---|", len(stageNames)) + "---|---|---|---|---|---|")
	var checks, heaps, owns []string
	for _, c := range chosen {
		cdir := filepath.Join(dir, c.name)
		files := c.make(newTextGen(novel, seed), novel, scale)
		size, err := writeInputs(cdir, files)
		if err != nil {
			return err
		}
		files = nil
		args := []string{"-child", c.name, "-keep", cdir}
		if profiles != "" {
			args = append(args, "-cpuprofile", filepath.Join(profiles, c.name+".pprof"))
		}
		if memProfiles != "" {
			args = append(args, "-memprofile", memProfiles)
		}
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		cmd := exec.CommandContext(ctx, self, args...)
		var stoppedAt float64 // the child's peak memory when stopped
		cmd.Cancel = func() error {
			stoppedAt = peakRSS(cmd.Process.Pid)
			return cmd.Process.Signal(os.Interrupt)
		}
		cmd.WaitDelay = 10 * time.Second
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		runErr := cmd.Run()
		wall := time.Since(start)
		// Read before cancel, which sets the context's error too: a
		// child that failed was shown as stopped, its error not shown.
		timedOut := ctx.Err() != nil
		cancel()
		res := parseChild(&stdout)
		if res.rss == 0 {
			res.rss = stoppedAt
		}
		fmt.Println(row(c, size, res, runErr, timedOut, wall))
		if runErr != nil && !timedOut {
			fmt.Fprintf(os.Stderr, "pathological: case %s failed: %v\n%s", c.name, runErr, stderr.String())
		}
		if o := res.own; o != nil {
			owns = append(owns, fmt.Sprintf("`%s`: %d of %d source sentences (%.1f %%) in a row with their own translation, matched or moved; %d Moved rows", c.name, o[0], o[1], 100*float64(o[0])/float64(max(1, o[1])), o[2]))
		}
		checks = append(checks, targets(c, size, res)...)
		heaps = append(heaps, heapRow(c, size, res))
		if keep == "" {
			os.RemoveAll(cdir)
		}
	}
	fmt.Println("\nPeak heap of each stage, over the input's size:")
	fmt.Println()
	fmt.Println("| case | " + strings.Join(stageNames, " | ") + " |")
	fmt.Println("|---|" + strings.Repeat("---|", len(stageNames)))
	for _, h := range heaps {
		fmt.Println(h)
	}
	fmt.Println()
	for _, c := range cases {
		fmt.Printf("- `%s`: %s\n", c.name, c.what)
	}
	if len(owns) > 0 {
		fmt.Println("\nAlignment of the cases of copies:")
		fmt.Println()
		for _, s := range owns {
			fmt.Println("- " + s)
		}
	}
	if len(checks) > 0 {
		fmt.Println("\nTargets of issue 14:")
		fmt.Println()
		for _, s := range checks {
			fmt.Println("- " + s)
		}
	}
	return nil
}

// writeInputs writes the files of a case, and a list of their names and
// languages for the child; it returns their total size.
func writeInputs(dir string, files []input) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	var list strings.Builder
	size := 0
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.text), 0o644); err != nil {
			return 0, err
		}
		size += len(f.text)
		fmt.Fprintf(&list, "%s\t%s\n", f.name, f.lang)
	}
	return size, os.WriteFile(filepath.Join(dir, "files.tsv"), []byte(list.String()), 0o644)
}

// childMain runs the case name on the files listed in dir.
func childMain(name, dir, profiles, memProfiles string) error {
	var c benchCase
	for _, k := range cases {
		if k.name == name {
			c = k
		}
	}
	if c.name == "" {
		return fmt.Errorf("no case %s", name)
	}
	list, err := os.Open(filepath.Join(dir, "files.tsv"))
	if err != nil {
		return err
	}
	defer list.Close()
	var files []input
	sc := bufio.NewScanner(list)
	for sc.Scan() {
		name, lang, _ := strings.Cut(sc.Text(), "\t")
		files = append(files, input{name: name, lang: lang})
	}
	// Unbuffered, so that the parent sees how far a child it stops had
	// gone.
	return runChild(c, dir, files, profiles, memProfiles, os.Stdout)
}

// row formats one case's line of the table.
func row(c benchCase, size int, res result, runErr error, timedOut bool, wall time.Duration) string {
	cells := []string{"`" + c.name + "`", megabytes(float64(size))}
	total, cpu := 0.0, 0.0
	peakHeap := 0.0
	for _, s := range stageNames {
		v, ok := res.stages[s]
		switch {
		case ok:
			cells = append(cells, seconds(v[0]))
			total += v[0]
			cpu += v[3]
			peakHeap = max(peakHeap, v[1])
		case s == res.started && timedOut:
			cells = append(cells, "**stopped** after "+seconds(wall.Seconds()-total))
		case s == res.started && runErr != nil:
			cells = append(cells, "**failed**")
		default:
			cells = append(cells, "–")
		}
	}
	cells = append(cells, seconds(total), seconds(cpu), megabytes(peakHeap))
	if res.rss > 0 {
		cells = append(cells, megabytes(res.rss), fmt.Sprintf("%.1f×", res.rss/float64(size)))
	} else {
		cells = append(cells, "–", "–")
	}
	if res.rss > 0 && res.floor > 0 {
		cells = append(cells, fmt.Sprintf("%.1f× (floor %s)", (res.rss-res.floor)/float64(size), megabytes(res.floor)))
	} else {
		cells = append(cells, "–")
	}
	return "| " + strings.Join(cells, " | ") + " |"
}

// heapRow formats one case's line of the table of peak heaps: each
// stage's, in MB and over the input's size.
func heapRow(c benchCase, size int, res result) string {
	cells := []string{"`" + c.name + "`"}
	for _, s := range stageNames {
		if v, ok := res.stages[s]; ok {
			cells = append(cells, fmt.Sprintf("%s (%.1f×)", megabytes(v[1]), v[1]/float64(size)))
		} else {
			cells = append(cells, "–")
		}
	}
	return "| " + strings.Join(cells, " | ") + " |"
}

// targets checks the case against the numbers issue 14 asks for.
func targets(c benchCase, size int, res result) []string {
	var out []string
	check := func(what string, got, limit float64, unit string) {
		verdict := "met"
		if got > limit {
			verdict = "**not met**"
		}
		out = append(out, fmt.Sprintf("`%s`, %s: %.2f %s (under %g %s) — %s", c.name, what, got, unit, limit, unit, verdict))
	}
	read, aligned, shown := res.stages["read"], res.stages["align"], res.stages["view"]
	done := len(res.stages) == len(stageNames)
	switch c.name {
	case "paragraph":
		if done {
			check("read, aligned and shown", read[0]+aligned[0]+shown[0], 5, "s")
			check("read, aligned and shown, processor time", read[3]+aligned[3]+shown[3], 5, "s")
		} else {
			out = append(out, fmt.Sprintf("`%s`: not finished — **not met**", c.name))
		}
	case "sentence":
		if done {
			check("read, aligned and shown", read[0]+aligned[0]+shown[0], 2, "s")
			check("read, aligned and shown, processor time", read[3]+aligned[3]+shown[3], 2, "s")
		} else {
			out = append(out, fmt.Sprintf("`%s`: not finished — **not met**", c.name))
		}
	}
	if res.rss > 0 {
		check("peak memory over input", res.rss/float64(size), 10, "×")
	}
	return out
}

func seconds(s float64) string { return fmt.Sprintf("%.2f s", s) }

func megabytes(b float64) string {
	if b < 1e6 {
		return fmt.Sprintf("%.0f KB", b/1e3)
	}
	return fmt.Sprintf("%.1f MB", b/1e6)
}
