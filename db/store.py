"""The Store: the one place that reads and writes the collection file.

It speaks plain `sqlite3` rather than going through an ORM session: the daily review
must put the first card on screen fast, and importing SQLAlchemy alone costs more than
that budget. The schema itself is declared once in `db.tables` and built by
`db.migrations`.

Every write is one transaction (`BEGIN IMMEDIATE`) in WAL mode, so a committed answer
survives tutor being killed at any moment. Neither disk flush nor checkpoint happens
inside a commit: `checkpoint()` flushes the log to disk (fsync) and copies it into the
file, and the review calls it while it waits for a key (the moment the next card is on
screen), as every command does on close. A power cut can therefore take back only the
answer given in the instant before the next card was drawn. An fsync per commit
(synchronous=FULL) was most of an answer's time (455 against 125 microseconds here, and
tens of milliseconds on a slow disk); SQLite's automatic checkpoint ran inside about one
answer's commit in a hundred and stalled it for 60-70 ms.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

from cards import Answering, Card, CardKind, Source
from db.migrations import SCHEMA_VERSION, applied_version, migrate, schema_difference, schema_of
from db.records import (
    CardStage,
    CardState,
    CheckAttempt,
    Review,
    Scope,
    SectionRef,
    Step,
    StoredCard,
    from_ms,
    to_ms,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
QUARTER_HOUR_MS = 15 * 60 * 1000


class StoreError(Exception):
    """A collection file that cannot be used, with a sentence for the learner."""


@dataclass(frozen=True)
class EntryRecord:
    """What an import writes for one entry (its cards travel separately)."""

    key: str
    path: str
    path_slug: str
    position: int
    slug: str
    title: str
    file: str
    layout: str
    tags: tuple[str, ...]
    aliases: tuple[str, ...]
    next_title: str
    sections: tuple[SectionRef, ...]
    text: str
    content_hash: str


@dataclass(frozen=True)
class ImportWrite:
    """One import, ready to be written in a single transaction."""

    entries: Sequence[EntryRecord]
    cards: Sequence[tuple[int, Card]]  # (position within its entry, card): new or changed
    retire: Sequence[str]  # card ids whose source is gone
    retire_entries: Sequence[str] = ()  # entry keys whose file is gone: their steps retire
    # New or changed cards already as rows of the card table (`card_row`'s columns), for
    # an import that builds no Card (CSV). Their entries may come in a later write.
    card_rows: Sequence[tuple[Any, ...]] = ()
    # Paths that are sets, not sequences: no entry of theirs lays out an order (no step
    # number, no 'next' line, no path file), so every step is open from the start.
    open_paths: Sequence[str] = ()


@dataclass(frozen=True)
class StoredEntry:
    """A stored entry as an import sees it: where it stands and the hash of its text."""

    key: str
    path: str
    position: int
    slug: str
    title: str
    file: str
    layout: str
    tags: tuple[str, ...]
    aliases: tuple[str, ...]
    next_title: str
    content_hash: str


_CARD_COLUMNS = (
    "c.id, c.entry_key, c.position, c.kind, c.answering, c.prompt, c.answer, c.options, "
    "c.accepted, c.explanation, c.source_file, c.source_section, c.source_line, "
    "c.retired_at, c.suspended_at, e.slug, e.tags, e.position, "
    "s.state, s.step, s.stability, s.difficulty, s.due, s.last_review, s.reps, s.lapses, "
    "c.flagged_at"
)
_CARD_FROM = "FROM card c JOIN card_state s ON s.card_id = c.id JOIN entry e ON e.key = c.entry_key"
_IN_QUEUE = (
    "c.retired_at IS NULL AND c.suspended_at IS NULL AND c.flagged_at IS NULL"
    " AND e.unlocked_at IS NOT NULL"
)
_VISIBLE_PATHS = "e.path_id NOT IN (SELECT id FROM path WHERE hidden_at IS NOT NULL)"


def _scoped(scope: Scope | None) -> tuple[str, tuple[Any, ...]]:
    """The SQL condition (and its arguments) that keeps a queue query to `scope`."""
    if scope is not None and scope.entry_key is not None:
        return "c.entry_key = ?", (scope.entry_key,)
    if scope is not None and scope.path is not None:
        return "e.path_id = (SELECT id FROM path WHERE name = ?)", (scope.path,)
    return _VISIBLE_PATHS, ()


def _flush(path: Path) -> None:
    """fsync a file by name (the WAL, written through SQLite's own descriptor)."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return  # no log: nothing waits to be flushed
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class Store:
    """An open collection. Use `Store.open(path)`; close it, or use it as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._written = False  # committed since the last checkpoint

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating if needed) and migrate the collection at `path`.

        Raises StoreError when the file cannot be opened, is not a tutor database, or was
        written by a newer version of tutor; in each case the file is left untouched.
        """
        path = Path(path)
        _refuse_foreign_file(path)
        _refuse_read_only(path)
        if not path.exists():
            set_aside_side_files(path)
        _create_private(path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as error:
            raise StoreError(f"{path}: cannot open the database ({error})") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _check_schema(conn, path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # flushed by checkpoint()
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA wal_autocheckpoint = 0")  # see checkpoint()
            version = applied_version(conn)
            if 0 < version < SCHEMA_VERSION:
                _copy_before_upgrade(conn, path, version)
            upgraded = migrate(conn)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise StoreError(describe(error, path)) from None
        except StoreError:
            conn.close()
            raise
        store = cls(conn, path)
        store._written = bool(upgraded)  # flushed at the first checkpoint like any write
        return store

    def close(self) -> None:
        self.checkpoint()
        self.conn.close()

    def checkpoint(self) -> None:
        """Flush committed writes to disk and copy them from the WAL into the file.

        The log is fsynced first, so what was committed survives a power cut even when
        another session's reading keeps the copy from happening. The copy is PASSIVE: it
        never waits for another session, and a crash in the middle loses nothing (the
        log is still there). Nothing calls it inside a write, so no answer's commit waits
        for it; the review calls it while the learner reads a card.
        """
        if not self._written:
            return
        self._written = False
        _flush(Path(f"{self.path}-wal"))
        try:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.OperationalError:
            self._written = True  # busy or locked: the next idle moment tries again

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; taken IMMEDIATE so two writers queue instead of failing."""
        _begin_immediate(self.conn)
        try:
            yield self.conn
            self.conn.execute("COMMIT")
            self._written = True
        except BaseException:
            # A failed COMMIT (a full disk) leaves the transaction open: end it unwritten.
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise

    # -- settings --------------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        rows = self.conn.execute("SELECT key, value FROM setting").fetchall()
        return {key: json.loads(value) for key, value in rows}

    def set_settings(self, values: dict[str, Any]) -> None:
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(key, json.dumps(value)) for key, value in values.items()],
            )

    # -- import ----------------------------------------------------------------------------

    def entry_hashes(self) -> dict[str, str]:
        """Every entry key with the hash of the content it was last imported from."""
        return dict(self.conn.execute("SELECT key, content_hash FROM entry").fetchall())

    def cards_of_entries(self, entry_keys: Iterable[str]) -> dict[str, StoredCard]:
        """Every card (retired ones too) of the given entries, by id."""
        found: dict[str, StoredCard] = {}
        for chunk in _chunks(list(entry_keys), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT {_CARD_COLUMNS} {_CARD_FROM} WHERE c.entry_key IN ({marks})", chunk
            )
            for row in rows:
                stored = _stored_card(row)
                found[stored.card.id] = stored
        return found

    def card_contents(self) -> Iterator[tuple[Any, ...]]:
        """Every card (retired ones too) as (id, entry key, source file, retired, answering,
        prompt, answer, options, accepted, explanation, source line), the JSON lists as
        tuples: what an import compares, without building a StoredCard each."""
        rows = self.conn.execute(
            "SELECT c.id, c.entry_key, c.source_file, c.retired_at IS NOT NULL, c.answering,"
            " c.prompt, c.answer, c.options, c.accepted, c.explanation, c.source_line"
            f" {_CARD_FROM}"
        )
        for row in rows:
            yield (*row[:7], _strings(row[7]), _strings(row[8]), *row[9:])

    def entry_texts(self, path_name: str | None = None) -> list[tuple[str, str, str]]:
        """(key, file, text) of the stored entries, of one path or all, in path order."""
        where, args = ("AND p.name = ?", (path_name,)) if path_name else ("", ())
        rows = self.conn.execute(
            "SELECT e.key, e.file, e.text FROM entry e JOIN path p ON p.id = e.path_id"
            f" WHERE e.retired_at IS NULL {where} ORDER BY p.id, e.position",
            args,
        )
        return [(key, file, text) for key, file, text in rows]

    def path_steps(self, path_name: str) -> list[Step]:
        """The steps of one path in order; empty if the path is unknown."""
        return self._steps("AND p.name = ?", (path_name,))

    def all_steps(self) -> list[Step]:
        """Every step of every path, paths in the order they were first imported."""
        return self._steps("", ())

    def _steps(self, where: str, args: tuple[Any, ...]) -> list[Step]:
        rows = self.conn.execute(
            "SELECT e.key, p.name, e.position, e.title, e.slug, e.file, e.aliases, e.sections, "
            "e.unlocked_at, e.passed_at FROM entry e JOIN path p ON p.id = e.path_id"
            f" WHERE e.retired_at IS NULL {where} ORDER BY p.id, e.position",
            args,
        ).fetchall()
        return [
            Step(
                key=key,
                path=path,
                position=position,
                title=title,
                slug=slug,
                file=file,
                aliases=tuple(json.loads(aliases)),
                sections=tuple(SectionRef(*section) for section in json.loads(sections)),
                unlocked_at=from_ms(unlocked),
                passed_at=from_ms(passed),
            )
            for key, path, position, title, slug, file, aliases, sections, unlocked, passed in rows
        ]

    def save_import(self, write: ImportWrite, now: datetime) -> None:
        """Write entries, new and changed cards and retirements in one transaction.

        A new card starts in the NEW state; a changed card keeps its state and reviews; a
        card that comes back after being retired is un-retired. The first step of each
        path touched is unlocked.
        """
        self.save_imports([write], now)

    def save_imports(
        self, writes: Iterable[ImportWrite], now: datetime, cache_mib: int | None = None
    ) -> None:
        """Write several imports (one per path, say) in one transaction, each as it comes.

        `writes` may be a generator that plans each part only when asked: the parts
        already written need not stay in memory. Anything raised while it runs rolls
        back the whole import. `cache_mib`: SQLite's page cache for the rest of this
        connection (2 MiB by default): inserting 100k cards, whose ids are hashes and
        land all over the id index, took a tenth less CPU with 16 MiB.
        """
        at = to_ms(now)
        if cache_mib is not None:
            self.conn.execute(f"PRAGMA cache_size = -{int(cache_mib) * 1024}")
        # Each card row fires the card_tally triggers, whose statement journals went to a
        # temporary file: in memory they cost half as much (about 0.9 s less CPU per 100k
        # cards). Only here: a journal per row is a page or two, where a restore's index
        # sorts would hold a whole table in memory.
        self.conn.execute("PRAGMA temp_store = MEMORY")
        try:
            self._save_imports(writes, at)
        finally:
            self.conn.execute("PRAGMA temp_store = DEFAULT")

    def _save_imports(self, writes: Iterable[ImportWrite], at: int) -> None:
        with self.transaction() as conn:
            # A card may come before its entry (a CSV entry is written once its last row
            # is read): the foreign keys are checked at the commit.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            bulk = _BulkCards(conn)
            open_paths: list[str] = []
            for write in writes:
                bulk.coming(len(write.cards) + len(write.card_rows))
                _write_import(conn, write, at)
                bulk.wrote(write)
                open_paths += write.open_paths
            bulk.finish()
            conn.executemany(
                "UPDATE entry SET unlocked_at = ? WHERE unlocked_at IS NULL AND retired_at IS NULL"
                " AND path_id = (SELECT id FROM path WHERE name = ?)",
                [(at, name) for name in open_paths],
            )
            conn.execute(
                "UPDATE entry SET unlocked_at = ? WHERE position = 1 AND unlocked_at IS NULL",
                (at,),
            )
            # A path made of the terms of one page (a glossary, 'A vs B') is a reference,
            # not a sequence: every step is open from the start. A CSV file's steps are a
            # sequence its writer chose ('csv:' files), and stay gated.
            conn.execute(
                "UPDATE entry SET unlocked_at = ? WHERE unlocked_at IS NULL AND path_id IN"
                " (SELECT path_id FROM entry WHERE retired_at IS NULL GROUP BY path_id"
                "  HAVING count(*) > 1 AND count(DISTINCT file) = 1"
                "  AND min(file) NOT LIKE 'csv:%')",
                (at,),
            )
            open_past_empty(conn, at)

    def path_slugs(self) -> list[tuple[str, str]]:
        """(slug, name) of every path in the collection."""
        return [(slug, name) for slug, name in self.conn.execute("SELECT slug, name FROM path")]

    def stored_entries(self) -> list[StoredEntry]:
        """What an import needs to know of every stored entry, without its text."""
        rows = self.conn.execute(
            "SELECT e.key, p.name, e.position, e.slug, e.title, e.file, e.layout, e.tags,"
            " e.aliases, e.next_title, e.content_hash FROM entry e JOIN path p ON p.id = e.path_id"
        )
        found = []
        for (
            key,
            path,
            position,
            slug,
            title,
            file,
            layout,
            tags,
            aliases,
            next_title,
            hashed,
        ) in rows:
            found.append(
                StoredEntry(
                    key=key,
                    path=path,
                    position=position,
                    slug=slug,
                    title=title,
                    file=file,
                    layout=layout,
                    tags=tuple(json.loads(tags)),
                    aliases=tuple(json.loads(aliases)),
                    next_title=next_title,
                    content_hash=hashed,
                )
            )
        return found

    def live_card_counts(self, entry_keys: Iterable[str]) -> dict[str, int]:
        """How many cards (not retired) each of the given entries has; absent when none."""
        counts: dict[str, int] = {}
        for chunk in _chunks(list(entry_keys), 500):
            marks = ",".join("?" * len(chunk))
            counts.update(
                self.conn.execute(
                    f"SELECT entry_key, count(*) FROM card WHERE entry_key IN ({marks})"
                    " AND retired_at IS NULL GROUP BY entry_key",
                    chunk,
                ).fetchall()
            )
        return counts

    # -- the review queue ------------------------------------------------------------------

    def learning_due(self, until: datetime, scope: Scope | None = None) -> list[StoredCard]:
        """Learning and relearning cards due by `until`, soonest first."""
        within, args = _scoped(scope)
        rows = self.conn.execute(
            f"SELECT {_CARD_COLUMNS} {_CARD_FROM} WHERE s.state IN (1, 3) AND s.due <= ?"
            f" AND {_IN_QUEUE} AND {within} ORDER BY s.due",
            (to_ms(until), *args),
        )
        return [_stored_card(row) for row in rows]

    def reviews_due(
        self, before: datetime, limit: int, scope: Scope | None = None
    ) -> list[StoredCard]:
        """Review-state cards due before `before` (the end of today), most overdue first."""
        within, args = _scoped(scope)
        rows = self.conn.execute(
            f"SELECT {_CARD_COLUMNS} {_CARD_FROM} WHERE s.state = 2 AND s.due < ?"
            f" AND {_IN_QUEUE} AND {within} ORDER BY s.due LIMIT ?",
            (to_ms(before), *args, max(limit, 0)),
        )
        return [_stored_card(row) for row in rows]

    def review_count(self, before: datetime, limit: int, scope: Scope | None = None) -> int:
        """How many cards `reviews_due` would give, counted without building them."""
        within, args = _scoped(scope)
        (count,) = self.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 {_CARD_FROM} WHERE s.state = 2 AND s.due < ?"
            f" AND {_IN_QUEUE} AND {within} LIMIT ?)",
            (to_ms(before), *args, max(limit, 0)),
        ).fetchone()
        return int(count)

    def next_due(self, scope: Scope | None = None) -> datetime | None:
        """When the first card in the queue (learning or review) of `scope` falls due."""
        within, args = _scoped(scope)
        (due,) = self.conn.execute(
            f"SELECT min(s.due) {_CARD_FROM} WHERE s.state > 0 AND {_IN_QUEUE} AND {within}",
            args,
        ).fetchone()
        return from_ms(due)

    def new_cards(self, limit: int, scope: Scope | None = None) -> list[StoredCard]:
        """Never-reviewed cards of unlocked steps, the paths taken in turn (round robin).

        Within a path, cards come in step order then card order; across paths, the first
        new card of each path, then the second of each, and so on, so that a path
        imported last is not starved by the paths before it.
        """
        within, args = _scoped(scope)
        rows = self.conn.execute(
            f"SELECT {_CARD_COLUMNS} {_CARD_FROM} WHERE s.state = 0 AND {_IN_QUEUE}"
            f" AND {within} ORDER BY row_number() OVER"
            " (PARTITION BY e.path_id ORDER BY e.position, c.position), e.path_id LIMIT ?",
            (*args, max(limit, 0)),
        )
        return [_stored_card(row) for row in rows]

    def new_count(self, limit: int, scope: Scope | None = None) -> int:
        """How many cards `new_cards(limit, scope)` gives, without ordering them all."""
        within, args = _scoped(scope)
        (count,) = self.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 {_CARD_FROM} WHERE s.state = 0 AND {_IN_QUEUE}"
            f" AND {within} LIMIT ?)",
            (*args, max(limit, 0)),
        ).fetchone()
        return int(count)

    def answered_between(self, start: datetime, end: datetime) -> tuple[int, int]:
        """(new cards introduced, review-state cards answered) in [start, end), in sessions."""
        row = self.conn.execute(
            "SELECT coalesce(sum(state_before = 0), 0), coalesce(sum(state_before = 2), 0)"
            " FROM review WHERE reviewed_at >= ? AND reviewed_at < ? AND mode = 'review'",
            (to_ms(start), to_ms(end)),
        ).fetchone()
        return int(row[0]), int(row[1])

    def due_count(self, before: datetime, after: datetime | None = None) -> int:
        """How many cards in the queue (learning or review) fall due in [after, before)."""
        since = to_ms(after) if after is not None else None
        (count,) = self.conn.execute(
            f"SELECT count(*) {_CARD_FROM} WHERE s.state > 0 AND s.due < ?"
            f" AND (? IS NULL OR s.due >= ?) AND {_IN_QUEUE} AND {_VISIBLE_PATHS}",
            (to_ms(before), since, since),
        ).fetchone()
        return int(count)

    def card_count(self) -> int:
        """Every card in the collection, retired ones too."""
        (count,) = self.conn.execute("SELECT count(*) FROM card").fetchone()
        return int(count)

    def card(self, card_id: str) -> StoredCard | None:
        row = self.conn.execute(
            f"SELECT {_CARD_COLUMNS} {_CARD_FROM} WHERE c.id = ?", (card_id,)
        ).fetchone()
        return _stored_card(row) if row else None

    # -- answers ---------------------------------------------------------------------------

    def record_review(
        self,
        state: CardState,
        rating: int,
        at: datetime,
        duration_ms: int | None,
        state_before: CardStage,
        mode: str = "review",
    ) -> int:
        """Append one review and store the card's new state, in one durable transaction."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO review (card_id, rating, reviewed_at, duration_ms, state_before,"
                " mode) VALUES (?, ?, ?, ?, ?, ?)",
                (state.card_id, rating, to_ms(at), duration_ms, int(state_before), mode),
            )
            _write_state(conn, state)
            return int(cursor.lastrowid or 0)

    def answer_card(
        self,
        card_id: str,
        schedule: Callable[[CardState, datetime], CardState],
        rating: int,
        at: datetime,
        duration_ms: int | None,
        mode: str = "review",
    ) -> tuple[int, CardState, CardState]:
        """Answer a card against its latest stored state, in one durable transaction.

        The state is read inside the write transaction, so two sessions answering the same
        card apply both answers in turn instead of one overwriting the other. `schedule`
        maps (the state before, the answer's time) to the state after. Returns (review id,
        before, after).
        """
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT s.card_id, s.state, s.step, s.stability, s.difficulty, s.due,"
                " s.last_review, s.reps, s.lapses, c.forgotten_at FROM card_state s"
                " JOIN card c ON c.id = s.card_id WHERE s.card_id = ?",
                (card_id,),
            ).fetchone()
            if row is None:
                raise StoreError(f"card {card_id} is not in the collection")
            before = _card_state(row[:9])
            if before.last_review is not None and before.last_review > at:
                # Another session answered it "later" while we waited for the lock: keep
                # the log's time order the order in which answers were applied.
                at = before.last_review
            forgotten = from_ms(row[9])
            if forgotten is not None and forgotten > at:
                at = forgotten  # the log counts from the forgetting on: never before it
            after = schedule(before, at)
            cursor = conn.execute(
                "INSERT INTO review (card_id, rating, reviewed_at, duration_ms, state_before,"
                " mode) VALUES (?, ?, ?, ?, ?, ?)",
                (card_id, rating, to_ms(at), duration_ms, int(before.stage), mode),
            )
            _write_state(conn, after)
            return int(cursor.lastrowid or 0), before, after

    def undo_review(
        self,
        review_id: int,
        previous: CardState,
        rebuild: Callable[[list[Review]], CardState] | None = None,
    ) -> CardState:
        """Take back a review made in this session; return the card's state after it.

        When the review is still the card's latest, the state from before it is written
        back exactly. When another session has answered the card since, that answer must
        keep its effect: the state becomes `rebuild` of the reviews that remain (a replay
        of the log), in the same transaction.
        """
        card_id = previous.card_id
        with self.transaction() as conn:
            (latest,) = conn.execute(
                "SELECT id FROM review WHERE card_id = ? ORDER BY reviewed_at DESC, id DESC"
                " LIMIT 1",
                (card_id,),
            ).fetchone() or (None,)
            conn.execute("DELETE FROM review WHERE id = ?", (review_id,))
            state = previous
            if latest != review_id and rebuild is not None:
                remaining = conn.execute(
                    "SELECT id, card_id, rating, reviewed_at, duration_ms, state_before, mode"
                    " FROM review WHERE card_id = ? AND reviewed_at >= coalesce("
                    "(SELECT forgotten_at FROM card WHERE id = ?), 0) ORDER BY reviewed_at, id",
                    (card_id, card_id),
                )
                state = rebuild([_review(row) for row in remaining])
            _write_state(conn, state)
            conn.execute(
                "UPDATE card SET suspended_at = NULL, suspend_reason = NULL"
                " WHERE id = ? AND suspend_reason = 'leech'",
                (card_id,),
            )
            return state

    def suspend(self, card_id: str, at: datetime, reason: str = "user") -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE card SET suspended_at = ?, suspend_reason = ? WHERE id = ?",
                (to_ms(at), reason, card_id),
            )

    def unsuspend(self, card_id: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE card SET suspended_at = NULL, suspend_reason = NULL WHERE id = ?",
                (card_id,),
            )

    def reviews_of(self, card_id: str) -> list[Review]:
        rows = self.conn.execute(
            "SELECT id, card_id, rating, reviewed_at, duration_ms, state_before, mode"
            " FROM review WHERE card_id = ? ORDER BY reviewed_at, id",
            (card_id,),
        )
        return [_review(row) for row in rows]

    def reviews(self) -> Iterator[Review]:
        """Every review in time order, streamed."""
        rows = self.conn.execute(
            "SELECT id, card_id, rating, reviewed_at, duration_ms, state_before, mode"
            " FROM review ORDER BY reviewed_at, id"
        )
        for row in rows:
            yield _review(row)

    def review_days(self, since: datetime) -> list[datetime]:
        """When reviews were made since `since`, to the quarter hour (for streaks).

        Every time zone's offset is a whole number of quarter hours and the day starts on
        the hour, so the learner's date of each quarter hour is exact, and a year of
        reviews is at most 35,040 rows instead of one per review.
        """
        rows = self.conn.execute(
            "SELECT DISTINCT reviewed_at / ? FROM review WHERE reviewed_at >= ?",
            (QUARTER_HOUR_MS, to_ms(since)),
        )
        return sorted(
            datetime.fromtimestamp(quarter * QUARTER_HOUR_MS / 1000, tz=timezone.utc)
            for (quarter,) in rows
        )

    # -- steps and checks ------------------------------------------------------------------

    def unlock(self, entry_keys: Iterable[str], at: datetime) -> None:
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE entry SET unlocked_at = ? WHERE key = ? AND unlocked_at IS NULL",
                [(to_ms(at), key) for key in entry_keys],
            )
            open_past_empty(conn, to_ms(at))

    def record_check(
        self,
        attempt: CheckAttempt,
        unlock: Iterable[str],
        passed: Iterable[str],
    ) -> int:
        """Store a finished check; mark steps passed and unlocked, all in one transaction."""
        finished = to_ms(attempt.finished_at)
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO check_attempt (entry_key, started_at, finished_at, correct, total,"
                " passed, missed_sections) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    attempt.entry_key,
                    to_ms(attempt.started_at),
                    finished,
                    attempt.correct,
                    attempt.total,
                    attempt.passed,
                    json.dumps(list(attempt.missed_sections)),
                ),
            )
            conn.executemany(
                "UPDATE entry SET passed_at = coalesce(passed_at, ?) WHERE key = ?",
                [(finished, key) for key in passed],
            )
            conn.executemany(
                "UPDATE entry SET unlocked_at = coalesce(unlocked_at, ?) WHERE key = ?",
                [(finished, key) for key in unlock],
            )
            open_past_empty(conn, finished)
            return int(cursor.lastrowid or 0)

    def checked_since(self, entry_key: str, since: datetime) -> set[str]:
        """The ids of the step's cards asked in its checks since `since`."""
        rows = self.conn.execute(
            "SELECT DISTINCT r.card_id FROM review r JOIN card c ON c.id = r.card_id"
            " WHERE c.entry_key = ? AND r.mode = 'check' AND r.reviewed_at >= ?",
            (entry_key, to_ms(since)),
        )
        return {row[0] for row in rows}

    def check_attempts(self, entry_key: str | None = None) -> list[CheckAttempt]:
        where, args = ("WHERE entry_key = ?", (entry_key,)) if entry_key else ("", ())
        rows = self.conn.execute(
            "SELECT id, entry_key, started_at, finished_at, correct, total, passed,"
            f" missed_sections FROM check_attempt {where} ORDER BY finished_at, id",
            args,
        )
        return [
            CheckAttempt(
                id=row[0],
                entry_key=row[1],
                started_at=_aware(row[2]),
                finished_at=_aware(row[3]),
                correct=row[4],
                total=row[5],
                passed=bool(row[6]),
                missed_sections=tuple(json.loads(row[7])),
            )
            for row in rows
        ]

    def cards_of_step(self, entry_key: str) -> list[StoredCard]:
        """The live (not retired) cards of one step, suspended ones included."""
        rows = self.conn.execute(
            f"SELECT {_CARD_COLUMNS} {_CARD_FROM} WHERE c.entry_key = ? AND c.retired_at IS NULL"
            " ORDER BY c.position",
            (entry_key,),
        )
        return [_stored_card(row) for row in rows]

    def integrity(self) -> str:
        (result,) = self.conn.execute("PRAGMA integrity_check").fetchone()
        return str(result)


