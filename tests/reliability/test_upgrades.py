"""Upgrades: an old collection opens with its data intact and a copy taken first; a file
from a newer tutor is refused and left byte for byte as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import db.migrations
import db.store
from db import Store, StoreError
from tests.reliability.support import copy_of_schema1, doctor_problems, dump, query, tutor

REVIEWS_IN_FIXTURE = 183
RELEASED = tuple(db.migrations.MIGRATIONS)


def _add_migration(monkeypatch: pytest.MonkeyPatch, migration: db.migrations.Migration) -> None:
    migrations = [*RELEASED, migration]
    monkeypatch.setattr(db.migrations, "MIGRATIONS", migrations)
    monkeypatch.setattr(db.migrations, "SCHEMA_VERSION", len(migrations))
    monkeypatch.setattr(db.store, "SCHEMA_VERSION", len(migrations))


def m_next_card_note(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE card ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    conn.execute("CREATE TABLE tag (name TEXT NOT NULL PRIMARY KEY)")


def m_next_half_done(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE tag (name TEXT NOT NULL PRIMARY KEY)")
    conn.execute("UPDATE card SET prompt = 'overwritten'")
    conn.execute("ALTER TABLE no_such_table ADD COLUMN note TEXT")  # fails half-way


def test_the_schema1_fixture_upgrades_with_every_row_intact_and_a_copy_first(
    tmp_path: Path,
) -> None:
    path = copy_of_schema1(tmp_path)
    before = dump(path)
    with Store.open(path) as store:
        assert store.settings()["desired_retention"] == 0.85
        assert len(list(store.reviews())) == REVIEWS_IN_FIXTURE
    after = dump(path)
    # Later migrations add nullable columns at the end of a table: every old row keeps
    # its values in the columns it had, and the new columns hold NULL. card_tally
    # (m004) is made from the cards and states (tests/db/test_card_tally.py).
    widths = {t: len(rows[0]) for t, rows in before.items() if rows}
    assert {
        t: [row[: widths.get(t, len(row))] for row in rows]
        for t, rows in after.items()
        if t not in ("migration", "card_tally")
    } == {t: rows for t, rows in before.items() if t != "migration"}
    assert len(after["card_tally"]) == len(before["card"])
    assert all(
        value is None
        for t, rows in after.items()
        if t != "migration"
        for row in rows
        for value in row[widths.get(t, len(row)) :]
    )
    assert [v for (v,) in query(path, "SELECT version FROM migration ORDER BY version")] == list(
        range(1, len(RELEASED) + 1)
    )
    (copy,) = tmp_path.glob("tutor.sqlite3.schema1-*.bak")
    assert dump(copy) == before
    assert doctor_problems(path) == []


def test_an_upgrade_copies_the_file_first_and_keeps_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_of_schema1(tmp_path)
    Store.open(path).close()  # up to the released schema first
    before = dump(path)
    _add_migration(monkeypatch, m_next_card_note)
    with Store.open(path) as store:
        assert len(list(store.reviews())) == REVIEWS_IN_FIXTURE
    after = dump(path)
    assert query(path, "SELECT version, name FROM migration ORDER BY version") == [
        (version, migration.__name__)
        for version, migration in enumerate([*RELEASED, m_next_card_note], start=1)
    ]
    for table in ("review", "card_state", "entry", "setting", "check_attempt", "path"):
        assert after[table] == before[table], table
    assert [row[:-1] for row in after["card"]] == before["card"]  # one new column, ''
    assert {row[-1] for row in after["card"]} == {""}
    (copy,) = tmp_path.glob(f"tutor.sqlite3.schema{len(RELEASED)}-*.bak")
    assert dump(copy) == before
    assert query(copy, "SELECT max(version) FROM migration") == [(len(RELEASED),)]


def test_a_failing_migration_rolls_back_whole_and_stays_pending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = copy_of_schema1(tmp_path)
    Store.open(path).close()  # up to the released schema first
    before = dump(path)
    _add_migration(monkeypatch, m_next_half_done)
    with pytest.raises(StoreError, match="no such table"):
        Store.open(path)
    assert dump(path) == before  # no tag table, no overwritten prompt, no record of it
    assert query(path, "PRAGMA integrity_check") == [("ok",)]

    _add_migration(monkeypatch, m_next_card_note)  # the next release, with the fix
    with Store.open(path):
        pass
    assert query(path, "SELECT max(version) FROM migration") == [(len(RELEASED) + 1,)]
    assert query(path, "SELECT count(*) FROM review") == [(REVIEWS_IN_FIXTURE,)]


def test_a_newer_collection_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = copy_of_schema1(tmp_path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO migration VALUES (7, 'm007_from_the_future', 1)")
    conn.close()
    original = path.read_bytes()

    with pytest.raises(StoreError, match="newer tutor"):
        Store.open(path)
    result = tutor(tmp_path, "--db", str(path), "review")
    assert result.returncode == 1
    assert result.stderr.startswith(f"tutor: {path}: written by a newer tutor".encode())
    assert b"schema 7" in result.stderr
    assert b"Traceback" not in result.stderr
    assert path.read_bytes() == original
    assert not list(tmp_path.glob("*.bak"))
