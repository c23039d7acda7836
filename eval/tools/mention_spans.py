#!/usr/bin/env python3
"""Annotation aid for the places and actors gold sets (eval/geo, eval/actors).

It decides nothing: the annotator reads each article and writes, per article,
the names that are place (or actor) mentions and the label a careful reader
gives; this tool only turns them into code-point offsets and shows each one in
context for checking. Notes are kept outside the repository (they would hold
words of the articles); only the offsets file is committed.

  mention_spans.py spans BBC_DIR NOTES [--alias FILE]   # notes -> rows on stdout, context on stderr
  mention_spans.py show BBC_DIR GOLD.tsv                # every gold row with its words in context

NOTES: "== business/001.txt" starts an article; then "name<TAB>label" labels
every whole-word occurrence of the name, "name#2,3<TAB>label" only those
occurrences (1-based), "name#-2<TAB>label" all but them. --alias maps short
labels to GeoNames ids ("US 6252001").
"""
import re
import sys


def occurrences(text, name):
    out = []
    for m in re.finditer(re.escape(name), text):
        a, b = m.start(), m.end()
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            continue
        out.append((a, b))
    return out


def spans(root, notes, alias):
    rows, doc, text, errors = [], None, None, 0
    for line in open(notes, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            doc = line[3:].strip()
            text = open(f"{root}/{doc}", encoding="utf-8").read()
            continue
        name, label = line.split("\t")
        chosen, exclude = None, False
        if "#" in name:
            name, spec = name.rsplit("#", 1)
            exclude = spec.startswith("-")
            chosen = {int(x) for x in spec.lstrip("-").split(",")}
        found = occurrences(text, name)
        if not found:
            print(f"{doc}: '{name}' not found", file=sys.stderr)
            errors += 1
        for i, (a, b) in enumerate(found, 1):
            if chosen is not None and ((i in chosen) == exclude):
                continue
            rows.append((doc, a, b, alias.get(label, label)))
            ctx = (text[max(0, a - 30):a] + "[" + text[a:b] + "]" + text[b:b + 30]).replace("\n", " ")
            print(f"{doc}\t{i}/{len(found)}\t{label}\t{ctx}", file=sys.stderr)
    rows.sort(key=lambda r: (r[0], r[1]))
    for x, y in zip(rows, rows[1:]):
        if x[0] == y[0] and y[1] < x[2]:
            print(f"overlapping rows: {x} {y}", file=sys.stderr)
            errors += 1
    for r in rows:
        print("\t".join(map(str, r)))
    return errors


def show(root, gold):
    cache = {}
    for line in open(gold, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, a, b, label, split = line.rstrip("\n").split("\t")
        if doc not in cache:
            cache[doc] = open(f"{root}/{doc}", encoding="utf-8").read()
        t, a, b = cache[doc], int(a), int(b)
        ctx = (t[max(0, a - 40):a] + "[" + t[a:b] + "]" + t[b:b + 40]).replace("\n", " ")
        print(f"{doc}\t{split}\t{label}\t{ctx}")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "spans":
        alias = {}
        if "--alias" in sys.argv:
            path = sys.argv[sys.argv.index("--alias") + 1]
            alias = dict(l.split() for l in open(path) if l.strip())
        sys.exit(1 if spans(sys.argv[2], sys.argv[3], alias) else 0)
    if len(sys.argv) == 4 and sys.argv[1] == "show":
        show(sys.argv[2], sys.argv[3])
        sys.exit(0)
    print(__doc__, file=sys.stderr)
    sys.exit(2)