# -- helpers -------------------------------------------------------------------------------


def _refuse_foreign_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if path.exists() and not path.is_file():  # /dev/null would hold nothing it was told
        raise StoreError(f"{path}: not a regular file (a device, pipe or socket), not a database")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"{path}: cannot read the database ({error.strerror})") from None
    if header != SQLITE_HEADER:
        raise StoreError(f"{path}: not a tutor database (not an SQLite file); left untouched")


def set_aside_side_files(path: Path) -> list[Path]:
    """Rename the -wal, -shm and -journal files of a collection that is gone out of the way.

    Left by a collection deleted after a crash, they would be replayed into the next file
    of that name: corrupting it, or merging the lost file's answers into it. They are
    kept (as `<name>.stale-<time>`), never deleted.
    """
    moved = []
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for end in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + end)
        if side.exists():
            target, number = side.with_name(f"{side.name}.stale-{stamp}"), 1
            while target.exists():
                number += 1
                target = side.with_name(f"{side.name}.stale-{stamp}-{number}")
            os.replace(side, target)
            moved.append(target)
    return moved


def _refuse_read_only(path: Path) -> None:
    # Every command may write (the first answer, the built-in path, an upgrade), and in WAL
    # mode even reading needs the -shm file beside it: say so now, not at the first answer.
    folder = path.parent if path.parent.exists() else None
    read_only = False
    if folder is not None:
        with contextlib.suppress(OSError):
            read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        read_only = read_only or not os.access(folder, os.W_OK)
    if path.exists():
        read_only = read_only or not os.access(path, os.W_OK)
    if read_only:
        raise StoreError(describe(sqlite3.OperationalError("readonly database"), path))


