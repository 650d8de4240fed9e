"""Paths and steps the learner puts away: hidden paths, removed paths, retired steps.

A hidden path keeps everything and only leaves the daily queue. A removed path, and a
step whose entry file is gone, are retired: their cards leave every list and queue, and
their reviews stay in the log. Importing the files again brings them back with their
progress, so a retired entry forgets its content hash (the next import must regenerate
its cards rather than skip it as unchanged).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from db.records import to_ms
from db.store import Store, open_past_empty


@dataclass(frozen=True)
class PathCounts:
    """What a path holds, for the confirmation before it is hidden or removed."""

    name: str
    steps: int
    cards: int
    reviewed: int  # cards with at least one review
    reviews: int
    hidden: bool


def path_counts(store: Store, name: str) -> PathCounts:
    conn = store.conn
    live = (
        "FROM card c JOIN entry e ON e.key = c.entry_key JOIN path p ON p.id = e.path_id"
        " WHERE p.name = ? AND c.retired_at IS NULL AND e.retired_at IS NULL"
    )
    (steps,) = conn.execute(
        "SELECT count(*) FROM entry e JOIN path p ON p.id = e.path_id"
        " WHERE p.name = ? AND e.retired_at IS NULL",
        (name,),
    ).fetchone()
    (cards,) = conn.execute(f"SELECT count(*) {live}", (name,)).fetchone()
    reviewed, reviews = conn.execute(
        f"SELECT count(DISTINCT r.card_id), count(*) FROM review r WHERE r.card_id IN"
        f" (SELECT c.id {live})",
        (name,),
    ).fetchone()
    (hidden,) = conn.execute(
        "SELECT count(*) FROM path WHERE name = ? AND hidden_at IS NOT NULL", (name,)
    ).fetchone()
    return PathCounts(name, steps, cards, reviewed, reviews, bool(hidden))


def hidden_paths(store: Store) -> set[str]:
    """The names of the hidden paths."""
    rows = store.conn.execute("SELECT name FROM path WHERE hidden_at IS NOT NULL")
    return {name for (name,) in rows}


def hide_path(store: Store, name: str, at: datetime) -> None:
    with store.transaction() as conn:
        conn.execute(
            "UPDATE path SET hidden_at = coalesce(hidden_at, ?) WHERE name = ?", (to_ms(at), name)
        )


def show_path(store: Store, name: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE path SET hidden_at = NULL WHERE name = ?", (name,))


def remove_path(store: Store, name: str, at: datetime) -> None:
    """Retire every step of the path (and so every card); the reviews stay."""
    with store.transaction() as conn:
        keys = [
            key
            for (key,) in conn.execute(
                "SELECT e.key FROM entry e JOIN path p ON p.id = e.path_id"
                " WHERE p.name = ? AND e.retired_at IS NULL",
                (name,),
            )
        ]
        retire_entries(conn, keys, to_ms(at))


def retire_entries(conn: sqlite3.Connection, keys: Iterable[str], at: int) -> None:
    """Retire entries and their cards, inside the caller's transaction; the steps left on
    each path are numbered again from 1, the first of them is unlocked, and so is any step
    after an open one left with no card."""
    keys = list(keys)
    paths = set()
    for key in keys:
        row = conn.execute("SELECT path_id FROM entry WHERE key = ?", (key,)).fetchone()
        if row:
            paths.add(row[0])
        conn.execute(
            "UPDATE entry SET retired_at = ?, content_hash = '' WHERE key = ?"
            " AND retired_at IS NULL",
            (at, key),
        )
        conn.execute(
            "UPDATE card SET retired_at = ? WHERE entry_key = ? AND retired_at IS NULL", (at, key)
        )
    for path_id in paths:
        live = conn.execute(
            "SELECT key, unlocked_at FROM entry WHERE path_id = ? AND retired_at IS NULL"
            " ORDER BY position",
            (path_id,),
        ).fetchall()
        conn.executemany(
            "UPDATE entry SET position = ? WHERE key = ?",
            [(position, key) for position, (key, _) in enumerate(live, start=1)],
        )
        if live and live[0][1] is None:
            conn.execute("UPDATE entry SET unlocked_at = ? WHERE key = ?", (at, live[0][0]))
    open_past_empty(conn, at)


def live_entry_files(store: Store) -> list[tuple[str, str, str, str]]:
    """(key, path, title, file) of every live entry imported from a file."""
    return store.conn.execute(
        "SELECT e.key, p.name, e.title, e.file FROM entry e JOIN path p ON p.id = e.path_id"
        " WHERE e.retired_at IS NULL AND e.file NOT LIKE 'built-in:%'"
    ).fetchall()


def live_prompts(store: Store, entry_key: str) -> list[tuple[str, str]]:
    """(id, prompt) of an entry's cards not retired, in card order."""
    rows = store.conn.execute(
        "SELECT id, prompt FROM card WHERE entry_key = ? AND retired_at IS NULL ORDER BY position",
        (entry_key,),
    )
    return [(card_id, prompt) for card_id, prompt in rows]


__all__ = [
    "PathCounts",
    "hidden_paths",
    "hide_path",
    "live_entry_files",
    "live_prompts",
    "path_counts",
    "remove_path",
    "retire_entries",
    "show_path",
]
