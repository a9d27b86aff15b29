#!/usr/bin/env bash
# Self-check of scripts/infra.sh: up, idempotent second up, round trips, Kafka, Mailpit and Jaeger
# restarts, --fresh, down, and no leftover processes. Uses its own state dir and free ports, so the
# infrastructure other engineers and tests are using is never touched. Ends with "N passed, N failed".
set -euo pipefail

# A random free port not in PICKED_PORTS (called in $(...), so the caller records the choice).
# Below the kernel's ephemeral range: a port there may be the local end of some client's
# connection, which no connect test sees but which makes a server's bind fail.
pick_port() {
  local port low
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  while :; do
    port=$((20000 + RANDOM % (low - 20000)))
    [[ " ${PICKED_PORTS:-} " == *" $port "* ]] && continue
    timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null && continue
    echo "$port"
    return
  done
}

LETHE_STATE_DIR=$(cd "$(mktemp -d "${TMPDIR:-/tmp}/lethe-infra-test.XXXXXX")" && pwd -P)
PICKED_PORTS=
PORT_VARS=(LETHE_KAFKA_PORT LETHE_KAFKA_CONTROLLER_PORT LETHE_MONGO_PORT LETHE_REDIS_PORT
  LETHE_MAILPIT_SMTP_PORT LETHE_MAILPIT_HTTP_PORT LETHE_JAEGER_OTLP_GRPC_PORT LETHE_JAEGER_OTLP_HTTP_PORT
  LETHE_JAEGER_UI_PORT LETHE_JAEGER_QUERY_GRPC_PORT LETHE_JAEGER_HEALTH_PORT)
for var in "${PORT_VARS[@]}"; do
  printf -v "$var" '%s' "$(pick_port)"
  PICKED_PORTS+=" ${!var}"
done
export LETHE_STATE_DIR "${PORT_VARS[@]}"

# shellcheck source-path=SCRIPTDIR source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

INFRA=$LETHE_SCRIPTS/infra.sh
PROBE=$LETHE_SCRIPTS/infra/probe.mjs
OUT=$LETHE_STATE_DIR/test-output
TOPIC=lethe-infra-test
PASSED=0
FAILED=0

ok() { PASSED=$((PASSED + 1)); echo "ok   - $1"; }
not_ok() {
  FAILED=$((FAILED + 1))
  echo "FAIL - $1"
  [[ -s $OUT ]] && sed 's/^/       | /' "$OUT" | tail -n 40
  return 0
}
# check DESCRIPTION COMMAND...: runs the command with its output in $OUT.
check() {
  local desc=$1
  shift
  if "$@" >"$OUT" 2>&1; then ok "$desc"; else not_ok "$desc"; fi
}

infra() { bash "$INFRA" "$@"; }

kafka_topics() {
  "$JAVA_BIN" "-Dlog4j.configuration=file:$LETHE_SCRIPTS/infra/kafka/tools-log4j.properties" \
    -cp "$KAFKA_HOME/libs/*" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$LETHE_HOST:$LETHE_KAFKA_PORT" "$@"
}

pid_of() { cat "$LETHE_STATE_DIR/run/$1.pid" 2>/dev/null || echo none; }
COMPONENT_COUNT=5
pids() { echo "$(pid_of kafka) $(pid_of mongo) $(pid_of redis) $(pid_of mailpit) $(pid_of jaeger)"; }

status_count() { [[ $(infra status | grep -c " $1 ") == "$2" ]]; }
saved_output_has() { grep -q -- "$2" "$1"; }
topic_listed() { kafka_topics --list | grep -qx "$TOPIC"; }
topic_absent() { ! topic_listed; }
redis_pong() { [[ $(redis-cli -h "$LETHE_HOST" -p "$LETHE_REDIS_PORT" ping) == PONG ]]; }
env_has_seven() { [[ $(infra env | grep -c '^export ') == 7 ]]; }
kafka_logs_show_start() { infra logs kafka | grep -q 'Kafka Server started'; }
mailpit_probe() { node "$PROBE" mailpit "$LETHE_HOST:$LETHE_MAILPIT_SMTP_PORT" "$LETHE_HOST:$LETHE_MAILPIT_HTTP_PORT" "$@"; }
mailpit_logs_show_start() { infra logs mailpit | grep -q "starting on $LETHE_HOST:$LETHE_MAILPIT_SMTP_PORT"; }
mailpit_database_in_state_dir() { [[ -s $LETHE_STATE_DIR/data/mailpit/mailpit.db ]]; }
jaeger_probe() {
  node "$PROBE" jaeger "$LETHE_HOST:$LETHE_JAEGER_HEALTH_PORT" "$LETHE_HOST:$LETHE_JAEGER_UI_PORT" "$@"
}
jaeger_roundtrip() { jaeger_probe roundtrip "$LETHE_HOST:$LETHE_JAEGER_OTLP_HTTP_PORT"; }
JAEGER_PORTS=("$LETHE_JAEGER_OTLP_GRPC_PORT" "$LETHE_JAEGER_OTLP_HTTP_PORT" "$LETHE_JAEGER_UI_PORT"
  "$LETHE_JAEGER_QUERY_GRPC_PORT" "$LETHE_JAEGER_HEALTH_PORT")

