#!/usr/bin/env bash
# Corpus run into SQLite, end to end, on a generated corpus of invented news
# stories (DOCS documents, default 100000):
#  1. an uninterrupted run `annotate CORPUS -j THREADS -o full.db` (all stages),
#     under /usr/bin/time: wall, CPU, peak RSS;
#  2. the same run killed with SIGKILL once the database holds half the
#     documents, then `--resume`d; every table of both databases is compared
#     row for row (ordered dumps, sha256);
#  3. scaling: the first SCALE_DOCS documents (default 20000) with -j 1 and -j 2;
#  4. memory on a large input, when BIG_MB > 0: the corpus repeated (new ids)
#     up to BIG_MB megabytes, into SQLite with --stages tokenize,segment,social
#     (the whole pipeline would take hours on it), under /usr/bin/time.
# Figures are printed as JSON lines; the work folder is removed at the end.
# Usage: bench/run_sqlite_resume.sh [DOCS] [THREADS] [SCALE_DOCS] [BIG_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-100000}
threads=${2:-2}
scale_docs=${3:-20000}
big_mb=${4:-0}
bin=${CHRONICLE_BIN:-build/release/chronicle}  # another binary may be given
[ -n "${CHRONICLE_BIN:-}" ] || cmake --build --preset release --target chronicle >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$work/corpus.jsonl" "$docs" <<'PY'
import json, random, sys
path, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(9)
people = ["Anna Kowal", "Ravi Sandhu", "Mei Tanaka", "Tom Okafor", "Lena Brandt", "Omar Haddad"]
places = ["Ruritania", "Elbonia", "Freedonia", "Latveria", "Genovia", "Ottawa", "Oslo"]
said = ["said", "told reporters", "warned", "announced", "wrote on Tuesday"]
with open(path, "w", encoding="utf-8") as out:
    for i in range(n):
        who, other = rng.choice(people), rng.choice(people)
        where, there = rng.choice(places), rng.choice(places)
        parts = [f"The minister of {where}, {who}, will visit {there} on Monday to discuss trade."]
        for _ in range(rng.randint(1, 3)):
            parts.append(f'"We want an agreement before winter," {who} {rng.choice(said)}. '
                         f"{other} said talks with {where} had gone well, but gave no date.")
        text = " ".join(parts)
        if i % 4 == 1:
            text += (f"\n\nTalks went well in {there} today. #Trade{i % 7}\n"
                     f"— {who} (@handle{i % 11}) May {1 + i % 28}, 2021\n")
        rec = {"id": f"doc-{i}", "date": f"2021-05-{1 + i % 28:02d}", "text": text}
        out.write((json.dumps(rec, ensure_ascii=False) if i % 997 != 996 else '{"id": "bad-%d", "text": 1}' % i) + "\n")
PY
bytes=$(stat -c %s "$work/corpus.jsonl")
tokens=$(/usr/bin/python3 -c "import json,sys; print(sum(len(json.loads(l).get('text','') .split()) if isinstance(json.loads(l).get('text'),str) else 0 for l in open(sys.argv[1])))" "$work/corpus.jsonl")
echo "{\"corpus_docs\": $docs, \"corpus_mb\": $((bytes / 1000000)), \"input_tokens\": $tokens}"

# Ordered dump of every table but meta, hashed.
digest() {
  for t in documents sentences tokens entities mentions quotes posts social times events errors; do
    sqlite3 "$1" "SELECT * FROM $t ORDER BY 1, 2, 3"
  done | sha256sum | cut -c1-16
}

timed() {  # label, then the command; prints a JSON line with wall/cpu/rss
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" 2>"$work/err" || true
  # time(1) puts "Command exited with non-zero status 1" first when the run had failed documents.
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v t="$tokens" 'BEGIN {
    printf "{\"run\": \"%s\", \"wall_s\": %.2f, \"cpu_s\": %.2f, \"peak_rss_mb\": %d, \"tokens_per_s_wall\": %d}\n",
           l, w, u + s, r / 1024, t / w }'
  tail -1 "$work/err" >&2
}

timed "full -j$threads" "$bin" annotate "$work/corpus.jsonl" -j "$threads" -o "$work/full.db"

# Killed halfway, then resumed.
"$bin" annotate "$work/corpus.jsonl" -j "$threads" -o "$work/killed.db" --quiet &
pid=$!
until [ -f "$work/killed.db" ] && [ "$(sqlite3 "$work/killed.db" 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)" -ge $((docs / 2)) ]; do
  sleep 0.2
done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
at_kill=$(sqlite3 "$work/killed.db" 'SELECT count(*) FROM documents')
integrity=$(sqlite3 "$work/killed.db" 'PRAGMA integrity_check')
timed "resume -j$threads" "$bin" annotate "$work/corpus.jsonl" -j "$threads" -o "$work/killed.db" --resume
full_digest=$(digest "$work/full.db")
resumed_digest=$(digest "$work/killed.db")
echo "{\"killed_at_docs\": $at_kill, \"integrity_after_kill\": \"$integrity\", \"full\": \"$full_digest\", \"resumed\": \"$resumed_digest\", \"equal\": $([ "$full_digest" = "$resumed_digest" ] && echo true || echo false)}"
ls -l "$work"/full.db | awk '{print "{\"full_db_mb\": " int($5 / 1000000) "}"}'

# Scaling on the first scale_docs documents.
head -n "$scale_docs" "$work/corpus.jsonl" >"$work/scale.jsonl"
tokens=$(/usr/bin/python3 -c "import json,sys; print(sum(len(json.loads(l).get('text','') .split()) if isinstance(json.loads(l).get('text'),str) else 0 for l in open(sys.argv[1])))" "$work/scale.jsonl")
for j in 1 2; do
  rm -f "$work/scale.db"
  timed "scale -j$j" "$bin" annotate "$work/scale.jsonl" -j "$j" -o "$work/scale.db"
done

if [ "$big_mb" -gt 0 ]; then
  /usr/bin/python3 - "$work/corpus.jsonl" "$work/big.jsonl" "$big_mb" <<'PY'
import sys
src, dst, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1000 * 1000
lines = open(src, encoding="utf-8").read().splitlines()
written, rep = 0, 0
with open(dst, "w", encoding="utf-8") as out:
    while written < limit:
        for line in lines:
            line = line.replace('"id": "doc-', '"id": "r%d-' % rep, 1) + "\n"
            out.write(line)
            written += len(line.encode())
            if written >= limit:
                break
        rep += 1
PY
  rm -f "$work/full.db" "$work/killed.db" "$work/scale.db"
  tokens=$(wc -w <"$work/big.jsonl")
  echo "{\"big_input_mb\": $(($(stat -c %s "$work/big.jsonl") / 1000000)), \"big_input_words\": $tokens}"
  timed "big -j$threads tokenize,segment,social" "$bin" annotate "$work/big.jsonl" -j "$threads" \
    --stages tokenize,segment,social -o "$work/big.db"
  ls -l "$work"/big.db | awk '{print "{\"big_db_mb\": " int($5 / 1000000) "}"}'
fi
