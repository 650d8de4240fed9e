"""A CSV import streams entry by entry: the cards are those of reading the file whole.

The import reads each file once, writing its cards in parts as its rows are read, so a
file of 100k cards is never all in memory; these tests hold it to giving exactly what
writing the whole file at once gives, whatever order the rows come in.
"""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from db import ImportWrite, Store
from tests.cli.support import db_path, query
from tutor.interop.csv_cards import CsvImport
from tutor.interop.importing import ensure_builtin

# Every test twice: read in one process, and by a forked child (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("csv_reading")

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


def test_small_batches_write_what_one_batch_of_the_whole_file_writes(tmp_path: Path) -> None:
    file = tmp_path / "cards.csv"
    file.write_text(rows_text(random.Random(8)), encoding="utf-8")
    results = []
    for name, batch in (("whole", 1_000_000), ("parts", 7)):
        store = Store.open(tmp_path / f"{name}.sqlite3")
        ensure_builtin(store, NOW)
        planner = CsvImport(store, NOW, batch=batch)
        parts: list[ImportWrite] = []
        with file.open("rb") as handle:
            writes = planner.writes([(file, handle)])
            # One transaction: a part's cards may come before their entry's record.
            store.save_imports((parts.append(write) or write for write in writes), NOW)
        store.close()
        with sqlite3.connect(tmp_path / f"{name}.sqlite3") as conn:
            table = conn.execute("SELECT * FROM card ORDER BY id").fetchall()
        results.append((len(parts), [vars(change) for change in planner.changes()], table))
    (whole_parts, *whole), (small_parts, *small) = results
    assert whole_parts == 1 and small_parts > 5  # the streaming path was taken
    assert whole == small


def test_a_large_file_is_checked_by_a_child_and_a_bad_row_there_writes_nothing(
    tmp_path: Path, home: Path, run, csv_reading: str, aheads: list[Any]
) -> None:
    good = rows_text(random.Random(5))
    file = tmp_path / "cards.csv"
    file.write_text(good + "Track 9,Step 9,faq,,no prompt\n", encoding="utf-8")
    result = run("import", "csv", str(file))
    assert result.exit_code == 1
    assert f"{file}:62: prompt: empty; nothing imported" in result.output
    assert not db_path(home).exists()  # nothing written: not even the new collection
    # The child checked the rows and was waited for.
    assert len(aheads) == (1 if csv_reading == "checked ahead" else 0)
    for ahead in aheads:
        with pytest.raises(ChildProcessError):
            os.waitpid(ahead.pid, os.WNOHANG)
