# Markers: "dask" (starts a LocalCluster), "shared" (reads ../shared at run
# time, skipped when absent); every other test is "unit". ctest runs each group
# as its own test (python/CMakeLists.txt).
import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def pytest_configure(config):
    for name, what in [("unit", "fast tests of the bindings"),
                       ("dask", "tests on a distributed LocalCluster"),
                       ("shared", "tests that read the shared corpora folder")]:
        config.addinivalue_line("markers", "%s: %s" % (name, what))


def pytest_collection_modifyitems(config, items):
    for item in items:
        if not any(item.get_closest_marker(m) for m in ("dask", "shared")):
            item.add_marker(pytest.mark.unit)


@pytest.fixture(scope="session")
def cli():
    """The chronicle executable of the same build (ctest sets CHRONICLE_CLI)."""
    path = os.environ.get("CHRONICLE_CLI") or str(ROOT / "build/release/chronicle")
    if not shutil.which(path):
        pytest.fail("chronicle CLI not found at %s (set CHRONICLE_CLI)" % path)
    return path


@pytest.fixture(scope="session")
def shared_dir():
    path = pathlib.Path(os.environ.get("CHRONICLE_SHARED_DIR") or ROOT.parent / "shared")
    if not path.is_dir():
        pytest.skip("shared folder %s is absent" % path)
    return path


@pytest.fixture(scope="session")
def nlp():
    import chronicle

    return chronicle.Pipeline()
