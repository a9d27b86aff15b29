#!/usr/bin/env bash
# Local infrastructure for Lethe: Kafka (single-node KRaft), FerretDB (MongoDB wire protocol on
# SQLite), Redis, Mailpit (SMTP server with web UI and API) and Jaeger (OTLP traces, kept in
# memory, with its query API), run as plain background processes with state under $LETHE_STATE_DIR.
#
#   infra.sh up [--fresh] | down | status [--quiet] | logs [component] | env
#   infra.sh start <component> [--fresh] | stop <component>   components: kafka mongo redis mailpit jaeger
# `start --fresh` wipes that component's data first.
# `status --quiet` prints nothing and exits 0 only when all components run.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

COMPONENTS=(redis mongo kafka mailpit jaeger)
PROBE=$LETHE_SCRIPTS/infra/probe.mjs
READY_TIMEOUT=${LETHE_READY_TIMEOUT:-30}
KAFKA_READY_TIMEOUT=${LETHE_KAFKA_READY_TIMEOUT:-60}

lethe_abs_state_dir
DATA_DIR=$LETHE_STATE_DIR/data
LOG_DIR=$LETHE_STATE_DIR/logs
RUN_DIR=$LETHE_STATE_DIR/run

# ---------------------------------------------------------------- per-component definitions

ports_of() {
  case $1 in
    kafka) echo "$LETHE_KAFKA_PORT $LETHE_KAFKA_CONTROLLER_PORT" ;;
    mongo) echo "$LETHE_MONGO_PORT" ;;
    redis) echo "$LETHE_REDIS_PORT" ;;
    mailpit) echo "$LETHE_MAILPIT_SMTP_PORT $LETHE_MAILPIT_HTTP_PORT" ;;
    jaeger) echo "$LETHE_JAEGER_OTLP_GRPC_PORT $LETHE_JAEGER_OTLP_HTTP_PORT $LETHE_JAEGER_UI_PORT $LETHE_JAEGER_QUERY_GRPC_PORT $LETHE_JAEGER_HEALTH_PORT" ;;
  esac
}

# A string our process always has in its command line (redis rewrites its argv to a title).
cmdline_marker() {
  case $1 in
    kafka) echo kafka.Kafka ;;
    mongo) echo ferretdb ;;
    redis) echo redis-server ;;
    mailpit) echo mailpit ;;
    jaeger) echo jaeger ;;
  esac
}

ready_timeout() { if [[ $1 == kafka ]]; then echo "$KAFKA_READY_TIMEOUT"; else echo "$READY_TIMEOUT"; fi; }
stop_timeout() { if [[ $1 == kafka ]]; then echo 30; else echo 10; fi; }

kafka_log_dirs() { echo "$DATA_DIR/kafka/kraft-combined-logs"; }

prepare_kafka() {
  [[ -f $KAFKA_HOME/libs/kafka_2.13-$KAFKA_VERSION.jar ]] || lethe_die "Kafka is not installed; run scripts/setup.sh"
  local conf=$RUN_DIR/kafka.server.properties log_dirs
  log_dirs=$(kafka_log_dirs)
  sed -e "s|@HOST@|$LETHE_HOST|g" -e "s|@KAFKA_PORT@|$LETHE_KAFKA_PORT|g" \
    -e "s|@CONTROLLER_PORT@|$LETHE_KAFKA_CONTROLLER_PORT|g" -e "s|@LOG_DIRS@|$log_dirs|g" \
    "$LETHE_SCRIPTS/infra/kafka/server.properties" >"$conf"
  [[ -f $log_dirs/meta.properties ]] && return
  local cluster_id
  # 16 random bytes in URL-safe base64 without padding: the form Kafka's Uuid parser expects.
  # A Kafka cluster id is 16 random bytes, base64url; one starting with "-" would read as an option.
  cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
  while [[ $cluster_id == -* ]]; do cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '='); done
  lethe_log "kafka: formatting storage in $log_dirs (cluster id $cluster_id)"
  if ! "$JAVA_BIN" -Dlog4j.configuration="file:$LETHE_SCRIPTS/infra/kafka/log4j.properties" \
    -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$conf" \
    >>"$LOG_DIR/kafka.log" 2>&1; then
    fail_report kafka "storage format failed"
    return 1
  fi
}

prepare_mongo() {
  [[ -x $LETHE_BIN_DIR/ferretdb ]] || lethe_die "FerretDB is not installed; run scripts/setup.sh"
  mkdir -p "$DATA_DIR/mongo/state"
}

prepare_redis() {
  command -v redis-server >/dev/null || lethe_die "redis-server is not installed; run scripts/setup.sh"
}

