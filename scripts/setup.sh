#!/usr/bin/env bash
# Installs the local tooling Lethe needs on a Debian 12 machine (redis, pnpm, Kafka, FerretDB,
# Mailpit, Jaeger, grpcurl, helm). Idempotent: each step checks a version stamp first, so a warm
# run takes seconds.
#
#   bash scripts/setup.sh              # every step
#   bash scripts/setup.sh kafka redis  # only the named steps (infra.sh: base redis kafka ferretdb mailpit jaeger)
#
# Steps: base (JRE, Maven, procps, patch when missing; Node.js check), redis, chromium, pnpm, kafka,
# ferretdb, mailpit, jaeger, grpcurl, helm.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ALL_STEPS=(base redis chromium pnpm kafka ferretdb mailpit jaeger grpcurl helm)
STAMP_DIR=$LETHE_CACHE_DIR/stamps
APT_UPDATED=0
CLEANUP=()
trap 'rm -rf "${CLEANUP[@]}"' EXIT

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  if [[ $APT_UPDATED -eq 0 ]]; then
    lethe_log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  lethe_log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

stamp_ok() { [[ -f $STAMP_DIR/$1 && $(<"$STAMP_DIR/$1") == "$2" ]]; }
stamp_write() { mkdir -p "$STAMP_DIR" && printf '%s\n' "$2" >"$STAMP_DIR/$1"; }

