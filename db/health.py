"""The queries `tutor doctor` needs: file integrity, rows that point at nothing, repairs.

Reading is plain SELECTs on the open collection. Every repair is one transaction (taken
with the Store's BEGIN IMMEDIATE and retry), after a copy of the file has been made, so
a repair interrupted half-way leaves the file as it was and a wrong repair can be undone
by hand.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from db.records import CardStage, CardState, from_ms, to_ms
from db.store import Store, consistent_copy


@dataclass(frozen=True)
class Orphans:
    """Rows whose parent row is missing."""

    reviews: tuple[tuple[int, str], ...]  # (review id, card id) of a card that is gone
    states: tuple[str, ...]  # card ids of state rows whose card is gone
    cards: tuple[tuple[str, str], ...]  # (card id, entry key) of an entry that is gone
    attempts: tuple[tuple[int, str], ...]  # (check attempt id, entry key) of an entry gone
    stateless: tuple[str, ...]  # live cards with no state row at all

    @property
    def count(self) -> int:
        return (
            len(self.reviews)
            + len(self.states)
            + len(self.cards)
            + len(self.attempts)
            + len(self.stateless)
        )


class LoggedAnswer(NamedTuple):
    """What replaying a review needs of it: read from an index alone, so a million are
    read without visiting the review table's rows."""

    id: int
    rating: int
    reviewed_at: datetime
    state_before: CardStage


@dataclass(frozen=True)
class CardLog:
    """One card as stored (its state row, if any) with its whole review log."""

    card_id: str
    state: CardState | None
    reviews: tuple[LoggedAnswer, ...]


def integrity_check(store: Store, thorough: bool = True) -> list[str]:
    """SQLite's own check of the file: ['ok'] when it is sound, else its complaints.

    `thorough` False runs quick_check, as Anki's Check Database does: every page, record
    and constraint, but not whether each index holds exactly its table's rows (that
    takes 12 of its 13 s on a 100k-card collection).
    """
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        rows = store.conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as error:  # too damaged for the check to finish
        return [str(error)]
    return [str(message) for (message,) in rows]


def find_orphans(store: Store) -> Orphans:
    """Every row that refers to a card or entry the file no longer has."""
    conn = store.conn
    return Orphans(
        reviews=tuple(
            conn.execute(
                # Each card answered once, not each of 1M reviews, is looked up (1.9 -> 0.2 s).
                "SELECT r.id, r.card_id FROM review r WHERE r.card_id IN"
                " (SELECT d.card_id FROM (SELECT DISTINCT card_id FROM review) d"
                " WHERE NOT EXISTS (SELECT 1 FROM card c WHERE c.id = d.card_id))"
                " ORDER BY r.id"
            ).fetchall()
        ),
        states=tuple(
            card_id
            for (card_id,) in conn.execute(
                "SELECT s.card_id FROM card_state s LEFT JOIN card c ON c.id = s.card_id"
                " WHERE c.id IS NULL ORDER BY s.card_id"
            )
        ),
        cards=tuple(
            conn.execute(
                "SELECT c.id, c.entry_key FROM card c LEFT JOIN entry e ON e.key = c.entry_key"
                " WHERE e.key IS NULL ORDER BY c.id"
            ).fetchall()
        ),
        attempts=tuple(
            conn.execute(
                "SELECT a.id, a.entry_key FROM check_attempt a"
                " LEFT JOIN entry e ON e.key = a.entry_key WHERE e.key IS NULL ORDER BY a.id"
            ).fetchall()
        ),
        stateless=tuple(
            card_id
            for (card_id,) in conn.execute(
                "SELECT c.id FROM card c JOIN entry e ON e.key = c.entry_key"
                " LEFT JOIN card_state s ON s.card_id = c.id WHERE s.card_id IS NULL"
                " ORDER BY c.id"
            )
        ),
    )


def _states_in_range(
    conn: sqlite3.Connection, first: str | None, stop: str | None
) -> tuple[tuple[str, ...], str, dict[str, CardState]]:
    """The bounds and the id condition (with `{0}` for the column) of the card ids in
    [first, stop), and the state rows of those cards, by card id."""
    bounds = (first or "",) if stop is None else (first or "", stop)
    in_range = ">= ?" if stop is None else ">= ? AND {0} < ?"
    states = {
        row[0]: _state(row)
        for row in conn.execute(
            "SELECT card_id, state, step, stability, difficulty, due, last_review, reps,"
            f" lapses FROM card_state WHERE card_id {in_range.format('card_id')}",
            bounds,
        )
    }
    return bounds, in_range, states


def card_logs(store: Store, first: str | None = None, stop: str | None = None) -> Iterator[CardLog]:
    """Every card whose entry exists, with its state row and its reviews in time order;
    with `first` and `stop`, only the cards whose id is in [first, stop).

    Streams the review table once (ordered by card), so a million reviews are never all
    in memory at the same time.
    """
    conn = store.conn
    bounds, in_range, states = _states_in_range(conn, first, stop)
    # A forgotten card starts again from new: only its reviews since then make its state.
    forgotten: dict[str, int] = {}
    card_ids = []
    for card_id, forgotten_at in conn.execute(
        "SELECT c.id, c.forgotten_at FROM card c JOIN entry e ON e.key = c.entry_key"
        f" WHERE c.id {in_range.format('c.id')} ORDER BY c.id",
        bounds,
    ):
        card_ids.append(card_id)
        if forgotten_at is not None:
            forgotten[card_id] = forgotten_at
    reviews = conn.execute(  # every column is in ix_review_card_time (id is its rowid)
        "SELECT id, card_id, rating, reviewed_at, state_before FROM review"
        f" WHERE card_id {in_range.format('card_id')} ORDER BY card_id, reviewed_at, id",
        bounds,
    )
    pending = next(reviews, None)
    for card_id in card_ids:
        log: list[LoggedAnswer] = []
        # Reviews of cards that are gone sort among the others: skip past them.
        while pending is not None and pending[1] < card_id:
            pending = next(reviews, None)
        since = forgotten.get(card_id, 0)
        while pending is not None and pending[1] == card_id:
            review_id, _, rating, reviewed_at, state_before = pending
            if reviewed_at >= since:
                log.append(
                    LoggedAnswer(review_id, rating, _moment(reviewed_at), _STAGES[state_before])
                )
            pending = next(reviews, None)
        yield CardLog(card_id, states.get(card_id), tuple(log))


