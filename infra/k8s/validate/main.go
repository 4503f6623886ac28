// Command validate renders kustomize overlays and checks every object they produce:
// strictly decoded into its typed Kubernetes struct (unknown fields, wrong types and duplicate
// fields fail), then against the project's rules (probes, limits, non-root, read-only root fs,
// a PodDisruptionBudget and an autoscaler per Deployment, references that resolve).
// Usage: validate [-out DIR] OVERLAY_DIR...
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"sigs.k8s.io/kustomize/kyaml/filesys"
)

func main() {
	out := flag.String("out", "", "also write each overlay's rendered YAML to DIR/<overlay>.yaml")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: validate [-out DIR] OVERLAY_DIR...")
		os.Exit(2)
	}
	failed := false
	for _, dir := range flag.Args() {
		report, err := ValidateOverlay(filesys.MakeFsOnDisk(), dir)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", dir, err)
			failed = true
			continue
		}
		if *out != "" {
			if err := os.MkdirAll(*out, 0o755); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			name := filepath.Join(*out, filepath.Base(filepath.Clean(dir))+".yaml")
			if err := os.WriteFile(name, report.YAML, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		if len(report.Problems) > 0 {
			failed = true
			fmt.Fprintf(os.Stderr, "%s: %d problem(s):\n  %s\n", dir, len(report.Problems),
				strings.Join(report.Problems, "\n  "))
			continue
		}
		fmt.Printf("%s: %d objects valid (%s)\n", dir, len(report.Kinds), strings.Join(report.Kinds, ", "))
	}
	if failed {
		os.Exit(1)
	}
}
