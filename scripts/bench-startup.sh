#!/usr/bin/env bash
# Start-up benchmark: how long `java -jar target/jaring.jar` takes until it is ready, on the
# embedded PostgreSQL. Ready = /actuator/health says UP and the application printed its ready
# banner (ApplicationReadyEvent: after start-up work such as creating the first administrator,
# which runs after the health endpoint already answers). First on a fresh data directory (initdb + every Flyway migration),
# then again on the kept directory (an ordinary restart). Prints seconds for each and stops the
# server after each start. Results go to docs/BENCHMARKS.md.
#
#   scripts/bench-startup.sh [RESTARTS]      (RESTARTS: starts on the kept directory, default 1)
#
# Environment: JAR (default target/jaring.jar), PORT (default 18090), JAVA (default java),
# KEEP_DATA=1 keeps the temporary data directory.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/jaring.jar}
PORT=${PORT:-18090}
JAVA=${JAVA:-java}
RESTARTS=${1:-1}
TIMEOUT_S=180

[ -f "$JAR" ] || { echo "No $JAR: build it first (mvn -DskipTests package)" >&2; exit 2; }
if ss -ltn "sport = :$PORT" | grep -q LISTEN; then
  echo "Port $PORT is in use: set PORT to a free one" >&2; exit 2
fi

DATA=$(mktemp -d /tmp/jaring-startup.XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" || true; fi
  if [ "${KEEP_DATA:-0}" != 1 ]; then rm -rf "$DATA"; else echo "Data kept in $DATA"; fi
}
trap cleanup EXIT

# Starts the jar on $DATA, waits until ready, prints "<label>: <seconds>", stops it again.
measure() {
  local label=$1 log="$DATA/start-$2.log" start end
  start=$(date +%s.%N)
  JARING_DATA_DIR="$DATA" PORT="$PORT" JARING_ADMIN_PASSWORD="startup-bench-$RANDOM$RANDOM" \
    "$JAVA" -jar "$JAR" >"$log" 2>&1 &
  PID=$!
  until grep -qs "Jaring is ready" "$log" \
      && curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "$label: the server died, see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    if awk -v s="$start" -v n="$(date +%s.%N)" -v t="$TIMEOUT_S" 'BEGIN { exit !(n - s > t) }'; then
      echo "$label: not ready after $TIMEOUT_S s" >&2; exit 1
    fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  # CPU seconds the JVM used until ready (user + system): what wall time is made of on a quiet machine
  local cpu
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$PID/stat")
  local spring
  spring=$(grep -o 'Started JaringApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log" || true)
  printf '%-32s %6.1f s   (JVM CPU %s s; %s; load average %s)\n' "$label:" \
    "$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')" "$cpu" "${spring:-no Spring line}" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$PID"
  wait "$PID" || true
  PID=""
}

echo "Start-up until ready ($JAR, port $PORT, data in $DATA)"
measure "fresh data directory" 0
for i in $(seq 1 "$RESTARTS"); do
  measure "restart on kept directory #$i" "$i"
done
