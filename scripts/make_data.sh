#!/usr/bin/env bash
# Compiles the actor stage's data files in data/ (CAMEO actor, agent,
# discard and verb dictionaries; country table; GeoNames gazetteer) from
# ../shared/corpora, Debian's iso-codes and the project's own data/src
# (chronicle.actors.txt, chronicle.media.txt and the firm dictionary
# chronicle.firms.txt go into cameo-actors.chd before the Phoenix files; the
# list is in src/actor/data_build.cpp), reproducibly (META dates from the last commit via SOURCE_DATE_EPOCH).
#
# Usage: scripts/make_data.sh [CHRONICLE_BINARY] [CORPORA_DIR]
#   defaults: build/release/chronicle, ../shared/corpora
# Also reachable as `cmake --build build/release --target data`.
set -euo pipefail
cd "$(dirname "$0")/.."
CHRONICLE=${1:-build/release/chronicle}
CORPORA=${2:-../shared/corpora}
[ -x "$CHRONICLE" ] || { echo "make_data: $CHRONICLE is not built" >&2; exit 2; }
[ -d "$CORPORA/cameo/petrarch2" ] || { echo "make_data: $CORPORA/cameo/petrarch2 not found" >&2; exit 2; }
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
"$CHRONICLE" data build --petrarch "$CORPORA/cameo/petrarch2" --geonames "$CORPORA/geonames" \
  --iso-codes /usr/share/iso-codes/json/iso_3166-1.json --own data/src -o data
