"""A collection exported to one CSV file comes back whole from that file.

`tutor export csv` of the benchmark's 105k cards writes 22 MB, and `tutor import csv`
refused files over 20 MB: a learner could not import their own export. Here a collection
of 20,000 cards whose export is over 20 MB goes out and back into a new collection.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.cli.support import query

HEADER = "path,step,kind,prompt,answer,options,explanation,tags\n"
WORDS = [
    "cache",
    "queue",
    "socket",
    "shard",
    "router",
    "payload",
    "schema",
    "webhook",
    "session",
    "index",
]


def many_cards(file: Path, count: int) -> None:
    """`count` cards in 10 paths of 20 steps, each with a long explanation (about 1 KB)."""
    pick = random.Random(17)
    with file.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        for n in range(count):
            words = " ".join(pick.choice(WORDS) for _ in range(150))
            kind, options, answer = "faq", "", f"Answer {n}"
            if n % 7 == 0:
                kind, options, answer = "identify", f"{n} | {n + 1} | {n + 2}", str(n + 1)
            handle.write(
                f"Track {n % 10},Step {n // 1000},{kind},What does number {n} do?,"
                f'{answer},{options},"It does {n} things, {words}.",many | tag{n % 3}\n'
            )


def cards(home: Path) -> list[tuple[object, ...]]:
    return query(
        home,
        "SELECT p.name, e.title, e.position, c.kind, c.answering, c.prompt, c.answer,"
        " c.options, c.explanation, e.tags FROM card c JOIN entry e ON e.key = c.entry_key"
        " JOIN path p ON p.id = e.path_id WHERE c.source_file LIKE 'csv:%'"
        " ORDER BY p.name, e.position, c.position",
    )


def test_an_export_over_twenty_megabytes_is_imported_back_whole(
    tmp_path: Path, home: Path, run, monkeypatch
) -> None:
    source = tmp_path / "many.csv"
    many_cards(source, 20_000)
    result = run("import", "csv", str(source))
    assert result.exit_code == 0, result.output
    mine = cards(home)
    assert len(mine) == 20_000
    exported = tmp_path / "export.csv"
    result = run("export", "csv", str(exported))
    assert result.exit_code == 0, result.output
    assert exported.stat().st_size > 20 * 1024 * 1024

    other = tmp_path / "other-home"
    other.mkdir()
    monkeypatch.setenv("TUTOR_HOME", str(other))
    result = run("import", "csv", str(exported))
    assert result.exit_code == 0, result.output
    assert cards(other) == mine
