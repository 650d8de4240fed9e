"""The review log read whole: for fitting the memory model, for export, and written in bulk.

Reads stream rows as plain tuples (a million reviews must not become a million objects
at once); the bulk writes take the connection of a transaction the caller holds, so a
whole simulated history lands in one commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from db.records import CardState, to_ms
from db.store import Store

_BATCH = 5_000


def review_count(store: Store) -> int:
    """How many reviews the log holds, of sessions and checks alike."""
    (count,) = store.conn.execute("SELECT count(*) FROM review").fetchone()
    return int(count)


def live_card_count(store: Store) -> int:
    """Cards that can come up in reviews: not retired, not suspended."""
    (count,) = store.conn.execute(
        "SELECT count(*) FROM card WHERE retired_at IS NULL AND suspended_at IS NULL"
    ).fetchone()
    return int(count)


def history_by_card(store: Store) -> Iterator[tuple[str, int, int, int]]:
    """(card id, rating, reviewed at ms, state before) of every review, card by card, in order.

    Reviews from checks are included: an answer in a check is a recall like any other.
    """
    cursor = store.conn.execute(
        "SELECT card_id, rating, reviewed_at, state_before FROM review"
        " ORDER BY card_id, reviewed_at, id"
    )
    while rows := cursor.fetchmany(_BATCH):
        yield from rows


def export_rows(store: Store) -> Iterator[tuple[str, int, int, int, int | None]]:
    """(card id, reviewed at ms, rating, state before, duration ms) in time order."""
    cursor = store.conn.execute(
        "SELECT card_id, reviewed_at, rating, state_before, duration_ms FROM review"
        " ORDER BY reviewed_at, id"
    )
    while rows := cursor.fetchmany(_BATCH):
        yield from rows


@dataclass(frozen=True)
class BulkCard:
    """A card written in bulk (simulated collections): just enough to review and show."""

    id: str
    entry: int  # index into the entries written with it
    position: int
    prompt: str
    answer: str


def insert_path(
    conn: sqlite3.Connection,
    name: str,
    slug: str,
    titles: Sequence[str],
    cards: Iterable[BulkCard],
    at: int,
) -> list[str]:
    """Write a path whose steps (all unlocked) have the given titles, and their cards.

    Each card starts NEW. Returns the entry keys, in step order. `conn` must be inside a
    transaction.
    """
    cursor = conn.execute("INSERT INTO path (name, slug) VALUES (?, ?)", (name, slug))
    path_id = cursor.lastrowid
    keys = [f"{slug}/step-{position:05d}" for position in range(1, len(titles) + 1)]
    conn.executemany(
        "INSERT INTO entry (key, path_id, position, slug, title, file, layout, tags, aliases,"
        " next_title, sections, text, content_hash, imported_at, unlocked_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'simulated', '[]', '[]', '', '[]', '', 'simulated', ?, ?)",
        [
            (key, path_id, position, key.split("/")[1], title, f"{slug}.sim", at, at)
            for position, (key, title) in enumerate(zip(keys, titles, strict=True), start=1)
        ],
    )
    batch: list[tuple[object, ...]] = []
    for card in cards:
        batch.append(
            (card.id, keys[card.entry], card.position, card.prompt, card.answer, f"{slug}.sim", at)
        )
        if len(batch) >= _BATCH:
            _insert_cards(conn, batch)
            batch = []
    _insert_cards(conn, batch)
    return keys


def _insert_cards(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO card (id, entry_key, position, kind, answering, prompt, answer, options,"
        " accepted, explanation, source_file, source_section, source_line, created_at)"
        " VALUES (?, ?, ?, 'definition', 'self', ?, ?, '[]', '[]', '', ?, 'summary', 1, ?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO card_state (card_id, state, reps, lapses) VALUES (?, 0, 0, 0)",
        [(row[0],) for row in rows],
    )


def insert_reviews(
    conn: sqlite3.Connection,
    reviews: Iterable[tuple[str, int, int, int | None, int, str]],
) -> int:
    """Append (card id, rating, at ms, duration ms, state before, mode) rows; count them."""
    count = 0
    batch: list[tuple[str, int, int, int | None, int, str]] = []
    for review in reviews:
        batch.append(review)
        if len(batch) >= _BATCH:
            count += _insert_reviews(conn, batch)
            batch = []
    return count + _insert_reviews(conn, batch)


def _insert_reviews(
    conn: sqlite3.Connection, rows: list[tuple[str, int, int, int | None, int, str]]
) -> int:
    conn.executemany(
        "INSERT INTO review (card_id, rating, reviewed_at, duration_ms, state_before, mode)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def write_states(conn: sqlite3.Connection, states: Iterable[CardState]) -> None:
    """Store many cards' states at once (the same columns `record_review` writes)."""
    rows = (
        (
            int(state.stage),
            state.step,
            state.stability,
            state.difficulty,
            to_ms(state.due) if state.due else None,
            to_ms(state.last_review) if state.last_review else None,
            state.reps,
            state.lapses,
            state.card_id,
        )
        for state in states
    )
    conn.executemany(
        "UPDATE card_state SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,"
        " last_review = ?, reps = ?, lapses = ? WHERE card_id = ?",
        rows,
    )
