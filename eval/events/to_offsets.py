#!/usr/bin/python3
"""Turns the annotator's working notes into bbc-events.tsv (offsets only).

The notes (kept outside the repository: they quote the corpus) name each
event's parties by their words in the sentence, "he#2" for the second "he"
(counted as a substring: the "he" of "The" counts):
    N <tab> CAMEO <tab> source words <tab> source code <tab> target words <tab> target code
where N is the 1-based line of select.py's output. Every selected sentence
gets a row; one without events has '-' in the event columns.

usage: /usr/bin/python3 eval/events/to_offsets.py SELECTED.tsv NOTES.tsv [TITLE] > eval/events/bbc-events.tsv
TITLE replaces the header's first line (the test set names itself there).
"""
import sys

HEADER = """# chronicle events gold set v1: 100 sentences of BBC News politics articles (Greene & Cunningham 2006); see GUIDELINES.md
# root: ../../../shared/corpora/bbc
# date: 2005-01-01
# offsets are Unicode code points into the article file, half-open; a sentence without events has '-' columns
# doc\tsent_start\tsent_end\tcameo\tsource_start\tsource_end\ttarget_start\ttarget_end\tsource_code\ttarget_code"""


def locate(sentence, start, words):
    nth = 1
    if "#" in words:
        words, n = words.rsplit("#", 1)
        nth = int(n)
    at = -1
    for _ in range(nth):
        at = sentence.index(words, at + 1)  # ValueError names a note that does not match
    return start + at, start + at + len(words)


def main():
    selected = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
    notes = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            n, code, src, src_code, tgt, tgt_code = line.rstrip("\n").split("\t")
            notes.setdefault(int(n), []).append((code, src, src_code, tgt, tgt_code))
    header = HEADER if len(sys.argv) < 4 else "\n".join(["# " + sys.argv[3]] + HEADER.split("\n")[1:])
    print(header)
    for n, (doc, start, end, sentence) in enumerate(selected, 1):
        start, end = int(start), int(end)
        if n not in notes:
            print(f"{doc}\t{start}\t{end}\t-\t-\t-\t-\t-\t-\t-")
            continue
        for code, src, src_code, tgt, tgt_code in notes[n]:
            s0, s1 = locate(sentence, start, src)
            t0, t1 = locate(sentence, start, tgt)
            print(f"{doc}\t{start}\t{end}\t{code}\t{s0}\t{s1}\t{t0}\t{t1}\t{src_code}\t{tgt_code}")


if __name__ == "__main__":
    main()