step_base() {
  local pkgs=()
  command -v java >/dev/null || pkgs+=(openjdk-17-jre-headless)
  command -v mvn >/dev/null || pkgs+=(maven)
  command -v pgrep >/dev/null || pkgs+=(procps)
  command -v patch >/dev/null || pkgs+=(patch)
  if ((${#pkgs[@]})); then apt_install "${pkgs[@]}"; fi
  command -v node >/dev/null || lethe_die "Node.js 20 is required (infra.sh's readiness probes use it)"
}

need_go() {
  # Go >= 1.21 fetches the newer toolchain a module asks for (helm 3.21 wants 1.26); Debian 12 has 1.19.
  command -v go >/dev/null || lethe_die "Go 1.21 or newer is required to build $1"
}

step_redis() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return
  apt_install redis-server redis-tools
  # The package may start a system-wide redis on 6379, which would collide with infra.sh's own.
  if [[ $(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null) == PONG ]]; then
    lethe_log "stopping the redis-server system service started by the package"
    as_root service redis-server stop >/dev/null 2>&1 || true
    if command -v systemctl >/dev/null; then as_root systemctl disable redis-server >/dev/null 2>&1 || true; fi
  fi
}

step_chromium() {
  # Pages are tested, and profiles printed as PDF, in a real browser: Debian's chromium, driven by
  # playwright-core (no browser download; it runs /usr/bin/chromium), with the font the profiles
  # name (DejaVu Sans, as in the profile-rendering image).
  command -v chromium >/dev/null && [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] && return
  apt_install chromium fonts-dejavu-core
}

step_pnpm() {
  # Run outside the repo so package.json's packageManager field cannot redirect the check.
  [[ $(cd / && pnpm -v 2>/dev/null) == "$PNPM_VERSION" ]] && return
  command -v npm >/dev/null || lethe_die "Node.js 20 with npm is required to install pnpm"
  lethe_log "installing pnpm $PNPM_VERSION"
  (cd / && as_root npm i -g --no-fund --no-audit --loglevel=error "pnpm@$PNPM_VERSION")
}

step_kafka() {
  local pom=$LETHE_SCRIPTS/infra/kafka/pom.xml want
  want="$KAFKA_VERSION $(sha256sum "$pom" | cut -c1-16)"
  stamp_ok kafka "$want" && [[ -d $KAFKA_HOME/libs ]] && return
  lethe_log "resolving Kafka $KAFKA_VERSION jars from Maven Central into $KAFKA_HOME/libs"
  local tmp=$KAFKA_HOME/libs.tmp
  rm -rf "$tmp"
  mkdir -p "$KAFKA_HOME"
  mvn -q -B -Dstyle.color=never -f "$pom" -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DoutputDirectory="$tmp" -DincludeScope=runtime
  # Loads the broker's classpath end to end (argument parsing, logging, metadata classes).
  "$JAVA_BIN" -cp "$tmp/*" kafka.tools.StorageTool random-uuid >/dev/null 2>&1 ||
    lethe_die "Kafka classpath in $tmp is incomplete: kafka.tools.StorageTool does not run"
  rm -rf "$KAFKA_HOME/libs"
  mv "$tmp" "$KAFKA_HOME/libs"
  stamp_write kafka "$want"
}

# go_install NAME PACKAGE VERSION [VERSION_VAR]: builds PACKAGE@VERSION into $LETHE_BIN_DIR/NAME;
# VERSION_VAR is the variable upstream release builds stamp with -X (else `NAME version` says dev).
go_install() {
  local name=$1 pkg=$2 version=$3 ldflags='-s -w'
  [[ -n ${4:-} ]] && ldflags+=" -X $4=$version"
  stamp_ok "$name" "$version $ldflags" && [[ -x $LETHE_BIN_DIR/$name ]] && return
  need_go "$name"
  lethe_log "building $name $version with go (slow on 2 cores)"
  mkdir -p "$LETHE_BIN_DIR"
  (cd / && GOBIN=$LETHE_BIN_DIR go install -trimpath -ldflags="$ldflags" "$pkg@$version")
  stamp_write "$name" "$version $ldflags"
}

# A writable copy of a Go module from the module proxy (the caller adds it to CLEANUP): for
# modules whose `go install` lacks a file upstream generates, which the step adds before building.
writable_module_copy() {
  local module=$1 version=$2 name=$3 src work
  src=$(cd / && go mod download -json "$module@$version" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  [[ -d $src ]] || lethe_die "could not download $module@$version"
  mkdir -p "$LETHE_BIN_DIR"
  work=$(mktemp -d "$LETHE_CACHE_DIR/$name-src.XXXXXX")
  rmdir "$work"
  cp -R "$src" "$work"
  chmod -R u+w "$work"
  printf '%s\n' "$work"
}

# FerretDB's SQLite backend looks documents up by `_id` without its `_id` index, so every lookup,
# update and delete a service makes scans the collection. The build applies FERRETDB_PATCH:
# - it created the `_id` index on `_ferretdb_sjson->"_id"` but looked `_id` up through
#   `_ferretdb_sjson->'$._id'`: the same value, yet SQLite uses an index only for the expression it
#   was made on. The lookup now uses the index's expression. Data stored before keeps working: the
#   index and the stored documents are unchanged.
# - it narrowed a query by `_id` only when the filter was `{_id: value}` and nothing else. It now
#   also narrows `{_id: {$in: [...]}}` and an `_id` next to other keys (`{_id, revision}`). FerretDB
#   applies the whole filter to what the query returns, so narrowing never changes a result.
FERRETDB_PATCH=$LETHE_SCRIPTS/infra/ferretdb/sqlite-id-lookups.patch

step_ferretdb() {
  local name=ferretdb version=$FERRETDB_VERSION
  local stamp
  stamp="$version+$(sha256sum "$FERRETDB_PATCH" | cut -c1-16)"
  stamp_ok "$name" "$stamp" && [[ -x $LETHE_BIN_DIR/$name ]] && return
  need_go "$name"
  lethe_log "building ferretdb $version with go (slow on 2 cores)"
  # `go install ...@version` panics at start: build/version/version.txt is generated upstream and
  # not in the module zip. Build the command from a writable copy of the module with it written.
  local work
  work=$(writable_module_copy github.com/FerretDB/FerretDB "$version" "$name")
  CLEANUP+=("$work")
  printf '%s\n' "$version" >"$work/build/version/version.txt"
  patch --quiet --batch --forward -p1 -d "$work" -i "$FERRETDB_PATCH" ||
    lethe_die "ferretdb $version: $FERRETDB_PATCH does not apply"
  (cd "$work" && go build -buildvcs=false -trimpath -ldflags='-s -w' -o "$LETHE_BIN_DIR/$name.tmp" ./cmd/ferretdb)
  mv "$LETHE_BIN_DIR/$name.tmp" "$LETHE_BIN_DIR/$name"
  rm -rf "$work"
  "$LETHE_BIN_DIR/$name" --version >/dev/null || lethe_die "the built ferretdb binary does not run"
  stamp_write "$name" "$stamp"
}

# Dev tooling the web UI bundle needs from the module's package.json (its other devDependencies
# lint and test the UI).
MAILPIT_UI_BUILD_DEPS='esbuild esbuild-plugin-vue-next esbuild-sass-plugin @vue/compiler-sfc'

step_mailpit() {
  local name=mailpit version=$MAILPIT_VERSION
  local ldflags="-s -w -X github.com/axllent/mailpit/config.Version=$version" want
  want="$version $ldflags ui"
  stamp_ok "$name" "$want" && [[ -x $LETHE_BIN_DIR/$name ]] && return
  need_go "$name"
  command -v npm >/dev/null || lethe_die "Node.js 20 with npm is required to build mailpit's web UI"
  lethe_log "building mailpit $version with npm and go (slow on 2 cores)"
  # `go install ...@version` builds a binary whose web UI is a blank page: the UI bundle
  # (server/ui/dist) is generated upstream with npm and not in the module zip. Bundle it in a
  # writable copy of the module, with the versions of upstream's package-lock.json, then build.
  local work
  work=$(writable_module_copy github.com/axllent/mailpit "$version" "$name")
  CLEANUP+=("$work")
  # rapidoc only renders the API reference page (docs.js), and the npm registry does not serve the
  # locked version, so that page's script is left empty; the mail UI (app.js) is complete.
  (cd "$work" && MAILPIT_UI_BUILD_DEPS=$MAILPIT_UI_BUILD_DEPS node -e '
    const fs = require("fs");
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
    const keep = new Set(process.env.MAILPIT_UI_BUILD_DEPS.split(" "));
    delete pkg.dependencies.rapidoc;
    for (const dep of Object.keys(pkg.devDependencies)) if (!keep.has(dep)) delete pkg.devDependencies[dep];
    fs.writeFileSync("package.json", JSON.stringify(pkg, null, 2));
    fs.writeFileSync("server/ui-src/docs.js", "");')
  # --legacy-peer-deps: the registry does not serve the locked sass-embedded either, a peer of
  # esbuild-sass-plugin that bundles with its own sass dependency just as well; --ignore-scripts:
  # the bundle needs no install scripts.
  (cd "$work" && npm install --ignore-scripts --legacy-peer-deps --no-audit --no-fund --loglevel=error \
    >/dev/null && npm run --silent package >/dev/null)
  [[ -s $work/server/ui/dist/app.js ]] || lethe_die "mailpit's web UI bundle was not built"
  (cd "$work" && go build -buildvcs=false -trimpath -ldflags="$ldflags" -o "$LETHE_BIN_DIR/$name.tmp" .)
  mv "$LETHE_BIN_DIR/$name.tmp" "$LETHE_BIN_DIR/$name"
  rm -rf "$work"
  "$LETHE_BIN_DIR/$name" readyz --help >/dev/null || lethe_die "the built mailpit binary does not run"
  stamp_write "$name" "$want"
}

# Jaeger v2 (a build of the OpenTelemetry Collector with Jaeger's storage and query API; the web
# UI's assets are built upstream apart and not in the module, so its page is a placeholder).
# `go install ...@version` refuses the module (its go.mod has a replace directive), so the command
# is built as a tool of a scratch module, which takes Jaeger's requirements as they are. Slow: about
# 4.5 min and 2.3 GB of memory on 2 cores the first time.
JAEGER_PACKAGE=github.com/jaegertracing/jaeger/cmd/jaeger

step_jaeger() {
  local name=jaeger version=$JAEGER_VERSION
  local ldflags="-s -w -X github.com/jaegertracing/jaeger/internal/version.latestVersion=$version"
  stamp_ok "$name" "$version $ldflags" && [[ -x $LETHE_BIN_DIR/$name ]] && return
  need_go "$name"
  lethe_log "building jaeger $version with go (slow on 2 cores)"
  local work
  mkdir -p "$LETHE_BIN_DIR"
  work=$(mktemp -d "$LETHE_CACHE_DIR/$name-build.XXXXXX")
  CLEANUP+=("$work")
  (cd "$work" && go mod init lethe.local/jaeger-build 2>/dev/null &&
    go get -tool "$JAEGER_PACKAGE@$version" 2>"$work/go-get.log") ||
    { cat "$work/go-get.log" >&2; lethe_die "could not fetch $JAEGER_PACKAGE@$version"; }
  (cd "$work" && go build -buildvcs=false -trimpath -ldflags="$ldflags" -o "$LETHE_BIN_DIR/$name.tmp" "$JAEGER_PACKAGE")
  mv "$LETHE_BIN_DIR/$name.tmp" "$LETHE_BIN_DIR/$name"
  rm -rf "$work"
  "$LETHE_BIN_DIR/$name" version 2>/dev/null | grep -qF "\"$version\"" || lethe_die "the built jaeger binary does not run"
  stamp_write "$name" "$version $ldflags"
}

step_grpcurl() { go_install grpcurl github.com/fullstorydev/grpcurl/cmd/grpcurl "$GRPCURL_VERSION" main.version; }
step_helm() {
  go_install helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION" helm.sh/helm/v3/internal/version.version
}

main() {
  local steps=("$@") step start=$SECONDS
  ((${#steps[@]})) || steps=("${ALL_STEPS[@]}")
  for step in "${steps[@]}"; do
    declare -F "step_$step" >/dev/null || lethe_die "unknown step '$step' (known: ${ALL_STEPS[*]})"
  done
  mkdir -p "$LETHE_CACHE_DIR"
  # Serialises concurrent runs (e.g. two `infra.sh up`) so they do not build into the same paths.
  exec 8>"$LETHE_CACHE_DIR/.setup.lock"
  flock 8
  for step in "${steps[@]}"; do "step_$step"; done
  lethe_log "setup done in $((SECONDS - start))s (cache: $LETHE_CACHE_DIR)"
}

main "$@"