prepare_mailpit() {
  [[ -x $LETHE_BIN_DIR/mailpit ]] || lethe_die "Mailpit is not installed; run scripts/setup.sh"
}

# Jaeger's defaults bind every interface and open endpoints Lethe does not use (Jaeger and Zipkin
# receivers, sampling, expvar, zpages, its own metrics): the configuration names each listener
# Lethe needs, on $LETHE_HOST, and no other. Traces live in memory, at most LETHE_JAEGER_MAX_TRACES.
prepare_jaeger() {
  [[ -x $LETHE_BIN_DIR/jaeger ]] || lethe_die "Jaeger is not installed; run scripts/setup.sh"
  cat >"$RUN_DIR/jaeger.yaml" <<YAML
service:
  extensions: [jaeger_storage, jaeger_query, healthcheckv2]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
  telemetry:
    resource:
      service.name: jaeger
    metrics:
      level: none
    logs:
      level: info

extensions:
  jaeger_storage:
    backends:
      lethe_memory:
        memory:
          max_traces: $LETHE_JAEGER_MAX_TRACES
  jaeger_query:
    storage:
      traces: lethe_memory
    http:
      endpoint: $LETHE_HOST:$LETHE_JAEGER_UI_PORT
    grpc:
      endpoint: $LETHE_HOST:$LETHE_JAEGER_QUERY_GRPC_PORT
  healthcheckv2:
    use_v2: true
    http:
      endpoint: $LETHE_HOST:$LETHE_JAEGER_HEALTH_PORT

receivers:
  otlp:
    protocols:
      grpc:
        endpoint: $LETHE_HOST:$LETHE_JAEGER_OTLP_GRPC_PORT
      http:
        endpoint: $LETHE_HOST:$LETHE_JAEGER_OTLP_HTTP_PORT

processors:
  batch:

exporters:
  jaeger_storage_exporter:
    trace_storage: lethe_memory
YAML
}

