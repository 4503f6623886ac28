#!/usr/bin/env bash
# Renders the kustomize overlays (dev, production) and validates every object offline: strict
# decoding into the Kubernetes API's Go types plus the project's rules (infra/k8s/validate).
# Builds the validator into .cache/k8s-validate/ once (rebuilt when its sources change), runs its
# Go tests, then validates. Rendered YAML goes to .cache/k8s-validate/rendered/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="$root/infra/k8s/validate"
out_dir="$root/.cache/k8s-validate"
binary="$out_dir/validate"
stamp="$out_dir/validate.sha256"

if ! command -v go >/dev/null 2>&1 && [[ -x /usr/local/go/bin/go ]]; then
  PATH="/usr/local/go/bin:$PATH"
fi

wanted="$(cd "$src" && cat go.mod go.sum ./*.go | sha256sum | cut -d' ' -f1)"
if [[ ! -x "$binary" || ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "k8s-validate: 'go' not found (looked on PATH and in /usr/local/go/bin)." >&2
    exit 1
  fi
  echo "k8s-validate: building $binary (the first build downloads modules)" >&2
  mkdir -p "$out_dir"
  start=$SECONDS
  tmp="$binary.tmp.$$"
  trap 'rm -f "$tmp"' EXIT
  (cd "$src" && CGO_ENABLED=0 go build -trimpath -o "$tmp" .)
  mv -f "$tmp" "$binary"
  echo "$wanted" >"$stamp"
  echo "k8s-validate: built in $((SECONDS - start)) s" >&2
fi

if [[ "${K8S_VALIDATE_SKIP_GO_TESTS:-}" != "1" ]]; then
  # Same flags as the build, so that the test reuses its compiled packages.
  (cd "$src" && CGO_ENABLED=0 go test -trimpath -count=1 ./...)
fi
cd "$root"
"$binary" -out "$out_dir/rendered" infra/k8s/overlays/dev infra/k8s/overlays/production
