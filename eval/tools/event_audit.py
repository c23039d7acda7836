#!/usr/bin/python3
"""Tools for an audit of event precision on unannotated Reuters-21578 dev stories (BENCHMARKS.md,
"Session 13: events13" and "events14"): one reader judges every asserted coded event chronicle writes
on a pool of stories. The verdicts quote the stories, so they stay outside the repository; these two
steps make the pool and the list to judge again from the corpus.

  event_audit.py pool SGM_DIR BODIES_DIR OUT_DIR FILE:N [FILE:N ...]
      Links into OUT_DIR the first N qualifying stories of each named SGML file (e.g. reut2-019:100).
      A story qualifies as for select_reuters.py: two or more <PLACES> or a non-empty <ORGS>, no
      title seen before, and under 45 % of its 4-word shingles shared with an earlier qualifying
      story; "earlier" counts every dev file read in NEWID order (reut2-000..002 and 010..021).
      Held-out files (reut2-003..009) are never read.
  event_audit.py list OUT.jsonl
      Prints the asserted coded events of `chronicle annotate` output, as `eval --events` counts
      them (both actors coded; mood asserted, or intended with a 03x code), one per line:
      document, sentence start, code, source, target, trigger, mood and the sentence, for judging.

Reuters-21578, Distribution 1.0: research use only; run eval/tools/reuters_bodies.py first.
"""
import importlib.util
import json
import os
import sys
from pathlib import Path

# select_reuters.py's story pattern, <PLACES>/<ORGS> reader and shingles, so the pool qualifies stories
# exactly as the held-out sets' selection does (loaded by path: eval/events is no package).
_spec = importlib.util.spec_from_file_location(
    "select_reuters", Path(__file__).resolve().parent.parent / "events" / "select_reuters.py")
_select_reuters = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_select_reuters)
STORY, labels, shingles = _select_reuters.STORY, _select_reuters.labels, _select_reuters.shingles

DEV_FILES = ["reut2-%03d" % i for i in list(range(0, 3)) + list(range(10, 22))]


def pool(sgm_dir, bodies_dir, out_dir, wanted):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    titles, earlier, taken = set(), [], 0
    for stem in DEV_FILES:
        want, n = wanted.get(stem, 0), 0
        for m in STORY.finditer((Path(sgm_dir) / (stem + ".sgm")).read_text(encoding="latin-1")):
            newid, story = m.groups()
            path = Path(bodies_dir) / stem / (newid + ".txt")
            if not path.exists() or (len(labels(story, "PLACES")) < 2 and not labels(story, "ORGS")):
                continue
            text = path.read_text(encoding="utf-8")
            title, own = text.split("\n", 1)[0].strip(), shingles(text)
            repeat = title in titles or any(own and len(own & o) >= 0.45 * len(own) for o in earlier)
            titles.add(title)
            earlier.append(own)
            if repeat or n >= want:
                continue
            link = out / f"{stem}_{newid}.txt"
            if not link.exists():
                os.symlink(path.resolve(), link)
            n += 1
            taken += 1
    print(taken, "stories in", out, file=sys.stderr)


def list_events(jsonl):
    for line in open(jsonl, encoding="utf-8"):
        d = json.loads(line)
        names = {e["id"]: e["name"] for e in d.get("entities", [])}
        for v in d.get("events", []):
            s, t = v.get("source") or {}, v.get("target") or {}
            if not s.get("actor") or not t.get("actor"):
                continue
            if not (v["mood"] == "asserted" or (v["mood"] == "intended" and v["cameo"].startswith("03"))):
                continue
            sentence = d["sentences"][v["sentence"]]
            side = lambda p: f'{names.get(p.get("entity"), "(phrase)")}[{p["actor"]}]'
            print("\t".join([d["id"], str(sentence["start"]), v["cameo"], side(s), side(t), v["trigger"]["text"],
                             v["mood"], sentence["text"].replace("\n", " ")]))


def main(argv):
    if len(argv) >= 6 and argv[1] == "pool":
        wanted = {}
        for spec in argv[5:]:
            stem, _, n = spec.partition(":")
            if stem not in DEV_FILES:
                sys.exit(f"event_audit.py: {stem} is not a dev file (allowed: {', '.join(DEV_FILES)})")
            wanted[stem] = int(n or 100)
        pool(argv[2], argv[3], argv[4], wanted)
    elif len(argv) == 3 and argv[1] == "list":
        list_events(argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
