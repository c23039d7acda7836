#!/usr/bin/env bash
# Flat memory on a long corpus: generates a JSONL corpus of SIZE_MB (default
# 1000 MB) from varied invented sentences, runs
#   chronicle annotate --stages tokenize,segment -j 2 -o /dev/null
# under /usr/bin/time and prints peak RSS and throughput. The generated file
# goes to a temporary folder and is removed at the end.
# Usage: bench/run_memory_bench.sh [SIZE_MB] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1000}
threads=${2:-2}
cmake --preset release >/dev/null
cmake --build --preset release --target chronicle >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/corpus.jsonl" "$size_mb" <<'PY'
import json, random, sys
path, size = sys.argv[1], int(sys.argv[2]) * 1000 * 1000
rng = random.Random(1)
subjects = ["The minister", "Officials", "Mr. Haddad", "The U.S. delegation", "Ms Solberg", "Analysts"]
verbs = ["said", "warned", "announced", "denied", "confirmed", "suggested"]
objects = ["talks would resume on Friday", "the deal was close", "costs rose 3.5% to $1.2bn",
           "a meeting at 9.05am (2.05pm GMT) went well", "“progress” had been made", "#Arctic quotas matter"]
written, i = 0, 0
with open(path, "w", encoding="utf-8") as out:
    while written < size:
        text = " ".join(f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}."
                        for _ in range(rng.randint(20, 80)))
        line = json.dumps({"id": f"doc{i}", "text": text}, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode())
        i += 1
print(f"generated {written / 1e6:.0f} MB in {i} documents", file=sys.stderr)
PY
/usr/bin/time -f '{"peak_rss_kb": %M, "wall_seconds": %e, "cpu_seconds": %U}' -o "$work/time.json" \
  build/release/chronicle annotate "$work/corpus.jsonl" --stages tokenize,segment -j "$threads" -o /dev/null --quiet
python3 - "$work/time.json" "$work/corpus.jsonl" <<'PY'
import json, os, sys
t = json.load(open(sys.argv[1]))
mb = os.path.getsize(sys.argv[2]) / 1e6
print(json.dumps({"corpus_mb": round(mb), "peak_rss_mb": round(t["peak_rss_kb"] / 1024, 1),
                  "wall_seconds": t["wall_seconds"], "mb_per_s_wall": round(mb / t["wall_seconds"], 1)}))
PY