def card_histories(
    store: Store, first: str | None = None, stop: str | None = None
) -> Iterator[tuple[str, CardState | None, list[tuple[int, int]]]]:
    """As `card_logs`, each card's log as plain (rating, reviewed_at in ms) pairs: what a
    replay reads, without an object or a datetime per review (a million of them were
    about a third of the doctor's time).
    """
    conn = store.conn
    bounds, in_range, states = _states_in_range(conn, first, stop)
    cards = conn.execute(
        "SELECT c.id, c.forgotten_at FROM card c JOIN entry e ON e.key = c.entry_key"
        f" WHERE c.id {in_range.format('c.id')} ORDER BY c.id",
        bounds,
    ).fetchall()
    reviews = conn.execute(  # every column is in ix_review_card_time
        "SELECT card_id, rating, reviewed_at FROM review"
        f" WHERE card_id {in_range.format('card_id')} ORDER BY card_id, reviewed_at, id",
        bounds,
    )
    by_card = groupby(reviews, key=itemgetter(0))
    pending = next(by_card, None)
    for card_id, forgotten_at in cards:
        # Reviews of cards that are gone sort among the others: skip past them.
        while pending is not None and pending[0] < card_id:
            pending = next(by_card, None)
        log: list[tuple[int, int]] = []
        if pending is not None and pending[0] == card_id:
            log = [(rating, at) for _, rating, at in pending[1]]
            pending = next(by_card, None)
        since = forgotten_at or 0  # a forgotten card started again from new then
        if log and log[0][1] < since:  # the log is in time order
            log = [(rating, at) for rating, at in log if at >= since]
        yield card_id, states.get(card_id), log


def copy_before_repair(store: Store) -> Path:
    """A consistent copy of the collection, taken before anything is repaired."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    copy = store.path.with_name(f"{store.path.name}.doctor-{stamp}.bak")
    return consistent_copy(store.conn, store.path, copy)


def repair(store: Store, states: Sequence[CardState], orphans: Orphans) -> None:
    """Write the given card states and delete the orphaned rows, in one transaction.

    A card of a missing entry goes with its state row and its reviews: they cannot be
    shown or scheduled without the entry, and the copy taken first keeps them.
    """
    gone_cards = [card_id for card_id, _ in orphans.cards]
    with store.transaction() as conn:
        conn.executemany("DELETE FROM review WHERE id = ?", [(i,) for i, _ in orphans.reviews])
        conn.executemany("DELETE FROM card_state WHERE card_id = ?", [(c,) for c in orphans.states])
        conn.executemany(
            "DELETE FROM check_attempt WHERE id = ?", [(i,) for i, _ in orphans.attempts]
        )
        for card_id in gone_cards:
            conn.execute("DELETE FROM review WHERE card_id = ?", (card_id,))
            conn.execute("DELETE FROM card_state WHERE card_id = ?", (card_id,))
            conn.execute("DELETE FROM card WHERE id = ?", (card_id,))
        _upsert_states(conn, (state for state in states if state.card_id not in gone_cards))


def review_count(store: Store) -> int:
    (count,) = store.conn.execute("SELECT count(*) FROM review").fetchone()
    return int(count)


def _upsert_states(conn: sqlite3.Connection, states: Iterable[CardState]) -> None:
    conn.executemany(
        "INSERT INTO card_state (card_id, state, step, stability, difficulty, due,"
        " last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(card_id) DO UPDATE SET state = excluded.state, step = excluded.step,"
        " stability = excluded.stability, difficulty = excluded.difficulty,"
        " due = excluded.due, last_review = excluded.last_review, reps = excluded.reps,"
        " lapses = excluded.lapses",
        [
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
            for state in states
        ],
    )


def _state(row: Sequence[object]) -> CardState:
    card_id, stage, step, stability, difficulty, due, last_review, reps, lapses = row
    return CardState(
        card_id=str(card_id),
        stage=CardStage(stage),
        step=step,  # type: ignore[arg-type]
        stability=stability,  # type: ignore[arg-type]
        difficulty=difficulty,  # type: ignore[arg-type]
        due=from_ms(due),  # type: ignore[arg-type]
        last_review=from_ms(last_review),  # type: ignore[arg-type]
        reps=int(reps),  # type: ignore[call-overload]
        lapses=int(lapses),  # type: ignore[call-overload]
    )


_STAGES = {int(stage): stage for stage in CardStage}


def _moment(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


__all__ = [
    "CardLog",
    "LoggedAnswer",
    "Orphans",
    "card_histories",
    "card_logs",
    "copy_before_repair",
    "find_orphans",
    "integrity_check",
    "repair",
    "review_count",
]
