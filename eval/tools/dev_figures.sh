#!/usr/bin/env bash
# Dev figures of a checkout: eval/tools/dev_figures.sh [CHECKOUT] (default: the current directory).
# Dev sets only (no held-out set is read): every actor set scored as dev, places dev, each events
# gold set but the held-out one, and the PETRARCH2 validation dev suite. Session 13 used it as
# /work/notes/s13/devfig.sh (BENCHMARKS cites that name); session 14 added batch 13r and test14r
# (retired to dev). Run reuters_bodies.py first.
set -u
cd "${1:-.}"
B=build/release/chronicle
echo "== actors dev (exact / country / recall)"
tot=0; ok=0
for f in eval/actors/bbc-actors.tsv eval/actors/bbc-actors-batch{4,5,6,7,8,9,10,11}.tsv eval/actors/reuters-actors-batch11r.tsv eval/actors/reuters-actors-batch12r.tsv eval/actors/reuters-actors-batch13r.tsv; do
  out=$($B eval --actors-gold $f --gold-split dev 2>&1)
  n=$(echo "$out" | sed -n 's/^gold mentions: //p'); r=$(echo "$out" | sed -n 's/^exact-code accuracy: .*(\([0-9]*\))/\1/p')
  printf '  %-45s %4s / %4s\n' "$(basename $f)" "$r" "$n"; tot=$((tot+n)); ok=$((ok+r))
done
echo "  pooled: $ok / $tot = $(awk -v a=$ok -v b=$tot 'BEGIN{printf "%.2f", 100*a/b}') %"
echo "== places dev"; $B eval --geo eval/geo/bbc-places.tsv --gold-split dev 2>&1 | grep -i 'accuracy' | head -2
echo "== events (asserted coded: n, right)"
for f in eval/events/bbc-events.tsv eval/events/bbc-events-dev2.tsv eval/events/bbc-events-test5-unique.tsv eval/events/bbc-events-test{6,7,8,9,10,11,12}.tsv eval/events/reuters-events-test12r.tsv eval/events/reuters-events-test13r.tsv eval/events/reuters-events-test14r.tsv; do
  out=$($B eval --events $f 2>&1)
  a=$(echo "$out" | sed -n 's/^asserted coded events.*: \([0-9]*\)$/\1/p'); p=$(echo "$out" | sed -n 's/^  precision: \(.*\) exact code (\([0-9]*\) right.*/\2/p'); rc=$(echo "$out" | sed -n 's/^  recall: *\([0-9.]*%\).*/\1/p')
  printf '  %-40s asserted %3s right %3s recall %s\n' "$(basename $f)" "$a" "$p" "$rc"
done
echo "== PETRARCH dev"; $B eval --events ../shared/corpora/cameo/petrarch2-validation-dev/PETR.UnitTest.dev.xml 2>&1 | grep -E "^ALL|^triples"
