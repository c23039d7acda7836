#!/usr/bin/env bash
# Time-expression benchmark: chronicle's time stage vs npm chrono-node and
# Debian's python3-dateparser (search_dates) on the BBC corpus, one core each.
# Prints one JSON line per tool. Usage: bench/run_time_bench.sh [CORPUS_DIR] [ROUNDS] [DATEPARSER_FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/bbc}
rounds=${2:-5}
dp_files=${3:-100}
[ -d "$corpus" ] || { echo "error: corpus folder $corpus not found (it lives in ../shared/corpora/bbc)" >&2; exit 2; }
cmake --build --preset release --target bench_time >/dev/null
if [ ! -d bench/time/node_modules/chrono-node ]; then
  (cd bench/time && npm install --no-audit --no-fund --silent >&2)
fi
taskset -c 0 build/release/bench/bench_time "$corpus" "$rounds"
taskset -c 0 node bench/time/chrono_bench.js "$corpus" 3
taskset -c 0 /usr/bin/python3 bench/time/dateparser_bench.py "$corpus" "$dp_files"
