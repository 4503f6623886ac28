#!/usr/bin/env bash
# Builds the FerretDB binary used by development, tests and CI into .cache/ferretdb/ferretdb.
# Rebuilds only when go.mod, go.sum or main.go changed since the last build (stamp file).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="$root/infra/ferretdb"
out_dir="$root/.cache/ferretdb"
binary="$out_dir/ferretdb"
stamp="$out_dir/ferretdb.sha256"

wanted="$(cd "$src" && cat go.mod go.sum main.go | sha256sum | cut -d' ' -f1)"
if [[ -x "$binary" && -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  exit 0
fi

# A fresh login shell may not have Go's default install location on PATH yet.
if ! command -v go >/dev/null 2>&1 && [[ -x /usr/local/go/bin/go ]]; then
  PATH="/usr/local/go/bin:$PATH"
fi
if ! command -v go >/dev/null 2>&1; then
  echo "ferretdb: 'go' not found (looked on PATH and in /usr/local/go/bin)." >&2
  echo "ferretdb: install Go (see go.mod for the version) to build FerretDB for tests." >&2
  exit 1
fi

echo "ferretdb: building $binary (the first build downloads modules, ~2 min)" >&2
mkdir -p "$out_dir"
tmp="$binary.tmp.$$"
trap 'rm -f "$tmp"' EXIT
# CGO off: the SQLite driver is pure Go, and a fresh machine may have no C compiler.
(cd "$src" && CGO_ENABLED=0 go build -trimpath -o "$tmp" .)
# Rename so that a concurrent run or a running test never sees a half-written binary.
mv -f "$tmp" "$binary"
echo "$wanted" >"$stamp"
echo "ferretdb: built $binary" >&2
