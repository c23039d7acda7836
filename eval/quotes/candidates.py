#!/usr/bin/env python3
"""Annotation aid for the quotes gold set (see GUIDELINES.md).

Prints an article with every double quotation mark numbered, so the
annotator can read it and write down spans, kinds and speakers. It decides
nothing: every span in bbc-quotes.tsv was checked by reading the article.

  candidates.py BBC_DIR politics/001.txt        # show one article
  candidates.py BBC_DIR --pick 25 15           # list the chosen articles (batch 1)
  candidates.py BBC_DIR --pick 40 24 --after 25 15   # batch 2: the next 15 and 9
  candidates.py BBC_DIR --rows WORKSHEET       # annotator's worksheet -> gold rows

A worksheet is the annotator's notes for a batch, written while reading the
articles shown by the first form. It is kept out of the repository because it
names the speakers (article text); only the rows it gives are committed:
  doc politics/061.txt dev        one line per article (append 'none' if it has no quotation)
  3 4 direct <Ms Ruiz             quotation between marks 3 and 4, kind, speaker words
The span is the text between the two marks with white space trimmed, so for
BBC's joined paragraphs the second mark is the next opening mark. The speaker
words are located in the article: '<' the latest mention before the quotation,
'>' the first after it, neither the nearest, '@N' the nearest to code point N;
'-' means no speaker. '=WORDS' as the second mark ends the span after WORDS
(for a closing mark missing before the writer's own words).
Reported speech (a file of its own, see GUIDELINES.md) has no marks to count:
  r FIRST WORDS ~ LAST WORDS ~ <Ms Ruiz
spans from FIRST WORDS (searched from the previous r row's start on) to the end
of LAST WORDS after it; its kind is 'reported'.
"""
import re
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


def marks_of(text):
    return [i for i, c in enumerate(text) if c in '"\u201c\u201d']


def locate(text, words, s, e):
    mode, pos = "near", None
    if words[0] in "<>":
        mode, words = words[0], words[1:]
    m = re.match(r"(.*?)\s*@(\d+)$", words)
    if m:
        mode, words, pos = "pos", m.group(1), int(m.group(2))
    occ = [i for i in range(len(text)) if text.startswith(words, i) and not s <= i < e]
    if mode == "<":
        occ = [i for i in occ if i + len(words) <= s][-1:]
    elif mode == ">":
        occ = [i for i in occ if i >= e][:1]
    if not occ:
        raise ValueError(f"speaker words {words!r} not found")
    if mode == "pos":
        return min(occ, key=lambda i: abs(i - pos)), len(words)
    return min(occ, key=lambda i: s - (i + len(words)) if i < s else i - e), len(words)


def rows(root, worksheet):
    out = []
    for n, line in enumerate(open(worksheet, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        p = line.split(None, 3)
        try:
            if p[0] == "doc":
                doc, split = p[1], p[2]
                text = open(os.path.join(root, doc), encoding="utf-8", errors="replace").read()
                marks = marks_of(text)
                cursor = 0
                if len(p) > 3 and p[3].strip() == "none":
                    out.append(f"{doc}\t-\t-\t-\t-\t-\t{split}")
                continue
            if p[0] == "r":
                first, last, who = [x.strip() for x in line[2:].split(" ~ ")]
                s = text.index(first, cursor)
                e = text.index(last, s) + len(last)
                cursor = s + 1
                ss, se = -1, -1
                if who != "-":
                    ss, length = locate(text, who, s, e)
                    se = ss + length
                out.append(f"{doc}\t{s}\t{e}\treported\t{ss}\t{se}\t{split}")
                continue
            s = marks[int(p[0]) - 1] + 1
            if p[1].startswith("="):
                words = p[1][1:].replace("_", " ")
                e = text.index(words, s) + len(words)
            else:
                e = marks[int(p[1]) - 1]
            while text[s].isspace():
                s += 1
            while text[e - 1].isspace():
                e -= 1
            kind, who = p[2], (p[3].strip() if len(p) > 3 else "-")
            if kind not in ("direct", "partial", "scare"):
                raise ValueError(f"unknown kind {kind!r}")
            ss, se = -1, -1
            if who != "-":
                ss, length = locate(text, who, s, e)
                se = ss + length
            out.append(f"{doc}\t{s}\t{e}\t{kind}\t{ss}\t{se}\t{split}")
        except (ValueError, IndexError) as err:
            sys.exit(f"{worksheet}:{n}: {err}")
    return out


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
        chosen = pick(root, int(sys.argv[3]), int(sys.argv[4]))
        if len(sys.argv) > 5 and sys.argv[5] == "--after":
            earlier = set(pick(root, int(sys.argv[6]), int(sys.argv[7])))
            chosen = [d for d in chosen if d not in earlier]
        print("\n".join(chosen))
    elif sys.argv[2] == "--rows":
        print("\n".join(rows(root, sys.argv[3])))
    else:
        show(root, sys.argv[2])
