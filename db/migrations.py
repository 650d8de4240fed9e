"""Numbered schema migrations, applied in order when a database is opened.

Each migration is a function `mNNN_name(conn)` in `MIGRATIONS`. It runs inside its own
transaction together with the row that records it, so a failed migration rolls back
whole and stays pending. A migration, once released, never changes: later schema
changes are new functions appended to the list.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _execute_all(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and a migration must stay one transaction.
    # A trigger's body holds semicolons: pieces are joined until SQLite calls them whole.
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                conn.execute(statement)
            statement = ""
    if statement.strip(" \n;"):
        conn.execute(statement)


def m001_initial(conn: sqlite3.Connection) -> None:
    _execute_all(
        conn,
        """
        CREATE TABLE path (
            id INTEGER NOT NULL PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            slug TEXT NOT NULL UNIQUE
        );
        CREATE TABLE entry (
            key TEXT NOT NULL PRIMARY KEY,
            path_id INTEGER NOT NULL REFERENCES path(id),
            position INTEGER NOT NULL,
            slug TEXT NOT NULL,
            title TEXT NOT NULL,
            file TEXT NOT NULL,
            layout TEXT NOT NULL,
            tags TEXT NOT NULL,
            aliases TEXT NOT NULL,
            next_title TEXT NOT NULL,
            sections TEXT NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            imported_at INTEGER NOT NULL,
            unlocked_at INTEGER,
            passed_at INTEGER
        );
        CREATE INDEX ix_entry_path_id ON entry(path_id);
        CREATE TABLE card (
            id TEXT NOT NULL PRIMARY KEY,
            entry_key TEXT NOT NULL REFERENCES entry(key),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            answering TEXT NOT NULL,
            prompt TEXT NOT NULL,
            answer TEXT NOT NULL,
            options TEXT NOT NULL,
            accepted TEXT NOT NULL,
            explanation TEXT NOT NULL,
            source_file TEXT NOT NULL,
            source_section TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            retired_at INTEGER,
            suspended_at INTEGER,
            suspend_reason TEXT
        );
        CREATE INDEX ix_card_entry_key ON card(entry_key);
        CREATE TABLE card_state (
            card_id TEXT NOT NULL PRIMARY KEY REFERENCES card(id),
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due INTEGER,
            last_review INTEGER,
            reps INTEGER NOT NULL,
            lapses INTEGER NOT NULL
        );
        CREATE INDEX ix_card_state_due ON card_state(due);
        CREATE TABLE review (
            id INTEGER NOT NULL PRIMARY KEY,
            card_id TEXT NOT NULL REFERENCES card(id),
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            reviewed_at INTEGER NOT NULL,
            duration_ms INTEGER,
            state_before INTEGER NOT NULL,
            mode TEXT NOT NULL
        );
        CREATE INDEX ix_review_card_id ON review(card_id);
        CREATE INDEX ix_review_reviewed_at ON review(reviewed_at);
        CREATE TABLE setting (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE check_attempt (
            id INTEGER NOT NULL PRIMARY KEY,
            entry_key TEXT NOT NULL REFERENCES entry(key),
            started_at INTEGER NOT NULL,
            finished_at INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            total INTEGER NOT NULL,
            passed BOOLEAN NOT NULL,
            missed_sections TEXT NOT NULL
        );
        CREATE INDEX ix_check_attempt_entry_key ON check_attempt(entry_key);
        """,
    )


def m002_review_indexes(conn: sqlite3.Connection) -> None:
    # Covering indexes for the two scans of the whole log: the optimizer reads it card by
    # card in time order, and true retention counts review-state answers by time. With 1M
    # reviews each scan otherwise sorts or visits every row (measured 5.3 s and 130 ms).
    _execute_all(
        conn,
        """
        CREATE INDEX ix_review_card_time ON review(card_id, reviewed_at, rating, state_before);
        CREATE INDEX ix_review_retention ON review(state_before, mode, reviewed_at, rating)
        """,
    )


def m003_card_management(conn: sqlite3.Connection) -> None:
    # What the learner decides about cards, steps and paths (issue 16): a flag on a card
    # that reads wrong (hidden until it changes or is unflagged), the moment a card was
    # forgotten (its reviews before it no longer count towards its state), a path hidden
    # from reviews, and an entry whose file is gone (its step retired, reviews kept).
    _execute_all(
        conn,
        """
        ALTER TABLE card ADD COLUMN flagged_at INTEGER;
        ALTER TABLE card ADD COLUMN flag_reason TEXT;
        ALTER TABLE card ADD COLUMN forgotten_at INTEGER;
        ALTER TABLE path ADD COLUMN hidden_at INTEGER;
        ALTER TABLE entry ADD COLUMN retired_at INTEGER
        """,
    )


# What the card_tally row of a card holds, from the card (NEW) and its state row; a card
# with no state row counts as new, as the importer makes it.
_TALLY_ROW = """
    INSERT INTO card_tally (entry_key, card_id, retired, suspended, flagged, leech, state,
        stability, last_review, due, lapses)
    SELECT NEW.entry_key, NEW.id, NEW.retired_at IS NOT NULL, NEW.suspended_at IS NOT NULL,
        NEW.flagged_at IS NOT NULL, NEW.suspend_reason IS 'leech', coalesce(s.state, 0),
        s.stability, s.last_review, s.due, coalesce(s.lapses, 0)
    FROM (SELECT 1) LEFT JOIN card_state s ON s.card_id = NEW.id
"""

# The card_tally row of the card whose state row is `row` (NEW or OLD).
_TALLY_OF_STATE = """
    WHERE entry_key = (SELECT entry_key FROM card WHERE id = {row}.card_id)
    AND card_id = {row}.card_id
"""
_STATE_FROM_NEW = """
    UPDATE card_tally SET state = NEW.state, stability = NEW.stability,
        last_review = NEW.last_review, due = NEW.due, lapses = NEW.lapses
"""
_STATE_CLEARED = """
    UPDATE card_tally SET state = 0, stability = NULL, last_review = NULL, due = NULL,
        lapses = 0
"""


def m004_card_tally(conn: sqlite3.Connection) -> None:
    # `tutor stats` and `tutor path` add up every card of every step: through `card` (wide
    # rows, text keys) that was 0.2-0.3 s a query at 100k cards. card_tally holds only
    # what they count, one narrow row per card, kept in order of step and standing, so
    # the cards of a step in one standing are one range of it: summing them needs no
    # sort and few sums per card (in step order alone, 13 sums a card took 3x as long).
    # Triggers keep it equal to `card` LEFT JOIN `card_state` for every writer (answers,
    # suspend, flag, retire, forget, imports, the doctor's repairs), so no writer has to
    # know it exists; `db.progress.tally_mismatches` finds it out of step. A row is found
    # by its step and card id (a step's range is scanned): an index on the card id made
    # writing 100k new cards 3.7 s slower, against 1.1 s without it. A new card's state
    # row, which changes nothing here, is skipped.
    _execute_all(
        conn,
        f"""
        CREATE TABLE card_tally (
            entry_key TEXT NOT NULL,
            card_id TEXT NOT NULL,
            retired INTEGER NOT NULL,
            suspended INTEGER NOT NULL,
            flagged INTEGER NOT NULL,
            leech INTEGER NOT NULL,
            state INTEGER NOT NULL,
            stability REAL,
            last_review INTEGER,
            due INTEGER,
            lapses INTEGER NOT NULL,
            PRIMARY KEY (entry_key, retired, suspended, leech, state, card_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER card_tally_card_insert AFTER INSERT ON card BEGIN {_TALLY_ROW}; END;
        CREATE TRIGGER card_tally_card_update
        AFTER UPDATE OF id, entry_key, retired_at, suspended_at, flagged_at, suspend_reason ON card
        WHEN OLD.id IS NOT NEW.id OR OLD.entry_key IS NOT NEW.entry_key
            OR (OLD.retired_at IS NULL) IS NOT (NEW.retired_at IS NULL)
            OR (OLD.suspended_at IS NULL) IS NOT (NEW.suspended_at IS NULL)
            OR (OLD.flagged_at IS NULL) IS NOT (NEW.flagged_at IS NULL)
            OR (OLD.suspend_reason IS 'leech') IS NOT (NEW.suspend_reason IS 'leech')
        BEGIN
            DELETE FROM card_tally WHERE entry_key = OLD.entry_key AND card_id = OLD.id;
            {_TALLY_ROW};
        END;
        CREATE TRIGGER card_tally_card_delete AFTER DELETE ON card BEGIN
            DELETE FROM card_tally WHERE entry_key = OLD.entry_key AND card_id = OLD.id;
        END;
        CREATE TRIGGER card_tally_state_insert AFTER INSERT ON card_state
        WHEN NEW.state IS NOT 0 OR NEW.stability IS NOT NULL OR NEW.last_review IS NOT NULL
            OR NEW.due IS NOT NULL OR NEW.lapses IS NOT 0
        BEGIN
            {_STATE_FROM_NEW} {_TALLY_OF_STATE.format(row="NEW")};
        END;
        CREATE TRIGGER card_tally_state_update
        AFTER UPDATE OF state, stability, last_review, due, lapses ON card_state BEGIN
            {_STATE_FROM_NEW} {_TALLY_OF_STATE.format(row="NEW")};
        END;
        CREATE TRIGGER card_tally_state_move AFTER UPDATE OF card_id ON card_state
        WHEN OLD.card_id IS NOT NEW.card_id BEGIN
            {_STATE_CLEARED} {_TALLY_OF_STATE.format(row="OLD")};
            {_STATE_FROM_NEW} {_TALLY_OF_STATE.format(row="NEW")};
        END;
        CREATE TRIGGER card_tally_state_delete AFTER DELETE ON card_state BEGIN
            {_STATE_CLEARED} {_TALLY_OF_STATE.format(row="OLD")};
        END;
        INSERT INTO card_tally (entry_key, card_id, retired, suspended, flagged, leech,
            state, stability, last_review, due, lapses)
        SELECT c.entry_key, c.id, c.retired_at IS NOT NULL, c.suspended_at IS NOT NULL,
            c.flagged_at IS NOT NULL, c.suspend_reason IS 'leech', coalesce(s.state, 0),
            s.stability, s.last_review, s.due, coalesce(s.lapses, 0)
        FROM card c LEFT JOIN card_state s ON s.card_id = c.id
        """,
    )


MIGRATIONS: list[Migration] = [
    m001_initial,
    m002_review_indexes,
    m003_card_management,
    m004_card_tally,
]
SCHEMA_VERSION = len(MIGRATIONS)

_BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS migration (
    version INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
)
"""


def applied_version(conn: sqlite3.Connection) -> int:
    """The highest migration recorded in the file; 0 for a new file."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migration'"
    ).fetchone()
    if not has_table:
        return 0
    (version,) = conn.execute("SELECT coalesce(max(version), 0) FROM migration").fetchone()
    return int(version)


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[str]:
    """Apply every pending migration (up to version `upto`, else all), each in its own transaction;
    return their names.

    `conn` must be in autocommit mode (isolation_level=None): the transactions are ours.
    """
    conn.execute(_BOOKKEEPING)
    done: list[str] = []
    for version, migration in enumerate(MIGRATIONS[:upto], start=1):
        if version <= applied_version(conn):
            continue
        conn.execute("BEGIN IMMEDIATE")
        if version <= applied_version(conn):
            # Another process applied it while we waited for the write lock.
            conn.execute("COMMIT")
            continue
        try:
            migration(conn)
            conn.execute(
                "INSERT INTO migration (version, name, applied_at) VALUES (?, ?, ?)",
                (version, migration.__name__, int(time.time() * 1000)),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(migration.__name__)
    return done


Schema = frozenset[tuple[str, str, str, str]]  # (type, name, table, SQL) of each object


def schema_of(conn: sqlite3.Connection, database: str = "main") -> Schema:
    """Every table, index, view and trigger in a database file, SQL spacing folded.

    SQLite's own statistics tables (`sqlite_stat1`..., written by ANALYZE) are left out:
    they hold no data of ours and change no behaviour.
    """
    rows = conn.execute(f"SELECT type, name, tbl_name, sql FROM {database}.sqlite_master")
    return frozenset(
        (kind, name, table, " ".join((sql or "").split()))
        for kind, name, table, sql in rows
        if not name.startswith("sqlite_stat")
    )


def expected_schema(version: int) -> Schema:
    """The schema our migrations build up to `version`: all a file of ours may hold."""
    key = (version, tuple(migration.__name__ for migration in MIGRATIONS[:version]))
    if key in _EXPECTED:
        return _EXPECTED[key]
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, upto=version)
        _EXPECTED[key] = schema_of(conn)
        return _EXPECTED[key]
    finally:
        conn.close()


def schema_difference(found: Schema, version: int) -> str:
    """'' when `found` is exactly our schema at `version`; else the first difference."""
    wanted = expected_schema(version)
    extra = sorted(found - wanted)
    if extra:
        kind, name, table, _ = extra[0]
        where = f" on {table}" if table != name else ""
        if any(other[1] == name for other in wanted):
            return f"its {kind} {name!r} is not defined as ours"
        return f"it holds a {kind} {name!r}{where} that tutor never makes"
    missing = sorted(wanted - found)
    if missing:
        return f"its {missing[0][0]} {missing[0][1]!r} is missing"
    return ""


_EXPECTED: dict[tuple[int, tuple[str, ...]], Schema] = {}
