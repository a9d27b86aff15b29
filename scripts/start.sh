#!/usr/bin/env bash
# The main job on a fresh machine: installs everything (cached after the first run), builds,
# starts Kafka, FerretDB and Redis, then every service with demo data (scripts/dev/start.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "installing (cached in ~/.cache/lethe after the first run)"
bash scripts/setup.sh
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source scripts/lib/common.sh
pnpm install --frozen-lockfile

step "building"
# From scratch: a source file removed since the last build would otherwise leave its output behind.
pnpm -s clean
pnpm -s build

step "infrastructure"
bash scripts/infra.sh up

step "services"
exec pnpm exec tsx scripts/dev/start.ts