def _create_private(path: Path) -> None:
    """Create a new database file readable by its owner only."""
    if path.exists():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        return
    except OSError as error:
        raise StoreError(f"{path}: cannot create the database ({error.strerror})") from None


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if tables and "migration" not in tables:
        raise StoreError(f"{path}: not a tutor database (it has other tables); left untouched")
    version = applied_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: written by a newer tutor (schema {version}; this one knows up to "
            f"{SCHEMA_VERSION}); upgrade tutor. The file was left untouched"
        )
    if version > 0:
        # Only what our migrations make: a trigger, view or table of anyone else's would
        # act on every answer (a trigger can delete each review as it is saved).
        difference = schema_difference(schema_of(conn), version)
        if difference:
            raise StoreError(
                f"{path}: not a tutor collection as tutor writes it ({difference}); left "
                "untouched (tutor restore puts a backup back)"
            )


def _copy_before_upgrade(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Take a consistent copy of the file before its schema is changed."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return consistent_copy(conn, path, path.with_name(f"{path.name}.schema{version}-{stamp}.bak"))


def consistent_copy(conn: sqlite3.Connection, path: Path, copy: Path) -> Path:
    """Copy the open collection `conn` (the file at `path`) to `copy`, whole or not at all.

    The copy is written under a hidden `.partial` name and renamed when complete, so a
    full disk or a kill leaves no half-written (or empty) copy under the final name.
    """
    partial = copy.with_name(f".{copy.name}.{os.getpid()}.partial")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
        finally:
            target.close()
        shutil.copymode(path, partial)
        os.replace(partial, copy)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(error, sqlite3.Error):
            raise
        raise sqlite3.OperationalError(
            "database or disk is full" if error.errno == errno.ENOSPC else str(error)
        ) from error
    return copy


def _nearly_full(path: Path | str) -> bool:
    # SQLite reports a full disk as an I/O error when its shared-memory file cannot grow.
    try:
        stats = os.statvfs(Path(path).parent)
    except (OSError, ValueError):
        return False
    return stats.f_bavail * stats.f_frsize < 256 * 1024


def describe(error: sqlite3.Error, path: Path | str) -> str:
    """One line for the learner about an SQLite error on the collection at `path`, with the
    advice that fits its cause (a full disk is not a damaged file)."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    cannot_write = primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or any(
        words in text for words in ("disk i/o error", "unable to open")
    )
    if (
        primary == sqlite3.SQLITE_FULL
        or "disk is full" in text
        or (cannot_write and _nearly_full(path))
    ):
        return f"{path}: the disk is full; free some space and try again (nothing was changed)"
    if primary == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return (
            f"{path}: cannot write: the file or its folder is read-only; make it writable "
            "or use a copy elsewhere (tutor --db FILE)"
        )
    if isinstance(error, sqlite3.IntegrityError):
        return f"{path}: the change conflicts with what is stored ({error}); nothing was changed"
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return f"{path}: in use by another tutor; close it and try again (nothing was changed)"
    if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return (
            f"{path}: the disk refused a read or write ({error}); check it has free space "
            "and is writable, then try again"
        )
    if primary == sqlite3.SQLITE_CANTOPEN or "unable to open" in text:
        return f"{path}: cannot open the file ({error}); check the folder exists and is yours"
    return (
        f"{path}: the file is damaged ({error}); tutor doctor checks it, tutor restore puts "
        "a backup back"
    )


def _begin_immediate(conn: sqlite3.Connection) -> None:
    # busy_timeout covers most waits; this loop covers the rest so that "database is
    # locked" never reaches the learner while another session is writing.
    deadline = time.monotonic() + 30
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            if time.monotonic() > deadline:
                raise StoreError("the database stayed busy for 30 s; try again") from None
            time.sleep(0.05)


def open_past_empty(conn: sqlite3.Connection, at: int) -> list[str]:
    """Open the step after every open step that has no live card, inside the caller's
    transaction; the keys of the steps opened.

    A step with no card (its page gave none, or every card of it was retired or flagged)
    has no check to pass, so it never stands in the way: the next step opens as if it
    were passed, and so on past a run of them.
    """
    rows = conn.execute(
        "SELECT e.path_id, e.key, e.unlocked_at IS NOT NULL,"
        " EXISTS (SELECT 1 FROM card c WHERE c.entry_key = e.key AND c.retired_at IS NULL"
        "  AND c.flagged_at IS NULL)"
        " FROM entry e WHERE e.retired_at IS NULL AND e.path_id IN"
        " (SELECT path_id FROM entry WHERE retired_at IS NULL AND unlocked_at IS NULL)"
        " ORDER BY e.path_id, e.position"
    ).fetchall()
    opened = []
    previous: tuple[int, bool] | None = None  # (path, open with no card)
    for path_id, key, unlocked, has_cards in rows:
        if not unlocked and previous is not None and previous == (path_id, True):
            opened.append(key)
            unlocked = True
        previous = (path_id, bool(unlocked) and not has_cards)
    conn.executemany(
        "UPDATE entry SET unlocked_at = ? WHERE key = ?", [(at, key) for key in opened]
    )
    return opened


def _write_import(conn: sqlite3.Connection, write: ImportWrite, at: int) -> None:
    # executemany, not a statement per row: 100k cards were 10% of a 1,000-entry import.
    paths = {record.path: record.path_slug for record in write.entries}
    # A path is one per short name: a name spelt otherwise ('System basics' in a loaded
    # document) joins the path stored under that short name, as its entries' keys do.
    conn.executemany(
        "INSERT INTO path (name, slug) VALUES (?, ?) ON CONFLICT DO NOTHING",
        list(paths.items()),
    )
    path_ids = {
        name: conn.execute("SELECT id FROM path WHERE slug = ?", (slug,)).fetchone()[0]
        for name, slug in paths.items()
    }
    conn.executemany(
        "INSERT INTO entry (key, path_id, position, slug, title, file, layout, tags,"
        " aliases, next_title, sections, text, content_hash, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(key) DO UPDATE SET position = excluded.position,"
        " title = excluded.title, file = excluded.file, layout = excluded.layout,"
        " tags = excluded.tags, aliases = excluded.aliases,"
        " next_title = excluded.next_title, sections = excluded.sections,"
        " text = excluded.text, content_hash = excluded.content_hash,"
        " imported_at = excluded.imported_at, retired_at = NULL",
        (entry_row(record, path_ids[record.path], at) for record in write.entries),
    )
    conn.executemany(
        _CARD_UPSERT,
        # Generators, not lists: the rows of 100k cards are never all built at once.
        (card_row(position, card, at) for position, card in write.cards),
    )
    if write.card_rows:
        conn.executemany(_CARD_UPSERT, write.card_rows)
    conn.executemany(
        "INSERT INTO card_state (card_id, state, reps, lapses) VALUES (?, 0, 0, 0)"
        " ON CONFLICT(card_id) DO NOTHING",
        chain(((card.id,) for _, card in write.cards), ((row[0],) for row in write.card_rows)),
    )
    conn.executemany(
        "UPDATE card SET retired_at = ? WHERE id = ? AND retired_at IS NULL",
        [(at, card_id) for card_id in write.retire],
    )
    if write.retire_entries:
        from db.standing import retire_entries

        retire_entries(conn, write.retire_entries, at)


# An import writes its cards in bulk once it has written this many (new or changed), and
# they are at least as many as the cards in the collection: below, keeping card_tally row
# by row is cheaper than making it anew.
BULK_FROM = 5_000


class _BulkCards:
    """An import's cards written in bulk once they outnumber the cards already there.

    Card by card, each card written fires the card_tally triggers, and its state row
    updates the index of due dates. When most of the cards are the import's own (a first
    import, a card maker's change), the card_tally triggers and that index are dropped
    inside the import's transaction, and at its end the index is made in one statement:
    no other connection ever sees the collection without them, and a failed import rolls
    the drop back with the rest. While every card written in bulk is a new one (a first
    import), card_tally gets their rows part by part, from the rows each write appended
    (a CSV import does that while its child checks the next rows); once a write changes
    a stored card, card_tally is made anew at the end. (The index of cards by entry
    stays: the foreign key checks of every entry written look it up.) SQLite refuses to
    drop an index while a statement of the connection is still reading, so a `writes`
    generator must not hold a cursor open across a yield.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.stored = -1  # counted when the first large write comes
        self.written = 0
        self.dropped: list[tuple[str, str, str]] = []  # (type, name, sql) to make again
        self.tallied = 0  # in bulk: card_tally holds the cards up to this rowid
        self.only_new = True  # every card written in bulk so far was a new row

    def coming(self, cards: int) -> None:
        """Count the cards of the next write; go over to bulk writing if it is time."""
        self.written += cards
        if self.dropped or self.written < BULK_FROM:
            return
        if self.stored < 0:
            (self.stored,) = self.conn.execute("SELECT count(*) FROM card").fetchone()
        if self.written < self.stored:
            return
        self.dropped = self.conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE (type = 'trigger'"
            " AND name LIKE 'card_tally_%') OR name = 'ix_card_state_due' ORDER BY rowid"
        ).fetchall()
        for kind, name, _ in self.dropped:
            self.conn.execute(f'DROP {kind.upper()} "{name}"')
        self.tallied = self._last_rowid()

    def wrote(self, write: ImportWrite) -> None:
        """After a write in bulk: card_tally rows for its cards, if each was a new row."""
        if not self.dropped or not self.only_new:
            return
        last = self._last_rowid()
        cards = len(write.cards) + len(write.card_rows)
        if last - self.tallied != cards or write.retire or write.retire_entries:
            self.only_new = False  # a stored card changed: card_tally is made at the end
            return
        from db.progress import tally_cards_after

        tally_cards_after(self.conn, self.tallied)
        self.tallied = last

    def finish(self) -> None:
        if not self.dropped:
            return
        from db.progress import fill_tally

        for _, _, sql in self.dropped:
            self.conn.execute(sql)
        if not self.only_new:
            fill_tally(self.conn)

    def _last_rowid(self) -> int:
        (last,) = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM card").fetchone()
        return int(last)


_CARD_UPSERT = (
    "INSERT INTO card (id, entry_key, position, kind, answering, prompt, answer,"
    " options, accepted, explanation, source_file, source_section, source_line,"
    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT(id) DO UPDATE SET position = excluded.position,"
    " answering = excluded.answering, prompt = excluded.prompt,"
    " answer = excluded.answer, options = excluded.options,"
    " accepted = excluded.accepted, explanation = excluded.explanation,"
    " source_file = excluded.source_file,"
    " source_section = excluded.source_section,"
    " source_line = excluded.source_line, retired_at = NULL,"
    # A flag says the question reads wrong: it goes when what is asked changes.
    " flagged_at = CASE WHEN card.answer IS excluded.answer"
    " AND card.options IS excluded.options AND card.accepted IS excluded.accepted"
    " AND card.answering IS excluded.answering THEN card.flagged_at END,"
    " flag_reason = CASE WHEN card.answer IS excluded.answer"
    " AND card.options IS excluded.options AND card.accepted IS excluded.accepted"
    " AND card.answering IS excluded.answering THEN card.flag_reason END"
)


def _write_state(conn: sqlite3.Connection, state: CardState) -> None:
    conn.execute(
        "UPDATE card_state SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,"
        " last_review = ?, reps = ?, lapses = ? WHERE card_id = ?",
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
        ),
    )


