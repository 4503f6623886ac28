package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// copyBase puts ../base into an in-memory file system, with edit applied to one file.
func copyBase(t *testing.T, file string, edit func(string) string) filesys.FileSystem {
	t.Helper()
	fs := filesys.MakeFsInMemory()
	entries, err := os.ReadDir("../base")
	if err != nil {
		t.Fatal(err)
	}
	for _, entry := range entries {
		data, err := os.ReadFile(filepath.Join("../base", entry.Name()))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if entry.Name() == file {
			edited := edit(text)
			if edited == text {
				t.Fatalf("the edit of %s changed nothing", file)
			}
			text = edited
		}
		if err := fs.WriteFile(filepath.Join("/base", entry.Name()), []byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	return fs
}

func problemsOf(t *testing.T, fs filesys.FileSystem, dir string) []string {
	t.Helper()
	report, err := ValidateOverlay(fs, dir)
	if err != nil {
		t.Fatal(err)
	}
	return report.Problems
}

func expectProblem(t *testing.T, problems []string, want string) {
	t.Helper()
	for _, problem := range problems {
		if strings.Contains(problem, want) {
			return
		}
	}
	t.Fatalf("expected a problem containing %q, got %q", want, problems)
}

func TestOverlaysAreValid(t *testing.T) {
	for _, overlay := range []string{"../overlays/dev", "../overlays/production"} {
		if problems := problemsOf(t, filesys.MakeFsOnDisk(), overlay); len(problems) > 0 {
			t.Errorf("%s: %q", overlay, problems)
		}
	}
}

func TestUnknownFieldFails(t *testing.T) {
	fs := copyBase(t, "api-deployment.yaml", func(s string) string {
		return strings.Replace(s, "  revisionHistoryLimit: 5", "  revisionHistoryLimit: 5\n  replica: 3", 1)
	})
	expectProblem(t, problemsOf(t, fs, "/base"), `unknown field "spec.replica"`)
}

func TestWrongTypeFails(t *testing.T) {
	fs := copyBase(t, "worker-hpa.yaml", func(s string) string {
		return strings.Replace(s, "maxReplicas: 4", "maxReplicas: four", 1)
	})
	expectProblem(t, problemsOf(t, fs, "/base"), "maxReplicas")
}

func TestMissingProbeFails(t *testing.T) {
	fs := copyBase(t, "worker-deployment.yaml", func(s string) string {
		return strings.Replace(s, "          readinessProbe:", "          notReadinessProbe:", 1)
	})
	// Decoding fails on the unknown field; the rule would fail too without it.
	expectProblem(t, problemsOf(t, fs, "/base"), "notReadinessProbe")
}

func TestRootFilesystemMustBeReadOnly(t *testing.T) {
	fs := copyBase(t, "api-deployment.yaml", func(s string) string {
		return strings.Replace(s, "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", 1)
	})
	expectProblem(t, problemsOf(t, fs, "/base"), "container api: readOnlyRootFilesystem must be true")
}

func TestMemoryLimitRequired(t *testing.T) {
	fs := copyBase(t, "worker-deployment.yaml", func(s string) string {
		return strings.Replace(s, "            limits:\n              memory: 768Mi\n", "", 1)
	})
	expectProblem(t, problemsOf(t, fs, "/base"), "container worker: no memory limit")
}

func TestProbeMustUseAContainerPort(t *testing.T) {
	fs := copyBase(t, "api-deployment.yaml", func(s string) string {
		return strings.Replace(s, "              path: /health/ready\n              port: http", "              path: /health/ready\n              port: 3001", 1)
	})
	expectProblem(t, problemsOf(t, fs, "/base"), "readinessProbe port 3001 is not a container port")
}

func TestDisruptionBudgetRequired(t *testing.T) {
	fs := copyBase(t, "kustomization.yaml", func(s string) string {
		return strings.Replace(s, "  - worker-pdb.yaml\n", "", 1)
	})
	expectProblem(t, problemsOf(t, fs, "/base"), "Deployment/wmo-worker: no PodDisruptionBudget selects its pods")
}

func TestNetworkPolicyRequired(t *testing.T) {
	fs := copyBase(t, "kustomization.yaml", func(s string) string {
		return strings.Replace(s, "  - network-policies.yaml\n", "", 1)
	})
	expectProblem(t, problemsOf(t, fs, "/base"), "Deployment/wmo-api: no NetworkPolicy restricts its Ingress")
}
