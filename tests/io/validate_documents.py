#!/usr/bin/python3
"""Validates chronicle.document/1 output against the JSON Schema, plus what a
schema cannot say: span texts equal text[start:end] (code points), offsets are
in range, and cross-references (paragraph, sentence, head) point inside the
document.

usage: validate_documents.py SCHEMA FILE...   (FILE: JSONL or concatenated JSON)
exit: 0 valid, 1 invalid, 77 python3-jsonschema missing (tests skip).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)


def documents(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(data) and data[pos].isspace():
            pos += 1
        if pos == len(data):
            return
        doc, pos = decoder.raw_decode(data, pos)
        yield doc


def spans(node, where):
    """Every object holding start, end and text, with a path for messages."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield where, node
        for key, value in node.items():
            yield from spans(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from spans(value, f"{where}[{i}]")


def check_references(doc, problems):
    n_par = len(doc.get("paragraphs", []))
    n_sent = len(doc.get("sentences", []))
    tokens = doc.get("tokens", [])
    if "paragraphs" in doc:
        for i, s in enumerate(doc.get("sentences", [])):
            if s["paragraph"] >= n_par:
                problems.append(f"sentences[{i}].paragraph {s['paragraph']} >= {n_par} paragraphs")
    for i, t in enumerate(tokens):
        if "sentence" in t and "sentences" in doc and t["sentence"] >= n_sent:
            problems.append(f"tokens[{i}].sentence {t['sentence']} >= {n_sent} sentences")
        if "head" in t and t["head"] >= len(tokens):
            problems.append(f"tokens[{i}].head {t['head']} >= {len(tokens)} tokens")
    for i, t in enumerate(tokens[1:], 1):
        if t["start"] < tokens[i - 1]["end"]:
            problems.append(f"tokens[{i}] overlaps the token before it")
    text = doc.get("text")
    for e in doc.get("errors", []):
        if text is not None and "offset" in e and e["offset"] > len(text):
            problems.append(f"error offset {e['offset']} beyond the text ({len(text)} code points)")


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    bad = 0
    count = 0
    for path in sys.argv[2:]:
        for n, doc in enumerate(documents(path), 1):
            count += 1
            problems = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                        for e in validator.iter_errors(doc)]
            if not problems:
                text = doc.get("text")
                for where, span in spans(doc, "$"):
                    if not span["start"] <= span["end"]:
                        problems.append(f"{where}: start {span['start']} > end {span['end']}")
                    if text is not None:
                        if span["end"] > len(text):
                            problems.append(f"{where}: end {span['end']} beyond the text ({len(text)} code points)")
                        elif text[span["start"]:span["end"]] != span["text"]:
                            problems.append(f"{where}: text {span['text']!r} != text[{span['start']}:{span['end']}] "
                                            f"{text[span['start']:span['end']]!r}")
                check_references(doc, problems)
            if problems:
                bad += 1
                print(f"{path}: document {n} (id {doc.get('id')!r}):", file=sys.stderr)
                for p in problems[:20]:
                    print(f"  {p}", file=sys.stderr)
    print(f"{count} documents, {bad} invalid", file=sys.stderr)
    return 1 if bad or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
