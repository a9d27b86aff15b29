#!/usr/bin/env bash
# Regenerates src/generated from proto/ with the options in loader-options.json, the same options
# the runtime loader uses. With --check it fails when the committed types are stale.
set -euo pipefail
cd "$(dirname "$0")/.."

flags=()
while IFS= read -r flag; do flags+=("$flag"); done < <(node -e '
  const o = require("./loader-options.json");
  for (const [k, v] of Object.entries(o)) {
    if (v === true) console.log(`--${k}`);
    else if (v !== false) console.log(`--${k}=${v}`);
  }')

out=src/generated
target=$out
if [[ "${1:-}" == "--check" ]]; then
  target=$(mktemp -d)
  trap 'rm -rf "$target"' EXIT
fi

mapfile -t files < <(cd proto && find . -name '*.proto' | sed 's#^\./##' | sort)
# proto-loader-gen-types names each file's root type after the file's base name, so base names must be unique.
clashes=$(printf '%s\n' "${files[@]}" | xargs -n1 basename | sort | uniq -d)
if [[ -n "$clashes" ]]; then
  echo "protos: proto file names must be unique across packages (prefix them with the area): $clashes" >&2
  exit 1
fi
rm -rf "${target:?}/"*
pnpm exec proto-loader-gen-types "${flags[@]}" --grpcLib=@grpc/grpc-js -I proto -O "$target" "${files[@]}" >/dev/null

if [[ "${1:-}" == "--check" ]]; then
  if ! diff -r "$out" "$target" >/dev/null; then
    echo "protos: src/generated is stale; run 'pnpm protos:gen' and commit the result" >&2
    diff -r "$out" "$target" | head -40 >&2
    exit 1
  fi
  echo "protos: generated types are up to date"
fi
