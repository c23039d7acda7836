#!/usr/bin/env python3
"""Where raw-text tagging loses against gold tokenization (issue 3).

`chronicle eval --conllu` scores UPOS from raw text as an F1 over aligned
words, so it is capped by the Words F1 of the tokenizer; this tool splits the
loss into words that do not align (and which gold tokens they sit in) and
tagging accuracy on aligned words inside and outside sentences the splitter
got exactly. It reads the corpus at run time and prints counts and word forms
only to the terminal.

  conllu_raw_losses.py text GOLD.conllu > RAW.txt      # the raw text, as conllu::rebuild_text builds it
  chronicle annotate RAW.txt --stages tokenize,segment,social,tag,parse --format conllu -o SYSTEM.conllu
  conllu_raw_losses.py losses GOLD.conllu SYSTEM.conllu

Alignment is simplified from the CoNLL 2018 script: both sides are walked on
the text with white space removed; a word outside a multiword token aligns
with a system word of the same span, a word inside one with the system word
of the same token span, position in the token and lower-cased form.
"""
import collections
import sys


def read_conllu(path):
    """Sentences as dicts: text, new_paragraph, words, multiword tokens (form, first, last)."""
    sentences, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur is not None and cur["words"]:
                sentences.append(cur)
            cur = None
            continue
        if cur is None:
            cur = {"text": None, "new_paragraph": False, "words": [], "tokens": []}
        if line.startswith("#"):
            if line.startswith("# newpar") or line.startswith("# newdoc"):
                cur["new_paragraph"] = True
            elif line.startswith("# text = "):
                cur["text"] = line[len("# text = "):]
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            first, last = map(int, cols[0].split("-"))
            cur["tokens"].append((cols[1], first, last))
        else:
            cur["words"].append({"id": int(cols[0]), "form": cols[1], "upos": cols[3]})
    if cur is not None and cur["words"]:
        sentences.append(cur)
    return sentences


def raw_text(sentences):
    parts = []
    for i, s in enumerate(sentences):
        if i > 0:
            parts.append("\n\n" if s["new_paragraph"] else " ")
        parts.append(s["text"] if s["text"] is not None else " ".join(w["form"] for w in s["words"]))
    return "".join(parts)


def located_words(sentences):
    """Every word with its span on the white-space-free text and its alignment key."""
    pos, out = 0, []
    for si, s in enumerate(sentences):
        token_of = {}
        for form, first, last in s["tokens"]:
            for i in range(first, last + 1):
                token_of[i] = (form, first)
        started = {}
        for w in s["words"]:
            if w["id"] in token_of:
                form, first = token_of[w["id"]]
                if first not in started:
                    length = len("".join(form.split()))
                    started[first] = (pos, pos + length)
                    pos += length
                span = started[first]
                key = (span, w["id"] - first)
                out.append(dict(w, span=span, key=key, multiword=True, sentence=si, token=form))
            else:
                length = len("".join(w["form"].split()))
                span = (pos, pos + length)
                pos += length
                out.append(dict(w, span=span, key=(span, -1), multiword=False, sentence=si, token=w["form"]))
    return out


def sentence_spans(words):
    spans = {}
    for w in words:
        a, b = spans.get(w["sentence"], (w["span"][0], w["span"][1]))
        spans[w["sentence"]] = (min(a, w["span"][0]), max(b, w["span"][1]))
    return spans


def losses(gold_path, system_path):
    gold = located_words(read_conllu(gold_path))
    system = located_words(read_conllu(system_path))
    by_key = {w["key"]: w for w in system}
    system_multiword_spans = {w["span"] for w in system if w["multiword"]}
    system_sentences = set(sentence_spans(system).values())
    exact_sentence = {si: span in system_sentences for si, span in sentence_spans(gold).items()}

    missed = collections.Counter()
    missed_tokens = collections.defaultdict(collections.Counter)
    tagged = collections.Counter()  # (sentence split exactly, UPOS right) -> words
    for w in gold:
        s = by_key.get(w["key"])
        if s is not None and s["form"].lower() == w["form"].lower():
            tagged[(exact_sentence[w["sentence"]], s["upos"] == w["upos"])] += 1
            continue
        kind = "inside a gold multiword token" if w["multiword"] else "plain gold word"
        if not w["multiword"] and w["span"] in system_multiword_spans:
            kind += ", split by the system"
        missed[kind] += 1
        missed_tokens[kind][w["token"]] += 1

    print(f"gold words {len(gold)}, system words {len(system)}, not aligned {sum(missed.values())}")
    for kind, n in missed.most_common():
        common = ", ".join(f"{t} {c}" for t, c in missed_tokens[kind].most_common(15))
        print(f"  {kind}: {n} ({common})")
    for exact in (True, False):
        right, wrong = tagged[(exact, True)], tagged[(exact, False)]
        label = "splitter got the sentence exactly" if exact else "sentence split differently"
        print(f"aligned words, {label}: {right + wrong}, UPOS {100.0 * right / max(1, right + wrong):.2f}%")


def main(argv):
    if len(argv) == 3 and argv[1] == "text":
        sys.stdout.write(raw_text(read_conllu(argv[2])))
    elif len(argv) == 4 and argv[1] == "losses":
        losses(argv[2], argv[3])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
