"""The queries behind `tutor stats` and `tutor path`: counts the database does, as values.

Everything is added up in SQL so that a collection of 100k cards and 1M reviews answers
in well under a second: no query brings the review log into Python, and each table is
read once. Days are not worked out here (the database knows nothing of time zones or the
day-start hour): the caller passes the boundaries of each learner day as integer
milliseconds, and answers are counted between them by range scans of the `reviewed_at`
index, one interval at a time. Cards are added up from `card_tally` (migration m004),
a narrow copy of each card's standing and memory kept in step order by triggers.

`path_id` narrows every query to the cards of one path; None means the whole collection.
"""

from __future__ import annotations

import bisect
import json
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from db.records import CardStage
from db.store import Store

DAY_MS = 86_400_000

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

    Each card is in one of `new` .. `retired` (retired wins over flagged, flagged over
    suspended, suspended over the FSRS state). The other figures are over live cards (not
    retired), suspended and flagged ones included.
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
    flagged: int = 0  # live cards flagged as wrong: out of reviews and checks


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
    desired retention. The periods are cut into disjoint ranges of the retention index,
    each counted once, and added up from the latest (two sums a row; a sum per period
    and row took three times as long).
    """
    if not starts:
        return []
    where, args = _of_path(path_id)
    edges = sorted({min(start, stop) for start in starts} | {stop})
    counted: dict[int, tuple[int, int]] = {}
    answers = right = 0
    for low, high in reversed(list(pairwise(edges))):
        count, kept = store.conn.execute(
            "SELECT count(*), coalesce(sum(r.rating > 1), 0) FROM review r"
            " WHERE r.state_before = 2 AND r.mode = 'review'"
            f" AND r.reviewed_at >= ? AND r.reviewed_at < ?{where}",
            (low, high, *args),
        ).fetchone()
        answers, right = answers + count, right + kept
        counted[low] = (answers, right)
    return [counted.get(min(start, stop), (0, 0)) for start in starts]


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
    """How many queue cards (learning, review, relearning) fall due in each interval.

    The queue cards due before the last boundary come sorted from card_tally (a range of
    each open step's live cards); each boundary is then one bisection of that list.
    Without `path_id`, hidden paths are left out, as reviews leave them out.
    """
    if len(starts) < 2:
        return []
    narrow, args = (" AND path_id = ?", (path_id,)) if path_id is not None else ("", ())
    if path_id is None:
        narrow = " AND path_id NOT IN (SELECT id FROM path WHERE hidden_at IS NOT NULL)"
    dues = [
        due
        for (due,) in store.conn.execute(
            "SELECT t.due FROM card_tally t WHERE t.retired = 0 AND t.suspended = 0"
            " AND t.state > 0 AND NOT t.flagged AND t.due < ? AND t.entry_key IN"
            f" (SELECT key FROM entry WHERE unlocked_at IS NOT NULL{narrow}) ORDER BY t.due",
            (starts[-1], *args),
        )
    ]
    edges = [bisect.bisect_left(dues, start) for start in starts]
    return [stop - start for start, stop in pairwise(edges)]


def step_cards(store: Store, now: int, decay: float, path_id: int | None = None) -> list[StepCards]:
    """Every step (in path order) with its cards added up, in one pass over `card_tally`.

    Predicted recall is the FSRS forgetting curve R = (1 + F * days / S) ** decay, with
    F = 0.9 ** (1 / decay) - 1 and whole days since the last review (never below 0), as
    `fsrs.Scheduler.get_card_retrievability` computes it; `decay` is the scheduler's.
    """
    groups = _standings(store, now, decay, None, path_id)
    flagged_groups = _standings(store, now, decay, None, path_id, flagged=True)
    rows = store.conn.execute(
        "SELECT e.key, p.name, e.position, e.title, e.unlocked_at IS NOT NULL,"
        " e.passed_at IS NOT NULL FROM entry e JOIN path p ON p.id = e.path_id"
        f" WHERE e.retired_at IS NULL{' AND e.path_id = ?' if path_id is not None else ''}",
        () if path_id is None else (path_id,),
    ).fetchall()
    steps = []
    for key, path, position, title, unlocked, passed in rows:
        by_state = [0, 0, 0, 0]
        suspended = retired = seen = recall_cards = lapses = leeches = 0
        stability_sum = recall_sum = 0.0
        for group in groups.get(key, ()):
            if group.retired:
                retired += group.cards
                continue
            lapses += group.lapses
            leeches += group.cards if group.leech else 0
            if group.suspended:
                suspended += group.cards
            else:
                by_state[group.state] += group.cards
            if group.state > 0:  # seen
                seen += group.cards
                stability_sum += group.stability_sum
            if group.state == CardStage.REVIEW:  # learnt: a card still being learnt recalls 0
                recall_sum += group.recall_sum
                recall_cards += group.recall_cards
        flagged = 0
        for group in flagged_groups.get(key, ()):  # in the sums above: moved to `flagged`
            flagged += group.cards
            if group.suspended:
                suspended -= group.cards
            else:
                by_state[group.state] -= group.cards
            if group.state > 0:  # out of the step's memory figures until it is fixed
                seen -= group.cards
                stability_sum -= group.stability_sum
            if group.state == CardStage.REVIEW:
                recall_sum -= group.recall_sum
                recall_cards -= group.recall_cards
        steps.append(
            StepCards(
                key,
                path,
                position,
                title,
                bool(unlocked),
                bool(passed),
                *by_state,
                suspended,
                retired,
                by_state[0] if unlocked else 0,  # new in the queue: those of an open step
                seen,
                stability_sum,
                recall_sum,
                recall_cards,
                lapses,
                leeches,
                flagged,
            )
        )
    order = {ref.name: n for n, ref in enumerate(paths(store))}
    return sorted(steps, key=lambda step: (order[step.path], step.position, step.key))


@dataclass(frozen=True)
class _Standing:
    """The cards of one step in one standing (a group of card_tally rows), added up."""

    retired: int
    suspended: int
    leech: int
    state: int  # card_state.state (0, new, for a card with no state row)
    cards: int
    stability_sum: float
    recall_sum: float  # over the cards with a memory (seen, stability and last review)
    recall_cards: int
    below: int  # cards whose recall (0 without a memory) is below the retention given
    lapses: int


def _standings(
    store: Store,
    now: int,
    decay: float,
    retention: float | None,
    path_id: int | None,
    flagged: bool = False,
) -> dict[str, list[_Standing]]:
    """Entry key -> its cards added up by standing, in one scan of card_tally; with
    `flagged`, only its live flagged cards (few: the callers take them off the sums).

    card_tally is kept in order of step and standing, so nothing is sorted and each card
    feeds a few sums (a sum per figure, for every card, took three times as long).
    """
    _ensure_pow(store.conn)
    memory = "t.state > 0 AND t.stability > 0 AND t.last_review IS NOT NULL"
    recall = f"pow(1 + :factor * max(0, (:now - t.last_review) / {DAY_MS}) / t.stability, :decay)"
    below = "0"
    if retention is not None:
        below = (
            f"coalesce(sum(t.state = 2 AND (CASE WHEN {memory} THEN {recall} ELSE 0.0 END)"
            " < :retention), 0)"
        )
    where = ["t.flagged AND NOT t.retired"] if flagged else []
    if path_id is not None:
        where.append("t.entry_key IN (SELECT key FROM entry WHERE path_id = :path_id)")
    narrow = f" WHERE {' AND '.join(where)}" if where else ""
    rows = store.conn.execute(
        "SELECT t.entry_key, t.retired, t.suspended, t.leech, t.state, count(*),"
        f" total(t.stability), total(CASE WHEN {memory} THEN {recall} END),"
        f" coalesce(sum({memory}), 0),"
        f" {below}, total(t.lapses)"
        f" FROM card_tally t{narrow}"
        " GROUP BY t.entry_key, t.retired, t.suspended, t.leech, t.state",
        {
            "factor": 0.9 ** (1 / decay) - 1,
            "now": now,
            "decay": decay,
            "retention": retention,
            "path_id": path_id,
        },
    )
    groups: dict[str, list[_Standing]] = {}
    for key, *figures in rows:
        *head, lapses = figures
        groups.setdefault(key, []).append(_Standing(*head, int(lapses)))
    return groups


@dataclass(frozen=True)
class StepTally:
    """A step's live cards as `tutor path` counts them: not retired, not flagged (out until
    its question is fixed), suspended ones included."""

    total: int
    seen: int  # answered at least once
    learning: int  # not suspended, still in their first learning steps
    weak: int  # not suspended; relearning, or a review card predicted below the retention
    recall_sum: float  # predicted recall now, over all of them (an unseen card adds 0)
    # never seen and suspended: out of reviews until unsuspended, so not waiting to be seen
    set_aside: int = 0


def step_tallies(
    store: Store, now: int, decay: float, retention: float, path_name: str | None = None
) -> dict[str, StepTally]:
    """Every step's StepTally (of one path, or all), by entry key, in one scan of card_tally.

    Recall is FSRS's forgetting curve as in `step_cards`, so the figures are those that
    asking `fsrs.Scheduler.get_card_retrievability` card by card gives, without building
    100k card objects in Python (3 s at 100k cards; this query: about 40 ms).
    """
    path_id: int | None = None
    keys = "SELECT key FROM entry"
    if path_name is not None:
        found = store.conn.execute("SELECT id FROM path WHERE name = ?", (path_name,)).fetchone()
        path_id = found[0] if found else -1
        keys += " WHERE path_id = ?"
    groups = _standings(store, now, decay, retention, path_id)
    # A flagged card is out of reviews and checks until its question is fixed: it is not
    # 'not seen yet', and does not weigh on the step's recall.
    flagged = _standings(store, now, decay, retention, path_id, flagged=True)
    tallies = {}
    for (key,) in store.conn.execute(keys, () if path_id is None else (path_id,)):
        total = seen = learning = weak = set_aside = 0
        recall_sum = 0.0
        signed = [(1, g) for g in groups.get(key, ())] + [(-1, g) for g in flagged.get(key, ())]
        for sign, group in signed:
            if group.retired:
                continue
            total += sign * group.cards
            if group.state > 0:
                seen += sign * group.cards
            if group.state == CardStage.REVIEW:
                recall_sum += sign * group.recall_sum  # (still being learnt: 0)
            if group.suspended:
                set_aside += sign * (group.cards if group.state == 0 else 0)
                continue
            learning += sign * (group.cards if group.state == 1 else 0)
            weak += sign * (group.cards if group.state == 3 else group.below)
        tallies[key] = StepTally(total, seen, learning, weak, max(recall_sum, 0.0), set_aside)
    return tallies


def last_checks(store: Store) -> dict[str, tuple[int, int, bool]]:
    """The latest check of each step: (correct, total, passed)."""
    rows = store.conn.execute(
        "SELECT a.entry_key, a.correct, a.total, a.passed FROM check_attempt a"
        " WHERE a.id = (SELECT b.id FROM check_attempt b WHERE b.entry_key = a.entry_key"
        " ORDER BY b.finished_at DESC, b.id DESC LIMIT 1)"
    )
    return {key: (correct, total, bool(passed)) for key, correct, total, passed in rows}


# card_tally as the triggers of migration m004 keep it: `card` LEFT JOIN `card_state`,
# a card without a state row counted as new.
_TALLY_OF_CARDS = (
    "SELECT c.entry_key, c.id AS card_id, c.retired_at IS NOT NULL, c.suspended_at IS NOT NULL,"
    " c.flagged_at IS NOT NULL, c.suspend_reason IS 'leech', coalesce(s.state, 0),"
    " s.stability, s.last_review, s.due, coalesce(s.lapses, 0)"
    " FROM card c LEFT JOIN card_state s ON s.card_id = c.id"
)
_TALLY_ROWS = (
    "SELECT entry_key, card_id, retired, suspended, flagged, leech, state, stability,"
    " last_review, due, lapses FROM card_tally"
)


def tally_mismatches(store: Store, examples: int | None = 3) -> tuple[int, list[str]]:
    """How many cards' card_tally rows differ from their card and state rows, and the
    ids of the first few (all of them with `examples` None; a row of card_tally for a
    card that is gone counts too).

    The triggers keep them equal, so anything here means the file was written by
    something else (or damaged); `rebuild_tally` puts card_tally right. About 0.6 s at
    100k cards.
    """
    if _tally_sound(store.conn):
        return 0, []
    rows = store.conn.execute(
        f"SELECT card_id FROM ({_TALLY_OF_CARDS} EXCEPT {_TALLY_ROWS})"
        f" UNION SELECT card_id FROM ({_TALLY_ROWS} EXCEPT {_TALLY_OF_CARDS}) ORDER BY 1"
    ).fetchall()
    return len(rows), [card_id for (card_id,) in rows[:examples]]


def _tally_sound(conn: sqlite3.Connection) -> bool:
    """True when every card has the card_tally row it should and there are no others: each
    card looked up by the table's whole key (0.3 s at 100k cards, where comparing both
    sets both ways, which names what differs, is 0.75 s)."""
    unmatched = conn.execute(
        "SELECT 1 FROM card c LEFT JOIN card_state s ON s.card_id = c.id"
        " WHERE NOT EXISTS (SELECT 1 FROM card_tally t WHERE t.entry_key = c.entry_key"
        " AND t.retired = (c.retired_at IS NOT NULL) AND t.suspended = (c.suspended_at IS NOT"
        " NULL) AND t.leech = (c.suspend_reason IS 'leech') AND t.state = coalesce(s.state, 0)"
        " AND t.card_id = c.id AND t.flagged = (c.flagged_at IS NOT NULL)"
        " AND t.stability IS s.stability AND t.last_review IS s.last_review AND t.due IS s.due"
        " AND t.lapses = coalesce(s.lapses, 0)) LIMIT 1"
    ).fetchone()
    if unmatched:
        return False
    (extra,) = conn.execute(
        "SELECT (SELECT count(*) FROM card_tally) - (SELECT count(*) FROM card)"
    ).fetchone()
    return extra == 0


def rebuild_tally(store: Store) -> None:
    """Make card_tally anew from the cards and their states, in one transaction."""
    with store.transaction() as conn:
        fill_tally(conn)


def fill_tally(conn: sqlite3.Connection, schema: str = "main") -> None:
    """Make card_tally of `schema` anew from its cards and states, inside the caller's
    transaction (one statement: a copy with the triggers off fills it this way)."""
    conn.execute(f"DELETE FROM {schema}.card_tally")
    conn.execute(
        f"INSERT INTO {schema}.card_tally (entry_key, card_id, retired, suspended, flagged,"
        f" leech, state, stability, last_review, due, lapses) {_TALLY_OF_CARDS}"
    )


def tally_cards_after(conn: sqlite3.Connection, rowid: int) -> None:
    """card_tally rows for the cards after `rowid` (just appended, without rows of their
    own yet), inside the caller's transaction."""
    conn.execute(
        "INSERT INTO card_tally (entry_key, card_id, retired, suspended, flagged, leech, state,"
        f" stability, last_review, due, lapses) {_TALLY_OF_CARDS} WHERE c.rowid > ?",
        (rowid,),
    )


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
    "fill_tally",
    "first_answer_ms",
    "intervals_with_answers",
    "last_checks",
    "paths",
    "rebuild_tally",
    "review_answers_since",
    "step_cards",
    "step_tallies",
    "tally_cards_after",
    "tally_mismatches",
]
