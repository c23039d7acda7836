"""chronicle: news articles in, structured data out (docs/python.md).

    import chronicle
    nlp = chronicle.Pipeline()
    doc = nlp("The minister said on Monday ...", date="2018-05-31", tz="America/New_York")
    doc.tokens[0].upos, doc.to_dict(), doc.events_frame()
    for doc in nlp.pipe(texts_or_dicts, threads=2): ...

Library errors raise ValueError (bad argument or input) or OSError (a model
file missing or unreadable) with the library's located message.
"""
from __future__ import annotations

import itertools
import os
from typing import Iterable, Iterator, Optional, Union

from . import _chronicle

try:  # present only in an installed package (python/CMakeLists.txt)
    from ._installed import MODELS_DIR as _models_rel

    _INSTALLED_MODELS_DIR = os.path.normpath(os.path.join(os.path.dirname(__file__), _models_rel))
except ImportError:
    _INSTALLED_MODELS_DIR = None
from .doc import *  # noqa: F401,F403 (the layer types are part of the API)
from .doc import Doc, __all__ as _doc_all

__all__ = ["Pipeline", "read_jsonl"] + _doc_all


class Pipeline:
    """A loaded, immutable pipeline; one instance serves every thread.

    stages: "tokenize,segment,social" or a list of stage names; None runs every
    stage this build has (tag and parse when their models are in models_dir).
    models_dir: where en-ewt-tagger.chm and en-ewt-parser.chm are; None means
    the installed models for an installed package, else the models/ directory
    the build was configured with.
    """

    def __init__(self, stages: Optional[Union[str, Iterable[str]]] = None,
                 models_dir: Optional[str] = None):
        if stages is not None and not isinstance(stages, str):
            stages = ",".join(stages)
        if models_dir is None:
            models_dir = _INSTALLED_MODELS_DIR
        self._native = _chronicle.Pipeline(stages=stages, models_dir=models_dir)

    @property
    def stages(self) -> list:
        """The stages this pipeline runs, in order."""
        return self._native.stages

    @property
    def models(self) -> dict:
        """meta.models: stage -> model version."""
        return self._native.models

    def __call__(self, text: Union[str, bytes], *, id: str = "doc", date: Optional[str] = None,
                 tz: Optional[str] = None, url: str = "", title: str = "") -> Doc:
        """Annotates one text. date (yyyy-mm-dd) and tz (IANA zone) act like the
        CLI's --date and --tz (meta.date_source "cli")."""
        return Doc(self._native.annotate(text, id=id, date=date, tz=tz, url=url, title=title))

    def pipe(self, items: Iterable, *, threads: int = 1, batch_size: Optional[int] = None,
             date: Optional[str] = None, tz: Optional[str] = None) -> Iterator[Doc]:
        """Annotates texts or dicts ({"text", "id", "date", "timezone", "url",
        "title"}, like JSONL records) on `threads` threads without holding the
        GIL, yielding Docs in input order. Items without an id get "doc-N"
        (N counts from 1). An item that is not a document yields a Doc whose
        errors say why (code read_error); the others go on."""
        if batch_size is None:
            batch_size = 64 * max(1, threads)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        it = iter(items)
        first = 1
        while True:
            batch = list(itertools.islice(it, batch_size))
            if not batch:
                return
            for native in self._native.annotate_batch(batch, threads=threads, date=date, tz=tz, first=first):
                yield Doc(native)
            first += len(batch)


def read_jsonl(path: str) -> Iterator[Doc]:
    """Docs from a file of chronicle.document/1 lines (the CLI's JSONL output)."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield Doc.from_json(line)
                except ValueError as e:
                    raise ValueError("%s:%d: %s" % (path, number, e)) from None