# Sets CMD to the foreground command line of a component.
command_kafka() {
  CMD=("$JAVA_BIN" -Xms256m -Xmx768m -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true
    "-Dlethe.state.dir=$LETHE_STATE_DIR"
    "-Dlog4j.configuration=file:$LETHE_SCRIPTS/infra/kafka/log4j.properties"
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$RUN_DIR/kafka.server.properties")
}

command_mongo() {
  # --debug-addr=- turns off FerretDB's HTTP debug listener (default 127.0.0.1:8088).
  CMD=("$LETHE_BIN_DIR/ferretdb" "--listen-addr=$LETHE_HOST:$LETHE_MONGO_PORT"
    --handler=sqlite "--sqlite-url=file:$DATA_DIR/mongo/" "--state-dir=$DATA_DIR/mongo/state"
    --telemetry=disable --debug-addr=- --log-level=INFO)
}

command_redis() {
  CMD=(redis-server --bind "$LETHE_HOST" --port "$LETHE_REDIS_PORT" --save '' --appendonly no
    --daemonize no --dir "$DATA_DIR/redis" --logfile '')
}

command_mailpit() {
  # Any SMTP credentials are accepted, also over plain connections, so clients configured to
  # authenticate send as they would in production. No version check and no reverse DNS lookups:
  # both would reach out of the machine.
  CMD=("$LETHE_BIN_DIR/mailpit" "--smtp=$LETHE_HOST:$LETHE_MAILPIT_SMTP_PORT"
    "--listen=$LETHE_HOST:$LETHE_MAILPIT_HTTP_PORT" "--database=$DATA_DIR/mailpit/mailpit.db"
    --smtp-auth-accept-any --smtp-auth-allow-insecure --smtp-disable-rdns --disable-version-check)
}

command_jaeger() {
  CMD=("$LETHE_BIN_DIR/jaeger" --config "$RUN_DIR/jaeger.yaml")
}

ready_kafka() {
  grep -q 'Kafka Server started' "$LOG_DIR/kafka.log" &&
    node "$PROBE" kafka "$LETHE_HOST:$LETHE_KAFKA_PORT" >/dev/null 2>&1
}

ready_mongo() { node "$PROBE" mongo "$LETHE_HOST:$LETHE_MONGO_PORT" >/dev/null 2>&1; }

ready_redis() {
  [[ $(timeout 5 redis-cli -h "$LETHE_HOST" -p "$LETHE_REDIS_PORT" ping 2>/dev/null) == PONG ]]
}

ready_mailpit() {
  node "$PROBE" mailpit "$LETHE_HOST:$LETHE_MAILPIT_SMTP_PORT" "$LETHE_HOST:$LETHE_MAILPIT_HTTP_PORT" >/dev/null 2>&1
}

ready_jaeger() {
  node "$PROBE" jaeger "$LETHE_HOST:$LETHE_JAEGER_HEALTH_PORT" "$LETHE_HOST:$LETHE_JAEGER_UI_PORT" >/dev/null 2>&1
}

# ---------------------------------------------------------------- generic process handling

pid_file() { echo "$RUN_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }

# True when PID is the component started from this state dir: right program, and its working
# directory is the component's data dir (infra.sh starts every process there).
is_ours() {
  local component=$1 pid=$2 cmdline
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [[ $cmdline == *"$(cmdline_marker "$component")"* ]] || return 1
  [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$DATA_DIR/$component" ]]
}

# Prints the pid of the running component, or fails.
running_pid() {
  local file pid
  file=$(pid_file "$1")
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  is_ours "$1" "$pid" || return 1
  echo "$pid"
}

port_open() { timeout 1 bash -c "exec 3<>/dev/tcp/$LETHE_HOST/$1" 2>/dev/null; }

fail_report() {
  local component=$1 reason=$2 log
  log=$(log_file "$component")
  printf '[lethe] error: %s: %s; log file: %s\n' "$component" "$reason" "$log" >&2
  if [[ -f $log ]]; then
    printf -- '----- last 30 lines of %s -----\n' "$log" >&2
    tail -n 30 "$log" >&2
    printf -- '-----\n' >&2
  fi
}

# Starts the component in the background unless it is already running; does not wait.
launch() {
  local component=$1 pid port file log
  if pid=$(running_pid "$component"); then
    lethe_log "$component: already running (pid $pid)"
    return 0
  fi
  file=$(pid_file "$component")
  log=$(log_file "$component")
  rm -f "$file"
  for port in $(ports_of "$component"); do
    if port_open "$port"; then
      fail_report "$component" "port $port on $LETHE_HOST is taken by a process infra.sh did not start"
      return 1
    fi
  done
  mkdir -p "$DATA_DIR/$component"
  # One previous log is kept; readiness checks then only see this run's lines.
  [[ -f $log ]] && mv -f "$log" "$log.1"
  : >"$log"
  "prepare_$component" || return 1
  local CMD=()
  "command_$component"
  lethe_log "$component: starting on port $(ports_of "$component" | tr ' ' ,)"
  # setsid: own session, so the process survives the calling shell and its process group.
  # The inner shell records its own pid, closes inherited descriptors (e.g. our lock) and execs.
  (
    cd "$DATA_DIR/$component"
    # shellcheck disable=SC2016 # expanded by the inner shell
    exec setsid bash -c 'echo $$ >"$0"
      for fd in /proc/$$/fd/*; do
        fd=${fd##*/}
        if ((fd > 2)) && [[ -e /proc/$$/fd/$fd ]]; then exec {fd}>&-; fi
      done
      exec "$@"' "$file" "${CMD[@]}" </dev/null >>"$log" 2>&1 &
  )
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s $file ]] && return 0
    sleep 0.1
  done
  fail_report "$component" "process did not start"
  return 1
}

wait_ready() {
  local component=$1 timeout pid start=$SECONDS
  timeout=$(ready_timeout "$component")
  while :; do
    if ! pid=$(running_pid "$component"); then
      fail_report "$component" "process exited during startup"
      rm -f "$(pid_file "$component")"
      return 1
    fi
    if "ready_$component"; then
      lethe_log "$component: ready (pid $pid, $((SECONDS - start))s)"
      return 0
    fi
    if ((SECONDS - start >= timeout)); then
      fail_report "$component" "not ready after ${timeout}s"
      stop_component "$component" >/dev/null 2>&1 || true
      return 1
    fi
    sleep 0.5
  done
}

# SIGTERM, then SIGKILL after the component's stop timeout; returns once the process is gone.
stop_component() {
  local component=$1 pid timeout start=$SECONDS
  if ! pid=$(running_pid "$component"); then
    rm -f "$(pid_file "$component")"
    lethe_log "$component: not running"
    return 0
  fi
  timeout=$(stop_timeout "$component")
  lethe_log "$component: stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while is_ours "$component" "$pid" && ((SECONDS - start < timeout)); do sleep 0.2; done
  if is_ours "$component" "$pid"; then
    lethe_log "$component: still running after ${timeout}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    start=$SECONDS
    while is_ours "$component" "$pid"; do
      ((SECONDS - start < 10)) || lethe_die "$component: pid $pid survives SIGKILL"
      sleep 0.1
    done
  fi
  rm -f "$(pid_file "$component")"
  lethe_log "$component: stopped"
}

# Mutating commands hold this lock so concurrent callers (parallel tests) do not race.
take_lock() {
  mkdir -p "$DATA_DIR" "$LOG_DIR" "$RUN_DIR"
  exec 9>"$RUN_DIR/infra.lock"
  flock -w 300 9 || lethe_die "another infra.sh holds $RUN_DIR/infra.lock"
}