def _stored_card(row: Sequence[Any]) -> StoredCard:
    (
        card_id,
        entry_key,
        _position,
        kind,
        answering,
        prompt,
        answer,
        options,
        accepted,
        explanation,
        source_file,
        source_section,
        source_line,
        retired_at,
        suspended_at,
        entry_slug,
        tags,
        step_position,
        stage,
        step,
        stability,
        difficulty,
        due,
        last_review,
        reps,
        lapses,
        flagged_at,
    ) = row
    card = Card(
        id=card_id,
        kind=CardKind(kind),
        answering=Answering(answering),
        prompt=prompt,
        answer=answer,
        source=Source(source_file, source_section, source_line),
        entry=entry_slug,
        entry_key=entry_key,
        options=_strings(options),
        accepted=_strings(accepted),
        explanation=explanation,
        tags=_strings(tags),
    )
    state = _card_state(
        (card_id, stage, step, stability, difficulty, due, last_review, reps, lapses)
    )
    return StoredCard(
        card=card,
        state=state,
        step_position=step_position,
        suspended=suspended_at is not None,
        retired=retired_at is not None,
        flagged=flagged_at is not None,
    )


def entry_row(record: EntryRecord, path_id: int, at: int) -> tuple[Any, ...]:
    """An entry's columns in the order the entry table's INSERTs name them, to imported_at."""
    return (
        record.key,
        path_id,
        record.position,
        record.slug,
        record.title,
        record.file,
        record.layout,
        json.dumps(list(record.tags)),
        json.dumps(list(record.aliases)),
        record.next_title,
        json.dumps([[section.kind, section.heading, section.line] for section in record.sections]),
        record.text,
        record.content_hash,
        at,
    )


