"""The migrated file has exactly the schema that db.tables declares, and opening is safe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Float, Integer

from db import Store, StoreError
from db.migrations import MIGRATIONS, SCHEMA_VERSION
from db.tables import SQLModel


def _affinity(sql_type: object) -> str:
    if isinstance(sql_type, Boolean | Integer):
        return "INTEGER"
    if isinstance(sql_type, Float):
        return "REAL"
    return "TEXT"


def _declared() -> dict[str, dict[str, tuple[str, bool, bool]]]:
    tables = {}
    for table in SQLModel.metadata.sorted_tables:
        tables[table.name] = {
            column.name: (_affinity(column.type), not column.nullable, column.primary_key)
            for column in table.columns
        }
    return tables


def _migrated(path: Path) -> dict[str, dict[str, tuple[str, bool, bool]]]:
    conn = sqlite3.connect(path)
    names = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    tables = {}
    for name in names:
        columns = conn.execute(f"PRAGMA table_info({name})").fetchall()
        tables[name] = {
            column[1]: (
                {"BOOLEAN": "INTEGER"}.get(column[2], column[2]),
                bool(column[3]),
                bool(column[5]),
            )
            for column in columns
        }
    conn.close()
    return tables


def test_migrations_build_the_declared_schema(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    Store.open(path).close()
    assert _migrated(path) == _declared()


def test_migrations_are_recorded_once_and_reopening_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    Store.open(path).close()
    Store.open(path).close()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT version, name FROM migration ORDER BY version").fetchall()
    assert rows == [(i, m.__name__) for i, m in enumerate(MIGRATIONS, start=1)]
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_new_file_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "t.sqlite3"
    Store.open(path).close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my shopping list\n")
    with pytest.raises(StoreError, match="not a tutor database"):
        Store.open(path)
    assert path.read_text() == "my shopping list\n"


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a tutor database"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_tutor_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO migration (version, name, applied_at) VALUES (?, 'm999_future', 0)",
        (SCHEMA_VERSION + 1,),
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer tutor"):
        Store.open(path)


def test_migrations_build_the_declared_indexes(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    built = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    }
    conn.close()
    declared = {index.name for table in SQLModel.metadata.sorted_tables for index in table.indexes}
    assert declared <= built
