"""A glossary file through `tutor preview` and `tutor import`: one entry per term.

The files are the layout fixtures in tests/fixtures/layouts/ (our own words, reproducing
real glossary pages); the URL test uses a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.support import DAY2, query
from tests.cli.web_site import LAYOUTS, serving

QUEUE_TERMS = [
    "ACK",
    "At-Least-Once Delivery",
    "Broker",
    "Consumer",
    "DLQ",
    "FIFO Queue",
    "Producer",
]


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving() as address:
        yield address


def test_preview_shows_one_entry_per_term_with_its_what_is_card(run) -> None:
    result = run("preview", str(LAYOUTS / "glossary-colon-lines.txt"))
    assert result.exit_code == 0, result.output
    # Every term is an entry of its own, keyed under the page's path, with its card.
    for term in QUEUE_TERMS:
        assert f"{term} — message-queue-glossary/" in result.output
    assert "What is DLQ?" in result.output and "What is a broker?" in result.output
    assert "Glossary of message queue terms" not in result.output  # the page's own chrome


def test_preview_json_lists_the_terms_in_one_path(run) -> None:
    result = run("preview", str(LAYOUTS / "glossary-dash-lines.txt"), "--json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)["entries"]
    assert [e["title"] for e in entries] == [
        "Domain",
        "Hosting",
        "Uptime",
        "SSL certificate",
        "Nameserver",
    ]
    assert {e["path"] for e in entries} == {"The Little Hosting Dictionary"}
    for entry in entries:
        (card,) = [c for c in entry["cards"] if c["kind"] == "definition"]
        assert card["prompt"].startswith("What is ")
        assert card["answer"].endswith(".")


def test_preview_of_a_concept_with_labels_is_one_entry(run) -> None:
    result = run("preview", str(LAYOUTS / "one-concept-labels.md"), "--json")
    assert result.exit_code == 0, result.output
    (entry,) = json.loads(result.stdout)["entries"]
    assert entry["title"] == "Load balancer"


def test_import_makes_a_path_of_the_terms_and_again_changes_nothing(
    run, home: Path, tmp_path: Path
) -> None:
    glossary = tmp_path / "queues.txt"
    glossary.write_bytes((LAYOUTS / "glossary-colon-lines.txt").read_bytes())
    result = run("import", str(glossary))
    assert result.exit_code == 0, result.output
    # A "What is X?" card per term, and 'What does DLQ stand for?' for the one term
    # written with its expansion ('Dead Letter Queue (DLQ): ...').
    assert "Message Queue Glossary: 7 entries, 8 cards (8 new)" in result.output
    rows = query(
        home,
        "SELECT e.title, p.name FROM entry e JOIN path p ON p.id = e.path_id "
        "WHERE p.name = 'Message Queue Glossary' ORDER BY e.position",
    )
    assert [title for title, _ in rows] == QUEUE_TERMS
    prompts = {p for (p,) in query(home, "SELECT prompt FROM card")}
    assert {
        "What is ACK?",
        "What is DLQ?",
        "What is a producer?",
        "What does DLQ stand for?",
    } <= prompts

    shown = run("path")
    assert shown.exit_code == 0, shown.output
    assert "Message Queue Glossary" in shown.output and "FIFO Queue" in shown.output
    # A glossary is a reference, not a sequence: every term is open from the start.
    locked = query(
        home,
        "SELECT e.title FROM entry e JOIN path p ON p.id = e.path_id "
        "WHERE p.name = 'Message Queue Glossary' AND e.unlocked_at IS NULL",
    )
    assert locked == []
    steps = json.loads(run("path", "Message Queue Glossary", "--json").stdout)
    assert "locked" not in json.dumps(steps)

    again = run("import", str(glossary), "--json", now=DAY2)
    assert again.exit_code == 0, again.output
    changes = json.loads(again.stdout)["entries"]
    assert sorted(c["title"] for c in changes) == sorted(QUEUE_TERMS)
    assert all(c["new"] == c["changed"] == c["retired"] == 0 for c in changes)


def test_a_glossary_web_page_imports_one_entry_per_definition_list_term(
    run, home: Path, site: str
) -> None:
    url = f"{site}/network-words"
    result = run("import", url, "--json")
    assert result.exit_code == 0, result.output
    titles = [c["title"] for c in json.loads(result.stdout)["entries"]]
    assert titles == ["Packet", "Router", "Latency", "Bandwidth", "Firewall"]
    paths = {
        p
        for (p,) in query(
            home,
            "SELECT DISTINCT p.name FROM entry e JOIN path p ON p.id = e.path_id WHERE e.file = ?",
            url,
        )
    }
    assert paths == {"Network Words"}
    prompts = {p for (p,) in query(home, "SELECT prompt FROM card")}
    assert "What is a router?" in prompts  # a common word of its glossary, counted
    assert not any("Sign in" in p or "Pricing" in p for p in prompts)


def test_a_saved_glossary_page_previews_like_its_url(run, site: str) -> None:
    saved = run("preview", str(LAYOUTS / "glossary-page.html"), "--json")
    fetched = run("preview", f"{site}/network-words", "--json")
    assert saved.exit_code == fetched.exit_code == 0, saved.output + fetched.output

    def what_is(output: str) -> list[tuple[str, str]]:
        return [
            (c["prompt"], c["answer"])
            for e in json.loads(output)["entries"]
            for c in e["cards"]
            if c["kind"] == "definition"
        ]

    assert what_is(saved.stdout) == what_is(fetched.stdout)
    assert len(what_is(saved.stdout)) == 5
