"""chronicle.dask: the pipeline mapped over a dask.bag on a distributed cluster.

    from dask.distributed import Client, LocalCluster
    import dask.bag as db, chronicle.dask
    client = Client(LocalCluster(n_workers=2, processes=True, threads_per_worker=1))
    docs = chronicle.dask.annotate(db.from_sequence(texts, npartitions=8), date="2018-05-31")
    docs.pluck("events").flatten().compute()

Each worker process loads one Pipeline per distinct (stages, models_dir) on
first use and keeps it; partitions then reuse it.
"""
from __future__ import annotations

import threading
from typing import Optional

__all__ = ["annotate", "loaded_pipelines"]

_lock = threading.Lock()
_pipelines = {}


def _pipeline(stages, models_dir):
    key = (stages, models_dir)
    with _lock:
        p = _pipelines.get(key)
        if p is None:
            from . import Pipeline

            p = _pipelines[key] = Pipeline(stages=stages, models_dir=models_dir)
        return p


def loaded_pipelines() -> int:
    """How many pipelines this process has loaded (one per distinct configuration)."""
    return len(_pipelines)


def _annotate_partition(items, stages, models_dir, threads, date, tz, as_dict, text, tokens):
    nlp = _pipeline(stages, models_dir)
    out = []
    for doc in nlp.pipe(items, threads=threads, date=date, tz=tz):
        if not as_dict:
            out.append(doc)
        else:
            d = doc.to_dict()
            if not text:
                d.pop("text", None)
            if not tokens:
                d.pop("tokens", None)
            out.append(d)
    return out


def annotate(bag, *, stages: Optional[str] = None, models_dir: Optional[str] = None, threads: int = 1,
             date: Optional[str] = None, tz: Optional[str] = None, as_dict: bool = True,
             text: bool = False, tokens: bool = False):
    """Maps the pipeline over a dask.bag of texts or dicts (as Pipeline.pipe takes).

    Returns a lazy bag, in the input's order, of chronicle.document/1 dicts
    (as_dict=True; text and tokens only when asked, as the CLI's --text and
    --tokens) or of chronicle.Doc objects (as_dict=False). Options are those
    of Pipeline and Pipeline.pipe; threads is per worker task. Items without
    an id are numbered within their partition, so give ids for corpus runs.
    """
    if stages is not None and not isinstance(stages, str):
        stages = ",".join(stages)
    if threads < 1:
        raise ValueError("threads must be at least 1")
    from . import _chronicle

    _chronicle.check_defaults(date=date, tz=tz)  # fail here, not later on a worker
    return bag.map_partitions(_annotate_partition, stages, models_dir, threads, date, tz,
                              as_dict, text, tokens)
