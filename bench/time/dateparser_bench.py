"""Debian's python3-dateparser over the same corpus: search_dates(text) per
article. dateparser is slow, so by default it reads only the first LIMIT files
(in bench_time's order) and reports MB/s on those. Run with /usr/bin/python3.
Usage: dateparser_bench.py DIR [LIMIT]"""
import json
import os
import sys
import time
from datetime import datetime

from dateparser.search import search_dates
import dateparser

root = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 100
files = []
for d, subdirs, names in os.walk(root):
    subdirs.sort()
    files += [os.path.join(d, n) for n in names if n.endswith(".txt") and "README" not in n]
files.sort()
files = files[:limit]
texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
nbytes = sum(len(t.encode("utf-8")) for t in texts)
settings = {"RELATIVE_BASE": datetime(2005, 1, 1)}
search_dates(texts[0][:200], languages=["en"], settings=settings)  # warm-up: loads the language data
t0 = time.process_time()
found = 0
for t in texts:
    found += len(search_dates(t, languages=["en"], settings=settings) or [])
s = time.process_time() - t0
print(json.dumps({"tool": "dateparser " + dateparser.__version__ + " search_dates", "files": len(files),
                  "bytes": nbytes, "expressions": found, "rounds": 1, "seconds": round(s, 3),
                  "mb_per_s": round(nbytes / 1e6 / s, 3)}))
