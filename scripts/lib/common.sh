# shellcheck shell=bash disable=SC2034
# Shared settings for scripts/setup.sh, scripts/infra.sh and scripts/infra/test-infra.sh.
# Sourced, never executed; every value can be overridden from the environment where noted.

LETHE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LETHE_SCRIPTS=$LETHE_ROOT/scripts

# Tool versions: bump here only (the Kafka pom takes its version from KAFKA_VERSION).
PNPM_VERSION=9.15.9
KAFKA_VERSION=3.9.1
FERRETDB_VERSION=v1.24.2
GRPCURL_VERSION=v1.9.4
HELM_VERSION=v3.21.4
MAILPIT_VERSION=v1.33.1
JAEGER_VERSION=v1.75.0

LETHE_CACHE_DIR=${LETHE_CACHE_DIR:-$HOME/.cache/lethe}
LETHE_BIN_DIR=$LETHE_CACHE_DIR/bin
KAFKA_HOME=$LETHE_CACHE_DIR/kafka-$KAFKA_VERSION

LETHE_STATE_DIR=${LETHE_STATE_DIR:-$LETHE_ROOT/.lethe}
LETHE_HOST=127.0.0.1
LETHE_KAFKA_PORT=${LETHE_KAFKA_PORT:-9092}
LETHE_KAFKA_CONTROLLER_PORT=${LETHE_KAFKA_CONTROLLER_PORT:-9093}
LETHE_MONGO_PORT=${LETHE_MONGO_PORT:-27017}
LETHE_REDIS_PORT=${LETHE_REDIS_PORT:-6379}
LETHE_MAILPIT_SMTP_PORT=${LETHE_MAILPIT_SMTP_PORT:-1025}
LETHE_MAILPIT_HTTP_PORT=${LETHE_MAILPIT_HTTP_PORT:-8025}
# Jaeger: OTLP in (gRPC, HTTP), the UI with its query API (HTTP) and the query API over gRPC, and
# its health check; its other endpoints (own metrics, expvar, zpages, sampling) are not opened.
LETHE_JAEGER_OTLP_GRPC_PORT=${LETHE_JAEGER_OTLP_GRPC_PORT:-4317}
LETHE_JAEGER_OTLP_HTTP_PORT=${LETHE_JAEGER_OTLP_HTTP_PORT:-4318}
LETHE_JAEGER_UI_PORT=${LETHE_JAEGER_UI_PORT:-16686}
LETHE_JAEGER_QUERY_GRPC_PORT=${LETHE_JAEGER_QUERY_GRPC_PORT:-16685}
LETHE_JAEGER_HEALTH_PORT=${LETHE_JAEGER_HEALTH_PORT:-13133}
# Traces kept in memory; past it the oldest go first.
LETHE_JAEGER_MAX_TRACES=${LETHE_JAEGER_MAX_TRACES:-20000}

JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java

lethe_log() { printf '[lethe] %s\n' "$*" >&2; }
lethe_die() { printf '[lethe] error: %s\n' "$*" >&2; exit 1; }

# Absolute, symlink-free state dir: infra.sh compares it with /proc/<pid>/cwd.
lethe_abs_state_dir() {
  mkdir -p "$LETHE_STATE_DIR"
  LETHE_STATE_DIR=$(cd "$LETHE_STATE_DIR" && pwd -P)
}
