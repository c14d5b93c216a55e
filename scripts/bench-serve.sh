#!/usr/bin/env bash
# Load test of `chronicle serve` with wrk: requests per second and p99 latency of the dyad page
# and of /api/events over a SQLite store of synthetic events (chronicle-bench serve-data).
#
#   scripts/bench-serve.sh [EVENTS] [DURATION_SECONDS]      # defaults: 1000000 events, 15 s
#   CONFIG=release scripts/bench-serve.sh 10000000 30
#   SCRATCH=.build-release CONFIG=release scripts/bench-serve.sh 10000000 30   # another build directory
#
# The database is kept in /tmp/chronicle-serve-bench-EVENTS.sqlite and reused by later runs.
#
# Release, 10 M events (8.8 GB), 2 shared cores (load 6-8), wrk on the same machine (2026-11-29):
#   dyad page /dyads/USA-CHN                   73 req/s   p99 412 ms
#   dyad page, one year                        34 req/s   p99 670 ms
#   /api/events?dyad=USA-CHN&limit=100        193 req/s   p99 158 ms
#   /api/events?country=PRK&root=19&limit=100  59 req/s   p99 394 ms
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
duration=${2:-15}
config=${CONFIG:-debug}
scratch=(${SCRATCH:+--scratch-path "$SCRATCH"})
command -v wrk >/dev/null || { echo "bench-serve: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

swift build "${scratch[@]}" -c "$config" --product chronicle >/dev/null
swift build "${scratch[@]}" -c "$config" --product chronicle-bench >/dev/null
bin="$(swift build "${scratch[@]}" -c "$config" --show-bin-path)"
db="/tmp/chronicle-serve-bench-$events.sqlite"
if [ ! -f "$db" ]; then
    # Millions of events are drawn inside SQLite; the Swift loader needs about a minute per million.
    if [ "$events" -ge 2000000 ]; then fast=(--in-sqlite); else fast=(); fi
    "$bin/chronicle-bench" serve-data "${fast[@]}" --events "$events" --db "$db"
fi
ls -lh "$db" | awk '{print "database: " $5 " " $9}'

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log=$(mktemp /tmp/chronicle-serve-bench.XXXXXX.log)
start=$(date +%s.%N)
"$bin/chronicle" serve --db "$db" --port "$port" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 500); do grep -q "listening on" "$log" && break; sleep 0.02; done
echo "startup: $(python3 -c "print(f'{$(date +%s.%N) - $start:.3f}')") s ($config build)"

base="http://127.0.0.1:$port"
run() {   # run LABEL PATH
    curl -sf -o /dev/null "$base$2" || { echo "bench-serve: $2 failed" >&2; exit 1; }
    local report
    report=$(wrk -t2 -c16 -d"${duration}s" --timeout 20s --latency "$base$2")
    local rps p99
    rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$report" | awk '$1 == "99%" {print $2}')
    printf '%-40s %10s req/s   p99 %s\n' "$1" "$rps" "$p99"
}
echo "wrk: 2 threads, 16 connections, ${duration}s each, $events events"
run "dyad page /dyads/USA-CHN" "/dyads/USA-CHN"
run "dyad page, one year" "/dyads/USA-CHN?from=2015-01-01&to=2015-12-31"
run "/api/events?dyad=USA-CHN&limit=100" "/api/events?dyad=USA-CHN&limit=100"
run "/api/events?country=PRK&root=19&limit=100" "/api/events?country=PRK&root=19&limit=100"