run_setup() {
  # Only what the processes need; stdout goes to stderr so `up` prints just the settings.
  bash "$LETHE_SCRIPTS/setup.sh" base redis kafka ferretdb mailpit jaeger >&2
}

component_arg() {
  case ${1:-} in
    kafka | mongo | redis | mailpit | jaeger) echo "$1" ;;
    ferretdb) echo mongo ;;
    *) lethe_die "expected a component (kafka, mongo, redis, mailpit, jaeger), got '${1:-}'" ;;
  esac
}

# ---------------------------------------------------------------- commands

cmd_env() {
  echo "export KAFKA_BROKERS=$LETHE_HOST:$LETHE_KAFKA_PORT"
  echo "export MONGODB_URI=mongodb://$LETHE_HOST:$LETHE_MONGO_PORT"
  echo "export REDIS_URL=redis://$LETHE_HOST:$LETHE_REDIS_PORT"
  echo "export SMTP_URL=smtp://$LETHE_HOST:$LETHE_MAILPIT_SMTP_PORT"
  echo "export MAILPIT_URL=http://$LETHE_HOST:$LETHE_MAILPIT_HTTP_PORT"
  echo "export OTEL_EXPORTER_OTLP_ENDPOINT=http://$LETHE_HOST:$LETHE_JAEGER_OTLP_HTTP_PORT"
  echo "export JAEGER_URL=http://$LETHE_HOST:$LETHE_JAEGER_UI_PORT"
}

cmd_up() {
  local fresh=0 component failed=0
  case ${1:-} in
    --fresh) fresh=1 ;;
    '') ;;
    *) lethe_die "unknown option for up: $1" ;;
  esac
  take_lock
  run_setup
  if ((fresh)); then
    for component in "${COMPONENTS[@]}"; do stop_component "$component"; done
    lethe_log "wiping $DATA_DIR"
    rm -rf "$DATA_DIR"
  fi
  # Launch everything first so the slow Kafka start overlaps the others' readiness checks.
  for component in "${COMPONENTS[@]}"; do launch "$component" || failed=1; done
  for component in "${COMPONENTS[@]}"; do
    [[ -f $(pid_file "$component") ]] || continue
    wait_ready "$component" || failed=1
  done
  ((failed == 0)) || exit 1
  echo "Lethe infrastructure is up (state: $LETHE_STATE_DIR). Connection settings:"
  cmd_env
}

cmd_down() {
  local component
  take_lock
  for component in "${COMPONENTS[@]}"; do stop_component "$component"; done
}

cmd_start() {
  local component fresh=0
  component=$(component_arg "${1:-}")
  case ${2:-} in
    --fresh) fresh=1 ;;
    '') ;;
    *) lethe_die "unknown option for start: $2" ;;
  esac
  take_lock
  run_setup
  if ((fresh)); then
    stop_component "$component"
    lethe_log "wiping $DATA_DIR/$component"
    rm -rf "${DATA_DIR:?}/$component"
  fi
  launch "$component" || exit 1
  wait_ready "$component" || exit 1
}

cmd_stop() {
  local component
  component=$(component_arg "${1:-}")
  take_lock
  stop_component "$component"
}

# Prints one line per component and exits 0; with --quiet prints nothing and exits 0 only when
# every component is running, for scripts that use it as a test.
cmd_status() {
  local component pid state quiet=0 rc=0
  case ${1:-} in
    --quiet | -q) quiet=1 ;;
    '') ;;
    *) lethe_die "unknown option for status: $1" ;;
  esac
  for component in "${COMPONENTS[@]}"; do
    if pid=$(running_pid "$component"); then state=running; else state=stopped pid=- rc=3; fi
    ((quiet)) || printf '%-7s %-8s pid=%-8s port=%s\n' "$component" "$state" "$pid" "$(ports_of "$component" | tr ' ' ,)"
  done
  ((quiet)) && return "$rc"
  return 0
}

cmd_logs() {
  local components=("${COMPONENTS[@]}") files=() component
  [[ -n ${1:-} ]] && components=("$(component_arg "$1")")
  for component in "${components[@]}"; do
    [[ -f $(log_file "$component") ]] && files+=("$(log_file "$component")")
  done
  ((${#files[@]})) || lethe_die "no log files in $LOG_DIR yet"
  tail -n "${LETHE_LOG_LINES:-50}" "${files[@]}"
}

usage() {
  sed -n '2,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
}

main() {
  local cmd=${1:-}
  [[ $# -gt 0 ]] && shift
  case $cmd in
    up | down | start | stop | status | logs | env) "cmd_$cmd" "$@" ;;
    *) usage ;;
  esac
}

main "$@"
