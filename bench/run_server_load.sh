#!/usr/bin/env bash
# Load test of `chronicle serve` (issue 10): wrk on loopback, bounded in time,
# 50 connections POSTing the bundled article to /annotate. Prints wrk's
# figures (p99 latency, errors) and the server's RSS after a warm-up and after
# the run, then stops the server with SIGTERM and checks it exits cleanly.
# usage: bench/run_server_load.sh [CHRONICLE] [DURATION] [CONNECTIONS]
#        defaults: build/release/chronicle 120s 50
set -euo pipefail
cd "$(dirname "$0")/.."
chronicle=${1:-build/release/chronicle}
duration=${2:-120s}
connections=${3:-50}
export CHRONICLE_ARTICLE=${CHRONICLE_ARTICLE:-examples/harbour-talks.txt}
command -v wrk >/dev/null || { echo "wrk is not installed (Debian package wrk)" >&2; exit 2; }

work=$(mktemp -d)
trap '[ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
"$chronicle" serve --port 0 --port-file "$work/port" 2>"$work/server.log" &
pid=$!
for _ in $(seq 200); do [ -s "$work/port" ] && break; sleep 0.05; done
port=$(cat "$work/port")
url="http://127.0.0.1:$port"
rss() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }

echo "server: $("$chronicle" version), pid $pid, $url, $(nproc) cores"
echo "article: $CHRONICLE_ARTICLE ($(wc -c <"$CHRONICLE_ARTICLE") bytes)"
echo "rss_start_kb $(rss)"
wrk -t2 -c"$connections" -d10s --timeout 5s -s bench/server_load.lua "$url" >"$work/warmup.txt"
echo "rss_after_warmup_kb $(rss)"
echo "run: wrk -t2 -c$connections -d$duration --timeout 5s"
wrk -t2 -c"$connections" -d"$duration" --timeout 5s -s bench/server_load.lua "$url" | tee "$work/run.txt" | grep -E '^[a-z_0-9.]+ [0-9.]+$'
echo "rss_after_run_kb $(rss)"
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
echo "health_after_run $(head -1 <&3 | tr -d '\r')"
exec 3<&-
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=
echo "exit_status_after_sigterm $status"
