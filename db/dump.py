"""Whole-collection SQL: dump every table, load rows back in one transaction, and copies.

`dump_table` and `load_tables` serve the JSON document (tutor.interop.document);
`copy_database`, `inspect_file` and `settle` serve backup and restore
(tutor.interop.backup). A copy is taken with SQLite's online backup API, which reads one
consistent snapshot: in WAL mode a review running in another process keeps writing while
the copy is made.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.migrations import (
    MIGRATIONS,
    Schema,
    applied_version,
    migrate,
    schema_of,
)
from db.progress import fill_tally
from db.store import BUSY_TIMEOUT_MS, SQLITE_HEADER, Store, StoreError

# Every table that holds the learner's collection, parents before children (the order
# rows must be inserted in with foreign keys on), with the column rows are sorted by.
# The `migration` table is not here: it describes the file, not the collection.
DATA_TABLES: dict[str, str] = {
    "path": "id",
    "entry": "key",
    "card": "id",
    "card_state": "card_id",
    "review": "id",
    "setting": "key",
    "check_attempt": "id",
}


BULK_CACHE_KIB = 64 * 1024


def dump_table(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Every row of `table` as a column -> value mapping, in primary-key order, streamed."""
    order = _known(table)
    cursor = store.conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
    names = [description[0] for description in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def count_rows(store: Store) -> dict[str, int]:
    """How many rows each data table holds."""
    return {
        table: int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in DATA_TABLES
    }


def learner_activity(store: Store) -> dict[str, int]:
    """What a learner has done in this collection beyond the first automatic import."""
    conn = store.conn
    return {
        "reviews": conn.execute("SELECT count(*) FROM review").fetchone()[0],
        "check attempts": conn.execute("SELECT count(*) FROM check_attempt").fetchone()[0],
        "imported entries": conn.execute(
            "SELECT count(*) FROM entry WHERE file NOT LIKE 'built-in:%'"
        ).fetchone()[0],
        "suspended cards": conn.execute(
            "SELECT count(*) FROM card WHERE suspended_at IS NOT NULL"
        ).fetchone()[0],
        "settings": conn.execute(
            "SELECT count(*) FROM setting"
            " WHERE key NOT IN ('builtin_imported', 'generation_version')"
        ).fetchone()[0],
    }


def clear_tables(store: Store) -> None:
    """Delete every row of every data table; call inside a transaction."""
    for table in reversed(DATA_TABLES):
        store.conn.execute(f"DELETE FROM {table}")


def insert_rows(store: Store, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows given as column -> value (ids included; all with the same columns)
    inside the caller's transaction; a failure undoes these rows and no others."""
    _known(table)
    names = ", ".join(rows[0])
    marks = ", ".join("?" * len(rows[0]))
    store.conn.execute("SAVEPOINT some_rows")
    try:
        store.conn.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",
            [tuple(row.values()) for row in rows],
        )
    except sqlite3.Error:
        store.conn.execute("ROLLBACK TO some_rows")
        raise
    finally:
        store.conn.execute("RELEASE some_rows")


@contextmanager
def bulk_loading(store: Store) -> Iterator[None]:
    """A bigger page cache while a whole collection is loaded (index pages stay in
    memory instead of being read again for each of a million rows)."""
    (before,) = store.conn.execute("PRAGMA cache_size").fetchone()
    store.conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA cache_size = {before}")


def foreign_key_problem(store: Store) -> str | None:
    """The first row that refers to a missing row, said in words; None when all hold."""
    problem = store.conn.execute("PRAGMA foreign_key_check").fetchone()
    if problem is None:
        return None
    return f"a {problem[0]} row refers to a missing {problem[2]} row"


# -- copies of the whole file ----------------------------------------------------------------


@dataclass(frozen=True)
class FileFacts:
    """What restore needs to know about a database file before trusting it."""

    integrity: str  # "ok" or SQLite's first complaint
    has_migrations: bool
    schema_version: int
    migration_names: tuple[str, ...]  # in version order
    schema: Schema = frozenset()

    @property
    def known_migrations(self) -> bool:
        """True when every migration the file records is the one this tutor has."""
        ours = [migration.__name__ for migration in MIGRATIONS]
        return all(
            version > len(ours) or ours[version - 1] == name
            for version, name in enumerate(self.migration_names, start=1)
        )


def copy_database(source: Path, target: Path, read_only: bool = False) -> None:
    """Copy the database at `source` into the new file `target` with the online backup API.

    The copy is one consistent snapshot, written in rollback-journal mode so that it is a
    single self-contained file. `target` is created with owner-only permissions.
    """
    uri = f"file:{_uri_path(source)}{'?mode=ro' if read_only else ''}"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def rebuild(
    source: Path,
    target: Path,
    version: int,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Copy the rows of the checked collection `source` into a new file `target` built
    by our own migrations up to `version` (the source's), in one transaction.

    Only data crosses over: whatever the source's schema held beyond its rows can never
    reach the new file. The next open migrates `target` on to the current version.
    """
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    conn = sqlite3.connect(f"file:{_uri_path(target)}", uri=True, isolation_level=None)
    try:
        migrate(conn, upto=version)
        conn.execute("ATTACH DATABASE ? AS source", (f"file:{_uri_path(source)}?mode=ro",))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM main.migration")
        conn.execute("INSERT INTO main.migration SELECT * FROM source.migration")
        # The indexes are made again after the rows are in: built from sorted keys they
        # take seconds, kept up to date row by row (a million reviews into four indexes
        # through a small page cache) they took 18 s on the bench collection.
        indexes = conn.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({', '.join('?' * len(DATA_TABLES))}) ORDER BY rowid",
            tuple(DATA_TABLES),
        ).fetchall()
        # The triggers that keep card_tally are off while the rows go in (a trigger per
        # card and state row), and the table is filled in one statement after.
        triggers = conn.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' ORDER BY rowid"
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX main."{name}"')
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER main."{name}"')
        steps = len(DATA_TABLES) + len(indexes)
        for done, table in enumerate(DATA_TABLES):
            if progress is not None:
                progress(f"Copying the {table} rows", done, steps)
            names = [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]
            listed = ", ".join(names)
            conn.execute(f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM source.{table}")
        for done, (_, sql) in enumerate(indexes, start=len(DATA_TABLES)):
            if progress is not None:
                progress("Rebuilding the indexes", done, steps)
            conn.execute(sql)
        for _, sql in triggers:
            conn.execute(sql)
        if conn.execute(
            "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'card_tally'"
        ).fetchone():
            fill_tally(conn)
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE source")
    finally:
        conn.close()


def row_problem(
    path: Path,
    times: Mapping[str, set[str]],
    not_negative: Mapping[str, set[str]],
    latest_ms: int,
) -> str:
    """The first row of the collection at `path` whose values tutor could not read back
    ('' when there is none): a value of the wrong type for its column, a time outside
    0..`latest_ms`, a negative count, a reference to a missing row."""
    conn = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
    try:
        for table in DATA_TABLES:
            checks = _value_checks(conn, table, times, not_negative)
            # One pass over the table for every check at once; only a table with a bad
            # value is read again, check by check, to say which (a pass per column took
            # 2.8 s on a million reviews).
            anything = " OR ".join(f"({condition})" for condition, _ in checks)
            if not conn.execute(
                f"SELECT 1 FROM {table} WHERE {anything} LIMIT 1",
                (latest_ms,) * anything.count("?"),
            ).fetchone():
                continue
            for condition, say in checks:
                found = conn.execute(
                    f"SELECT rowid, * FROM {table} WHERE {condition} LIMIT 1",
                    (latest_ms,) * condition.count("?"),
                ).fetchone()
                if found:
                    return say(found)
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken:
            return f"a {broken[0]} row refers to a missing {broken[2]} row"
        return ""
    finally:
        conn.close()


def _value_checks(
    conn: sqlite3.Connection,
    table: str,
    times: Mapping[str, set[str]],
    not_negative: Mapping[str, set[str]],
) -> list[tuple[str, Callable[[tuple[Any, ...]], str]]]:
    """(SQL condition a bad row meets, what to say of such a row) for each value check of
    `table`, in the order they are reported; a row is (rowid, *the table's columns)."""
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    position = {row[1]: index + 1 for index, row in enumerate(info)}
    checks: list[tuple[str, Callable[[tuple[Any, ...]], str]]] = []
    for _, column, declared, not_null, _, _ in info:
        wanted = {"INTEGER": ("integer",), "TEXT": ("text",), "BOOLEAN": ("integer",)}.get(
            str(declared).upper(), ("integer", "real")
        )
        allowed = ", ".join(f"'{kind}'" for kind in (*wanted, *(() if not_null else ("null",))))
        checks.append(
            (
                f"typeof({column}) NOT IN ({allowed})",
                lambda row, column=column: (
                    f"{table} row {row[0]}: {column} holds {_sqlite_type(row[position[column]])}"
                ),
            )
        )
    for column in sorted(times.get(table, set()) & position.keys()):
        checks.append(
            (
                f"{column} NOT BETWEEN 0 AND ?",
                lambda row, column=column: (
                    f"{table} row {row[0]}: {column} {row[position[column]]} is no time from"
                    " 1970 to 8999"
                ),
            )
        )
    for column in sorted(not_negative.get(table, set()) & position.keys()):
        checks.append(
            (
                f"{column} < 0",
                lambda row, column=column: f"{table} row {row[0]}: {column} is negative",
            )
        )
    return checks


def _sqlite_type(value: object) -> str:
    """The name SQLite's typeof() gives a value as Python reads it back."""
    if value is None:
        return "null"
    if isinstance(value, bool | int):
        return "integer"
    if isinstance(value, float):
        return "real"
    if isinstance(value, str):
        return "text"
    return "blob"


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def inspect_file(path: Path) -> FileFacts:
    """Integrity and schema facts of a database file nobody else is using (a staged copy)."""
    conn = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
        integrity = "; ".join(str(row[0]) for row in rows)
        if integrity != "ok":
            return FileFacts(integrity, False, 0, ())
        schema = schema_of(conn)
        if not any(kind == "table" and name == "migration" for kind, name, _, _ in schema):
            return FileFacts("ok", False, 0, (), schema)
        version = applied_version(conn)
        names = tuple(
            str(name) for (name,) in conn.execute("SELECT name FROM migration ORDER BY version")
        )
        return FileFacts("ok", version > 0, version, names, schema)
    finally:
        conn.close()


def integrity(path: Path, quick: bool = False) -> str:
    """PRAGMA integrity_check (or the faster quick_check, which skips comparing indexes
    with their tables) of a file opened read-only: "ok" when sound."""
    pragma = "quick_check" if quick else "integrity_check"
    conn = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
    try:
        return "; ".join(str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(5)"))
    finally:
        conn.close()


def settle(path: Path) -> None:
    """Fold the write-ahead log into the file and leave it in rollback-journal mode.

    Afterwards the file alone holds the whole collection, so it can be moved aside.
    Raises StoreError when another process still has the collection open.
    """
    conn = sqlite3.connect(path, isolation_level=None, timeout=2)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        busy, mode = 1, "wal"
    finally:
        conn.close()
    if busy or str(mode).lower() != "delete":
        raise StoreError(
            f"{path}: the collection is in use by another tutor (a review?); "
            "close it and try again. Nothing was changed"
        )


def _known(table: str) -> str:
    if table not in DATA_TABLES:
        raise ValueError(f"not a data table: {table}")
    return DATA_TABLES[table]


def _uri_path(path: Path) -> str:
    # Percent-encode what a URI would read as syntax; keep the rest of the path as is.
    return str(path.resolve()).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
