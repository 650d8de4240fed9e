"""The queries behind `tutor stats` and `tutor path`: counts the database does, as values.

Everything is added up in SQL so that a collection of 100k cards and 1M reviews answers
in well under a second: no query brings the review log into Python, and each table is
read once. Days are not worked out here (the database knows nothing of time zones or the
day-start hour): the caller passes the boundaries of each learner day as integer
milliseconds, and answers are counted between them by range scans of the `reviewed_at`
and `due` indexes, one interval at a time.

`path_id` narrows every query to the cards of one path; None means the whole collection.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from db.store import Store

DAY_MS = 86_400_000

# Cards the daily queue can show: not retired, suspended or flagged, of an unlocked step.
_IN_QUEUE = (
    "c.retired_at IS NULL AND c.suspended_at IS NULL AND c.flagged_at IS NULL"
    " AND e.unlocked_at IS NOT NULL"
)

# The boundaries [start_0, start_1, ... start_n] as n half-open intervals, numbered 0..n-1.
_INTERVALS = (
    "WITH bounds(i, start, stop) AS ("
    " SELECT key, value, lead(value) OVER (ORDER BY key) FROM json_each(?))"
)


@dataclass(frozen=True)
class PathRef:
    id: int
    name: str


@dataclass(frozen=True)
class DayAnswers:
    """The answers (reviews and checks) given in one span of time."""

    answers: int = 0
    right: int = 0  # rated Hard, Good or Easy
    duration_ms: int = 0


@dataclass(frozen=True)
class StepCards:
    """The cards of one step, added up.

    Each card is in one of `new` .. `retired` (retired wins over suspended, suspended
    over the FSRS state). The other figures are over live cards (not retired), suspended
    ones included.
    """

    key: str
    path: str
    position: int
    title: str
    unlocked: bool
    passed: bool
    new: int
    learning: int
    review: int
    relearning: int
    suspended: int
    retired: int
    new_in_queue: int  # new, not suspended or retired, on an unlocked step
    seen: int  # live cards answered at least once (state is not NEW)
    stability_sum: float  # days, over the seen cards
    recall_sum: float  # predicted recall now, over the seen cards with a memory state
    recall_cards: int
    lapses: int
    leeches: int


def paths(store: Store) -> list[PathRef]:
    """Every path, in the order it was first imported."""
    # A removed path (every entry retired) is no longer one of the learner's paths.
    rows = store.conn.execute(
        "SELECT id, name FROM path p WHERE EXISTS"
        " (SELECT 1 FROM entry e WHERE e.path_id = p.id AND e.retired_at IS NULL) ORDER BY id"
    )
    return [PathRef(*row) for row in rows]


def _of_path(path_id: int | None) -> tuple[str, tuple[int, ...]]:
    """A condition keeping the reviews of one path's cards (or all), with its arguments.

    The unary plus stops SQLite from walking the card_id index instead of the time range.
    """
    if path_id is None:
        return "", ()
    return (
        " AND +r.card_id IN (SELECT c.id FROM card c JOIN entry e ON e.key = c.entry_key"
        " WHERE e.path_id = ?)",
        (path_id,),
    )


def first_answer_ms(store: Store, path_id: int | None = None) -> int | None:
    """When the first answer was given, or None if there is none."""
    where, args = _of_path(path_id)
    (first,) = store.conn.execute(
        f"SELECT min(r.reviewed_at) FROM review r WHERE 1 = 1{where}", args
    ).fetchone()
    return None if first is None else int(first)


def answers_per_interval(
    store: Store, starts: Sequence[int], path_id: int | None = None
) -> list[int]:
    """How many answers (reviews and checks) fall in each [starts[i], starts[i+1]).

    One count per interval rather than a GROUP BY: SQLite counts an index range without
    reading the rows, and nothing has to be sorted (a year of 1M reviews: ~15 ms).
    """
    if len(starts) < 2:
        return []
    where, args = _of_path(path_id)
    rows = store.conn.execute(
        f"{_INTERVALS} SELECT (SELECT count(*) FROM review r"
        f" WHERE r.reviewed_at >= b.start AND r.reviewed_at < b.stop{where})"
        " FROM bounds b WHERE b.stop IS NOT NULL ORDER BY b.i",
        (json.dumps(list(starts)), *args),
    )
    return [count for (count,) in rows]


def answers_between(store: Store, start: int, stop: int, path_id: int | None = None) -> DayAnswers:
    """The answers (reviews and checks) given in [start, stop)."""
    where, args = _of_path(path_id)
    row = store.conn.execute(
        "SELECT count(*), coalesce(sum(r.rating > 1), 0), coalesce(sum(r.duration_ms), 0)"
        f" FROM review r WHERE r.reviewed_at >= ? AND r.reviewed_at < ?{where}",
        (start, stop, *args),
    ).fetchone()
    return DayAnswers(*row)


def review_answers_since(
    store: Store, starts: Sequence[int], stop: int, path_id: int | None = None
) -> list[tuple[int, int]]:
    """For each start: (answers, not rated Again) to REVIEW-state cards in [start, stop).

    This is true retention. Only scheduled reviews count (mode 'review'): a check asks
    cards whenever the learner chooses, not when FSRS expects them to be near the
    desired retention. One pass over the longest period gives every period.
    """
    if not starts:
        return []
    where, args = _of_path(path_id)
    sums = ", ".join(
        f"coalesce(sum(r.reviewed_at >= {int(start)}), 0),"
        f" coalesce(sum(r.reviewed_at >= {int(start)} AND r.rating > 1), 0)"
        for start in starts
    )
    row = store.conn.execute(
        f"SELECT {sums} FROM review r WHERE r.reviewed_at >= ? AND r.reviewed_at < ?"
        f" AND r.state_before = 2 AND r.mode = 'review'{where}",
        (min(starts), stop, *args),
    ).fetchone()
    return [(int(row[i]), int(row[i + 1])) for i in range(0, len(row), 2)]


def intervals_with_answers(
    store: Store, starts: Sequence[int], path_id: int | None = None
) -> list[int]:
    """The numbers of the intervals that hold at least one answer (for streaks).

    Each interval costs one index probe, so years of history answer in milliseconds.
    """
    if len(starts) < 2:
        return []
    where, args = _of_path(path_id)
    rows = store.conn.execute(
        f"{_INTERVALS} SELECT b.i FROM bounds b WHERE b.stop IS NOT NULL AND EXISTS"
        " (SELECT 1 FROM review r WHERE r.reviewed_at >= b.start AND r.reviewed_at < b.stop"
        f"{where})",
        (json.dumps(list(starts)), *args),
    )
    return [index for (index,) in rows]


def due_per_interval(store: Store, starts: Sequence[int], path_id: int | None = None) -> list[int]:
    """How many queue cards (learning, review, relearning) fall due in each interval."""
    counts = [0] * max(len(starts) - 1, 0)
    if not counts:
        return counts
    narrow, args = (" AND e.path_id = ?", (path_id,)) if path_id is not None else ("", ())
    rows = store.conn.execute(
        f"{_INTERVALS} SELECT b.i, count(*) FROM bounds b CROSS JOIN card_state s"
        " JOIN card c ON c.id = s.card_id JOIN entry e ON e.key = c.entry_key"
        f" WHERE s.due >= b.start AND s.due < b.stop AND s.state > 0 AND {_IN_QUEUE}{narrow}"
        " GROUP BY b.i",
        (json.dumps(list(starts)), *args),
    )
    for index, count in rows:
        counts[index] = count
    return counts


def new_introduced_since(store: Store, start: int) -> int:
    """New cards first answered in a session since `start`, in every path (the limit is one)."""
    (count,) = store.conn.execute(
        "SELECT count(*) FROM review WHERE reviewed_at >= ? AND state_before = 0"
        " AND mode = 'review'",
        (start,),
    ).fetchone()
    return int(count)


def step_cards(store: Store, now: int, decay: float, path_id: int | None = None) -> list[StepCards]:
    """Every step (in path order) with its cards added up, in one pass over the cards.

    Predicted recall is the FSRS forgetting curve R = (1 + F * days / S) ** decay, with
    F = 0.9 ** (1 / decay) - 1 and whole days since the last review (never below 0), as
    `fsrs.Scheduler.get_card_retrievability` computes it; `decay` is the scheduler's.
    """
    _ensure_pow(store.conn)
    factor = 0.9 ** (1 / decay) - 1
    narrow, args = (" AND e.path_id = ?", (path_id,)) if path_id is not None else ("", ())
    live = "c.retired_at IS NULL"
    active = f"{live} AND c.suspended_at IS NULL"
    seen = f"{live} AND s.state > 0"
    memory = f"{seen} AND s.stability > 0 AND s.last_review IS NOT NULL"
    # Grouping by the step alone follows the index scan, so nothing is sorted; hence the
    # sums by condition rather than a GROUP BY on the card's standing.
    rows = store.conn.execute(
        "SELECT e.key, p.name, e.position, e.title, e.unlocked_at IS NOT NULL,"
        " e.passed_at IS NOT NULL,"
        f" {', '.join(f'coalesce(sum({active} AND s.state = {n}), 0)' for n in range(4))},"
        f" coalesce(sum({live} AND c.suspended_at IS NOT NULL), 0),"
        " coalesce(sum(c.retired_at IS NOT NULL), 0),"
        f" coalesce(sum({active} AND s.state = 0 AND e.unlocked_at IS NOT NULL), 0),"
        f" coalesce(sum({seen}), 0),"
        f" coalesce(sum(CASE WHEN {seen} THEN s.stability END), 0.0),"
        f" coalesce(sum(CASE WHEN {memory} THEN"
        f" pow(1 + ? * max(0, (? - s.last_review) / {DAY_MS}) / s.stability, ?) END), 0.0),"
        f" coalesce(sum({memory}), 0),"
        f" coalesce(sum(CASE WHEN {live} THEN s.lapses END), 0),"
        f" coalesce(sum({live} AND c.suspend_reason = 'leech'), 0)"
        " FROM entry e JOIN path p ON p.id = e.path_id"
        " LEFT JOIN card c ON c.entry_key = e.key LEFT JOIN card_state s ON s.card_id = c.id"
        f" WHERE e.retired_at IS NULL{narrow} GROUP BY e.key",
        (factor, now, decay, *args),
    ).fetchall()
    steps = []
    for row in rows:
        values = list(row)
        values[4:6] = [bool(values[4]), bool(values[5])]  # unlocked, passed
        steps.append(StepCards(*values))
    order = {ref.name: n for n, ref in enumerate(paths(store))}
    return sorted(steps, key=lambda step: (order[step.path], step.position, step.key))


@dataclass(frozen=True)
class StepTally:
    """A step's live (not retired) cards as `tutor path` counts them, suspended ones included."""

    total: int
    seen: int  # answered at least once
    learning: int  # not suspended, still in their first learning steps
    weak: int  # not suspended; relearning, or a review card predicted below the retention
    recall_sum: float  # predicted recall now, over all of them (an unseen card adds 0)


