"""Path files (`_path.txt`) beside entries, and the path an entry's own file names.

A `_path.txt` listing the four terms of one glossary file was refused with "'Throughput'
is listed twice" for each term after the first: the terms were matched by the file they
came from, so a second term of the same file counted as that file listed again.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.support import db_path, query

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
    assert not db_path(home).exists()  # nothing written: not even the new collection


CORS = """\
CORS

CORS (Cross-Origin Resource Sharing) is a browser rule that lets a server say which
other sites may read its responses.

Key Takeaways
• The browser enforces CORS, not the server.
• A preflight request asks permission before a risky request.

Next in Web Basics: HTTP caching
"""
DNS = """\
# DNS

DNS is the system that turns a domain name into the address of a server.
"""


def notes_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "cors.txt").write_text(CORS, encoding="utf-8")
    (folder / "dns.md").write_text(DNS, encoding="utf-8")
    return folder


def test_a_note_whose_next_line_names_another_path_is_said_to_join_it(tmp_path, home, run):
    folder = notes_folder(tmp_path)
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert steps(home, "Notes") == ["DNS"]
    assert steps(home, "Web Basics") == ["CORS"]
    text = " ".join(result.output.split())
    assert (
        f"CORS ({folder / 'cors.txt'}) joins the path 'Web Basics' that its line 'Next in Web"
        " Basics: HTTP caching' names, not 'Notes' with the rest of its folder" in text
    ), result.output

    again = run("import", str(folder), "--json")  # nothing new to say
    assert again.exit_code == 0, again.output
    assert json.loads(again.output)["path_named_in_file"] == []

    (folder / "cors.txt").write_text(CORS + "\nMore text.\n", encoding="utf-8")
    changed = run("import", str(folder), "--json")
    assert json.loads(changed.output)["path_named_in_file"] == [
        {
            "file": str(folder / "cors.txt"),
            "entry": "CORS",
            "path": "Web Basics",
            "folder_path": "Notes",
            "line": "Next in Web Basics: HTTP caching",
        }
    ]


def test_a_folder_whose_notes_all_name_one_path_gets_no_such_line(tmp_path, home, run):
    folder = notes_folder(tmp_path)
    (folder / "dns.md").write_text("---\npath: Web Basics\n---\n" + DNS, encoding="utf-8")
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert steps(home, "Web Basics") == ["CORS", "DNS"] or steps(home, "Web Basics") == [
        "DNS",
        "CORS",
    ]
    assert "rest of its folder" not in result.output


def test_the_path_file_that_a_note_of_another_path_suggests_keeps_it_with_its_folder(
    tmp_path, home, run
):
    # The report says: list the entry in the folder's _path.txt. One without a path: line
    # names the path the folder gives (notes: Notes), not a second path 'notes' refused
    # as the same short name.
    folder = notes_folder(tmp_path)
    assert run("import", str(folder)).exit_code == 0
    (folder / "_path.txt").write_text("DNS\nCORS\n", encoding="utf-8")
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert steps(home, "Notes") == ["DNS", "CORS"]
    assert steps(home, "Web Basics") == []
    assert "rest of its folder" not in result.output


def test_a_default_path_name_joins_the_stored_path_spelled_otherwise(tmp_path, home, run):
    # A _path.txt without a path: line once named its path after the bare folder
    # ('web'); it now defaults to the folder's path ('Web'). A collection holding the old
    # spelling keeps it, rather than refusing every step as the same short name.
    listed = "Latency\nThroughput\nBandwidth\nTTFB\nReverse proxy\n"
    folder = web_folder(tmp_path, "path: web\n" + listed)
    assert run("import", str(folder)).exit_code == 0
    (folder / "_path.txt").write_text(listed, encoding="utf-8")
    again = run("import", str(folder))
    assert again.exit_code == 0, again.output
    assert "same short name" not in again.output
    assert steps(home, "web") == ["Latency", "Throughput", "Bandwidth", "TTFB", "Reverse proxy"]
    assert steps(home, "Web") == []


def test_a_path_file_may_name_a_step_by_its_wrapped_title(tmp_path, home, run):
    # 'Understanding Message Queues' is about a message queue, and is asked so; the
    # learner's path file still names the page as its heading reads.
    folder = tmp_path / "backend"
    folder.mkdir()
    (folder / "queues.md").write_text(
        "# Understanding Message Queues\n\nA message queue is a buffer where one program "
        "leaves work for another to pick up later.\n",
        encoding="utf-8",
    )
    (folder / "reverse-proxy.md").write_text(PROXY, encoding="utf-8")
    (folder / "_path.txt").write_text(
        "path: Backend\nReverse proxy\nUnderstanding Message Queues\n", encoding="utf-8"
    )
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert steps(home, "Backend") == ["Reverse proxy", "Message queue"]
    prompts = [prompt for (prompt,) in query(home, "SELECT prompt FROM card")]
    assert "What is a message queue?" in prompts
    assert not [prompt for prompt in prompts if "Understanding" in prompt]


def test_a_next_line_may_name_a_step_by_its_wrapped_title(tmp_path, home, run):
    folder = tmp_path / "notes"
    folder.mkdir()
    # In name order the proxy comes between: only the 'Next' line, naming the queue's
    # page by its heading, puts the queue right after the cache.
    (folder / "a-cache.md").write_text(
        "# Cache\n\nA cache is a store of recent answers kept close by.\n\n"
        "Next: Understanding Message Queues\n",
        encoding="utf-8",
    )
    (folder / "b-proxy.md").write_text(PROXY, encoding="utf-8")
    (folder / "c-queues.md").write_text(
        "# Understanding Message Queues\n\nA message queue is a buffer where one program "
        "leaves work for another to pick up later.\n",
        encoding="utf-8",
    )
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert steps(home, "Notes") == ["Cache", "Message queue", "Reverse proxy"]
