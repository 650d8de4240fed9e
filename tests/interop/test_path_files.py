"""Path files (`_path.txt`) beside entries, and the path an entry's own file names.

A `_path.txt` listing the four terms of one glossary file was refused with "'Throughput'
is listed twice" for each term after the first: the terms were matched by the file they
came from, so a second term of the same file counted as that file listed again.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.support import query

GLOSSARY = """\
# Web performance terms

- **Latency** - the time a single request takes to travel to the server and back.
- **Throughput** - the number of requests a system can handle in one second.
- **Bandwidth** - the most data a network link can carry in one second.
- **TTFB** - the time from sending a request until the first byte of the answer arrives.
"""
PROXY = """\
# Reverse proxy

A reverse proxy is a server that takes requests for other servers and passes them on.
"""


def web_folder(tmp_path: Path, path_file: str) -> Path:
    folder = tmp_path / "web"
    folder.mkdir()
    (folder / "web-terms.md").write_text(GLOSSARY, encoding="utf-8")
    (folder / "reverse-proxy.md").write_text(PROXY, encoding="utf-8")
    (folder / "_path.txt").write_text(path_file, encoding="utf-8")
    return folder


def steps(home: Path, path: str) -> list[object]:
    rows = query(
        home,
        "SELECT e.title FROM entry e JOIN path p ON p.id = e.path_id"
        " WHERE p.name = ? AND e.retired_at IS NULL ORDER BY e.position",
        path,
    )
    return [title for (title,) in rows]


def test_a_path_file_lists_the_terms_of_one_glossary_file(tmp_path, home, run):
    folder = web_folder(
        tmp_path, "path: Web Perf\nTTFB\nLatency\nThroughput\nReverse proxy\nBandwidth\n"
    )
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert "listed twice" not in result.output
    assert steps(home, "Web Perf") == [
        "TTFB",
        "Latency",
        "Throughput",
        "Reverse proxy",
        "Bandwidth",
    ]
    again = run("import", str(folder), "--json")
    assert again.exit_code == 0, again.output
    assert all(e["new"] == e["changed"] == 0 for e in json.loads(again.output)["entries"])


def test_some_terms_of_a_glossary_file_listed_and_the_rest_left_where_they_are(tmp_path, home, run):
    folder = web_folder(tmp_path, "path: Web Perf\nBandwidth\nLatency\n")
    result = run("import", str(folder / "web-terms.md"))
    assert result.exit_code == 0, result.output
    assert steps(home, "Web Perf") == ["Bandwidth", "Latency"]
    assert steps(home, "Web performance terms") == ["Throughput", "TTFB"]


def test_a_term_listed_twice_is_still_refused(tmp_path, home, run):
    folder = web_folder(tmp_path, "path: Web Perf\nLatency\nThroughput\nlatency\n")
    result = run("import", str(folder))
    assert result.exit_code == 1
    assert f"{folder / '_path.txt'}:4: 'latency' is listed twice" in result.output
    assert steps(home, "Web Perf") == []
