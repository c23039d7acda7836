# The bindings against the library and the CLI, on invented texts.
import json
import pickle
import subprocess
import threading
import time

import pytest

import chronicle

ARTICLE = (
    "Harbourton's mayor, Inés Okafor, said on Tuesday that the ferry to Gullrock will run again "
    "from June. \"We listened to the islanders,\" she told reporters at the café on Pier Street.\n\n"
    "The council voted 7-2 for the plan.\n\n"
    "Ferry back in June! #GullrockFerry thanks to everyone who wrote in.\n"
    "— Inés Okafor (@MayorOkafor) March 2, 2021\n"
)


def cli_json(cli, tmp_path, name, text, *args):
    path = tmp_path / (name + ".txt")
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([cli, "annotate", str(path), "--tokens", "--text", *args],
                         capture_output=True, check=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_call_gives_typed_layers_with_code_point_offsets(nlp):
    doc = nlp(ARTICLE, id="harbour", date="2021-03-02", tz="Europe/London")
    assert doc.id == "harbour"
    assert doc.text == ARTICLE
    assert doc.meta["date"] == "2021-03-02" and doc.meta["date_source"] == "cli"
    assert doc.meta["timezone"] == "Europe/London"
    assert len(doc.paragraphs) == 4  # the signature line is its own paragraph
    assert len(doc.sentences) >= 4
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
    assert len(doc) == len(doc.tokens) > 40
    for t in doc.tokens:
        assert doc.text[t.start:t.end] == t.text
        assert isinstance(t.space_after, bool)
    ines = [t for t in doc.tokens if t.text == "Inés"]
    assert ines and ines[0].kind == "word"
    # A non-ASCII character before it: byte and code-point offsets differ.
    cafe = [t for t in doc.tokens if t.text == "café"][0]
    assert cafe.start == ARTICLE.index("café")
    if "tag" in nlp.stages:
        assert {t.upos for t in doc.tokens} >= {"PROPN", "VERB", "NOUN"}
        assert [t.lemma for t in doc.tokens if t.text == "said"] == ["say"]
    if "parse" in nlp.stages:
        roots = [t for t in doc.tokens if t.head == -1]
        assert len(roots) == len(doc.sentences)
        assert all(t.deprel for t in doc.tokens)
    assert [p.handle for p in doc.posts] == ["MayorOkafor"]
    assert doc.posts[0].author == "Inés Okafor" and doc.posts[0].date == "2021-03-02"
    assert doc.posts[0].signature.text.startswith("— Inés Okafor")
    assert [h.tag for h in doc.hashtags] == ["GullrockFerry"]
    # Later layers are typed too: people and places as entities, dates as times.
    if "entity" in nlp.stages:
        assert all(ARTICLE[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)
        assert "PERSON" in {e.type for e in doc.entities}
    if "time" in nlp.stages:
        assert all(ARTICLE[t.start:t.end] == t.text and t.value for t in doc.times)
    assert isinstance(doc.quotes, list) and isinstance(doc.events, list)
    assert doc.errors == []


def test_to_dict_is_the_cli_json(nlp, cli, tmp_path):
    [expected] = cli_json(cli, tmp_path, "harbour", ARTICLE, "--date", "2021-03-02", "--tz", "Europe/London")
    doc = nlp(ARTICLE, id="harbour", date="2021-03-02", tz="Europe/London")
    assert doc.to_dict() == expected
    assert json.loads(doc.to_json(pretty=True)) == expected
    slim = json.loads(doc.to_json(text=False, tokens=False))
    assert "text" not in slim and "tokens" not in slim and slim["sentences"] == expected["sentences"]


def test_pipe_keeps_input_order_and_matches_single_calls(nlp):
    texts = ["Item %d: the board of Westmere met on Friday and agreed %d points." % (i, i) for i in range(300)]
    one = [d.to_json() for d in nlp.pipe(texts, threads=1, date="2020-01-10")]
    two = list(nlp.pipe(iter(texts), threads=2, batch_size=7, date="2020-01-10"))
    assert [d.to_json() for d in two] == one
    assert [d.id for d in two] == ["doc-%d" % i for i in range(1, 301)]
    assert [d.text for d in two] == texts
    assert nlp(texts[5], id="doc-6", date="2020-01-10").to_json() == one[5]


def test_pipe_dicts_like_jsonl_records(nlp):
    items = [
        {"id": "a", "text": "Rain closed the Lowmoor road.", "date": "2019-11-02T08:00:00Z", "timezone": "Asia/Tokyo"},
        {"id": 17, "text": "Snow in Highfell.", "title": "Weather", "url": "https://example.org/w"},
        {"id": "c", "text": "No date here.", "date": "last week"},
        {"id": "d"},
        42,
        b"Bytes are text too.",
        {"id": "e", "text": None},
    ]
    docs = list(nlp.pipe(items, date="2019-11-05", tz="UTC"))
    assert [d.id for d in docs] == ["a", "17", "c", "d", "doc-5", "doc-6", "e"]
    assert docs[0].meta["date"] == "2019-11-02" and docs[0].meta["date_source"] == "input"
    assert docs[0].meta["timezone"] == "Asia/Tokyo"
    assert docs[1].meta["date_source"] == "cli" and docs[1].meta["title"] == "Weather"
    assert docs[1].meta["url"] == "https://example.org/w"
    assert [e.code for e in docs[2].errors] == ["invalid_date"]
    assert "last week" in docs[2].errors[0].message and docs[2].meta["date"] == "2019-11-05"
    for bad, why in [(docs[3], 'missing field "text"'), (docs[4], "got int"), (docs[6], 'field "text"')]:
        assert [e.code for e in bad.errors] == ["read_error"]
        assert why in bad.errors[0].message and "item " in bad.errors[0].message
        assert bad.tokens == [] and "sentences" not in bad.to_dict()
    assert [t.text for t in docs[5].tokens][:2] == ["Bytes", "are"]


def test_invalid_utf8_is_repaired_with_a_note(nlp):
    doc = nlp("Café in Lowmoor ".encode() + b"\xff\xfe opened.")
    assert doc.text.startswith("Café in Lowmoor \ufffd")
    assert [e.code for e in doc.errors] == ["invalid_utf8"]
    # No valid multi-byte sequence at all: read as Windows-1252.
    doc = nlp(b"Caf\xe9 in Lowmoor opened.")
    assert doc.text == "Café in Lowmoor opened." and [e.code for e in doc.errors] == ["decoded_cp1252"]
    # Lone surrogates from Python strings are invalid UTF-8 too.
    assert [e.code for e in nlp("é \ud800 b").errors] == ["invalid_utf8"]


def test_errors_raise_with_the_located_message(tmp_path):
    nlp = chronicle.Pipeline(stages="tokenize")
    with pytest.raises(ValueError, match="2019-02-29"):
        nlp("text", date="2019-02-29")
    with pytest.raises(ValueError, match="-04:00"):
        nlp("text", tz="-04:00")
    with pytest.raises(ValueError, match="2019-13-01"):
        list(nlp.pipe(["text"], date="2019-13-01"))
    with pytest.raises(ValueError, match="threads"):
        list(nlp.pipe(["text"], threads=0))
    with pytest.raises(ValueError, match="unknown stage 'tokenise'"):
        chronicle.Pipeline(stages="tokenise")
    with pytest.raises(OSError, match="en-ewt-tagger.chm"):
        chronicle.Pipeline(stages=["tag"], models_dir=str(tmp_path))
    with pytest.raises(TypeError):
        nlp(12)


def test_stage_selection(tmp_path):
    nlp = chronicle.Pipeline(stages=["tokenize"])
    assert nlp.stages == ["text", "tokenize"] and nlp.models == {}
    d = nlp("Two words.").to_dict()
    assert len(d["tokens"]) == 3 and "sentences" not in d and "posts" not in d
    assert all("upos" not in t for t in d["tokens"])
    assert chronicle.Pipeline(models_dir=str(tmp_path)).stages == ["text", "tokenize", "segment", "social"]


def test_pipe_releases_the_gil(nlp):
    # While another thread annotates, this thread must keep running: if the GIL
    # were held, the largest gap between its iterations would be the whole call.
    # The batch is first grown until one call takes 0.2 s on this machine, so
    # the call is long enough to measure however fast the machine is.
    repeat = 20
    while True:
        texts = [ARTICLE * repeat] * 40
        t0 = time.perf_counter()
        sum(1 for _ in nlp.pipe(texts, threads=1, batch_size=40))
        if time.perf_counter() - t0 >= 0.2:
            break
        repeat *= 2
    state = {}

    def work():
        state["t0"] = time.perf_counter()
        state["n"] = sum(1 for _ in nlp.pipe(texts, threads=1, batch_size=40))
        state["t1"] = time.perf_counter()

    t = threading.Thread(target=work)
    t.start()
    last, gap = time.perf_counter(), 0.0
    while t.is_alive():
        now = time.perf_counter()
        gap, last = max(gap, now - last), now
        time.sleep(0.001)
    t.join()
    call = state["t1"] - state["t0"]
    assert state["n"] == 40
    assert gap < call / 2, "largest gap %.3f s of a %.3f s call" % (gap, call)


def test_events_frame():
    import pandas as pd

    empty = chronicle.Pipeline(stages="tokenize")("Nothing happened.").events_frame()
    assert isinstance(empty, pd.DataFrame) and len(empty) == 0
    assert list(empty.columns) == chronicle.EVENT_COLUMNS
    # An invented document with two events, as the event stage will write them.
    data = {
        "schema": "chronicle.document/1", "id": "talks", "meta": {"chronicle": "0.1.0"},
        "errors": [],
        "events": [
            {"id": "V1", "cameo": "042", "cameo_name": "Make a visit", "root_code": "04",
             "plover": {"type": "CONSULT", "mode": "visit"}, "quad_class": 1, "goldstein": 1.9,
             "source": {"entity": "E1", "actor": "NORGOV"}, "target": {"entity": "E2", "actor": "CAN"},
             "date": "2025-02-19", "date_source": "sentence", "location": "E3", "mood": "intended",
             "sentence": 0, "trigger": {"start": 30, "end": 33, "text": "fly"}, "confidence": 0.8},
            {"id": "V2", "cameo": "0311", "source": {"actor": "CAN"}, "target": {}},
        ],
    }
    doc = chronicle.Doc.from_dict(data)
    frame = doc.events_frame()
    assert list(frame.columns) == chronicle.EVENT_COLUMNS and len(frame) == 2
    row = frame.iloc[0]
    assert (row["doc_id"], row["cameo"], row["plover.type"], row["source.actor"], row["trigger.text"]) == \
        ("talks", "042", "CONSULT", "NORGOV", "fly")
    assert row["goldstein"] == 1.9 and row["trigger.start"] == 30
    assert pd.isna(frame.iloc[1]["goldstein"]) and frame.iloc[1]["source.actor"] == "CAN"
    v1 = doc.events[0]
    assert (v1.plover_type, v1.source.entity, v1.trigger.end, v1.mood) == ("CONSULT", "E1", 33, "intended")
    assert doc.events[1].target == chronicle.EventParty()


def test_doc_from_dict_pickle_and_read_jsonl(nlp, cli, tmp_path):
    with pytest.raises(ValueError, match="chronicle.document/1"):
        chronicle.Doc.from_dict({"id": "x"})
    doc = nlp(ARTICLE, id="harbour", date="2021-03-02")
    back = pickle.loads(pickle.dumps(doc))
    assert back.to_dict() == doc.to_dict() and back.tokens == doc.tokens and back.posts == doc.posts
    expected = cli_json(cli, tmp_path, "harbour", ARTICLE, "--date", "2021-03-02")
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(d) + "\n" for d in expected), encoding="utf-8")
    [read] = list(chronicle.read_jsonl(str(out)))
    assert read.tokens == doc.tokens and read.sentences == doc.sentences and read.id == "harbour"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema": "chronicle.document/1", "id": "a", "meta": {}, "errors": []}\n{"id": 1}\n')
    with pytest.raises(ValueError, match="bad.jsonl:2"):
        list(chronicle.read_jsonl(str(bad)))