def step_tallies(
    store: Store, now: int, decay: float, retention: float, path_name: str | None = None
) -> dict[str, StepTally]:
    """Every step's StepTally (of one path, or all), by entry key, in one query.

    Recall is FSRS's forgetting curve as in `step_cards`, so the figures are those that
    asking `fsrs.Scheduler.get_card_retrievability` card by card gives, without building
    100k card objects in Python (3 s at 100k cards; this query: about 0.2 s).
    """
    _ensure_pow(store.conn)
    factor = 0.9 ** (1 / decay) - 1
    recall = (
        "CASE WHEN s.state > 0 AND s.stability > 0 AND s.last_review IS NOT NULL"
        f" THEN pow(1 + :factor * max(0, (:now - s.last_review) / {DAY_MS}) / s.stability,"
        " :decay) ELSE 0.0 END"
    )
    active = "c.suspended_at IS NULL"
    narrow = " WHERE e.path_id = (SELECT id FROM path WHERE name = :path)" if path_name else ""
    rows = store.conn.execute(
        "SELECT e.key, count(c.id), coalesce(sum(s.state > 0), 0),"
        f" coalesce(sum({active} AND s.state = 1), 0),"
        f" coalesce(sum({active} AND (s.state = 3 OR (s.state = 2 AND {recall} < :retention))),"
        " 0),"
        f" coalesce(sum({recall}), 0.0)"
        " FROM entry e LEFT JOIN card c ON c.entry_key = e.key AND c.retired_at IS NULL"
        f" LEFT JOIN card_state s ON s.card_id = c.id{narrow} GROUP BY e.key",
        {"factor": factor, "now": now, "decay": decay, "retention": retention, "path": path_name},
    )
    return {key: StepTally(*figures) for key, *figures in rows}


def last_checks(store: Store) -> dict[str, tuple[int, int, bool]]:
    """The latest check of each step: (correct, total, passed)."""
    rows = store.conn.execute(
        "SELECT a.entry_key, a.correct, a.total, a.passed FROM check_attempt a"
        " WHERE a.id = (SELECT b.id FROM check_attempt b WHERE b.entry_key = a.entry_key"
        " ORDER BY b.finished_at DESC, b.id DESC LIMIT 1)"
    )
    return {key: (correct, total, bool(passed)) for key, correct, total, passed in rows}


def _ensure_pow(conn: sqlite3.Connection) -> None:
    # SQLite has pow() only when built with its math functions; supply it otherwise.
    try:
        conn.execute("SELECT pow(2.0, 0.5)").fetchone()
    except sqlite3.OperationalError:
        conn.create_function("pow", 2, math.pow, deterministic=True)


__all__ = [
    "DayAnswers",
    "PathRef",
    "StepCards",
    "StepTally",
    "answers_between",
    "answers_per_interval",
    "due_per_interval",
    "first_answer_ms",
    "intervals_with_answers",
    "last_checks",
    "new_introduced_since",
    "paths",
    "review_answers_since",
    "step_cards",
    "step_tallies",
]