def card_row(position: int, card: Card, at: int) -> tuple[Any, ...]:
    """A card's columns in the order the card table's INSERTs name them, to created_at."""
    return (
        card.id,
        card.entry_key,
        position,
        card.kind.value,
        card.answering.value,
        card.prompt,
        card.answer,
        json_list(card.options),
        json_list(card.accepted),
        card.explanation,
        card.source.file,
        card.source.section,
        card.source.line,
        at,
    )


@lru_cache(maxsize=4096)
def json_list(values: tuple[str, ...]) -> str:
    """A card's options or accepted answers as the card table stores them: a JSON list
    ('[]' without the encoder: most cards accept no other answer and offer no options).
    Cached: the same options ('True | False') come back card after card."""
    return json.dumps(list(values)) if values else "[]"


@lru_cache(maxsize=4096)
def _strings(stored: str) -> tuple[str, ...]:
    # A JSON list of strings as a tuple. Most are '[]', 'True | False', 'Pro | Con' or an
    # entry's tags, the same text again and again: parsing each once halved the time to
    # read the 1,000 cards of a morning's queue.
    return tuple(json.loads(stored))


def _card_state(row: Sequence[Any]) -> CardState:
    card_id, stage, step, stability, difficulty, due, last_review, reps, lapses = row
    return CardState(
        card_id=card_id,
        stage=CardStage(stage),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=from_ms(due),
        last_review=from_ms(last_review),
        reps=reps,
        lapses=lapses,
    )


def _review(row: Sequence[Any]) -> Review:
    review_id, card_id, rating, reviewed_at, duration_ms, state_before, mode = row
    return Review(
        id=review_id,
        card_id=card_id,
        rating=rating,
        reviewed_at=_aware(reviewed_at),
        duration_ms=duration_ms,
        state_before=CardStage(state_before),
        mode=mode,
    )


def _aware(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
