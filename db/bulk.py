"""Batched writes for building large collections at once (benchmark fixtures, bulk loads).

An import writes row by row because it merges with what is stored; a new collection built
from scratch has nothing to merge with, so these functions write whole tables with
`executemany` inside one transaction. They write exactly the rows an import and the review
session would write: the schema is the one `db.migrations` builds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from cards import Card
from db.records import CardState, to_ms
from db.store import EntryRecord, Store, card_row, entry_row

# (card id, rating 1-4, reviewed at in ms since the epoch, duration in ms or None,
#  the card's stage before the answer 0-3, mode "review" or "check"): plain tuples, since
#  a million Review objects would cost more than writing them.
ReviewValues = tuple[str, int, int, "int | None", int, str]


@dataclass(frozen=True)
class Load:
    """Everything a bulk load writes; `unlocked` and `passed` give the steps' gates."""

    entries: Sequence[EntryRecord]
    cards: Sequence[tuple[int, Card]]  # (position within its entry, card)
    states: Sequence[CardState]
    reviews: Iterable[ReviewValues]
    imported_at: datetime
    unlocked: Mapping[str, datetime] = field(default_factory=dict)  # entry key -> when
    passed: Mapping[str, datetime] = field(default_factory=dict)
    suspended: Mapping[str, tuple[datetime, str]] = field(default_factory=dict)  # card id


def load(store: Store, batch: Load) -> None:
    """Write entries, cards, their states and reviews in one transaction.

    Cards with no state in `batch.states` start NEW. Raises sqlite3.IntegrityError (and
    writes nothing) if a row already exists.
    """
    at = to_ms(batch.imported_at)
    with store.transaction() as conn:
        paths = _write_paths(conn, batch.entries)
        _write_entries(conn, batch, paths, at)
        _write_cards(conn, batch, at)
        _write_states(conn, batch)
        conn.executemany(
            "INSERT INTO review (card_id, rating, reviewed_at, duration_ms, state_before, mode)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            batch.reviews,
        )


def _write_paths(conn: sqlite3.Connection, entries: Sequence[EntryRecord]) -> dict[str, int]:
    names = {record.path: record.path_slug for record in entries}
    # A path is one per short name: a name spelt otherwise joins the path stored under it.
    conn.executemany(
        "INSERT INTO path (name, slug) VALUES (?, ?) ON CONFLICT DO NOTHING", names.items()
    )
    ids = dict(conn.execute("SELECT slug, id FROM path").fetchall())
    return {name: ids[slug] for name, slug in names.items()}


def _write_entries(
    conn: sqlite3.Connection, batch: Load, paths: Mapping[str, int], at: int
) -> None:
    def ms(moment: datetime | None) -> int | None:
        return to_ms(moment) if moment is not None else None

    conn.executemany(
        "INSERT INTO entry (key, path_id, position, slug, title, file, layout, tags, aliases,"
        " next_title, sections, text, content_hash, imported_at, unlocked_at, passed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                *entry_row(record, paths[record.path], at),
                ms(batch.unlocked.get(record.key)),
                ms(batch.passed.get(record.key)),
            )
            for record in batch.entries
        ),
    )


def _write_cards(conn: sqlite3.Connection, batch: Load, at: int) -> None:
    def suspension(card_id: str) -> tuple[int | None, str | None]:
        found = batch.suspended.get(card_id)
        return (to_ms(found[0]), found[1]) if found else (None, None)

    conn.executemany(
        "INSERT INTO card (id, entry_key, position, kind, answering, prompt, answer, options,"
        " accepted, explanation, source_file, source_section, source_line, created_at,"
        " suspended_at, suspend_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((*card_row(position, card, at), *suspension(card.id)) for position, card in batch.cards),
    )


def _write_states(conn: sqlite3.Connection, batch: Load) -> None:
    conn.executemany(
        "INSERT INTO card_state (card_id, state, step, stability, difficulty, due, last_review,"
        " reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                state.card_id,
                int(state.stage),
                state.step,
                state.stability,
                state.difficulty,
                to_ms(state.due) if state.due else None,
                to_ms(state.last_review) if state.last_review else None,
                state.reps,
                state.lapses,
            )
            for state in batch.states
        ),
    )
    # A card given no state is new, exactly as an import leaves it.
    conn.execute(
        "INSERT INTO card_state (card_id, state, reps, lapses)"
        " SELECT id, 0, 0, 0 FROM card WHERE id NOT IN (SELECT card_id FROM card_state)"
    )


__all__ = ["Load", "ReviewValues", "load"]
