"""Doc: one annotated document with typed, read-only views of its layers.

A Doc is built from the chronicle.document/1 object (docs/formats.md): the
library writes it, so every offset is a code-point offset (``doc.text[t.start:
t.end] == t.text``) and the layers are exactly the CLI's. The dict is made on
first use, so annotating many documents costs nothing until they are read.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import List, Optional

__all__ = [
    "Doc", "Paragraph", "Sentence", "Token", "Entity", "EntityMention", "Actor", "Geo",
    "TimeExpr", "Quote", "Post", "Hashtag", "Mention", "Url", "Event", "EventParty",
    "Error", "EVENT_COLUMNS",
]


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    kind: str
    space_after: bool
    sentence: Optional[int] = None
    upos: Optional[str] = None  # None until the tagger has run
    xpos: Optional[str] = None
    lemma: Optional[str] = None
    head: Optional[int] = None  # index into doc.tokens, -1 for the root, None when unparsed
    deprel: Optional[str] = None


@dataclass(frozen=True)
class Actor:
    code: str
    country: Optional[str] = None
    role: Optional[str] = None
    source: Optional[str] = None


@dataclass(frozen=True)
class Geo:
    lat: float
    lon: float
    country: Optional[str] = None
    admin1: Optional[str] = None
    geonameid: Optional[int] = None
    feature: Optional[str] = None


@dataclass(frozen=True)
class EntityMention:
    start: int
    end: int
    text: str
    kind: Optional[str] = None
    tokens: List[int] = field(default_factory=list)


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    mentions: List[EntityMention]
    key: Optional[str] = None
    actor: Optional[Actor] = None
    geo: Optional[Geo] = None
    handles: List[str] = field(default_factory=list)
    ambiguous: bool = False


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    type: str
    value: str
    utc_offset: Optional[str] = None
    same_as: Optional[int] = None


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str
    speaker: Optional[str] = None
    speaker_text: Optional[str] = None
    cue: Optional[str] = None
    continues: Optional[int] = None


@dataclass(frozen=True)
class Url:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Post:
    start: int
    end: int
    text: str
    platform: str
    hashtags: List[str]
    mentions: List[str]
    urls: List[str]
    signature: Optional[Url] = None  # a plain span
    author: Optional[str] = None
    handle: Optional[str] = None
    date: Optional[str] = None
    author_entity: Optional[str] = None


@dataclass(frozen=True)
class Hashtag:
    start: int
    end: int
    text: str
    tag: str


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    handle: str


@dataclass(frozen=True)
class EventParty:
    entity: Optional[str] = None
    actor: Optional[str] = None


@dataclass(frozen=True)
class Event:
    id: str
    cameo: str
    source: EventParty
    target: EventParty
    cameo_name: Optional[str] = None
    root_code: Optional[str] = None
    plover_type: Optional[str] = None
    plover_mode: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    date: Optional[str] = None
    date_source: Optional[str] = None
    location: Optional[str] = None
    mood: Optional[str] = None
    sentence: Optional[int] = None
    trigger: Optional[Url] = None  # a plain span
    confidence: Optional[float] = None


@dataclass(frozen=True)
class Error:
    code: str
    message: str
    offset: Optional[int] = None


# events_frame() columns: the JSON event fields, nested objects flattened with
# dots (as pandas.json_normalize names them), after the document id.
EVENT_COLUMNS = [
    "doc_id", "id", "cameo", "cameo_name", "root_code", "plover.type", "plover.mode",
    "quad_class", "goldstein", "source.entity", "source.actor", "target.entity",
    "target.actor", "date", "date_source", "location", "mood", "sentence",
    "trigger.start", "trigger.end", "trigger.text", "confidence",
]


def _span(d):
    return Url(d["start"], d["end"], d["text"]) if d is not None else None


def _entity(d):
    return Entity(
        id=d["id"], type=d["type"], name=d["name"],
        mentions=[EntityMention(**m) for m in d.get("mentions", [])],
        key=d.get("key"),
        actor=Actor(**d["actor"]) if "actor" in d else None,
        geo=Geo(**d["geo"]) if "geo" in d else None,
        handles=list(d.get("handles", [])), ambiguous=d.get("ambiguous", False))


def _post(d):
    d = dict(d)
    d["signature"] = _span(d.get("signature"))
    return Post(**d)


def _event(d):
    d = dict(d)
    plover = d.pop("plover", None) or {}
    return Event(
        source=EventParty(**d.pop("source", {})), target=EventParty(**d.pop("target", {})),
        plover_type=plover.get("type"), plover_mode=plover.get("mode"),
        trigger=_span(d.pop("trigger", None)), **d)


def _event_row(doc_id, e):
    row = {"doc_id": doc_id}
    for key, value in e.items():
        if isinstance(value, dict):
            for sub, v in value.items():
                row[key + "." + sub] = v
        else:
            row[key] = value
    return row


class Doc:
    """One annotated document. Layers a pipeline did not compute are empty lists."""

    __slots__ = ("_native", "_dict", "_cache")

    def __init__(self, native=None, data=None):
        self._native = native
        self._dict = data
        self._cache = {}

    @classmethod
    def from_dict(cls, data: dict) -> "Doc":
        """A Doc over a chronicle.document/1 object, e.g. a line of the CLI's JSONL."""
        if data.get("schema") != "chronicle.document/1":
            raise ValueError("not a chronicle.document/1 object (schema is %r)" % data.get("schema"))
        return cls(data=data)

    @classmethod
    def from_json(cls, line: str) -> "Doc":
        return cls.from_dict(json.loads(line))

    def to_dict(self) -> dict:
        """The chronicle.document/1 object, as `chronicle annotate --tokens --text` writes it."""
        if self._dict is None:
            self._dict = json.loads(self._native.to_json(text=True, tokens=True))
        return self._dict

    def to_json(self, pretty: bool = False, text: bool = True, tokens: bool = True) -> str:
        """The JSON the CLI writes (pretty: as --format json); ends with a newline."""
        if self._native is not None:
            return self._native.to_json(text=text, tokens=tokens, pretty=pretty)
        d = {k: v for k, v in self.to_dict().items()
             if (text or k != "text") and (tokens or k != "tokens")}
        return json.dumps(d, ensure_ascii=False, indent=2 if pretty else None) + "\n"

    def _layer(self, key, make):
        got = self._cache.get(key)
        if got is None:
            got = self._cache[key] = [make(x) for x in self.to_dict().get(key, [])]
        return got

    @property
    def id(self) -> str:
        return self._native.id if self._native is not None else self.to_dict()["id"]

    @property
    def text(self) -> str:
        if self._native is not None:
            return self._native.text
        return self.to_dict().get("text", "")

    @property
    def meta(self) -> dict:
        return self.to_dict()["meta"]

    @property
    def paragraphs(self) -> List[Paragraph]:
        return self._layer("paragraphs", lambda d: Paragraph(**d))

    @property
    def sentences(self) -> List[Sentence]:
        return self._layer("sentences", lambda d: Sentence(**d))

    @property
    def tokens(self) -> List[Token]:
        return self._layer("tokens", lambda d: Token(**d))

    @property
    def entities(self) -> List[Entity]:
        return self._layer("entities", _entity)

    @property
    def times(self) -> List[TimeExpr]:
        return self._layer("times", lambda d: TimeExpr(**d))

    @property
    def quotes(self) -> List[Quote]:
        return self._layer("quotes", lambda d: Quote(**d))

    @property
    def posts(self) -> List[Post]:
        return self._layer("posts", _post)

    @property
    def hashtags(self) -> List[Hashtag]:
        return self._layer("hashtags", lambda d: Hashtag(**d))

    @property
    def mentions(self) -> List[Mention]:
        return self._layer("mentions", lambda d: Mention(**d))

    @property
    def urls(self) -> List[Url]:
        return self._layer("urls", lambda d: Url(**d))

    @property
    def events(self) -> List[Event]:
        return self._layer("events", _event)

    @property
    def errors(self) -> List[Error]:
        return self._layer("errors", lambda d: Error(**d))

    def events_frame(self):
        """The events as a pandas DataFrame with EVENT_COLUMNS (empty, same columns, when none)."""
        import pandas as pd

        rows = [_event_row(self.id, e) for e in self.to_dict().get("events", [])]
        return pd.DataFrame(rows, columns=EVENT_COLUMNS)

    def __len__(self) -> int:
        return self._native.token_count if self._native is not None else len(self.to_dict().get("tokens", []))

    def __repr__(self) -> str:
        return "<chronicle.Doc %r: %d tokens, %d errors>" % (self.id, len(self), len(self.errors))

    def __reduce__(self):
        # Pickles (for Dask and multiprocessing) as its JSON object.
        return (Doc.from_dict, (self.to_dict(),))
