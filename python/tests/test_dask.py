# chronicle.dask on a real distributed cluster: two worker processes on loopback.
import os

import pytest

import chronicle
import chronicle.dask

pytestmark = pytest.mark.dask

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       host="127.0.0.1", dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def corpus(n):
    return [{"id": "n%03d" % i,
             "text": "Dispatch %d. Officials in Eastvale said on Monday that %d boats had left. "
                     "#Eastvale" % (i, i * 3)}
            for i in range(n)]


def test_annotate_bag_on_two_worker_processes(client):
    items = corpus(60)
    bag = db.from_sequence(items, npartitions=12)
    got = chronicle.dask.annotate(bag, date="2022-06-01", tz="Europe/Oslo", tokens=True).compute()
    expected = [d.to_dict() for d in chronicle.Pipeline().pipe(items, date="2022-06-01", tz="Europe/Oslo")]
    for d in expected:
        d.pop("text")
    assert got == expected  # same documents, same order as a local run
    # One pipeline per worker process, loaded on first use and reused by the
    # other partitions; the workers are other processes than this one.
    loads = client.run(chronicle.dask.loaded_pipelines)
    assert len(loads) == 2 and set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1
    pids = client.run(os.getpid)
    assert os.getpid() not in pids.values() and len(set(pids.values())) == 2


def test_docs_travel_and_bad_items_become_error_records(client):
    items = corpus(5) + [{"id": "broken"}, 3.5]
    docs = chronicle.dask.annotate(db.from_sequence(items, npartitions=2), stages="tokenize,segment",
                                   as_dict=False).compute()
    assert [type(d) for d in docs] == [chronicle.Doc] * 7
    assert [d.id for d in docs[:6]] == ["n000", "n001", "n002", "n003", "n004", "broken"]
    assert docs[0].sentences and docs[0].posts == [] and docs[0].text.startswith("Dispatch 0.")
    assert [e.code for e in docs[5].errors] == ["read_error"] == [e.code for e in docs[6].errors]


def test_bad_options_fail_before_any_work(client):
    bag = db.from_sequence(corpus(2))
    with pytest.raises(ValueError, match="2022-02-30"):
        chronicle.dask.annotate(bag, date="2022-02-30")
    with pytest.raises(ValueError, match="unknown stage"):
        chronicle.dask.annotate(bag, stages="tokenize,tagg").compute()
