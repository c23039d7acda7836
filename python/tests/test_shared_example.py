# The shared prototype article (read at run time, never copied): the bindings
# give the CLI's JSON and find both embedded posts.
import json
import subprocess

import pytest

pytestmark = pytest.mark.shared


def test_summit_letter_matches_cli(nlp, cli, shared_dir):
    path = shared_dir / "examples" / "summit-letter.txt"
    if not path.is_file():
        pytest.skip("%s is absent" % path)
    out = subprocess.run([cli, "annotate", str(path), "--tokens", "--text", "--date", "2018-05-31",
                          "--tz", "America/New_York"], capture_output=True, check=True).stdout
    expected = json.loads(out)
    doc = nlp(path.read_bytes(), id="summit-letter", date="2018-05-31", tz="America/New_York")
    assert doc.to_dict() == expected
    assert len(doc.posts) == 2
    assert all(doc.text[p.start:p.end] == p.text for p in doc.posts)
