#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what is missing (cached), then contracts, types,
# lint, then every package's tests against the real local Kafka, FerretDB and Redis (started here
# when not running, and stopped again at the end), then the tests that restart infrastructure, one
# at a time, the query audit of every query the tests made, and the infrastructure's own idempotency
# check.
set -euo pipefail
cd "$(dirname "$0")/.."

results=.lethe/test-results
mkdir -p "$results"
rm -f "$results"/*.json

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "installing (cached in ~/.cache/lethe after the first run)"
bash scripts/setup.sh
pnpm install --frozen-lockfile

step "contracts: generated protobuf types are current"
pnpm -s protos:check

step "contracts: the Helm chart in charts/lethe is current"
pnpm -s synth:check

step "types"
pnpm -s typecheck

step "lint"
pnpm -s lint

step "infrastructure"
started_infra=0
if ! bash scripts/infra.sh status --quiet; then
  started_infra=1
fi
bash scripts/infra.sh up
pnpm exec tsx --conditions=lethe-source scripts/infra/kafka-warm-up.ts
stop_infra() { if [[ $started_infra == 1 ]]; then bash scripts/infra.sh down || true; fi; }
trap stop_infra EXIT
export LETHE_TEST_INFRA=external
# Every process the suites start records its queries' shapes (never a value) and the indexes it declares.
query_audit="$PWD/.lethe/query-audit"
rm -rf "$query_audit"
export LETHE_QUERY_AUDIT_DIR="$query_audit"

status=0
step "tests (parallel)"
pnpm exec jest --ci --testPathIgnorePatterns '\.serial\.test\.ts$' --json --outputFile "$results/parallel.json" || status=1

step "tests that restart infrastructure (serial)"
# They restart the broker, which then loads every partition it holds: the parallel tests left
# thousands, which took more than a minute on two cores. A fresh broker holds only theirs.
bash scripts/infra.sh start kafka --fresh
pnpm exec tsx --conditions=lethe-source scripts/infra/kafka-warm-up.ts
pnpm exec jest --ci --runInBand --passWithNoTests --testPathPattern '\.serial\.test\.ts$' --json --outputFile "$results/serial.json" || status=1

step "query audit: an index serves every query the tests made, by MongoDB's rules"
if pnpm exec tsx --conditions=lethe-source scripts/query-audit.ts "$query_audit"; then query_audit_check=passed; else query_audit_check=failed; status=1; fi
unset LETHE_QUERY_AUDIT_DIR

step "infrastructure: up twice is harmless, down leaves nothing running (own state dir and ports)"
stop_infra
trap - EXIT
if bash scripts/infra/test-infra.sh; then infra_check=passed; else infra_check=failed; status=1; fi

INFRA_CHECK="$infra_check" QUERY_AUDIT_CHECK="$query_audit_check" node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const f of process.argv.slice(1)) {
    if (!fs.existsSync(f)) { failed++; continue; }
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  }
  for (const check of [process.env.INFRA_CHECK, process.env.QUERY_AUDIT_CHECK]) {
    if (check === "passed") passed++; else if (check === "failed") failed++;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
' "$results/parallel.json" "$results/serial.json"
exit $status
