#!/usr/bin/env bash
# What one stage adds to a whole `chronicle annotate` run: the corpus is annotated with every
# stage up to and including STAGE and with the same stages less STAGE, alternately, ROUNDS times
# each; prints the CPU (user) seconds of each run, their medians, and the added cost as a share of
# the run without the stage. The `event` stage runs in neither, so the figure for `actor` is what
# actor coding and geocoding add to tokenize..quote (issue 7, item 5).
# Usage: bench/run_stage_cost.sh [STAGE] [CORPUS_DIR] [ROUNDS] [CHRONICLE]
set -euo pipefail
cd "$(dirname "$0")/.."
stage=${1:-actor}
corpus=${2:-../shared/corpora/bbc}
rounds=${3:-5}
chronicle=${4:-build/release/chronicle}
[ -d "$corpus" ] || { echo "error: corpus folder $corpus not found (it lives in ../shared/corpora/bbc)" >&2; exit 2; }
[ -x "$chronicle" ] || { echo "error: $chronicle not built (cmake --build --preset release)" >&2; exit 2; }
all=(text tokenize segment social tag parse ner time entity quote actor event)
before=()
for s in "${all[@]}"; do
  [ "$s" = "$stage" ] && break
  before+=("$s")
done
[ ${#before[@]} -lt ${#all[@]} ] || { echo "error: unknown stage '$stage' (one of ${all[*]})" >&2; exit 2; }
without=$(IFS=,; echo "${before[*]}")
with="$without,$stage"

cpu() { /usr/bin/time -f %U "$chronicle" annotate "$corpus" --stages "$1" -o /dev/null -j 1 --quiet 2>&1 >/dev/null | tail -1; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

a=(); b=()
for ((i = 0; i < rounds; i++)); do
  a+=("$(cpu "$without")")
  b+=("$(cpu "$with")")
done
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
echo "without $stage ($without): ${a[*]} s, median $ma s"
echo "with $stage: ${b[*]} s, median $mb s"
awk -v a="$ma" -v b="$mb" -v s="$stage" 'BEGIN {printf "%s adds %.2f s = %.1f %% of the run without it\n", s, b - a, 100 * (b - a) / a}'
