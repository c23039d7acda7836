#!/usr/bin/python3
"""Picks the sentences of the BBC events gold set (GUIDELINES.md).

Deterministic and independent of chronicle's output: every fourth politics
article from 001, at most two sentences from each, each naming an interaction
by one of the cue words below. Prints doc, start, end (code points into the
article file, half-open) and the sentence, for the annotator to read; the
corpus text itself is never written into the repository.

The test set (GUIDELINES.md, "Test set (session 4)") is picked with
999 --first 2 --names --per-article 3: every fourth article from 002, which
the v1 set never reads, up to three sentences each, only those with at least
two name-like words besides the cue.

The session-9 test set takes every article no earlier set read, from 225:
999 --names --per-article 2 --from-doc 225.txt --exclude-docs eval/events/bbc-events.tsv ... (GUIDELINES.md).

The session-9 round-2 test set also reads business and tech articles about governments:
999 --names --per-article 2 --sections politics business tech --politics-like 4 --exclude-docs eval/*/*.tsv
(GUIDELINES.md).

usage: /usr/bin/python3 eval/events/select.py ../shared/corpora/bbc [N] [--first K] [--names] [--per-article M]
       [--from-doc NNN.txt] [--exclude-docs TSV ...] [--sections NAME ...] [--politics-like K]
"""
import argparse
import re
import sys
from pathlib import Path

CUES = re.compile(
    r"\b(accus\w*|criticis\w*|attack\w*|urg\w*|call(ed|s)? (on|for)|warn\w*|met|meet\w*|talks|visit\w*|"
    r"agree\w*|reject\w*|back(ed|s)|support\w*|condemn\w*|threat\w*|sanction\w*|promis\w*|deni\w*|"
    r"demand\w*|appeal\w*|apologis\w*|praise\w*|blam\w*|su(ed|e|ing)|arrest\w*|ban\w*|invit\w*|"
    r"negotiat\w*|sign\w*|challeng\w*|welcom\w*)\b")
# A capitalised word that is not the sentence's first: a cheap stand-in for a
# name, so the test set favours sentences with two parties to code.
NAME_LIKE = re.compile(r"(?<=\s)[A-Z][\w'-]*")
# Words of government and diplomacy: a business or tech story with enough of
# them reads like a politics story (EU rulings, WTO disputes, ministers).
GOVERNMENT = re.compile(
    r"\b(government|minister|ministers|parliament|president|EU|European Commission|WTO|"
    r"Brussels|Congress|Senate|MPs|treasury|chancellor|sanctions|regulators?)\b")
SENTENCE_END = re.compile(r"[.!?][\"']?(?=\s+[A-Z\"'])")


def sentences(text):
    """(start, end) of each sentence: paragraphs are split by blank lines."""
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        start = para.start()
        for m in SENTENCE_END.finditer(para.group()):
            end = para.start() + m.end()
            yield start, end
            start = end
            while start < para.end() and text[start].isspace():
                start += 1
        if start < para.end():
            yield start, para.end()


def name_like_words(sentence):
    """Capitalised words after the first, the cue words themselves left out."""
    return [w for w in NAME_LIKE.findall(sentence) if not CUES.fullmatch(w.lower())]


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("root")
    args.add_argument("want", nargs="?", type=int, default=100)
    args.add_argument("--first", type=int, default=1,
                      help="every fourth article of each section from this 1-based index (not with --exclude-docs)")
    args.add_argument("--names", action="store_true", help="keep only sentences with two name-like words")
    args.add_argument("--per-article", type=int, default=2, help="most sentences taken from one article")
    args.add_argument("--from-doc", default="", help="skip articles whose file name sorts before this one")
    args.add_argument("--exclude-docs", nargs="*", default=[], metavar="TSV",
                      help="skip every article named in these gold sets' doc column (a fresh test set)")
    args.add_argument("--sections", nargs="*", default=["politics"], metavar="NAME",
                      help="corpus sections read, in this order (politics, business, tech, ...)")
    args.add_argument("--politics-like", type=int, default=0, metavar="K",
                      help="outside politics, keep only articles with K words of government (GOVERNMENT)")
    opts = args.parse_args()
    if opts.first < 1:
        sys.exit(f"select.py: --first {opts.first}: must be 1 or more")
    root = Path(opts.root)
    want = opts.want
    if opts.exclude_docs and opts.first != 1:
        sys.exit("select.py: --first picks every fourth article, --exclude-docs every unread one: use --from-doc")
    docs = []
    for section in opts.sections:
        in_section = sorted((root / section).glob("*.txt"))
        docs += in_section if opts.exclude_docs else in_section[opts.first - 1::4]
    if opts.exclude_docs:  # every article not yet read by a gold set, not only every fourth
        used = {line.split("\t", 1)[0] for tsv in opts.exclude_docs for line in open(tsv, encoding="utf-8")
                if not line.startswith("#")}
        docs = [d for d in docs if f"{d.parent.name}/{d.name}" not in used]
    docs = [d for d in docs if d.name >= opts.from_doc]
    if opts.politics_like:
        docs = [d for d in docs if d.parent.name == "politics" or
                len(GOVERNMENT.findall(d.read_text(encoding="utf-8", errors="replace"))) >= opts.politics_like]
    if not docs:
        sys.exit(f"select.py: no articles under {root}")
    picked = 0
    for path in docs:
        text = path.read_text(encoding="utf-8", errors="replace")
        taken = 0
        for start, end in sentences(text):
            if picked >= want or taken >= opts.per_article:
                break
            s = text[start:end]
            if start == 0 or not CUES.search(s) or len(s.split()) < 6:
                continue  # the headline has no verb often enough to skip it
            if opts.names and len(name_like_words(s)) < 2:
                continue
            flat = s.replace("\n", " ")  # one line per sentence; same length, so offsets hold
            print(f"{path.parent.name}/{path.name}\t{start}\t{end}\t{flat}")
            taken += 1
            picked += 1
        if picked >= want:
            break


if __name__ == "__main__":
    main()
