#!/usr/bin/env python3
"""Annotation aid for the quotes gold set (see GUIDELINES.md).

Prints an article with every double quotation mark numbered, so the
annotator can read it and write down spans, kinds and speakers. It decides
nothing: every span in bbc-quotes.tsv was checked by reading the article.

  candidates.py BBC_DIR politics/001.txt        # show one article
  candidates.py BBC_DIR --pick 25 15           # list the chosen articles
"""
import os
import sys


def pick(root, n_politics, n_business):
    chosen = []
    for folder, n in (("politics", n_politics), ("business", n_business)):
        files = sorted(os.listdir(os.path.join(root, folder)))
        got = 0
        for f in files:
            text = open(os.path.join(root, folder, f), encoding="utf-8", errors="replace").read()
            if 1200 <= len(text) <= 2600 and text.count('"') >= 4:
                chosen.append(f"{folder}/{f}")
                got += 1
                if got == n:
                    break
    return chosen


def show(root, doc):
    text = open(os.path.join(root, doc), encoding="utf-8", errors="replace").read()
    out = []
    n = 0
    for i, c in enumerate(text):
        if c in '"\u201c\u201d':
            n += 1
            out.append(f"[{n}@{i}]")
        else:
            out.append(c)
    print("".join(out))


if __name__ == "__main__":
    root = sys.argv[1]
    if sys.argv[2] == "--pick":
        print("\n".join(pick(root, int(sys.argv[3]), int(sys.argv[4]))))
    else:
        show(root, sys.argv[2])
