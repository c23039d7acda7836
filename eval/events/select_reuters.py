#!/usr/bin/python3
"""Picks the sentences of the Reuters-21578 events gold set (GUIDELINES.md, "Test set (session 11, Reuters)").

Deterministic and independent of chronicle's output. Stories are read in NEWID order, file by file
from reut2-000.sgm; a story is taken when its <PLACES> names two or more countries or its <ORGS>
is non-empty, and skipped as a near-duplicate when its title is an earlier story's, or when 45 % or
more of its 4-word shingles are in an earlier story's (every story that passed the PLACES/ORGS
test counts as earlier, taken or not). In each taken story, sentences (select.py's splitter, the
headline skipped) with one of select.py's cue words, six words or more and two name-like words
(select.py's stand-in for two parties) are picked, at most PER_STORY each; sentences of stories
written in capitals throughout (more than half the letters upper case) are skipped, as every word
there looks like a name. Prints doc, start, end (code points into the story file that
eval/tools/reuters_bodies.py writes, half-open) and the sentence, for the annotator; the text
itself is never written into the repository. FIRST and LAST (SGML file stems, e.g. reut2-001
reut2-004) limit the files stories are taken from; the stories of the other files still count as
earlier for the near-duplicate test, so a later set skips stories that repeat an earlier set's.

usage: /usr/bin/python3 eval/tools/reuters_bodies.py ../shared/corpora/reuters21578 build/reuters21578
       /usr/bin/python3 eval/events/select_reuters.py ../shared/corpora/reuters21578 build/reuters21578 [N] [PER_STORY] [FIRST LAST]
"""
import importlib.util
import re
import sys
from pathlib import Path

# select.py's splitter, cue list and name-like words, unchanged (loaded by path: "select" is
# also the name of a standard module).
_spec = importlib.util.spec_from_file_location("bbc_select", Path(__file__).with_name("select.py"))
_select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_select)
sentences, CUES, name_like_words = _select.sentences, _select.CUES, _select.name_like_words

STORY = re.compile(r'<REUTERS\b[^>]*\bNEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def labels(story, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), story, re.S)
    return re.findall(r"<D>(.*?)</D>", m.group(1)) if m else []


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}


def mostly_capitals(sentence):
    letters = [c for c in sentence if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > len(letters) / 2


def main():
    sgm, bodies = Path(sys.argv[1]), Path(sys.argv[2])
    want = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    per_story = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    first, last = (sys.argv[5], sys.argv[6]) if len(sys.argv) > 6 else ("", "~")
    titles, earlier = set(), []
    picked = 0
    for sgm_file in sorted(sgm.glob("reut2-*.sgm")):
        for m in STORY.finditer(sgm_file.read_text(encoding="latin-1")):
            newid, story = m.group(1), m.group(2)
            path = bodies / sgm_file.stem / (newid + ".txt")
            if not path.exists():  # no body: reuters_bodies.py writes no file
                continue
            if len(labels(story, "PLACES")) < 2 and not labels(story, "ORGS"):
                continue
            text = path.read_text(encoding="utf-8")
            title = text.split("\n", 1)[0].strip()
            own = shingles(text)
            duplicate = title in titles or any(own and len(own & other) >= 0.45 * len(own) for other in earlier)
            titles.add(title)
            earlier.append(own)
            if duplicate or not first <= sgm_file.stem <= last:
                continue
            taken = 0
            for start, end in sentences(text):
                if taken >= per_story or picked >= want:
                    break
                s = text[start:end]
                if start == 0 or not CUES.search(s) or len(s.split()) < 6 or mostly_capitals(s):
                    continue
                if len(name_like_words(s)) < 2:
                    continue
                print(f"{sgm_file.stem}/{path.name}\t{start}\t{end}\t{s.replace(chr(10), ' ')}")
                taken += 1
                picked += 1
            if picked >= want:
                return


if __name__ == "__main__":
    main()
