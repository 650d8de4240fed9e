"""A CSV import streams entry by entry: the cards are those of reading the file whole.

The import reads each file twice (a check of every row, then entry by entry as it
writes), so a file of 100k cards is never all in memory; these tests hold it to giving
exactly what planning the whole file at once gives, whatever order the rows come in.
"""

from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path

import pytest

from db import Store
from tests.cli.support import query
from tutor.csv_cards import CsvPlanner, check_rows, iter_rows, plan_csv_import, read_rows
from tutor.importing import ensure_builtin

NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
HEADER = "path,step,kind,prompt,answer\n"


def rows_text(order: random.Random | None = None) -> str:
    lines = [
        f"Track {path},Step {step},faq,Question {path}-{step}-{n}?,Answer {n}\n"
        for path in range(3)
        for step in range(4)
        for n in range(5)
    ]
    if order is not None:
        order.shuffle(lines)
    return HEADER + "".join(lines)


def stored(home: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    entries = query(home, "SELECT key, position, title FROM entry ORDER BY key")
    cards = query(
        home, "SELECT id, entry_key, position, prompt, answer FROM card ORDER BY entry_key, id"
    )
    return entries, cards


def test_rows_of_entries_interleaved_give_the_cards_grouped_rows_give(tmp_path: Path, run) -> None:
    shuffled = rows_text(random.Random(3))
    lines = shuffled.splitlines(keepends=True)[1:]
    first_seen: dict[str, int] = {}
    for line in lines:
        first_seen.setdefault(",".join(line.split(",")[:2]), len(first_seen))
    # Each entry's rows together, entries in the order they first appear, rows in file order.
    grouped = HEADER + "".join(
        sorted(lines, key=lambda line: first_seen[",".join(line.split(",")[:2])])
    )
    assert grouped != shuffled
    results = []
    for name, text in (("interleaved", shuffled), ("grouped", grouped)):
        home = tmp_path / name
        file = tmp_path / "cards.csv"
        file.write_text(text, encoding="utf-8")
        home.mkdir()
        result = run("--db", str(home / "tutor.sqlite3"), "import", "csv", str(file))
        assert result.exit_code == 0, result.output
        results.append(stored(home))
    assert results[0] == results[1]
    _, cards = results[0]
    assert len([card for card in cards if str(card[1]).startswith("track-")]) == 60


@pytest.mark.parametrize("with_check", [False, True])
def test_small_batches_write_what_one_plan_of_the_whole_file_writes(
    tmp_path: Path, with_check: bool
) -> None:
    data = rows_text(random.Random(8)).encode()
    file = tmp_path / "cards.csv"
    whole_store = Store.open(tmp_path / "whole.sqlite3")
    ensure_builtin(whole_store, NOW)
    whole = plan_csv_import(whole_store, [(file, read_rows(data, "cards.csv", "cards"))])
    parts_store = Store.open(tmp_path / "parts.sqlite3")
    ensure_builtin(parts_store, NOW)
    planner = CsvPlanner(parts_store)
    checked = check_rows(data, "cards.csv", "cards") if with_check else None
    parts = list(
        planner.writes_of_file(
            file, lambda: iter_rows(data, "cards.csv", "cards"), 7, checked=checked
        )
    )
    assert len(parts) > 5  # the batches were small: the streaming path was taken
    assert sorted((e for part in parts for e in part.entries), key=repr) == sorted(
        whole.write.entries, key=repr
    )
    assert [c for part in parts for c in part.cards] == list(whole.write.cards)
    assert [vars(c) for c in planner.changes()] == [vars(c) for c in whole.changes]
    whole_store.close()
    parts_store.close()