# Every listening socket on PORT (from /proc/net/tcp and tcp6) is bound to 127.0.0.1.
listens_on_loopback_only() {
  local port_hex found=0 local_address state
  port_hex=$(printf '%04X' "$1")
  while read -r _ local_address _ state _; do
    [[ $state == 0A && ${local_address##*:} == "$port_hex" ]] || continue
    found=1
    if [[ ${local_address%:*} != 0100007F ]]; then
      echo "port $1 listens on ${local_address%:*}"
      return 1
    fi
  done < <(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null)
  ((found == 1)) || echo "nothing listens on port $1"
  ((found == 1))
}

# Every socket the process PID listens on (TCP) or is bound to (UDP) is on 127.0.0.1, and it
# listens on exactly the ports given: a default listener the configuration did not name shows up.
process_binds_loopback_only() {
  local pid=$1 fd link inodes=' ' file local_address state inode ports=() bad=0
  shift
  for fd in /proc/"$pid"/fd/*; do
    link=$(readlink "$fd" 2>/dev/null) || continue
    [[ $link == socket:\[*\] ]] && inodes+="${link//[^0-9]/} "
  done
  for file in /proc/"$pid"/net/tcp /proc/"$pid"/net/tcp6 /proc/"$pid"/net/udp /proc/"$pid"/net/udp6; do
    [[ -r $file ]] || continue
    while read -r _ local_address _ state _ _ _ _ _ inode _; do
      [[ $inodes == *" $inode "* ]] || continue
      [[ $file == */tcp* && $state != 0A ]] && continue
      if [[ ${local_address%:*} != 0100007F ]]; then
        echo "pid $pid has a socket on ${local_address%:*} port $((16#${local_address##*:})) ($file)"
        bad=1
      fi
      [[ $file == */tcp* ]] && ports+=("$((16#${local_address##*:}))")
    done < <(tail -n +2 "$file")
  done
  local listening expected
  listening=$(printf '%s\n' "${ports[@]}" | sort -nu | tr '\n' ' ')
  expected=$(printf '%s\n' "$@" | sort -nu | tr '\n' ' ')
  if [[ $listening != "$expected" ]]; then
    echo "pid $pid listens on ports $listening, expected $expected"
    bad=1
  fi
  ((bad == 0))
}

# A process that exited but was not reaped yet (no init reaping in some containers) counts as gone.
process_gone() { ! kill -0 "$1" 2>/dev/null || grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null; }

second_up_was_noop() {
  [[ $(grep -c 'already running' "$1") == "$COMPONENT_COUNT" ]] && ! grep -q ': starting' "$1" &&
    [[ $PIDS_BEFORE == "$(pids)" ]]
}

# Processes of ours: anything whose working directory is in the state dir, plus the four
# programs matched by command line (redis rewrites its argv to "redis-server HOST:PORT").
no_leftover_processes() {
  local dir pid found=0
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    if [[ $(readlink "$dir/cwd" 2>/dev/null) == "$LETHE_STATE_DIR"* ]]; then
      echo "pid $pid runs in the state dir: $(tr '\0' ' ' <"$dir/cmdline" 2>/dev/null)"
      found=1
    fi
  done
  pgrep -af "kafka\.Kafka .*$LETHE_STATE_DIR" && found=1
  pgrep -af "ferretdb .*$LETHE_STATE_DIR" && found=1
  pgrep -af "redis-server .*:$LETHE_REDIS_PORT([^0-9]|$)" && found=1
  pgrep -af "mailpit .*$LETHE_STATE_DIR" && found=1
  pgrep -af "jaeger .*$LETHE_STATE_DIR" && found=1
  ((found == 0))
}

ports_closed() {
  local port
  for port in "$LETHE_KAFKA_PORT" "$LETHE_KAFKA_CONTROLLER_PORT" "$LETHE_MONGO_PORT" "$LETHE_REDIS_PORT" \
    "$LETHE_MAILPIT_SMTP_PORT" "$LETHE_MAILPIT_HTTP_PORT" "${JAEGER_PORTS[@]}"; do
    if timeout 1 bash -c "exec 3<>/dev/tcp/$LETHE_HOST/$port" 2>/dev/null; then
      echo "port $port still accepts connections"
      return 1
    fi
  done
}

cleanup() {
  local rc=$?
  infra down >/dev/null 2>&1 || true
  if ((FAILED > 0 || rc != 0)); then
    echo "state and logs kept for inspection in $LETHE_STATE_DIR"
  else
    rm -rf "$LETHE_STATE_DIR"
  fi
}
trap cleanup EXIT

echo "test-infra: state $LETHE_STATE_DIR, ports kafka=$LETHE_KAFKA_PORT/$LETHE_KAFKA_CONTROLLER_PORT" \
  "mongo=$LETHE_MONGO_PORT redis=$LETHE_REDIS_PORT mailpit=$LETHE_MAILPIT_SMTP_PORT/$LETHE_MAILPIT_HTTP_PORT" \
  "jaeger=$(IFS=/ && echo "${JAEGER_PORTS[*]}")"

check "up starts kafka, mongo, redis, mailpit and jaeger" infra up
cp "$OUT" "$OUT.up1"
check "up prints the connection settings" saved_output_has "$OUT.up1" "export KAFKA_BROKERS=$LETHE_HOST:$LETHE_KAFKA_PORT"
check "up prints the SMTP setting" saved_output_has "$OUT.up1" "export SMTP_URL=smtp://$LETHE_HOST:$LETHE_MAILPIT_SMTP_PORT"
check "up prints the Mailpit URL" saved_output_has "$OUT.up1" "export MAILPIT_URL=http://$LETHE_HOST:$LETHE_MAILPIT_HTTP_PORT"
check "up prints the OTLP endpoint" saved_output_has "$OUT.up1" "export OTEL_EXPORTER_OTLP_ENDPOINT=http://$LETHE_HOST:$LETHE_JAEGER_OTLP_HTTP_PORT"
check "up prints the Jaeger URL" saved_output_has "$OUT.up1" "export JAEGER_URL=http://$LETHE_HOST:$LETHE_JAEGER_UI_PORT"
PIDS_BEFORE=$(pids)
check "second up succeeds" infra up
cp "$OUT" "$OUT.up2"
check "second up starts nothing and keeps the pids" second_up_was_noop "$OUT.up2"
check "status reports all five running" status_count running 5
check "env prints the seven settings" env_has_seven
check "redis answers PING" redis_pong
check "ferretdb insert/find/drop round trip" node "$PROBE" mongo "$LETHE_HOST:$LETHE_MONGO_PORT" roundtrip
check "kafka answers a metadata request" node "$PROBE" kafka "$LETHE_HOST:$LETHE_KAFKA_PORT"
check "kafka creates a topic" kafka_topics --create --topic "$TOPIC" --partitions 1 --replication-factor 1
check "kafka lists the topic" topic_listed
check "mailpit takes a message over SMTP, finds and deletes it with the API" mailpit_probe roundtrip
check "mailpit keeps its database in the state dir" mailpit_database_in_state_dir
check "mailpit SMTP listens on loopback only" listens_on_loopback_only "$LETHE_MAILPIT_SMTP_PORT"
check "mailpit HTTP listens on loopback only" listens_on_loopback_only "$LETHE_MAILPIT_HTTP_PORT"
check "jaeger is healthy and answers its query API" jaeger_probe
check "jaeger stores a span sent over OTLP/HTTP and finds it with the query API" jaeger_roundtrip
check "jaeger listens on its five ports on loopback only, and on no other" \
  process_binds_loopback_only "$(pid_of jaeger)" "${JAEGER_PORTS[@]}"

KAFKA_PID=$(pid_of kafka)
check "stop kafka" infra stop kafka
check "stopped kafka process is gone" process_gone "$KAFKA_PID"
check "status reports kafka stopped, others running" status_count running 4
check "start kafka" infra start kafka
check "restarted kafka has a new pid" test "$(pid_of kafka)" != "$KAFKA_PID"
check "topic survives the restart" topic_listed
check "logs shows the kafka log" kafka_logs_show_start

MAILPIT_PID=$(pid_of mailpit)
check "stop mailpit" infra stop mailpit
check "stopped mailpit process is gone" process_gone "$MAILPIT_PID"
check "start mailpit" infra start mailpit
check "restarted mailpit has a new pid" test "$(pid_of mailpit)" != "$MAILPIT_PID"
check "restarted mailpit answers" mailpit_probe
check "logs shows the mailpit log" mailpit_logs_show_start

JAEGER_PID=$(pid_of jaeger)
check "stop jaeger" infra stop jaeger
check "stopped jaeger process is gone" process_gone "$JAEGER_PID"
check "status reports jaeger stopped, others running" status_count running 4
check "start jaeger" infra start jaeger
check "restarted jaeger has a new pid" test "$(pid_of jaeger)" != "$JAEGER_PID"
check "restarted jaeger answers" jaeger_probe

check "start kafka --fresh restarts kafka" infra start kafka --fresh
check "start kafka --fresh wiped kafka data" topic_absent
check "kafka creates the topic once more" kafka_topics --create --topic "$TOPIC" --partitions 1 --replication-factor 1
check "up --fresh restarts everything" infra up --fresh
check "up --fresh wiped kafka data" topic_absent

check "down stops everything" infra down
check "status reports all five stopped" status_count stopped 5
check "no process of ours is left" no_leftover_processes
check "no port of ours is still open" ports_closed
check "down twice is harmless" infra down

echo "test-infra: $PASSED passed, $FAILED failed"
((FAILED == 0))
