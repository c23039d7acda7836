#!/usr/bin/env bash
# Tokenize+segment benchmark: chronicle vs wink-nlp (sbd pipe only) on the BBC
# corpus, one core each, same machine, same run. Prints one JSON line per tool
# and the ratio. Usage: bench/run_tokenize_bench.sh [CORPUS_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/bbc}
rounds=${2:-7}
[ -d "$corpus" ] || { echo "error: corpus folder $corpus not found (it lives in ../shared/corpora/bbc)" >&2; exit 2; }
cmake --preset release >/dev/null
cmake --build --preset release --target bench_segment >/dev/null
if [ ! -d bench/peers/node_modules/wink-nlp ]; then
  (cd bench/peers && npm install --no-audit --no-fund --silent >&2)
fi
ours=$(taskset -c 0 build/release/bench/bench_segment "$corpus" "$rounds")
peer=$(taskset -c 0 node bench/peers/wink_sbd.js "$corpus" "$rounds")
echo "$ours"
echo "$peer"
python3 - "$ours" "$peer" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"ratio chronicle/wink-nlp: {a['mb_per_s'] / b['mb_per_s']:.1f}x "
      f"({a['mb_per_s']} vs {b['mb_per_s']} MB/s, median of {a['rounds']} rounds)")
PY
