#!/usr/bin/python3
"""Throughput of the Python bindings against the CLI, and of chronicle.dask on
1 and 2 worker processes, over the same texts (BENCHMARKS.md, "Python").

usage: PYTHONPATH=build/release/python /usr/bin/python3 bench/python_bench.py \
           [CORPUS_DIR] [--cli build/release/chronicle] [--threads 1,2] [--runs 3] [--limit N] [--no-dask]

CORPUS_DIR (default ../shared/corpora/bbc) is read for its .txt files, sorted
by path; tokens/s counts whitespace-separated input tokens (DESIGN.md §5).
Every figure is wall time of annotation only: model loading, reading the
files and starting the cluster are outside the timed part (the CLI's is its
own "annotate: ... s" summary, which also excludes loading).
"""
import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import time

import chronicle


def load(corpus):
    paths = sorted(p for p in pathlib.Path(corpus).rglob("*.txt") if p.name[0] != ".")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    ids = [str(p.relative_to(corpus).with_suffix("")) for p in paths]
    return ids, texts


def cli_seconds(cli, corpus, threads):
    r = subprocess.run([cli, "annotate", corpus, "-o", os.devnull, "-j", str(threads)],
                       capture_output=True, text=True)
    m = re.search(r"tokens, ([0-9.]+) s", r.stderr)
    if not m:
        sys.exit("cannot read the CLI's summary: " + r.stderr[-300:])
    return float(m.group(1))


def timed(fn, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(pathlib.Path(__file__).resolve().parents[1] / "../shared/corpora/bbc"))
    ap.add_argument("--cli", default="build/release/chronicle")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents (0: all)")
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args()
    ids, texts = load(args.corpus)
    if args.limit:
        # The CLI reads the same documents from a folder of links to them.
        tmp = tempfile.mkdtemp(prefix="chronicle_bench_")
        for i in ids[:args.limit]:
            link = pathlib.Path(tmp) / (i + ".txt")
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to((pathlib.Path(args.corpus) / (i + ".txt")).resolve())
        ids, texts, args.corpus = ids[:args.limit], texts[:args.limit], tmp
    words = sum(len(t.split()) for t in texts)
    items = [{"id": i, "text": t} for i, t in zip(ids, texts)]
    nlp = chronicle.Pipeline()
    print("corpus %s: %d documents, %d input tokens; stages %s"
          % (args.corpus, len(texts), words, ",".join(nlp.stages)))
    row = "| %-34s | %3s | %6.2f s | %6.1f k |"
    print("| what | threads/workers | seconds (median of %d) | input tokens/s |" % args.runs)
    print("|---|---|---|---|")
    for n in [int(x) for x in args.threads.split(",")]:
        s = statistics.median(cli_seconds(args.cli, args.corpus, n) for _ in range(args.runs))
        print(row % ("CLI annotate DIR -o /dev/null", n, s, words / s / 1e3), flush=True)
        s = timed(lambda: sum(1 for _ in nlp.pipe(items, threads=n)), args.runs)
        print(row % ("nlp.pipe (Doc objects)", n, s, words / s / 1e3), flush=True)
        s = timed(lambda: [d.to_dict() for d in nlp.pipe(items, threads=n)], args.runs)
        print(row % ("nlp.pipe + doc.to_dict()", n, s, words / s / 1e3), flush=True)
    if args.no_dask:
        return
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from chronicle import dask as chronicle_dask

    for workers in (1, 2):
        with LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            bag = db.from_sequence(items, npartitions=16).persist()
            # Warm-up: every worker loads its pipeline once, outside the timing.
            client.run(lambda: chronicle_dask._pipeline(None, None) and None)
            job = lambda: chronicle_dask.annotate(bag).map(lambda d: len(d["sentences"])).sum().compute()
            s = timed(job, args.runs)
            print(row % ("dask.annotate(bag) -> dicts", workers, s, words / s / 1e3), flush=True)


if __name__ == "__main__":
    main()
