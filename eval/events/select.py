#!/usr/bin/python3
"""Picks the sentences of the BBC events gold set (GUIDELINES.md).

Deterministic and independent of chronicle's output: every fourth politics
article from 001, at most two sentences from each, each naming an interaction
by one of the cue words below. Prints doc, start, end (code points into the
article file, half-open) and the sentence, for the annotator to read; the
corpus text itself is never written into the repository.

usage: /usr/bin/python3 eval/events/select.py ../shared/corpora/bbc [N]
"""
import re
import sys
from pathlib import Path

CUES = re.compile(
    r"\b(accus\w*|criticis\w*|attack\w*|urg\w*|call(ed|s)? (on|for)|warn\w*|met|meet\w*|talks|visit\w*|"
    r"agree\w*|reject\w*|back(ed|s)|support\w*|condemn\w*|threat\w*|sanction\w*|promis\w*|deni\w*|"
    r"demand\w*|appeal\w*|apologis\w*|praise\w*|blam\w*|su(ed|e|ing)|arrest\w*|ban\w*|invit\w*|"
    r"negotiat\w*|sign\w*|challeng\w*|welcom\w*)\b")
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


def main():
    root = Path(sys.argv[1])
    want = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    docs = sorted((root / "politics").glob("*.txt"))[::4]
    picked = 0
    for path in docs:
        text = path.read_text(encoding="utf-8", errors="replace")
        taken = 0
        for start, end in sentences(text):
            if picked >= want or taken >= 2:
                break
            s = text[start:end]
            if start == 0 or not CUES.search(s) or len(s.split()) < 6:
                continue  # the headline has no verb often enough to skip it
            print(f"politics/{path.name}\t{start}\t{end}\t{s}")
            taken += 1
            picked += 1
        if picked >= want:
            break


if __name__ == "__main__":
    main()
